"""Attributions from the wrong sentence (issue 14, extract141): a claim told as not made, and a charge of support
read as blame for the act.

Every sentence here is written for this file. The fill tests fail on the code before this change ("no person or group
had claimed responsibility" was a claim with no actor; "accused X of backing rebels" made X the actor); the guards
pass on both. docs/extract-journal.md, "Attributions from the wrong sentence, and the actors still empty: rules
(extract141)", gives the counts behind each.
"""

from __future__ import annotations

import pytest

from _extract_helpers import one_draft
from incident_tracker.extract.attribution import read_attribution
from incident_tracker.extract.support_charges import without_support_charges

NOT_CLAIMED = [
    "The ministry said it was a car bomb, but no person or group had claimed responsibility.",
    "No individual or group has claimed responsibility for the explosion.",
    "No militant group had yet claimed the ambush on Monday evening.",
    "No armed group has claimed responsibility so far.",
    "The raid on the post has not been claimed by any group.",
    "Responsibility for the blast near the market has not yet been claimed.",
    "Neither the BLA nor any other group claimed the bombing.",
    "Jaish al-Adl has yet to claim responsibility for the ambush.",
    "The Baloch Liberation Army did not immediately claim the attack.",
    "There was no claim of responsibility for the mortar fire.",
]


@pytest.mark.parametrize("text", NOT_CLAIMED)
def test_a_claim_told_as_not_made_is_unattributed_read(text: str) -> None:
    found = read_attribution(text)
    assert found is not None
    assert (found.status, found.perpetrator) == ("unattributed", None)


def test_a_claim_told_as_not_made_reaches_the_draft_as_read_not_as_default() -> None:
    draft = one_draft(
        "A bomb killed four worshippers at a mosque in Chabahar on Sunday. No person or group had claimed "
        "responsibility by Monday evening."
    )
    assert draft["attribution"] == "unattributed"
    assert "perpetrator" not in draft


CLAIMED = [
    ("The TTP claimed responsibility for the ambush on the convoy.", "TTP"),
    ("Jaish al-Adl claimed the raid on the post in a statement on Telegram.", "Jaish al-Adl"),
    ("The BLA said it had killed six soldiers at the checkpost.", "BLA"),
]


@pytest.mark.parametrize(("text", "group"), CLAIMED)
def test_a_claim_made_is_still_a_claim(text: str, group: str) -> None:
    found = read_attribution(text)
    assert found is not None
    assert (found.status, found.perpetrator) == ("claimed", group)


SUPPORT_CHARGES = [
    "Afghan officials have accused Pakistan of backing the insurgents who operate along the frontier.",
    "The army has accused India of stepping up a proxy war against Pakistan since the spring.",
    "Iranian officials have accused Britain and the United States of arming separatist rebels in the province.",
    "Pakistani officials have accused Afghanistan of sheltering the militants behind a string of raids.",
    "The foreign ministry has accused India of sponsoring terrorism in Balochistan.",
]


@pytest.mark.parametrize("text", SUPPORT_CHARGES)
def test_a_charge_of_support_names_no_actor(text: str) -> None:
    assert read_attribution(text) is None


def test_a_charge_of_support_leaves_the_bombing_unattributed() -> None:
    draft = one_draft(
        "A bomb tore through a bus near Zahedan on Sunday, killing nine passengers. Iranian officials have accused "
        "Britain and the United States of backing rebel groups that operate in the border province."
    )
    assert "perpetrator" not in draft
    assert draft["attribution"] == "unattributed"


ACCUSED_OF_THE_ACT = [
    ("Afghanistan accused Pakistani forces of shelling villages in Kunar on Sunday.", "Pakistani forces"),
    ("It accused Afghan forces of firing at several border posts.", "Afghan forces"),
    ("Iran blamed Pakistani forces for the mortar fire on the village.", "Pakistani forces"),
]


@pytest.mark.parametrize(("text", "side"), ACCUSED_OF_THE_ACT)
def test_an_accusation_of_the_act_itself_still_names_the_accused(text: str, side: str) -> None:
    found = read_attribution(text)
    assert found is not None
    assert (found.status, found.perpetrator) == ("alleged", side)


def test_the_blanked_charge_keeps_the_sentence_length_and_the_rest() -> None:
    text = "Pakistan accused Kabul of sheltering militants, who attacked the post on Sunday."
    blanked = without_support_charges(text)
    assert len(blanked) == len(text)
    assert "Kabul" not in blanked
    assert blanked.endswith("militants, who attacked the post on Sunday.")


DENIED_OWN_ACT = [
    "The Pakistani military denied that its troops had fired on the two helicopters.",
    "Kyrgyz officials denied that their border guards had opened fire on the herders.",
    "The Iranian army rejected reports that it had struck villages across the border.",
]


@pytest.mark.parametrize("text", DENIED_OWN_ACT)
def test_a_side_denying_its_own_act_confirms_nothing(text: str) -> None:
    found = read_attribution(text)
    assert found is None or found.status != "confirmed"


OWNED_ACT = [
    (
        "Uzbek officials told reporters that their border guards had shot a man crossing the river.",
        "Uzbek border guards",
    ),
    ("The Pakistani army confirmed that it had struck hideouts across the border.", "Pakistani army"),
]


@pytest.mark.parametrize(("text", "side"), OWNED_ACT)
def test_a_side_owning_its_act_still_confirms_it(text: str, side: str) -> None:
    found = read_attribution(text)
    assert found is not None
    assert (found.status, found.perpetrator) == ("confirmed", side)


SPEAKER_BEFORE_THE_SIDE = [
    ("The ISPR said the terrorists attacked a patrol near Ghulam Khan on Sunday.", "terrorists"),
    ("The ISPR said the terrorists opened fire on a checkpost in the Tirah valley.", "terrorists"),
    ("The ISPR said Afghan forces attacked a post in the Tirah valley.", "Afghan forces"),
]


@pytest.mark.parametrize(("text", "side"), SPEAKER_BEFORE_THE_SIDE)
def test_a_speakers_clause_before_the_side_is_not_part_of_the_actor(text: str, side: str) -> None:
    found = read_attribution(text)
    assert found is not None
    assert found.perpetrator == side


def test_a_generic_label_after_a_speaker_gives_no_speaker_as_actor() -> None:
    # "militants" told by a speaker only describes who attacked (as .attribution_acts reads it): nothing, not the
    # speaker and the label as one name
    found = read_attribution("The ISPR said the militants attacked a convoy in the Tirah valley.")
    assert found is None or "ISPR" not in (found.perpetrator or "")


NAMED_ATTACKS = [
    (
        "Nine soldiers lost their lives in a Taliban attack on two posts near Kohsan, officials said.",
        "alleged",
        "Taliban",
    ),
    ("Four policemen were killed in a TTP attack on a checkpost in Bannu on Sunday.", "alleged", "TTP"),
    ("Two guards died in a Jaish al-Adl ambush near Saravan on Sunday night.", "alleged", "Jaish al-Adl"),
    ("Three soldiers were killed in a suspected TTP raid on the post on Sunday.", "suspected", "TTP"),
]


@pytest.mark.parametrize(("text", "status", "group"), NAMED_ATTACKS)
def test_a_group_named_as_the_attacks_owner_is_the_actor(text: str, status: str, group: str) -> None:
    found = read_attribution(text)
    assert found is not None
    assert (found.status, found.perpetrator) == (status, group)


def test_a_named_attack_reaches_the_draft() -> None:
    draft = one_draft("Six Afghan soldiers were killed in a Taliban attack on a post in Balkhab district on Sunday.")
    assert (draft["attribution"], draft["perpetrator"]) == ("alleged", "Taliban")


UNNAMED_ATTACKS = [
    "Six soldiers were wounded in a militant attack on the post on Sunday.",
    "Two guards were killed in a terrorist attack near Saravan on Sunday.",
    "Two guards were killed in a Pakistani attack near the post on Sunday.",
]


@pytest.mark.parametrize("text", UNNAMED_ATTACKS)
def test_a_label_or_a_states_adjective_names_no_attacks_owner(text: str) -> None:
    assert read_attribution(text) is None


def test_a_named_attack_in_a_sentence_cut_as_background_names_no_one() -> None:
    # what the reader keeps of "Two guards died in a TTP raid on the post in 2019." once its background is cut
    assert read_attribution("Two guards died in a TTP raid on the post ") is None
    assert read_attribution("Two guards died in a TTP raid on the post.") is not None
