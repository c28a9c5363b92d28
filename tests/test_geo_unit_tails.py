"""Batch 88's general shapes and the Dari spelling of Marawara (docs/geocoding-journal.md, section "Batch 88's dev
failures: words around a unit, a village list, Marawara in Dari (geo177)"): the words around a held unit that hid it.
Strings are house-written: none is the set's, whole or inside one of its strings (each was checked against the set's
``query`` column)."""

from __future__ import annotations

from typing import Any

import pytest

from incident_tracker.geo.locate import locate

AF_PK = frozenset({"AF", "PK"})
KG_TJ = frozenset({"KG", "TJ"})


def _answer(resolver: Any, query: str, named: frozenset[str]) -> tuple[str, str] | None:
    chosen = locate(query, resolver=resolver, named=named).chosen
    return None if chosen is None else (chosen.name, chosen.geo_precision)


@pytest.mark.parametrize(
    ("query", "answer"),
    [
        ("منطقه مرزی گوشته ننگرهار", ("Goshta District", "admin2")),  # the Goshta border area, Nangarhar
        ("منطقه کرم خیبرپختونخوا", ("Kurram District", "admin2")),  # the Kurram area, Khyber Pakhtunkhwa
    ],
)
def test_a_province_written_straight_after_its_district_is_read(resolver: Any, query: str, answer: Any) -> None:
    """Dari with the ezafe unwritten: the province after the district is its container, read as "X، Y"."""
    assert _answer(resolver, query, AF_PK) == answer


def test_a_province_that_does_not_hold_the_district_gives_no_answer(resolver: Any) -> None:
    """Kurram lies in Khyber Pakhtunkhwa, not in Paktia: the pair names no one place, and the answer stays empty."""
    assert _answer(resolver, "منطقه کرم پکتیا", AF_PK) is None


def test_kyrgyz_words_near_the_border_after_a_region_leave_the_region(resolver: Any) -> None:
    """ "in the area near the border in Jalal-Abad region": the "near" is the border's, not the region's (which was
    held back as a province the text puts the place near); the region holds the place."""
    query = "Жалал-Абад облусундагы чек арага жакын аймакта"
    assert _answer(resolver, query, frozenset({"KG", "UZ"})) == ("Jalal-Abad", "admin1")


def test_a_kyrgyz_district_lead_and_a_bordering_lead_together_are_read(resolver: Any) -> None:
    """ "in the village of Kulundu, bordering Tajikistan, of Leilek district": each lead alone was read, not both."""
    query = "Лейлек районунун Тажикстан менен чектеш Кулунду айылында"
    assert _answer(resolver, query, KG_TJ) == ("Kulundu", "exact")


def test_tracker_add_reads_a_province_after_its_district(run: Any, run_json: Any) -> None:
    """The real CLI on a real SQLite file: ``tracker add`` stores Goshta's district for the Dari pair."""
    run("add", "--date", "2025-11-24", "--place", "منطقه گوشته ننگرهار", "--type", "explosions", "--no-input")
    record = run_json("show", "1", "--json")
    assert (record["location"], record["country"]) == ("Goshta District", "AF")


@pytest.mark.parametrize(
    "query",
    [
        "the villages of Kama and Mohmand in Goshta district",
        "روستاهای باروان و لاچی از ولسوالی گوشته ننگرهار",  # Dari: the villages of … of Goshta district, Nangarhar
    ],
)
def test_a_list_of_villages_before_their_district_leaves_the_district(resolver: Any, query: str) -> None:
    """A list is no one point, but every village of it lies in the district named after it: the district answers,
    at the district's precision (the set labels such lists ``coarser`` at the district)."""
    assert _answer(resolver, query, AF_PK) == ("Goshta District", "admin2")


def test_a_list_of_villages_before_a_province_gives_no_answer(resolver: Any) -> None:
    """Villages only before a district, tehsil or region: a province is too large to say where a list lies."""
    assert _answer(resolver, "the villages of Sarkano and Dangam in Kunar province", AF_PK) is None


def test_the_dari_spelling_of_marawara_is_the_pack_district(resolver: Any) -> None:
    """The border pack's Marawara District holds the Dari and Pashto spelling مروره (its row names the sources)."""
    assert _answer(resolver, "ولسوالی مروره ولایت کنر", AF_PK) == ("Marawara District", "admin2")
