"""The hundred-and-tenth round's held-back batch of real reports (docs/extract-journal.md, *The hundred-and-tenth
round: held back (round 110)*).

The round's slugs were written to the claims file shared by the rounds and hashed in one lot, each first checked
against every coding's whole date span, its places, every report's address and that claims file; their sides were
committed before any report was written. It holds eight reports of eight events on the Afghan side of the
Afghan-Pakistani line in 2006-2008, years the corpus held little of on that side: the attack on the Babrak check post
in Khost (4 February 2006), the suicide car bomb outside Khost (6 June 2006), the attack on the Kamdesh base in
Nuristan (8 August 2006), the battle with fighters crossing into Paktika (10-11 January 2007), the assault on the base
by Wanat in Kunar (13 July 2008), NATO's fire into Pakistan after rockets from there (15 July 2008), the assault on
Camp Salerno in Khost (18-19 August 2008) and ISAF's artillery into Pakistan against a rocket team (21 August 2008).
"""

from __future__ import annotations

from _extract_helpers import (
    CLASH,
    FIRST_FIELDS,
    REMOTE_EXPLOSIVE,
    SHELLING,
    SUICIDE_BOMB,
    HeldBackRound,
    coded_fields,
)


class TestTheBatch(HeldBackRound):
    ROUND = 110
    REPORTS = range(1850, 1858)
    #: The slugs of the batch's events, written to the shared claims file before they were hashed in one lot, with
    #: their sides committed before any report was written.
    EVENTS = {
        "babrak-post-2006-02": "test",
        "khost-carbomb-2006-06": "test",
        "kamdesh-attack-2006-08": "test",
        "bermel-crossing-2007-01": "test",
        "wanat-attack-2008-07": "dev",
        "border-artillery-2008-07": "dev",
        "salerno-attack-2008-08": "dev",
        "paktika-artillery-2008-08": "test",
    }
    BORDERS = {"AF-PK"}
    INCIDENTS = 13
    SIDES = {"test": 5, "dev": 3}


def test_the_eight_reports_as_coded() -> None:
    """Men who attack and go back across the border give it as the origin, on the more exact speaker's word (1850).
    Fighters tracked across the line and fallen on by NATO are the foiled crossing, a clash with no target, the
    crossers' phrase as actor and NATO as accuser; the lowest count of the dead is the best, "killed or wounded" the
    bound (1853). The acting force's own statement of its fire into Pakistan is `confirmed`, with the origin of that
    fire (1855, 1857). The suicide bomb the night's assault "came a day after" is background, its record dropped by the
    fourteenth rulings' a (1856: the assault and the French patrol's fight)."""
    rows = coded_fields(110, *FIRST_FIELDS, "killed_high", "weapons", "perpetrator", "origin_country")
    assert rows == {
        "1850": [
            ("2006-02-04", "day", "AF", None, None, CLASH, "alleged", None, ["firearms"], "unidentified gunmen", "PK")
        ],
        "1851": [
            ("2006-06-06", "day", "AF", 2, 2, REMOTE_EXPLOSIVE, "unattributed", 2, ["ied"], None, None),
            (
                "2006-06-06",
                "day",
                "AF",
                None,
                3,
                SUICIDE_BOMB,
                "alleged",
                None,
                ["explosives"],
                "a suicide attacker",
                "PK",
            ),
        ],
        "1852": [
            (
                "2006-08-08",
                "day",
                "AF",
                15,
                3,
                CLASH,
                "alleged",
                15,
                ["rocket", "firearms", "mortar", "airstrike"],
                "Taliban militants",
                None,
            ),
            ("2006-08-09", "day", "AF", 1, 2, REMOTE_EXPLOSIVE, "unattributed", 1, ["ied"], None, None),
        ],
        "1853": [
            (
                "2007-01-10",
                "days",
                "AF",
                80,
                None,
                CLASH,
                "alleged",
                130,
                ["airstrike"],
                "insurgents who had crossed over from Pakistan",
                "PK",
            ),
            ("2007-01-05", "week", "PK", None, None, SHELLING, "alleged", None, ["artillery"], "Pakistan's army", None),
        ],
        "1854": [
            (
                "2008-07-13",
                "day",
                "AF",
                9,
                None,
                CLASH,
                "alleged",
                None,
                ["firearms", "rocket", "mortar"],
                "Taliban insurgents",
                None,
            )
        ],
        "1855": [
            (
                "2008-07-15",
                "day",
                "AF",
                None,
                9,
                SHELLING,
                "alleged",
                None,
                ["rocket"],
                "militants inside Pakistan",
                "PK",
            ),
            (
                "2008-07-15",
                "day",
                "PK",
                None,
                None,
                SHELLING,
                "confirmed",
                None,
                ["artillery", "airstrike"],
                "NATO forces in Afghanistan",
                "AF",
            ),
        ],
        "1856": [
            (
                "2008-08-18",
                "days",
                "AF",
                7,
                None,
                SUICIDE_BOMB,
                "unattributed",
                None,
                ["explosives", "firearms"],
                None,
                None,
            ),
            ("2008-08-18", "days", "AF", 13, None, CLASH, "alleged", None, ["firearms"], "Taliban", None),
        ],
        "1857": [
            ("2008-08-21", "day", "PK", None, None, SHELLING, "confirmed", None, ["artillery"], "NATO forces", "AF")
        ],
    }
