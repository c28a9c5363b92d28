"""The twenty-sixth batch's dev failures (issue 13; docs/geocoding-journal.md, section "Twenty-sixth
batch: rules"): the words around a name the pack knows, each read as its language's general
word class: an Urdu gate word after the name, glued to it or not, "the Pak-Afghan border" before
it, "پر" (on) after a unit word; Persian "border terminal", "road" and "rail" borders, a province's
two-word name after the name; Russian "terminal", "in <country>" and a hyphened province name
after "провинции"; Kyrgyz "тозот" (post) and "жерге" (locality); Turkmen "serhet terminaly" with a
country in the genitive, and the locative adjective "-daky" on a name; Lakki Marwat in Arabic
script. Every string here is written for the tests (none is the set's): each rule is checked as a
word class, and each is checked to leave alone what it must not read."""

from __future__ import annotations

from typing import Any

import pytest

from _geo_helpers import assert_answers
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.locate import locate
from incident_tracker.geo.phrase import parse_query
from incident_tracker.geo.phrase_around import rewrite_wrapped
from incident_tracker.geo.phrase_cyrillic import rewrite_phrase
from incident_tracker.geo.phrase_declined import place_then_unit
from incident_tracker.geo.turkic_latin import crossing_names, rewrite_turkic_latin

KHARLACHI = (33.82796, 69.96477)
GHULAM_KHAN = (33.13333, 70.03472)
BAJAUR_DISTRICT = (34.683, 71.5)
MILAK = (30.97, 61.80917)
BAJGIRAN = (37.62139, 58.41833)
HAIRATAN = (37.2167, 67.4167)
TORKHAM = (34.11472, 71.08472)
KYZYL_BEL = (40.09991, 70.74053)
FARAP = (39.17037, 63.61165)
LAKKI_MARWAT_DISTRICT = (32.60724, 70.91234)


# --- the readings alone (no gazetteer) -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "context"),
    [
        ("خرلاچیگیٹ", "خرلاچی", []),  # Urdu: the gate word glued to the name
        ("غلام خان گیٹ", "غلام خان", []),  # or after a space
        ("شمالی وزیرستان میں پاک افغان سرحد غلام خان", "غلام خان", ["شمالی وزیرستان"]),  # which border, then the name
        ("پایانه مرزی میلک", "میلک", []),  # Persian: the border terminal
        ("مرز جاده‌ای باجگیران", "باجگیران", []),  # the road border, with the joiner
        ("مرز جادهای باجگیران", "باجگیران", []),  # and without it
        ("مرز ریلی سرخس", "سرخس", []),  # the rail border
        ("терминал Торхам", "Торхам", []),  # Russian: the terminal
        ("Хайратон в Афганистане", "Хайратон", ["Афганистане"]),  # in a country, the locative
    ],
)
def test_words_around_a_name(text: str, name: str, context: list[str]) -> None:
    parsed = parse_query(text)
    assert (parsed.name, parsed.context) == (name, context)


def test_a_glued_word_needs_a_name_before_it() -> None:
    assert parse_query("گیٹ").name == "گیٹ"  # the word alone is no name plus its word


def test_a_province_of_two_words_after_a_one_word_pack_name() -> None:
    assert place_then_unit("باجگیران خراسان رضوی") == ("باجگیران", "خراسان رضوی")
    assert place_then_unit("سرخس خراسان رضوی") == ("سرخس", "خراسان رضوی")  # a county of the pack too
    assert place_then_unit("خراسان رضوی باجگیران") is None  # the pack name must come first
    assert place_then_unit("باجگیران مرز ایران") is None  # a kind word, not a unit's name


def test_russian_province_with_a_hyphened_name() -> None:
    assert rewrite_wrapped("соседней провинции Систан-Белуджистан") == "Систан-Белуджистан province"


@pytest.mark.parametrize(
    ("text", "rewritten"),
    [
        ("Кызыл-Бел тозотунда", "Кызыл-Бел border post"),  # Kyrgyz: at the post
        ("«Максат» тозотуна", "Максат border post"),  # to the post, the name in guillemets
        ("Лейлек районунун Сары-Булак жергесинде", "Сары-Булак area, Лейлек district"),  # the locality
    ],
)
def test_kyrgyz_post_and_locality(text: str, rewritten: str) -> None:
    assert rewrite_phrase(text) == rewritten


def test_turkmen_terminal_and_locative_adjective() -> None:
    assert crossing_names("Türkmenistanyň Farap serhet terminaly") == "Farap crossing, Turkmenistan"
    assert crossing_names("Farap terminalynda") == "Farap crossing"
    assert crossing_names("Torkham terminal") is None  # English: not the Turkmen reader's
    assert crossing_names("Bagtyýarlygyň Farap serhet terminaly") is None  # a genitive that is no country
    assert rewrite_turkic_latin("Farapdaky ýük awtoulaglary") == "Farap"
    assert rewrite_turkic_latin("Türkmenistandaky ýük awtoulaglary") is None  # a country, not a place
    assert rewrite_turkic_latin("Farapdaky Lebap") is None  # a name after it: not this shape


# --- through the gazetteer ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "named", "name", "point"),
    [
        ("خرلاچیگیٹ", "PK;AF", "Kharlachi", KHARLACHI),
        ("شمالی وزیرستان میں پاک افغان سرحد غلام خان گیٹ", "PK;AF", "Ghulam Khan", GHULAM_KHAN),
        ("باجوڑ ایجنسی پر پاک افغان سرحد", "PK;AF", "Bajaur District", BAJAUR_DISTRICT),
        ("پایانه مرزی میلک", "IR;AF", "Milak", MILAK),
        ("مرز جاده‌ای باجگیران", "IR;TM", "Bajgiran", BAJGIRAN),
        ("باجگیران خراسان رضوی", "IR;TM", "Bajgiran", BAJGIRAN),
        ("Хайратон в Афганистане", "AF;UZ", "Hairatan", HAIRATAN),
        ("терминал Торхам", "PK;AF", "Torkham", TORKHAM),
        ("Кызыл-Бел тозотунда", "KG;TJ", "Kyzyl-Bel", KYZYL_BEL),
        ("Türkmenistanyň Farap serhet terminaly", "TM;UZ", "Farap", FARAP),
        ("Farapdaky ýük awtoulaglary", "TM;UZ", "Farap", FARAP),
        ("ضلع لکی مروت", "PK;AF", "Lakki Marwat District", LAKKI_MARWAT_DISTRICT),  # Urdu
        ("د لکي مروت ولسوالۍ", "PK;AF", "Lakki Marwat District", LAKKI_MARWAT_DISTRICT),  # Pashto letters
    ],
)
def test_the_readings_are_answered(resolver: Resolver, query: str, named: str, name: str, point: Any) -> None:
    assert_answers(resolver, query, named, name, point)


def test_russian_province_with_a_hyphened_name_is_the_province(resolver: Resolver) -> None:
    chosen = locate("в соседней провинции Хорасан-Разави", resolver=resolver, named=frozenset({"IR", "TM"})).chosen
    assert chosen is not None and chosen.country == "IR" and chosen.geo_precision == "admin1", chosen


@pytest.mark.parametrize(
    ("query", "named"),
    [
        # the crossing glued to its gate word, filed under a district 90 km off: the district does not stand in
        ("شمالی وزیرستان میں پاک افغان سرحد انگور اڈا گیٹ", "PK;AF"),
        ("Murgapdaky ýük awtoulaglary", "AF;TM"),  # the bare name's namesake guard still weighs it
        ("Murgap", "AF;TM"),
        ("Zabul", "AF;IR"),
    ],
)
def test_wrong_is_worse_than_empty(resolver: Resolver, query: str, named: str) -> None:
    assert locate(query, resolver=resolver, named=frozenset(named.split(";"))).chosen is None, query
