"""Batch 91's dev failures read by geo185: Kyrgyz letters in a name of Russian copy, a capitalised preposition opening
the text, a dash inside a unit's adjective, the country after a unit and a dash before an apposition
(docs/geocoding-journal.md, section "Batch 91's dev failures: Kyrgyz letters, a capital, two dashes, the country after
(geo185)"). Strings are house-written: none is the set's, whole or inside one of its strings."""

from __future__ import annotations

from typing import Any

import pytest

from _geo_helpers import assert_chosen_at, chosen_for
from incident_tracker.geo.kyrgyz_letters import russian_letters
from incident_tracker.geo.russian_marks import russian_marks_off

KG_TJ = "KG;TJ"


@pytest.mark.parametrize(
    "query",
    [
        "в Көк-Таше и Жаңы-Жер в Баткенской области",
        "на Көк-Таше и Үч-Дөбө в Баткенской области",
    ],
)
def test_a_list_in_kyrgyz_letters_gets_no_province_standing_in(resolver: Any, query: str) -> None:
    """Two villages, the first a known one in Kyrgyz letters with a Russian ending, then their province: a list,
    and the province stands in for none (it was answered, confidently wrong, before geo185)."""
    assert chosen_for(resolver, query, KG_TJ) is None


@pytest.mark.parametrize("query", ["на Көк-Таше", "На Кок-Таше", "Во Көк-Таше"])
def test_a_name_in_kyrgyz_letters_with_a_russian_ending_is_read(resolver: Any, query: str) -> None:
    """ "на Көк-Таше" is read as "на Кок-Таше" is: Kek-Tash; a capitalised preposition opening the text too."""
    assert_chosen_at(resolver, query, KG_TJ, "Kek-Tash", "exact")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("на Көк-Таше", "на Кок-Таше"),
        ("Үч-Дөбө", "Үч-Дөбө"),  # a name alone: left to the pack and the gazetteer
        ("Көк-Таш айылынан", "Көк-Таш айылынан"),  # Kyrgyz copy: a word in small letters in Kyrgyz letters
        ("Лейлек районундагы Көк-Таш", "Лейлек районундагы Көк-Таш"),
        ("в «Көк-Таше»", "в «Кок-Таше»"),  # a quote before the capital
    ],
)
def test_russian_letters_rewrites_only_names_of_russian_copy(text: str, expected: str) -> None:
    assert russian_letters(text) == expected


@pytest.mark.parametrize(
    ("query", "named", "name", "precision"),
    [
        ("В Пяндже", "TJ;AF", "Panj District", "admin2"),  # a capitalised preposition opening the text
        ("в Аксыйском районе Джалал–Абадской области", "KG;UZ", "Aksy District", "admin2"),  # an en dash in the name
        ("в Лейлекском районе Баткенской области КР", KG_TJ, "Leilek District", "admin2"),  # the country's initials
        ("в Баткенской области Кыргызской Республики", KG_TJ, "Batken", "admin1"),  # its long name
        ("в Исфаринском районе Согдийской области РТ", KG_TJ, "Isfara District", "admin2"),
        ("Ворух — анклав Таджикистана", KG_TJ, "Vorukh", "exact"),  # a dash before an apposition
        ("Ворух – эксклав Таджикистана в Баткенской области", KG_TJ, "Vorukh", "exact"),
    ],
)
def test_marks_of_russian_copy_leave_the_place(
    resolver: Any, query: str, named: str, name: str, precision: str
) -> None:
    """Each answers as the same words written the usual way do (all were left empty, or the province answered for
    the exclave, before geo185)."""
    assert_chosen_at(resolver, query, named, name, precision)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ош – Баткен", "Ош – Баткен"),  # two names joined by a dash: a pair, left to dash_pair
        ("Ош–Баткен", "Ош–Баткен"),
        ("Кара–Суу", "Кара–Суу"),  # no unit's adjective after the dash: left as it is
        ("в Джалал–Абадскую область", "в Джалал-Абадскую область"),
        ("Ворух — анклав", "Ворух, анклав"),
        ("Ош — кыргызского города", "Ош — кыргызского города"),  # no noun of a place's kind after the dash
        ("Вход в КР", "Вход в КР"),  # the initials after no unit noun
        ("Ошской области КР", "Ошской области Кыргызстана"),
        ("Внутри Ошской", "Внутри Ошской"),  # "Внутри" is no preposition the rule lowers
        ("На", "На"),  # nothing after it
    ],
)
def test_russian_marks_off_takes_off_only_its_marks(text: str, expected: str) -> None:
    assert russian_marks_off(text) == expected


@pytest.mark.parametrize(
    "query",
    [
        "в Кара-Тоо и Жаны-Жер в Баткенской области",  # two names neither tier knows, then the province
        "на Үч-Дөбө и Жаңы-Жер в Баткенской области",  # the same in Kyrgyz letters
        "Кара-Тоо и Жаны-Жер Баткенской области",
    ],
)
def test_a_province_stands_in_for_no_list_of_two_unknown_names(resolver: Any, query: str) -> None:
    """Two capitalised names joined by "и": a list, read or not; the province answered for it before geo185."""
    assert chosen_for(resolver, query, KG_TJ) is None


def test_one_unknown_name_keeps_its_province(resolver: Any) -> None:
    """One name the tiers lack, then its province: the province stands in, as before (no list)."""
    assert_chosen_at(resolver, "в Кара-Тоо в Баткенской области", KG_TJ, "Batken", "admin1")
