"""Actor and attribution out of sample (issue 14, extract133): a group telling its own act is its claim; an alliance's
force told with its base or its owner is the side that fired.

Every sentence here is written for this file. The fill tests fail on the code before this change (the group's claim
was read as ``alleged``; the coalition's force named nobody); the guards pass on both: a state saying it acted, a
group denying the act, answered fire and a coalition told doing no violence. docs/extract-journal.md, "Actor and
attribution out of sample: readings and abstentions (extract133)", gives the measurement behind both.
"""

from __future__ import annotations

import pytest

from _extract_helpers import one_draft
from incident_tracker.extract.attribution import read_attribution

GROUP_SAID_IT = [
    ("The TTP said it had killed nine soldiers in the raid on the checkpost on Sunday.", "Taliban"),
    ("On Sunday Jaish al-Adl said its men had ambushed the border patrol and killed four guards.", "Jaish al-Adl"),
    ("The Balochistan Liberation Army said that it attacked the convoy on Sunday, killing six.", "Balochistan"),
    # a group the dictionary lacks, known by the shape of its name
    ("The Sistan Liberation Front said it had stormed the post on Sunday and killed three guards.", "Sistan"),
    # owning the act with nothing after "responsible", the group known by its shape in the sentence
    (
        "Four guards were killed near Saravan on Sunday. The rebel group Sarbazan said it was responsible, "
        "according to a statement on its website.",
        "Sarbazan",
    ),
]


@pytest.mark.parametrize(("text", "word"), GROUP_SAID_IT)
def test_a_group_telling_its_own_act_claims_it(text: str, word: str) -> None:
    draft = one_draft(text)
    assert draft["attribution"] == "claimed"
    assert word in (draft.get("perpetrator") or "")


def test_the_group_unnamed_in_its_sentence_claims_without_a_name_of_its_own() -> None:
    found = read_attribution("In a message to reporters, the group said it had killed two of the hostages.")
    assert found is not None
    assert (found.status, found.perpetrator) == ("claimed", None)


NOT_A_GROUPS_CLAIM = [
    # a state owning its act is no group's claim
    "Tehran said on Sunday it had attacked militant camps across the border, killing six.",
    "Tajik officials said they had killed two armed smugglers on the border on Sunday.",
    # a denial
    "The TTP said it had not attacked the checkpost, where two soldiers were killed on Sunday.",
]


@pytest.mark.parametrize("text", NOT_A_GROUPS_CLAIM)
def test_a_state_or_a_denial_is_no_claim(text: str) -> None:
    found = read_attribution(text)
    assert found is None or found.status != "claimed"


COALITION_ACTED = [
    (
        "Islamabad says forces of the NATO-led coalition in Afghanistan killed two of its soldiers on Sunday.",
        "forces of the NATO-led coalition in Afghanistan",
    ),
    (
        "Two soldiers were killed on Sunday after US-led coalition troops in Afghanistan fired on a border post.",
        "US-led coalition troops in Afghanistan",
    ),
    (
        "On Sunday, helicopters of the US-led coalition bombed a checkpost near Miranshah, killing three soldiers.",
        "helicopters of the US-led coalition",
    ),
]


@pytest.mark.parametrize(("text", "actor"), COALITION_ACTED)
def test_an_alliances_force_told_with_its_base_or_owner_is_the_side_that_fired(text: str, actor: str) -> None:
    draft = one_draft(text)
    assert draft["attribution"] == "alleged"
    assert draft.get("perpetrator") == actor


@pytest.mark.parametrize(
    "text",
    [
        # fire that answers an attack is left to the readings of answered fire
        "Coalition forces in Afghanistan fired back at the launch site after rockets hit their base on Sunday.",
        # the coalition doing no violence names no one who fired
        "Forces of the NATO-led coalition in Afghanistan have supplied the border post for years.",
    ],
)
def test_a_coalition_that_answers_or_does_nothing_is_not_read_as_the_attacker(text: str) -> None:
    found = read_attribution(text)
    assert found is None or not (found.perpetrator or "").lower().startswith(("coalition forces", "forces of"))


SIDE_IN_THE_REPORTED_CLAUSE = [
    (
        "Officials said two guards died on Sunday when Afghan militia forces opened fire from across the border.",
        "Afghan militia forces",
        "Officials",
    ),
    (
        "Elders said a boy was killed on Sunday when Iranian militia forces opened fire from across the border.",
        "Iranian militia forces",
        "Elders",
    ),
]


@pytest.mark.parametrize(("text", "actor", "speaker"), SIDE_IN_THE_REPORTED_CLAUSE)
def test_the_side_a_speaker_tells_acting_is_the_alleged_actor(text: str, actor: str, speaker: str) -> None:
    draft = one_draft(text)
    assert draft["attribution"] == "alleged"
    assert draft.get("perpetrator") == actor
    assert speaker in (draft.get("attributed_by") or "")


def test_a_speaker_before_another_states_troops_is_not_that_state_speaking() -> None:
    found = read_attribution(
        "Military sources said Afghan government troops had fired the shells from across the border."
    )
    assert found is not None
    assert (found.status, found.perpetrator) == ("alleged", "Afghan government troops")


@pytest.mark.parametrize(
    "text",
    [
        # a crosser told only as a man, and a crossing with no violence in it, name no side
        "He said a search of the man who crossed the border on Sunday turned up six kilograms of opium.",
        "The ministry said two herders had crossed the border on Sunday looking for their sheep.",
        # a side that only came in is what set the fighting off, not who fired
        "Sources said the clash began on Sunday when Iranian border forces entered the district to stop farmers.",
    ],
)
def test_a_reported_clause_naming_no_side_gives_no_actor(text: str) -> None:
    found = read_attribution(text)
    assert found is None or found.perpetrator is None
