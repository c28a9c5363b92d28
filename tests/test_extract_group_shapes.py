"""Armed groups told by the shape of their name (issue 14, extract124): a group noun inside a capitalised name, a name
apposed to "militant group", "the X Y group", a name the report calls a group by.

Each sentence is written for this file and names groups the actor dictionary does not list. The fill tests name a
side the reader left unnamed before (they fail on the code before this change); the guards keep a victim's party or
movement, a state's army, a peace militia, a school, a newspaper, a road and a group that only spoke out of the
perpetrator (they pass on both). docs/extract-journal.md, "Actors by shape, measured as if unseen", tells what is read
and what is left.
"""

from __future__ import annotations

import pytest

from _extract_helpers import one_draft
from incident_tracker.extract.groups import known_group

FILLS = [
    # a group noun inside the name, its men the subject of the act
    ("Sistan Liberation Front militants attacked a border post on Sunday, killing three guards.", "Sistan Liberation"),
    ("Tehreek-e-Azadi Khorasan fighters ambushed a police convoy on Sunday and killed four policemen.", "Tehreek"),
    ("Officials said Jaish-e-Khorasan gunmen killed six border guards on Sunday near the Afghan border.", "Jaish"),
    # the act's agent after "by"
    ("Three border guards were killed on Sunday by the Sistan Liberation Front, officials said.", "Front"),
    # a name apposed to "militant group", blamed by the authorities
    (
        "The authorities believe the militant group Jundul Haq was behind Sunday's raid that killed five guards.",
        "Jundul",
    ),
    # "the X Y group" tied to the act
    (
        "A roadside bomb killed three soldiers on Sunday; the Qadir Shah group was behind the attack, police said.",
        "Qadir",
    ),
    # a group the report says is called so
    ("A group calling itself Jaish-ul-Sistan said it had killed four border guards on Sunday.", "Jaish-ul-Sistan"),
]


@pytest.mark.parametrize(("text", "word"), FILLS)
def test_a_group_the_dictionary_lacks_is_named_by_its_shape(text: str, word: str) -> None:
    draft = one_draft(text)
    assert word in (draft.get("perpetrator") or ""), draft.get("perpetrator")
    assert draft["attribution"] in ("alleged", "claimed")


def test_the_apposed_description_is_not_written_into_the_name() -> None:
    draft = one_draft(
        "The authorities believe the militant group Jundul Haq was behind Sunday's raid that killed guards."
    )
    assert draft.get("perpetrator") == "Jundul Haq"
    assert draft.get("attributed_by") == "authorities"


GUARDS = [
    # the victims are members of a shaped group: the victims, never the actor
    "Gunmen killed two members of the Sistan Liberation Front near the border on Sunday, police said.",
    # a civic movement's and a party's members are the victims
    "Gunmen killed three members of the Pashtun Tahaffuz Movement near the border on Sunday, police said.",
    "Gunmen attacked a rally of the Pakistan Tehreek-e-Insaf near the border on Sunday, killing two workers.",
    # a state's army is hit
    "Pakistan Army soldiers were killed on Sunday when militants attacked a post near the Afghan border.",
    # a tribe's peace militia is hit
    "Militants attacked the Aman Lashkar office near the border on Sunday, killing four volunteers.",
    # a school, a newspaper and a road are places and sources
    "A bomb near the Army Public School killed two people on Sunday near the border, police said.",
    "Gunmen killed three guards near the border on Sunday, the Liberation Front Times reported.",
    "A bomb went off on Front Road near the border on Sunday, killing two policemen.",
    # a group that only condemned the attack
    "The Sistan Liberation Front condemned the attack on Sunday that killed three guards near the border.",
    # a party that blamed the government is an accuser, and blamed no group
    "The Jamaat-e-Islami blamed the government after gunmen killed three traders near the border on Sunday.",
    # an unnamed claim, and the victims' commanders of a shaped group: the claimant stays unnamed
    "A group claimed responsibility for Sunday's attack that killed two commanders of the Sistan Liberation Front.",
]


@pytest.mark.parametrize("text", GUARDS)
def test_no_actor_is_made_of_a_victim_a_state_a_place_or_a_speaker(text: str) -> None:
    draft = one_draft(text)
    assert draft.get("perpetrator") is None, draft.get("perpetrator")


def test_shapes_of_a_name() -> None:
    from incident_tracker.extract.group_shapes import shaped_groups

    def names(text: str) -> list[str]:
        return [text[a:b] for a, b in shaped_groups(text)]

    assert names("Ansar al-Hudood, a little-known group, said so.") == ["Ansar al-Hudood"]
    assert names("The Tehreek-e-Azadi Khorasan (TAK) said so.") == ["Tehreek-e-Azadi Khorasan"]
    assert names("the “Sistan Lions” militants") == ["Sistan Lions"]
    assert names("Jaysh al-Nasr and Jeish-ul-Sistan fighters") == ["Jaysh al-Nasr", "Jeish-ul-Sistan"]
    assert names("the Qadir Shah group of fighters") == []  # "group of": a party of men, no group's name
    assert names("the Hazara group") == []  # one word before "group": a people as often as a group
    assert names("the Afghan National Army and the Pakistan Army") == []
    assert names("the 7th Brigade and the Badri 313 Battalion") == []  # a state's units
    assert names("a 'terrorist group'") == []
    assert names("the Front") == []
    assert names("the Liberation Front Times reported") == []  # a newspaper


def test_the_dictionary_still_comes_first() -> None:
    # a name the dictionary lists is given as the dictionary finds it, the shape adds nothing over it
    assert known_group("Balochistan Liberation Army fighters attacked", non_state=True) == "Balochistan Liberation Army"


@pytest.mark.parametrize("group", ["TTP", "Jaish al-Adl", "Qadir Shah"])
def test_talk_of_a_group_behind_it_is_suspected_whether_or_not_the_list_knows_it(group: str) -> None:
    # once a shape names a group, the reading of "the X group was behind" must not turn talk into an allegation
    draft = one_draft(
        "A bomb killed nine people at a market near the border on Sunday. There was talk that the "
        f"{group} group was behind the attack."
    )
    assert draft["attribution"] == "suspected"
    assert draft.get("perpetrator")  # the group, perhaps as the dictionary writes it ("Tehrik-i-Taliban Pakistan")
