"""Leftovers of round 64 and of the second-event grouping (issue 14, docs/extract-journal.md *Leftovers of rounds 64 and
65's rules*).

Every sentence here is written for this file; none is a report's. The tests of what changed fail on main's code;
the guards pass on both.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from _extract_helpers import drafts_of, one_draft
from incident_tracker.extract.another_event import returns_to_lead

PUBLISHED = dt.date(2024, 6, 11)  # a Tuesday: "on Sunday" is 9 June
LEAD = "Insurgents stormed a frontier post in Kalgan, killing two border guards."


def _drafts(text: str) -> list[dict[str, Any]]:
    return drafts_of(text, PUBLISHED, locate=None)


def _blame(drafts: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(d.get("place"), d.get("attribution"), d.get("perpetrator")) for d in drafts]


# --- a ministry by its name accuses -----------------------------------------------------------------------------------


@pytest.mark.parametrize("ministry", ["The Interior Ministry", "The Defence Ministry", "Iran's Interior Ministry"])
def test_a_ministry_by_its_name_is_the_accuser(ministry: str) -> None:
    text = f"Gunmen shot dead two border guards in Kalgan on Sunday. {ministry} blamed the attack on men from Tirmak."
    draft = one_draft(text, PUBLISHED, locate=None)
    assert (draft.get("attribution"), draft.get("attributed_by")) == ("alleged", ministry.removeprefix("The "))


def test_guard_a_lowercase_ministry_is_still_the_accuser() -> None:
    text = "Gunmen shot dead two border guards in Kalgan on Sunday. The interior ministry blamed the Taliban for it."
    assert one_draft(text, PUBLISHED, locate=None).get("attributed_by") == "interior ministry"


# --- the claim of an event set apart, and the lead's claim kept to the lead -----------------------------------------


@pytest.mark.parametrize("between", ["\n\n", " "])
@pytest.mark.parametrize("opening", ["In a separate attack,", "Separately,"])
def test_an_undated_set_apart_event_keeps_its_own_claim(between: str, opening: str) -> None:
    text = (
        LEAD
        + between
        + f"{opening} Jaish al-Adl militants shot dead three soldiers in Tirmak, and the group claimed it."
    )
    assert _blame(_drafts(text)) == [("Kalgan", "unattributed", None), ("Tirmak", "claimed", "Jaish al-Adl")]


@pytest.mark.parametrize(
    "second",
    [
        "In a separate attack, armed men shot dead three soldiers in Tirmak.",
        "In a separate attack on June 9, armed men shot dead three soldiers in Tirmak.",
        "\nSeparately, armed men shot dead three soldiers in Tirmak.",
    ],
)
def test_the_leads_claim_does_not_reach_the_event_set_apart(second: str) -> None:
    lead = (
        "Jaish al-Adl militants stormed a frontier post in Kalgan, killing two border guards, and the group claimed it."
    )
    drafts = _drafts(lead + " " + second)
    assert _blame(drafts)[0] == ("Kalgan", "claimed", "Jaish al-Adl")
    assert drafts[1].get("place") == "Tirmak"
    assert drafts[1].get("attribution") != "claimed" and drafts[1].get("perpetrator") is None


def test_guard_a_claim_whose_group_only_the_lead_names_is_not_read_into_the_event_set_apart() -> None:
    text = (
        "Jaish al-Adl militants stormed a frontier post in Kalgan, killing two border guards. In a separate attack, "
        "armed men shot dead three soldiers in Tirmak, and the group claimed it."
    )
    assert _drafts(text)[1].get("perpetrator") is None


# --- the report goes back to the lead's attack ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "back",
    [
        "The attackers at the Kalgan post also wounded four guards before they fled.",
        "At the post, the attackers also wounded four guards before they fled.",
    ],
)
def test_a_sentence_naming_the_leads_place_again_goes_back_to_the_lead(back: str) -> None:
    text = LEAD + "\n\nIn a separate attack on June 9, armed men shot dead three soldiers in Tirmak.\n\n" + back
    lead, other = _drafts(text)
    assert (lead.get("event_date"), lead.get("killed"), lead.get("injured")) == ("2024-06-05", 2, 4)
    assert (other.get("event_date"), other.get("place"), other.get("killed"), other.get("injured")) == (
        "2024-06-09",
        "Tirmak",
        3,
        None,
    )


@pytest.mark.parametrize(
    ("back", "returns"),
    [
        ("The attackers at the Kalgan post also wounded four guards.", True),
        ("At the post, four guards were wounded.", True),
        ("Four more soldiers were wounded in Tirmak.", False),  # the other event's place
        ("The Kalgan and Tirmak attacks both came at night.", False),  # both named: not back on the lead
        ("Four more soldiers were wounded.", False),  # neither named: the other event told on
    ],
)
def test_which_sentences_go_back_to_the_lead(back: str, returns: bool) -> None:
    other = "In a separate attack on June 9, armed men shot dead three soldiers in Tirmak."
    assert returns_to_lead(LEAD, other, back) is returns


def test_guard_the_other_events_own_follow_up_stays_with_it() -> None:
    text = (
        LEAD + "\n\nIn a separate attack on June 9, armed men shot dead three soldiers in Tirmak. Four more soldiers "
        "were wounded there."
    )
    lead, other = _drafts(text)
    assert (lead.get("injured"), other.get("injured")) == (None, 4)


# --- the defenders' answer dates the undated lead ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        " The guards returned fire on June 9 and the attackers fled.",
        "\n\nThe guards returned fire on Sunday, officials said.",
        " The border guards fired back on June 9 until the insurgents withdrew.",
    ],
)
def test_the_leads_force_answering_the_attack_on_a_day_dates_it(answer: str) -> None:
    draft = one_draft(LEAD + answer, PUBLISHED, locate=None)
    assert (draft.get("event_date"), draft.get("date_precision"), draft.get("killed")) == ("2024-06-09", "day", 2)


@pytest.mark.parametrize(
    "answer",
    [
        " The police returned fire on June 9.",  # a force the lead never named: perhaps another fight
        " The guards returned fire, officials said on Sunday.",  # the day it was said, not the day it happened
        " Troops in the area said on Sunday they had fired back.",  # not opening on the answering force
    ],
)
def test_guard_a_day_not_clearly_the_same_attacks_leaves_the_lead_undated(answer: str) -> None:
    draft = one_draft(LEAD + answer, PUBLISHED, locate=None)
    assert draft.get("date_precision") == "week"


# --- an undated lead dated by "Sunday's raid", and a toll "reported dead" ------------------------------------------


def test_a_day_owned_by_the_raid_after_said_is_the_raids_day() -> None:
    text = (
        "Armed men raided a village near Kalgan and shot dead four tribesmen. Elders said Sunday's raid had turned "
        "the tribe against the government."
    )
    draft = one_draft(text, PUBLISHED, locate=None)
    assert (draft.get("event_date"), draft.get("date_precision"), draft.get("killed")) == ("2024-06-09", "day", 4)


def test_guard_said_sunday_is_still_the_day_of_saying() -> None:
    text = "Armed men raided a village near Kalgan and shot dead four tribesmen, elders said Sunday."
    draft = one_draft(text, PUBLISHED, locate=None)
    assert (draft.get("event_date"), draft.get("date_precision")) == ("2024-06-03", "week")


@pytest.mark.parametrize(
    ("toll", "field", "count"),
    [("Three civilians are reported dead.", "killed", 3), ("One guard is reported wounded.", "injured", 1)],
)
def test_a_toll_reported_in_the_present_counts(toll: str, field: str, count: int) -> None:
    draft = one_draft("Armed men raided a village near Kalgan on Sunday. " + toll, PUBLISHED, locate=None)
    assert draft.get(field) == count
