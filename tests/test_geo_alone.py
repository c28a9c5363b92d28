"""A part of a text looked up alone, once for every answer guard (geo/alone.py; issue 13, speed).

The stand-in, pair, list and reference guards each looked a part up through the whole chain by
their own call, by slightly different rules; they now share one lookup, kept per resolver, and one
rule on it (a district or province standing in is no place of the part's own)."""

from __future__ import annotations

from typing import Any

from incident_tracker.geo.alone import _SEEN, place_alone, resolved_alone
from incident_tracker.geo.locate import locate

PAIR = "Ўзбекистоннинг Самарқанд вилояти билан Тожикистоннинг Сўғд вилоятини"  # g1838: Uzbek, "with"
UZ_TJ = frozenset({"UZ", "TJ"})


def test_the_pair_guard_looks_its_halves_up_through_the_shared_store(resolver: Any) -> None:
    first = locate(PAIR, resolver=resolver, named=UZ_TJ)
    assert first.chosen is None
    reason = first.resolution.reason if first.resolution else ""
    assert "as a pair" in reason
    seen = _SEEN[resolver]
    assert ("Ўзбекистоннинг Самарқанд вилояти", UZ_TJ) in seen  # the first half
    assert ("Тожикистоннинг Сўғд вилояти", UZ_TJ) in seen  # the second, its accusative ending off
    again = locate(PAIR, resolver=resolver, named=UZ_TJ)
    assert again.chosen is None
    assert again.note == first.note


def test_a_district_standing_in_is_no_place_of_the_part_alone(resolver: Any) -> None:
    text, named = "Mand tehsil of Gwadar district", frozenset({"PK"})
    resolution = resolved_alone(text, resolver, named)
    assert resolution.chosen is not None and resolution.chosen.match == "context"  # Gwadar District stands in
    assert place_alone(text, resolver, named) is None
    mand = place_alone("Mand", resolver, named)
    assert mand is not None and mand.name == "Mand"


def test_one_lookup_per_part_and_resolver(resolver: Any) -> None:
    named = frozenset({"PK"})
    first = resolved_alone("Chaman", resolver, named)
    assert resolved_alone("Chaman", resolver, named) is first
    assert resolved_alone("Chaman", resolver, frozenset({"AF"})) is not first  # another text's countries
