"""Two conflicts of issue 13 (docs/geocoding-journal.md, section "Two conflicts").

A Tajik district named by an izofa compound ("ноҳияи Дашти Қалъа") is one name, not "Dasht, of
Qal'a"; a crossing asked for with a province of the other country answers only when that province
holds the crossing's other end ("Ayritom, Samarqand": since geo178 no answer, as for geo176's "Chaman, Khyber
Pakhtunkhwa": the province does not hold the crossing the text names).
"""

from __future__ import annotations

from typing import Any

import pytest

from _geo_helpers import assert_answers
from incident_tracker.geo.locate import locate
from incident_tracker.geo.phrase_cyrillic import rewrite_phrase


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("ноҳияи Дашти Қалъа", "Дашти Қалъа district"),
        ("ноҳияи Ҷалолиддини Балхӣ", "Ҷалолиддини Балхӣ district"),
        ("ҷамоати Чоркӯҳи Исфара", "Чоркӯҳ jamoat, Исфара"),  # a jamoat's owner reading stays
    ],
)
def test_a_districts_izofa_compound_is_one_name(text: str, english: str) -> None:
    assert rewrite_phrase(text) == english


def test_the_compound_district_is_not_dasht_of_iran(resolver: Any) -> None:
    chosen = locate("ноҳияи Дашти Қалъа", resolver=resolver, named=frozenset({"AF", "TJ"})).chosen
    assert chosen is None or chosen.country == "AF", chosen.label


@pytest.mark.parametrize(
    ("query", "province"),
    [("Ayritom, Samarqand", "Samarqand"), ("Dogharoun, Tehran", "Tehran")],
)
def test_a_crossing_with_a_province_away_from_its_other_end_is_no_answer(
    resolver: Any, query: str, province: str
) -> None:
    """Neither the crossing nor the province (it does not hold the crossing's end, geo178): the note names both."""
    answer = locate(query, resolver=resolver)
    assert answer.chosen is None, answer.chosen.label
    assert f"(left unlocated: {province}, " in answer.note, answer.note


def test_the_province_of_the_other_end_still_takes_the_crossing(resolver: Any) -> None:
    assert_answers(
        resolver, "Ayritom, Surxondaryo", "UZ;AF", "Afghanistan–Uzbekistan Friendship Bridge", (37.2278, 67.4282)
    )
    assert_answers(resolver, "Dogharoun, Razavi Khorasan", "IR;AF", "Islam Qala", (34.66667, 61.06667))
