"""The twenty-fourth batch's dev failures (issue 13; docs/geocoding-journal.md, section "Twenty-fourth
batch: rules"): Turkmen and Uzbek in Latin letters (geo/turkic_latin.py, gated in
geo/scripts.py), Turkmen spellings of Afghan names as aliases, the Kyrgyz crossing post, the
Uzbek enclave and terminative, Persian customs and regiment chains and the English "X Border
Regiment". Every string here is written for the tests (none is the set's): each rule is checked
as a word class, and each is checked to leave alone what it must not read."""

from __future__ import annotations

from typing import Any

import pytest

from _geo_helpers import assert_answers
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.locate import locate
from incident_tracker.geo.phrase_cyrillic import rewrite_phrase
from incident_tracker.geo.scripts import has_latin_turkic
from incident_tracker.geo.turkic_latin import crossing_names, rewrite_turkic_latin

BALA_MURGHAB = (35.58408, 63.32886)
QARQIN = (37.41853, 66.04358)
MURICHAQ = (35.8104, 63.14265)
FARYAB = (35.92139, 64.78361)
SARAGT = (36.52381, 61.21477)
SOKH = (39.94694, 71.14565)
RISHTON = (40.35667, 71.28472)
SARAZM = (39.50833, 67.46111)
INCHEH_BORUN = (37.45423, 54.7194)
SARAVAN_COUNTY = (27.37089, 62.33096)
ZABOL_COUNTY = (31.0306, 61.4949)


# --- the rewrites alone (no gazetteer) -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rewritten"),
    [
        # Turkmen: genitive, locative, dative unit words, a country owner, "near" after the chain
        ("Owganystanyň Farýab welaýatynyň Garamkol etrabynda", "Garamkol district, Farýab province, Afghanistan"),
        (
            "Jowzjan welaýatynyň Garkyn etrabyndaky Hamyab obasynyň golaýynda",
            "near Hamyab village, Garkyn district, Jowzjan province",
        ),
        ("Badgys welaýatyna degişli Gormach etrabyna", "Gormach district, Badgys province"),  # "belonging to"
        ("Serhetabat şäherinde", "Serhetabat city"),
        ("Gulbahar atly obada", "Gulbahar village"),  # "a village named X"
        # Uzbek (Latin): the chain, the terminative on the district, two listed villages of a district
        ("Surxondaryo viloyati Termiz tumanida", "Termiz district, Surxondaryo province"),
        ("Namangan viloyati Pop tumanigacha", "Pop district, Namangan province"),
        ("Sokh tumani Hushyor va Rovot qishloqlarida", "Sokh district"),
    ],
)
def test_turkmen_and_uzbek_latin_chains_are_rewritten(text: str, rewritten: str) -> None:
    assert rewrite_turkic_latin(text) == rewritten


@pytest.mark.parametrize(
    "text",
    [
        "Kerki etrabyna degişli serhediň 12-nji nokadynda",  # a numbered point of a district's border
        "Lebap welaýatynyň demirgazygynda",  # the north of a province: a part, no point
        "Surxondaryo viloyatining janubida",  # the same in Uzbek
        "Lakkon va Chorkuh qishloqlari",  # two villages, nothing they share named after them
        "Çarjew, Kerki etraplarynda",  # a list with a comma
        "iki obanyň arasynda",  # a unit word with no name
        "the Obama administration",  # the gate's stem in English: nothing to read
    ],
)
def test_what_names_no_one_place_is_left_alone(text: str) -> None:
    assert rewrite_turkic_latin(text) is None


def test_the_gate_asks_for_a_unit_or_crossing_word() -> None:
    assert has_latin_turkic("Garkyn etraby") and has_latin_turkic("Oybek o‘tkazish punkti")
    assert not has_latin_turkic("Torkham border crossing") and not has_latin_turkic("Ай-Тамыр")


def test_crossing_names_read_one_name_or_a_pair() -> None:
    assert crossing_names("Sariosiyo avtomobil o‘tkazish punkti") == "Sariosiyo crossing"
    assert crossing_names("«Oybek» va «Bekobod» o‘tkazish punktlari") == "Oybek–Bekobod crossing"
    assert crossing_names("Farap serhet geçelgesinde") == "Farap crossing"
    assert crossing_names("Jartepa tumani") is None  # a district, not a crossing
    assert crossing_names("ikki o‘tkazish punkti") is None  # no name


@pytest.mark.parametrize(
    ("text", "rewritten"),
    [
        ("Сарахс өткөрмө бекетинде", "Сарахс border post"),  # Kyrgyz: at the Sarakhs crossing post
        ("Ворух анклавидаги", "Ворух"),  # Uzbek: the enclave, locative
        ("Фарғона вилояти Риштон туманигача", "Риштон district, Fergana province"),  # as far as the district
        ("Өлкөнүн түштүгүндөгү Торугарт бекети", "Торугарт border post"),  # "in the country's south": no owner
    ],
)
def test_cyrillic_turkic_words_added(text: str, rewritten: str) -> None:
    assert rewrite_phrase(text) == rewritten


def test_a_province_terminative_is_not_read() -> None:
    """ "as far as X province" names a route's end; no province is read from it here."""
    assert rewrite_phrase("Фарғона вилоятигача") is None


# --- through the gazetteer ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "named", "name", "point"),
    [
        ("Badgys welaýatynyň Bala Murgap etrabynda", "AF;TM", "Bala Murghab District", BALA_MURGHAB),
        ("Jöwüzjan welaýatynyň Garkyn etrabynda", "AF;TM", "Qarqin District", QARQIN),
        ("Murichaq obasynyň golaýynda", "AF;TM", "Murichaq", MURICHAQ),
        ("Owganystanyň Farýab welaýatynda", "AF;TM", "Faryab", FARYAB),
        ("Сарахс өткөрмө бекетинде", "IR;TM", "Saragt", SARAGT),
        ("Сўх анклавидаги", "KG;UZ", "Sokh District", SOKH),
        ("Фарғона вилояти Риштон туманигача", "KG;UZ", "Rishton District", RISHTON),
        ("Sokh tumani Hushyor va Rovot qishloqlarida", "KG;UZ", "Sokh District", SOKH),
        ("«Sarazm» va «Jartepa» o‘tkazish punktlari", "TJ;UZ", "Sarazm", SARAZM),  # two names of one crossing
        ("گمرک مرزی اینچه برون", "IR;TM", "Incheh Borun", INCHEH_BORUN),  # the border customs of X
        ("پاسگاه‌های گروهان ابوذر هنگ مرزی سراوان", "IR;PK", "Saravan County", SARAVAN_COUNTY),
        ("Zabol Border Regiment", "IR;AF", "Zabol County", ZABOL_COUNTY),
    ],
)
def test_the_readings_are_answered(resolver: Resolver, query: str, named: str, name: str, point: Any) -> None:
    assert_answers(resolver, query, named, name, point)


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("Kerki etrabyna degişli serhediň 12-nji nokadynda", "AF;TM"),  # a border point: no place
        ("«Oybek» va «Sarazm» o‘tkazish punktlari", "TJ;UZ"),  # one name unknown: not one crossing
        ("«Sarazm» va «Kulma» o‘tkazish punktlari", "TJ;UZ;CN"),  # two crossings far apart
        ("گمرک ایران", "IR;TM"),  # the customs of a country
    ],
)
def test_wrong_is_worse_than_empty(resolver: Resolver, query: str, named: str) -> None:
    assert locate(query, resolver=resolver, named=frozenset(named.split(";"))).chosen is None, query
