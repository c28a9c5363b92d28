"""Actors the dictionary has not met (issue 14, extract113): sides named by an alliance, groups told by their name and
initials in a blame, the men of a named group as the subject of the act, a blame told as a participle.

Each sentence is written for this file. The fill tests name a side the reader left unnamed before (they fail on the
code before this change); the guards keep a news agency, a speaker, the victim's unit and a bare alliance out of the
perpetrator, and keep forms the reader already read (pass on both). docs/extract-journal.md, "Actors the dictionary has
not met", tells what each rule reads and what it leaves.
"""

from __future__ import annotations

import pytest

from _extract_helpers import one_draft
from incident_tracker.extract.coalitions import coalition_side
from incident_tracker.extract.unmet_actors import acronym_named, blaming, men_of_group_acted

FILLS = [
    (
        "Two NATO helicopters attacked a border post on Sunday and killed three soldiers, officials said.",
        "alleged",
        "NATO helicopters",
        None,
    ),
    (
        "Nine people died on Sunday when US-led coalition forces assaulted a farmhouse near the border.",
        "alleged",
        "US-led coalition forces",
        None,
    ),
    (
        "An ISAF gunship attacked a checkpoint on Sunday, killing two policemen, local officials said.",
        "alleged",
        "ISAF gunship",
        None,
    ),
    (
        "Four road workers were killed on Sunday by Lashkar-e-Khorasan militants, the district police chief said.",
        "alleged",
        "Lashkar-e-Khorasan militants",
        None,
    ),
    (
        "Fighters of the Zainabiyoun Brigade ambushed an army convoy on Sunday, killing five soldiers.",
        "alleged",
        "Zainabiyoun Brigade",
        None,
    ),
    (
        "Gunmen stormed a police post on Sunday and killed two officers, the provincial interior ministry said, "
        "blaming the Harkat Inqilab Sistan (HIS).",
        "alleged",
        "Harkat Inqilab Sistan (HIS)",
        "provincial interior ministry",
    ),
    (
        "The governor blamed the bombing on Sunday that killed six shoppers on the Jabhat Ahrar Balochistan (JAB).",
        "alleged",
        "Jabhat Ahrar Balochistan (JAB)",
        "governor",
    ),
    (
        "Officials accused the Jabhat Ahrar Balochistan (JAB) of the bombing on Sunday that killed six shoppers.",
        "alleged",
        "Jabhat Ahrar Balochistan (JAB)",
        "Officials",
    ),
]


@pytest.mark.parametrize(("text", "status", "perpetrator", "by"), FILLS)
def test_an_actor_the_dictionary_has_not_met_is_named(text: str, status: str, perpetrator: str, by: str | None) -> None:
    draft = one_draft(text)
    assert draft["attribution"] == status
    assert draft.get("perpetrator") == perpetrator
    if by is not None:
        assert draft.get("attributed_by") == by


GUARDS = [
    # a news agency told by its initials reports; it is nobody's perpetrator
    "Gunmen attacked a checkpoint on Sunday, killing three soldiers, the Islamic Republic News Agency (IRNA) reported.",
    # the victims' unit, told by its initials
    "Gunmen killed three soldiers of the Quick Reaction Force (QRF) at a checkpoint on Sunday.",
    # a spokesman of a state's force, told by its initials, speaks
    "Gunmen killed three soldiers at a checkpoint on Sunday, a spokesman for the Frontier Corps (FC) said.",
    # the alliance only speaks
    "Gunmen killed three soldiers at a checkpoint on Sunday. NATO said it was looking into the report.",
    # the alliance's trucks were hit: they are the target
    "Gunmen set fire to six NATO supply trucks on Sunday and killed a driver, police said.",
    # a blame of something that is not a side
    "Gunmen killed three soldiers at a checkpoint on Sunday, a spokesman said, blaming the poor lighting.",
]


@pytest.mark.parametrize("text", GUARDS)
def test_no_actor_is_made_of_a_source_a_speaker_or_a_target(text: str) -> None:
    draft = one_draft(text)
    assert draft.get("perpetrator") is None, draft.get("perpetrator")


def test_the_ministry_that_blames_is_the_accuser_not_the_perpetrator() -> None:
    draft = one_draft(
        "Gunmen stormed a police post on Sunday and killed two officers, the interior ministry said, blaming the "
        "Harkat Inqilab Sistan (HIS)."
    )
    assert "ministry" not in (draft.get("perpetrator") or "").lower()
    assert draft.get("attributed_by") == "interior ministry"


def test_men_from_a_country_are_no_group() -> None:
    assert men_of_group_acted("Militants from Afghanistan attacked a checkpoint on Sunday.") is None
    assert men_of_group_acted("the bodies of fighters of the Zainabiyoun Brigade were found") is None
    assert men_of_group_acted("Members of the Interior Ministry attacked the plan.") is None


def test_forms_of_a_name_with_initials() -> None:
    assert acronym_named("the Harkat Inqilab Sistan (HIS)")
    assert not acronym_named("the Islamic Republic News Agency (IRNA)")
    assert not acronym_named("the Frontier Corps (FC)")
    assert not acronym_named("Harkat Inqilab Sistan")  # no initials: left to the dictionary
    assert blaming("the ministry said, blaming the weather.") is None


def test_an_alliance_is_a_side_only_with_a_force() -> None:
    assert coalition_side("two Nato helicopters")
    assert coalition_side("the US-led coalition forces")
    assert not coalition_side("NATO")
    assert not coalition_side("NATO supply trucks")
    assert not coalition_side("US troops")  # a state by its initials: fired_by writes the state's name


@pytest.mark.parametrize(
    ("text", "perpetrator"),
    [
        # forms the reader already named; kept
        ("The extremist Islamic State (IS) group claimed the bombing on Sunday that killed six shoppers.", "Islamic"),
        ("A faction of Jamaat Ansar al-Hind claimed the bombing on Sunday that killed six shoppers.", "Ansar"),
        ("Gunmen killed three guards on Sunday. The Haqqani Brotherhood Front (HBF) claimed responsibility.", "HBF"),
    ],
)
def test_claims_by_groups_the_dictionary_lacks_stay_claimed(text: str, perpetrator: str) -> None:
    draft = one_draft(text)
    assert draft["attribution"] == "claimed"
    assert perpetrator in (draft.get("perpetrator") or "")
