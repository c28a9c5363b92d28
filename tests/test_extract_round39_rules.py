"""Round 39's dev misses as general mechanisms of the reader (the forty-sixth round).

Every sentence here is written for this file; none is a report's. Each mechanism has a test of what it fills and
one of what it leaves as it was; the dev figures are in docs/extract-journal.md (*Round 39's dev misses*).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from typer.testing import CliRunner

from incident_tracker.cli import app
from incident_tracker.extract import extract_drafts, gazetteer_locator
from incident_tracker.extract.attribution import read_attribution
from incident_tracker.extract.context import country_phrase
from incident_tracker.extract.draft import Draft
from incident_tracker.extract.vocab import target_type

PUBLISHED = dt.date(2024, 6, 14)  # a Friday


def _draft(text: str, **kwargs: object) -> Draft:
    drafts = extract_drafts(text, PUBLISHED, **kwargs)  # type: ignore[arg-type]
    assert len(drafts) == 1, [d.values for d in drafts]
    return drafts[0]


# --- victims: a state force told as the people hit --------------------------------------------------------------


def test_people_killed_on_a_bus_of_a_force_are_that_forces_men() -> None:
    draft = _draft(
        "At least nine people were killed on Tuesday in a bomb attack on a bus of the Revolutionary Guards "
        "near Saravan, officials said."
    )
    assert draft.values["target_type"] == "military"


def test_people_counted_with_a_force_among_them_are_that_forces_men() -> None:
    draft = _draft("Gunmen killed at least eight people, six of them men of the Navy, on Tuesday near Pasni.")
    assert draft.values["target_type"] == "military"
    passengers = _draft("Gunmen killed at least eight passengers, Navy personnel among them, on Tuesday near Pasni.")
    assert passengers.values["target_type"] == "military"


def test_a_force_named_among_the_dead_only_in_a_later_sentence_leaves_the_passengers() -> None:
    draft = _draft(
        "Gunmen stopped a bus and killed at least eight passengers on Tuesday near Pasni, officials said.\n\n"
        "A naval official was among the dead, they said."
    )
    assert draft.values.get("target_type") != "military"


def test_people_killed_on_a_bus_of_civilians_stay_civilians() -> None:
    draft = _draft("At least nine people were killed on Tuesday when a bomb hit a bus carrying pilgrims near Saravan.")
    assert draft.values.get("target_type") != "military"


def test_coast_guards_are_a_military_service_not_border_guards() -> None:
    assert target_type("Coast Guard personnel") == "military"
    assert target_type("border guards") == "border_guards"


# --- type: people taken off a vehicle and shot ----------------------------------------------------------------------


def test_passengers_taken_off_a_bus_and_shot_is_an_attack_whoever_they_were() -> None:
    draft = _draft(
        "Gunmen ambushed two buses near Pasni on Tuesday and killed at least eight soldiers.\n\n"
        "The gunmen took the soldiers off the buses, lined them up by the road and shot them, officials said."
    )
    assert draft.values["sub_event_type"] == "Attack"


def test_soldiers_killed_in_an_ambush_with_no_one_taken_off_stay_a_clash() -> None:
    draft = _draft("Gunmen ambushed an army patrol near Pasni on Tuesday and killed at least eight soldiers.")
    assert draft.values["sub_event_type"] == "Armed clash"


# --- place: a road as the scene ---------------------------------------------------------------------------------


def test_a_named_road_is_the_place() -> None:
    draft = _draft("A roadside bomb killed three soldiers on Tuesday on the Saravan-Zahedan road, officials said.")
    assert draft.values["place"] == "Saravan-Zahedan road"


def test_the_road_between_two_towns_is_the_place() -> None:
    draft = _draft(
        "A roadside bomb killed three soldiers on Tuesday.\n\n"
        "Officials said the soldiers were on the road between the towns of Saravan and Zahedan at the time."
    )
    assert draft.values["place"] == "road between the towns of Saravan and Zahedan"


def test_a_spot_on_a_road_is_narrower_than_the_area_read_before() -> None:
    draft = _draft(
        "Gunmen killed eight passengers on Tuesday in the Pasni area, officials said.\n\n"
        "The attackers stopped the buses at Kund Top on the Makran Coastal Highway, officials said."
    )
    assert draft.values["place"] == "Kund Top on the Makran Coastal Highway"


def test_a_pass_top_is_narrower_than_the_area() -> None:
    draft = _draft(
        "Gunmen killed eight passengers on Tuesday in the Pasni area.\n\nThe attack at Kund Top lasted an hour."
    )
    assert draft.values["place"] == "Kund Top"


def test_a_road_told_with_the_area_or_town_on_it_leaves_the_area_or_town() -> None:
    in_area = _draft("A bomb killed three soldiers on Tuesday along the Saravan-Zahedan road in the Kalagan area.")
    assert in_area.values["place"] == "Kalagan area"
    near_town = _draft("A bomb killed three soldiers on Tuesday near Kalagan on the Saravan-Zahedan road.")
    assert near_town.values["place"] == "near Kalagan"


# --- attribution and actor ------------------------------------------------------------------------------------------


def test_a_claim_by_a_group_named_after_its_description_is_read() -> None:
    found = read_attribution("A militant group, Jaish al-Adl or Army of Justice, has claimed the attack, IRNA said.")
    assert found is not None and found.status == "claimed" and found.perpetrator == "Jaish al-Adl"


def test_blame_laid_at_a_states_door_is_an_allegation() -> None:
    found = read_attribution("The Guards laid the attack at the door of the United States, without saying how.")
    assert found is not None and found.status == "alleged" and found.perpetrator == "United States"
    assert found.attributed_by == "Guards"


def test_a_claim_told_in_the_present_is_a_claim_and_what_the_attack_was_is_not() -> None:
    found = read_attribution("Baloch insurgents claim the attack, saying they targeted soldiers.")
    assert found is not None and found.status == "claimed" and found.perpetrator is None
    assert read_attribution("Police claim the attack was planned in advance.") is None


# --- injured: a revised toll ----------------------------------------------------------------------------------------


def test_a_revised_toll_replaces_the_first_count_of_the_wounded() -> None:
    draft = _draft(
        "A bomb hit an army bus near Saravan on Tuesday. A source said at least 12 had been killed and 15 wounded.\n\n"
        "Later the army put out a new toll: 14 soldiers had been killed and 9 wounded."
    )
    assert (draft.values["killed"], draft.values["injured"]) == (14, 9)


def test_a_risen_death_toll_leaves_the_count_of_the_wounded() -> None:
    draft = _draft(
        "A bomb hit an army bus near Saravan on Tuesday, killing 12 soldiers and wounding 15.\n\n"
        "The death toll later rose to 14, while 9 remained in hospital."
    )
    assert draft.values["injured"] == 15


# --- country ------------------------------------------------------------------------------------------------------


def test_the_part_of_the_country_is_the_one_country_its_sentence_names() -> None:
    assert country_phrase("Ten of Iran's guards were killed in the restive southeast of the country.") == "IR"
    assert country_phrase("Ten Afghan guards were killed in Pakistan's clashes in the south of the country.") is None


def test_a_dateline_of_two_cities_places_by_their_one_country(tmp_path: Path) -> None:
    locate = gazetteer_locator(tmp_path / "none.db")
    text = "QUETTA/GWADAR: Gunmen killed at least eight passengers on Wednesday night in the Kund area near Pasni."
    assert _draft(text, locate=locate).values.get("country") == "PK"


def test_the_cli_reads_a_road_and_a_force_on_a_bus(tmp_path: Path) -> None:
    article = tmp_path / "report.txt"
    article.write_text(
        "At least nine people were killed on Tuesday in a bomb attack on a bus of the Revolutionary Guards on the "
        "Saravan-Zahedan road, officials said.",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", str(article), "--published", PUBLISHED.isoformat(), "--json"])
    assert result.exit_code == 0, result.output
    values = json.loads(result.stdout)[0]["values"]
    assert values["place"] == "Saravan-Zahedan road"
    assert values["target_type"] == "military"
