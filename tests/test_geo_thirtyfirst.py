"""The thirty-first batch's dev failures (issue 13; docs/geocoding-journal.md, section "Thirty-first batch:
rules"), each read as a general word class of its language, or a row with its public sources: the
Chinese "area" word after a whole unit ("州" then "边境地区"); the Kyrgyz "аймагындагы" (in the area
of) and "чек ара тозоту" (border outpost), after which a genitive container ("Баткендин") stands
in for an unknown place; a country before "in the area of" in Persian; an Urdu quarter adjective
("جنوب مشرقی", south-eastern) before "علاقے"; an Urdu chain from the country down to the district;
Nok Kundi, a town the pack now files under its district. Every string here is written for the tests
(none is the set's), every reading test fails on the code before this round, and each rule is
checked to leave alone what it must not read."""

from __future__ import annotations

from typing import Any

import pytest

from _geo_helpers import assert_answers
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.locate import locate
from incident_tracker.geo.phrase_han import read_han

BATKEN = (40.0604, 70.81929)
SUGHD = (40.28256, 69.62216)
LEILEK_DISTRICT = (39.83895, 69.5276)
TORUGART = (40.5925, 75.42722)
MIRJAVEH = (29.01472, 61.45)
ZAHAK_COUNTY = (30.894, 61.6804)
TAYBAD_COUNTY = (34.74, 60.7756)
TAFTAN = (28.948, 61.5844)
BAJAUR_DISTRICT = (34.683, 71.5)
CHAGAI_DISTRICT = (28.88846, 64.40616)
NOK_KUNDI = (28.82704, 62.75039)


# --- the reading alone (no gazetteer) -------------------------------------------------------


def test_an_area_word_after_a_whole_unit_is_the_units_area() -> None:
    assert read_han("巴特肯州边境地区") == "Batken province"
    assert read_han("巴特肯州地区") == "Batken province"
    assert read_han("巴特肯州地区和莱莱克区") is None  # a list: still unread
    assert read_han("地区") is None  # no unit before it: nothing to be the area of


# --- through the gazetteer ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "named", "name", "point"),
    [
        ("巴特肯州地区", "KG;TJ", "Batken", BATKEN),
        ("索格德州边境地区", "TJ;KG", "Sughd", SUGHD),
        ("莱莱克区边境地区", "KG;TJ", "Leilek District", LEILEK_DISTRICT),
        ("Лейлек аймагындагы айылдар", "KG;TJ", "Leilek District", LEILEK_DISTRICT),
        ("Торугарт чек ара тозотунда", "KG;CN", "Torugart", TORUGART),
        ('"Торугарт" чек ара тозотунун жанында', "KG;CN", "Torugart", TORUGART),
        # an unknown place of the area: its genitive container stands in
        ("Лейлектин Жаңы-Жер аймагындагы", "KG;TJ", "Leilek District", LEILEK_DISTRICT),
        ("مرز ایران در منطقه میرجاوه", "IR;PK", "Mirjaveh", MIRJAVEH),
        ("ایران در منطقه زهک", "IR;AF", "Zahak County", ZAHAK_COUNTY),
        ("ایران کے شمال مشرقی علاقے تایباد", "IR;AF", "Taybad County", TAYBAD_COUNTY),
        ("پاکستان کے جنوب مغربی علاقے تفتان", "PK;IR", "Taftan", TAFTAN),
        ("پاکستان کے صوبہ خیبر پختونخوا کے ضلع باجوڑ", "PK;AF", "Bajaur District", BAJAUR_DISTRICT),
        ("پاکستان کے صوبہ بلوچستان کے ضلع چاغی", "PK;IR", "Chagai District", CHAGAI_DISTRICT),
        ("Nok Kundi in Chagai district", "PK;IR", "Nok Kundi", NOK_KUNDI),
        ("the Nokundi area of Chagai district", "PK;IR", "Nok Kundi", NOK_KUNDI),
        # the town, not the district's point 160 km away standing in for it
        ("ضلع چاغی کے علاقے نوکنڈی", "PK;IR", "Nok Kundi", NOK_KUNDI),
    ],
)
def test_the_readings_are_answered(resolver: Resolver, query: str, named: str, name: str, point: Any) -> None:
    assert_answers(resolver, query, named, name, point)


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("مرزهای افغانستان در منطقه زهک", "IR;AF"),  # the country named is not the place's
        ("پاکستان کے جنوب مغربی علاقے تایباد", "IR;AF"),  # nor here
        ("ایران در زهک و میرجاوه", "IR;AF"),  # no area word, two places: no one place
        ("چمن کے شمال مغرب میں واقع سرحدی علاقہ گلستان", "PK;AF"),  # a bearing from a town: still empty
    ],
)
def test_wrong_is_worse_than_empty(resolver: Resolver, query: str, named: str) -> None:
    assert locate(query, resolver=resolver, named=frozenset(named.split(";"))).chosen is None, query
