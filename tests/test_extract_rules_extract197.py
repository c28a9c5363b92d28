"""The border line itself as the place of an incident whose sentences place it nowhere narrower (extract197,
extract/border_line.py, run with the finished readings).

Every sentence here is written for this file; none is a report's. The tests of what the rule reads fail on main's
code before this branch; the guards pass on both. The dev counts are in docs/extract-journal.md (*… : rules
(extract197)*).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from _extract_helpers import one_draft
from incident_tracker.cli import app

PUBLISHED = dt.date(2024, 5, 8)  # a Wednesday


def _place(text: str) -> Any:
    return one_draft(text, PUBLISHED, locate=None).get("place")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Iranian police killed 12 armed drug smugglers in a long fight on the border with Afghanistan on Sunday, "
            "state television said.",
            "the border with Afghanistan",
        ),
        (
            "A guard was killed when a commando unit fought armed traffickers near the border with Pakistan on "
            "Saturday, the regional commander said.",
            "near the border with Pakistan",
        ),
        (
            "A herder was shot dead on Uzbekistan's border with Kazakhstan on Friday, the border service said.",
            "Uzbekistan's border with Kazakhstan",
        ),
        (
            "Two soldiers were killed when militants attacked a patrol along the Kurram border on Tuesday, the "
            "military said.",
            "the Kurram border",
        ),
    ],
)
def test_a_line_named_by_its_neighbour_owner_or_place_is_the_place(text: str, place: str) -> None:
    assert _place(text) == place


def test_cli_drafts_the_line_as_the_place(tmp_path: Path) -> None:
    article = tmp_path / "line.txt"
    article.write_text(
        "Iranian police killed 12 armed drug smugglers in a long fight on the border with Afghanistan on Sunday, "
        "state television said.\n\nThe smugglers had tried to bring in two tonnes of opium, it said.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", str(article), "--published", PUBLISHED.isoformat(), "--json"])
    assert result.exit_code == 0, result.output
    drafts = [d["values"] for d in json.loads(result.stdout)]
    assert [d.get("place") for d in drafts] == ["the border with Afghanistan"]


@pytest.mark.parametrize(
    "text",
    [
        # a line named by its peoples: coded so once on dev, another place or none twelve times
        "Two guards were killed in a shootout on the Tajik-Afghan border on Sunday, officials said.",
        "A soldier was wounded in an exchange of fire near the Afghan border on Sunday, officials said.",
        # the line where a place told just before it lies: its setting, not the scene
        "Gunmen attacked a Tajik outpost on the border with Uzbekistan on Sunday, killing one guard.",
        # "near the border" alone names no line
        "Two smugglers were shot dead near the border on Sunday, officials said.",
        # the line where the fire came from
        "Shells fired from across the border with Afghanistan wounded two villagers on Sunday, officials said.",
    ],
)
def test_guard_no_line_is_read(text: str) -> None:
    place = _place(text)
    assert place is None or "border" not in str(place)


def test_guard_a_narrower_place_told_beside_the_line_wins() -> None:
    place = _place(
        "Militants attacked a police checkpoint in Zazai Maidan district near the border with Pakistan on Sunday, "
        "killing two officers, the governor said."
    )
    assert place is not None and "Zazai Maidan" in str(place) and "border" not in str(place)


def test_guard_a_line_only_in_the_background_is_no_place() -> None:
    place = _place(
        "Two smugglers were shot dead on Sunday, officials said.\n\n"
        "In 2019, dozens of people died in clashes on the border with Afghanistan."
    )
    assert place is None or "border" not in str(place)
