"""Issue 14's fifth round: how a report tells the scene, each in sentences of our own.

Every test writes one phenomenon anew (never a report's sentence) and checks the general
rule that reads it; nothing here touches the gazetteer or the network.
"""

from __future__ import annotations

from _extract_helpers import one_draft as _one


def test_lives_lost_and_martyrdom_are_violence() -> None:
    draft = _one("Three guards lost their lives on Sunday defending a post in the Zorak valley.")
    assert draft["event_date"] == "2025-11-30"
    assert draft["place"] == "Zorak valley"
    draft = _one("Following the martyrdom of four guards on the Qalat road on Sunday, the minister sent a team.")
    assert draft["event_date"] == "2025-11-30"


def test_two_names_of_one_kind_are_one_place() -> None:
    draft = _one(
        "Troops began shelling in the Kili Sarwar and Kili Daud area of Dolan district on Sunday. "
        "The authorities closed the Dolan crossing because of the firing."
    )
    assert draft["place"] == "Kili Sarwar and Kili Daud area"
    draft = _one("Two guards were killed in Khorasan and Balkh province on Sunday.")
    assert draft["place"] == "Khorasan and Balkh province"
    draft = _one("Two guards were killed in Kabul and Herat on Sunday.")
    assert "place" not in draft  # two places, nothing says which: neither (the fifteenth round)


def test_the_scene_told_in_the_next_paragraph_places_the_event() -> None:
    draft = _one(
        "Six guards were killed and two wounded on Sunday in an attack, state media said.\n\n"
        "The guards were on patrol in Qalandar, near the border, the agency said."
    )
    assert draft["place"] == "Qalandar"


def test_a_side_named_in_the_next_paragraph_does_not_give_the_country() -> None:
    draft = _one(
        "A soldier was wounded on Sunday in a clash between Pakistani and Afghan forces, officials said.\n\n"
        "The quarrel began over a bunker built on a hilltop on the Afghan side."
    )
    assert draft.get("country") != "AF"


def test_a_consulate_and_a_ruled_country_are_not_the_scene() -> None:
    draft = _one(
        "Migrants were shot dead at the border on Sunday. "
        "The consulate in Herat rejected the reports of killings, calling them false."
    )
    assert draft.get("place") != "Herat"
    draft = _one("Gunmen killed ten guards on Sunday in Shiite-ruled Iran, the group said.")
    assert draft.get("place") is None


def test_an_earlier_event_of_the_month_keeps_its_own_day_out_of_an_undated_lead() -> None:
    draft = _one(
        "Ten guards have been killed in clashes with outlaws near the town of Qalat, state radio reported.\n\n"
        "Earlier this month, a commander was assassinated in the province. "
        "He was shot dead on November 20 by two gunmen."
    )
    assert draft["date_precision"] == "week"
    assert draft["killed"] == 10
    assert draft["place"] == "near the town of Qalat"  # "near" kept (extract106)


def test_a_habit_of_attacks_names_nobody_for_this_one() -> None:
    draft = _one(
        "Two guards were killed in an attack near Qalat on Sunday, officials said. "
        "Guards in the region are often attacked by bandits and smugglers."
    )
    assert draft.get("perpetrator") is None


def test_a_group_saying_it_did_the_attack_claims_it() -> None:
    from incident_tracker.extract.attribution import read_attribution

    for text in (
        "The Jaish ul-Adl terrorist group said in a statement that it had carried out the attack.",
        "The Sunni insurgent group Jaish al-Adl said it had carried out the attack.",
        "The group Jaish al-Adl, whose name means Army of Justice, said it was responsible for the attack.",
    ):
        found = read_attribution(text)
        assert found is not None and found.status == "claimed" and "Adl" in str(found.perpetrator), text


def test_a_day_of_charging_or_burying_is_not_the_event_day() -> None:
    draft = _one("Police on Saturday charged two guards with murdering a man who was shot dead on Thursday.")
    assert draft["event_date"] == "2025-11-27"
    draft = _one("A guard killed in a clash with smugglers on Friday was buried in his village on Sunday.")
    assert draft["event_date"] == "2025-11-28"


def test_a_town_struck_in_a_named_country_is_the_scene() -> None:
    draft = _one("Shelling struck Dolan in southwestern Pakistan on Sunday, killing four people.")
    assert draft["place"] == "Dolan"
    assert draft["country"] == "PK"


def test_a_place_of_what_followed_the_event_is_not_the_scene() -> None:
    draft = _one(
        "A guard was killed in a shootout with smugglers on Sunday. "
        "Officials denied that police were hunting migrants in Dushanbe after the shootout on the border."
    )
    assert draft.get("place") != "Dushanbe"


def test_a_link_to_another_story_and_a_groups_record_are_background() -> None:
    draft = _one(
        "Four soldiers were killed on Sunday when militants attacked two posts, the army said.\n\n"
        "Read more: Nine soldiers killed in suicide bombing in the north\n\n"
        "The group has carried out several suicide bombings against troops, and has a record of ambushes."
    )
    assert draft["sub_event_type"] != "Suicide bomb"
    assert "explosives" not in draft["weapons"]


def test_a_counted_and_described_label_is_the_speakers_allegation() -> None:
    from incident_tracker.extract.attribution import read_attribution

    for text in (
        "Two soldiers died when a large band of terrorists carrying heavy weapons attacked a post, the army said.",
        "On Sunday, according to the army, a large number of well-armed terrorists attacked the two posts.",
    ):
        found = read_attribution(text)
        assert found is not None and (found.status, found.perpetrator) == ("alleged", "terrorists"), text


def test_an_undated_report_places_its_event_by_the_sentence_that_follows_the_lead() -> None:
    draft = _one(
        "A shooting incident has been recorded on the border, the border service reported.\n\n"
        "At about noon, near the settlement of Qizil-Bel, guards spotted shepherds grazing cattle on their side. "
        "The shepherds threw stones at the guards and one of them fired shots."
    )
    assert draft["place"] == "near the settlement of Qizil-Bel"  # "near" kept (extract106)


def test_a_victim_named_first_and_described_after_counts_one() -> None:
    from incident_tracker.extract.casualties import find_tolls

    tolls = find_tolls("Azamat Tokoev, a 31-year-old border guard of Kyrgyzstan, was killed in the shootout.")
    assert [(t.what, t.casualties.best, t.target_type) for t in tolls] == [("killed", 1, "border_guards")]


def test_militants_attacking_troops_have_a_target_even_when_the_troops_fire_back() -> None:
    draft = _one(
        "Two soldiers were martyred on Sunday when terrorists attacked a border post, the army said. "
        "The troops returned fire and an exchange of fire followed."
    )
    assert draft["target_type"] == "military"
    draft = _one("Two soldiers were killed on Sunday in a clash between Afghan and Pakistani forces at the crossing.")
    assert draft.get("target_type") is None
