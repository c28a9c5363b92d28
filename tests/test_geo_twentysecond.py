"""The twenty-second batch's dev failures (issue 13; docs/geocoding-journal.md, section "Twenty-second
batch: its dev failures"): words wrapped around a name the reader knows, in Russian, Persian,
Dari and Arabic (geo/phrase_around.py), and Chinese kind words after a name written by sound and
卢 read as ru (geo/hanzi_names.py). Texts made for the tests stand beside the batch's own strings,
so that each rule is checked as a word class, not as one phrase."""

from __future__ import annotations

from typing import Any

import pytest

from _geo_helpers import assert_answers
from incident_tracker.geo.hanzi_names import han_transcription
from incident_tracker.geo.locate import locate
from incident_tracker.geo.phrase_around import rewrite_wrapped

HAIRATAN = (37.2167, 67.4167)
SHER_KHAN_BANDAR = (37.18333, 68.41694)
ISLAM_QALA = (34.66667, 61.06667)
SOKH_DISTRICT = (39.94694, 71.14565)
BATKEN = (40.0604, 70.81929)
JOWZJAN = (36.66757, 65.7529)
NANGARHAR = (34.426, 70.452)
SARAVAN_COUNTY = (27.37089, 62.33096)
TORKHAM = (34.11472, 71.08472)
VORUKH = (39.85125, 70.58012)
ISFARA_DISTRICT = (40.12649, 70.62526)


# --- the rewrites alone (no gazetteer) -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rewritten"),
    [
        ('на пограничном мосту "Хайратон — Термез"', "«Хайратон — Термез»"),  # a bridge noun, any case
        ("по мосту «Хайратон»", "«Хайратон»"),
        ("پل «حیرتان»", "«حیرتان»"),  # Persian: bridge
        ("جسر “حيرتان”", "«حيرتان»"),  # Arabic: bridge
        ("کمیساریای مرزی «شیرخان بندر» ولایت قندوز", "«شیرخان بندر» ولایت قندوز"),  # border commissariat
        ("مرز ایران و افغانستان در منطقه اسلامقلعه", "منطقه اسلامقلعه"),  # the border of two countries, in
        ("الحدود بين إيران وأفغانستان في منطقة إسلام قلعة", "منطقة إسلام قلعة"),
        ("в узбекском анклаве Сох", "узбекский анклав Сох"),  # the locative, back to the nominative
        ("в анклаве Сох", "анклав Сох"),
        ("на территории Баткенской области Киргизии", "в Баткенской области Киргизии"),
        ("на территории Исфаринского района", "в Исфаринском районе"),
        ("في منطقة سراوان", "منطقة سراوان"),  # an Arabic preposition before a unit word
        ("ولاية جوزجان شمالي أفغانستان", "ولاية جوزجان، أفغانستان"),  # a quarter of the country after
        ("معبر “مرزه سر” بمنطقة سراوان", "معبر “مرزه سر”، سراوان"),  # "ب" fused to the unit word
    ],
)
def test_words_around_a_name_are_rewritten(text: str, rewritten: str) -> None:
    assert rewrite_wrapped(text) == rewritten


@pytest.mark.parametrize(
    "text",
    [
        "شمالي أفغانستان",  # a quarter of a country alone names no place: nothing to keep
        "في شمالي أفغانستان",
        "در شمال افغانستان",
        "مرز ایران و افغانستان",  # the border, and no place on it
        "мост через реку",  # a bridge without a quoted name
        "в узбекском селе Сох",  # read already (geo/phrase_where.py)
        "منطقة كنج بمنطقة أفغانستان",  # "in" a country: not a unit of it
        "Хайратон",
    ],
)
def test_texts_without_the_shapes_are_left_alone(text: str) -> None:
    assert rewrite_wrapped(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("托尔哈姆加特边境口岸", "Torkham"),  # 加特 (jia te): English "gate" by sound, a kind word
        ("托尔哈姆加特", "Torkham"),
        ("科克塔什村", "Kek-Tash"),  # 村: village, after the name
        ("沃卢赫", "Vorukh"),  # 卢 (lu) for ru, as 鲁 is
    ],
)
def test_chinese_kind_words_and_lu_for_ru(text: str, place: str) -> None:
    assert han_transcription(text) == place


def test_gate_alone_is_no_name() -> None:
    assert han_transcription("加特") is None


# --- the batch's strings and made ones, on the session gazetteer -----------------------------


@pytest.mark.parametrize(
    ("query", "named", "name", "point"),
    [
        ('на пограничном мосту "Хайратон — Термез"', "UZ;AF", "Hairatan", HAIRATAN),  # g1909
        ("پل «حیرتان»", "UZ;AF", "Hairatan", HAIRATAN),
        ("کمیساریای مرزی «شیرخان بندر» ولایت قندوز", "AF;TJ", "Sher Khan Bandar", SHER_KHAN_BANDAR),  # g1948
        ("مرز ایران و افغانستان در منطقه اسلامقلعه-دوغارون", "IR;AF", "Islam Qala", ISLAM_QALA),  # g1916
        ("الحدود بين إيران وأفغانستان في منطقة إسلام قلعة", "IR;AF", "Islam Qala", ISLAM_QALA),
        ("в узбекском анклаве Сох", "UZ;KG", "Sokh District", SOKH_DISTRICT),  # g1920
        ("в таджикском анклаве Ворух", "TJ;KG", "Vorukh", VORUKH),
        ("на территории Баткенской области Киргизии", "KG;UZ", "Batken", BATKEN),  # g1921
        ("на территории Исфаринского района", "TJ;KG", "Isfara District", ISFARA_DISTRICT),
        ("في ولاية جوزجان شمالي أفغانستان", "AF;UZ", "Jowzjan", JOWZJAN),  # g1925
        ("في ولاية ننكرهار شرقي أفغانستان", "AF;PK", "Nangarhar", NANGARHAR),
        ("في منطقة سراوان بمحافظة سيستان وبلوشستان", "IR;PK", "Saravan County", SARAVAN_COUNTY),  # g1936
        ("معبر “مرزه سر” بمنطقة سراوان", "IR;PK", "Saravan County", SARAVAN_COUNTY),  # g1935
        ("托尔哈姆加特边境口岸", "PK;AF", "Torkham", TORKHAM),  # g1963
        ("塔吉克斯坦沃卢赫村", "KG;TJ", "Vorukh", VORUKH),  # g1904
    ],
)
def test_the_batch_shapes_are_answered(resolver: Any, query: str, named: str, name: str, point: Any) -> None:
    assert_answers(resolver, query, named, name, point)


def test_a_quarter_of_a_country_alone_stays_empty(resolver: Any) -> None:
    assert locate("في شمالي أفغانستان", resolver=resolver, named=frozenset({"AF"})).chosen is None
