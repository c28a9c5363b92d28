"""Round 56's "Not written" list, as general mechanisms of the reader (the sixty-second rule round).

Every sentence here is written for this file; none is a report's. Each mechanism has tests that fail on main's code
before this round and guards, of what it leaves as it was, that pass on both (docs/extract-journal.md, "Where wrong
values come from, rounds 40-56").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft

PUBLISHED = dt.date(2024, 11, 13)  # a Wednesday


def _draft(text: str, published: dt.date = PUBLISHED) -> dict[str, Any]:
    return one_draft(text, published, locate=None)


# --- a clash begun by one state's forces coming across: that side alleged --------------------------------------------


def test_a_clash_begun_by_a_patrol_coming_across_blames_its_state() -> None:
    draft = _draft(
        "Tajik and Kyrgyz border guards exchanged fire on Tuesday, and one Kyrgyz guard was wounded, the Kyrgyz "
        "border service said.\n\n"
        "The fighting started after a Tajik patrol had come into Kyrgyzstan near the village, the service said."
    )
    assert draft.get("attribution") == "alleged"
    assert draft.get("perpetrator") == "Tajik forces"


def test_a_clash_begun_when_border_guards_came_in_blames_them() -> None:
    draft = _draft(
        "A Kyrgyz border guard was wounded on Tuesday in the fighting, the Kyrgyz ministry said.\n\n"
        "The fighting started on Monday night, it said, after Uzbek border guards came into the Batken region of "
        "Kyrgyzstan."
    )
    assert draft.get("attribution") == "alleged"
    assert "Uzbek" in str(draft.get("perpetrator"))


def test_a_crossing_that_is_no_start_of_the_fighting_blames_nobody() -> None:  # guard
    draft = _draft(
        "Tajik and Kyrgyz border guards exchanged fire on Tuesday, and one Kyrgyz guard was wounded, the Kyrgyz "
        "border service said.\n\nA Tajik patrol had come into the area a week before."
    )
    assert draft.get("perpetrator") is None


def test_a_named_side_is_not_replaced() -> None:  # guard
    draft = _draft(
        "Kyrgyz border guards opened fire on Tajik guards on Tuesday, wounding one of them, the Tajik border "
        "service said.\n\nThe fighting started after a Tajik patrol had come into the disputed area, Kyrgyz "
        "officials said."
    )
    assert draft.get("perpetrator") != "Tajik forces"


# --- the place: a bare name the strike hit, a compass part of a province, the province's capital --------------------


def test_a_bare_name_the_strike_hit_is_the_place() -> None:
    draft = _draft(
        "A drone fired a missile on Tuesday and killed four people, officials said.\n\n"
        "The strike hit Kurram, near the Afghan border, at about 2am."
    )
    assert draft.get("place") == "Kurram"


def test_a_name_before_a_noun_is_not_what_was_hit() -> None:  # guard
    draft = _draft("A drone struck Waziristan refugees on Tuesday near the border, killing four, officials said.")
    assert draft.get("place") != "Waziristan"


def test_a_list_of_posts_hit_is_not_read_as_one_name() -> None:  # guard
    draft = _draft(
        "Militants hit the Sangar Top, Sangar Top 1 and Sangar Top 2 posts on Tuesday, killing two soldiers, "
        "officials said."
    )
    assert draft.get("place") != "Sangar Top"


def test_the_eastern_parts_of_a_province_place_it_in_the_province() -> None:
    draft = _draft(
        "Artillery shells fell on Tuesday on the eastern parts of Kunar province, wounding four children, officials "
        "said."
    )
    assert draft.get("place") == "Kunar province"


def test_the_provincial_capital_told_after_the_province_is_the_place() -> None:
    draft = _draft(
        "A rocket killed a boy of 12 on Tuesday in Kunar province, as he herded sheep near Asadabad, the provincial "
        "capital, police said."
    )
    assert "Asadabad" in str(draft.get("place"))


def test_a_town_where_the_wounded_were_taken_is_not_the_place() -> None:  # guard
    draft = _draft(
        "A rocket killed a boy of 12 on Tuesday in Kunar province, and his brother was taken to hospital in "
        "Asadabad, police said."
    )
    assert draft.get("place") == "Kunar province"


# --- an hour of the small hours, no day told: the report's day -------------------------------------------------------


def test_an_undated_strike_at_three_in_the_morning_is_the_reports_day() -> None:
    draft = _draft(
        "A drone fired a missile near the border and killed five people, according to local reports.\n\n"
        "The missile hit a house at around 3:00am local time, residents said."
    )
    assert draft.get("event_date") == "2024-11-13"
    assert draft.get("date_precision") == "day"


def test_an_undated_shooting_at_one_in_the_morning_is_the_statements_day() -> None:
    draft = _draft(
        "Border guards killed two smugglers who tried to cross the river, the border service said on Tuesday.\n\n"
        "The smugglers opened fire on a patrol at about 1 a.m., and the guards fired back, the service said."
    )
    assert draft.get("event_date") == "2024-11-12"
    assert draft.get("date_precision") == "day"


def test_an_undated_blast_at_nine_in_the_morning_stays_a_week() -> None:  # guard
    draft = _draft(
        "A bomb went off at a bus stand near the border and killed three people, officials said on Tuesday.\n\n"
        "The blast came at 9:00 am as passengers waited, they said."
    )
    assert draft.get("date_precision") == "week"


def test_an_hour_told_with_its_day_keeps_that_day() -> None:  # guard
    draft = _draft("Gunmen attacked a border post at about 2am on Sunday, killing a guard, officials said.")
    assert draft.get("event_date") == "2024-11-10"


# --- a weekday glossing the day of a statement: the statement's day, not the event's ---------------------------------


def test_a_weekday_glossing_todays_statement_dates_the_statement() -> None:
    draft = _draft(
        "The ministry said in a statement today (Monday) that a guard was killed in the fighting on the border.",
        published=dt.date(2024, 11, 12),
    )
    assert draft.get("date_precision") == "week"
    assert draft.get("event_date_end") == "2024-11-11"


def test_a_weekday_glossing_the_events_day_keeps_it() -> None:  # guard
    draft = _draft(
        "A guard was killed in the fighting on the border on Sunday (November 10), the ministry said.",
        published=dt.date(2024, 11, 12),
    )
    assert draft.get("event_date") == "2024-11-10"


# --- a victim told with where they were from by a common noun: counted ------------------------------------------------


def test_a_teacher_of_the_country_killed_in_the_fighting_is_counted() -> None:
    draft = _draft(
        "A teacher of the country was killed in the fighting between the two border forces on Tuesday, the "
        "ministry said."
    )
    assert draft.get("killed") == 1


def test_a_shepherd_of_the_village_killed_is_counted() -> None:
    draft = _draft("A shepherd of the village was killed on Tuesday when border guards opened fire, police said.")
    assert draft.get("killed") == 1


def test_a_soldier_of_a_named_force_is_still_counted() -> None:  # guard
    draft = _draft("A soldier of the Frontier Corps was killed on Tuesday when militants attacked a post, police said.")
    assert draft.get("killed") == 1
