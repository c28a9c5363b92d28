"""Incidents the reader never drafted, by mechanism (issue 14, *Missed incidents by mechanism: rules*).

Every sentence here is written for this file; none is a report's. Each mechanism has tests of what it drafts (they
fail on main's code before this work) and guards of what it leaves as it was (the same attack claimed again, a
claim of another attack with no toll, a claim of attacks on an earlier day, an act the incident came after told
with no day of its own, as a similar one, older than a week, or at the incident's own place), which pass on main's
code too.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import drafts_of

PUBLISHED = dt.date(2024, 6, 11)  # a Tuesday

LEAD = (
    "QUETTA (AP) - Four policemen were killed when a roadside bomb hit their patrol near Mastung late on Sunday, "
    "officials said.\n\n"
    "The outlawed Lashkar-e-Balochistan said through its spokesman that it had planted the bomb.\n\n"
)


def _drafts(text: str) -> list[dict[str, Any]]:
    return drafts_of(text, PUBLISHED, locate=None)


# --- a claimant's other attack of the same day, with its own toll: its own incident -------------------------------


def test_another_attack_claimed_on_the_same_night_is_its_own_incident() -> None:
    text = LEAD + (
        "The spokesman also claimed a Sunday night attack on a bus depot in Turbat that killed a watchman, saying "
        "the depot served the army."
    )
    drafts = _drafts(text)
    assert [d["event_date"] for d in drafts] == ["2024-06-09", "2024-06-09"]
    first, other = drafts
    assert first.get("killed") == 4 and first.get("place") != "Turbat"
    assert other.get("place") == "Turbat"


def test_a_group_said_to_be_behind_another_attack_that_day_is_its_own_incident() -> None:
    text = LEAD + (
        "The spokesman also said the group was behind an attack on a telephone tower in Kalat on Sunday night "
        "in which two guards died."
    )
    drafts = _drafts(text)
    assert len(drafts) == 2
    assert drafts[1].get("place") == "Kalat"


CLAIMED_LEAD = (
    "QUETTA (AP) - Four policemen were killed when a roadside bomb hit their patrol near Mastung late on Sunday, "
    "officials said.\n\n"
    "Its spokesman, Ahmad Sherzai, said the Tehrik-i-Taliban Pakistan claimed responsibility for the bombing.\n\n"
)


def test_the_same_claimant_s_other_attack_is_claimed_by_the_same_group() -> None:
    text = CLAIMED_LEAD + "Sherzai also claimed a Sunday night attack on a bus depot in Turbat that killed a watchman."
    first, other = _drafts(text)
    assert first["attribution"] == "claimed" and first["perpetrator"] == "Tehrik-i-Taliban Pakistan"
    assert other["attribution"] == "claimed" and other["perpetrator"] == "Tehrik-i-Taliban Pakistan"


def test_guard_another_group_s_claim_takes_nothing_from_the_first() -> None:
    text = CLAIMED_LEAD + (
        "The Baloch Liberation Army also claimed a Sunday night attack on a bus depot in Turbat that killed a watchman."
    )
    turbat = [d for d in _drafts(text) if d.get("place") == "Turbat"]
    assert all(d.get("perpetrator") != "Tehrik-i-Taliban Pakistan" for d in turbat)


# --- guards ------------------------------------------------------------------------------------------------------


def test_guard_the_same_attack_claimed_again_stays_one_incident() -> None:
    text = LEAD + "The group also claimed the attack on Sunday night in a message that said four men had died."
    assert [d.get("killed") for d in _drafts(text)] == [4]


def test_guard_another_attack_claimed_with_no_toll_drafts_nothing_more() -> None:
    text = LEAD + "The spokesman also claimed an attack on a checkpoint in Kalat on Sunday night."
    assert len(_drafts(text)) == 1


def test_guard_attacks_claimed_on_an_earlier_day_stay_earlier_news() -> None:
    text = LEAD + (
        "The group also claimed two bombings on Thursday that wounded several traders in Kalat, the district town."
    )
    drafts = _drafts(text)
    assert len(drafts) == 1 and drafts[0].get("injured") is None


def test_the_shape_needs_the_indefinite_article_and_a_toll_of_its_own() -> None:
    from incident_tracker.extract.also_claimed import claims_another

    assert claims_another("He also claimed an attack on a van in Karachi that killed a driver.")
    assert claims_another("It also said it was behind an ambush in Zhob in which three soldiers were killed.")
    assert not claims_another("The group also claimed the attack, which killed four.")
    assert not claims_another("He also claimed an attack on a checkpoint in Kalat.")
    assert not claims_another("The attack killed four and also wounded a passer-by.")


# --- the act the report's incident came after, told with its own day of the week and its own toll -----------------

MORTAR = (
    "KHAR: Three women were hurt on Sunday when a mortar shell landed on a house in the Tangi area of Salarzai "
    "tehsil.\n\n"
    "Residents said the shell came from across the border at about noon.\n\n"
)


def test_the_act_the_incident_came_after_on_its_own_day_is_its_own_incident() -> None:
    text = MORTAR + (
        "The incident came after a shell struck a shop in the Loesam area of Nawagai on Friday night, killing a "
        "shopkeeper and wounding two other men."
    )
    drafts = _drafts(text)
    assert [d["event_date"] for d in drafts] == ["2024-06-09", "2024-06-07"]
    sunday, friday = drafts
    assert sunday.get("injured") == 3 and sunday.get("killed") is None
    assert friday.get("killed") == 1 and friday.get("injured") == 2


def test_guard_an_act_the_incident_came_after_with_no_day_of_its_own_stays_background() -> None:
    text = MORTAR + "The incident came two days after a shell killed a shopkeeper in the Loesam area of Nawagai."
    assert [d["event_date"] for d in _drafts(text)] == ["2024-06-09"]


def test_guard_a_similar_act_or_one_older_than_a_week_stays_background() -> None:
    similar = MORTAR + (
        "The incident came after a similar shell struck a shop in the Loesam area on Friday night, killing one."
    )
    older = MORTAR + "The incident came after a shell struck a shop in the Loesam area on May 28, killing one."
    assert len(_drafts(similar)) == 1
    assert len(_drafts(older)) == 1


def test_guard_the_incident_s_own_place_told_again_stays_one_incident() -> None:
    text = MORTAR + "The incident came after a shell struck the Tangi area on Friday night, killing a goat herder."
    assert [d["event_date"] for d in _drafts(text)] == ["2024-06-09"]
