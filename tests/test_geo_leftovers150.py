"""The dev set's leftovers (issue 13; docs/geocoding-journal.md, section "The dev set's leftovers:
rules (geo150)"). Strings are house-written: none is the set's."""

from __future__ import annotations

from typing import Any

import pytest

from incident_tracker.geo.locate import locate


def test_nurafshon_stands_in_for_tashkent_region(resolver: Any) -> None:
    """Toshkent region's centre since 2017 is Nurafshon (GeoNames 1512524, Tŭytepa), not Angren."""
    located = locate("the Tashkent region", resolver=resolver, named=frozenset({"UZ"}))
    assert located.chosen is not None, located.note
    assert located.chosen.geo_precision == "admin1"
    assert (round(located.chosen.latitude, 2), round(located.chosen.longitude, 2)) == (41.03, 69.36)


@pytest.mark.parametrize(
    ("query", "district"),
    [
        ("لوئر کرم گوڑہ خیل کلی", "Kurram District"),  # Lower Kurram, then a village with no link between
        ("لوئر کرم بالش خیل کے پہاڑی علاقے تری منگل", "Kurram District"),  # an area of a place of Lower Kurram
        ("اپر چترال ریشن گول گاؤں", "Upper Chitral District"),  # a village word after the unknown name
    ],
)
def test_a_lower_or_upper_district_opening_urdu_text_holds_the_place_after_it(
    resolver: Any, query: str, district: str
) -> None:
    """Urdu's "Lower"/"Upper" district, then an unknown place with no "کے" between: the district stands in."""
    located = locate(query, resolver=resolver, named=frozenset({"PK"}))
    assert located.status == "fallback", located.note
    assert located.chosen is not None
    assert (located.chosen.name, located.chosen.geo_precision) == (district, "admin2")


@pytest.mark.parametrize(
    "query",
    [
        "لوئر دیر باجوڑ",  # two districts, no link: a list, not a place of Lower Dir
        "اپر دیر لوئر دیر",  # the two halves
        "کنڑ، ننگرہار",  # two provinces after a comma: a list, not Kunar in Nangarhar
        "Kunar, Nangarhar",
        "Ферганская долина на границе Кыргызстана и Узбекистана",  # a valley the line crosses
    ],
)
def test_lists_of_units_and_a_valley_get_no_point(resolver: Any, query: str) -> None:
    located = locate(query, resolver=resolver, named=frozenset({"PK", "AF", "KG", "UZ"}))
    assert located.chosen is None, located.note


def test_a_lower_district_with_its_link_is_read_as_before(resolver: Any) -> None:
    """ "لوئر دیر کے علاقے X" (the area X of Lower Dir) is the Urdu readers' shape: unchanged."""
    located = locate("لوئر دیر کے علاقے ثمر باغ خوڑ", resolver=resolver, named=frozenset({"PK"}))
    assert located.chosen is not None, located.note
    assert located.chosen.name == "Lower Dir District"


@pytest.mark.parametrize(
    "query",
    [
        "водозабор «Головной»",  # the water intake, by its own name
        "на водораспределительной станции «Головной»",  # the water distribution station
        "водозабор «Головной» на границе Кыргызстана и Таджикистана",  # the two countries' line after it
    ],
)
def test_the_golovnoy_intake_stands_at_kek_tash(resolver: Any, query: str) -> None:
    """The intake has no point of its own: the pack gives it Kek-Tash's, the village it stands in, as near."""
    located = locate(query, resolver=resolver, named=frozenset({"KG", "TJ"}))
    assert located.chosen is not None, located.note
    assert located.chosen.name == "Golovnoy"
    assert located.chosen.geo_precision == "near"


def test_a_place_on_the_border_of_two_countries_is_the_place(resolver: Any) -> None:
    """ "X на границе Кыргызстана и Таджикистана": the line X lies on, as "на границе с …" is; not a province pair."""
    located = locate("Ворух на границе Кыргызстана и Таджикистана", resolver=resolver, named=frozenset({"KG", "TJ"}))
    assert located.chosen is not None, located.note
    assert located.chosen.name == "Vorukh"
    empty = locate("на границе Баткенской и Согдийской областей", resolver=resolver, named=frozenset({"KG", "TJ"}))
    assert empty.chosen is None


def test_xinjiangs_karakul_lake_by_its_chinese_name_and_not_tajikistans(resolver: Any) -> None:
    """卡拉库里湖 is Xinjiang's lake (Wikipedia's point); a Latin "Karakul Lake" may be Tajikistan's: not this row."""
    located = locate("卡拉库里湖", resolver=resolver, named=frozenset({"CN", "PK"}))
    assert located.chosen is not None, located.note
    assert (round(located.chosen.latitude, 2), round(located.chosen.longitude, 2)) == (38.45, 75.05)
    tajik = locate("Karakul Lake", resolver=resolver, named=frozenset({"TJ", "CN"}))
    assert tajik.chosen is None or tajik.chosen.country != "CN", tajik.note


def test_spin_boldak_in_chinese(resolver: Any) -> None:
    located = locate("斯平布尔达克地区", resolver=resolver, named=frozenset({"AF", "PK"}))
    assert located.chosen is not None, located.note
    assert located.chosen.name.startswith("Spin Boldak")
