"""A second event told in the same article (issue 14, docs/extract-journal.md *A second event in one article*).

Every sentence here is written for this file; none is a report's. A sentence that opens by telling another event
("In a separate attack on …", "In another attack", "A second attack", "Separately,", "Elsewhere,", "Meanwhile, in
Y,") starts a group of its own: its day, place, toll and actors never reach the lead's group, and the undated lead
keeps the date an undated lead gets. The tests of what it changes fail on main's code; the guards (a follow-up
about the same attack stays in its group) pass on both.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from _extract_helpers import drafts_of
from incident_tracker.cli import app
from incident_tracker.extract.another_event import opens_another

PUBLISHED = dt.date(2024, 6, 11)  # a Tuesday: "on Sunday" is 9 June
#: The week an undated lead is given: the week up to the day of publication.
LEAD_WEEK = ("2024-06-05", "week")

#: An undated lead: one attack, its place and toll, no day.
LEAD = "Insurgents stormed a frontier post in Kalgan, killing two border guards."


def _drafts(text: str) -> list[dict[str, Any]]:
    return drafts_of(text, PUBLISHED, locate=None)


def _told(drafts: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(d.get("event_date"), d.get("date_precision"), d.get("place"), d.get("killed")) for d in drafts]


# --- a dated sentence that opens another event: its own draft, the lead undated --------------------------------------


def test_cli_a_separate_attack_on_its_day_does_not_lend_the_day_to_the_undated_lead(tmp_path: Path) -> None:
    article = tmp_path / "two-events.txt"
    article.write_text(
        LEAD + "\n\nIn a separate attack on June 9, armed men shot dead three soldiers and wounded four in Tirmak.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", str(article), "--published", PUBLISHED.isoformat(), "--json"])
    assert result.exit_code == 0, result.output
    drafts = [d["values"] for d in json.loads(result.stdout)]
    assert _told(drafts) == [(*LEAD_WEEK, "Kalgan", 2), ("2024-06-09", "day", "Tirmak", 3)]
    assert drafts[0].get("injured") is None  # the other attack's wounded are not the post's
    assert drafts[1].get("injured") == 4


@pytest.mark.parametrize(
    "second",
    [
        "In another attack on Sunday, armed men shot dead three soldiers in Tirmak.",
        "In a separate incident on Sunday, armed men shot dead three soldiers in Tirmak.",
        "In a second attack on Sunday, armed men shot dead three soldiers in Tirmak.",
        "A second attack on Sunday left three soldiers dead in Tirmak.",
        "Meanwhile, in Tirmak, armed men shot dead three soldiers on Sunday.",
        # "Separately, … in" within a few words: once an aside left out, now the other event on its own day
        "Separately, armed men shot dead three soldiers in Tirmak on Sunday.",
    ],
)
def test_a_sentence_opening_another_event_starts_its_own_group(second: str) -> None:
    for between in ("\n\n", " "):  # in its own paragraph or in the lead's
        expected = [(*LEAD_WEEK, "Kalgan", 2), ("2024-06-09", "day", "Tirmak", 3)]
        assert _told(_drafts(LEAD + between + second)) == expected


def test_another_event_a_month_back_is_background_and_the_lead_keeps_its_week() -> None:
    # an older event told in passing is no incident of the report's (the codebook); nor is its day the lead's
    text = LEAD + "\n\nIn a separate attack on May 14, armed men shot dead three soldiers in Tirmak."
    assert _told(_drafts(text)) == [(*LEAD_WEEK, "Kalgan", 2)]


# --- an undated sentence that opens another event: drafted beside the lead, never read into it ------------------------


def test_an_undated_separate_attack_in_the_lead_paragraph_is_its_own_draft() -> None:
    text = LEAD + " In a separate attack, armed men shot dead three soldiers in Tirmak."
    assert _told(_drafts(text)) == [(*LEAD_WEEK, "Kalgan", 2), (*LEAD_WEEK, "Tirmak", 3)]


def test_an_undated_other_attack_after_a_dated_lead_does_not_take_its_day() -> None:
    text = (
        "Insurgents stormed a frontier post in Kalgan on Sunday, killing two border guards. "
        "In another attack, armed men shot dead three soldiers in Tirmak."
    )
    assert _told(_drafts(text)) == [("2024-06-09", "day", "Kalgan", 2), (*LEAD_WEEK, "Tirmak", 3)]


# --- guards: what goes on about the lead's attack stays in its group --------------------------------------------------


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("The raid on the post took place on Sunday, officials said.", [("2024-06-09", "day", "Kalgan", 2)]),
        ("Meanwhile, the guards returned fire and the insurgents fled.", [(*LEAD_WEEK, "Kalgan", 2)]),
        ("In the attack, the post's radio mast was also destroyed.", [(*LEAD_WEEK, "Kalgan", 2)]),
    ],
)
def test_guard_a_follow_up_about_the_same_attack_stays_in_its_group(after: str, expected: list[Any]) -> None:
    for between in ("\n\n", " "):
        assert _told(_drafts(LEAD + between + after)) == expected


def test_guard_a_dated_report_still_drafts_a_separate_attack_by_its_own_day() -> None:
    text = (
        "Insurgents stormed a frontier post in Kalgan on Sunday, killing two border guards.\n\n"
        "In a separate attack on Monday, armed men shot dead three soldiers in Tirmak."
    )
    assert _told(_drafts(text)) == [("2024-06-09", "day", "Kalgan", 2), ("2024-06-10", "day", "Tirmak", 3)]


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("In a separate attack on June 9, two soldiers died.", True),
        ("In yet another ambush, two soldiers died.", True),
        ("A second clash broke out in Tirmak.", True),
        ("Elsewhere, a bomb went off.", True),
        ("Meanwhile, in Tirmak, a bomb went off.", True),
        ("Meanwhile, the guards returned fire.", False),
        ("In the attack, two soldiers died.", False),
        ("A second blast hit the rescuers.", False),  # one attack told on, not announced as another
    ],
)
def test_which_openings_tell_another_event(text: str, opens: bool) -> None:
    assert opens_another(text) is opens


def test_the_other_events_actors_stay_in_its_group() -> None:
    text = (
        LEAD + "\n\nIn a separate attack on June 9, Jaish al-Adl militants shot dead three soldiers in Tirmak, and the "
        "group claimed it."
    )
    drafts = _drafts(text)
    assert [(d.get("place"), d.get("attribution"), d.get("perpetrator")) for d in drafts] == [
        ("Kalgan", "unattributed", None),
        ("Tirmak", "claimed", "Jaish al-Adl"),
    ]
