"""Issue 14's fourth round: phenomena of the widened dev split, each in sentences of our own.

Every test writes one phenomenon anew (never a report's sentence) and checks the general
rule that reads it. The geocoding tests use a stub locator, so nothing here touches the
gazetteer or the network.
"""

from __future__ import annotations

from typing import Any

from _extract_helpers import one_draft as _one
from incident_tracker.extract.attribution import read_attribution


def test_an_earlier_event_told_in_its_own_paragraph_gives_no_toll() -> None:
    draft = _one(
        "Guards exchanged fire on the river on Sunday, the border service said.\n\n"
        "On November 12, troops of the other side opened mortar fire on a post. Four guards were wounded then, "
        "and the other side said three of its men were hurt."
    )
    assert draft["event_date"] == "2025-11-30"
    assert "injured" not in draft


def test_a_day_told_in_passing_does_not_cut_the_paragraph() -> None:
    draft = _one(
        "Shells hit the valley on Sunday, killing two shepherds, where rockets had fallen on Thursday night. "
        "Blasts were heard near the town of Qalai."
    )
    assert draft["killed"] == 2
    assert draft["place"] == "near the town of Qalai"  # "near" kept for the geocoder (extract106)


def test_a_day_of_asking_is_not_the_event_day() -> None:
    draft = _one(
        "Two soldiers were killed when gunmen fired on a post, the army said on Saturday.\n\n"
        "On Thursday the ministry had asked the neighbours to act against the militants who launch attacks."
    )
    assert draft["date_precision"] == "week"
    assert draft["event_date_end"] == "2025-11-29"


def test_mortar_fire_opened_is_violence() -> None:
    draft = _one("Guards on the other side opened heavy mortar fire on the village on Sunday.")
    assert draft["event_date"] == "2025-11-30"
    assert "mortar" in draft["weapons"]


def _locator(answers: dict[tuple[str, str | None], dict[str, Any]]) -> Any:
    def locate(place: str, country: str | None, /, named: frozenset[str] = frozenset()) -> Any:
        return answers.get((place, country), answers.get((place, None), {})), None

    return locate


def test_a_place_found_only_in_a_country_the_article_never_names_is_not_geocoded() -> None:
    far = {"country": "CN", "latitude": 33.3, "longitude": 105.6, "location": "Elsewhere", "geo_precision": "exact"}
    draft = _one(
        "One fighter was killed on Sunday in a clash in Afghanistan's Nimruz province, in the Kang district, "
        "with Iranian border guards.",
        locate=_locator({("Kang district", None): far}),
    )
    assert "latitude" not in draft
    assert draft.get("country") != "CN"


def test_attackers_told_by_where_they_came_from_are_alleged_with_the_origin() -> None:
    found = read_attribution(
        "Guards shot an armed smuggler who had crossed over from Afghanistan and lost a sergeant, the service said."
    )
    assert found is not None and found.status == "alleged"
    assert found.perpetrator == "an armed smuggler"
    assert found.origin_country == "AF"


def test_the_speakers_name_for_the_attackers_in_passing_is_alleged() -> None:
    found = read_attribution("The raiders, whom the ministry called terrorists, had fired on a patrol.")
    assert found is not None and (found.status, found.perpetrator) == ("alleged", "terrorists")


def test_labelled_attackers_inside_a_country_are_alleged() -> None:
    found = read_attribution("The army said militants inside Afghanistan had opened fire on a post on the ridge.")
    assert found is not None and found.status == "alleged"
    assert found.perpetrator is not None and found.perpetrator.startswith("militants inside Afghanistan")


def test_two_sides_firing_at_each_other_blames_nobody() -> None:
    assert read_attribution("Officials said Afghan and Pakistani guards had fired at each other for an hour.") is None


def test_a_side_that_began_shelling_is_alleged() -> None:
    found = read_attribution("An officer said Afghan troops suddenly began shelling the other side of the line.")
    assert found is not None and (found.status, found.perpetrator) == ("alleged", "Afghan troops")


def test_a_group_named_army_of_something_claims_it_does_not_confirm() -> None:
    found = read_attribution("The Army of the Faithful, a little-known group, said it was behind the raid.")
    assert found is not None and found.status == "claimed"


def test_clashes_with_a_terrorist_group_name_the_speakers_perpetrator() -> None:
    found = read_attribution("Police said two guards died in clashes with members of a terrorist group overnight.")
    assert found is not None and found.status == "alleged"


def test_a_killing_by_a_named_force_is_alleged() -> None:
    found = read_attribution("Kabul protested against the killing of nine labourers by Iranian border guards.")
    assert found is not None and (found.status, found.perpetrator) == ("alleged", "Iranian border guards")


def test_a_night_of_two_days_is_a_span() -> None:
    draft = _one("Troops stopped an infiltration on the night of November 28/29, killing four fighters.")
    assert (draft["event_date"], draft["event_date_end"], draft["date_precision"]) == (
        "2025-11-28",
        "2025-11-29",
        "days",
    )


def test_the_day_of_a_summons_is_not_the_event_day() -> None:
    draft = _one(
        "Guards shot dead six labourers crossing the border, officials said on Sunday.\n\n"
        "Kabul summoned the ambassador on Sunday to protest against the killings."
    )
    assert draft["date_precision"] == "week"


def test_a_toll_of_earlier_attacks_is_background() -> None:
    draft = _one(
        "Two guards died in a clash on the river on Sunday, officials said.\n\n"
        "On November 2, officials said four people had been killed and six wounded in two earlier attacks."
    )
    assert draft["killed"] == 2
    assert "injured" not in draft


def test_the_last_step_of_a_story_dates_the_clash_that_ends_it() -> None:
    draft = _one(
        "Three armed men were killed after refusing to surrender, the border service said on Monday.\n\n"
        "The service said the men crossed the river on Friday and were tracked down on Saturday."
    )
    assert (draft["event_date"], draft["date_precision"]) == ("2025-11-29", "day")


def test_a_man_killed_and_an_officer_lost_count_two() -> None:
    draft = _one("Guards killed an armed man near the river on Sunday and lost one of their officers.")
    assert draft["killed"] == 2


def test_wounded_another_counts_one() -> None:
    draft = _one("On Sunday the patrol killed one of the smugglers and wounded another.")
    assert draft["injured"] == 1


def test_the_attackers_dead_told_later_add_up_with_a_named_label() -> None:
    draft = _one(
        "Two soldiers were martyred on Sunday night when troops stopped an infiltration, the army said.\n\n"
        "Four khwarij were killed and three others were wounded, it said."
    )
    assert draft["killed"] == 6


def test_a_breakdown_of_a_total_of_people_is_not_added_again() -> None:
    draft = _one(
        "Five people died in a clash on the border on Sunday, officials said.\n\n"
        "Three intruders were killed, and two guards also lost their lives."
    )
    assert draft["killed"] == 5


def test_a_tally_of_the_year_and_its_paragraph_are_background() -> None:
    draft = _one(
        "A guard was killed in a gunfight with smugglers on Sunday, the service said.\n\n"
        "There have been 20 clashes on the border this year. Eleven smugglers were killed and four were wounded."
    )
    assert draft["killed"] == 1
    assert "injured" not in draft


def test_shelling_with_rockets_named_is_the_rockets() -> None:
    draft = _one("On Sunday the other side fired 40 rockets at the valley; the shelling went on for hours.")
    assert draft["weapons"] == ["rocket"]


def test_shelling_alone_is_artillery() -> None:
    draft = _one("Border villages came under heavy shelling on Sunday, killing a farmer.")
    assert "artillery" in draft["weapons"]


def test_a_shootout_between_guards_is_an_armed_clash_with_firearms() -> None:
    draft = _one("A shootout broke out between the border guards of the two countries on Sunday.")
    assert draft["sub_event_type"] == "Armed clash"
    assert "firearms" in draft["weapons"]


def test_residents_throwing_stones_are_a_mob() -> None:
    draft = _one("On Sunday night residents from across the line threw stones at a car, hurting its driver.")
    assert (draft["event_type"], draft["sub_event_type"]) == ("Riots", "Mob violence")


def test_stones_before_two_forces_fight_each_other_start_a_clash() -> None:
    draft = _one(
        "On Sunday villagers threw stones at each other, then the border troops of the two countries exchanged fire."
    )
    assert draft["sub_event_type"] == "Armed clash"


def test_the_story_told_before_an_undated_clash_gives_its_scene() -> None:
    draft = _one(
        "Three armed men were killed after refusing to surrender, the border service said on Monday.\n\n"
        "The service said the men crossed on Friday at the village of Qarakul and were tracked down on Saturday."
    )
    assert draft["place"] == "Qarakul"


def test_a_quoted_post_name_is_a_place() -> None:
    draft = _one("A guard was killed near the 'Shurobod' frontier post on Sunday.")
    assert "Shurobod" in draft["place"]


def test_an_officer_of_the_border_guards_is_a_border_guard() -> None:
    draft = _one("Border guards fought smugglers on Sunday and lost one of their officers.")
    assert draft["target_type"] == "border_guards"


def test_citizens_of_the_other_side_acting_are_alleged() -> None:
    found = read_attribution("The service said citizens of Uzbekistan threw stones at a bus near the post.")
    assert found is not None and (found.status, found.perpetrator) == ("alleged", "citizens of Uzbekistan")


def test_shot_dead_and_wounded_others_are_two_counts() -> None:
    draft = _one("On Sunday guards shot dead six herders and wounded two others near the line.")
    assert (draft["killed"], draft["injured"]) == (6, 2)


def test_so_far_between_count_and_verb_still_counts() -> None:
    draft = _one("Two soldiers had so far been injured in the gun battle on Sunday.")
    assert draft["injured"] == 2


def test_earlier_in_a_month_is_another_event_but_earlier_in_the_day_is_not() -> None:
    draft = _one(
        "Two guards were killed in a gunfight on Sunday, officials said.\n\n"
        "Earlier in November, the neighbours were accused of air strikes on the valley."
    )
    assert draft["weapons"] == ["firearms"]
    kept = _one(
        "Two guards were killed in a gunfight on Sunday, officials said.\n\n"
        "Earlier in the day, a spokesman said the attackers had fired mortar rounds."
    )
    assert "mortar" in kept["weapons"]


def test_a_habit_of_blaming_each_other_is_not_this_events_dispute() -> None:
    assert read_attribution("The two countries often accuse each other of firing across the line.") is None


def test_a_side_that_was_firing_mortars_is_alleged() -> None:
    found = read_attribution("Afghan forces were once more firing mortars on villages, a commander said.")
    assert found is not None and (found.status, found.perpetrator) == ("alleged", "Afghan forces")
