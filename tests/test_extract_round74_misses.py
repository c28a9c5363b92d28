"""Round 74's dev misses: rules (issue 14, extract134).

Every sentence here is written for this file; none is a report's. Each mechanism has tests of what it reads (they fail
on main's code before this work) and guards of what it leaves as it was, which pass on main's code too.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import drafts_of, one_draft

PUBLISHED = dt.date(2024, 6, 14)  # a Friday


def _one(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED)


# --- the day of a lone incident, told in a sentence of its own after a lead the statement dates ---------------------


def test_a_blast_verb_gives_its_day_to_a_lead_dated_by_the_statement() -> None:
    text = (
        "A landmine has killed three shepherds in the hills near the border, district officials said today.\n\n"
        "The device exploded on Tuesday evening, according to the district's police chief."
    )
    draft = _one(text)
    assert draft["event_date"] == "2024-06-11"
    assert draft["date_precision"] == "day"


def test_a_day_that_opens_its_sentence_dates_the_lone_incident() -> None:
    text = (
        "One armed smuggler was killed on the river border, the frontier service said on Thursday.\n\n"
        "Yesterday a frontier patrol and the police stopped a boat carrying drugs across the river near the post."
    )
    draft = _one(text)
    assert draft["event_date"] == "2024-06-13"  # the day before publication: the statement's day (Thursday)
    assert draft["date_precision"] == "day"


def test_a_day_told_with_the_hour_dates_the_lone_incident() -> None:
    text = (
        "Border guards opened fire on farmers digging a ditch near the frontier, wounding two, the ministry said "
        "in a statement.\n\nThe ministry says that on Wednesday, at about 10:30 local time, the farmers were at work "
        "on the ditch."
    )
    draft = _one(text)
    assert draft["event_date"] == "2024-06-12"
    assert draft["date_precision"] == "day"


def test_guard_a_day_in_another_slot_leaves_the_week() -> None:
    # "The announcement was made on …", a possessive day, a day in a relative clause: anyone's, not the incident's
    for later in (
        "The announcement was made on Tuesday, a day after the guards had detained two men.",
        "Police in the capital arrested four men over Tuesday's robbery of a bank.",
        "A relative said the agent who took the men called on Tuesday to ask for money.",
    ):
        draft = _one(f"Border guards shot dead two men crossing the frontier, officials said on Thursday.\n\n{later}")
        assert draft["date_precision"] == "week", later


def test_guard_two_days_told_so_leave_the_week() -> None:
    text = (
        "A landmine has killed two villagers near the border, officials said on Thursday.\n\n"
        "The mine went off on Tuesday, the police said. Yesterday a second mine exploded in the same field."
    )
    drafts = drafts_of(text, PUBLISHED)
    assert all(d["date_precision"] == "week" for d in drafts)


# --- the office's town, named for the speaker, is not the scene -----------------------------------------------------


def test_the_town_of_an_officials_office_is_not_the_scene() -> None:
    text = (
        "Seven men were killed in a gunbattle with border forces on the far side of the frontier, officials said on "
        "Thursday.\n\nAsad Khan, the assistant commissioner of the border town of Dalbandin, said the bodies had not "
        "been handed over."
    )
    assert _one(text).get("place") != "Dalbandin"


def test_the_head_of_a_village_is_not_the_scene() -> None:
    text = (
        "Stones were thrown at border guards near the frontier on Tuesday, and the border service blames Ali Osmonov, "
        "the head of the border village of Jar-Bashy, for the clash."
    )
    assert _one(text).get("place") != "Jar-Bashy"


def test_guard_a_village_named_as_the_scene_stays() -> None:
    text = "Stones were thrown at border guards in the border village of Jar-Bashy on Tuesday, the border service said."
    assert _one(text).get("place") == "Jar-Bashy"


# --- a compass word before the people's adjective still gives the country ---------------------------------------------


def test_a_compass_word_before_the_demonym_gives_the_country() -> None:
    text = (
        "Shootouts outside a north-eastern Iranian town have left three smugglers dead, state radio said on Thursday."
    )
    assert _one(text).get("country") == "IR"


def test_guard_the_demonym_town_without_a_compass_word_gives_it_as_before() -> None:
    text = "Shootouts outside an Iranian town have left three smugglers dead, state radio said on Thursday."
    assert _one(text).get("country") == "IR"


# --- armed smugglers of another nation killed by a state's guards: their nationality ---------------------------------


def test_armed_smugglers_of_a_named_nation_killed_by_guards_carry_it() -> None:
    text = (
        "Kyrgyz border guards stopped a group of armed Uzbek drug smugglers on Tuesday near the river, killing two "
        "of them in an exchange of fire, the border service said.\n\nThe others fled back across the river."
    )
    draft = _one(text)
    assert draft.get("victim_nationality") == "UZ"
    assert draft.get("target_type") is None


def test_smugglers_told_as_coming_from_a_country_carry_it() -> None:
    text = (
        "Tajik border guards fought drug smugglers who were crossing from Afghanistan on Tuesday, and two of the "
        "intruders were killed in the exchange of fire, the border service said."
    )
    assert _one(text).get("victim_nationality") == "AF"


def test_guard_smugglers_of_the_clash_country_and_guards_hit_carry_no_nationality() -> None:
    at_home = (
        "Tajik border guards stopped a group of armed Tajik drug smugglers on Tuesday near the river in Tajikistan, "
        "killing two of them, the border service said."
    )
    assert _one(at_home).get("victim_nationality") is None
    guards_hit = (
        "Two Tajik border guards were killed on Tuesday when armed Afghan drug smugglers opened fire on their patrol "
        "near the river, the border service said."
    )
    assert _one(guards_hit).get("target_type") == "border_guards"


# --- a mine's victims told at a village trade: civilians -------------------------------------------------------------


def test_a_mines_victims_collecting_firewood_are_civilians() -> None:
    text = (
        "A landmine killed two Kyrgyz who were collecting firewood near the border with Uzbekistan on Tuesday, "
        "officials said."
    )
    assert _one(text).get("target_type") == "civilians"


def test_a_mines_victims_told_grazing_cattle_in_a_later_sentence_are_civilians() -> None:
    text = (
        "Two teenagers were wounded on Tuesday when a mine went off near the border. The blast happened close to "
        "the village, where the boys were grazing cattle, a spokeswoman said."
    )
    assert _one(text).get("target_type") == "civilians"


def test_guard_a_mines_victims_at_no_trade_get_no_target() -> None:
    text = "Two teenagers were wounded on Tuesday when a mine went off near the border, a spokeswoman said."
    assert _one(text).get("target_type") is None
