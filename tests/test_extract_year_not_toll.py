"""A year is a date, never a toll: "clashes that began in late May 2024 killed four guards" killed four, not 2024.

Every sentence here is written for this file. The toll patterns read a number before a verb of killing; a year after
a month's name or "in" stood there as a number, so the draft said 2024 killed (noted, unfixed, at the end of the
fourth session of 2026-12-04). The reading now passes over such a year; a number that is no year is read as before.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from incident_tracker.cli import app
from incident_tracker.extract import extract_drafts

PUBLISHED = dt.date(2024, 6, 10)


def _killed(text: str) -> object:
    drafts = extract_drafts(text, PUBLISHED)
    assert len(drafts) == 1, [d.values for d in drafts]
    return drafts[0].values.get("killed")


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Clashes that began in late May 2024 killed four guards on the border, officials said on Monday.", 4),
        ("Fighting that broke out in 2024 killed three soldiers at the post, the army said on Monday.", 3),
        ("Mortar shells fired on 9 June 2024 killed two villagers near the crossing, the governor said.", 2),
    ],
)
def test_a_year_before_the_verb_is_not_the_toll(sentence: str, killed: int) -> None:
    assert _killed(sentence) == killed


def test_a_number_that_is_no_year_is_still_read() -> None:
    """Guard: the count itself, even a large one, is read as before."""
    assert _killed("On Monday 12 guards were killed when gunmen attacked the border post.") == 12


def test_the_cli_drafts_the_count_not_the_year(tmp_path: Path) -> None:
    article = tmp_path / "report.txt"
    article.write_text(
        "DUSHANBE, June 10 - Clashes that began in late May 2024 killed four guards on the border, "
        "officials said on Monday.",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", str(article), "--published", PUBLISHED.isoformat(), "--json"])
    assert result.exit_code == 0, result.output
    drafts = json.loads(result.stdout)
    assert [draft["values"]["killed"] for draft in drafts] == [4]
