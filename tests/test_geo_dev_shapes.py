"""The dev strings left empty, by shape (issue 13; docs/geocoding-journal.md, section "The dev strings left empty,
by shape: rules (geo132)"): a context part read in the letters and words the gazetteer keys
(geo/letter_readings.py, asked by geo/scope.py) — Urdu's English loanwords "Lower" and "Upper" before a district
split in two, and Arabic's "b" written for the region's "p". Every string here is written for the tests (none is
the set's, and the villages are made up); the readings fail on the code before this round, the guards pass on both.
"""

from __future__ import annotations

import pytest

from _geo_helpers import assert_chosen_at, label_for
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.letter_readings import arabic_pe_readings, names_half_of_district


@pytest.mark.parametrize(
    ("query", "named", "name", "precision"),
    [
        # Urdu's "Lower" and "Upper" before a district's name, with no unit word: the district stands in
        ("لوئر دیر کے علاقے ززکلی", "PK;AF", "Lower Dir District", "admin2"),
        ("گاؤں ززکلی، لوئر دیر", "PK;AF", "Lower Dir District", "admin2"),
        ("ززکلی، اپر دیر", "PK;AF", "Upper Dir District", "admin2"),
        # Arabic's "b" for "p" in the district or province a village is filed under
        ("قرية ززكلي بمديرية سبين بولدك", "AF;PK", "Spin Boldak", "admin2"),
        ("قرية ززكلي في ولاية بنجشير", "AF", "Panjshir", "admin1"),
        # a Russian province named by its seat's adjective: the province that bears the seat's name and holds it
        ("в селе Зызызы Джизакской области", "UZ", "Jizzax", "admin1"),
        ("в кишлаке Зызызы Бухарской области Узбекистана", "UZ", "Bukhara", "admin1"),
        # Tashkent is a province of its own (the city) beside the one around it: "области" (region) names the region,
        # not the city unit, as "Ташкентская область" alone does since geo149 (geo151: it named neither before)
        ("в селе Зызызы Ташкентской области", "UZ", "Toshkent", "admin1"),
        # an Urdu tehsil after its district (or agency), its unit word after its name: the district stands in
        ("باجوڑ ایجنسی ززبار سب ڈویژن", "PK;AF", "Bajaur District", "admin2"),
        ("خیبر ایجنسی ززبار تحصیل", "PK;AF", "Khyber District", "admin2"),
        # a crossing or a numbered post of a detachment, "on the section of" it: the district the detachment guards
        ("пункте пропуска «Зызыз» на участке Хорогского пограничного отряда", "TJ;AF", "Khorugh", "admin2"),
        ("на участке 2-й пограничной заставы «Зызыз» Лейлекского пограничного отряда", "KG;TJ", "Leilek", "admin2"),
        ("у пункта пропуска «Зызыз» Лейлекского погранотряда", "KG;TJ", "Leilek", "admin2"),
    ],
)
def test_the_unit_a_place_is_filed_under_stands_in(
    resolver: Resolver, query: str, named: str, name: str, precision: str
) -> None:
    assert_chosen_at(resolver, query, named, name, precision)


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        # a unit known as written is read as before: its "b" is not read as "p"
        ("قرية ززكلي بمديرية بلخ", "AF", "Balkh"),
        # a half with its own recorded name keeps it
        ("اپر چترال کے علاقے ززکلی", "PK;AF", "Upper Chitral District"),
    ],
)
def test_known_spellings_are_read_as_before(resolver: Resolver, query: str, named: str, name: str) -> None:
    label = label_for(resolver, query, named)
    assert label is not None and label.startswith(name), (query, label)


@pytest.mark.parametrize(
    ("query", "named"),
    [
        # the loanword before a name no tier holds: nothing stands in (not a district by sound)
        ("لوئر ززبار کے علاقے ززکلی", "PK;AF"),
        # Arabic letters that no reading turns into a known unit
        ("قرية ززكلي بمديرية ببببب", "AF"),
        # a subdivision whose first words are no district: nothing stands in
        ("پاک افغان سرحدی علاقہ ززبار سب ڈویژن", "PK;AF"),
    ],
)
def test_nothing_is_guessed(resolver: Resolver, query: str, named: str) -> None:
    assert label_for(resolver, query, named) is None, query


def test_the_readings_of_arabic_b() -> None:
    """Each "b" alone, then all at once; the "ch" read too; nothing for a part in the region's own letters."""
    assert arabic_pe_readings("سبين بولدك") == ["سپين بولدك", "سبين پولدك", "سپين پولدك"]
    assert "پلوچستان" in arabic_pe_readings("بلوشستان")
    assert arabic_pe_readings("سپین بولدک") == []  # "پ" is written: not an Arabic spelling
    assert arabic_pe_readings("كابل ") == ["كاپل "]
    assert arabic_pe_readings("هرات") == []


@pytest.mark.parametrize(
    ("part", "half"),
    [("لوئر دیر", True), ("اپر چترال", True), ("لوئر", False), ("دیر لوئر", False), ("Lower Dir", False)],
)
def test_the_halves_of_a_district(part: str, half: bool) -> None:
    assert names_half_of_district(part) is half
