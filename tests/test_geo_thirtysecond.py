"""The thirty-second batch's dev failures and the collector's probe (issue 13; docs/geocoding-journal.md,
section "Thirty-second batch: rules"), each read as a general word class of its language or a
spelling with its public source: the Russian "уезд" (an Afghan district or a Chinese county, never
a Tajik one) and "провинция X" in a context part; "возле"/"около"/"у" before a known masculine name
in the genitive; "приграничном" before "районе"; common nouns "в районе X"; a pack district's
two-word name cut to its first word or split round "района"; the Urdu "village" word after an
owner and "قبائلی" (tribal) before a unit word; "سرحد پر واقع" (lying on the border); an unknown
village before a pack crossing; the Pashto oblique "-يو" before a road, area or border noun.
Every string here is written for the tests (none is the set's), every reading test fails on the
code before this round, and each rule is checked to leave alone what it must not read."""

from __future__ import annotations

from typing import Any

import pytest

from _geo_helpers import assert_answers
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.locate import locate
from incident_tracker.geo.phrase import parse_query

ISHKASHIM_AF = (36.68333, 71.53333)  # the pack's Afghan district (GeoNames 1148268's centre)
SHIGHNAN_AF = (37.602048, 71.237094)
SHER_KHAN_BANDAR = (37.18333, 68.41694)
DARVOZ = (38.454, 70.789)
SHAMSIDDIN_SHOHIN = (37.84, 70.04194)
KURRAM_DISTRICT = (33.89968, 70.10012)
BAJAUR_DISTRICT = (34.683, 71.5)
NORTH_WAZIRISTAN = (33.00059, 70.07117)
ARANDU = (35.31028, 71.54861)
KHARLACHI = (33.82796, 69.96477)
TORKHAM = (34.11472, 71.08472)


# --- the reading alone (no gazetteer) -------------------------------------------------------


def test_uezd_holds_the_place_to_the_countries_that_have_one() -> None:
    assert parse_query("в уезде Ишкашим").unit_countries == frozenset({"AF", "CN", "IR"})
    assert parse_query("Ишкашимский уезд").unit_countries == frozenset({"AF", "CN", "IR"})
    assert parse_query("в районе Ишкашим").unit_countries is None  # "район" is every country's


def test_a_province_noun_in_a_context_part_is_taken_off() -> None:
    parsed = parse_query("в районе Ишкашим провинции Бадахшан")
    assert (parsed.name, parsed.context, parsed.context_levels) == ("Ишкашим", ["Бадахшан"], ["admin1"])


# --- through the gazetteer ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "named", "name", "point"),
    [
        # the collector's probe and its variants: the Afghan district, not the Tajik one 8 km off
        ("в уезде Ишкашим провинции Бадахшан", "AF;TJ", "Ishkashim District", ISHKASHIM_AF),
        ("уезд Ишкашим", "AF;TJ", "Ishkashim District", ISHKASHIM_AF),
        ("Ишкашимский уезд", "TJ;AF", "Ishkashim District", ISHKASHIM_AF),
        ("в районе Ишкашим провинции Бадахшан", "AF;TJ", "Ishkashim District", ISHKASHIM_AF),
        ("в Ишкашимском районе провинции Бадахшан", "TJ;AF", "Ishkashim District", ISHKASHIM_AF),
        ("в приграничном уезде Ишкашим провинции Бадахшан", "AF;TJ", "Ishkashim District", ISHKASHIM_AF),
        ("в уезде Шугнан", "AF;TJ", "Shighnan District", SHIGHNAN_AF),
        # near a known name in the genitive
        ("около Шерхан-Бандара", "AF;TJ", "Sher Khan Bandar", SHER_KHAN_BANDAR),
        ("вблизи Шерхан-Бандара", "TJ;AF", "Sher Khan Bandar", SHER_KHAN_BANDAR),
        ("возле Дарвоза", "TJ;AF", "Darvoz District", DARVOZ),
        # a district's name cut short or split, a border adjective, nouns "in the district"
        ("у заставы в районе Шамсиддин", "TJ;AF", "Shamsiddin Shohin District", SHAMSIDDIN_SHOHIN),
        ("в приграничном районе Шамсиддин Шохин", "TJ;AF", "Shamsiddin Shohin District", SHAMSIDDIN_SHOHIN),
        ("в местности Хоса Шохинского района Шамсиддина", "TJ;AF", "Shamsiddin Shohin District", SHAMSIDDIN_SHOHIN),
        # Urdu: the village word after an owner, "tribal" before a unit word, "lying on the border"
        ("کرم کے گاؤں خرلاچی", "PK;AF", "Kharlachi", KHARLACHI),
        ("چترال کے گاؤں ارندو", "PK;AF", "Arandu", ARANDU),
        ("پاکستان کے قبائلی علاقے شمالی وزیرستان", "PK;AF", "North Waziristan District", NORTH_WAZIRISTAN),
        ("صوبہ خیبر پختونخوا کے قبائلی ضلع باجوڑ", "PK;AF", "Bajaur District", BAJAUR_DISTRICT),
        ("خیبر پختونخوا کے قبائلی ضلع کرم", "PK;AF", "Kurram District", KURRAM_DISTRICT),
        ("پاک افغان سرحد پر واقع طورخم", "PK;AF", "Torkham", TORKHAM),
        # an unknown village before a known crossing, then "border"
        ("بوڑکی خرلاچی بارڈر", "PK;AF", "Kharlachi", KHARLACHI),
        # Pashto: the oblique "-يو" before an area noun
        ("خرلاڅيو سيمې", "AF;PK", "Kharlachi", KHARLACHI),
    ],
)
def test_the_readings_are_answered(resolver: Resolver, query: str, named: str, name: str, point: Any) -> None:
    assert_answers(resolver, query, named, name, point)


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("в уезде Ванч", "AF;TJ"),  # Vanj is Tajik only: an "уезд" of that name is not it
        ("в районе Мухаммад", "AF;TJ"),  # the first word of no district's name
        ("возле Хорога", "TJ;AF"),  # a genitive of a name the pack does not record: left as before
        ("کليو لارې", "AF;PK"),  # "the villages' road": no name in the oblique
        ("بوڑکی بارڈر", "PK;AF"),  # the unknown village alone
    ],
)
def test_wrong_is_worse_than_empty(resolver: Resolver, query: str, named: str) -> None:
    assert locate(query, resolver=resolver, named=frozenset(named.split(";"))).chosen is None, query


def test_an_afghan_district_of_a_name_tajik_too_is_not_the_tajik_one(resolver: Resolver) -> None:
    """With "уезд" and a district the pack holds only on the Tajik side, the Afghan province stands
    in (it is where the text puts the district); the Tajik district is never the answer."""
    chosen = locate("уезд Дарваз провинции Бадахшан", resolver=resolver, named=frozenset({"AF", "TJ"})).chosen
    assert chosen is not None and chosen.country == "AF" and chosen.geo_precision == "admin1"


def test_the_cli_answers_the_probe_in_afghanistan(run: Any) -> None:
    result = run("geocode", "в уезде Ишкашим провинции Бадахшан")
    assert result.exit_code == 0
    assert "Chosen: Ishkashim District, Badakhshan, Afghanistan (admin2)." in result.stderr + result.stdout
    assert "Ishkoshim" not in result.stderr.split("Chosen:")[-1]
    assert "→ │Ishkashim" in result.stdout  # the arrow marks the Afghan row, not Ishkoshim's
