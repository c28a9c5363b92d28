"""Batch 81's dev failures (issue 13; docs/geocoding-journal.md, section "Batch 81's dev failures: rules (geo161)"):
frames around a known unit in Arabic, Persian and Urdu, the Urdu spellings of two Bajaur tehsils, and twins of one
name in one country settled by the neighbour the text names. Strings are house-written: none is the set's."""

from __future__ import annotations

from typing import Any

import pytest

from incident_tracker.geo.border_area_frames import border_area_frame_off
from incident_tracker.geo.locate import locate

AF_IR = frozenset({"AF", "IR"})
AF_PK = frozenset({"AF", "PK"})
AF_TJ = frozenset({"AF", "TJ"})


def _answer(resolver: Any, query: str, named: frozenset[str]) -> tuple[str, str] | None:
    chosen = locate(query, resolver=resolver, named=named).chosen
    return None if chosen is None else (chosen.name, chosen.geo_precision)


@pytest.mark.parametrize(
    ("query", "named", "unit"),
    [
        # Arabic: "near the (Iranian) border" after a unit says which border, not where in the unit
        ("منطقة شيب كوه في ولاية فراه القريبة من الحدود الإيرانية", AF_IR, ("Shib Koh District", "admin2")),
        # Persian: the border areas of a province lie in it; its own country and "with <country>" after it
        (
            "مناطق مرزی استان سیستان و بلوچستان با پاکستان",
            frozenset({"IR", "PK"}),
            ("Sistan and Baluchestan", "admin1"),
        ),
        ("مناطق مرزی ولایت نیمروز افغانستان با ایران", AF_IR, ("Nimroz", "admin1")),
        # Urdu: "tribal" before the district, and two units with no "کی" between them
        ("قبائلی ضلع باجوڑ کی تحصیل سالارزئی کے علاقے بٹوار", AF_PK, ("Bajaur District", "admin2")),
        ("ضلع باجوڑ تحصیل ماموند کے علاقہ کمانگرہ", AF_PK, ("Bajaur District", "admin2")),
        # the Urdu spellings of the tehsils, named as the owner of an area: the district holding them stands in
        ("ماموند کے سرحدی علاقے", AF_PK, ("Bajaur District", "admin2")),
        ("سالارزئی کے علاقے بٹوار", AF_PK, ("Bajaur District", "admin2")),
    ],
)
def test_a_frame_around_a_known_unit_reads_the_unit(
    resolver: Any, query: str, named: frozenset[str], unit: tuple[str, str]
) -> None:
    assert _answer(resolver, query, named) == unit


def test_near_the_border_with_a_country_is_read_as_before(resolver: Any) -> None:
    """ "بالقرب من الحدود مع إيران" (near the border with Iran) after a unit was read before this rule (the coverage
    readers' "قرب الحدود مع Y"); the rule reads it the same way."""
    query = "مديرية لاش جوين بإقليم فراه بالقرب من الحدود مع إيران"
    assert _answer(resolver, query, AF_IR) == ("Lash wa Juwayn District", "admin2")


def test_the_clause_alone_names_no_place(resolver: Any) -> None:
    """ "Near the Iranian border" with no unit before it: nothing to read, and nothing is answered."""
    assert border_area_frame_off("القريبة من الحدود الإيرانية") is None
    assert _answer(resolver, "القريبة من الحدود الإيرانية", AF_IR) is None


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("نواحی مرزی ولایت فراه افغانستان با ایران", "ولایت فراه، افغانستان"),
        ("منطقة شيب كوه في ولاية فراه القريبة من الحدود", "منطقة شيب كوه في ولاية فراه"),
        ("قبائلی ضلع باجوڑ تحصیل ماموند کے علاقہ کمانگرہ", "باجوڑ تحصیل ماموند علاقہ کمانگرہ"),
        # not read: a district's border areas (near its point, as before), "with" a word that is no country,
        # "tribal" before no district word
        ("مناطق مرزی ولسوالی کهمرد", None),
        ("مناطق مرزی ولایت فراه با طالبان", None),
        ("قبائلی علاقے کمانگرہ", None),
    ],
)
def test_the_frames_as_text(text: str, read: str | None) -> None:
    assert border_area_frame_off(text) == read


@pytest.mark.parametrize(
    ("named", "province"),
    [(AF_TJ, 37.1539), (AF_IR, 33.0298)],
)
def test_twins_of_one_country_are_settled_by_the_named_neighbour(
    resolver: Any, named: frozenset[str], province: float
) -> None:
    """GeoNames' two Dasht-e Qal'ah districts: Takhar's on the Tajik line, Farah's near the Iranian one."""
    chosen = locate("Dasht-e Qala district", resolver=resolver, named=named).chosen
    assert chosen is not None and round(chosen.latitude, 4) == province


@pytest.mark.parametrize("named", [frozenset({"AF", "IR", "TJ"}), frozenset({"AF"})])
def test_twins_stay_unchosen_when_the_text_names_both_lines_or_none(resolver: Any, named: frozenset[str]) -> None:
    assert _answer(resolver, "Dasht-e Qala district", named) is None
