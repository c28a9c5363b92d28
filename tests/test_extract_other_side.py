"""The other side of the border, a day heading the text, and the day named with its event (issue 14, extract140).

Every sentence here is written for this file, read against Monday 1 December 2025 ("on Saturday" is 29 November).
The fill tests fail on the code before this change (men who crossed "onto Tajik soil" gave no country, so a namesake
of the scene across the river gave its own; a place found in the country the fire came from gave that country;
"November 10, 2025 - …" heading a text was read as the event's day; "said the attack on Friday" was a day of saying;
"the south-eastern Iranian city of Zahedan" gave no place); the guards pass on both. docs/extract-journal.md,
"Incidents still missed, dates, and the country and place from the other side: rules (extract140)", gives the
measurement behind each.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from _extract_helpers import MONDAY as MONDAY_DAY
from _extract_helpers import drafts_of, one_draft
from incident_tracker.extract import extract_drafts, gazetteer_locator
from incident_tracker.extract.context import country_phrase
from incident_tracker.extract.roles import find_dateline

ONTO_THE_GROUND = [
    ("Four armed men crossed the river onto Tajik soil and opened fire on a border patrol.", "TJ"),
    ("A herder drove his flock onto Uzbek territory, where guards shot and wounded him.", "UZ"),
    ("The smugglers waded onto Afghan soil before the guards fired.", "AF"),
]


@pytest.mark.parametrize(("text", "country"), ONTO_THE_GROUND)
def test_the_ground_men_crossed_onto_is_the_events_country(text: str, country: str) -> None:
    assert country_phrase(text) == country


def test_a_draft_of_men_who_crossed_onto_the_ground_takes_its_country() -> None:
    draft = one_draft(
        "Border guards killed two smugglers on Saturday in the Kalot area of Darvoz district. The smugglers had "
        "crossed the Panj onto Tajik soil and fired on a patrol that ordered them to stop."
    )
    assert draft["country"] == "TJ"


FLED_BACK = [
    # where men went after the clash is not where it happened
    "Two of the smugglers escaped back onto Afghan soil after the guards opened fire.",
    "The other man got away onto Kyrgyz territory when the patrol fired.",
]


@pytest.mark.parametrize("text", FLED_BACK)
def test_the_ground_men_fled_back_onto_gives_no_country(text: str) -> None:
    assert country_phrase(text) is None


def test_the_ground_told_with_on_still_gives_its_country() -> None:
    # the reading before this change, kept
    assert country_phrase("Guards fired on a herder grazing cattle on Kyrgyz territory.") == "KG"


def test_a_day_heading_the_text_is_a_dateline_not_the_events_day() -> None:
    draft = one_draft(
        "November 29, 2025 - A bomb at a bus stand in Chaman has killed at least six people and wounded eleven.\n\n"
        "The police said the device had been planted in a cart near the stand."
    )
    # no day of its own: the week up to the filing day, not the filing day itself
    assert (draft["event_date"], draft["event_date_end"], draft["date_precision"]) == (
        "2025-11-23",
        "2025-11-29",
        "week",
    )


def test_a_day_heading_the_text_anchors_the_weekday_told_after_it() -> None:
    draft = one_draft(
        "November 29, 2025 -- Guards of the two states exchanged fire on Thursday near the Kulundu bridge, "
        "witnesses said."
    )
    assert (draft["event_date"], draft["date_precision"]) == ("2025-11-27", "day")


@pytest.mark.parametrize(
    "text",
    [
        "November 29, 2025 - A bomb killed six people in Chaman.",
        "29 November 2025 – A bomb killed six people in Chaman.",
    ],
)
def test_a_day_with_its_year_and_a_dash_heading_the_text_is_read_as_a_dateline(text: str) -> None:
    dateline = find_dateline(text, MONDAY_DAY)
    assert dateline is not None and dateline.city == "" and str(dateline.day) == "2025-11-29"


@pytest.mark.parametrize(
    "text",
    [
        # no year: a day the sentence may tell as the event's
        "November 29 - A bomb killed six people in Chaman.",
        # no dash: a sentence that opens with its day
        "November 29, 2025, was the day a bomb killed six people in Chaman.",
        "On November 29, 2025 - a Saturday - a bomb killed six people in Chaman.",
    ],
)
def test_a_day_without_a_year_or_a_dash_is_no_dateline(text: str) -> None:
    assert find_dateline(text, MONDAY_DAY) is None


def test_a_day_heading_the_text_gives_no_city_to_place_the_event() -> None:
    draft = one_draft("November 29, 2025 - Gunmen shot dead two guards at a post in Kurram on Friday.")
    assert draft["event_date"] == "2025-11-28"
    assert "November" not in str(draft.get("place", ""))


def test_the_day_named_with_the_attack_after_a_saying_verb_is_the_attacks() -> None:
    draft = one_draft(
        "Gunmen stormed a police post in Turbat and killed four policemen, officials said on Sunday.\n\n"
        "A local daily said the attack on Friday night began with a blast at the gate."
    )
    assert (draft["event_date"], draft["date_precision"]) == ("2025-11-28", "day")


def test_the_day_named_with_the_attack_after_the_attackers_fled_is_the_attacks() -> None:
    draft = one_draft(
        "Ten border policemen were killed in an ambush near the border, a spokesman said on Sunday.\n\n"
        "The gunmen fled after the attack on Friday near the town of Saravan, he added."
    )
    assert (draft["event_date"], draft["date_precision"]) == ("2025-11-28", "day")


def test_the_day_of_flight_without_the_event_named_is_still_not_the_events() -> None:
    # the reading before this change, kept: families' flight on Friday dates nothing
    draft = one_draft(
        "Shelling killed two villagers near Chitral, officials said on Sunday. Hundreds of families fled the area "
        "on Friday."
    )
    assert (draft["event_date"], draft["event_date_end"], draft["date_precision"]) == (
        "2025-11-24",
        "2025-11-30",
        "week",
    )


def test_a_day_said_on_before_the_attack_named_is_still_the_saying() -> None:
    # "said on Friday the attack …": the day follows the verb, not the noun
    draft = one_draft("Officials said on Friday the attack on a police post in Kech had killed two policemen.")
    assert draft["date_precision"] == "week"


def test_a_town_told_with_a_compass_word_before_the_demonym_is_the_place() -> None:
    draft = one_draft(
        "A bomb at a crowded mosque in the south-eastern Iranian city of Zahedan killed nine worshippers on Friday."
    )
    assert (draft["place"], draft["country"]) == ("Zahedan", "IR")


def test_a_province_told_with_a_compass_word_and_a_demonym_is_left_to_its_own_reading() -> None:
    # as before this change: a compass word before a province is often background, and is not read by this phrase
    draft = one_draft(
        "Gunmen killed two guards on Friday; the police chief of the eastern Afghan province of Kunar said the "
        "attackers fled."
    )
    assert draft.get("place") != "Kunar"


def _located(text: str, tmp_path: Path) -> dict[str, Any]:
    drafts = extract_drafts(text, MONDAY_DAY, locate=gazetteer_locator(tmp_path / "none.db"))
    assert len(drafts) == 1, [d.values for d in drafts]
    return drafts[0].values


def test_a_place_found_in_the_country_the_fire_came_from_is_not_the_scene(tmp_path: Path) -> None:
    # the gazetteer's Barikot is the Afghan one; the shells came from Afghanistan, so it is not where they landed
    draft = _located(
        "Shells fired from Afghanistan landed in Barikot on Saturday and killed two children, Pakistani officials "
        "said.",
        tmp_path,
    )
    assert draft["origin_country"] == "AF"
    assert "location" not in draft
    # the country is the one state named besides the origin (extract157, .across_origin), never the namesake's
    assert draft.get("country") == "PK"


def test_a_place_found_across_the_line_from_where_the_fire_came_keeps_its_country(tmp_path: Path) -> None:
    # the guard: fire from Pakistan landing in the Afghan Barikot is read as before
    draft = _located(
        "Rockets fired from Pakistan struck a house in Barikot on Saturday, killing two children, Afghan officials "
        "said.",
        tmp_path,
    )
    assert (draft["country"], draft["origin_country"]) == ("AF", "PK")


def test_an_attack_told_in_passing_in_the_lead_is_an_incident_of_its_own() -> None:
    drafts = drafts_of(
        "A roadside bomb tore through a police van in Khar on Saturday, hours after a suicide bombing in Peshawar, "
        "killing four policemen."
    )
    assert [(d["event_date"], d.get("place"), d.get("killed")) for d in drafts] == [
        ("2025-11-29", "Khar", 4),
        ("2025-11-29", "Peshawar", None),
    ]


def test_an_attack_a_day_before_told_in_passing_takes_the_day_before_and_its_own_toll() -> None:
    drafts = drafts_of(
        "Drones struck militants near the border on Saturday, killing six of them, officials said, a day after a "
        "shooting in which two guards were killed."
    )
    assert [(d["event_date"], d.get("killed")) for d in drafts] == [("2025-11-29", 6), ("2025-11-28", 2)]


def test_an_attack_told_in_passing_after_no_violence_of_the_lead_is_the_reports_own() -> None:
    # the guard: "reopened … a day after a grenade attack" tells one incident, the attack
    drafts = drafts_of(
        "The crossing at Torkham reopened on Sunday, a day after a grenade attack there wounded nine people."
    )
    assert len(drafts) == 1


def test_an_attack_told_in_passing_in_a_later_sentence_is_left_to_the_other_readings() -> None:
    drafts = drafts_of(
        "Gunmen killed two guards at a post in Kech on Saturday.\n\n"
        "Police stepped up patrols in the town, hours after a bombing in Turbat, officials said."
    )
    assert [d.get("place") for d in drafts] == ["Kech"]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands mourned the 12 dead in Quetta on Sunday, a day after a bombing at a market killed them.",
        "Funeral prayers were held on Sunday for the 12 people killed, a day after a bombing at a market in Quetta.",
    ],
)
def test_an_attack_told_in_passing_after_the_aftermath_is_no_second_incident(text: str) -> None:
    # the day of mourning is the lead's; the bombing told after it is the report's one incident
    assert len(drafts_of(text)) == 1
