"""Rules from the nineteenth batch's dev failures (docs/geocoding-journal.md, section "Nineteenth batch:
its dev failures"): Ukrainian declension, "near the village of X", Persian crossing phrases,
Latin names in a Chinese chain and Chinese transcriptions read by their sounds."""

from __future__ import annotations

from typing import Any

import pytest

from _geo_helpers import assert_answers
from incident_tracker.geo.han_latin import latin_in_han_chain
from incident_tracker.geo.hanzi_names import han_transcription
from incident_tracker.geo.persian_words import rewrite_persian
from incident_tracker.geo.slavic_words import rewrite_slavic


@pytest.mark.parametrize(
    ("text", "rewritten"),
    [
        # Ukrainian: unit words and adjective endings in their Russian forms, the stem as written.
        ("у Ішкашимському районі провінції Бадахшан", "в Ішкашимском районе, провинция Бадахшан"),
        ("кордон Хамабського району", "граница Хамабского района"),
        ("біля села Кок-Таш Баткенського району", "near Кок-Таш Баткенского района"),
        ("на території району Шамсіддін Шохін", "района Шамсіддін Шохін"),
        # Russian: near the village of X; on the territory of a district; a district of a province.
        ("около деревни Вору", "near Вору"),
        ("возле кишлака Хамаб", "near Хамаб"),
        ("на территории района Шамсиддин Шохин", "района Шамсиддин Шохин"),
        ("в Хамабском районе провинции Джовзджан", "в Хамабском районе, провинция Джовзджан"),
        # Left alone: a preposition without a settlement noun (the name is declined), Russian as it is.
        ("около Баткена", None),
        ("у границы", None),
        ("в Исфаринском районе", None),
    ],
)
def test_slavic_phrases_are_rewritten_for_the_russian_reader(text: str, rewritten: str | None) -> None:
    assert rewrite_slavic(text) == rewritten


@pytest.mark.parametrize(
    ("text", "rewritten"),
    [
        ("گذرگاه مرزی دوغارون ــ اسلام قلعه", "گذرگاه مرزی دوغارون - اسلام قلعه"),  # a kashida run as a dash
        ("بندر ترانزیتی حیرتان", "بندر حیرتان"),  # a port with an adjective
        ("اسلام قلعه در مرز با ایران", "اسلام قلعه"),  # at the border with a country
        ("اسلام قلعه در مرز هرات", None),  # a province, not a country: left to the reader
        ("بندر حیرتان", None),
        ("Torkham", None),
    ],
)
def test_persian_crossing_phrases_are_rewritten(text: str, rewritten: str | None) -> None:
    assert rewrite_persian(text) == rewritten


def test_latin_names_in_a_chinese_chain_are_read_smallest_first() -> None:
    assert latin_in_han_chain("阿富汗楠格哈尔省Momand Dara区Torkham口岸") == "Torkham, Momand Dara"
    assert latin_in_han_chain("美联社AP报道") is None  # initials, not a name before a unit word
    assert latin_in_han_chain("托克哈姆（Torkham）边境关卡附近") is None  # the bracket rule's


@pytest.mark.parametrize(
    ("text", "rewritten"),
    [
        ("多尔哈姆边境附近", "near Torkham"),  # 多 (duo) for to: no voicing in Mandarin
        ("托尔哈姆口岸", "Torkham"),
        ("托尔卡姆", "Torkham"),
        ("喀布尔", None),  # three consonants (kbr): Khyber's skeleton too, too short to answer
        ("巴特肯州", None),  # a unit word the rule does not read
        ("托尔哈姆加特口岸", "Torkham"),  # "Gate" transcribed: a kind word since the twenty-second batch
    ],
)
def test_a_chinese_transcription_is_read_by_its_sounds(text: str, rewritten: str | None) -> None:
    assert han_transcription(text) == rewritten


@pytest.mark.parametrize(
    ("query", "named", "name", "point"),
    [
        ("возле села Кок-Таш Баткенского района Киргизии", "KG;TJ", "Kek-Tash", (39.94972, 70.53583)),
        ("біля села Кок-Таш Баткенського району", "KG;TJ", "Kek-Tash", (39.94972, 70.53583)),
        ("у Хамабському районі", "AF;TM", "Khamy", (37.5275, 65.75833)),
        ("на території району Шамсіддін Шохін", "TJ;AF", "Shamsiddin Shohin", (37.84, 70.04194)),
        ("گذرگاه مرزی تفتان ــ میرجاوه", "PK;IR", "Taftan", (28.948, 61.5844)),
        ("بندر ترانزیتی تورغندی", "AF;TM", "Torghundi", (35.25, 62.28333)),
        ("伊朗锡斯坦-俾路支斯坦省Hirmand县", "IR;AF", "Hirmand", (31.1447, 61.7925)),
        ("多尔哈姆口岸", "PK;AF", "Torkham", (34.11472, 71.08472)),
    ],
)
def test_the_rewritten_phrases_are_answered(resolver: Any, query: str, named: str, name: str, point: Any) -> None:
    assert_answers(resolver, query, named, name, point)
