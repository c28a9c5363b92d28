"""Gaps geo169 and geo170 noticed and left (issue 13; docs/geocoding-journal.md, section "Gaps noticed by geo169
and geo170: rules (geo172)"): the far-side reading's note and the country given, Persian "X در <country>", Bengali
quarter nouns before a name, an unnamed village in a named unit, an unknown name on a town's outskirts, and "the
Iranian border town of X" on another of Iran's lines. Strings are house-written but three `dev` strings kept as
controls (g292, g1325, g8240; checked against the set's ``query`` column word for word: no `test` string is here)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from typer.testing import Result

from _geo_helpers import assert_chosen_at, assert_label, countries
from incident_tracker.geo.indic import indic_phrase
from incident_tracker.geo.locate import locate


def test_the_far_side_note_names_the_country_the_text_puts_across(resolver: Any) -> None:
    # "near the Iranian border" is read as "not in Iran": the note says so, not "outside your region". A town
    # (Mirjaveh): since geo175 a city near its own country's border ("Zahedan near the Iranian border") is read
    located = locate("Mirjaveh near the Iranian border", resolver=resolver, named=countries("IR;PK"))
    assert located.chosen is None
    assert "outside your region" not in located.note
    assert "lies in IR, which the text names as the far side of a border" in located.note


def test_the_country_given_outweighs_the_far_side_reading(resolver: Any) -> None:
    located = locate("Zahedan near the Iranian border", resolver=resolver, country="IR")
    assert located.chosen is not None and located.chosen.label.startswith("Zahedan")
    shymkent = locate("Shymkent near the Kazakh border", resolver=resolver, country="KZ")
    assert shymkent.chosen is not None and shymkent.chosen.label.startswith("Shymkent")


def test_geocode_explain_says_the_true_reason(run: Callable[..., Result]) -> None:
    result = run("geocode", "Mirjaveh near the Iranian border", "--explain")  # a town: geo175 reads a city
    said = " ".join((result.output + result.stderr).split())
    assert "the far side of a border" in said and "outside your region" not in said


@pytest.mark.parametrize(
    ("query", "named", "place"),
    [
        ("Kaka در ترکمنستان", "", "Kaka"),  # a GeoNames town of Ahal, in a Persian "X in Turkmenistan"
        ("تایباد در ایران", "", "Taybad County"),  # Taybad answers alone so
        ("تایباد در کشور ایران", "IR;AF", "Taybad County"),  # "in the country of Iran"
        ("تایباد در افغانستان", "", None),  # the text's country is the place's: Taybad is not in Afghanistan
        ("زاهدان در پاکستان", "", None),
        ("نیروهای مرزی در ایران", "", None),  # border forces in Iran: no place
    ],
)
def test_persian_x_in_a_country(resolver: Any, query: str, named: str, place: str | None) -> None:
    assert_label(resolver, query, named, place)


@pytest.mark.parametrize(
    ("query", "place"),
    [
        ("উত্তর ওয়াজিরিস্তান", "North Waziristan District"),  # Bengali: the quarter's noun, and j for z
        ("দক্ষিণ ওয়াজিরিস্তানে", "South Waziristan District"),  # in the locative
        ("পাকিস্তানের উত্তর ওয়াজিরিস্তান জেলায়", "North Waziristan District"),
        ("উত্তর ওয়াজিরিস্তানের মীর আলী", "Mir Ali"),
        ("ওয়াজিরিস্তান", None),  # Waziristan, the region, is no gazetteer place (as in English)
    ],
)
def test_bengali_quarter_nouns_before_a_name(resolver: Any, query: str, place: str | None) -> None:
    assert_label(resolver, query, "PK;AF", place)


def test_hindi_uttar_is_left_as_a_name() -> None:
    assert indic_phrase("उत्तर प्रदेश") == "uttar province"  # Uttar Pradesh: Hindi's "uttar" begins names
    assert indic_phrase("উত্তর ওয়াজিরিস্তান") == "north wajiristan"


@pytest.mark.parametrize(
    ("query", "named", "place", "precision"),
    [
        ("a village in Khost province", "AF;PK", "Khowst", "admin1"),
        ("a remote village in Kandahar province", "AF;PK", "Kandahar", "admin1"),
        ("a village in Khost province, Afghanistan", "AF;PK", "Khowst", "admin1"),
        ("an area of Killa Saifullah district", "PK;AF", "Killa Saifullah District", "admin2"),
    ],
)
def test_an_unnamed_settlement_has_its_unit_stand_in(
    resolver: Any, query: str, named: str, place: str, precision: str
) -> None:
    assert_chosen_at(resolver, query, named, place, precision)


def test_the_unnamed_settlement_note_says_it_is_not_named(resolver: Any) -> None:
    located = locate("a village in Khost province", resolver=resolver, named=countries("AF;PK"))
    assert "'a village' is not named" in located.note
    tehsil = locate("a bordering locality of Mamond tehsil", resolver=resolver, named=countries("AF;PK"))
    assert "'Mamond' itself is not known" in tehsil.note  # the retried unit's name, as before


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("a school in Batken province", "KG;TJ"),  # a building: the chooser's rule, no stand-in
        ("a village in Khost", "AF;PK"),  # no unit word: the town, or the province?
        ("a hospital in Khost province", "AF;PK"),
    ],
)
def test_other_common_nouns_get_no_stand_in(resolver: Any, query: str, named: str) -> None:
    assert_label(resolver, query, named, None)


@pytest.mark.parametrize(
    ("query", "named", "place", "precision"),
    [
        ("Budhber, on the outskirts of Kabul", "AF;PK", "Kabul", "near"),  # was Kabul province (admin1)
        ("Budhber, on the outskirts of Kabul city", "AF;PK", "Kabul", "near"),
        ("Budhber, on the outskirts of Herat", "AF;IR", "Herāt", "near"),
        ("Budhber, a suburb of Kandahar", "AF;PK", "Kandahār", "near"),
        ("Budhber, Kabul", "AF;PK", "Kabul", "admin1"),  # no outskirts: the province, as before
        ("Budhber, on the outskirts of Peshawar", "PK;AF", "Peshawar District", "admin2"),  # its district, as before
    ],
)
def test_an_unknown_name_on_a_towns_outskirts(
    resolver: Any, query: str, named: str, place: str, precision: str
) -> None:
    assert_chosen_at(resolver, query, named, place, precision)


@pytest.mark.parametrize(
    ("query", "named", "place"),
    [
        # the adjective says whose the town is; Saravan faces Pakistan, the report names Afghanistan
        ("the Iranian border town of Saravan", "IR;AF", "Sarāvān"),
        ("Saravan, an Iranian border town", "IR;AF", "Sarāvān"),
        ("the Pakistani border town of Chaman", "AF;PK", "Chaman"),
        # "near the X border", "on the X border": still held to the line with the report's neighbour
        ("Saravan near the Afghan border", "IR;AF", None),
        ("Taybad near the Pakistani border", "IR;PK", None),
        ("Достык на казахской границе", "KZ;UZ", None),
    ],
)
def test_a_border_town_of_a_country_on_another_of_its_lines(
    resolver: Any, query: str, named: str, place: str | None
) -> None:
    assert_label(resolver, query, named, place)
