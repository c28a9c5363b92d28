"""The hundred-and-twentieth round's held-back batch of real reports (docs/extract-journal.md, *The
hundred-and-twentieth round: held back (round 120)*).

The round's slugs were written to the claims file shared by the rounds and hashed in one lot, each first checked
against every coding's whole date span, its places, every report's address and that claims file; their sides were
committed before any report was written. It holds three reports of three events in months the corpus held bare: two
kidnappings of Tajik villagers in Shuroobod (Shuroabad) district on the Afghan border, in September 2007 and March 2009,
and the Uzbek border guards' fire on three trespassers from Tajikistan in Urgut district in December 2009.
"""

from __future__ import annotations

from _extract_helpers import FIRST_FIELDS, HeldBackRound, coded_fields

#: ACLED's sub-event types of the batch, as a coding writes them.
ABDUCTION = "Abduction/forced disappearance"


class TestTheBatch(HeldBackRound):
    ROUND = 120
    REPORTS = range(2140, 2143)
    #: The slugs of the batch's events, written to the shared claims file before they were hashed in one lot, with
    #: their sides committed before any report was written.
    EVENTS = {
        "shohon-abduction-2007-09": "test",
        "odinaboi-abduction-2009-03": "dev",
        "urgut-trespassers-2009-12": "test",
    }
    BORDERS = {
        "shohon-abduction-2007-09": "AF-TJ",
        "odinaboi-abduction-2009-03": "AF-TJ",
        "urgut-trespassers-2009-12": "TJ-UZ",
    }
    INCIDENTS = 3
    SIDES = {"test": 2, "dev": 1}


def test_the_three_reports_as_coded() -> None:
    """A kidnapping told by "armed intruders" alone, with no origin, names no one: `unattributed`, no actor (2140); the
    journalists' list of earlier dated kidnappings after it is background. "Two armed Afghans" who took a shepherd are
    `alleged` to them by the district's chairman, with the origin their nationality gives (2141). A state's own press
    centre telling its patrol's aimed fire is `confirmed`, the night "of 12 to 13 December" the two days, and a wounded
    man with no death told leaves the killed empty (2142)."""
    rows = coded_fields(
        120, *FIRST_FIELDS, "event_date_end", "place", "weapons", "target_type", "perpetrator", "origin_country"
    )
    assert rows == {
        "2140": [
            (
                *("2007-09-25", "day", "TJ", None, None, ABDUCTION, "unattributed", None),
                "the village of Shohon in the Shuroabad district of Tajikistan's Hatlon region",
                ["unknown"],
                "civilians",
                None,
                None,
            )
        ],
        "2141": [
            (
                *("2009-03-04", "day", "TJ", None, None, ABDUCTION, "alleged", None),
                "the Bardara area",
                ["unknown"],
                "civilians",
                "two armed Afghans",
                "AF",
            )
        ],
        "2142": [
            (
                *("2009-12-12", "days", "UZ", None, 1, "Attack", "confirmed", "2009-12-13"),
                "Uzbekistan's Urgut district, in Samarkand province",
                ["firearms"],
                None,
                "a border patrol of the Samarkand border detachment of the SNB Border Troops",
                None,
            )
        ],
    }
