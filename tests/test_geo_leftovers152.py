"""The dev set's leftovers (issue 13; docs/geocoding-journal.md, section "The dev set's leftovers: rules (geo152)").
Strings are house-written: none is the set's."""

from __future__ import annotations

from typing import Any

import pytest

from incident_tracker.geo.locate import locate

AF_PK = frozenset({"AF", "PK"})


def _answer(resolver: Any, query: str, named: frozenset[str]) -> tuple[str, str] | None:
    chosen = locate(query, resolver=resolver, named=named).chosen
    return None if chosen is None else (chosen.name, chosen.geo_precision)


@pytest.mark.parametrize(
    ("query", "district"),
    [
        ("the Afghanistan-Pakistan border in Kurram district", "Kurram District"),
        ("the Pakistan-Afghanistan frontier inside the Wakhan district of Badakhshan", "Wakhan District"),
    ],
)
def test_a_country_pair_border_in_a_named_district_is_the_district(resolver: Any, query: str, district: str) -> None:
    """ "the A-B border in the X district": the unit, as after "along"; on main the country (its capital) answered."""
    assert _answer(resolver, query, AF_PK) == (district, "admin2")


@pytest.mark.parametrize("query", ["Kurram, Orakzai", "Mohmand, Bajaur"])
def test_two_districts_after_a_comma_get_no_point(resolver: Any, query: str) -> None:
    """Two districts named as a pair: not the first as if exact, as two provinces get no point."""
    assert _answer(resolver, query, AF_PK) is None


@pytest.mark.parametrize(("query", "town"), [("Khar, Bajaur", "Khar"), ("Chaman, Qila Abdullah", "Chaman")])
def test_a_town_and_its_district_after_a_comma_read_as_before(resolver: Any, query: str, town: str) -> None:
    """A town bearing no district's name, or a town a district is named after, with its district (control)."""
    answer = _answer(resolver, query, AF_PK)
    assert answer is not None and answer[0] == town


def test_a_city_valley_on_a_border_is_no_point(resolver: Any) -> None:
    """ "Ферганская долина на границе с …": the basin, as without the border words; on main Fergana city (near)."""
    assert _answer(resolver, "Ферганская долина на границе с Таджикистаном", frozenset({"TJ", "UZ"})) is None


def test_a_village_on_a_border_reads_as_before(resolver: Any) -> None:
    """ "X на границе с …" of a village is the village (control)."""
    assert _answer(resolver, "Ворух на границе с Кыргызстаном", frozenset({"KG", "TJ"})) == ("Vorukh", "exact")


@pytest.mark.parametrize("query", ["the Abu Nasr Farahi crossing", "گمرک ابونصر فراهی"])
def test_the_abu_nasr_farahi_crossing(resolver: Any, query: str) -> None:
    """The pack's row (English Wikipedia's point, Shib Koh, Farah), in English and Dari."""
    located = locate(query, resolver=resolver, named=frozenset({"AF", "IR"}))
    assert located.chosen is not None, located.note
    chosen = located.chosen
    assert (chosen.name, chosen.admin1, round(chosen.latitude, 2), round(chosen.longitude, 2)) == (
        "Abu Nasr Farahi",
        "Farah",
        32.16,
        60.87,
    )


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        ("the Torkham border point", AF_PK, "Torkham"),
        ("the Hairatan Port border crossing", frozenset({"AF", "UZ"}), "Hairatan"),
    ],
)
def test_border_point_and_port_kind_words(resolver: Any, query: str, named: frozenset[str], name: str) -> None:
    """ "X border point", "X Port border crossing": the border place X; on main nothing."""
    answer = _answer(resolver, query, named)
    assert answer is not None and answer[0] == name


@pytest.mark.parametrize(
    ("query", "district"),
    [
        ("the Ashwat area", "Zhob District"),
        ("the general area of Mamund", "Bajaur District"),
        ("Bara's Malikdin Khel area", "Khyber District"),
        ("باڑہ کے علاقے ملک دین خیل", "Khyber District"),
    ],
)
def test_a_tehsil_named_as_an_area_has_its_district_stand_in(resolver: Any, query: str, district: str) -> None:
    """A listed tehsil as an area, or as the owner of an unknown area: its district (geo/tehsil_area.py)."""
    assert _answer(resolver, query, AF_PK) == (district, "admin2")


@pytest.mark.parametrize(
    ("query", "named"),
    [("the Ashwat area", frozenset({"UZ"})), ("Ashwat", AF_PK)],
)
def test_a_tehsil_outside_the_named_countries_or_bare_stays_empty(
    resolver: Any, query: str, named: frozenset[str]
) -> None:
    """Pakistan not named (a district outside the text's countries is set aside), or no area word: empty (controls)."""
    assert _answer(resolver, query, named) is None


def test_a_known_town_with_a_tehsil_name_answers_itself(resolver: Any) -> None:
    """Mir Ali is a tehsil and a town: the town's area, as before (control)."""
    assert _answer(resolver, "Mir Ali area", AF_PK) == ("Mir Ali", "near")


@pytest.mark.parametrize("query", ["на острове «Арал-Пайгамбар»", "the Uzbek island of Aral Paygambar"])
def test_the_aral_paygambar_island(resolver: Any, query: str) -> None:
    """The island by Termez (the pack's row at Wikipedia's point): Russian "на острове X", English "the island of X"."""
    assert _answer(resolver, query, frozenset({"AF", "UZ"})) == ("Aral-Paygambar", "exact")
