"""The twenty-ninth round's readings (docs/extract-journal.md, *The twenty-ninth round*), each in sentences of our own.

The round added no reports: it read what the held-back dev reports of round 27 (440-452) miss and fixed the
causes seen in at least two dev reports from different outlets, or that the codebook rules. Each test writes one
phrasing of that kind and checks the reading, and a near phrasing it must leave alone.
"""

from __future__ import annotations

from _extract_helpers import one_draft as _one
from incident_tracker.extract.attribution import read_attribution

# --- the side whose act came first: "... after <side> fired" ---------------------------------------------------


def test_the_side_after_after_is_the_actor() -> None:
    # RFE/RL 445 "fighting broke out ... after Iranian security forces crossed the border and fired on Afghan
    # border guards"; Salaam Times 452 "families have fled their homes after Pakistan fired more than 500 rockets"
    found = read_attribution(
        "Local officials say a gunfight broke out near the frontier after Turkmen border guards crossed the "
        "border and fired on an Afghan post."
    )
    assert found is not None and (found.status, found.perpetrator) == ("alleged", "Turkmen border guards")
    found = read_attribution("Hundreds of villagers fled after Iran fired dozens of shells at the district.")
    assert found is not None and (found.status, found.perpetrator) == ("alleged", "Iran")


def test_an_act_a_span_of_time_earlier_names_no_actor() -> None:
    # "two days after Iran attacked a separatist group" (The National 04) is an earlier event
    assert read_attribution("The raid came three days after Iran fired missiles at a camp.") is None
    assert read_attribution("Villagers left their homes two weeks after Pakistan shelled the district.") is None
    # a word that is no state's name is no side
    assert read_attribution("Villagers left their homes after Monday fired up the crowd.") is None


# --- attackers told only by where they came from ---------------------------------------------------------------


def test_attackers_who_came_in_from_a_country_are_an_origin_and_their_label() -> None:
    # Daily Pakistan (APP) 442 "Armed terrorists came into Iran from Pakistan and fought the border guards";
    # Press TV 443 "terrorists who had come into Iran across the Pakistani border". Round 29 kept the origin alone;
    # since the generic-label ruling of 2026-12-04 and the eighth rulings the label is the actor (extract211): the
    # label alone where the crossing is the clause's verb, with its clause where a relative clause tells the crossing
    found = read_attribution(
        '"Armed rebels came into Iran from Afghanistan and fought the border guards," the deputy governor said.'
    )
    assert found is not None
    assert (found.status, found.perpetrator, found.origin_country) == ("alleged", "armed rebels", "AF")
    found = read_attribution(
        "Four guards died when fighting broke out with militants who had come into Iran across the Pakistani "
        "border, the governor said."
    )
    label = "militants who had come into Iran across the Pakistani border"
    assert found is not None and (found.status, found.perpetrator, found.origin_country) == ("alleged", label, "PK")
    # the clause fragment ("broke out with militants") is not the actor: the label with its clause is
    draft = _one(
        "Four guards died on Monday when fighting broke out with militants who had come into Iran across the "
        "Pakistani border, the governor said."
    )
    assert draft.get("perpetrator") == label and draft["attribution"] == "alleged"


def test_people_who_came_from_a_country_to_trade_are_no_attackers() -> None:
    assert read_attribution("Two traders who had come from Afghanistan were hurt in the blast.") is None
    assert read_attribution("Armed rebels came into the village from the hills, the governor said.") is None


# --- villagers' stones and fists: a mob, not an armed clash -----------------------------------------------------


def test_residents_stoning_each_other_are_a_mob() -> None:
    # 24.kg 433 "Local residents began throwing stones at each other"; EADaily 303 "The two groups then began to
    # throw stones at each other"; News.tj 446 "were beaten by 15 residents of Kok-Tash", "pelted with stones"
    text = (
        "A quarrel over water broke out between two border villages on Sunday. "
        "Villagers from both places began throwing stones at each other, and four people were hurt."
    )
    assert _one(text)["sub_event_type"] == "Mob violence"
    text = "Two shepherds were beaten by 20 residents of the neighbouring village on Sunday and taken to hospital."
    assert _one(text)["sub_event_type"] == "Mob violence"
    # the two sides named as such, and shooting after the stones: a battle, as before
    text = (
        "Border guards of the two countries clashed on Sunday. The two sides threw stones at each other, and later "
        "shooting broke out in which two guards were wounded."
    )
    assert _one(text)["sub_event_type"] == "Armed clash"


def test_forces_that_exchanged_fire_fought_a_battle() -> None:
    # Trend 429 "a Tajik border patrol began throwing stones at cars ... The two detachments exchanged fire";
    # Afghanistan International 347, RFE/RL 86: an exchange of fire between two forces is Battles -> Armed clash
    text = (
        "An Uzbek border patrol threw stones at cars on the highway on Sunday. "
        "The two detachments then exchanged fire for half an hour; one guard was wounded."
    )
    assert _one(text)["sub_event_type"] == "Armed clash"
    # stones alone, with no exchange of fire: a mob
    text = "An Uzbek border patrol threw stones at cars on the highway on Sunday; one driver was hurt."
    assert _one(text)["sub_event_type"] != "Armed clash"


# --- shooting told only by its shots or wounds ------------------------------------------------------------------


def test_shots_and_gunshot_wounds_are_violence_with_firearms() -> None:
    # 24.kg 433 "One victim had a through-and-through gunshot wound"; News.Az 122 "fired two or three shots in the
    # direction of the Kyrgyz border guards"; 24.kg 136 "came under fire from a hunting rifle"
    text = (
        "Villagers threw stones at a border patrol near Ak-Tatyr on Sunday. "
        "One of the men then fired two shots in the direction of the guards."
    )
    assert "firearms" in _one(text)["weapons"]
    text = (
        "Villagers threw stones at a border patrol near Ak-Tatyr on Sunday. "
        "One of the wounded had a gunshot wound to the leg, the hospital said."
    )
    assert "firearms" in _one(text)["weapons"]
    # warning shots are no weapon used on anyone
    text = (
        "Villagers threw stones at a border patrol near Ak-Tatyr on Sunday. "
        "The guards then fired three warning shots into the air."
    )
    assert "firearms" not in (_one(text).get("weapons") or [])


# --- warning shots, and civilians who defied an order then struck -----------------------------------------------


def test_the_side_firing_warning_shots_is_not_the_actor() -> None:
    # News.Az 122, Tajik Herald 172 "the Kyrgyz border guards fired warning shots into the air", Trend 429
    assert read_attribution("The Uzbek border guards fired warning shots into the air to stop them.") is None
    # shots fired at someone still name the side
    found = read_attribution("The Uzbek border guards fired shots at the car, the service said.")
    assert found is not None and found.perpetrator == "Uzbek border guards"


def test_civilians_who_defied_an_order_and_threw_stones_acted() -> None:
    # News.Az 122, Tajik Herald 172 "The Tajik citizens ignored the guards' demand to leave Kyrgyz territory and
    # began throwing stones at them instead"; 24.kg 136 "... and instead began throwing stones at the servicemen"
    found = read_attribution(
        "The Kyrgyz herders ignored the guards' order to leave Tajik land and began throwing stones at them."
    )
    assert found is not None and (found.status, found.perpetrator) == ("alleged", "Kyrgyz herders")
    # defiance alone is no act
    assert read_attribution("The Kyrgyz herders ignored the guards' order to leave Tajik land and went home.") is None
