"""Round 72's dev misses: rules (issue 14, extract130).

Every sentence here is written for this file; none is a report's. Each mechanism has tests of what it reads (they fail
on main's code before this work) and guards of what it leaves as it was, which pass on main's code too.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from _extract_helpers import one_draft
from incident_tracker.extract import extract_drafts, gazetteer_locator

PUBLISHED = dt.date(2024, 6, 11)  # a Tuesday


def _one(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED)


# --- the day of the month with no month, opening the sentence --------------------------------------------------------


def test_on_the_ninth_opening_a_sentence_dates_the_clash() -> None:
    text = "On the 9th, Kyrgyz border guards exchanged fire with smugglers near a mountain pass. One guard was wounded."
    draft = _one(text)
    assert draft["event_date"] == "2024-06-09"
    assert draft["date_precision"] == "day"


def test_guard_the_day_of_the_month_within_a_sentence_reads_as_before() -> None:
    text = "Kyrgyz border guards exchanged fire with smugglers near a mountain pass on the 9th. One guard was wounded."
    assert _one(text)["event_date"] == "2024-06-09"
    text = "Kyrgyz border guards exchanged fire with smugglers near a mountain pass. One guard was wounded."
    assert _one(text)["date_precision"] == "week"


# --- armed men told crossing from a country, who fought the guards: alleged, with their origin ---------------------


def test_armed_men_trying_to_slip_in_from_a_country_who_opened_fire_are_alleged() -> None:
    text = (
        "Kyrgyz border guards fought a group of armed men who were trying to sneak into Kyrgyzstan from Tajikistan "
        "on Monday night. The armed men opened fire on the patrol, and one guard was hurt, the border service said."
    )
    draft = _one(text)
    assert draft["attribution"] == "alleged"
    assert draft["perpetrator"] == "armed men from Tajikistan"
    assert draft["origin_country"] == "TJ"


def test_an_armed_group_in_an_exchange_of_fire_trying_to_cross_from_a_country_is_alleged() -> None:
    text = (
        "A Turkmen soldier was wounded on Monday in an exchange of fire between border troops and an armed group "
        "that was trying to cross from Afghanistan into Turkmenistan."
    )
    draft = _one(text)
    assert draft["attribution"] == "alleged"
    assert draft["perpetrator"] == "armed group from Afghanistan"
    assert draft["origin_country"] == "AF"


def test_guard_armed_men_named_by_no_country_they_crossed_from_stay_unattributed() -> None:
    # crossing "into the country" from nowhere named: the armed men are nobody the text names
    text = (
        "Border guards spotted an armed group trying to enter the country on Monday night and engaged it, setting off "
        "an exchange of fire in which one guard was wounded."
    )
    draft = _one(text)
    assert draft["attribution"] == "unattributed"
    assert draft.get("perpetrator") is None
    # armed men who fought, with no crossing told
    text = "Border troops exchanged fire with a band of armed men near a river crossing on Monday; a guard was hurt."
    assert _one(text).get("perpetrator") is None


def test_a_trade_named_later_as_a_guess_does_not_replace_the_crossing_words() -> None:
    text = (
        "Uzbek border guards exchanged fire on Monday with a band of armed men who tried to slip into Uzbekistan from "
        "Afghanistan. One guard was wounded. Some officials said the armed men may have been drug smugglers."
    )
    assert _one(text)["perpetrator"] == "band of armed men from Afghanistan"


# --- a place told near "the border with X" is not in X ----------------------------------------------------------------


def test_country_across_reads_the_border_named_after_the_place() -> None:
    from incident_tracker.extract.border_with import country_across  # new here: the other tests run on main too

    assert country_across("Sarab area", "shot in the Sarab area close to the border with Iran, officials said") == "IR"
    assert country_across("Sarab", "fighting at Sarab, a village on the border with Pakistan") == "PK"
    # the border told of someone else, or no border after the place
    assert country_across("Sarab", "in Sarab, the Uzbek authorities laid mines along their fields") is None
    assert country_across("Sarab", "a shooting in Sarab; Iran shares a border with Afghanistan") is None
    assert country_across("", "close to the border with Iran") is None


def _located(text: str, tmp_path: Path) -> dict[str, Any]:
    drafts = extract_drafts(text, PUBLISHED, locate=gazetteer_locator(tmp_path / "none.db"))
    assert len(drafts) == 1
    return drafts[0].values


def test_a_namesake_in_the_country_across_the_border_is_not_the_place(tmp_path: Path) -> None:
    # the gazetteer knows a Sarab in Iran; the report puts its Sarab on the Afghan side of the border with Iran
    text = (
        "Iranian border guards shot and wounded a young shepherd from Herat province on Monday in the Sarab area close "
        "to the border with Iran, local officials said."
    )
    draft = _located(text, tmp_path)
    assert draft["country"] == "AF"
    assert draft.get("location") is None
    text = (
        "Iranian border guards shot and wounded a young shepherd on Monday in the Sarab area near the border with "
        "Iran, officials said."
    )
    assert _located(text, tmp_path).get("country") is None


def test_guard_a_place_with_no_border_named_after_it_is_located_as_before(tmp_path: Path) -> None:
    text = "Iranian border guards shot and wounded a young shepherd on Monday in the Sarab area, officials said."
    draft = _located(text, tmp_path)
    assert draft["country"] == "IR"
    assert draft["location"]


# --- one more of the hurt told by an ordinal in a later sentence ---------------------------------------------------


def test_a_second_wounded_told_later_raises_a_toll_of_one_to_two() -> None:
    text = (
        "A Kyrgyz border guard was wounded on Monday in a clash with smugglers near a mountain pass. He was taken to "
        "the district hospital by helicopter. A doctor there said a second guard had been slightly hurt in the "
        "clash and was treated at his post."
    )
    assert _one(text)["injured"] == 2


def test_guard_an_ordinal_that_is_not_the_next_count_leaves_the_toll() -> None:
    # one wounded, then "a third": it counts others the sentence does not name, not one more of this toll
    text = (
        "A Kyrgyz border guard was wounded on Monday in a clash with smugglers near a mountain pass. The border "
        "service said a third guard had been hurt on the pass since the spring."
    )
    assert _one(text)["injured"] == 1
    # a toll of two, then "a second": the second is among the two already counted
    text = (
        "Two Kyrgyz border guards were wounded on Monday in a clash with smugglers near a mountain pass. A doctor "
        "said a second guard had been badly hurt and was flown to the capital."
    )
    assert _one(text)["injured"] == 2


# --- two sides blaming each other for another matter than the violence: no dispute of who fired ------------------


def test_mutual_blame_for_a_closure_leaves_the_one_sided_account() -> None:
    text = (
        "Uzbek border guards opened fire on Kyrgyz troops near a disputed village on Monday, the Kyrgyz border "
        "service said, and one soldier was wounded. The road through the village has been shut since, and each side "
        "blames the other for the closure."
    )
    draft = _one(text)
    assert draft["attribution"] == "alleged"
    assert draft["perpetrator"] == "Military Forces of Uzbekistan"  # the actor dictionary's name


def test_guard_mutual_blame_for_the_shooting_is_still_disputed() -> None:
    text = (
        "Uzbek and Kyrgyz border guards exchanged fire near a disputed village on Monday, and one soldier was "
        "wounded. Each side blames the other for the shooting."
    )
    assert _one(text)["attribution"] == "disputed"


# --- a group saying it set off the bomb claims it -----------------------------------------------------------------


def test_a_group_saying_through_its_spokesman_that_it_set_off_the_bomb_claims_it() -> None:
    text = (
        "A roadside bomb killed two soldiers near the border on Monday. The banned Jaish al-Adl said through its "
        "spokesman, a man it named as Abu Hafs, that it had planted the bomb."
    )
    draft = _one(text)
    assert draft["attribution"] == "claimed"
    assert draft["perpetrator"] == "Jaish al-Adl"


def test_guard_officials_saying_who_set_off_the_bomb_make_no_claim() -> None:
    text = (
        "A roadside bomb killed two soldiers near the border on Monday. Police said unknown men had planted the bomb "
        "during the night."
    )
    assert _one(text)["attribution"] != "claimed"
