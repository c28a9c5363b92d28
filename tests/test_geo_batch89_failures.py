"""Batch 89's dev failures and the danger it noticed (docs/geocoding-journal.md, section "Batch 89's dev failures:
police-station words, an adjective among unit words, Persian names no tier holds (geo180)"). Strings are
house-written: none is the set's, whole or inside one of its strings (each was checked against the set's ``query``
column)."""

from __future__ import annotations

from typing import Any

import pytest

from incident_tracker.geo.locate import locate

IR = frozenset({"IR"})
AF_IR = frozenset({"AF", "IR"})


def _answer(resolver: Any, query: str, named: frozenset[str]) -> tuple[str, str] | None:
    chosen = locate(query, resolver=resolver, named=named).chosen
    return None if chosen is None else (chosen.name, chosen.geo_precision)


@pytest.mark.parametrize("query", ["رودبار", "شهرستان رودبار"])  # Rudbar; Rudbar county
def test_a_name_another_place_bears_as_its_own_is_no_answer_by_another_name(resolver: Any, query: str) -> None:
    """Khalīlābād (Gilan) bears "رودبار" only among its other names; Rūdbār of Kerman and of Mazandaran, found by
    the same lookup, bear it as their own: the most populous of them, 1,000 km from the eastern lines, is a guess."""
    result = locate(query, resolver=resolver, named=IR)
    assert result.chosen is None
    assert "own name of Rūdbār" in (result.resolution.reason if result.resolution else "")


def test_the_province_that_tells_the_namesake_apart_still_answers(resolver: Any) -> None:
    """With Gilan named, only Gilan's bearer of the name is left: the text has said which it means."""
    assert _answer(resolver, "Rudbar, Gilan", IR) == ("Khalīlābād", "exact")


def test_a_place_matched_by_its_own_name_in_persian_letters_still_answers(resolver: Any) -> None:
    """Khāsh is "خاش" in Persian letters, its own name: no rival's own name weighs against it."""
    assert _answer(resolver, "شهر خاش", IR) == ("Khāsh", "exact")
