"""The twenty-fifth batch's dev failures (issue 13; docs/geocoding-journal.md, section "Twenty-fifth
batch: rules"): a distance given in words (Urdu, Persian, Pashto, Arabic, English, Russian) from
a place the text names, which lets no district stand in; the words around a known name in
Persian ("city", "inside Pakistan"), Chinese (border units and posts), Pashto (a port after the
name) and Urdu (a dry port, a tehsil after the name, the border named in apposition); Urdu and
Pashto spellings of Taxkorgan, Tashkurgan, Xinjiang and Islam Qala. Every string here is written
for the tests (none is the set's): each rule is checked as a word class, and each is checked to
leave alone what it must not read."""

from __future__ import annotations

from typing import Any

import pytest

from _geo_helpers import assert_answers
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.locate import locate
from incident_tracker.geo.phrase import parse_query
from incident_tracker.geo.phrase_cyrillic import rewrite_phrase
from incident_tracker.geo.phrase_declined import place_then_unit
from incident_tracker.geo.reference_guard import distances

TAFTAN = (28.948, 61.5844)
MIRJAVEH = (29.01472, 61.45)
KHUNJERAB_PASS = (36.85, 75.42778)
TORUGART_PASS = (40.5925, 75.42722)
SOST = (36.69, 74.821)
TORKHAM = (34.11472, 71.08472)
ISLAM_QALA = (34.66667, 61.06667)
SHER_KHAN_BANDAR = (37.18333, 68.41694)
TAXKORGAN_COUNTY = (37.77763, 75.22478)
KECH_DISTRICT = (26.00122, 63.04849)


# --- the readings alone (no gazetteer) -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "km"),
    [
        ("مند سے تقریباً ساٹھ کلو میٹر دور", 60.0),  # Urdu: "kilo meter" in two words, the number in words
        ("روستایی در هفتاد کیلومتری زاهدان", 70.0),  # Persian
        ("له تفتان څخه اویا کیلومتره لرې", 70.0),  # Pashto
        ("على بعد تسعين كم من زاهدان", 90.0),  # Arabic
        ("a hamlet some seventy kilometres from Mand", 70.0),  # English
        ("в семидесяти километрах от Хорога", 70.0),  # Russian, the prepositional case
        ("в сорока км от Хорога", 40.0),
        ("25 km from Mand", 25.0),  # figures, as before
    ],
)
def test_distances_are_read_in_words(text: str, km: float) -> None:
    assert {found for _, found in distances(text)} == {km}  # "km" is in the Arabic-script units too


@pytest.mark.parametrize(
    "text",
    [
        "ستر گاؤں",  # a number word with no unit: no distance
        "the seventy villages of Mand",
        "столица Таджикистана",  # a Russian number stem inside another word
    ],
)
def test_a_number_without_a_unit_is_no_distance(text: str) -> None:
    assert distances(text) == []


@pytest.mark.parametrize(
    ("text", "name", "context"),
    [
        ("شهر میرجاوه", "میرجاوه", []),  # Persian: the city X
        ("مرز تفتان داخل خاک پاکستان", "تفتان", ["پاکستان"]),  # inside Pakistan's soil: its own country
        ("میرجاوه در داخل ایران", "میرجاوه", ["ایران"]),
        ("تورخم بندر", "تورخم", []),  # Pashto: the port of a border place
        ("شیرخان بندر", "شیرخان بندر", []),  # a port word that is part of the name stays
        ("امام صاحب بندر", "امام صاحب بندر", []),  # "the port of" a town is no reading of the town
        ("ڈرائی پورٹ سوست", "سوست", []),  # Urdu: the dry port, its town after it
        ("سوست ڈرائی پورٹ", "سوست", []),  # or before it
        ("سوست پاک چین سرحد", "سوست", []),  # the border named in apposition
        ("طورخم پاک افغان بارڈر", "طورخم", []),
        ("سوست ہنزہ", "سوست", ["ہنزہ"]),  # a border place, then the unit it lies in
        ("ٹیکسکورگن کاؤنٹی", "ٹیکسکورگن", []),  # Urdu "county" after the name
    ],
)
def test_arabic_script_words_around_a_name(text: str, name: str, context: list[str]) -> None:
    parsed = parse_query(text)
    assert (parsed.name, parsed.context) == (name, context)


def test_urdu_county_is_a_district_level_word() -> None:
    assert parse_query("ٹیکسکورگن کاؤنٹی").level == "admin2"


def test_the_border_named_after_a_postposition_is_left_to_the_older_rule() -> None:
    """ "چمن میں پاک افغان سرحد" (the Pak-Afghan border at Chaman): "in" comes before the border words,
    which are the head; the apposition rule must not leave "چمن میں" (at Chaman) as a name."""
    assert parse_query("چمن میں پاک افغان سرحد").context == ["چمن"]


def test_place_then_unit_needs_a_pack_place_first() -> None:
    assert place_then_unit("سوست گوجال") == ("سوست", "گوجال")
    assert place_then_unit("گوجال سوست") is None  # the pack place last: juxtaposed() reads that order
    assert place_then_unit("Sost Gojal") is None  # English writes a comma
    assert place_then_unit("سوست سرحد") is None  # a kind word, not a unit's name


@pytest.mark.parametrize(
    ("text", "rewritten"),
    [
        ("红其拉甫边防营哨卡", "Khunjerab"),  # the border battalion's sentry post at Khunjerab
        ("吐尔尕特边防站", "Torugart"),  # the border station
        ("伊尔克什坦国门前哨", "Irkeshtam"),  # the forward post at the national gate
    ],
)
def test_chinese_border_units_and_posts_are_read_at_their_place(text: str, rewritten: str) -> None:
    assert rewrite_phrase(text) == rewritten


def test_chinese_words_still_unknown_leave_the_phrase_unread() -> None:
    assert rewrite_phrase("红其拉甫边防连和吐尔尕特") is None  # a list ("和")


# --- through the gazetteer ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "named", "name", "point"),
    [
        ("شهر تفتان", "PK;IR", "Taftan", TAFTAN),
        ("شهر میرجاوه", "IR;PK", "Mirjaveh", MIRJAVEH),
        ("مرز تفتان داخل خاک پاکستان", "IR;PK", "Taftan", TAFTAN),
        ("红其拉甫边防营哨卡", "CN;PK", "Khunjerab Pass", KHUNJERAB_PASS),
        ("吐尔尕特边防站", "CN;KG", "Torugart Pass", TORUGART_PASS),
        ("تورخم بندر", "AF;PK", "Torkham", TORKHAM),
        ("د اسلام کلا بندر", "AF;IR", "Islam Qala", ISLAM_QALA),  # the Pashto spelling, the port word
        ("شیرخان بندر", "AF;TJ", "Sher Khan Bandar", SHER_KHAN_BANDAR),
        ("ڈرائی پورٹ سوست ہنزہ", "PK;CN", "Sost", SOST),
        ("سوست پاک چین سرحد", "PK;CN", "Sost", SOST),
        ("ٹیکسکورگن کاؤنٹی، شنجیانگ", "CN;PK", "Taxkorgan Tajik Autonomous County", TAXKORGAN_COUNTY),
        ("a hamlet 10 km from Mand, Kech", "PK;IR", "Kech District", KECH_DISTRICT),  # near: it stands in
    ],
)
def test_the_readings_are_answered(resolver: Resolver, query: str, named: str, name: str, point: Any) -> None:
    assert_answers(resolver, query, named, name, point)


def test_urdu_tashkurgan_is_the_town(resolver: Resolver) -> None:
    """تاشقورغان (Urdu Wikipedia's spelling of the town) answers the Tashkurgan port's row, the town's point."""
    assert_answers(resolver, "تاشقورغان", "CN;PK", "Tashkurgan port", TAXKORGAN_COUNTY)


def test_urdu_xinjiang_is_the_province(resolver: Resolver) -> None:
    chosen = locate("سنکیانگ", resolver=resolver, named=frozenset({"CN"})).chosen
    assert chosen is not None and chosen.label.startswith("Xinjiang") and chosen.geo_precision == "admin1"


@pytest.mark.parametrize(
    ("query", "named"),
    [
        # a district stands in no more for a place the text puts tens of km from a place of it
        ("کیچ کی تحصیل مند سے تقریباً ساٹھ کلو میٹر دور ایک گاؤں", "PK;IR"),
        ("a hamlet about seventy kilometres from Mand, Kech", "PK;IR"),
        ("امام صاحب بندر", "AF;TJ"),  # the port of a district's town: not the town
    ],
)
def test_wrong_is_worse_than_empty(resolver: Resolver, query: str, named: str) -> None:
    assert locate(query, resolver=resolver, named=frozenset(named.split(";"))).chosen is None, query


def test_murgap_alone_is_not_freed(resolver: Resolver) -> None:
    """As the twenty-fourth batch left it: "Murgap" alone is not read as Afghanistan's Bala Murghab."""
    chosen = locate("Murgap", resolver=resolver, named=frozenset({"AF", "TM"})).chosen
    assert chosen is None or chosen.country == "TM", chosen


def test_zabul_alone_is_still_the_afghan_province(resolver: Resolver) -> None:
    chosen = locate("Zabul", resolver=resolver).chosen
    assert chosen is not None and chosen.country == "AF" and chosen.geo_precision == "admin1"
