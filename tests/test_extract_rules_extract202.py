"""Fire told as a noun, by its kind or by whose it was, and guns told as what men fought with, are firearms
(extract202, extract/fire_nouns.py, read by extract/weapons_read.py; beside a heavy weapon or in an air strike they
are that weapon's fire, extract/heavy_fire.py and extract/air_fire.py).

Every sentence here is written for this file; none is a report's. The tests of what the rule mends fail on main's
code before this branch; the guards pass on both. The dev counts are in docs/extract-journal.md (*… : rules
(extract202)*).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from _extract_helpers import one_draft
from incident_tracker.cli import app

PUBLISHED = dt.date(2024, 5, 8)  # a Wednesday


def _weapons(text: str) -> list[str]:
    return list(one_draft(text, PUBLISHED, locate=None).get("weapons") or [])


@pytest.mark.parametrize(
    "text",
    [
        # fire by whose it was, answered
        "Two border guards were killed near Mirjaveh on Tuesday night, the provincial police said.\n\n"
        "The guards returned the smugglers' heavy fire and drove them back across the line, it said.",
        # fire by its kind, covering a crossing
        "A guard was wounded on Tuesday when smugglers crossed the river near Shurobod under covering fire from the "
        "far bank, the border service said.",
        # guns as what men fought with
        "Two farmers were killed on Tuesday near Sadda when two clans fought with guns over a water channel, the "
        "police said.",
        # someone's fire, the toll's cause
        "A soldier was martyred by their fire at a post near Zhob on Tuesday, the military said.",
    ],
)
def test_fire_told_as_a_noun_is_firearms(text: str) -> None:
    assert _weapons(text) == ["firearms"]


@pytest.mark.parametrize(
    ("text", "weapons"),
    [
        # beside mortar rounds read first, "pounding … with heavy fire" is the mortars' fire told again
        (
            "Two children were hurt on Tuesday when mortar rounds fired from across the border hit a house near "
            "Khar, officials said.\n\nThe troops answered at once, pounding the firing positions with heavy fire.",
            ["mortar"],
        ),
        # the heavy weapon in the same sentence
        (
            "A villager was killed on Tuesday near Dangam when the militants' heavy fire of rockets hit the "
            "market, officials said.",
            ["rocket"],
        ),
        # a house set on fire is arson, and a ceasefire no weapon
        (
            "Raiders set two houses on fire near Khar on Tuesday, killing a woman, and a ceasefire was agreed "
            "later, officials said.",
            ["arson"],
        ),
        # fire "of heavy weapons", quoted, stays the guns and the guns' heavier kin (extract/vocab.py)
        (
            'Two villagers were killed on Tuesday near Chaman by the guards\' "unprovoked and indiscriminate fire" '
            "of heavy weapons, officials said.",
            ["firearms", "artillery"],
        ),
        # fire named by a heavy weapon is that weapon's
        (
            "A shepherd was killed on Tuesday near Dangam by artillery fire from across the border, officials said.",
            ["artillery"],
        ),
    ],
)
def test_fire_nouns_beside_a_heavy_weapon_or_another_fire_add_no_firearms(text: str, weapons: list[str]) -> None:
    assert _weapons(text) == weapons


def test_armed_men_in_a_clash_still_name_no_weapon() -> None:
    # the ninth rulings' b: "an armed clash" alone tells armed men, no fire (extract/armed_words.py)
    text = "Two guards were killed in an armed clash with smugglers near Saravan on Tuesday, the police said."
    assert _weapons(text) == ["unknown"]


def test_cli_drafts_fire_told_as_a_noun_as_firearms(tmp_path: Path) -> None:
    article = tmp_path / "fire.txt"
    article.write_text(
        "Two border guards were killed near Mirjaveh on Tuesday night, the provincial police said.\n\n"
        "The guards returned the smugglers' heavy fire and drove them back across the line, it said.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", str(article), "--published", PUBLISHED.isoformat(), "--json"])
    assert result.exit_code == 0, result.output
    drafts = [d["values"] for d in json.loads(result.stdout)]
    assert [d.get("weapons") for d in drafts] == [["firearms"]]
