"""Batch 77's dev failures (issue 13; docs/geocoding-journal.md, section "Batch 77's dev failures: rules
(geo153)"). Strings are house-written: none is the set's."""

from __future__ import annotations

from typing import Any

import pytest

from incident_tracker.geo.locate import locate

KG_CN = frozenset({"KG", "CN"})


def _answer(resolver: Any, query: str, named: frozenset[str]) -> tuple[str, str] | None:
    chosen = locate(query, resolver=resolver, named=named).chosen
    return None if chosen is None else (chosen.name, chosen.geo_precision)


@pytest.mark.parametrize("query", ["吐尔尕特海关", "中国吐尔尕特口岸", "吐爾尕特海關"])
def test_the_chinese_torugart_port_is_its_county_not_the_pass(resolver: Any, query: str) -> None:
    """China's Torugart port and its customs stood about 100 km short of the pass: Ulugqat County stands in,
    where the pass (98 km from the county seat) answered."""
    assert _answer(resolver, query, KG_CN) == ("Ulugqat County", "admin2")


def test_the_irkeshtam_customs_is_its_county(resolver: Any) -> None:
    """Irkeshtam's customs moved 150 km inland in 2011: the county, which held it before and after, stands in
    for it, where the Kyrgyz village across the line answered; the port keeps its old site's row (control)."""
    assert _answer(resolver, "中国伊尔克什坦海关", KG_CN) == ("Ulugqat County", "admin2")
    assert _answer(resolver, "伊尔克什坦口岸", KG_CN) == ("Irkeshtam port", "exact")


@pytest.mark.parametrize("query", ["吐尔尕特山口", "the Torugart pass"])
def test_the_torugart_pass_named_as_a_pass_stays_the_pass(resolver: Any, query: str) -> None:
    """Control: the pass itself is the pack's row."""
    assert _answer(resolver, query, KG_CN) == ("Torugart Pass", "exact")


def test_the_english_torugart_port_is_no_longer_the_pass(resolver: Any) -> None:
    """ "Torugart port" is China's word for its crossing, far from the pass: not the pass (the county is refused
    by the guard on the Latin name, so nothing is answered: wrong is worse than empty)."""
    assert _answer(resolver, "Torugart port", KG_CN) is None


@pytest.mark.parametrize("query", ["乌恰县吉根乡境内", "乌恰县膘尔托阔依乡南部边境", "乌恰县黑孜苇乡"])
def test_an_unknown_township_of_a_county_named_whole(resolver: Any, query: str) -> None:
    """ "乌恰县" is one name in the table (no unit word read apart): an unknown township after it, alone, "within"
    it or at a quarter's border, was refused whole; the county stands in, as after "皮山县"."""
    assert _answer(resolver, query, KG_CN) == ("Ulugqat County", "admin2")


def test_a_list_after_a_county_named_whole_stays_empty(resolver: Any) -> None:
    """Control: "和" (and) makes a list, no township: nothing."""
    assert _answer(resolver, "乌恰县和阿图什市", KG_CN) is None


@pytest.mark.parametrize("query", ["Upper Kurrum Agency", "Lower Kurrum", "Kurrum"])
def test_kurrum_is_kurram(resolver: Any, query: str) -> None:
    """ "Kurrum", the older English spelling (English Wikipedia's redirect to Kurram District), is the pack row's own
    name: with "Upper"/"Lower" the district stands in, where the spelling was read only by sound, alone."""
    assert _answer(resolver, query, frozenset({"PK"})) == ("Kurram District", "admin2")


@pytest.mark.parametrize(
    ("query", "province"),
    [("المناطق الحدودية لولاية نيمروز", "Nimroz"), ("المنطقة الحدودية بمحافظة ننكرهار", "Nangarhar")],
)
def test_the_arabic_border_area_of_a_province_is_in_it(resolver: Any, query: str, province: str) -> None:
    """ "the border area(s) of / in the province X": the area lies in the province, which stands in; it was read as
    "near" the province, which the path guard leaves empty (outside it)."""
    assert _answer(resolver, query, frozenset({"AF", "IR", "PK"})) == (province, "admin1")


def test_the_arabic_border_near_a_province_stays_empty(resolver: Any) -> None:
    """Control: "the border near the province of X" is beside it, maybe on the far side: nothing."""
    assert _answer(resolver, "الحدود قرب ولاية نيمروز", frozenset({"AF", "IR"})) is None


@pytest.mark.parametrize("query", ["सिस्तान-बलूचिस्तान सूबा", "ईरान के सिस्तान-बलूचिस्तान प्रांत"])
def test_sistan_and_baluchestan_in_hindi(resolver: Any, query: str) -> None:
    """Each half of a hyphened Hindi name drops its last vowel ("sistan-", not "sistana-"), and सूबा (Urdu's
    word) is a province: Iran's province, where nothing was answered."""
    located = locate(query, resolver=resolver, named=frozenset({"IR", "PK"}))
    assert located.chosen is not None, located.note
    assert (located.chosen.name, located.chosen.country, located.chosen.geo_precision) == (
        "Sistan and Baluchestan",
        "IR",
        "admin1",
    )


@pytest.mark.parametrize("query", ["ایرانی بلوچستان", "ایرانی علاقے بلوچستان"])
def test_iranian_balochistan_in_urdu_is_not_pakistans(resolver: Any, query: str) -> None:
    """ "Iranian Balochistan": the nationality is kept as the country, as the English "Iranian Baluchistan" keeps
    it; Pakistan's Balochistan (1,300 km of difference in the province's point) no longer answers: nothing does."""
    assert _answer(resolver, query, frozenset({"IR", "PK"})) is None


def test_pakistani_balochistan_in_urdu_stays_pakistans(resolver: Any) -> None:
    """Control: the Pakistani nationality keeps Pakistan's province."""
    assert _answer(resolver, "پاکستانی بلوچستان", frozenset({"IR", "PK"})) == ("Balochistan", "admin1")


def test_an_urdu_nationality_before_an_unknown_place_is_its_country(resolver: Any) -> None:
    """ "the Pakistani area X", X unknown: nothing is located, but the country is kept, as the English keeps it."""
    located = locate("پاکستانی علاقے زرغونکلی", resolver=resolver, named=frozenset({"AF", "PK"}))
    assert (located.chosen, located.fields.get("country")) == (None, "PK")


def test_an_urdu_nationality_before_a_border_word_is_no_country(resolver: Any) -> None:
    """Control: "areas next to the Iranian border" lie on either side of it: no country is kept."""
    located = locate("ایرانی سرحد سے ملحقہ علاقے", resolver=resolver, named=frozenset({"IR", "PK"}))
    assert located.chosen is None
    assert "country" not in located.fields
