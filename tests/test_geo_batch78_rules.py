"""Batch 78's dev failures (issue 13; docs/geocoding-journal.md, section "Batch 78's dev failures: rules
(geo155)"): the frame words of Spanish, French, German and Serbian wire copy, three exonyms, the Pashto border area
of a province and the English "tehsil headquarters of". Strings are house-written: none is the set's."""

from __future__ import annotations

from typing import Any

import pytest

from incident_tracker.geo.european_frames import european_frames_off
from incident_tracker.geo.locate import locate

AF_IR = frozenset({"AF", "IR"})
AF_PK = frozenset({"AF", "PK"})


def _answer(resolver: Any, query: str, named: frozenset[str]) -> tuple[str, str] | None:
    chosen = locate(query, resolver=resolver, named=named).chosen
    return None if chosen is None else (chosen.name, chosen.geo_precision)


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("la provincia occidental afgana de Farah", "the Afghan province of Farah"),
        ("El paso fronterizo de Torkham", "the Torkham border crossing"),
        ("el cruce fronterizo de Torkham con Pakistán", "the Torkham border crossing with Pakistán"),
        ("dans la province afghane de Kandahar", "in the Afghan province of Kandahar"),
        ("la province iranienne du Sistan-Baluchestan", "the Iranian province of Sistan-Baluchestan"),
        ("au poste-frontière de Chaman", "at the Chaman border post"),
        ("in der südafghanischen Provinz Kandahar", "in the Afghan province of Kandahar"),
        ("die iranische Stadt Zahedan", "the Iranian city of Zahedan"),
        ("u pokrajini Južni Horasan", "in the province of Južni Horasan"),
        ("un puesto fronterizo cerca de la ciudad de Zabol", "Zabol district"),
    ],
)
def test_the_frame_words_are_read_in_english(text: str, english: str) -> None:
    """Each language's table: article, unit word, people's adjective kept (in English), direction skipped, "de",
    "du", "au" written out; the kind words of a crossing or post after the name, as English writes them."""
    assert european_frames_off(text) == english


@pytest.mark.parametrize("text", ["la provincia de la que hablamos", "Torkham", "the province of Kunar", "von X aus"])
def test_no_frame_no_rewrite(text: str) -> None:
    """Control: a lower-case word after "de" is no name, and a text without the frame words is left as it is."""
    assert european_frames_off(text) == text


@pytest.mark.parametrize(
    ("query", "named", "answer"),
    [
        ("la provincia occidental afgana de Farah", AF_IR, ("Farah", "admin1")),
        ("en la zona de Qqrzabad, en la provincia de Nimroz", AF_IR, ("Nimroz", "admin1")),
        ("el distrito de Spin Boldak, en la provincia de Kandahar", AF_PK, ("Spin Boldak District", "admin2")),
        ("El paso fronterizo de Torkham", AF_PK, ("Torkham", "exact")),
        ("el cruce fronterizo de Torkham con Pakistán", AF_PK, ("Torkham", "exact")),
        ("dans la province afghane de Kandahar", AF_PK, ("Kandahar", "admin1")),
        ("la province iranienne du Sistan-Baluchestan", AF_IR, ("Sistan and Baluchestan", "admin1")),
        ("in der südafghanischen Provinz Kandahar", AF_PK, ("Kandahar", "admin1")),
        ("Grenzübergang Torkham", AF_PK, ("Torkham", "exact")),
        ("die iranische Stadt Zahedan", AF_IR, ("Zahedan", "exact")),
    ],
)
def test_a_known_name_in_a_european_frame(resolver: Any, query: str, named: frozenset[str], answer: Any) -> None:
    """The frame was refused whole, though the name inside it was known: now read as its English wording is."""
    assert _answer(resolver, query, named) == answer


@pytest.mark.parametrize(
    "query", ["un puesto fronterizo cerca de la ciudad de Zabol", "ein Grenzposten nahe der Stadt Zabol"]
)
def test_a_post_near_a_town_is_the_towns_district(resolver: Any, query: str) -> None:
    """A border post near a town lies somewhere around it: the town's county stands in, not the town."""
    assert _answer(resolver, query, AF_IR) == ("Zabol County", "admin2")


@pytest.mark.parametrize("query", ["la provincia de Qqrzzt", "la province de Qqrzzt", "Provinz Qqrzzt"])
def test_a_frame_around_an_unknown_name_stays_empty(resolver: Any, query: str) -> None:
    """Control: the frame words make no guess."""
    assert _answer(resolver, query, AF_IR) is None


@pytest.mark.parametrize(
    ("query", "answer"),
    [
        ("Provinz Nimrus", ("Nimroz", "admin1")),
        ("Nimrus", ("Nimroz", "admin1")),
        ("Sistan und Belutschistan", ("Sistan and Baluchestan", "admin1")),
        ("u pokrajini Južni Horasan", ("South Khorasan Province", "admin1")),
        ("Јужни Хорасан", ("South Khorasan Province", "admin1")),
    ],
)
def test_the_german_and_serbian_names_of_provinces(resolver: Any, query: str, answer: Any) -> None:
    """Exonyms in admin1_aliases.tsv, each with its source: German Wikipedia's Nimrus and Sistan und Belutschistan,
    the Serbian Јужни Хорасан (Južni Horasan)."""
    assert _answer(resolver, query, AF_IR) == answer


def test_the_pashto_border_area_of_a_province_is_in_it(resolver: Any) -> None:
    """ "د X ولایت سرحدي سیمه" (the border area of X province) was read as near the province, which the path guard
    refuses: it lies in the province, which stands in."""
    assert _answer(resolver, "د نیمروز ولایت سرحدي سیمه", AF_IR) == ("Nimroz", "admin1")


def test_the_pashto_border_area_of_a_district_stays_near(resolver: Any) -> None:
    """Control: a district's border area is still read as near it (empty here, as before)."""
    assert _answer(resolver, "د شیندنډ ولسوالۍ سرحدي سیمه", AF_IR) is None


@pytest.mark.parametrize(
    ("query", "district"),
    [
        ("Zarqabad, tehsil headquarters of Lower Orakzai Agency", "Orakzai District"),
        ("Qqrzabad, the headquarters of Upper Kurram", "Kurram District"),
    ],
)
def test_a_tehsil_headquarters_of_a_unit(resolver: Any, query: str, district: str) -> None:
    """ "X, tehsil headquarters of Y" was refused as an office; it is X, of Y: the district stands in for X."""
    assert _answer(resolver, query, frozenset({"PK"})) == (district, "admin2")


def test_a_headquarters_after_no_name_is_still_an_office(resolver: Any) -> None:
    """Control: "the police station, headquarters of Y" names no place before its comma."""
    assert _answer(resolver, "the police station, headquarters of Orakzai", frozenset({"PK"})) is None
