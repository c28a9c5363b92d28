"""The eighteenth round's rules for the weapons, the type and the toll behind the victims (docs/extract-journal.md, *The
eighteenth round*), in sentences of our own.

Each test pairs the reading with a near phrasing it must leave alone.
"""

from __future__ import annotations

from _extract_helpers import one_draft
from incident_tracker.extract.actors import canonical_actor
from incident_tracker.extract.casualties import victims_of


def test_one_person_who_died_counts_without_an_auxiliary() -> None:
    values = one_draft("A Tajik shepherd died on Sunday when a mine went off near the border in Isfara district.")
    assert values["killed"] == 1
    assert values["target_type"] == "civilians"
    # "died" needs no "was"; "was killed" still counts, and a verb of saying does not
    assert one_draft("An Afghan shepherd has died on the border with Turkmenistan, officials said.")["killed"] == 1
    assert one_draft("A Kyrgyz farmer was killed on Sunday by shots from across the border.")["killed"] == 1
    assert one_draft("A Tajik shepherd said on Sunday that guards had fired at the border.").get("killed") is None


def test_a_named_victim_from_a_village_counts_one() -> None:
    text = (
        "Karim Sadykov, a 40-year-old man from the village of Kok-Tash in Batken region, was killed on Sunday "
        "when a mine exploded near the border."
    )
    assert one_draft(text)["killed"] == 1
    # a name whose verb is one of saying is the source, not the dead
    text = (
        "Karim Sadykov, a 40-year-old man from the village of Kok-Tash, said a mine exploded near the border on "
        "Sunday and wounded two soldiers."
    )
    values = one_draft(text)
    assert values.get("killed") is None
    assert values["injured"] == 2


def test_weapons_used_against_someone_are_firearms() -> None:
    text = "Uzbek border guards used their weapons against a Kyrgyz citizen near Mamai on Sunday, killing him."
    assert one_draft(text)["weapons"] == ["firearms"]
    # weapons found, not used, name no weapon of the incident
    text = "Uzbek border guards shot dead a Kyrgyz citizen near Mamai on Sunday; weapons were found on the spot."
    assert one_draft(text)["weapons"] == ["firearms"]


def test_aircraft_that_struck_are_an_air_strike() -> None:
    for told in (
        "Pakistani military aircraft had carried out the assault",
        "Pakistani planes bombed the villages",
        "Pakistani helicopters bombarded four villages",
        "a combat helicopter fired on the houses",
    ):
        values = one_draft(f"Five civilians were killed in Khost on Sunday; officials said {told}.")
        assert "airstrike" in values["weapons"], told
        assert values["sub_event_type"] == "Air/drone strike", told
    # aircraft that only flew name no strike
    values = one_draft("Five civilians were killed in Khost on Sunday by gunfire; helicopters patrolled the area.")
    assert "airstrike" not in values["weapons"]


def test_a_border_policeman_is_a_border_guard() -> None:
    text = "One Afghan border policeman was killed and three were wounded in the fighting near the fence on Sunday."
    assert one_draft(text)["target_type"] == "border_guards"
    text = "One Afghan policeman was killed and three were wounded in the fighting near the fence on Sunday."
    assert one_draft(text)["target_type"] == "police"


def test_jaish_al_adl_under_the_name_its_enemy_gives_it() -> None:
    for spelling in ("Jaish al-Zolum", "Jaish al-Zulm", "Jaish-al-Zolm", "Jeish al-Adl", "the Jaish ul-Adl"):
        assert canonical_actor(spelling) == "Jaish al-Adl", spelling
    # another Jaish is another group
    assert canonical_actor("Jaish-e-Mohammed") != "Jaish al-Adl"


def test_a_beating_is_melee_but_beating_back_an_attack_is_not() -> None:
    text = "An Afghan shepherd died on Sunday of a beating by border guards on the Turkmen border, officials said."
    assert "melee" in one_draft(text)["weapons"]
    text = "Troops killed five attackers on Sunday, beating back the attack with gunfire, the army said."
    assert "melee" not in one_draft(text)["weapons"]


def test_victims_of_a_country_told_with_its_possessive() -> None:
    assert victims_of("members of Iran's border guard") == ("members of Iran's border guard", "IR", "border_guards")
    assert victims_of("members of Pakistan's security forces")[1] == "PK"
    # a possessive that is no country's says no nationality
    assert victims_of("the army's soldiers")[1] is None
