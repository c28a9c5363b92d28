"""Batch 83's wrong answers (issue 13; docs/geocoding-journal.md, section "Batch 83's wrong answers: rules (geo165)"):
two names joined by a spaced dash are a pair, a line between two places, not the first of them; Kazakhstan's Tarbagatay
district is not China's Tacheng; "the border with X" is read as after "on". Strings are
house-written: none is the set's (each was checked against the set's ``query`` column word for word, unread)."""

from __future__ import annotations

from typing import Any

import pytest

from incident_tracker.geo.dash_pair import dash_halves
from incident_tracker.geo.locate import locate

AF_PK = frozenset({"AF", "PK"})
AF_IR_PK = frozenset({"AF", "IR", "PK"})
KZ_UZ = frozenset({"KZ", "UZ"})
KG = frozenset({"KG"})


def _answer(resolver: Any, query: str, named: frozenset[str]) -> str | None:
    chosen = locate(query, resolver=resolver, named=named).chosen
    return None if chosen is None else chosen.name


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("Saryagash – Keles", KZ_UZ),  # en dash, English
        ("Сарыагаш - Келес", KZ_UZ),  # a hyphen with a space on each side, Russian
        ("Жетысай — Атакент", KZ_UZ),  # em dash
        ("Шымкент–Казыгурт", KZ_UZ),  # en dash with no spaces
        ("Chaman – Gulistan", AF_PK),  # a town and a place no tier holds
        ("Spin Boldak – Takhta Pul", AF_PK),  # the road's two ends in one country
        ("زاهدان – کورین", AF_IR_PK),  # Persian
    ],
)
def test_two_names_joined_by_a_dash_are_no_one_point(resolver: Any, query: str, named: frozenset[str]) -> None:
    assert _answer(resolver, query, named) is None


@pytest.mark.parametrize(
    ("query", "named", "place"),
    [
        ("Torkham – Peshawar", AF_PK, "Torkham"),  # a crossing at one end: the pair reader's crossing
        ("Сарыагаш-Келес", KZ_UZ, "Saryaghash"),  # a hyphen with no space is not read as the pair (unchanged)
        ("Jalal-Abad", KG, "Manas"),  # a hyphened single name (GeoNames names the city Manas)
    ],
)
def test_a_crossing_or_a_hyphened_name_keeps_its_answer(
    resolver: Any, query: str, named: frozenset[str], place: str
) -> None:
    assert _answer(resolver, query, named) == place


def test_the_dash_reader_shapes() -> None:
    assert dash_halves("Сарыагаш – Келес") == ("Сарыагаш", "Келес")
    assert dash_halves("Kurgan-Tyube – Sary-Tash") == ("Kurgan-Tyube", "Sary-Tash")
    assert dash_halves("Jalal-Abad") is None  # a hyphen with no space is part of a name
    assert dash_halves("KABUL – Kandahar") is None  # a dateline is no half of a pair
    assert dash_halves("戈爾諾—巴達赫尚州") is None  # Chinese writes a name's hyphen as a dash


KZ_CN = frozenset({"KZ", "CN"})


@pytest.mark.parametrize(
    ("query", "named", "place"),
    [
        # Kazakhstan's Tarbagatay district, not China's Tacheng (once called Tarbagatai) nor the village Tughyl
        ("Тарбагатайского района Абайской области", KZ_CN, "Tarbagatay District"),
        ("the Tarbagatay district", KZ_CN, "Tarbagatay District"),
        ("Тарбағатай ауданында", KZ_CN, "Tarbagatay District"),
        ("Тарбагатай", KZ_CN, None),  # the district or China's city: no one answer
        ("Чугучак", KZ_CN, "Tacheng"),  # China's city by its own old Russian name keeps its answer
    ],
)
def test_a_kazakh_district_is_not_answered_across_the_line(
    resolver: Any, query: str, named: frozenset[str], place: str | None
) -> None:
    assert _answer(resolver, query, named) == place


@pytest.mark.parametrize(
    ("query", "place"),
    [
        ("the border with Kurram Agency", "Kurram District"),  # read as "on the border with Kurram Agency"
        ("border with Kurram", "Kurram District"),
        ("the border with Afghanistan", None),  # a country after it stays empty, as after "on"
        ("the border with the tribal areas", None),  # no name after it
    ],
)
def test_the_border_with_a_name_is_read_as_after_on(resolver: Any, query: str, place: str | None) -> None:
    assert _answer(resolver, query, AF_PK) == place
