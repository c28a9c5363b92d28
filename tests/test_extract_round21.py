"""The twenty-first round's rules (issue 14): how the type, victims and actor of fresh reports are read.

Each case is written anew in the house's words after a phenomenon seen in dev reports of at least two
outlets (see docs/extract-journal.md, "The twenty-first round").
"""

from __future__ import annotations

from _extract_helpers import one_draft
from incident_tracker.extract.actors import canonical_actor
from incident_tracker.extract.casualties import find_tolls


def test_two_states_forces_exchanging_fire_fought_a_clash_though_civilians_died() -> None:
    # dev 344 Soch Times, 345 Khabar Asia, 346 CNA, 390 Amu TV, 391 RFE/RL: the codebook's "an exchange of
    # fire between border guards is Battles → Armed clash", whoever died and whatever was fired
    draft = one_draft(
        "Three civilians and a soldier were killed in mortar fire and gunfire on the Afghan-Pakistani border on "
        "Saturday, officials said. Afghan and Pakistani forces fired at each other for two hours near the crossing."
    )
    assert (draft["event_type"], draft["sub_event_type"]) == ("Battles", "Armed clash")
    assert draft.get("target_type") is None and draft.get("victims") is None


def test_fire_aimed_at_civilians_and_answered_is_still_a_shelling() -> None:
    # dev 108 Al Jazeera, 173 TRT World, 255 AP: "fire of heavy weapons at civilians", "into civilian areas"
    draft = one_draft(
        "Pakistan's army said Afghan forces fired artillery and mortars into civilian areas of Chaman on Sunday, "
        "killing four civilians. Pakistani troops fired back at the Afghan posts, the army said."
    )
    assert draft["sub_event_type"] == "Shelling/artillery/missile attack"
    assert draft["target_type"] == "civilians"


def test_shells_that_fell_on_villages_say_where_not_whom() -> None:
    # dev 154 Al Jazeera, 390 Amu TV: "mortars on villages", "shells fell on the villages" in a clash
    draft = one_draft(
        "Fighting between Afghan and Pakistani border forces went on for a second day on Monday, and two civilians "
        "were killed when mortar shells fell on villages near the line, officials said."
    )
    assert draft["sub_event_type"] == "Armed clash"


def test_one_side_shelling_civilians_is_no_clash() -> None:
    draft = one_draft("Mortar shells fired by Afghan forces killed two civilians in a village near Chaman on Sunday.")
    assert draft["sub_event_type"] == "Shelling/artillery/missile attack"
    assert draft["target_type"] == "civilians"


def test_a_states_force_told_as_the_subject_of_the_firing_is_the_alleged_actor() -> None:
    # dev 387 The Nation, 389 Dawn, 366 The Pashtun Times: the reporter names who fired, no one quoted
    draft = one_draft(
        "QUETTA - Iranian border forces on Tuesday fired four mortar shells into the Mashkel area of Washuk "
        "district; nobody was hurt, the district's deputy commissioner said."
    )
    assert draft["perpetrator"] == canonical_actor("Iranian border forces") == "Military Forces of Iran"
    assert draft["attribution"] == "alleged"
    draft = one_draft(
        "JALALABAD: Pakistan's army has again fired rockets into Kunar province, officials said on Sunday."
    )
    assert draft["perpetrator"] in ("Pakistan's army", canonical_actor("Pakistani army"))


def test_fire_that_answers_names_no_author() -> None:
    draft = one_draft(
        "Afghan and Pakistani forces fired at each other near Torkham on Sunday, and two soldiers were wounded."
    )
    assert draft.get("perpetrator") is None


def test_the_dead_told_as_from_a_country_or_believed_to_be_its_nationals_carry_it() -> None:
    # dev 380 The Times of Central Asia, 330 RFE/RL: smugglers "from Afghanistan", men "believed to be Afghan"
    tolls = find_tolls("Tajik border guards killed three suspected smugglers from Afghanistan near Panj on Monday.")
    assert [toll.nationality for toll in tolls] == ["AF"]
    tolls = find_tolls("Uzbek guards shot dead two men believed to be Afghan drug couriers, officials said.")
    assert [toll.nationality for toll in tolls] == ["AF"]
    # a service "of Kyrgyzstan's" border guard, after the count, is not read so (dev 88 Asia-Plus)
    tolls = find_tolls("They wounded a serviceman from Kyrgyzstan's border service.")
    assert [toll.nationality for toll in tolls] == [None]
