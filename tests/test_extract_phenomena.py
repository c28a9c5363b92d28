"""Issue 14's third round: phenomena of the dev reports, each in sentences of our own.

Every test writes one phenomenon anew (never a report's sentence) and checks the general
rule that reads it: rocket fire as violence, one side's account naming who struck or
where the fire came from, a province told in apposition, a possessive "area of", a
language that is not a place, and an upper bound read as ``tracker add`` reads it.
"""

from __future__ import annotations

from _extract_helpers import MONDAY
from _extract_helpers import one_draft as _one
from incident_tracker.extract import extract_drafts
from incident_tracker.extract.attribution import read_attribution
from incident_tracker.extract.casualties import find_tolls
from incident_tracker.models import parse_casualties


def test_rockets_fired_on_a_day_are_an_event():
    draft = _one("Officials said on Monday that the other side fired forty rockets into the valley on Saturday.")
    assert draft["event_date"] == "2025-11-29"
    assert "rocket" in draft["weapons"]


def test_a_gun_battle_is_violence():
    draft = _one("Guards fought a gun battle with smugglers on Sunday near the river.")
    assert draft["event_date"] == "2025-11-30"


def test_an_upper_bound_is_read_as_tracker_add_reads_it():
    (toll,) = find_tolls("Up to 4 herders were killed, a village elder said.")
    assert toll.casualties == parse_casualties("up to 4")
    assert toll.casualties.best is None and toll.casualties.high == 4


def test_as_many_as_is_an_upper_bound_too():
    (toll,) = find_tolls("As many as 12 porters died in the avalanche of fire.")
    assert toll.casualties.best is None and toll.casualties.high == 12


def test_a_side_named_with_capitals_fired_is_alleged():
    found = read_attribution(
        "Three farmers were hurt on Friday when Afghan Border Forces opened fire on the fields, the army said."
    )
    assert found is not None and found.status == "alleged"
    assert found.perpetrator == "Afghan Border Forces"


def test_labelled_attackers_operating_from_a_country_are_alleged():
    found = read_attribution("Militants operating from Afghanistan fired shells at a post, the corps said.")
    assert found is not None and found.status == "alleged"
    assert found.perpetrator is not None and "Afghanistan" in found.perpetrator


def test_a_quoted_label_is_the_speakers_naming():
    found = read_attribution('A guard died when "miscreants" from the other side ambushed a patrol.')
    assert found is not None and found.status == "alleged"


def test_fire_from_a_country_told_by_one_side_is_an_alleged_origin():
    found = read_attribution("Rockets launched from Afghanistan hit two houses on Tuesday, the ministry said.")
    assert found is not None and found.status == "alleged"
    assert found.origin_country == "AF" and found.perpetrator is None


def test_fire_from_a_country_not_attributed_to_anyone_is_not_read():
    assert read_attribution("Rockets launched from Afghanistan hit two houses on Tuesday.") is None


def test_a_province_told_in_apposition_gives_way_to_the_town():
    draft = _one(
        "Four guards were killed on Sunday in a clash in Sistan-Baluchestan, the restive province in the southeast. "
        "The guards died in Saravan, near the border."
    )
    assert draft["place"] == "Saravan"


def test_a_possessive_area_of_is_the_place_and_gives_the_country():
    draft = _one("Gunmen fired into Iran's border area of Saravan on Sunday, killing two workers.")
    assert draft["place"] == "Saravan"
    assert draft["country"] == "IR"


def test_a_language_is_not_a_place():
    draft = _one("The group (its name means Army of Justice in Arabic) attacked a post on Sunday, killing two guards.")
    assert draft.get("place") is None


def test_a_separate_incident_on_the_same_day_is_its_own_draft():
    drafts = extract_drafts(
        "Militants attacked a post on Sunday morning, killing one soldier. "
        "In a separate incident on Sunday, a roadside bomb hit a convoy, wounding five soldiers.",
        MONDAY,
    )
    assert [(d.values["event_date"], d.values.get("killed"), d.values.get("injured")) for d in drafts] == [
        ("2025-11-30", 1, None),
        ("2025-11-30", None, 5),
    ]


def test_an_aside_on_another_day_does_not_take_the_undated_lead():
    drafts = extract_drafts(
        "One soldier was killed when militants fired on a post, the army said on Sunday.\n\n"
        "Also on November 10, a post in the same sector came under fire.",
        MONDAY,
    )
    assert len(drafts) == 1
    assert drafts[0].values["date_precision"] == "week" and drafts[0].values["killed"] == 1


def test_a_day_told_just_before_the_violence_dates_it():
    draft = _one(
        "On the morning of Nov. 27, a shepherd ran to the nearest post for help. "
        "He said armed men had stabbed his brother and taken the flock."
    )
    assert draft["event_date"] == "2025-11-27" and draft["date_precision"] == "day"


def test_a_side_losing_a_man_counts_one_dead():
    (toll,) = find_tolls("The patrol drove the intruders back but lost an officer in the exchange.")
    assert (toll.what, toll.casualties.best) == ("killed", 1)


def test_a_victim_named_in_apposition_still_counts_one():
    (toll,) = find_tolls("A Tajik border guard, 31-year-old Rustam N., was killed on Friday.")
    assert (toll.what, toll.casualties.best) == ("killed", 1)


def test_fired_back_and_armed_clashes_name_firearms():
    draft = _one("Two guards were hurt on Sunday in an armed clash with smugglers; the guards fired back.")
    assert draft["weapons"] == ["firearms"]


def test_a_day_told_with_the_region_before_the_violence_dates_it():
    draft = _one(
        "On the morning of Nov. 27, in the Issyk-Kul region, a shepherd ran to a post for help. "
        "He said armed men had stabbed his brother."
    )
    assert draft["event_date"] == "2025-11-27"


def test_fire_opened_on_civilians_with_words_between_names_the_victims():
    draft = _one('Troops opened "heavy and unprovoked fire" on civilians in the valley on Sunday, killing two.')
    assert draft["target_type"] == "civilians"


def test_people_kidnapped_are_the_victims_without_a_toll():
    draft = _one("Twelve border guards, two officers among them, were kidnapped on Sunday near the frontier.")
    assert draft["target_type"] == "border_guards"
    assert draft.get("killed") is None


def test_each_side_blaming_the_other_in_turn_is_disputed():
    draft = _one(
        "A guard was killed on Sunday in an exchange of fire on the border. "
        "Tajik officials blamed Kyrgyz border guards for the shooting. "
        "Kyrgyz media, meanwhile, put the blame on the Tajik border guards."
    )
    assert draft["attribution"] == "disputed"
    assert "perpetrator" not in draft


def test_two_allegations_against_one_side_stay_alleged():
    draft = _one(
        "A guard was killed on Sunday in an exchange of fire on the border. "
        "Tajik officials blamed Kyrgyz border guards for the shooting. "
        "Tajik media also put the blame on Kyrgyz soldiers."
    )
    assert draft["attribution"] == "alleged"


def test_believed_to_be_behind_it_is_suspected():
    found = read_attribution("Officials, however, believed that militants based in the hills might be behind it.")
    assert found is not None and found.status == "suspected"
    assert found.perpetrator == "militants based in the hills"
