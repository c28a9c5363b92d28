"""The thirty-third round's readings (docs/extract-journal.md, *The thirty-third round*), each in sentences of our own.

The round added no reports: it read what the thirty-second round's held-back dev reports (480-496) miss and fixed
the causes seen in dev reports from at least two outlets, or set by the codebook. Each test writes one phrasing of
that kind and checks the reading, and a near phrasing it must leave alone.
"""

from __future__ import annotations

from _extract_helpers import drafts_of
from _extract_helpers import one_draft as _one
from incident_tracker.extract.attribution import read_attribution

# --- a drone shot down: Strategic developments -> Disrupted weapons use (the codebook) ---------------------------


def test_a_drone_shot_down_is_a_disrupted_weapons_use_by_who_downed_it() -> None:
    # Dawn 483 "the Pakistan Air Force (PAF) had brought down an 'unmarked' Iranian drone"; The News 484 "The
    # drone was hit by Pakistan Air Force"; The Nation 485 "A Pakistan Air Force jet on Tuesday shot down"
    draft = _one(
        "The Interior Ministry confirmed on Saturday that the Turkmen Air Force had shot down an unmarked drone "
        "that had crossed the border near Serhetabat. The drone was flying 5km inside Turkmen airspace."
    )
    assert (draft["event_type"], draft["sub_event_type"]) == ("Strategic developments", "Disrupted weapons use")
    assert draft["weapons"] == ["unknown"]
    # the dictionary's name for the Turkmen Air Force, as "Pakistan Air Force" is written (an air force is its state's
    # forces since extract164, docs/extract-journal.md)
    assert draft.get("perpetrator") == "Military Forces of Turkmenistan"
    assert draft.get("attribution") == "confirmed"


def test_a_drone_downed_by_a_jet_is_alleged_when_nobody_confirms_it() -> None:
    draft = _one("A Turkmen Air Force jet on Friday shot down a spy drone that was flying over Serhetabat.")
    assert draft["sub_event_type"] == "Disrupted weapons use"
    assert draft.get("perpetrator") == "A Turkmen Air Force jet"
    assert draft.get("attribution") == "alleged"


def test_a_drone_that_struck_is_still_a_strike() -> None:
    # near phrasing: a drone that killed people is an air/drone strike, even if it is said to be shot at
    draft = _one("A drone struck a house near Serhetabat on Friday, killing three people, officials said.")
    assert draft["sub_event_type"] == "Air/drone strike"
    draft = _one(
        "A drone strike killed two men near Serhetabat on Friday. Drones have never been shot down there, "
        "officials said."
    )
    assert draft["sub_event_type"] == "Air/drone strike"


# --- aircraft that struck, with their origin between the noun and the verb ------------------------------------


def test_aircraft_of_unknown_origin_or_from_a_state_struck() -> None:
    # Radio Farda 486 "Aircraft of unknown origin struck Taliban fighters"; The Killid Group 487 "Military
    # aircraft from Tajikistan bombed a village", "the Tajik planes hit the village"
    draft = _one("Aircraft of unknown origin struck a village in Kunduz province on Friday, officials said.")
    assert draft["sub_event_type"] == "Air/drone strike"
    assert draft["weapons"] == ["airstrike"]
    draft = _one("Military aircraft from Uzbekistan bombed a village in Balkh province on Friday, officials said.")
    assert draft["weapons"] == ["airstrike"]
    draft = _one("On Friday the Uzbek planes hit the village of Kaldar, killing two people, officials said.")
    assert draft["weapons"] == ["airstrike"]


def test_aircraft_that_only_flew_struck_nothing() -> None:
    # near phrasing: aircraft from a state that flew or landed, and a man hit the village's headman
    draft = _one(
        "Aircraft from Uzbekistan flew over the village of Kaldar on Friday. Gunmen shot dead a shepherd there, "
        "officials said."
    )
    assert "airstrike" not in draft["weapons"]


# --- men of a force seized: an abduction (the codebook's Abduction/forced disappearance) ------------------------


def test_guards_seized_are_an_abduction() -> None:
    # Khabar Online 481 "Jaish-ul-Adl fighters seized the five guards in the Jakigour region"; The Iran Project 480
    # "a day after the guards were seized on Friday in the Jakigour region"
    draft = _one("Gunmen seized the four border guards near the village of Kaldar on Friday, officials said.")
    assert draft["sub_event_type"] == "Abduction/forced disappearance"
    draft = _one("Four soldiers were seized near the village of Kaldar on Friday, officials said.")
    assert draft["sub_event_type"] == "Abduction/forced disappearance"


def test_weapons_seized_or_a_seizure_told_as_background_are_no_abduction() -> None:
    # near phrasing: guards who seized something took nobody; Daily Pakistan 442 "The same group seized five
    # Iranian soldiers in February last year", told beside a clash that killed eight
    drafts = drafts_of("Border guards seized four rifles near the village of Kaldar on Friday, officials said.")
    assert not any(d.get("sub_event_type") == "Abduction/forced disappearance" for d in drafts)
    draft = _one(
        "Gunmen killed three border guards in a clash near Kaldar on Friday, officials said. The same group "
        "seized four soldiers in March last year."
    )
    assert draft["sub_event_type"] == "Armed clash"
    group = _one("Gunmen shot dead a guard near Kaldar on Friday. The group also claimed the attack on its website.")
    assert group.get("perpetrator") != "The"


# --- a claim by "the X group, which …, has said it was behind" ----------------------------------------------------


def test_a_group_named_with_its_noun_and_an_aside_claims() -> None:
    # The Iran Project 480 "The Jaish-ul-Adl group, which Iranian media describe as …, has said it was behind the
    # kidnapping"; Tribune 150 and Mehr 295 word it "Jaishul Adl has said it carried out"
    found = read_attribution(
        "The Ansar Front group, which officials describe as an outlawed militia, has said it was behind the attack."
    )
    assert found is not None and (found.status, found.perpetrator) == ("claimed", "Ansar Front")
    assert read_attribution("The Ansar Front group is said to have been behind the attack.") is None
