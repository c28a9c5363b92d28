"""The hundred-and-nineteenth round's held-back batch of real reports (docs/extract-journal.md, *The
hundred-and-nineteenth round: held back (round 119)*).

The round's slugs were written to the claims file shared by the rounds and hashed in one lot, each first checked
against every coding's whole date span, its places, every report's address and that claims file; their sides were
committed before any report was written. It holds five reports of three events near the Afghan-Iranian line, in years
the corpus held thinly: the visa riot at Iran's consulate in Herat of 7 September 2013 (two reports, AFP and a Press
TV account), the Ghoryan police's ambush of drug smugglers near the border on 14 September 2014, and the Taliban's
capture of a border base in Farah's Posht Koh district in November 2018 (two reports, Reuters and Ariana News).
"""

from __future__ import annotations

from _extract_helpers import FIRST_FIELDS, TERRITORY_TAKEN, HeldBackRound, coded_fields

#: ACLED's sub-event types of the batch, as a coding writes them.
RIOT = "Violent demonstration"
CLASH = "Armed clash"


class TestTheBatch(HeldBackRound):
    ROUND = 119
    REPORTS = range(2120, 2125)
    #: The slugs of the batch's events, written to the shared claims file before they were hashed in one lot, with
    #: their sides committed before any report was written.
    EVENTS = {
        "herat-consulate-2013-09": "test",
        "ghoryan-smugglers-2014-09": "test",
        "poshtkoh-base-2018-11": "dev",
    }
    BORDERS = {"AF-IR"}
    INCIDENTS = 5
    SIDES = {"test": 3, "dev": 2}


def test_the_five_reports_as_coded() -> None:
    """A crowd that storms a consulate with rocks and sticks is a violent demonstration against a diplomatic target,
    given to no one, "at least one" dead leaving the killed and the wounded open above (2120) and the locals' two dead
    the high bound beside the police chief's one (2121). Police who ambush smugglers in a battle nobody is said to have
    opened is an armed clash given to no one (2122). A base the Taliban say they captured is territory taken,
    `claimed` by them, its dead bounded by their 30 (2123); the same base that a provincial councillor says they took
    is `alleged` on his word, and a report that dates only the officials' telling is the week up to it (2124)."""
    rows = coded_fields(
        119,
        *FIRST_FIELDS,
        "event_date_end",
        "place",
        "killed_high",
        "injured_high",
        "target_type",
        "perpetrator",
        "attributed_by",
    )
    assert rows == {
        "2120": [given_to_no_one("2013-09-07", RIOT, "Herat city", (1, 4), (None, None), "diplomatic")],
        "2121": [
            given_to_no_one(
                "2013-09-07",
                RIOT,
                "the Iranian consulate in the western Afghan city of Herat",
                (1, 4),
                (2, 4),
                "diplomatic",
            )
        ],
        "2122": [given_to_no_one("2014-09-14", CLASH, "the Shabash area", (5, None), (5, None), None)],
        "2123": [
            (
                *("2018-11-06", "day", "AF", 20, 3, TERRITORY_TAKEN, "claimed", None, "Farah", 30, None, "military"),
                *("Taliban militants", "the Taliban"),
            )
        ],
        "2124": [
            (
                *("2018-10-31", "week", "AF", 20, None, TERRITORY_TAKEN, "alleged", "2018-11-06"),
                *("western Farah province", None, None, "border_guards", "Taliban militants", "Shah Mahmoud Naimi"),
            )
        ],
    }


def given_to_no_one(
    day: str,
    kind: str,
    place: str,
    toll: tuple[int, int | None],
    high: tuple[int | None, int | None],
    target: str | None,
) -> tuple[object, ...]:
    """An act of one day in Afghanistan that the report gives to no one (`unattributed`, no actor, no accuser): its
    kind, place, toll and high bounds as coded."""
    return (day, "day", "AF", *toll, kind, "unattributed", None, place, *high, target, None, None)
