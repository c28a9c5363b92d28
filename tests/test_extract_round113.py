"""The hundred-and-thirteenth round's held-back batch of real reports (docs/extract-journal.md, *The
hundred-and-thirteenth round: held back (round 113)*).

The round's slugs were written to the claims file shared by the rounds and hashed in one lot, each first checked
against every coding's whole date span, its places, every report's address and that claims file; their sides were
committed before any report was written. It holds six reports of two events on the Afghan-Iranian line, 2007 and
2012, years the corpus held little of on that line: armed men said to have crossed from Iran into Farah's Anardara
district (June 2007, with the Shindand fight of that weekend told beside it) and the attack on the Iranian consulate in
Herat over migrants said to have been shot (December 2012). Both slugs fell on dev by the MD5 rule; a third, the Jowain
arrest of October 2010 (also dev), was withdrawn after hashing, as the journal tells, because an arrest with no fight
told is no incident by the rulings.
"""

from __future__ import annotations

from _extract_helpers import CLASH, FIRST_FIELDS, HeldBackRound, coded_fields

#: ACLED's sub-event type for a riot whose crowd damages property or throws stones, as a coding writes it.
VIOLENT_DEMONSTRATION = "Violent demonstration"


class TestTheBatch(HeldBackRound):
    ROUND = 113
    REPORTS = range(1940, 1946)
    #: The slugs of the batch's events, written to the shared claims file before they were hashed in one lot, with
    #: their sides committed before any report was written.
    EVENTS = {
        "anardara-crossing-2007-06": "dev",
        "herat-consulate-2012-12": "dev",
    }
    BORDERS = {"AF-IR"}
    INCIDENTS = 6
    SIDES = {"test": 0, "dev": 6}


def test_the_six_reports_as_coded() -> None:
    """A crossing the police only heard of is no incident, while the weekend's fight told beside it, with its own day,
    place and toll, is one: "insurgents", and dead "suspected of being Taliban", leave it `unattributed` (1940), and
    the Taliban named by the commander as the other side make it `alleged` (1941). A crowd that stones a consulate and
    breaks its windows is a violent demonstration against a `diplomatic` target with no actor, and the killings the
    protesters name as its cause, three months old, are background, not a record (1942-1945)."""
    rows = coded_fields(113, *FIRST_FIELDS, "place", "weapons", "target_type", "perpetrator", "origin_country")
    riot = ("2012-12-09", "day", "AF", None, None, VIOLENT_DEMONSTRATION, "unattributed")
    assert rows == {
        "1940": [
            (
                "2007-06-16",
                "day",
                "AF",
                11,
                None,
                CLASH,
                "unattributed",
                "Herat province's Shindand district",
                ["firearms"],
                None,
                None,
                None,
            )
        ],
        "1941": [
            (
                "2007-06-16",
                "days",
                "AF",
                None,
                None,
                CLASH,
                "alleged",
                "Herat Province",
                ["unknown"],
                None,
                "the Taliban",
                None,
            )
        ],
        "1942": [(*riot, "the Iranian consulate in Herat", ["melee"], "diplomatic", None, None)],
        "1943": [(*riot, "Iran's consulate in Herat", ["melee"], "diplomatic", None, None)],
        "1944": [(*riot, "the consulate in Herat", ["melee"], "diplomatic", None, None)],
        "1945": [(*riot, "the Iranian consulate in Herat", ["melee"], "diplomatic", None, None)],
    }
