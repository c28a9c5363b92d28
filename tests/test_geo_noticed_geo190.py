"""Three things geo187 noticed and left (docs/geocoding-journal.md, section "An unread country, a Uzbek city word
without its ending, a Kyrgyz address in English order (geo190)").

- A town whose own name is a province's across a line is no answer where the text names no country
  (:mod:`incident_tracker.geo.unnamed_tie`): "Jalalabad" alone is Afghanistan's town or Kyrgyzstan's province. A
  context part the scope could not read at all (a country in a language the house does not know, "Kirgizisztán",
  Hungarian for Kyrgyzstan) names no country either, yet it switched the rule off, and the Afghan town answered
  ``exact``: wrong is worse than empty.
- Uzbek writes the unit after its name, Tajik before it: "Сурхондарё вилояти Термиз шаҳри" (Termez city, of
  Surkhandarya province) ends on a unit word, which a Tajik izofa chain never does; the Tajik reader took it for
  "the province of Termez".
- "X ауылы, Ноокен ауданы, Жалал-Абад облысы" (an address: village, district, province, each followed by a comma) is
  written finest first, as English is; the Turkic reader turned it round as it does an owner-first phrase, and the
  province became the name.

Strings are house-written: none is the set's. The readings fail on the branch point; the controls pass on both.
"""

from __future__ import annotations

from typing import Any

import pytest

from incident_tracker.geo.locate import locate


def _chosen(resolver: Any, query: str, named: frozenset[str]) -> tuple[str | None, str | None, str | None]:
    """The chosen place's name, country and precision (all None when nothing is chosen)."""
    chosen = locate(query, resolver=resolver, named=named).chosen
    return (None, None, None) if chosen is None else (chosen.name, chosen.country, chosen.geo_precision)


@pytest.mark.parametrize("query", ["Dzsalalabad, Kirgizisztán", "Jalalabad, Kirgizistan", "Jalalabad, Frobnistan"])
def test_an_unread_last_part_names_no_country(resolver: Any, query: str) -> None:
    assert _chosen(resolver, query, frozenset()) == (None, None, None)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Jalalabad, Nangarhar", ("Jalālābād", "AF", "exact")),  # a province read: the tie is broken
        ("Jalalabad, Afghanistan", ("Jalālābād", "AF", "exact")),
        ("Jalalabad, Kyrgyzstan", ("Jalal-Abad", "KG", "admin1")),
    ],
)
def test_a_read_last_part_still_breaks_the_tie(resolver: Any, query: str, expected: tuple[str, str, str]) -> None:
    assert _chosen(resolver, query, frozenset()) == expected


def test_a_named_report_country_still_answers(resolver: Any) -> None:
    assert _chosen(resolver, "Jalalabad, Kirgizistan", frozenset({"AF"})) == ("Jalālābād", "AF", "exact")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Сурхондарё вилояти Термиз шаҳри", ("Tirmiz", "UZ", "exact")),  # was the province
        ("Наманган вилояти Чуст шаҳри", ("Chust", "UZ", "exact")),  # was Namangan
        ("Сурхондарё вилояти Термиз шаҳрида", ("Tirmiz", "UZ", "exact")),  # control: geo187's ending
    ],
)
def test_an_uzbek_chain_ending_on_its_city_word(resolver: Any, query: str, expected: tuple[str, str, str]) -> None:
    assert _chosen(resolver, query, frozenset({"UZ", "TJ"})) == expected


def test_a_tajik_izofa_chain_is_still_read(resolver: Any) -> None:
    assert _chosen(resolver, "Хамоб вилояти Ҷузҷон", frozenset({"AF", "TJ"}))[:2] == ("Khamyab District", "AF")


@pytest.mark.parametrize(
    "query",
    [
        "Кзззык ауылы, Ноокен ауданы, Жалал-Абад облысы",  # Kazakh, finest first: was the province
        "Кзззык айылы, Ноокен району, Жалал-Абад облусу",  # Kyrgyz, finest first: was the province
        "Жалал-Абад облусу, Ноокен району, Кзззык айылы",  # control: coarsest first
        "Жалал-Абад облусунун Ноокен районундагы Кзззык айылында",  # control: the owner-first phrase
    ],
)
def test_a_turkic_address_in_either_order(resolver: Any, query: str) -> None:
    assert _chosen(resolver, query, frozenset({"KG"})) == ("Nooken District", "KG", "admin2")
