"""The Tajik exclave Western Kalacha joins the border pack (geo185, batch 91's `dev` g8811;
``geo/data/border_places.tsv``, the Russian Wikipedia infobox's point). Strings are house-written: none is the set's,
whole or inside one of its strings. The first group fails on main (the exclave was in no tier); the guard passes on
both."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from typer.testing import Result

from _geo_helpers import assert_answers, chosen_for

WESTERN_KALACHA = (40.07583, 69.54389)  # ru.wikipedia's infobox, 40°04′33″N 69°32′38″E


@pytest.mark.parametrize(
    "query", ["West Kalacha, Tajikistan", "Западная Калача (Таджикистан)", "the exclave of West Kalacha"]
)
def test_the_exclave_is_answered_at_its_point(resolver: Any, query: str) -> None:
    assert_answers(resolver, query, "KG;TJ", "Western Kalacha", WESTERN_KALACHA)


def test_the_cli_names_the_exclave(run: Callable[..., Result]) -> None:
    result = run("geocode", "West Kalacha, Tajikistan")
    assert "Chosen: Western Kalacha, Sughd, Tajikistan" in result.output


def test_a_bare_kalacha_is_not_the_exclave(resolver: Any) -> None:
    """ "Kalacha" alone is also Chon-Gara (Uzbekistan's) and Ovchikalacha's centre: the row indexes only the exclave's
    longer names."""
    chosen = chosen_for(resolver, "кишлак Калача", "KG;TJ;UZ")
    assert chosen is None or chosen.name != "Western Kalacha"
