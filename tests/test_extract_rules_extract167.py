"""Who did it (extract167): the scorer's word match for the same men in other words, and the readings this branch adds.

Every phrase and sentence here is written for this file; none is a report's. Each shape has tests of what it mends
(each fails on main's code before this branch) and guards of what it leaves as it was; the dev counts are in
docs/extract-journal.md (*… : rules (extract167)*).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from eval_extract import _same_actor

from _extract_helpers import one_draft
from incident_tracker.extract.actors import canonical_actor

PUBLISHED = dt.date(2024, 6, 4)  # a Tuesday


def _draft(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED, locate=None)


# --- the scorer: a count, arms or a collective noun is not who (scripts/extract_scoring/matching.py) ---------------


@pytest.mark.parametrize(
    ("coded", "read"),
    [
        ("nine armed heroin traffickers", "Afghan heroin traffickers"),
        ("12 armed heroin traffickers", "a gang of heroin traffickers"),
        ("Afghan cigarette smugglers", "an armed band of cigarette smugglers"),
        ("Afghan cigarette smugglers", "armed cigarette smugglers from Afghanistan"),
        ("a separatist cell", "armed separatists"),
        ("some 40 armed raiders", "the Kyrgyz raiders"),
    ],
)
def test_the_same_men_told_with_a_count_or_their_arms_are_one_actor(coded: str, read: str) -> None:
    assert _same_actor(coded, read)


@pytest.mark.parametrize(
    ("coded", "read"),
    [
        ("Afghan cigarette smugglers", "Iranian cigarette smugglers"),
        ("nine armed heroin traffickers", "nine armed militants"),
        ("an armed group", "armed men"),
        ("a separatist cell", "a jihadist cell"),
        ("Pakistani forces", "Afghan forces"),
    ],
)
def test_men_of_another_kind_or_side_stay_apart(coded: str, read: str) -> None:
    assert not _same_actor(coded, read)


# --- the actor dictionary: the name Iran gives Jaish al-Adl (data/actors.tsv) -------------------------------------


@pytest.mark.parametrize("spelling", ["Jaish al-Zulm", "Jaish al-Zolum", "Army of Injustice"])
def test_the_name_iran_gives_jaish_al_adl_finds_its_entry(run, spelling: str) -> None:  # type: ignore[no-untyped-def]
    """`tracker actors show` (and every filter that matches a perpetrator by the actor's spellings) finds the group by
    the name its enemy's officials use, as the reader already did (``actors._OTHER_NAME``)."""
    run("actors", "seed")
    shown = run("actors", "show", spelling).stdout
    assert "Jaish al-Adl" in shown.splitlines()[0]


# --- a force's men named before it (.actors.canonical_actor) -------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "canonical"),
    [
        ("soldiers of Tajikistan's border forces", "Tajik Border Troops"),
        ("two members of Iran's border guard", "Military Forces of Iran"),
        ("servicemen of Kyrgyzstan's armed forces", "Military Forces of Kyrgyzstan"),
    ],
)
def test_a_force_s_men_are_the_force(phrase: str, canonical: str) -> None:
    assert canonical_actor(phrase) == canonical


@pytest.mark.parametrize("phrase", ["members of the Tajik community", "soldiers of fortune", "men of Panjgur"])
def test_men_of_no_state_s_force_stay_unnamed(phrase: str) -> None:
    assert canonical_actor(phrase) is None


def test_a_force_s_men_opening_fire_are_still_read_as_the_force() -> None:
    draft = _draft(
        "One smuggler was killed and another wounded on Sunday when soldiers of Tajikistan's border forces opened "
        "fire on them at the river crossing, the border service said."
    )
    assert draft.get("perpetrator") == "Tajik Border Troops"


# --- a state admitting a strike is its striker (.strikes) ---------------------------------------------------------


def test_a_state_that_admits_a_strike_named_by_where_it_fell_is_its_striker() -> None:
    draft = _draft(
        "Kazakhstan admits Kyrgyz air strike\n\nKazakh jets dropped bombs on a village on the Kyrgyz side of the "
        "border on Monday, killing two shepherds, the Kyrgyz emergencies ministry said."
    )
    assert (draft.get("perpetrator"), draft.get("attribution")) == ("Military Forces of Kazakhstan", "confirmed")


def test_a_state_condemning_a_strike_is_not_its_striker() -> None:
    draft = _draft(
        "Afghanistan condemns Pakistani air strikes\n\nPakistani air strikes killed eight people in Paktika "
        "province on Monday, Afghan officials said."
    )
    assert draft.get("perpetrator") == "Military Forces of Pakistan"


# --- a state's ministry owning its act is the state, not the last word of its name (.claims_read) --------------


def test_a_ministry_of_two_words_owning_a_strike_is_its_state() -> None:
    from incident_tracker.extract.attribution import read_attribution

    found = read_attribution(
        "Kazakhstan's Ministry of Defence and Aerospace Industry said on Monday that it had carried out strikes on "
        "two smugglers' camps across the border."
    )
    assert found is not None
    assert (found.status, found.perpetrator) == ("confirmed", "Kazakh forces")


def test_a_group_saying_it_did_it_is_still_its_claim() -> None:
    from incident_tracker.extract.attribution import read_attribution

    found = read_attribution("The Jaish al-Adl group said it had carried out the attack on the border post.")
    assert found is not None
    assert (found.status, found.perpetrator) == ("claimed", "Jaish al-Adl")


# --- an alliance's forces acting in Pakistan came from Afghanistan (.coalition_origin) ----------------------------

_NATO_POST = (
    "Two NATO helicopters fired rockets at a Frontier Corps post in Pakistan's Kurram Agency on Thursday, killing "
    "three soldiers, Pakistani officials said."
)


def test_an_alliance_s_helicopters_striking_in_pakistan_came_from_afghanistan() -> None:
    draft = one_draft(_NATO_POST, dt.date(2010, 10, 1), locate=None)
    assert (draft.get("country"), draft.get("origin_country")) == ("PK", "AF")


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (_NATO_POST, dt.date(2023, 10, 6)),  # after the alliance left Afghanistan: no base of its there to tell
        (
            "Two NATO helicopters fired rockets at a Taliban position in Afghanistan's Khost province on Thursday, "
            "killing three fighters, Afghan officials said.",
            dt.date(2010, 10, 1),
        ),
    ],
)
def test_an_alliance_acting_in_afghanistan_or_after_it_left_has_no_origin(text: str, published: dt.date) -> None:
    assert one_draft(text, published, locate=None).get("origin_country") is None
