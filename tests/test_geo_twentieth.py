"""The twentieth batch's dev failures (issue 13; docs/geocoding-journal.md, section "Twentieth batch: its
dev failures"): words around a name that say where it lies or what kind of place it is, in
Russian, Ukrainian, Kyrgyz, Persian and Arabic (geo/phrase_where.py), and Chinese transcription
characters, a country before or after a Chinese name, and short names read letter for letter
only (geo/hanzi_names.py). Texts made for the tests stand beside the batch's own strings, so that
each rule is checked as a word class, not as one phrase."""

from __future__ import annotations

from typing import Any

import pytest

from _geo_helpers import assert_answers
from incident_tracker.geo.cyrillic_roles import dateline_role
from incident_tracker.geo.hanzi_names import han_transcription
from incident_tracker.geo.locate import locate
from incident_tracker.geo.phrase import parse_query
from incident_tracker.geo.phrase_where import rewrite_where

VORUKH = (39.851, 70.580)
ISLAM_QALA = (34.667, 61.067)


# --- words around the name, rewritten away (no gazetteer) -----------------------------------


@pytest.mark.parametrize(
    ("text", "rewritten"),
    [
        ("Ислам-Кала на границе с Ираном", "Ислам-Кала"),  # the neighbour is dropped, never the answer
        ("Торгунди у границы с Туркменистаном", "Торгунди"),
        ("сухопутный порт Акина", "Акина"),
        ("в речном порту Хайратон", "Хайратон"),
        ("пограничный комиссариат Шерхон-Бандар", "Шерхон-Бандар"),
        ("область Андхой", "Андхой"),
        ("в таджикском селе Ворух", "в селе Ворух, Таджикистан"),
        ("в кыргызском кишлаке Ак-Сай", "в кишлаке Ак-Сай, Кыргызстан"),
        ("Ак-Сай айылынын тургундары", "Ак-Сай айылынын"),
        ("Тажикстандын Ворух анклавынын", "Ворух айылынын, Тажикстан"),
        ("местечке Бедак джамоата Ворух", "Бедак, Ворух"),
        ("город Тургунди", "Тургунди"),
        ("ولایت کنر در شرق افغانستان", "ولایت کنر، افغانستان"),
        ("ولایت خوست در جنوب شرق افغانستان", "ولایت خوست، افغانستان"),
        ('منطقة " سراوان " التابعة لهذه المحافظة', "منطقة سراوان"),
    ],
)
def test_words_saying_where_or_what_are_taken_off(text: str, rewritten: str) -> None:
    assert rewrite_where(text) == rewritten


@pytest.mark.parametrize(
    "text",
    [
        "на границе с Ираном",  # no name before the tail: nothing to keep
        "киргизского села Кок-Таш",  # the genitive adjective is read by the older rules
        "ولایت کنر در شرق ولایت ننگرهار",  # a province, not a country, after "in the east of"
        "Ворух",
        "Torkham",
    ],
)
def test_texts_without_such_words_are_left_alone(text: str) -> None:
    assert rewrite_where(text) is None


def test_a_capitalised_name_is_no_role_word() -> None:
    assert dateline_role("Тургунди") is None  # "тургун" (resident) inside a place name
    assert dateline_role("Раисони Исфара") is not None  # the heads of Isfara stay a role
    assert dateline_role("Исфара шаарынын тургундары") is not None


# --- Chinese transcription ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        ("塔吉克斯坦沙姆蘇丁舒欣地區", "Shamsiddin Shohin District, Tajikistan"),  # 蘇 舒 欣, a country before
        ("多尔哈姆口岸阿富汗一侧", "Torkham"),  # "the Afghan side" after the port
        ("南部坎大哈省的绍拉瓦克地区", "Shorabak District"),  # 绍, 拉 as ra, "X省的" taken off
        ("查曼口岸", "Chaman border crossing"),  # a short name, letter for letter, the crossing by 口岸
    ],
)
def test_chinese_transcriptions(text: str, latin: str) -> None:
    assert han_transcription(text) == latin


def test_a_short_chinese_name_answers_only_letter_for_letter() -> None:
    assert han_transcription("喀布尔") is None  # kbr: Kabul and Khyber; never by skeleton
    assert han_transcription("查门口岸") is None  # "chamen" is no pack name's spelling


def test_a_chinese_name_is_transcribed_once_though_two_readers_ask() -> None:
    """The coverage reader asks whether the sounds read a name; the phrase reader then takes their reading."""
    han_transcription.cache_clear()
    assert parse_query("多尔哈姆口岸附近").name == "Torkham"
    assert han_transcription.cache_info().hits == 1  # the phrase reader's ask, answered from the coverage reader's


# --- through locate() -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "named", "name", "point"),
    [
        ("Ислам-Кала на границе с Ираном", "AF;IR", "Eslam Qaleh", ISLAM_QALA),
        ("таджицькому селі Ворух", "KG;TJ", "Vorukh", VORUKH),  # Ukrainian, through geo/slavic_words.py
        ("Тажикстандын Ворух анклавынын", "KG;TJ", "Vorukh", VORUKH),
        ("ولایت کنر در شرق افغانستان", "AF;PK", "Kunar", (34.873, 71.147)),
        ("查曼口岸", "AF;PK", "Chaman border crossing", (30.922, 66.445)),
    ],
)
def test_located(resolver: Any, query: str, named: str, name: str, point: tuple[float, float]) -> None:
    assert_answers(resolver, query, named, name, point)


def test_the_neighbour_after_the_name_is_never_the_answer(resolver: Any) -> None:
    located = locate("Ислам-Кала на границе с Ираном", resolver=resolver, named=frozenset({"AF", "IR"}))
    assert located.chosen is not None and located.chosen.country == "AF"
