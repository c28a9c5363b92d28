"""The hundred-and-ninth round's held-back batch of real reports (docs/extract-journal.md, *The hundred-and-ninth
round: held back (round 109)*).

The round's slugs were written to the claims file shared by the rounds and hashed in one lot, each first checked
against every coding's whole date span, its places, every report's address and that claims file; their sides were
committed before any report was written. It holds reports of five events on the region's other lines in the 2000s,
years and lines the corpus held little of: the Uzbek guards' shooting near Jibek Joly on the Kazakh-Uzbek border
(6 November 2002), the cotton smuggler who died after Uzbek guards beat him in Dzhizak (November 2003), the shooting
in Sarke by the Gisht Kuprik crossing (19 July 2004), the ambush of the presidential security team's car on the
Saravan road (15 December 2005) and the killings on the Zabol-Zahedan road by gunmen dressed as police (16 March 2006).
"""

from __future__ import annotations

from _extract_helpers import CLASH, FIRST_FIELDS, HeldBackRound, coded_fields

ATTACK = "Attack"


class TestTheBatch(HeldBackRound):
    ROUND = 109
    REPORTS = range(1820, 1826)
    #: The slugs of the batch's events, written to the shared claims file before they were hashed in one lot, with
    #: their sides committed before any report was written.
    EVENTS = {
        "tasuki-attack-2006-03": "test",
        "saravan-convoy-2005-12": "dev",
        "sarke-shooting-2004-07": "test",
        "jibekjoly-shooting-2002-11": "dev",
        "dzhizak-smuggler-2003-11": "dev",
    }
    BORDERS = {
        "tasuki-attack-2006-03": "AF-IR",
        "saravan-convoy-2005-12": "IR-PK",
        "sarke-shooting-2004-07": "KZ-UZ",
        "jibekjoly-shooting-2002-11": "KZ-UZ",
        "dzhizak-smuggler-2003-11": "KZ-UZ",
    }
    INCIDENTS = 7
    SIDES = {"test": 3, "dev": 3}


def test_the_six_reports_as_coded() -> None:
    """Gunmen told to have fled across the border into a country are that country's (1820), the same killings told
    with only a "may have" flight are no one's (1821). Guards who fire into a crowd and say so are `confirmed` (1822),
    and the guard killed later when he crashed the seized motorcycle is no death of the shooting. A government's
    word that highway robbers attacked its Guards makes the robbers the `alleged` side of the clash, both sides'
    dead counted (1823). A death told by a human rights activist as a beating and by officials as a car crash is the
    activist's `alleged` beating with `melee` (1825), dated by "early this month" to the report's day, and the
    shooting "last month" told with its own place and toll is a record of its own."""
    rows = coded_fields(109, *FIRST_FIELDS, "killed_high", "weapons", "perpetrator", "origin_country")
    assert rows == {
        "1820": [("2006-03-16", "day", "IR", 22, 1, ATTACK, "alleged", None, ["firearms"], "gunmen", "AF")],
        "1821": [("2006-03-16", "day", "IR", 21, None, ATTACK, "unattributed", None, ["firearms"], None, None)],
        "1822": [("2004-07-19", "day", "UZ", 1, 2, ATTACK, "confirmed", 1, ["firearms"], "the border guards", None)],
        "1823": [("2005-12-15", "day", "IR", 4, None, CLASH, "alleged", 4, ["unknown"], "highway robbers", None)],
        "1824": [("2002-11-06", "day", None, 1, None, ATTACK, "alleged", 1, ["firearms"], "Uzbek border guards", None)],
        "1825": [
            ("2003-11-01", "days", "UZ", 1, None, ATTACK, "alleged", 1, ["melee"], "border guards", None),
            ("2003-10-01", "month", None, 2, 2, ATTACK, "alleged", 2, ["firearms"], "Uzbek border guards", None),
        ],
    }
