"""The twenty-seventh batch's dev failures (issue 13; docs/geocoding-journal.md, section "Twenty-seventh
batch: rules"), each read as a general word class or folding: the Arabic letter forms and glued
guillemets a Persian, Dari, Pashto or Urdu text may mix in (the alef maksura, the Arabic kaf, the
ezafe heh "ۀ"), folded as the gazetteer's keys fold them, so that a list of two districts stays a
list; "X in the border point of Y" (Persian); "the areas X and Y" before a district with no unit
word (Dari); a province's short name after a province word, when one province of the region holds
it; Urdu's "coastal area"; a Chinese chain that glosses each unit in Latin letters, read whole;
Chinese names of Saravan, Kech and their provinces; Jiwani in Urdu and Muzrabot district. Every
string here is written for the tests (none is the set's), and each rule is checked to leave alone
what it must not read."""

from __future__ import annotations

from typing import Any

import pytest

from _geo_helpers import assert_answers
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.locate import locate
from incident_tracker.geo.phrase import parse_query
from incident_tracker.geo.phrase_brackets import english_in_brackets
from incident_tracker.geo.phrase_declined import areas_then_unit
from incident_tracker.geo.phrase_han import read_han
from incident_tracker.geo.text import fold_persianate, name_key

SARAVAN_COUNTY = (27.37089, 62.33096)
DANGAM_DISTRICT = (34.99249, 71.41935)
KECH_DISTRICT = (26.00122, 63.04849)
JIWANI = (25.04852, 61.74573)
MUZRABOT_DISTRICT = (37.41667, 66.83333)
SISTAN_AND_BALUCHESTAN = (29.4963, 60.8629)


# --- the readings alone (no gazetteer) -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("ولسوالى«شیگل»", "ولسوالی «شیگل»"),  # the alef maksura, a guillemet glued to the word before it
        ("ولسوالى«نارى»", "ولسوالى«نارى»"),  # no letter only these languages write: left as it is
        ("«شیگل»و«دانگام»", "«شیگل» و «دانگام»"),  # and to the conjunction after it
        ("منطقۀ مرزی", "منطقه مرزی"),  # the ezafe heh is a heh
        ("كنر ولایت", "کنر ولایت"),  # the Arabic kaf, in a text with a Persian yeh
        ("على الحدود", "على الحدود"),  # Arabic (no letter only Persian writes): unchanged
        ("Kunar «Asmar»", "Kunar «Asmar»"),  # another script: unchanged
    ],
)
def test_persianate_folding(text: str, folded: str) -> None:
    assert fold_persianate(text) == folded


def test_the_ezafe_heh_folds_in_the_keys_too() -> None:
    assert name_key("منطقۀ") == name_key("منطقه")


def test_a_list_of_two_districts_with_the_alef_maksura_and_glued_guillemets_stays_a_list() -> None:
    assert parse_query("ولسوالىهاى«شیگل» و«دانگام» ولایت کنر").role is not None
    assert parse_query("ولسوالىهاى شیگل و دانگام").role is not None  # no guillemets: the plural unit word


def test_a_post_in_the_border_point_of_a_county() -> None:
    parsed = parse_query("پاسگاه کوهک در نوار مرزی سراوان")
    assert parsed.context == ["سراوان"]
    assert parse_query("پاسگاه کوهک در نقطه سراوان").context == []  # a point that is not "border": not this shape


def test_areas_then_their_district() -> None:
    text = "مناطق کوه سفید و دره سبز دانگام"
    assert areas_then_unit(text, text) == ("مناطق کوه سفید و دره سبز", "دانگام")
    assert areas_then_unit("کوه سفید دانگام", "کوه سفید دانگام") is None  # no "areas" word before them
    assert areas_then_unit("مناطق کوه سفید و دانگام", "مناطق کوه سفید و دانگام") is None  # listed with them
    assert areas_then_unit("مناطق کوه سفید و دره سبز", "مناطق کوه سفید و دره سبز") is None  # no district after


def test_chinese_glosses_are_read_as_one_chain() -> None:
    assert english_in_brackets("阿富汗东部库纳尔省(Kunar)当加姆县(Dangam)") == "Dangam district, Kunar province"
    assert english_in_brackets("托尔卡姆（Torkham）口岸") == "Torkham"  # one gloss, as before
    assert english_in_brackets("库纳尔省（Kunar）(AFP)") == "Kunar province"  # an agency closes it


def test_chinese_names_of_the_iran_pakistan_border() -> None:
    assert read_han("锡斯坦—俾路支斯坦省萨拉万郡") == "Saravan county, Sistan and Baluchestan province"
    assert read_han("俾路支省柯奇区") == "Kech district, Balochistan province"
    assert read_han("俾路支省和柯奇区") is None  # a list ("和"): unread


# --- through the gazetteer ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "named", "name", "point"),
    [
        ("منطقۀ سراوان", "IR;PK", "Saravan County", SARAVAN_COUNTY),  # the ezafe heh on the unit word
        ("پاسگاه کوهک در نقطه مرزی سراوان", "IR;PK", "Saravan County", SARAVAN_COUNTY),  # the county stands in
        ("مناطق کوه سفید و دره سبز دانگام", "AF;PK", "Dangam District", DANGAM_DISTRICT),  # the district stands in
        ("استان سیستان", "IR;AF", "Sistan and Baluchestan", SISTAN_AND_BALUCHESTAN),  # the short name
        ("صوبہ سیستان و بلوچستان", "IR;AF", "Sistan and Baluchestan", SISTAN_AND_BALUCHESTAN),  # the whole name
        # a half of a hyphened name (the chain tries "Горно" alone) is no short name: GBAO stays
        ("Горно-Бадахшанской области", "TJ;AF", "Gorno-Badakhshan", (37.49039, 71.55337)),
        ("ضلع گوادر کے ساحلی علاقے جیوانی", "PK;IR", "Jiwani", JIWANI),  # Urdu: the coastal area
        ("جیونی", "PK;IR", "Jiwani", JIWANI),
        ("俾路支省柯奇区", "PK;IR", "Kech District", KECH_DISTRICT),
        ("萨拉万郡", "IR;PK", "Saravan County", SARAVAN_COUNTY),
        ("巴基斯坦俾路支省(Balochistan)柯奇县(Kech)", "PK;IR", "Kech District", KECH_DISTRICT),  # not the province
        ("Музработ тумани", "UZ;AF", "Muzrabot District", MUZRABOT_DISTRICT),
    ],
)
def test_the_readings_are_answered(resolver: Resolver, query: str, named: str, name: str, point: Any) -> None:
    assert_answers(resolver, query, named, name, point)


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("ولسوالىهاى«شیگل» و«دانگام» ولایت کنر", "AF;PK"),  # two districts: their province does not stand in
        ("ولسوالیهای«شیگل» و«دانگام» ولایت کنر", "AF;PK"),  # the Persian yeh, the guillemets glued
        ("استان خراسان", "IR;TM"),  # a word of three provinces' names: no short name
        ("سیستان", "IR;AF"),  # a word of a name, with no province word: no name
    ],
)
def test_wrong_is_worse_than_empty(resolver: Resolver, query: str, named: str) -> None:
    assert locate(query, resolver=resolver, named=frozenset(named.split(";"))).chosen is None, query
