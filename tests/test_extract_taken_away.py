"""People taken away or held, told without "abducted" or "kidnapped" (extract213, incidents missed).

``extract/taken_away.py`` opens the gate of violence words to "took the shepherd away", "carried six people off",
"keeping him hostage", "held in captivity", types such a taking an abduction when the sentence tells no other
violence, and keeps an undated report's lead as an incident when it tells a taking as done. Every sentence here is
written for this file; none is a report's. The tests of what the rule reads fail on main's code before this branch;
the guards pass on both. The dev and test counts are in docs/extract-journal.md (*… : rules (extract213)*).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from incident_tracker.cli import app
from incident_tracker.extract import extract_drafts

PUBLISHED = dt.date(2026, 5, 20)
ABDUCTION = "Abduction/forced disappearance"


def _drafts(text: str) -> list[dict[str, Any]]:
    return [draft.values for draft in extract_drafts(text, PUBLISHED)]


@pytest.mark.parametrize(
    "taking",
    [
        "three armed men took the herder away from his pasture on May 12",
        "armed men from across the river led two villagers off on May 12",
        "on May 12 masked men carried a young farmer away into the hills",
    ],
)
def test_a_taking_told_as_taken_away_is_an_abduction(taking: str) -> None:
    text = (
        "GARM, May 20, 2026 -- A herder from the village of Sangvor has not come home, the district chief said. "
        f"He told reporters that {taking}. Local officers are looking for him."
    )
    drafts = _drafts(text)
    assert [(d.get("event_date"), d.get("sub_event_type")) for d in drafts] == [("2026-05-12", ABDUCTION)]


def test_a_man_held_in_captivity_since_a_day_is_an_abduction() -> None:
    text = (
        "GARM, May 20, 2026 -- A 50-year-old beekeeper from the village of Sangvor has been held in captivity "
        "across the border since May 9, the district chief said. The men who hold him are keeping him hostage and "
        "want money from his family."
    )
    drafts = _drafts(text)
    assert [(d.get("event_date"), d.get("sub_event_type")) for d in drafts] == [("2026-05-09", ABDUCTION)]


def test_an_undated_lead_that_tells_a_taking_is_an_incident_of_the_week_before() -> None:
    text = (
        "Armed smugglers have abducted a fisherman from a river village after he spoke to the police, his neighbours "
        "told a radio station. They said the men accused him of showing the police where they kept their goods."
    )
    drafts = _drafts(text)
    assert [(d.get("date_precision"), d.get("sub_event_type")) for d in drafts] == [("week", ABDUCTION)]


def test_cli_drafts_the_taking(tmp_path: Path) -> None:
    article = tmp_path / "report.txt"
    article.write_text(
        "GARM, May 20, 2026 -- The district chief said two armed men took the shepherd away on May 12.",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", str(article), "--published", PUBLISHED.isoformat(), "--json"])
    assert result.exit_code == 0, result.output
    drafts = json.loads(result.stdout)
    assert [d["values"].get("sub_event_type") for d in drafts] == [ABDUCTION]


# Guards: what is carried off is not people; a taking beside a shooting; a release; a detention; a guess; a habit.
@pytest.mark.parametrize(
    "sentence",
    [
        "On May 12 the men carried off all the equipment of the post and drove off the goats.",
        "On May 12 the river's current carried the boats away.",
        "On May 12 the traders carried their sacks away to the market.",
    ],
)
def test_things_carried_off_tell_no_taking(sentence: str) -> None:
    assert _drafts(f"GARM, May 20, 2026 -- {sentence} The district chief said so.") == []


def test_a_taking_after_a_shooting_keeps_the_shooting_s_type() -> None:
    text = (
        "GARM, May 20, 2026 -- On May 12 guards across the line opened fire on a patrol, wounding a soldier, and then "
        "carried him off to their side, the border service said."
    )
    assert [d.get("sub_event_type") for d in _drafts(text)] != [ABDUCTION]


@pytest.mark.parametrize(
    "lead",
    [
        "Four of the five guards kidnapped by the group have been set free, a deputy said.",  # a release
        "The two officers were detained on neutral ground and taken away by force, their service said.",  # detention
        "The herder is thought to have been kidnapped, his family said.",  # a guess
        "Smugglers often carry local people off and hold them until their debts are paid, residents said.",  # habit
    ],
)
def test_an_undated_lead_with_no_taking_told_as_done_drafts_nothing(lead: str) -> None:
    assert _drafts(lead) == []
