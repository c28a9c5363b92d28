"""The hundred-and-sixteenth round's held-back batch of real reports (docs/extract-journal.md, *The
hundred-and-sixteenth round: held back (round 116)*).

The round's slugs were written to the claims file shared by the rounds and hashed in one lot, each first checked
against every coding's whole date span, its places, every report's address and that claims file; their sides were
committed before any report was written. It holds six reports of four US drone strikes in North Waziristan in July
and September 2013, months the corpus held bare or thin, two of them told by two outlets each.
"""

from __future__ import annotations

from _extract_helpers import FIRST_FIELDS, HeldBackRound, coded_fields

#: ACLED's sub-event type for a strike from the air, as a coding writes it.
AIR_STRIKE = "Air/drone strike"


class TestTheBatch(HeldBackRound):
    ROUND = 116
    REPORTS = range(2030, 2036)
    #: The slugs of the batch's events, written to the shared claims file before they were hashed in one lot, with
    #: their sides committed before any report was written.
    EVENTS = {
        "miranshahmarket-drone-2013-07": "dev",
        "musaki-drone-2013-07": "test",
        "shinkainarai-drone-2013-07": "dev",
        "shawal-drone-2013-09": "dev",
    }
    BORDERS = {"AF-PK"}
    INCIDENTS = 6
    SIDES = {"test": 2, "dev": 4}


def test_the_six_reports_as_coded() -> None:
    """A drone strike sources give to the US is `alleged` to them (2030-2033), the struck state's Foreign Ministry
    naming it before the outlet's own voice (2034), and the outlet when no one else names it (2035). Each copy of one
    strike keeps its own toll and place (17 or 18 dead near Miranshah's market, 2032-2033); "at least" leaves no high
    bound (2031-2033) and a plain count sets it (2030, 2034, 2035); "many" hurt is the codebook's 3 (2032); the
    actor is spelt as the strike's sentence writes it, or as the headline does where that sentence has only
    "American" (2030, 2031)."""
    rows = coded_fields(116, *FIRST_FIELDS, "killed_high", "weapons", "perpetrator", "attributed_by")
    drone = ["drone", "missile"]
    musaki = ("2013-07-13", "day", "PK", 2, None, AIR_STRIKE, "alleged")
    market = ("2013-07-03", "day", "PK")
    assert rows == {
        "2030": [(*musaki, 2, drone, "US", "Pakistani intelligence officials")],
        "2031": [(*musaki, None, drone, "U.S.", "intelligence officials")],
        "2032": [(*market, 17, 3, AIR_STRIKE, "alleged", None, drone, "U.S.", "Pakistani security officials")],
        "2033": [(*market, 18, None, AIR_STRIKE, "alleged", None, drone, "US", "Dunya News")],
        "2034": [("2013-07-28", "day", "PK", 8, None, AIR_STRIKE, "alleged", 8, drone, "US", "the Foreign Ministry")],
        "2035": [("2013-09-22", "day", "PK", 7, None, AIR_STRIKE, "alleged", 7, drone, "US", "The Long War Journal")],
    }
