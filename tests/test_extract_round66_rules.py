"""Rules from round 66's dev misses (issue 14): house-written sentences, one behaviour each."""

from __future__ import annotations

import datetime as dt

from incident_tracker.extract import extract_drafts

PUBLISHED = dt.date(2012, 3, 9)


def _one(text: str) -> dict[str, object]:
    drafts = extract_drafts(text, PUBLISHED)
    assert len(drafts) == 1, [d.values for d in drafts]
    return drafts[0].values


def test_overnight_on_two_named_days_is_those_days() -> None:
    values = _one("A blast tore up the line near a small station overnight on March 3-4, the railway said.")
    assert (values["event_date"], values.get("event_date_end")) == ("2012-03-03", "2012-03-04")


def test_overnight_alone_is_still_the_night_before() -> None:
    values = _one("A blast tore up the line near a small station overnight, the railway said.")
    assert values["event_date"] == "2012-03-08"


def test_figures_that_record_no_casualties_are_zero_and_zero() -> None:
    values = _one("A bomb went off under a goods train on Monday.\n\nThe ministry's figures record no casualties.")
    assert (values.get("killed"), values.get("injured")) == (0, 0)


def test_no_one_reported_killed_or_hurt_is_zero_and_zero() -> None:
    values = _one("A bomb went off under a goods train on Monday. No one is reported to have been killed or hurt.")
    assert (values.get("killed"), values.get("injured")) == (0, 0)


def test_no_one_killed_alone_leaves_the_wounded_unknown() -> None:
    values = _one("A bomb went off under a goods train on Monday. No one was killed.")
    assert values.get("killed") == 0 and "injured" not in values


def test_one_and_a_group_after_the_verb_add_up() -> None:
    values = _one("Soldiers from across the border shelled a checkpoint on Monday and wounded a guard and two farmers.")
    assert values["injured"] == 3
    assert values["target_type"] == "border_guards"


def test_one_and_one_after_the_verb_are_two() -> None:
    values = _one("Gunmen opened fire on a checkpoint on Monday and wounded a soldier and a shepherd.")
    assert values["injured"] == 2


def test_a_bridge_that_exploded_is_an_incident_on_infrastructure() -> None:
    values = _one("On March 5 a road bridge exploded between two villages in the border district.")
    assert values["event_date"] == "2012-03-05"
    assert values["sub_event_type"] == "Remote explosive/landmine/IED"
    assert values["target_type"] == "infrastructure"


def test_a_blast_that_damaged_a_pipeline_hit_infrastructure() -> None:
    values = _one("On March 5 a blast damaged a gas pipeline in the border district, officials said.")
    assert values["target_type"] == "infrastructure"


def test_a_blast_near_a_bridge_has_no_structure_as_target() -> None:
    values = _one("On March 5 a bomb went off near a bridge in the border district, officials said.")
    assert values.get("target_type") != "infrastructure"


def test_a_toll_keeps_its_own_target_beside_a_bridge() -> None:
    values = _one("On March 5 a blast on a bridge killed two policemen in the border district.")
    assert values["target_type"] == "police"


def test_a_blast_on_a_bridge_that_hurt_people_is_not_aimed_at_the_bridge() -> None:
    values = _one("On March 5 a blast on a bridge wounded three passers-by in the border district.")
    assert values.get("target_type") != "infrastructure"


def test_a_railway_station_is_no_structure_hit() -> None:
    values = _one("On March 5 an explosion at the railway station shook the border town, officials said.")
    assert values.get("target_type") != "infrastructure"


def test_the_two_ends_of_a_rail_link_are_not_the_scene() -> None:
    values = _one(
        "On March 5 a blast hit a culvert on the rail link between Kulob in Tajikistan and the Afghan town of Kunduz."
    )
    assert values.get("place") in (None, "")


def test_a_stretch_between_two_stations_is_the_scene() -> None:
    values = _one("On March 5 a railway bridge exploded between the Nurak and Sarband stations, officials said.")
    assert values["place"] == "between the Nurak and Sarband stations"


def test_a_track_between_two_towns_is_the_scene() -> None:
    values = _one("On March 5 a blast hit the track between the towns of Nurak and Sarband, officials said.")
    assert values["place"] == "track between the towns of Nurak and Sarband"
