"""The twenty-eighth round's readings (docs/extract-journal.md, *The twenty-eighth round*), each in sentences of our
own.

The round added no reports: it read what the fresh dev reports (the dev parts of rounds 19, 22 and 25) miss and
fixed the causes seen in at least two dev reports from different outlets. Each test writes one phrasing of that
kind and checks the reading, and a near phrasing it must leave alone.
"""

from __future__ import annotations

from _extract_helpers import drafts_of
from _extract_helpers import one_draft as _one
from incident_tracker.extract.actors import canonical_actor
from incident_tracker.extract.attribution import read_attribution

# --- the day a report was given, with the speaker's or the addressee's name between it and its verb ----------


def test_a_day_after_told_and_the_outlets_name_is_the_day_of_saying() -> None:
    # RFE/RL 391 "health officials in Kandahar told RFE/RL's Radio Azadi on February 24": the clash is the week
    # up to that day, as the corpus codes a report that gives no day of its own
    draft = _one(
        "Two people were killed and 13 wounded in a clash between Afghan and Pakistani forces in Spin Boldak, "
        "health officials told RFE/RL's Radio Azadi on November 28."
    )
    assert (draft["event_date"], draft["date_precision"]) == ("2025-11-22", "week")
    # words that are not a name between "told" and the day: the day is the event's
    draft = _one(
        "Two people were killed and 13 wounded in a clash between Afghan and Pakistani forces in Spin Boldak, "
        "health officials told reporters the border post came under fire on November 28."
    )
    assert (draft["event_date"], draft["date_precision"]) == ("2025-11-28", "day")


def test_an_opening_day_before_a_long_speakers_name_and_its_verb_is_the_day_of_saying() -> None:
    # News.tj 402 "On November 9 the Afghan news agency Pajhwok Afghan News, quoting an Afghan official, reported
    # that Tajik border forces had killed two Afghan civilians"
    draft = _one(
        "On November 28 the Afghan news agency Pajhwok Afghan News, quoting a provincial official, reported that "
        "Tajik border guards had killed two Afghan civilians in Badakhshan."
    )
    assert (draft["event_date"], draft["date_precision"]) == ("2025-11-22", "week")
    # the harm told between the day and the saying verb: the day is the harm's
    draft = _one(
        "On November 28 two Afghan civilians from the village of Yakhdro were shot dead by Tajik border guards "
        "in Badakhshan, the Afghan news agency Pajhwok Afghan News reported."
    )
    assert (draft["event_date"], draft["date_precision"]) == ("2025-11-28", "day")


# --- the actor of the wrong clause: warning shots are no attack --------------------------------------------------


def test_warning_shots_into_the_air_name_no_attacker() -> None:
    # News.Az 122 and Tajik Herald 172 "the Kyrgyz border guards fired warning shots into the air", Today.az 429
    # "The Kyrgyz border guards fired warning shots into the air to halt them": the side that warned is not the
    # side blamed
    assert read_attribution("To calm the situation, the Kyrgyz border guards fired warning shots into the air.") is None
    assert read_attribution("The Kyrgyz border guards fired several warning shots into the air.") is None
    # shots fired at people name the side that fired them
    found = read_attribution("The Kyrgyz border guards fired several shots at the herders.")
    assert found is not None and found.perpetrator == "Kyrgyz border guards"


def test_citizens_who_defied_the_guards_and_then_threw_stones_are_the_actor() -> None:
    # News.Az 122 "The Tajik citizens ignored the guards' demand to leave Kyrgyz territory and began throwing
    # stones at them", Tajik Herald 172 "… and instead began throwing stones at the servicemen"
    text = "The Uzbek citizens ignored the guards' order to leave the border strip and instead began throwing stones."
    found = read_attribution(text)
    assert found is not None and (found.status, found.perpetrator) == ("alleged", "Uzbek citizens")
    # a defiance with no act names no one
    assert (
        read_attribution("The Uzbek citizens ignored the guards' order to leave the border strip and went home.")
        is None
    )


def test_a_border_detachment_on_duty_that_opened_fire_is_its_states_border_force() -> None:
    # Today.az 429 "another Tajik border detachment on duty in the area opened fire on an observation tower": once
    # the warning shots name no one, the detachment that fired is the actor, the state's border guards
    found = read_attribution("Minutes later another Uzbek border detachment on duty in the area opened fire on a post.")
    assert found is not None and found.perpetrator == "Uzbek border detachment"
    assert canonical_actor("Uzbek border detachment") == canonical_actor("Uzbek border guards")
    assert canonical_actor("Tajik border patrol") == canonical_actor("Tajik border guards")
    # the detachment fired on names no attacker
    assert read_attribution("Minutes later an Uzbek border detachment on duty in the area came under fire.") is None


# --- the wounded told by their wounds ----------------------------------------------------------------------------


def test_people_who_suffered_gunshot_wounds_are_the_injured() -> None:
    # Tajik foreign ministry 430 "Seven civilians and one border guard of Tajikistan suffered gunshot wounds", News.tj
    # 423 "the boys suffered multiple shrapnel wounds"
    draft = _one("Three villagers suffered gunshot wounds in the shooting at the border on Sunday, the ministry said.")
    assert draft["injured"] == 3 and draft.get("killed") is None
    draft = _one("Two shepherds sustained shrapnel wounds when a shell hit the border village on Sunday.")
    assert draft["injured"] == 2
    # wounds "incompatible with life" killed: no count of the wounded
    draft = _one("Both men suffered gunshot wounds incompatible with life in the shooting at the border on Sunday.")
    assert draft.get("injured") is None


def test_the_first_group_of_a_mixed_count_names_who_was_hit() -> None:
    # 430 "Seven civilians and one border guard of Tajikistan suffered gunshot wounds": civilians, the first and
    # larger group, not the border guard after "and one"
    text = "Seven villagers and one border guard of Kyrgyzstan were wounded in the shooting at the border on Sunday."
    assert _one(text)["target_type"] == "civilians"
    # guards counted first stay the target
    text = "Two border guards and one villager were wounded in the shooting at the border on Sunday."
    assert _one(text)["target_type"] == "border_guards"


# --- stones thrown -------------------------------------------------------------------------------------------------


def test_stones_thrown_in_any_form_are_violence_and_a_mob() -> None:
    # News.Az 122 and Tajik Herald 172 "began throwing stones at them", 24.kg 433 "Local residents began throwing
    # stones at each other", EADaily 303 "The two groups then began to throw stones at each other": the sentence
    # is the incident's, its stones melee, and residents at each other a mob, not two armed sides
    for verb in ("began throwing stones", "began to throw stones"):
        draft = _one(f"Residents of the two border villages {verb} at each other on Sunday. Four people were injured.")
        assert (draft["sub_event_type"], draft["weapons"], draft["injured"]) == ("Mob violence", ["melee"], 4)
    # guards firing at each other are still two armed sides
    draft = _one("Guards of the two countries began firing at each other on Sunday. Four people were injured.")
    assert draft["sub_event_type"] == "Armed clash"
    # Today.az 429 "a Tajik border patrol began throwing stones at cars … The two detachments exchanged fire for
    # about 20 minutes": the stones began it, the exchange of fire makes it Battles, not a mob
    text = (
        "On Sunday an Uzbek border patrol began throwing stones at cars on the highway. "
        "The two detachments then exchanged fire for about 20 minutes."
    )
    draft = _one(text)
    assert (draft["sub_event_type"], draft["weapons"]) == ("Armed clash", ["melee", "firearms"])


def test_stones_told_as_a_noun_or_after_pelting_are_melee() -> None:
    # Sputnik 10 "What started as stone-throwing by both sides turned into gunfire", Global Voices 431 "answered by
    # pelting the guards with stones"
    text = "What started as stone-throwing by both sides turned into gunfire between the guards on Sunday."
    assert set(_one(text)["weapons"]) == {"melee", "firearms"}
    text = "The villagers answered by pelting the guards with stones on Sunday, and the guards fired into the air."
    assert "melee" in _one(text)["weapons"]
    # pelted with words: no incident
    text = "The villagers answered by pelting the guards with insults on Sunday, and the guards fired into the air."
    assert drafts_of(text) == []


# --- a kidnapping guessed at, and the border service's officers ---------------------------------------------------


def test_a_kidnapping_guessed_at_is_the_setting_not_the_type() -> None:
    # Devdiscourse/AFP 427 "the officer died during the hunt for the shepherd, who is suspected to have been
    # kidnapped"; Tribune 409 "five border guards believed to have been kidnapped by militants"
    text = (
        "A Tajik border service officer was killed in a clash with smugglers on Sunday during the search for a "
        "shepherd who is suspected to have been kidnapped."
    )
    draft = _one(text)
    assert (draft["sub_event_type"], draft["target_type"]) == ("Armed clash", "border_guards")
    # a kidnapping told as done is the event's type
    draft = _one("Smugglers kidnapped a Tajik shepherd near the border on Sunday.")
    assert draft["sub_event_type"] == "Abduction/forced disappearance"


# --- a count told as unconfirmed ------------------------------------------------------------------------------------


def test_a_count_according_to_unconfirmed_information_is_no_toll() -> None:
    # News.Az 122 "According to unconfirmed information, one of the Tajik citizens was wounded in the leg", Tajik
    # Herald 172 "According to unconfirmed reports, …": no credible figure (the codebook's lowest credible one)
    text = (
        "Uzbek border guards fired on a group of herders near the border on Sunday. "
        "According to unconfirmed information, two herders were wounded."
    )
    assert _one(text).get("injured") is None
    # the same count told by a named source stands
    text = (
        "Uzbek border guards fired on a group of herders near the border on Sunday. "
        "According to the district hospital, two herders were wounded."
    )
    assert _one(text)["injured"] == 2


def test_how_many_is_no_count() -> None:
    # 24.kg 136 "The service did not say how many people were hurt or how badly", Sputnik 96 "The health department
    # source did not say how many people had been wounded": "many" of a question, not the codebook's "many" (3)
    text = "Guards fired on a car near the border on Sunday. The service did not say how many people were hurt."
    assert _one(text).get("injured") is None
    # "many" as a count stays the codebook's 3
    text = "Guards fired on a car near the border on Sunday. Many people were hurt, the service said."
    assert _one(text)["injured"] == 3
