"""Gaps geo166-168 noticed and left (issue 13; docs/geocoding-journal.md, section "Gaps noticed by geo166-168:
rules (geo170)"): a border named by one country with the other side implied, the Chinese short pair forms
(中哈边境, 中塔边境…), Uzbek, Kyrgyz and Turkmen words for the line, and Ahal's Persian name «آخال». Strings are
house-written: none is the set's (each was checked against the set's ``query`` column word for word, unread)."""

from __future__ import annotations

from typing import Any

import pytest

from _geo_helpers import assert_label, countries
from incident_tracker.geo.locate import locate
from incident_tracker.geo.named_line_guard import named_line, named_side


@pytest.mark.parametrize(
    ("query", "named"),
    [
        # one country's border, the answer in a neighbour far from the line between the two
        ("өзбек шекарасындағы Достық ауылы", "KZ;UZ"),  # Kazakh: Druzhba lies on the Chinese line, 1,139 km off
        ("село Достык на границе с Узбекистаном", "KZ;UZ"),  # Russian
        ("Достык на кыргызской границе", "KZ;KG"),  # Druzhba, 629 km from the Kazakh-Kyrgyz line
        ("Khamyab near the Tajik border", "AF;TJ"),  # Khamyab lies on the Turkmen line, 170 km from the Tajik one
        ("Torghundi on the border with Tajikistan", "AF;TJ"),
        ("Chaman near the Iranian border", "IR;PK"),  # Chaman is on the Afghan line
        # the named country's own place, held to the line with the one neighbour the report names
        ("Достык на казахской границе", "KZ;UZ"),  # Russian: Druzhba, in Kazakhstan, 1,139 km from the Uzbek line
        ("Қазақстан шекарасындағы Достық ауылы", "KZ;UZ"),  # Kazakh
        ("Taybad near the Pakistani border", "IR;PK"),  # Taybad is on the Afghan line
        # the Chinese short pairs: a place of another line
        ("中塔边境的霍尔果斯", "CN;TJ"),  # Khorgos is on the Kazakh line
        ("中巴边境的霍尔果斯", "CN;PK"),
        ("中哈边境的吐尔尕特", "KZ;CN"),  # Torugart is on the Kyrgyz line
    ],
)
def test_an_answer_off_the_line_the_string_names_is_no_answer(resolver: Any, query: str, named: str) -> None:
    assert_label(resolver, query, named, None)


@pytest.mark.parametrize(
    ("query", "named", "place"),
    [
        ("село Достык на границе с Китаем", "KZ;CN", "Druzhba"),  # the line Druzhba is on
        ("Taftan near the Afghan border", "AF;PK", "Taftan"),  # near the three countries' corner
        ("Serhetabat near the Afghan border", "AF;TM", "Serhetabat"),  # a place of the line itself
        ("Sarakhs on the border with Turkmenistan", "IR;TM", "Sarakhs"),
        ("Torugart near the Chinese border", "CN;KG", "Torugart Pass"),
        ("Hairatan on the Uzbek border", "AF;UZ", "Hairatan"),
        ("Termez on the Afghan border", "AF;UZ", "Tirmiz"),  # a town 8 km from the pack's Hairatan bridge
        ("Достык на казахской границе", "KZ;UZ;CN", "Druzhba"),  # two neighbours named: no one line
        ("Druzhba, a Kazakh border town", "KZ;CN", "Druzhba"),
        ("Chaman, a Pakistani border town", "AF;PK", "Chaman"),
        ("Khash, an Iranian border town", "AF;IR", "Khāsh"),  # 146 km from Zahedan County's seat
        ("中吉边境的吐尔尕特", "CN;KG", "Torugart Pass"),
        # "中哈" is read as "中吉" and "中塔" are: the place after it answers (it was "no place of that name")
        ("中哈边境的霍尔果斯", "KZ;CN", "Khorgos"),
        ("中哈边境的巴克图口岸", "KZ;CN", "Baketu"),
    ],
)
def test_a_place_on_the_line_the_string_names_keeps_its_answer(
    resolver: Any, query: str, named: str, place: str
) -> None:
    assert_label(resolver, query, named, place)


@pytest.mark.parametrize(
    ("query", "line"),
    [
        ("中哈边境", "KZ;CN"),
        ("中塔边界", "CN;TJ"),
        ("阿巴边境", "AF;PK"),
        ("中国边境", None),  # one country: no line of two
        ("中中边境", None),  # one character twice: no pair
        ("O‘zbekiston-Afg‘oniston chegarasida", "AF;UZ"),  # Uzbek, Latin
        ("Қозоғистон чегарасидаги Ўзбекистон пости", "KZ;UZ"),  # Uzbek, Cyrillic
        ("кыргыз-тажик чек арасында", "KG;TJ"),  # Kyrgyz
        ("Eýran bilen türkmen serhedi boýunça", "IR;TM"),  # Turkmen
        ("the Kazak-Uzbek border", "KZ;UZ"),
        ("Serhetabat, Turkmenistan and Afghanistan", None),  # the town's name holds no border word
    ],
)
def test_the_named_line_is_read_in_more_forms(query: str, line: str | None) -> None:
    assert named_line(query) == (None if line is None else countries(line))


@pytest.mark.parametrize(
    ("query", "side"),
    [
        ("на границе с Узбекистаном", "UZ"),
        ("өзбек шекарасындағы", "UZ"),
        ("near the Tajik border", "TJ"),
        ("на казахско-узбекской границе", None),  # two countries: a line, not a side
        ("Узбекистан", None),  # no border word
    ],
)
def test_one_country_s_border_is_read_as_a_side(query: str, side: str | None) -> None:
    assert named_side(query) == side


@pytest.mark.parametrize(
    ("query", "named", "place"),
    [
        ("استان آخال", "IR;TM", "Ahal"),  # Persian: Ahal's name in Persian, held now
        ("ولایت آخال", "AF;TM", "Ahal"),  # Dari's province word
        ("منطقه «کاکا / Kaka» در استان آخال", "AF;IR;TM", "Kaka"),  # the Latin half still answers, not the province
        ("«Kaka / کاکا» در ولایت آخال", "AF;IR;TM", "Kaka"),
    ],
)
def test_ahal_is_read_by_its_persian_name(resolver: Any, query: str, named: str, place: str) -> None:
    assert_label(resolver, query, named, place)


def test_a_name_unknown_in_ahal_has_the_province_stand_in(resolver: Any) -> None:
    located = locate("روستای «کاکا» در استان آخال", resolver=resolver, named=countries("IR;TM"))
    assert located.chosen is not None
    assert (located.chosen.name, located.status) == ("Ahal", "fallback")


def test_the_persian_word_kaka_alone_is_no_place(resolver: Any) -> None:
    """«کاکا» is Dari for a paternal uncle: the town Kaka is not held by it, only by its Latin name."""
    assert_label(resolver, "کاکا", "IR;TM", None)
