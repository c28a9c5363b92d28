"""Answer paths sound on exact names and risky on near-names (issue 13: "never confidently wrong";
docs/geocoding-journal.md, section "Answer paths: which are trusted"; geo/path_guard.py).

A province is no answer when the text puts the place near it. The demotions fail on the code before
geo/path_guard.py; the guards (what still answers) pass on both. The strings are written for these
tests; none is a string of the real set."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from typer.testing import Result

from _geo_helpers import countries
from incident_tracker.geo.locate import locate


@pytest.mark.parametrize(
    ("query", "named", "province"),
    [
        ("the border near the Afghan province of Kunar", "AF;PK", "Kunar"),
        ("a stretch of the frontier near the Afghan province of Nimroz", "AF;IR", "Nimroz"),
    ],
)
def test_a_province_the_text_puts_the_place_near_is_no_answer(
    resolver: Any, query: str, named: str, province: str
) -> None:
    located = locate(query, resolver=resolver, named=countries(named))
    assert located.chosen is None and located.status == "unlocated"
    assert f"near {province}" in located.note and "a province" in located.note


@pytest.mark.parametrize(
    ("query", "named", "answer", "precision"),
    [
        ("Aksy district", "KG;TJ", "Aksy District", "admin2"),  # by its own name
        ("the Afghan province of Nimroz", "AF;IR", "Nimroz", "admin1"),  # the province itself
        ("the Kunar border area", "AF;PK", "Kunar", "admin1"),  # an area of it, not near it
        ("near the Torkham crossing", "AF;PK", "Torkham", "exact"),  # near a place, not a province
    ],
)
def test_what_the_path_guard_leaves_alone(resolver: Any, query: str, named: str, answer: str, precision: str) -> None:
    located = locate(query, resolver=resolver, named=countries(named))
    assert located.chosen is not None, located.note
    assert located.chosen.name == answer
    assert located.chosen.geo_precision in (precision, "near")


def test_explain_shows_the_candidate_set_aside_and_why(run: Callable[..., Result]) -> None:
    result = run("geocode", "the border near the Afghan province of Kunar", "--explain")
    assert "Kunar" in result.output  # the candidate, shown as a suggestion
    assert "→" not in result.output  # not chosen
    assert "Why: left unlocated: the text puts the place near Kunar" in " ".join(result.output.split())
