"""Batch 79's dev failures (issue 13; docs/geocoding-journal.md, section "Batch 79's dev failures: rules
(geo156)"): the frame words of Italian, Portuguese, Polish, Dutch and Turkish, the English "the airport of X", the
katakana and Hangul names the pack holds with a source, and the spellings Nimroze and Vriendschapspoort. Strings are
house-written: none is the set's ("de Vriendschapspoort" differs from the set's g7648 by its article's case alone:
the Dutch name is one word)."""

from __future__ import annotations

from typing import Any

import pytest

from incident_tracker.geo.european_frames import european_frames_off
from incident_tracker.geo.locate import locate
from incident_tracker.geo.suffix_frames import suffix_frames_off

AF_IR = frozenset({"AF", "IR"})
AF_PK = frozenset({"AF", "PK"})
TJ_KG = frozenset({"TJ", "KG"})


def _answer(resolver: Any, query: str, named: frozenset[str]) -> tuple[str, str] | None:
    chosen = locate(query, resolver=resolver, named=named).chosen
    return None if chosen is None else (chosen.name, chosen.geo_precision)


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("Il confine di Chaman", "the Chaman border"),
        ("l'aeroporto di Khorog", "the Khorog airport"),
        ("the airport of Khorog", "the Khorog airport"),
        ("provincia tagika di Sughd", "the Tajik province of Sughd"),
        (
            "distretto tribale di Bajaur, nella provincia di Khyber Pakhtunkhwa",
            "the district of Bajaur, in the province of Khyber Pakhtunkhwa",
        ),
        ("província setentrional de Kunar", "the province of Kunar"),
        ("a província de Paktika, no leste do Afeganistão", "the province of Paktika"),
        (
            "distrito de Spin Boldak, na província afegã de Kandahar",
            "the district of Spin Boldak, in the Afghan province of Kandahar",
        ),
        ("prowincji Nangarhar na wschodzie Afganistanu", "the province of Nangarhar"),
        ("w prowincji Kunar", "in the province of Kunar"),
        ("de noordelijke provincie Kunduz", "the province of Kunduz"),
        ("de stad Zaranj", "the city of Zaranj"),
        ("de grensovergang bij Torkham", "the Torkham border crossing"),
        ("de Vriendschapspoort", "Friendship Gate"),
    ],
)
def test_the_frame_words_are_read_in_english(text: str, english: str) -> None:
    """Each new language's table: unit word, an adjective between it and "di" skipped or kept as the people's, "nella"
    and "na" as "in", a direction after the name dropped; Dutch names the crossing "bij" (at) the town."""
    assert european_frames_off(text) == english


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("Sughd bölgesindeki Vorukh köyünde", "Vorukh village, Sughd region"),
        ("Batken bölgesindeki Kök-Taş köyü", "Kök-Tash village, Batken region"),
        ("パキスタン北西部カイバル・パクトゥンクワ州", "カイバル・パクトゥンクワ州, Pakistan"),
        ("南部カンダハール州", "カンダハール州"),
        ("북부 토르캄", "Torkham"),
        ("토르캄 국경 검문소", "Torkham"),
    ],
)
def test_suffix_frames_are_read_in_english(text: str, english: str) -> None:
    """Turkish name-and-unit pairs innermost first (ş as sh inside them); a Japanese or Korean direction dropped, the
    country kept; a pack crossing's Hangul name stands for the crossing."""
    assert suffix_frames_off(text) == english


@pytest.mark.parametrize("text", ["阿富汗南部坎大哈", "Kök Taş", "南部", "카불", "a mio avviso"])
def test_no_suffix_frame_no_rewrite(text: str) -> None:
    """Control: Chinese keeps its own readers; a Turkish name without its unit word, a lone direction, a Hangul name
    the pack does not hold and a text of no frame are left as they are."""
    assert suffix_frames_off(text) == text


@pytest.mark.parametrize(
    ("query", "named", "answer"),
    [
        ("Il confine di Chaman", AF_PK, ("Chaman border crossing", "exact")),
        ("l'aeroporto di Khorog", frozenset({"TJ", "AF"}), ("Khorugh", "near")),
        ("the airport of Khorog", frozenset({"TJ", "AF"}), ("Khorugh", "near")),
        ("provincia tagika di Sughd", TJ_KG, ("Sughd", "admin1")),
        ("distretto tribale di Bajaur, nella provincia di Khyber Pakhtunkhwa", AF_PK, ("Bajaur District", "admin2")),
        ("província setentrional de Kunar", AF_PK, ("Kunar", "admin1")),
        ("a província de Paktika, no leste do Afeganistão", AF_PK, ("Paktika", "admin1")),
        ("estado fronteiriço de Saravan", frozenset({"IR", "PK"}), ("Saravan County", "admin2")),
        ("prowincji Nangarhar na wschodzie Afganistanu", AF_PK, ("Nangarhar", "admin1")),
        ("de noordelijke provincie Kunduz", frozenset({"AF", "TJ"}), ("Kunduz", "admin1")),
        ("de stad Zaranj", AF_IR, ("Zaranj", "exact")),
        ("de grensovergang bij Torkham", AF_PK, ("Torkham", "exact")),
        ("de Vriendschapspoort", AF_PK, ("Chaman border crossing", "exact")),
        ("Sughd bölgesindeki Vorukh köyünde", TJ_KG, ("Vorukh", "exact")),
        ("Isfara ilçesindeki Chorkuh köyü", TJ_KG, ("Chorkuh", "exact")),
    ],
)
def test_a_known_name_in_a_frame(resolver: Any, query: str, named: frozenset[str], answer: Any) -> None:
    assert _answer(resolver, query, named) == answer


@pytest.mark.parametrize(
    ("query", "named", "answer"),
    [
        ("パキスタン北西部カイバル・パクトゥンクワ州", AF_PK, ("Khyber Pakhtunkhwa", "admin1")),
        ("南部カンダハール州", AF_PK, ("Kandahar", "admin1")),
        ("スピン・ボルダック", AF_PK, ("Spin Boldak", "exact")),
        ("토르캄 국경 검문소", AF_PK, ("Torkham", "exact")),
        ("북부 토르캄", AF_PK, ("Torkham", "exact")),
        ("님루즈주", AF_IR, ("Nimroz", "admin1")),
        ("Nimroze", AF_IR, ("Nimroz", "admin1")),
    ],
)
def test_the_sourced_katakana_hangul_and_latin_names(resolver: Any, query: str, named: Any, answer: Any) -> None:
    """The names `geo/data/README.md` cites: Japanese and Korean Wikipedia titles and press spellings, and the English
    press's Nimroze, which was found only after a province word (a near miss of a province's name) and not alone."""
    assert _answer(resolver, query, named) == answer


@pytest.mark.parametrize(
    "query",
    [
        "Qqrzzt bölgesindeki Qqrzzt köyünde",
        "de provincie Qqrzzt",
        "prowincję Qqrzzt",
        "the airport of Qqrzzt",
        "카불",
        "カブール",
        "란디코탈 near Torkham",
    ],
)
def test_a_frame_around_an_unknown_name_stays_empty(resolver: Any, query: str) -> None:
    """Wrong is worse than empty: a name no table holds (Kabul has no sourced katakana or Hangul name here) stays
    unknown whatever frame is read around it, and a Hangul place near a known crossing is not the crossing."""
    assert _answer(resolver, query, AF_PK) is None
