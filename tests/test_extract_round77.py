"""The seventy-seventh round's held-back batch of real reports (docs/extract-journal.md, *The seventy-seventh round:
held back (round 77)*).

The round's slugs were committed before they were hashed, each first checked against every coding's whole date span, its
places and every report's address; the four events on test were reached in one lot. It holds six reports of six events,
one report each, where the corpus is thin: two clashes of Afghan and Pakistani forces told by both sides (Jaji 2007,
Ghulam Khan 2011), a Kyrgyz guard's shot and the villagers' answer on the Ferghana valley's Tajik line (2005), the
Taliban's storming of a border police post at Torkham (2016), fire across the Iran-Pakistan line told with the next
day's shells (2017) and an attack on a police patrol near it (2023).
"""

from __future__ import annotations

from _extract_helpers import CLASH, FIRST_FIELDS, HeldBackRound, coded_fields


class TestTheBatch(HeldBackRound):
    ROUND = 77
    REPORTS = range(956, 962)
    #: The slugs of the batch's events, committed before they were hashed (34898a07), with their sides (f6b5639e).
    EVENTS = {
        "jaji-clash-2007-05": "test",
        "chorku-woodcutter-2005-06": "test",
        "torkham-post-2016-10": "test",
        "saravan-workers-2017-06": "dev",
        "ghulamkhan-mortars-2011-02": "dev",
        "khash-police-2023-07": "test",
    }
    BORDERS = {
        "jaji-clash-2007-05": "AF-PK",
        "torkham-post-2016-10": "AF-PK",
        "ghulamkhan-mortars-2011-02": "AF-PK",
        "chorku-woodcutter-2005-06": "KG-TJ",
        "saravan-workers-2017-06": "IR-PK",
        "khash-police-2023-07": "IR-PK",
    }
    INCIDENTS = 8
    SIDES = {"test": 4, "dev": 2}


def test_clashes_of_the_two_armies_as_coded() -> None:
    """Jaji, Sunday 13 May 2007, and Ghulam Khan, Wednesday 2 February 2011: each side blames the other, `disputed`,
    and the side of the line is not told one way (country unscored, no place). Jaji's dead: Pakistan's five Afghan
    soldiers (first six or seven) against Afghanistan's two schoolboys, the lowest as best and seven as the high
    bound; its wounded are each side's own, added up (eight, eleven with the border police chief's first five)."""
    rows = coded_fields(77, *FIRST_FIELDS, "killed_high", "injured_high", "place")
    assert {rid: rows[rid] for rid in ("956", "960")} == {
        "956": [("2007-05-13", "day", None, 2, 8, CLASH, "disputed", 7, 11, None)],
        "960": [("2011-02-02", "day", None, 1, 3, CLASH, "disputed", 1, 3, None)],
    }


def test_the_woodcutter_and_the_seized_guards_as_coded() -> None:
    """Chorku, "last week" in an issue of Wednesday 15 June 2005: the week before it, Monday 6 to Sunday 12 June. The
    guard's shot, told by his own commander, is a `confirmed` attack on a civilian in Kyrgyz territory; the villagers
    who seized, beat and disarmed three guards are a mob (no one named, `unattributed`; where they did it and how
    many were hurt are not told)."""
    rows = coded_fields(77, *FIRST_FIELDS, "event_date_end", "perpetrator")
    assert rows["957"] == [
        ("2005-06-06", "week", "KG", 1, None, "Attack", "confirmed", "2005-06-12", "a Kyrgyz border guard"),
        ("2005-06-06", "week", None, None, None, "Mob violence", "unattributed", "2005-06-12", None),
    ]


def test_attacks_on_guards_and_police_as_coded() -> None:
    """Torkham, "on Monday night" in a Tuesday post: 24 October 2016, at least eight border policemen, the Taliban
    named by one source (`alleged`). Khash-Taftan road, Sunday 23 July 2023: the first three dead rose to four; a
    "terrorist attack" names no one, and Jaish al-Adl's claim of 8 July is background."""
    rows = coded_fields(77, *FIRST_FIELDS, "killed_high", "target_type")
    assert {rid: rows[rid] for rid in ("958", "961")} == {
        "958": [("2016-10-24", "day", "AF", 8, None, CLASH, "alleged", None, "border_guards")],
        "961": [("2023-07-23", "day", "IR", 4, None, CLASH, "unattributed", 4, "police")],
    }


def test_fire_across_the_iran_pakistan_line_as_coded() -> None:
    """Saravan, "on Saturday evening": 24 June 2017, fire from Pakistani territory, two workers and one attacker
    killed and two attackers wounded, `alleged` by the Revolutionary Guards with origin PK. Prome, Panjgur, "on
    Sunday": four mortar shells from the Iranian side, no one hurt (0 and 0), origin IR."""
    rows = coded_fields(77, *FIRST_FIELDS, "origin_country")
    assert rows["959"] == [
        ("2017-06-24", "day", "IR", 3, 2, CLASH, "alleged", "PK"),
        ("2017-06-25", "day", "PK", 0, 0, "Shelling/artillery/missile attack", "alleged", "IR"),
    ]
