"""Actors the reader does not name (issue 14): a state's forces told as the agent of a fire, a group's claim
through a unit it names as its own.

Each sentence is written for this file. The fill tests name a side the reader left unnamed before (they fail on
the code before this change); the guards keep a side out where the sentence does not name one as the one who
fired, and pass on both. docs/extract-journal.md, "Actors the reader does not name", counts the dev misses by cause.
"""

from __future__ import annotations

import datetime as dt

import pytest

from _extract_helpers import one_draft
from incident_tracker.extract.actors import canonical_actor

PUBLISHED = dt.date(2025, 3, 10)


def _draft(text: str) -> dict[str, object]:
    return one_draft(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        (
            "ASADABAD: Three children were killed on Sunday in a bombardment by Pakistani helicopters in Kunar "
            "province, the Afghan government said.",
            "Military Forces of Pakistan",
        ),
        (
            "KABUL: Afghanistan summoned Pakistan's envoy on Sunday over shelling across the border by Pakistani "
            "forces. Two villagers were killed in the Dangam district of Kunar province, officials said.",
            "Military Forces of Pakistan",
        ),
        (
            "KABUL: Two days of artillery fire by Pakistan's military killed five people in Kunar province on "
            "Saturday, local officials said.",
            "Military Forces of Pakistan",
        ),
        (
            "TALOQAN: Four civilians were killed on Monday in air strikes by Tajik aircraft on a village in Takhar "
            "province, local officials said.",
            "Military Forces of Tajikistan",
        ),
    ],
)
def test_a_states_forces_named_as_the_agent_of_the_fire_are_the_actor(text: str, canonical: str) -> None:
    values = _draft(text)
    assert values["attribution"] == "alleged"
    assert canonical_actor(str(values["perpetrator"])) == canonical


def test_a_group_claiming_through_a_unit_it_names_as_its_own_is_the_actor() -> None:
    values = _draft(
        "TURBAT: Two soldiers were killed on Tuesday when gunmen attacked a naval air station in Kech district, "
        "officials said. The banned Balochistan Liberation Army said its Majeed Brigade had carried out the attack."
    )
    assert values["attribution"] == "claimed"
    assert canonical_actor(str(values["perpetrator"])) == "Balochistan Liberation Army"


@pytest.mark.parametrize(
    "text",
    [
        # "the forces" name no side
        "PARACHINAR: Two soldiers were killed on Monday in firing by the forces in Kurram district, officials said.",
        # a side named only as the one who condemned the strikes, never as the one who struck
        "PARACHINAR: Two soldiers were killed on Monday in Kurram district. The strikes were condemned by Afghan "
        "forces, officials said.",
        # a unit the group says did not carry the attack out is no claim
        "ZAHEDAN: Two guards were killed on Monday in an attack on a post in Saravan. The Jaish al-Adl group said "
        "its Ansar Battalion had not carried out the attack.",
    ],
)
def test_no_side_is_named_where_the_sentence_does_not_say_it_fired(text: str) -> None:
    values = _draft(text)
    assert values.get("perpetrator") is None
    assert values["attribution"] == "unattributed"


def test_a_raid_by_a_states_own_forces_is_not_read_as_their_fire() -> None:
    """A raid at home is the state's own operation (the codebook's ``confirmed``), not an allegation: the noun
    list of the fire leaves "raid" out, so the reader's older reading of it stands."""
    values = _draft(
        "LANDI KOTAL: Four militants were killed on Monday in a raid by Pakistani forces on a hideout in Khyber "
        "district, officials said."
    )
    assert values["attribution"] != "alleged"
