"""The thirty-first round's readings (docs/extract-journal.md, *The thirty-first round*), each in sentences of our own.

The round added no reports: it read what the thirtieth round's held-back dev reports (460-473) miss and fixed
the causes seen in at least two dev reports from different outlets. Each test writes one phrasing of that kind
and checks the reading, and a near phrasing it must leave alone.
"""

from __future__ import annotations

import datetime as dt

from _extract_helpers import one_draft as _one
from incident_tracker.extract.actors import canonical_actor
from incident_tracker.extract.attribution import read_attribution
from incident_tracker.extract.dates import find_dates

_DAY = dt.date(2025, 9, 2)

# --- the side behind a bare "the border guards" --------------------------------------------------------------


def test_the_bare_guards_of_an_act_are_the_side_named_before() -> None:
    # Kloop 460 "three Tajik servicemen walked up … The border guards then opened fire on the KAMAZ"; The Times
    # of Central Asia 468 "an Uzbek border patrol had come across two men … and the border guards opened fire"
    draft = _one(
        "A shooting took place on the border on Saturday, the Border Service said.\n\n"
        "Two Uzbek servicemen stopped a lorry near the village of Kara-Suu and told the driver to follow them. "
        "When he drove away, the soldiers then opened fire on the lorry. The driver was not hurt."
    )
    assert draft.get("attribution") == "alleged"
    assert canonical_actor(str(draft.get("perpetrator"))) == "Military Forces of Uzbekistan"


def test_the_bare_guards_stay_unnamed_when_two_sides_were_named() -> None:
    draft = _one(
        "A shooting took place on the border on Saturday, the Border Service said.\n\n"
        "Uzbek and Kyrgyz servicemen met near the village of Kara-Suu to settle a quarrel over a field. "
        "An hour later the soldiers opened fire on a lorry. The driver was not hurt."
    )
    assert draft.get("attribution") in (None, "unattributed") and not draft.get("perpetrator")


def test_the_bare_shepherds_of_an_act_are_the_country_named_before() -> None:
    # Economist.kg 464 "citizens of Tajikistan -- shepherds … One of the shepherds fired two or three shots";
    # News.Az 122 "shepherds from Tajikistan", 24.kg / Tajik Herald 172 "citizens of Tajikistan — shepherds"
    draft = _one(
        "A shooting took place on the border on Saturday, the Border Service said.\n\n"
        "A patrol found herders from Kazakhstan grazing sheep 200 metres inside the border. "
        "One of the herders fired a shot at the patrol, and the group ran back across the line."
    )
    assert (draft.get("attribution"), draft.get("perpetrator")) == ("alleged", "Kazakh herders")
    draft = _one(
        "A shooting took place on the border on Saturday, the Border Service said.\n\n"
        "A patrol found herders grazing sheep 200 metres inside the border. "
        "One of the herders fired a shot at the patrol, and the group ran back across the line."
    )
    assert not draft.get("perpetrator")  # no country told for them: nobody named


def test_fire_answered_by_the_bare_guards_names_no_actor() -> None:
    draft = _one(
        "A shooting took place on the border on Saturday, the Border Service said.\n\n"
        "Unknown men fired at a Tajik patrol near the village of Kara-Suu. The guards returned fire and the men fled."
    )
    assert draft.get("perpetrator") != "Tajik patrol"


# --- the actor dictionary reads a country's name and a count -------------------------------------------------


def test_a_force_told_by_its_country_or_a_count_is_that_states_forces() -> None:
    # NNI 465 "Iran's border guards", Khabrain 466 "Iran's border security guards", Sputnik 410 "Uzbekistan's
    # border forces", Kloop 460 "three Tajik servicemen"
    assert canonical_actor("Iran's border guards") == "Military Forces of Iran"
    assert canonical_actor("Iran's border security guards") == "Military Forces of Iran"
    assert canonical_actor("Uzbekistan's border forces") == "Military Forces of Uzbekistan"
    assert canonical_actor("three Tajik servicemen") == "Military Forces of Tajikistan"
    # a name that is no country's is no state's force; a count of men named by no side is no actor
    assert canonical_actor("Kandahar's border police") is None
    assert canonical_actor("three servicemen") is None


# --- "said that on August 15" -----------------------------------------------------------------------------------


def test_a_day_after_said_that_is_the_events_own_day() -> None:
    # 24.kg 321 "the Uzbek border representatives said that on August 15 an Uzbek border patrol had come upon"
    found = find_dates("The border officials said that on August 15 a patrol came upon two men.", _DAY, _DAY)
    assert [(d.start, d.reporting) for d in found] == [(dt.date(2025, 8, 15), False)]
    found = find_dates("The border officials said on August 28 that a patrol came upon two men.", _DAY, _DAY)
    assert [(d.start, d.reporting) for d in found] == [(dt.date(2025, 8, 28), True)]


# --- "the Uzbek side said" --------------------------------------------------------------------------------------


def test_a_side_speaking_of_its_own_act_confirms_it() -> None:
    # The Times of Central Asia 468 "The men ignored orders to stop, the Uzbek side said, and the border guards
    # opened fire"; 24.kg 321 "According to the Uzbek side, the guards fired"
    found = read_attribution("The men ran, the Tajik side said, and the Tajik border guards opened fire.")
    assert found is not None and found.status == "confirmed"
    found = read_attribution("The men ran, the Kyrgyz side said, and the Tajik border guards opened fire.")
    assert found is not None and found.status == "alleged"
    draft = _one(
        "Two Kyrgyz men were shot dead on Saturday after a Tajik patrol used weapons against them, the Kyrgyz "
        "Border Service said.\n\n"
        "According to the Tajik side, the guards fired when the men ignored orders to stop."
    )
    assert draft.get("attribution") == "confirmed"


# --- "to open fire", and the day told at the story's first step ------------------------------------------------


def test_the_day_of_the_first_step_dates_the_fire_two_sentences_on() -> None:
    # Fergana 469 "on August 15 a border patrol spotted two unidentified men … The servicemen ordered them to
    # stop, but the men tried to run. After warning shots …, forced the patrol to open fire."
    text = (
        "The border troops issued a statement on Tuesday.\n\n"
        "On August 20 a patrol saw two men near the river. The servicemen told them to stop, but the men ran. "
        "The patrol was forced to open fire, and one of the men died.\n\n"
        "On August 29 relatives identified the dead man."
    )
    draft = _one(text, _DAY)
    assert draft.get("event_date") == "2025-08-20" and draft.get("killed") == 1
    assert "firearms" in draft.get("weapons", [])


def test_a_day_told_in_another_paragraph_does_not_date_the_fire() -> None:
    text = (
        "The border troops issued a statement on Tuesday.\n\n"
        "On August 20 a patrol saw two men near the river.\n\n"
        "The servicemen told them to stop, but the men ran. The patrol was forced to open fire, and one man died."
    )
    assert _one(text, _DAY).get("event_date") != "2025-08-20"


# --- "began at about 4am on Friday, when …" --------------------------------------------------------------------


def test_the_hour_between_began_and_when_still_names_who_started_it() -> None:
    # TOLOnews 473 "the fighting began at about 4am on Friday, when Pakistani border forces entered Afghan
    # territory"; the same shape in Al Jazeera 154 and Dawn 317
    found = read_attribution(
        "A police spokesman told reporters the clash began at about 5am on Sunday, when Iranian forces crossed "
        "the border."
    )
    assert found is not None and (found.status, found.perpetrator) == ("alleged", "Iranian forces")
    # a side named only after something else happened is not the one that started it
    assert read_attribution("The clash began at about 5am on Sunday, when the rain stopped near the post.") is None


# --- where the bodies were handed over ---------------------------------------------------------------------------


def test_where_the_bodies_were_handed_over_is_not_the_scene() -> None:
    # Times of Central Asia 468 "Their bodies were handed back to Kyrgyzstan through the Baymak checkpoint"
    draft = _one(
        "Two Kyrgyz herders were shot dead on Saturday by Uzbek border guards. Their bodies were handed back to "
        "Kyrgyzstan through the Karasu checkpoint."
    )
    assert "Karasu" not in str(draft.get("place"))
    draft = _one("Two Kyrgyz herders were shot dead on Saturday by Uzbek border guards at the Karasu checkpoint.")
    assert "Karasu" in str(draft.get("place"))


# --- a group "also" hit, told in the next sentence ----------------------------------------------------------------


def test_a_group_also_hit_in_another_sentence_adds_to_the_count() -> None:
    # TOLOnews 473 "four Afghan border policemen were killed and 14 wounded … Twenty-three civilians were also
    # wounded, he said" (37); Pakistan Today 31 words its second count so ("Twenty-nine soldiers were also injured")
    draft = _one(
        "Border forces clashed near the Torkham crossing on Saturday. The police chief said two policemen were "
        "killed and 6 wounded. Nine civilians were also wounded, he said."
    )
    assert (draft.get("killed"), draft.get("injured")) == (2, 15)


def test_a_group_also_hit_at_another_time_adds_nothing() -> None:
    # RFE/RL 272 "At the end of February, three Turkmen border guards were also killed": another event
    draft = _one(
        "Border forces clashed near the Torkham crossing on Saturday. The police chief said two policemen were "
        "killed. In March, three guards were also killed near the same post."
    )
    assert draft.get("killed") == 2


def test_citizens_who_acted_are_named_by_what_they_were() -> None:
    # News.Az 122, Tajik Herald 172: "The Tajik citizens ignored the guards' demand … and began throwing stones …
    # One of the shepherds then fired two or three shots", the shepherds told as "shepherds from Tajikistan"
    text = (
        "A shooting took place on the border on Saturday, the Border Service said.\n\n"
        "A patrol found herders from Kazakhstan grazing sheep 200 metres inside the border. The Kazakh citizens "
        "ignored the guards' demand to leave and began throwing stones at them. One of the herders then fired a "
        "shot at the patrol."
    )
    assert _one(text).get("perpetrator") == "Kazakh herders"
    # shepherds of another country than the citizens who acted are not them
    assert _one(text.replace("herders from Kazakhstan", "herders from Uzbekistan")).get("perpetrator") != (
        "Uzbek herders"
    )
