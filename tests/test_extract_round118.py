"""The hundred-and-eighteenth round's held-back batch of real reports (docs/extract-journal.md, *The
hundred-and-eighteenth round: held back (round 118)*).

The round's slugs were written to the claims file shared by the rounds and hashed in one lot, each first checked
against every coding's whole date span, its places, every report's address and that claims file; their sides were
committed before any report was written. It holds six reports of six events on the Iranian-Pakistani line in
2014-2016: two attacks on Iran's forces near Saravan in the autumn of 2014 and four rounds of Iranian mortar or rocket
fire into Pakistan's Kech, Washuk and Panjgur districts in 2015 and 2016, months the corpus held bare.
"""

from __future__ import annotations

from _extract_helpers import FIRST_FIELDS, HeldBackRound, coded_fields

#: ACLED's sub-event types of the batch, as a coding writes them.
SHELLING = "Shelling/artillery/missile attack"
CLASH = "Armed clash"


class TestTheBatch(HeldBackRound):
    ROUND = 118
    REPORTS = range(2090, 2096)
    #: The slugs of the batch's events, written to the shared claims file before they were hashed in one lot, with
    #: their sides committed before any report was written.
    EVENTS = {
        "saravan-post-2014-09": "test",
        "saravan-ambush-2014-10": "test",
        "mand-mortars-2015-05": "test",
        "mashkel-rockets-2015-09": "dev",
        "karimdad-mortars-2016-09": "dev",
        "chidgi-mortars-2016-12": "test",
    }
    BORDERS = {"IR-PK"}
    INCIDENTS = 7
    SIDES = {"test": 4, "dev": 2}


def test_the_six_reports_as_coded() -> None:
    """Iranian fire into Pakistan is `alleged` to the force the report names, by the speaker who tells it (2092, 2094,
    2095) or by the outlet in its own voice (2093, and 2095's earlier shelling), with its origin `IR`; "no one was hurt"
    is a toll of none, killed and wounded alike (2092-2094). An attack near Saravan that a Guards' officer gives to a
    named group is `alleged` to it, its attackers' "heavy losses" leaving both tolls open above (2090); "armed rebels"
    alone name no one (2091). A shelling the report gives no day is the week up to the paper's date, and an earlier
    shelling "three days ago" that the lead counts with it ("for the second time in a week") is a record of its own
    (2095)."""
    rows = coded_fields(
        118,
        *FIRST_FIELDS,
        "event_date_end",
        "killed_high",
        "injured_high",
        "weapons",
        "perpetrator",
        "attributed_by",
        "origin_country",
    )
    assert rows == {
        "2090": [
            (
                *("2014-09-09", "day", "IR", 1, 2, CLASH, "alleged", None, None, None, ["unknown"], "Jaishul Adl"),
                "Commander Ramezan Sharif of the Revolutionary Guards",
                None,
            )
        ],
        "2091": [
            ("2014-10-08", "day", "IR", 3, None, CLASH, "unattributed", None, 3, None, ["unknown"], None, None, None)
        ],
        "2092": [fire_from_iran("2015-05-02", "mortar", "the Iranian border force", "security sources")],
        "2093": [fire_from_iran("2015-09-17", "rocket", "Iranian security forces", "UrduPoint")],
        "2094": [fire_from_iran("2016-09-01", "mortar", "Iran's border security forces", "security sources")],
        "2095": [
            fire_from_iran(
                "2016-12-15", "mortar", "the Iranian border force", "Levies officials", (None, 1), "2016-12-21"
            ),
            fire_from_iran("2016-12-18", "mortar", "the Iranian border force", "Daily Azadi", (1, 2)),
        ],
    }


def fire_from_iran(
    day: str, weapon: str, actor: str, accuser: str, toll: tuple[int | None, int] = (0, 0), week_end: str | None = None
) -> tuple[object, ...]:
    """A shelling from Iran into Pakistan as the batch codes it: `alleged`, origin `IR`, a plain toll (its high bounds
    the counts), dated to the day or, with ``week_end``, to the week up to it."""
    killed, injured = toll
    precision = "week" if week_end else "day"
    head = (day, precision, "PK", killed, injured, SHELLING, "alleged", week_end, killed, injured, [weapon])
    return (*head, actor, accuser, "IR")
