"""The leftovers of geo152 and geo153 (issue 13; docs/geocoding-journal.md, section "Leftovers of geo152 and
geo153: rules (geo154)"). Strings are house-written: none is the set's."""

from __future__ import annotations

from typing import Any

import pytest

from incident_tracker.geo.locate import locate

IR_AF = frozenset({"IR", "AF"})
CN_PK = frozenset({"CN", "PK"})


def _answer(resolver: Any, query: str, named: frozenset[str]) -> tuple[str, str, str | None] | None:
    chosen = locate(query, resolver=resolver, named=named).chosen
    return None if chosen is None else (chosen.name, chosen.geo_precision, chosen.country)


@pytest.mark.parametrize(("query", "named"), [("بلوچستان", IR_AF), ("Baluchistan", frozenset({"IR"}))])
def test_bare_baluchistan_beside_iran_alone_is_no_answer(resolver: Any, query: str, named: frozenset[str]) -> None:
    """A text naming Iran and not Pakistan says no side: Pakistan's province is not given as if exact."""
    located = locate(query, resolver=resolver, named=named)
    assert located.chosen is None
    assert located.fields.get("country") != "PK"


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("Baluchistan", frozenset({"PK", "IR"})),
        ("Pakistan's Baluchistan", IR_AF),
        ("پاکستانی بلوچستان", IR_AF),
    ],
)
def test_baluchistan_with_pakistan_named_is_still_pakistans(resolver: Any, query: str, named: frozenset[str]) -> None:
    """Control: Pakistan named by the report or by the string itself states the side."""
    assert _answer(resolver, query, named) == ("Balochistan", "admin1", "PK")


@pytest.mark.parametrize("query", ["疏附县", "新疆喀什疏附县", "途经疏附县", "疏附县乌帕尔乡"])
def test_shufu_county_is_its_pack_row(resolver: Any, query: str) -> None:
    """Shufu County (疏附县) was in no tier; its row stands at its seat, and "途经X县" (via X county) is the county."""
    assert _answer(resolver, query, CN_PK) == ("Shufu County", "admin2", "CN")


def test_a_word_beginning_with_via_is_not_a_via(resolver: Any) -> None:
    """Control: "经济开发区" (an economic zone) begins with 经 (via) and names no place."""
    assert _answer(resolver, "经济开发区", CN_PK) is None


def test_a_citys_commercial_district_is_its_area(resolver: Any) -> None:
    """ "喀布尔商业区" (Kabul's commercial district) is in Kabul: its area."""
    assert _answer(resolver, "喀布尔商业区", frozenset({"AF"})) == ("Kabul", "near", "AF")


def test_afghanistan_shortened_before_a_quarter(resolver: Any) -> None:
    """ "阿东部X省" (Afghanistan's east, X province): 阿 for the country before a quarter word, as "阿富汗东部X省"."""
    assert _answer(resolver, "阿东部楠格哈尔省", frozenset({"AF", "PK"})) == ("Nangarhar", "admin1", "AF")


def test_the_arabic_area_of_a_province(resolver: Any) -> None:
    """ "المنطقة من X" (the area of X): "من" after the area word reads as "في" (in) does: the province."""
    assert _answer(resolver, "المنطقة من سيستان وبلوشستان", frozenset({"IR", "PK"})) == (
        "Sistan and Baluchestan",
        "admin1",
        "IR",
    )
