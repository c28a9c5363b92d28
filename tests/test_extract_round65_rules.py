"""Rules from round 65's dev misses (issue 14, docs/extract-journal.md *Round 65's dev misses*).

Every sentence here is written for this file; none is a report's. A detention, handover or exchange told as what
happened drafts nothing (arrests are not incidents), while an abduction or a clash beside a detention is still one;
the police or security forces firing on protesters is ACLED's *Excessive force against protesters*, alleged against
the force; a place's past told as "has seen unrest before" is background. The tests of what changed fail on main's
code; the guards pass on both.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from _extract_helpers import drafts_of
from incident_tracker.extract.custody import custody_happened

PUBLISHED = dt.date(2023, 4, 12)  # a Wednesday


def _drafts(text: str) -> list[dict[str, Any]]:
    return drafts_of(text, PUBLISHED, locate=None)


# --- a detention, handover or exchange is no incident -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The two states agreed to free the men held at the crossing. The exchange of detainees took place on the "
        "night of April 10, the agency said.",
        "The handover of the detained shepherds happened on April 9 at the Dostuk post.",
        "Guards of both sides met at the bridge. The release of the prisoners took place on Monday morning.",
    ],
)
def test_a_custody_told_as_what_happened_drafts_nothing(text: str) -> None:
    assert _drafts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The attack took place on April 10 after the arrests, and two guards were killed.",
        "Gunmen abducted three herders near Kara-Suu on April 10; the detention of two suspects followed.",
    ],
)
def test_guard_an_attack_or_an_abduction_beside_a_detention_is_still_drafted(text: str) -> None:
    drafts = _drafts(text)
    assert len(drafts) == 1
    assert drafts[0]["event_date"] == "2023-04-10"


def test_guard_the_custody_reading_needs_the_custody_as_what_happened() -> None:
    assert custody_happened("The swap of captured officers occurred late on Sunday.")
    assert not custody_happened("The clash took place after the detention of two herders.")


# --- fire on protesters -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "On April 10 police opened fire on demonstrators outside the governor's office in Sarakhs, killing three.",
            "police",
        ),
        (
            "On April 10 the security forces fired on farmers who had gathered at the district hall in Sarakhs, "
            "killing two and wounding six.",
            "the security forces",
        ),
        ("Riot police shot dead two men on April 10 as they broke up a rally in Sarakhs.", "Riot police"),
    ],
)
def test_police_firing_on_protesters_is_excessive_force_against_protesters(text: str, actor: str) -> None:
    (draft,) = _drafts(text)
    assert (draft["event_type"], draft["sub_event_type"]) == ("Protests", "Excessive force against protesters")
    assert draft["target_type"] == "civilians"
    assert (draft["attribution"], draft["perpetrator"]) == ("alleged", actor)


def test_guard_guards_whose_shot_set_off_a_protest_are_no_fire_on_protesters() -> None:
    (draft,) = _drafts(
        "On April 10 border guards shot and wounded a herder near Sarakhs, setting off a protest by villagers."
    )
    assert draft["sub_event_type"] != "Excessive force against protesters"


def test_an_allegation_that_names_nobody_gets_the_force() -> None:
    (draft,) = _drafts(
        "On April 10 police opened fire on protesters in Sarakhs, killing two. The interior ministry said its "
        "officers had fired in self-defence."
    )
    assert draft["sub_event_type"] == "Excessive force against protesters"
    assert (draft["attribution"], draft["perpetrator"]) == ("alleged", "police")


def test_guard_a_claim_read_from_the_text_stands() -> None:
    (draft,) = _drafts(
        "On April 10 police opened fire on protesters in Sarakhs, killing two. Jundallah claimed responsibility for "
        "an attack on the police station that came before."
    )
    assert (draft["attribution"], draft["perpetrator"]) == ("claimed", "Jundallah")


# --- a place's past -------------------------------------------------------------------------------------------------


def test_a_place_that_has_seen_unrest_before_is_background() -> None:
    text = (
        "Villagers in Sarakhs are angry over the new border fence, officials said on April 11. The town has seen "
        "unrest before, among it the day police fired on protesters over a water deal."
    )
    assert _drafts(text) == []


# --- a protest that is the news ---------------------------------------------------------------------------------------


def test_a_dated_gathering_with_demands_is_a_peaceful_protest() -> None:
    text = (
        "The closure of the crossing brought residents of villages in the Kara-Suu district out in protest. "
        "On April 10 they gathered outside the district offices and demanded that the road be opened."
    )
    (draft,) = _drafts(text)
    assert (draft["event_type"], draft["sub_event_type"]) == ("Protests", "Peaceful protest")
    assert (draft["event_date"], draft["date_precision"]) == ("2023-04-10", "day")
    assert draft["place"] == "Kara-Suu district"  # the protesters' villages are where they protest
    assert draft.get("perpetrator") is None and draft["attribution"] == "unattributed"


@pytest.mark.parametrize(
    "text",
    [
        # a state's protest has no crowd
        "On April 10 Kyrgyzstan lodged a protest with Tashkent over the new fence at the crossing.",
        # a gathering with no protest word
        "On April 10 villagers gathered at the mosque in Kara-Suu for the funeral of an elder.",
        # a gathering told long before the report
        "On February 2 villagers gathered in Kara-Suu and demanded that the road be opened.",
    ],
)
def test_guard_no_protest_drafted_without_a_crowd_a_protest_word_or_a_recent_day(text: str) -> None:
    assert _drafts(text) == []


def test_guard_a_protest_beside_a_drafted_shooting_adds_no_draft() -> None:
    text = (
        "On April 10 guards shot dead a herder near Kara-Suu. On April 11 villagers gathered at the district offices "
        "and demanded an inquiry."
    )
    drafts = _drafts(text)
    assert [d["sub_event_type"] for d in drafts] != ["Peaceful protest"]
    assert all(d["sub_event_type"] != "Peaceful protest" for d in drafts)
