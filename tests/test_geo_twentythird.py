"""The twenty-third batch's dev failures (issue 13; docs/geocoding-journal.md, section "Twenty-third
batch: its dev failures"): words around a name the reader knows, a Russian province noun, the
Tajik word for an Afghan district, a Persian "of the dependencies of the town" and a Chinese
apposition before a double dash (geo/phrase_around.py, geo/apposition.py), and the district
guard's part lookups kept per resolver (geo/alone.py). Texts made for the tests stand
beside the batch's own strings, so that each rule is checked as a word class, not as one phrase."""

from __future__ import annotations

from typing import Any

import pytest

from _geo_helpers import assert_answers
from incident_tracker.geo.alone import _SEEN
from incident_tracker.geo.apposition import rewrite_apposition
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.locate import locate
from incident_tracker.geo.phrase_around import rewrite_wrapped

KHUNJERAB = (36.85, 75.42778)
DASHT_E_QALAH = (37.1539, 69.4435)
BADGHIS = (34.98735, 63.12891)
TAKHAR = (36.73605, 69.53451)
PISHIN_IRAN = (26.07937, 61.75403)


# --- the rewrites alone (no gazetteer) -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rewritten"),
    [
        ("сопредельной афганской провинции Бадагис", "Бадагис province"),  # g2065: genitive, two adjectives
        ("в провинции Тахар", "Тахар province"),  # locative, a preposition
        ("провинция Нимроз", "Нимроз province"),  # nominative
        ("дар улусволии Дашти Қалъа", "Дашти Қалъа district, Afghanistan"),  # g2008: Tajik, the Dari district word
        ("улусволии Имом Соҳиб", "Имом Соҳиб district, Afghanistan"),  # the unit is Afghan (geo113)
        ("مرز «پیشین» از توابع شهر «سرباز»", "مرز «پیشین»، «سرباز»"),  # g2034: of the dependencies of the town
        ("روستای کلگان از توابع بخش سرباز", "روستای کلگان، سرباز"),  # ... of the sub-county
    ],
)
def test_words_around_a_name_are_rewritten(text: str, rewritten: str) -> None:
    assert rewrite_wrapped(text) == rewritten


@pytest.mark.parametrize(
    "text",
    [
        "жители провинции Тахар",  # a role word before the noun: the role reader's
        "провинции Бадахшан - Хохон, Шикай и Султон Ишкашим",  # a list after the name: the list reader's
        "روستای کلگان از توابع شهرستان سرباز",  # the county: read by geo/phrase_patterns.py already
    ],
)
def test_other_shapes_are_left_alone(text: str) -> None:
    assert rewrite_wrapped(text) is None


def test_a_chinese_apposition_before_a_double_dash_is_dropped() -> None:
    assert rewrite_apposition("中巴两国唯一的陆路口岸——红其拉甫口岸") == "红其拉甫口岸"  # g2049
    assert rewrite_apposition("边境小镇——塔什库尔干") == "塔什库尔干"  # made: a border town — Tashkurgan
    assert rewrite_apposition("红其拉甫口岸——中巴两国唯一的陆路口岸") is None  # the name first: not this shape
    assert rewrite_apposition("中国和巴基斯坦——红其拉甫口岸") is None  # no noun of kind before the dash


# --- through the gazetteer ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "named", "name", "point"),
    [
        ("中巴两国唯一的陆路口岸——红其拉甫口岸", "CN;PK", "Khunjerab port", KHUNJERAB),  # g2049: the port, China's row
        ("дар улусволии Дашти Қалъа", "TJ;AF", "Dasht-e Qal", DASHT_E_QALAH),  # g2008
        ("сопредельной афганской провинции Бадгис", "TM;AF", "Badghis", BADGHIS),
        ("в провинции Тахар", "TJ;AF", "Takhar", TAKHAR),
        ("مرز «پیشین» از توابع شهر «سرباز»", "IR;PK", "Pishin (Iran)", PISHIN_IRAN),  # g2034
    ],
)
def test_the_batch_shapes_are_answered(resolver: Resolver, query: str, named: str, name: str, point: Any) -> None:
    assert_answers(resolver, query, named, name, point)


def test_the_district_guard_keeps_its_part_lookups_per_resolver(resolver: Resolver) -> None:
    """A district standing in is checked by looking its text's other names up alone; the second
    check of the same text reads them from the resolver's own store, with the same outcome."""
    query = "Mand tehsil of Gwadar district"  # twenty-first batch, g1800: the guard empties it
    first = locate(query, resolver=resolver, named=frozenset({"PK"}))
    assert first.chosen is None
    assert ("Mand", frozenset({"PK"})) in _SEEN[resolver]
    again = locate(query, resolver=resolver, named=frozenset({"PK"}))
    assert again.chosen is None
    assert again.note == first.note
