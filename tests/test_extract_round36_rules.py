"""Round 36's dev misses as general mechanisms of the reader (the forty-third round).

Every sentence here is written for this file; none is a report's. Each mechanism has a test of what it fills and
one of what it leaves as it was; the dev figures are in docs/extract-journal.md (*Round 36's dev misses*).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from incident_tracker.cli import app
from incident_tracker.extract import extract_drafts
from incident_tracker.extract.casualties import find_tolls
from incident_tracker.extract.draft import Draft
from incident_tracker.extract.place import read_place
from incident_tracker.extract.sentences import Sentence

PUBLISHED = dt.date(2024, 6, 14)  # a Friday


def _draft(text: str, **kwargs: Any) -> Draft:
    drafts = extract_drafts(text, PUBLISHED, **kwargs)
    assert len(drafts) == 1, [d.values for d in drafts]
    return drafts[0]


def _place(text: str) -> dict[str, Any]:
    draft = Draft()
    read_place(draft, Sentence(text, 0, 0), text)
    return draft.values


# --- the firing side's own account of its justified fire, read as "alleged" before -----------------------------


def test_own_officials_telling_the_crossers_forced_their_way_is_confirmed() -> None:
    draft = _draft(
        "Iranian border guards opened fire on Thursday on a group of smugglers who were trying to force their way "
        "into the country, killing two of them, officials said."
    )
    assert draft.values["attribution"] == "confirmed"


def test_a_herder_who_ignored_their_demand_and_the_guards_forced_to_use_their_weapons_is_confirmed() -> None:
    draft = _draft(
        "On 12 June a Tajik border patrol used its weapons against a shepherd from the village of Dahana. "
        "The Tajik border service says its men saw him cross. He ignored their demand to stop, so the guards of the "
        "neighbouring country were forced to use their weapons, and he was wounded in the right leg."
    )
    assert draft.values["attribution"] == "confirmed"


def test_an_officer_quoted_on_people_crossing_illegally_is_confirmed() -> None:
    draft = _draft(
        "Turkmen border guards on Wednesday shot dead a man who tried to cross the river at night. "
        '"A few men tried to get across the border illegally and the security forces fired on them," an officer '
        "at the post told reporters."
    )
    assert draft.values["attribution"] == "confirmed"


def test_the_outlets_own_narrative_of_fire_on_illegal_crossers_stays_alleged() -> None:
    # no one tells it: the outlet's narrative, and its one speaker is of the victims' side
    draft = _draft(
        "Three Afghan migrants were killed on Wednesday when Iranian border guards opened fire on them as they tried "
        "to cross the border into Iran illegally. A provincial official in Nimroz said the men had been stopped."
    )
    assert draft.values["attribution"] == "alleged"


def test_the_victims_side_telling_the_justification_stays_alleged() -> None:
    draft = _draft(
        "Afghan officials said on Wednesday that Iranian border guards fired on a group trying to cross "
        "without papers, killing two of them."
    )
    assert draft.values["attribution"] == "alleged"


# --- the other government's answer placed by its capital ---------------------------------------------------------


def test_a_counter_charge_told_from_the_other_capital_makes_it_disputed() -> None:
    draft = _draft(
        "Two people were killed on Thursday when Afghan forces fired mortars at a village near the crossing, the "
        "Pakistani authorities said. In Kabul, a spokesman for the defence ministry blamed Pakistan for opening fire."
    )
    assert draft.values["attribution"] == "disputed"
    assert "perpetrator" not in draft.values


def test_residents_in_the_other_capital_are_no_sides_account() -> None:
    draft = _draft(
        "Two people were killed on Thursday when Afghan forces fired mortars at a village near the crossing, the "
        "Pakistani authorities said. In Kabul, residents said they blamed Pakistan for opening fire."
    )
    assert draft.values["attribution"] == "alleged"


# --- a background paragraph's other day -------------------------------------------------------------------------


def test_a_bombing_a_day_before_told_in_a_background_paragraph_does_not_type_the_shooting() -> None:
    draft = _draft(
        "Pakistani border guards on Friday shot dead a man who tried to climb the fence at the crossing.\n\n"
        "Thousands of people are waiting at the airport in the capital for a seat on a flight. "
        "On Thursday suicide bombers killed dozens of people at the airport."
    )
    assert draft.values["killed"] == 1
    assert draft.values["weapons"] == ["firearms"]
    assert draft.values["sub_event_type"] == "Attack"


def test_a_day_off_told_in_the_incidents_own_paragraph_is_still_the_incident() -> None:
    draft = _draft(
        "Pakistani border guards on Friday shot dead a man who tried to climb the fence at the crossing. "
        "Late on Thursday night two more men were wounded there by gunfire."
    )
    assert draft.values["injured"] == 2


# --- heavy weapons, and fire told again after a heavy weapon ------------------------------------------------------


def test_fire_with_heavy_weapons_is_firearms_and_artillery() -> None:
    draft = _draft(
        "One civilian was killed on Thursday when Afghan forces opened fire with heavy weapons on the village of "
        "Kali Bagh, officials said."
    )
    assert set(draft.values["weapons"]) == {"firearms", "artillery"}
    assert draft.values["sub_event_type"] == "Shelling/artillery/missile attack"


def test_heavy_weapons_used_name_no_kind() -> None:
    draft = _draft("Two soldiers were killed on Thursday when militants used heavy weapons in an attack on a post.")
    assert "artillery" not in draft.values.get("weapons", [])


def test_firing_told_after_mortars_is_the_mortars_fire() -> None:
    draft = _draft(
        "Two people were killed on Thursday when Afghan forces fired mortars at civilians near the crossing. "
        "Security officials said the Afghan forces started it, firing at soldiers who were mending the fence."
    )
    assert draft.values["weapons"] == ["mortar"]


def test_shooting_told_after_mortars_is_still_gunfire() -> None:
    draft = _draft(
        "Two people were killed on Thursday when Afghan forces fired mortars at civilians near the crossing. "
        "The shooting went on for two hours, officials said."
    )
    assert set(draft.values["weapons"]) == {"mortar", "firearms"}


# --- the wounded: "a couple of others", one person's wound ------------------------------------------------------


def test_a_couple_of_others_counts_two() -> None:
    tolls = find_tolls("The guards opened fire, killing one man and wounding a couple of others.")
    assert [(t.what, t.casualties.best) for t in tolls] == [("killed", 1), ("injured", 2)]


def test_a_couple_named_as_a_pair_is_no_count() -> None:
    assert find_tolls("A couple and their son were waiting at the gate when the shooting began.") == []


def test_his_wound_told_by_where_it_struck_counts_one_hurt() -> None:
    tolls = find_tolls("The guards opened fire and he was wounded in the left thigh.")
    assert [(t.what, t.casualties.best) for t in tolls] == [("injured", 1)]


def test_a_wound_he_died_of_counts_no_one_hurt() -> None:
    assert find_tolls("He was wounded in the chest and died on the way to hospital.") == []


# --- places: where someone lives, where the wounded were treated, a scene beside the line -------------------------


def test_where_the_victim_lives_is_not_the_scene() -> None:
    assert "place" not in _place("The herder lives in the village of Dahana in Sughd region.")


def test_the_village_where_it_happened_is_still_read() -> None:
    assert _place("The herder was shot in the village of Dahana.")["place"] == "Dahana"


def test_the_hospitals_town_and_region_are_not_the_scene_but_its_country_is_said() -> None:
    values = _place("He was taken to the district hospital in Kerki, in Turkmenistan's Lebap region.")
    assert "place" not in values
    assert values["_country_mention"] == "TM"


def test_a_clash_that_broke_out_on_the_border_by_a_village_is_placed_there() -> None:
    draft = _draft(
        "Two soldiers were wounded when guards of both sides exchanged fire near the Ghulam Khan crossing.\n\n"
        "The fighting broke out on Thursday on the border by Sarobi village, in the Sperah district of Khost province."
    )
    assert draft.values["place"] == "near Sarobi village"


def test_by_after_no_word_of_the_line_names_who_acted() -> None:
    draft = _draft(
        "Two soldiers were wounded near the Ghulam Khan crossing.\n\n"
        "The fighting broke out on Thursday after an attack by Taliban fighters."
    )
    assert draft.values["place"] != "near Taliban"


def test_the_cli_reads_the_herders_case(tmp_path: Path) -> None:
    article = tmp_path / "report.txt"
    article.write_text(
        "On 12 June a Tajik border patrol used its weapons against a shepherd. He lives in the village of Dahana. "
        "The Tajik border service says its men saw him cross. He ignored their demand to stop, so the guards were "
        "forced to use their weapons, and he was wounded in the right leg.",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", str(article), "--published", PUBLISHED.isoformat(), "--json"])
    assert result.exit_code == 0, result.output
    values = json.loads(result.stdout)[0]["values"]
    assert values["attribution"] == "confirmed"
    assert values["injured"] == 1
    assert values.get("place") != "Dahana"
