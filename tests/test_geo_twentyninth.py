"""The twenty-ninth batch's dev failures and the set's older shapes (issue 13; docs/geocoding-journal.md,
section "Twenty-ninth batch: rules"), each read as a general word class of its language or a
spelling with its public source: Aksy in Uzbek Cyrillic (Оқсий); the Urdu Mohmand Agency, read only
whole (its bare word is also a tehsil of Bajaur); a "-gah" word typed in two; the Persian border
company, border pillars and "از توابع" (of the subdivisions of); English "country" written for
"county" beside a county of the pack; the Urdu "X علاقے"; the Pashto Friendship Gate. Every string
here is written for the tests (none is the set's), every reading test fails on the code before this
round, and each rule is checked to leave alone what it must not read."""

from __future__ import annotations

from typing import Any

import pytest

from _geo_helpers import assert_answers
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.locate import locate
from incident_tracker.geo.pack import strip_unit
from incident_tracker.geo.persian_words import rewrite_persian
from incident_tracker.geo.phrase_where import rewrite_where
from incident_tracker.geo.text import fold_persianate

AKSY_DISTRICT = (41.49399, 71.75826)
MOHMAND_DISTRICT = (34.32114, 71.39825)
KHARLACHI = (33.828, 69.9648)
TAYBAD_COUNTY = (34.74, 60.7756)
ZAHAK_COUNTY = (30.894, 61.6804)
DUST_MOHAMMAD = (31.1447, 61.7925)
MIRJAVEH = (29.0147, 61.45)
CHAMAN_CROSSING = (30.9222, 66.4447)


# --- the readings alone (no gazetteer) -----------------------------------------------------


def test_a_gah_word_typed_in_two_is_one_word() -> None:
    assert fold_persianate("خرلاچی سرحدی گزر گاہ") == "خرلاچی سرحدی گزرگاہ"
    assert fold_persianate("گذر\u200cگاه مرزی") == "گذرگاه مرزی"  # a half-space too
    assert fold_persianate("گاه گاه") == "گاه گاه"  # "now and then": no stem before it


def test_border_pillars_after_a_name() -> None:
    assert rewrite_persian("منطقه میرجاوه بین میل 20 و میل 21") == "منطقه میرجاوه"
    assert rewrite_persian("زهک میل مرزی شماره ۳۱") == "زهک"
    assert rewrite_persian("چمن میل 5") is None  # Urdu's mile, no stretch and no "border": kept


def test_of_the_subdivisions_of() -> None:
    assert rewrite_persian("روستای کلاته از توابع شهرستان زهک") == "روستای کلاته، شهرستان زهک"


def test_country_is_county_only_beside_a_county_of_the_pack() -> None:
    assert rewrite_where("the Dust Mohammad area of Zahak country") == "the Dust Mohammad area of Zahak county"
    assert rewrite_where("the border country of Zahak") == "the border county of Zahak"
    assert rewrite_where("the country of Iran") is None
    assert rewrite_where("the Kandahar country") is None  # a province, not a county of the pack


def test_a_spelling_kept_whole_keeps_its_unit_word() -> None:
    assert strip_unit("مہمند ایجنسی") == ("مہمند ایجنسی", "admin2")
    assert strip_unit("خیبر ایجنسی") == ("خیبر", "admin2")  # an ordinary alias: the word comes off


# --- through the gazetteer ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "named", "name", "point"),
    [
        ("Жалолобод вилоятининг Оқсий тумани", "KG;UZ", "Aksy District", AKSY_DISTRICT),  # not the region
        ("Оқсий туманидаги Жаңы-Жол қишлоғи", "KG;UZ", "Aksy District", AKSY_DISTRICT),
        ("مہمند ایجنسی کی تحصیل امبار", "PK;AF", "Mohmand District", MOHMAND_DISTRICT),
        ("مہمند ایجنسی کے سرحدی علاقے", "PK;AF", "Mohmand District", MOHMAND_DISTRICT),
        ("خرلاچی سرحدی گزر گاہ", "PK;AF", "Kharlachi", KHARLACHI),
        ("گروهان مرزی دهنه تایباد", "IR;AF", "Taybad County", TAYBAD_COUNTY),
        ("گروهان مرزی کلاته زهک", "IR;AF", "Zahak County", ZAHAK_COUNTY),
        ("منطقه میرجاوه بین میل 20 و میل 21", "IR;AF", "Mirjaveh", MIRJAVEH),
        ("زهک میل مرزی شماره ۳۱", "IR;AF", "Zahak County", ZAHAK_COUNTY),
        # the area the text names, held since geo169's pack row (before, the county stood in for it)
        ("the Dust Mohammad area of Zahak country", "IR;AF", "Dust Mohammad", DUST_MOHAMMAD),
        ("the border country of Zahak", "IR;AF", "Zahak County", ZAHAK_COUNTY),
        ("ایران کے میرجاوہ علاقے", "IR;AF", "Mirjaveh", MIRJAVEH),
        # the county, not the province that holds it
        ("شهرستان «زهک» از توابع استان سیستان و بلوچستان", "IR;AF", "Zahak County", ZAHAK_COUNTY),
        ("د کندهار ولایت د دوستۍ دروازې", "AF;PK", "Chaman border crossing", CHAMAN_CROSSING),
    ],
)
def test_the_readings_are_answered(resolver: Resolver, query: str, named: str, name: str, point: Any) -> None:
    assert_answers(resolver, query, named, name, point)


def test_the_bare_word_of_a_whole_spelling_stays_unknown(resolver: Resolver) -> None:
    """مہمند alone, or after "tehsil", is also Mamund of Bajaur: never Mohmand District."""
    for query in ("مہمند", "تحصیل مہمند", "باجوڑ کی تحصیل مہمند"):
        chosen = locate(query, resolver=resolver, named=frozenset({"PK", "AF"})).chosen
        assert chosen is None or not chosen.name.startswith("Mohmand"), query


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("چمن کے شمال مغرب میں واقع سرحدی علاقہ گلستان", "PK;AF"),  # a town as a bearing's reference
        ("the country of Iran", "IR;AF"),  # a country is no county
    ],
)
def test_wrong_is_worse_than_empty(resolver: Resolver, query: str, named: str) -> None:
    assert locate(query, resolver=resolver, named=frozenset(named.split(";"))).chosen is None, query
