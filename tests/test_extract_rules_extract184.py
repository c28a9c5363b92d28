"""Incidents told beside the report's own: an act of the day before with its own place and toll, a second fight told
on its own day, and shells fired near a named area as another day's news (issue 14, extract184; the sixth rulings'
e, *A strike of the day before told beside the report's strike*).

Every sentence here is written for this file; none is a report's. The tests of what a rule reads fail on main's code
before this work; the guards of what it leaves alone pass on main's code too.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import drafts_of

PUBLISHED = dt.date(2012, 5, 16)  # a Wednesday


def _drafts(text: str) -> list[dict[str, Any]]:
    return sorted(drafts_of(text, PUBLISHED), key=lambda draft: str(draft.get("event_date")))


def _how_many(text: str) -> int:
    return len(drafts_of(text, PUBLISHED))


def test_a_strike_of_the_day_before_with_its_own_place_and_toll_is_its_own_incident() -> None:
    text = (
        "A drone fired two missiles at a compound in the village of Dargai Mela in North Waziristan, killing five "
        "militants, officials said.\n\nToday's strike came less than a day after another. Yesterday a strike on a "
        "vehicle in Shewa village, in the Datta Khel region, killed four fighters."
    )
    drafts = _drafts(text)
    assert [d["event_date"] for d in drafts] == ["2012-05-15", "2012-05-16"]
    before, today = drafts
    assert before["killed"] == 4
    assert "Shewa" in before["place"]
    assert today["killed"] == 5
    assert "Dargai Mela" in today["place"]  # the other strike's place no longer replaces the day's


def test_guard_the_day_before_of_a_dawn_attack_stays_the_same_incident() -> None:
    text = (
        "Militants stormed a border post in the Khyber district before dawn on Wednesday, killing three soldiers, "
        "officials said.\n\nYesterday the attackers killed two guards in the Landi Kotal area as they crossed."
    )
    assert _how_many(text) == 1  # a dawn attack may have begun the day before: one event told from two hours


def test_guard_the_day_before_at_a_place_already_named_stays_the_same_incident() -> None:
    text = (
        "Security forces killed six militants in the Shewa area of North Waziristan, officials said.\n\nToday's "
        "operation came after a day of fighting. Yesterday troops in the Shewa area killed two militants who fired on "
        "a patrol."
    )
    assert _how_many(text) == 1


def test_a_second_skirmish_told_on_its_own_day_is_its_own_incident() -> None:
    text = (
        "Fighting between Taliban fighters and Pakistani border forces has gone on for four days in Paktia "
        "province.\n\nLocal sources said the fighting began on May 12, when the Taliban dug a trench near "
        "the Zazai Maidan crossing.\n\nA second skirmish broke out on Monday, May 14, and this time there "
        "were casualties. A police spokesman said two Taliban members were killed and four civilians were "
        "wounded."
    )
    drafts = _drafts(text)
    assert [d["event_date"] for d in drafts] == ["2012-05-12", "2012-05-14"]
    assert drafts[1]["killed"] == 2
    assert drafts[1]["injured"] == 4


def test_guard_the_second_attack_told_as_a_count_starts_nothing() -> None:
    text = (
        "Militants fired rockets at a border post in Bajaur on Monday, wounding two soldiers, officials said. "
        "It was the second attack on the post in a week."
    )
    assert _how_many(text) == 1


def test_shells_fired_near_a_named_area_on_an_earlier_day_are_that_days_incident() -> None:
    text = (
        "QUETTA - Pakistani jets shot down an unmanned aircraft over Kech district on Tuesday, officials said.\n\n"
        "On Sunday, Iranian border forces fired several mortar shells near Mand, an area of Kech, though nobody was "
        "hurt."
    )
    drafts = _drafts(text)
    assert [d["event_date"] for d in drafts] == ["2012-05-13", "2012-05-15"]
    assert "Mand" in drafts[0]["place"]


def test_guard_shells_fired_long_before_stay_background() -> None:
    text = (
        "QUETTA - Pakistani jets shot down an unmanned aircraft over Kech district on Tuesday, officials said.\n\n"
        "On April 20, Iranian border forces fired several mortar shells near Mand, an area of Kech, killing a "
        "shepherd."
    )
    drafts = drafts_of(text, PUBLISHED)
    assert [d["event_date"] for d in drafts] == ["2012-05-15"]


def test_the_hour_and_day_of_a_telling_do_not_date_the_attack_told() -> None:
    text = (
        "The district governor told Kabul Radio at about 6 pm yesterday that the Taliban had attacked the village of "
        "Sarband on Sunday morning and wounded seven policemen."
    )
    draft = drafts_of(text, PUBLISHED)[0]
    assert draft["event_date"] == "2012-05-13"  # Sunday's attack, not Tuesday's telling


def test_guard_the_hour_of_the_attack_itself_dates_it() -> None:
    text = (
        "A police spokesman said the attack on the Sarband checkpoint took place at about 11 pm on Sunday, and that "
        "two policemen were wounded."
    )
    draft = drafts_of(text, PUBLISHED)[0]
    assert draft["event_date"] == "2012-05-13"
