"""Round 73's dev misses: rules (issue 14, extract131).

Every sentence here is written for this file; none is a report's. Each mechanism has tests of what it reads (they fail
on main's code before this work) and guards of what it leaves as it was, which pass on main's code too.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import drafts_of, one_draft
from incident_tracker.extract.roles import find_dateline

PUBLISHED = dt.date(2024, 6, 11)  # a Tuesday


def _one(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED)


# --- a dateline closed by a full stop: the filing day, never the event's --------------------------------------------


def test_a_dateline_closed_by_a_full_stop_is_the_filing_day_not_the_clash() -> None:
    text = (
        "KHOROG, 10 June, Pamir Info. Tajik border guards fought armed smugglers near a river crossing, the border "
        "service said. The fighting took place on 7 June near the Ishkashim post."
    )
    draft = _one(text)
    assert draft["event_date"] == "2024-06-07"
    assert draft["date_precision"] == "day"


def test_the_full_stop_forms_are_read_with_a_year_without_an_agency_and_alone() -> None:
    with_year = find_dateline("Tajikistan, 10 June 2024, Avesta. Guards fought smugglers.", PUBLISHED)
    assert with_year is not None and with_year.day == dt.date(2024, 6, 10) and with_year.agency == "Avesta"
    month_first = find_dateline("DUSHANBE, June 10, 2024, Asia-Plus. Guards fought smugglers.", PUBLISHED)
    assert month_first is not None and month_first.day == dt.date(2024, 6, 10) and month_first.city == "Dushanbe"
    no_agency = find_dateline("BISHKEK, 10 June. Border guards fought smugglers.", PUBLISHED)
    assert no_agency is not None and no_agency.day == dt.date(2024, 6, 10) and no_agency.agency is None
    alone = find_dateline("OSH, 10 June, Kabar.", PUBLISHED)  # the sentence splitter leaves it on its own
    assert alone is not None and alone.day == dt.date(2024, 6, 10)


def test_guard_a_sentence_that_opens_on_a_place_and_a_day_is_no_dateline() -> None:
    assert find_dateline("Kabul, the capital, was quiet on 10 June. Guards fought smugglers.", PUBLISHED) is None
    assert find_dateline("In Osh, 10 June. Guards fought smugglers.", PUBLISHED) is None
    assert find_dateline("Osh, 10 June, was quiet. Guards fought smugglers.", PUBLISHED) is None


# --- fire told in the passive: violence, and a force's men under fire fought a battle -------------------------------


def test_fire_opened_on_guards_in_the_passive_is_a_clash_with_firearms() -> None:
    text = (
        "Fire was opened on a Kyrgyz border patrol from the far bank of the river on Sunday, and the guards had to "
        "fire back, the border service said."
    )
    draft = _one(text)
    assert draft["event_date"] == "2024-06-09"
    assert draft["sub_event_type"] == "Armed clash"
    assert draft["weapons"] == ["firearms"]


def test_guards_who_came_under_fire_from_the_other_side_fought_a_battle() -> None:
    text = (
        "While the guards were checking a pasture near the border on Sunday, they came under fire from the "
        "neighbouring side for half an hour, a spokesman said."
    )
    draft = _one(text)
    assert draft["sub_event_type"] == "Armed clash"
    assert draft.get("target_type") is None


def test_guard_under_fire_for_a_decision_is_no_violence() -> None:
    text = "The border service came under fire for the closure of the crossing on Sunday, a spokesman said."
    assert drafts_of(text, PUBLISHED) == []
    text = "Border guards came under fire over the closure of the crossing on Sunday, a spokesman said."
    assert drafts_of(text, PUBLISHED) == []


def test_guard_a_bus_under_fire_is_no_battle() -> None:
    text = "A bus carrying pilgrims came under fire near the border on Sunday, killing two passengers."
    draft = _one(text)
    assert draft["sub_event_type"] != "Armed clash"


# --- the party a state's men fought, told as the object of "fought" ---------------------------------------------------


def test_guards_who_fought_the_smugglers_name_them_the_perpetrator() -> None:
    text = (
        "Kyrgyz border guards fought the Tajik drug dealers near a river ford on Sunday, a spokesman said. In the "
        "shootout one guard was wounded."
    )
    draft = _one(text)
    assert draft["attribution"] == "alleged"
    assert draft["perpetrator"] == "Tajik drug dealers"


def test_guard_a_war_fought_for_years_names_no_one() -> None:
    text = (
        "A roadside bomb killed two soldiers in the valley on Sunday. The army has fought Taliban and other militants "
        "in the valley for more than ten years."
    )
    draft = _one(text)
    assert draft["attribution"] == "unattributed"
    assert draft.get("perpetrator") is None


# --- another incident in a paragraph that opens on its day, told by the incident's ------------------------------------

_ROUNDUP = (
    "On Sunday a suicide bomber drove a car packed with explosives into an army convoy near Razmak, killing three "
    "soldiers.\n\n"
    "On the same day, helicopter gunships bombed a border post in the Datta Khel area. One soldier was killed and two "
    "were hurt.\n\n"
    "The next day at least six mortar shells fired from across the border landed near Ghulam Khan, wounding a boy."
)


def test_paragraphs_opening_on_the_same_day_and_the_next_day_are_incidents_of_their_own() -> None:
    drafts = drafts_of(_ROUNDUP, PUBLISHED)
    assert [(d["event_date"], d.get("killed"), d.get("injured")) for d in drafts] == [
        ("2024-06-09", 4, None),  # the bomber among the dead, as the corpus codes him
        ("2024-06-09", 1, 2),
        ("2024-06-10", None, 1),
    ]
    assert drafts[1]["sub_event_type"] == "Air/drone strike"  # not the bomb's; and the bomber is not its dead
    assert drafts[2]["weapons"] == ["mortar"]


def test_a_source_cited_in_brackets_with_its_day_does_not_date_the_event() -> None:
    text = (
        "On June 7 gunmen attacked a border post near the Ghulam Khan crossing. Two guards were killed. (Dawn, June 10)"
        "\n\n"
        "On the same day, a roadside bomb went off near the crossing. Three soldiers were wounded. (The News, June 10)"
    )
    drafts = drafts_of(text, PUBLISHED)
    assert [(d["event_date"], d.get("killed"), d.get("injured")) for d in drafts] == [
        ("2024-06-07", 2, None),
        ("2024-06-07", None, 3),
    ]


def test_guard_the_same_day_told_by_a_speaker_or_in_the_same_paragraph_is_the_same_incident() -> None:
    text = (
        "On Sunday gunmen killed two border guards near the Ghulam Khan crossing.\n\n"
        "On the same day, officials said the attackers had fled across the border after the shooting."
    )
    assert len(drafts_of(text, PUBLISHED)) == 1
    text = (
        "On Sunday gunmen killed two border guards near the Ghulam Khan crossing. The same day the attackers were "
        "shot at as they fled across the border."
    )
    assert len(drafts_of(text, PUBLISHED)) == 1


# --- a strike from the air told by what the aircraft did --------------------------------------------------------------


def test_aircraft_that_dropped_bombs_or_attacked_struck_from_the_air() -> None:
    for text in (
        "Coalition aircraft dropped two bombs on a border post on Sunday, killing one soldier.",
        "A NATO aircraft attacked the group on Sunday, killing one insurgent.",
        "Helicopter gunships of the coalition in Afghanistan bombed a border post on Sunday, killing one soldier.",
    ):
        draft = _one(text)
        assert draft["sub_event_type"] == "Air/drone strike", text
        assert "airstrike" in draft["weapons"], text


def test_guard_an_aircraft_attacked_on_the_ground_is_no_strike_from_the_air() -> None:
    text = "Militants attacked a parked military aircraft at the base on Sunday, wounding two guards."
    assert _one(text)["sub_event_type"] != "Air/drone strike"
