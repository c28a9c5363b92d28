"""The thirteenth round: the perpetrator as the actor dictionary names it, the force an allegation naming
nobody is against, and the scorer comparing canonical names (docs/extract-journal.md, *The thirteenth round*)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from _extract_helpers import MONDAY, one_draft
from incident_tracker.extract import extract_drafts
from incident_tracker.extract.actors import canonical_actor, forces_named


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("TTP", "Tehrik-i-Taliban Pakistan"),
        ("Jaysh al-Adl", "Jaish al-Adl"),
        ("the Iranian border guards", "Military Forces of Iran"),
        ("Iranian border forces", "Military Forces of Iran"),
        ("Iranian border troops", "Military Forces of Iran"),
        ("Pakistani troops", "Military Forces of Pakistan"),
        ("Pakistani armed forces", "Military Forces of Pakistan"),
        ("Pakistani aircraft", "Military Forces of Pakistan"),
        ("Tajik border guards", "Tajik Border Troops"),
        ("Tajik border forces", "Tajik Border Troops"),
        ("Tajik troops", "Military Forces of Tajikistan"),
    ],
)
def test_a_known_actor_and_a_states_force_take_the_dictionarys_name(written: str, canonical: str) -> None:
    assert canonical_actor(written) == canonical


@pytest.mark.parametrize(
    "written",
    ["Afghan forces", "terrorists", "armed Afghan smugglers", "Pakistan", "Afghan troops", "Iranian border"],
)
def test_what_the_dictionary_does_not_list_stays_as_written(written: str) -> None:
    assert canonical_actor(written) is None


def test_a_drafts_perpetrator_is_the_canonical_name_and_a_note_keeps_the_words() -> None:
    text = "Two shepherds were shot dead by Iranian border forces near the frontier on Sunday, police said."
    (draft,) = extract_drafts(text, MONDAY)
    assert draft.values["perpetrator"] == "Military Forces of Iran"
    assert any("'Iranian border forces'" in note for note in draft.notes), draft.notes


def test_an_unknown_perpetrator_is_kept_as_written() -> None:
    text = "Two shepherds were shot dead by armed Afghan smugglers near the frontier on Sunday, police said."
    assert one_draft(text).get("perpetrator") == "armed Afghan smugglers"


def test_forces_named_finds_each_states_force_once() -> None:
    text = "Iranian border guards chased them, and Iranian forces fired, while Pakistani troops watched."
    assert forces_named(text) == {
        "Military Forces of Iran": "Iranian border guards",
        "Military Forces of Pakistan": "Pakistani troops",
    }


_ACCUSED = (
    "Migrants drowned on Friday after Iranian border guards forced them into a river, local media said. "
    "The Independent Human Rights Commission said on Sunday it had spoken to survivors, "
    "who accused Iranian forces of beating them. Seven migrants died."
)


def test_an_allegation_naming_nobody_is_against_the_one_force_the_incident_names() -> None:
    values = one_draft(_ACCUSED)
    assert values["attribution"] == "alleged" and values["target_type"] == "civilians"
    assert values["perpetrator"] == "Military Forces of Iran"


def test_two_states_forces_named_leave_the_accused_empty() -> None:
    text = _ACCUSED.replace("local media said", "Pakistani troops said")
    values = one_draft(text)
    assert values["attribution"] == "alleged" and "perpetrator" not in values


def test_forces_that_were_hit_are_not_the_accused() -> None:
    text = (
        "Two Iranian border guards were killed on Friday near the frontier, officials said. "
        "Officials accused smugglers of the attack."
    )
    values = one_draft(text)
    assert values.get("perpetrator") != "Military Forces of Iran"


@pytest.mark.parametrize(
    ("coded", "proposed", "same"),
    [
        ("Iranian border guards", "Military Forces of Iran", True),
        ("Iranian border guards", "Iranian border forces", True),
        ("Pakistani forces", "Pakistani troops", True),
        ("Pakistani forces", "Pakistani armed forces", True),  # words alone, as before
        ("Tajik border guards", "Military Forces of Tajikistan", False),
        ("Iranian border guards", "Military Forces of Pakistan", False),
        ("khwarij", "terrorists", False),
    ],
)
def test_the_scorer_compares_actors_by_canonical_name(coded: str, proposed: str, same: bool) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from eval_extract import _real_same

    assert _real_same("actor", coded, proposed) is same


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "On Wednesday, terrorists inside Afghanistan fired across the border on a military post in Mohmand. "
            "The ISPR said the troops responded and a soldier later died of his wounds.",
            "military",
        ),
        (
            "Twenty masked gunmen attacked a Tajik outpost on the border on Tuesday. "
            "The border forces struck back and killed most of the raiders.",
            "border_guards",
        ),
    ],
)
def test_a_post_attacked_with_no_toll_of_who_was_hit_has_its_holders_as_target(text: str, target: str) -> None:
    assert one_draft(text)["target_type"] == target


def test_a_post_whose_holders_are_not_told_leaves_the_target_empty() -> None:
    text = "Gunmen attacked a post near the border on Tuesday and fled, officials said."
    assert "target_type" not in one_draft(text)
