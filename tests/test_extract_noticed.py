"""Readings noticed on house sentences by earlier rule rounds, fixed as mechanisms (issue 14, extract93).

Every sentence here is written for this file; none is a report's. Each reading has a test that fails on main's code
before this round and guards that pass on both; the figures are in docs/extract-journal.md (*Readings noticed on house
sentences*).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft
from incident_tracker.extract.attribution import read_attribution
from incident_tracker.extract.casualties import find_tolls

PUBLISHED = dt.date(2024, 9, 12)


def _draft(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED, locate=None)


def _tolls(sentence: str) -> list[tuple[str, int | None]]:
    return [(toll.what, toll.casualties.best) for toll in find_tolls(sentence)]


# --- the wounded who died later are dead, not a count of the wounded ---------------------------------------------


def test_some_of_the_wounded_who_died_later_are_a_death() -> None:
    assert _tolls("Three of the wounded later died at the district clinic.") == [("killed", 3)]
    assert _tolls("Two of the injured succumbed on the way to the city.") == [("killed", 2)]


def test_the_wounded_are_not_cut_by_those_who_died() -> None:
    text = (
        "Raiders fired on a customs lorry at the crossing on Tuesday, wounding six drivers. "
        "Two of the wounded died later in the night."
    )
    draft = _draft(text)
    assert draft["injured"] == 6  # the text never says whether its six included them: nothing is subtracted
    assert draft["killed"] == 2


def test_guard_a_part_of_the_wounded_still_in_care_stays_hurt() -> None:
    assert _tolls("Eleven of the wounded remain under treatment, a doctor said.") == [("injured", 11)]


# --- a negated speaker is no accuser --------------------------------------------------------------------------------


def test_nobody_saying_where_the_fire_came_from_is_unattributed() -> None:
    found = read_attribution("Nobody has said where the shells were fired from.")
    assert found is not None and found.status == "unattributed" and found.attributed_by is None


def test_guard_a_named_speaker_still_alleges() -> None:
    found = read_attribution("Villagers said the shells were fired from across the river.")
    assert found is None or found.attributed_by != "Nobody"
    claimed = read_attribution("No group has claimed the ambush so far.")
    assert claimed is not None and claimed.status == "unattributed"


# --- a denial is no claim -------------------------------------------------------------------------------------------


def test_a_group_denying_the_attack_is_not_alleged() -> None:
    assert read_attribution("The TTP denied it had carried out the raid on the post.") is None
    text = "Gunmen raided a border post on Friday, killing four soldiers. The TTP denied it had carried out the raid."
    assert _draft(text).get("perpetrator") is None


def test_guard_an_accusation_told_elsewhere_still_stands() -> None:
    found = read_attribution("Officials blamed the TTP for the raid, but the TTP denied it had carried out the raid.")
    assert found is not None and found.status == "alleged" and found.perpetrator == "TTP"


# --- the reporter's demonym on the attackers is an origin ----------------------------------------------------------


def test_a_demonym_on_the_attackers_is_an_alleged_origin() -> None:
    found = read_attribution("Afghan gunmen killed three Tajik border guards on a river island.")
    assert found is not None and (found.status, found.origin_country, found.perpetrator) == ("alleged", "AF", None)


def test_guard_attackers_of_the_victims_own_country_give_no_origin() -> None:
    assert read_attribution("Afghan gunmen killed three Afghan policemen at a checkpoint.") is None
    assert read_attribution("Afghan gunmen killed three policemen at a checkpoint.") is None
