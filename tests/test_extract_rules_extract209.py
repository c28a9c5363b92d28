"""A stretch of the border told in the sentences leading up to the act, the act's own sentences naming no place
(extract209).

``extract/stretch_before.py`` places a draft still unplaced after every other reading on the stretch of the border
told in one of the three sentences before its first own sentence: a border service names where its men were at work,
then tells the fire. Every sentence here is written for this file; none is a report's. The tests of what the rule
reads fail on main's code before this branch; the guards pass on both. The dev counts are in docs/extract-journal.md
(*… : rules (extract209)*).
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

PUBLISHED = dt.date(2026, 6, 3)
LEAD_IN = (
    "Tajikistan, 2 June 2026. Tajik border guards were forced to take up arms while they searched a sector of {where}, "
    "the border service told reporters. By its account, the patrol first held a man from the far bank on Tajik soil "
    "and found opium on him. Combing the same ground, they then came upon a cache of heroin. "
    '"Just then armed men on the Afghan bank began shooting at the patrol, which returned fire," the service said. '
    "It said the guards suffered no losses."
)


def _drafts(text: str) -> list[dict[str, Any]]:
    return [draft.values for draft in extract_drafts(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("where", "place"),
    [
        (
            "the Vanj stretch of Tajikistan's border with Afghanistan",
            "Vanj stretch of Tajikistan's border",
        ),
        ("the Rushan section of the state border", "Rushan section of the state border"),
        ("the Ishkoshim stretch of the frontier", "Ishkoshim stretch of the frontier"),
    ],
)
def test_a_stretch_told_before_the_fire_is_its_place(where: str, place: str) -> None:
    drafts = _drafts(LEAD_IN.format(where=where))
    assert [d.get("place") for d in drafts] == [place]


def test_cli_places_the_fire_on_the_stretch_told_before_it(tmp_path: Path) -> None:
    article = tmp_path / "report.txt"
    article.write_text(LEAD_IN.format(where="the Vanj stretch of the border"), encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--published", PUBLISHED.isoformat(), "--json"])
    assert result.exit_code == 0, result.output
    drafts = json.loads(result.stdout)
    assert [d["values"].get("place") for d in drafts] == ["Vanj stretch of the border"]
    assert "stretch of the border told just before the act" in " ".join(drafts[0]["notes"])


# Guards: a stretch named by two peoples, a town told before the act, a stretch too far back, the act's own place.
@pytest.mark.parametrize(
    "where",
    [
        "the Tajik-Afghan stretch of the border",  # the peoples' line names no place on it
        "the road to Vanj",  # a town told before the act may be where someone came from
    ],
)
def test_no_stretch_named_no_place(where: str) -> None:
    assert [d.get("place") for d in _drafts(LEAD_IN.format(where=where))] == [None]


def test_a_stretch_told_long_before_is_left() -> None:
    text = (
        "Tajikistan, 2 June 2026. Tajik border guards were forced to take up arms while they searched a sector of the "
        "Vanj stretch of the border, the border service told reporters. The river is low this month. Herders cross it "
        "often. Smugglers use the fords. "
        '"Just then armed men on the Afghan bank began shooting at the patrol, which returned fire," the service said.'
    )
    assert [d.get("place") for d in _drafts(text)] == [None]


def test_the_acts_own_place_is_kept() -> None:
    told = "armed men began shooting at the patrol near the village of Kalaikhum"
    text = LEAD_IN.format(where="the Vanj stretch of the border").replace(
        "armed men on the Afghan bank began shooting at the patrol", told
    )
    places = [d.get("place") for d in _drafts(text)]
    assert places and "Vanj" not in str(places[0])
