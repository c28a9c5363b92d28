"""Batch 90's dev failures read by geo182: a hashtag's mark, a capitalised Russian border word opening the text, the
line's two countries between that word and the place, a border phrase before a named region and a Persian railway
station's words before a town (docs/geocoding-journal.md, section "Batch 90's dev failures: a hashtag, a capitalised
border word, the line's countries, words before a place (geo182)"). Strings are house-written: none is the set's,
whole or inside one of its strings."""

from __future__ import annotations

from typing import Any

import pytest

from _geo_helpers import assert_chosen_at, chosen_for
from incident_tracker.geo.opening_marks import opening_marks_off

TJ_AF = "TJ;AF"


@pytest.mark.parametrize(
    ("query", "name", "precision"),
    [
        ("Граница в Пяндже", "Panj District", "admin2"),  # the border at Panj, a sentence's first word
        ("Граница между Таджикистаном и Афганистаном в Ишкашиме", "Ishkoshim District", "admin2"),
        ("Границу между Таджикистаном и Афганистаном в Пяндже", "Panj District", "admin2"),  # accusative
    ],
)
def test_a_capitalised_border_word_and_the_lines_countries_before_the_place_leave_the_place(
    resolver: Any, query: str, name: str, precision: str
) -> None:
    """ "Граница (между X и Y) в Z" answers as the lowercase "граница в Z" does: the capital is the sentence's, the
    two countries say which line, the place after "в" where on it."""
    assert_chosen_at(resolver, query, TJ_AF, name, precision)


@pytest.mark.parametrize(
    "query",
    [
        "Граница между Афганистаном и Таджикистаном",  # the line alone: no point
        "Граница между Пянджем и Ишкашимом",  # a stretch between two towns
        "граница между Пянджем и Ишкашимом в Хороге",  # two towns, not countries: left as it was
        "Граница Таджикистана",
    ],
)
def test_the_line_or_a_stretch_stays_unread(resolver: Any, query: str) -> None:
    assert chosen_for(resolver, query, TJ_AF) is None


def test_a_hashtag_on_the_neighbours_name_is_the_name(resolver: Any) -> None:
    """ "the #Afghanistan border in P region": the tag's mark is no part of the word; the province answers."""
    assert_chosen_at(resolver, "near the #Afghanistan border in Surxondaryo region", "UZ;AF", "Surxondaryo", "admin1")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("along the #Iran border", "along the Iran border"),
        ("Post #5 near Termez", "Post #5 near Termez"),  # a number keeps its mark
        # "у" (at), not "в": the countries stay, only the capital goes
        ("Граница между Узбекистаном и Афганистаном у Термеза", "граница между Узбекистаном и Афганистаном у Термеза"),
        ("Граница в Хороге", "граница в Хороге"),
        ("Граница", "Граница"),  # nothing after it: left as it is
    ],
)
def test_opening_marks_off_takes_off_only_its_marks(text: str, expected: str) -> None:
    assert opening_marks_off(text) == expected


@pytest.mark.parametrize(
    ("query", "unit"),
    [
        ("the southern border, Gorno-Badakhshan region", "Gorno-Badakhshan"),
        ("the republic's southern border, Khatlon region", "Khatlon"),
    ],
)
def test_a_border_phrase_before_a_comma_and_a_named_region_leaves_the_region(
    resolver: Any, query: str, unit: str
) -> None:
    """ "the (country's) southern border, R region": the part before the comma names no place; the region does."""
    assert_chosen_at(resolver, query, "TJ;AF;CN", unit, "admin1")


@pytest.mark.parametrize("query", ["the border, Kunduz", "southern border, the Panj river"])
def test_a_border_phrase_before_anything_but_a_named_unit_stays_unread(resolver: Any, query: str) -> None:
    assert chosen_for(resolver, query, "TJ;AF") is None


@pytest.mark.parametrize(
    "query",
    [
        "ایستگاه راه آهن حیرتان",  # the railway station of Hairatan
        "ایستگاه خط آهن بندر حیرتان",  # the railway station of the port of Hairatan
    ],
)
def test_a_persian_railway_stations_words_before_a_town_leave_the_town(resolver: Any, query: str) -> None:
    assert_chosen_at(resolver, query, "AF;UZ", "Hairatan", "exact")


@pytest.mark.parametrize(
    "query",
    [
        "ایستگاه راه آهن",  # the words alone
        "ایستگاه راه آهن حیرتان – مزار شریف",  # a line between two towns
    ],
)
def test_a_railway_stations_words_before_no_one_place_stay_unread(resolver: Any, query: str) -> None:
    assert chosen_for(resolver, query, "AF;UZ") is None


def test_the_cli_stores_a_capitalised_border_sentence_at_its_town(run: Any, run_json: Any) -> None:
    """Through ``tracker add``: the incident's place, a Russian sentence's opening, is stored at the district."""
    text = "Граница между Таджикистаном и Афганистаном в Ишкашиме"
    run("add", "--date", "2021-07-05", "--place", text, "--type", "battles", "--yes")
    stored = run_json("show", "1", "--json")
    assert stored["latitude"] is not None and "Ishkoshim" in str(stored)
