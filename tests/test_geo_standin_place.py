"""A province standing in while the text's name holds a known place among its words (geo183; docs/geocoding-journal.md,
section "A province standing in, and a place among the name's words (geo183)"). The place the text
names, in the province it names, answers; a place of another province of that country leaves the answer empty; a
list, a distance and an unknown name leave the province as before. Strings are house-written: none is the set's,
whole or inside one of its strings."""

from __future__ import annotations

from typing import Any

import pytest

from _geo_helpers import assert_chosen_at, chosen_for

IR_PK = "IR;PK"


@pytest.mark.parametrize(
    ("query", "named", "name", "precision"),
    [
        ("the gendarmerie HQ of Saravan town, Sistan and Baluchestan province", IR_PK, "Sarāvān", "exact"),
        ("posto di polizia di Mirjaveh, provincia del Sistan e Belucistan", IR_PK, "Mirjaveh", "exact"),
        ("kantor polisi kota Rask, Sistan dan Baluchistan", IR_PK, "Rask", "admin2"),  # the pack's Rask County
        ("the Zahedan prison in Sistan and Baluchestan", IR_PK, "Zahedan", "exact"),
        ("زندان زاهدان در استان سیستان و بلوچستان", IR_PK, "Zahedan", "admin2"),
        ("pos polisi Peshawar, Khyber Pakhtunkhwa", "PK;AF", "Peshawar", "exact"),
        ("таможенный пост города Хорог, Горно-Бадахшанская автономная область", "TJ;AF", "Khorugh", "exact"),
        ("the rural Zafarobod district, Sughd", "TJ;UZ", "Zafarobod District", "admin2"),  # called a district
    ],
)
def test_a_place_of_the_province_among_the_names_words_answers(
    resolver: Any, query: str, named: str, name: str, precision: str
) -> None:
    """Words no reader knows around a place ("the gendarmerie HQ of X town") no longer hide it: the place, which the
    province holds, answers instead of the province's point, hundreds of km off."""
    assert_chosen_at(resolver, query, named, name, precision)


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("the Taftan customs yard, Khyber Pakhtunkhwa", "PK;AF"),  # Taftan is Balochistan's
        ("the Zahedan prison, Razavi Khorasan", IR_PK),  # Zahedan is Sistan and Baluchestan's
    ],
)
def test_a_place_of_another_province_among_the_names_words_leaves_no_answer(
    resolver: Any, query: str, named: str
) -> None:
    """The report files the place under a province that does not hold it: neither answers, as for a whole name."""
    assert chosen_for(resolver, query, named) is None


@pytest.mark.parametrize(
    ("query", "named", "province"),
    [
        ("the village of Jakigur in Sistan and Baluchestan", IR_PK, "Sistan and Baluchestan"),  # an unknown name
        ("30 km dari Saravan, Sistan dan Baluchistan", IR_PK, "Sistan and Baluchestan"),  # a distance from it
        ("pos polisi Saravan dan Rask, Sistan dan Baluchistan", IR_PK, "Sistan and Baluchestan"),  # two places
        ("daerah Jamrud dan Qqqqzai, Khyber Pakhtunkhwa", "PK;AF", "Khyber Pakhtunkhwa"),  # a list, one known
        ("the rural Khorugh district, Gorno-Badakhshan", "TJ;AF", "Gorno-Badakhshan"),  # a town, not a district
    ],
)
def test_no_one_place_among_the_words_leaves_the_province_standing_in(
    resolver: Any, query: str, named: str, province: str
) -> None:
    assert_chosen_at(resolver, query, named, province, "admin1")


def test_the_cli_stores_the_place_among_the_words(run: Any, run_json: Any) -> None:
    """Through ``tracker add``: the incident's place is stored at the town, not at the province's point."""
    text = "posto di polizia di Mirjaveh, provincia del Sistan e Belucistan"
    run("add", "--date", "2023-12-15", "--place", text, "--type", "battles", "--yes")
    stored = run_json("show", "1", "--json")
    assert stored["geo_precision"] == "exact" and "Mirjaveh" in str(stored["location"])
