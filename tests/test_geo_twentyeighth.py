"""The twenty-eighth batch's dev failures (issue 13; docs/geocoding-journal.md, section "Twenty-eighth
batch: rules"), each read as a general word class of its language: the Tajik "вулусволӣ" (an Afghan
district), border crossing and border post words and "X дар ноҳияи Y"; the Russian "уезд", "с
территории", "район X провинции Y", a trailing "ГБАО", adjectives before "порт" and "Туркмения";
the Persian "محدوده" (area) and "در مجاورت مرز" (beside the border of); the Dari port noun glued to a
name, or before a sound-alike and a province; a province's short name in English; Kaka by its
Russian adjective and Khwahan in Tajik. A unit of another country than the place named does not
stand in for it. Every string here is written for the tests (none is the set's), and each rule is
checked to leave alone what it must not read."""

from __future__ import annotations

from typing import Any

import pytest

from _geo_helpers import assert_answers
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.locate import locate
from incident_tracker.geo.persian_words import port_unglued, rewrite_persian
from incident_tracker.geo.phrase_declined import place_then_unit
from incident_tracker.geo.phrase_where import rewrite_where
from incident_tracker.geo.slavic_words import rewrite_slavic
from incident_tracker.geo.text import stands_whole

ISLAM_QALA = (34.66667, 61.06667)
TORGHUNDI = (35.25, 62.28333)
HAIRATAN = (37.2167, 67.4167)
AQINA = (37.22861, 65.26306)
PANJI_POYON = (37.19443, 68.57721)
MILAK = (30.97, 61.80917)
KAKA_DISTRICT = (37.34821, 59.61431)
KHWAHAN_DISTRICT = (37.88965, 70.21875)
DARQAD_DISTRICT = (37.38414, 69.45294)
YANGI_QALA_DISTRICT = (37.46572, 69.61131)
SHAHRI_BUZURG_DISTRICT = (37.31091, 70.1729)
DARVOZ_DISTRICT = (38.45373, 70.78902)
SHAMSIDDIN_SHOHIN_DISTRICT = (37.84, 70.04194)
SISTAN_AND_BALUCHESTAN = (29.4963, 60.8629)


# --- the readings alone (no gazetteer) -----------------------------------------------------


def test_tajik_kind_words_and_in() -> None:
    assert rewrite_where("гузаргоҳи марзии Панҷи Поён") == "Панҷи Поён"
    assert rewrite_where("дидбонгоҳи сарҳадии 12-уми «Сангпушт»") == "«Сангпушт»"
    assert rewrite_where("Сангпушт дар ноҳияи Шамсиддин Шоҳин") == "Сангпушт, ноҳияи Шамсиддин Шоҳин"
    assert rewrite_where("гузаргоҳи Панҷи Поён") is None  # "passage" alone: not the border crossing's word


def test_russian_adjectives_before_port_and_turkmenia() -> None:
    assert rewrite_where("речной торговый порт Хайратон") == "Хайратон"
    assert rewrite_where("Акина на границе с Туркменией") == "Акина"
    assert rewrite_where("порт на границе") is None  # no name after the noun


def test_russian_uezd_territory_and_region_abbreviation() -> None:
    assert rewrite_slavic("с территории уезда Вахан") == "района Вахан"
    assert rewrite_slavic("района Шахри Бузург провинции Бадахшан") == "района Шахри Бузург, провинция Бадахшан"
    assert rewrite_slavic("Ванджского района ГБАО") == "Ванджского района"
    assert rewrite_slavic("отряд ГБАО") is None  # not after a district: left as it is
    assert rewrite_slavic("уездный город Кушка") is None  # an adjective of "уезд" is no unit word


def test_persian_area_word_and_beside_the_border() -> None:
    assert rewrite_persian("محدوده دوغارون") == "منطقه دوغارون"
    assert rewrite_persian("گمرک دوغارون در مجاورت مرز افغانستان") == "گمرک دوغارون"  # the reader recurs
    assert rewrite_persian("پل در مجاورت مرز سفید") is None  # "white" is no country: kept


def test_a_glued_port_word_is_split_only_off_an_unknown_name() -> None:
    assert port_unglued("بندرحیرتان بلخ", lambda word: False) == "بندر حیرتان بلخ"
    assert port_unglued("بندرعباس", lambda word: word == "بندرعباس") is None  # the city Bandar Abbas
    assert port_unglued("بندر حیرتان", lambda word: False) is None  # not glued


def test_a_sound_alike_then_a_province_only_after_a_kind_word() -> None:
    assert place_then_unit("ترغندی هرات", "بندر ترغندی هرات") == ("ترغندی", "هرات")
    assert place_then_unit("عمومی زابل", "منطقه عمومی زابل") is None  # "general", no kind word before it


def test_a_word_standing_whole() -> None:
    assert stands_whole("Sistan", "the Sistan province of Iran")
    assert not stands_whole("Gorno", "Gorno-Badakhshan province")


# --- through the gazetteer ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "named", "name", "point"),
    [
        ("вулусволии Хоҳони вилояти Бадахшон", "TJ;AF", "Khwahan District", KHWAHAN_DISTRICT),
        ("Хоҳон", "TJ;AF", "Khwahan District", KHWAHAN_DISTRICT),  # the Tajik spelling alone
        ("волусволии Дарқад", "TJ;AF", "Darqad District", DARQAD_DISTRICT),
        ("вулусволии Янгиқалъа", "TJ;AF", "Yangi Qala District", YANGI_QALA_DISTRICT),
        ("гузаргоҳи марзии Панҷи Поён", "TJ;AF", "Panji Poyon", PANJI_POYON),
        # a post's own name in quotes is a designation: its district stands in
        (
            "дидбонгоҳи сарҳадии 12-уми «Сангпушт» дар ноҳияи Шамсиддин Шоҳин",
            "TJ;AF",
            "Shamsiddin Shohin District",
            SHAMSIDDIN_SHOHIN_DISTRICT,
        ),
        ("в уезде Шахри Бузург провинции Бадахшан", "TJ;AF", "Shahri Buzurg District", SHAHRI_BUZURG_DISTRICT),
        ("Дарвазского района ГБАО", "TJ;AF", "Darvoz District", DARVOZ_DISTRICT),
        ("в Какинском районе", "TM;IR", "Kaka District", KAKA_DISTRICT),  # not Ahal province
        ("транзитный сухой порт Акина", "AF;TM", "Aqina", AQINA),
        ("Акина у границы с Туркменией", "AF;TM", "Aqina", AQINA),
        ("بندرحیرتان بلخ", "AF;UZ", "Hairatan", HAIRATAN),
        ("بندر ترغندی ولایت هرات", "AF;TM", "Torghundi", TORGHUNDI),
        ("محدوده میلک", "IR;AF", "Milak", MILAK),
        ("گمرک اسلام قلعه در کنار مرز ایران (شهرستان تایباد)", "IR;AF", "Islam Qala", ISLAM_QALA),
        ("Sistan province of Iran", "IR;AF", "Sistan and Baluchestan", SISTAN_AND_BALUCHESTAN),
        ("Gorno-Badakhshan province", "TJ;AF", "Gorno-Badakhshan", (37.49039, 71.55337)),  # the whole name
    ],
)
def test_the_readings_are_answered(resolver: Resolver, query: str, named: str, name: str, point: Any) -> None:
    assert_answers(resolver, query, named, name, point)


def test_a_county_across_the_border_does_not_stand_in(resolver: Resolver) -> None:
    """Islam Qala (Afghanistan) "in Taybad county" (Iran): the crossing answers, never the county."""
    chosen = locate("اسلام قلعه در شهرستان تایباد", resolver=resolver, named=frozenset({"IR", "AF"})).chosen
    assert chosen is not None and chosen.name == "Islam Qala"


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        ("بندرعباس", "IR", "Bandar Abbas"),  # a glued port city the gazetteer knows stays whole
    ],
)
def test_known_glued_names_stay(resolver: Resolver, query: str, named: str, name: str) -> None:
    chosen = locate(query, resolver=resolver, named=frozenset(named.split(";"))).chosen
    assert chosen is not None and chosen.name == name


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("Khorasan province", "IR;TM"),  # a word of three provinces' names: no short name, in English too
        ("Sistan", "IR;AF"),  # a word of a name, with no province word: no name
        ("вулусволии Хоҳон ва Шикай", "TJ;AF"),  # two districts named together: no one place
    ],
)
def test_wrong_is_worse_than_empty(resolver: Resolver, query: str, named: str) -> None:
    assert locate(query, resolver=resolver, named=frozenset(named.split(";"))).chosen is None, query


def test_the_general_area_of_zabol_is_no_place_of_zabul(resolver: Resolver) -> None:
    """ "General" is no place of Zabul province (Afghanistan); since geo164 the Persian "منطقه عمومی X" (the general
    area of X) is read as "منطقه X", and the general area of Zabol is Zabol County, Iran (the point of `dev` g1062's
    `either` label), where this case asked for nothing before."""
    chosen = locate("منطقه عمومی زابل", resolver=resolver, named=frozenset({"IR", "AF"})).chosen
    assert chosen is not None and (chosen.name, chosen.country) == ("Zabol County", "IR")
