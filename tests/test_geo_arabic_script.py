"""Place phrases in Arabic script: Urdu, Pashto, Dari and Iranian Persian, Arabic (ninth batch).

The words around a known name ("the border area of", "in the … area of", "the … border
regiment", "the border areas of the district …") are read off by
``geo/phrase_arabic.py``; docs/geocoding-journal.md ("Ninth round") gives the real strings these
cases stand for. The pack spellings added in that round are checked here too.
"""

from __future__ import annotations

import pytest

from _geo_helpers import assert_answers
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.locate import locate
from incident_tracker.geo.phrase import parse_query
from incident_tracker.geo.phrase_arabic import read_arabic_script


def test_text_in_other_scripts_is_left_as_it_is() -> None:
    for text in ("the Torkham border", "Kurram district, Khyber Pakhtunkhwa", "КПП «Торхам»"):
        assert read_arabic_script(text).text == text
        assert not read_arabic_script(text).near and read_arabic_script(text).role is None


@pytest.mark.parametrize(
    ("text", "name", "level", "context", "near"),
    [
        # Urdu: the border area of the tribal district of Kurram.
        ("قبائلی ضلع کرم کے سرحدی علاقے", "کرم", "admin2", [], True),
        # Urdu: the Kharlachi area in Kurram district (the area word no longer hides the name).
        ("ضلع کرم میں خرلاچی کے علاقے", "خرلاچی", None, ["کرم"], True),
        # Urdu: the Torkham border between Pakistan and Afghanistan; the Pak-Afghan border area Torkham.
        ("پاکستان اور افغانستان کے درمیان طورخم سرحد", "طورخم", None, [], False),
        ("پاک افغان سرحدی علاقے طورخم", "طورخم", None, [], False),
        ("پاک ایران سر حدی شہر تفتان", "تفتان", None, [], False),
        ("طورخم کے مقام پر", "طورخم", None, [], False),  # at the place Torkham: the place itself
        ("بلوچستان کے شہر چمن کے سرحدی علاقے", "چمن", None, ["بلوچستان"], True),
        # the nationality alone before the name is its country, as the English "Afghan" is (geo153)
        ("افغان صوبے کنڑ", "کنڑ", "admin1", ["افغانستان"], False),
        # Pashto: the genitive chain, finest last; the level word after the name.
        ("د پکتيکا په انګور اډه سيمه کې", "انګور اډه", None, ["پکتيکا"], True),
        ("د پکتيکا د برمل ولسوالۍ د انګور اډې سيمې", "انګور اډې", None, ["برمل", "پکتيکا"], True),
        ("د پکتیا په ډنډپټان ولسوالي کې", "ډنډپټان", "admin2", ["پکتیا"], False),
        ("په تورخم پوله", "تورخم", None, [], False),
        ("د طورخم دروازه", "طورخم", None, [], False),
        # Persian and Dari: a border regiment is its county; the border area of X; "of this province".
        ("مرزبانان هنگ مرزی سراوان", "سراوان", "admin2", [], False),
        ("منطقه مرزی سراوان", "سراوان", None, [], True),
        ("ولسوالي گوشتة اين ولايت", "گوشتة", "admin2", [], False),
        # Arabic: glued prepositions, level words, "which is an area in", adjectives after the name.
        ("المناطق الحدودية لمقاطعة دانغام في محافظة كونار", "دانغام", None, ["كونار"], True),
        ("كورام وهي منطقة بإقليم خيبر باختونخوا", "كورام", None, ["خيبر باختونخوا"], False),
        ("مدينة تايباد بمحافظة خراسان رضوي", "تايباد", None, ["خراسان رضوي"], False),
        ("ناحية سبين بولداك في قندهار", "سبين بولداك", "admin2", ["قندهار"], False),
        ("ولاية خوست الأفغانية", "خوست", "admin1", ["افغانستان"], False),
    ],
)
def test_the_words_around_a_name_are_read_off(
    text: str, name: str, level: str | None, context: list[str], near: bool
) -> None:
    parsed = parse_query(text)
    assert (parsed.name, parsed.level, parsed.context, parsed.near) == (name, level, context, near)


@pytest.mark.parametrize(
    "text",
    [
        "ولسوالي هاي دربابا،مهمنده و لعلپور ننگرهار",  # the districts of Dur Baba, Mohmand Dara and Lalpur
        "کندھار کے اضلاع اسپین بولدک اور شوراوک",  # the districts Spin Boldak and Shorabak of Kandahar
        "د سپیرې او ګربزو په سرحدي ولسوالیو کې",  # in the border districts of Spera and Gurbuz
    ],
)
def test_a_plural_unit_word_and_a_list_are_several_places(resolver: Resolver, text: str) -> None:
    resolution = resolver.candidates(text)
    assert resolution.chosen is None and "several places named together" in resolution.reason, text


def test_border_of_opens_an_arabic_phrase_but_about_inside_a_persian_one_stays() -> None:
    assert parse_query("لحدود دوغارون").name == "دوغارون"  # "to the Dogharoun border"
    assert "حدود" in read_arabic_script("در حدود ده کیلومتری زاهدان").text  # "about ten km from Zahedan"


def test_one_unit_whose_name_holds_and_is_still_one_place() -> None:
    """ "شیگل و شلتن" and "سیستان و بلوچستان" are one unit each: a conjunction alone is no list."""
    assert read_arabic_script("ولسوالی شیگل و شلتن").role is None
    assert read_arabic_script("استان سیستان و بلوچستان").role is None


@pytest.mark.parametrize(
    "text",
    [
        "د ننګرهار ولایت دفتر",  # the Nangarhar province office
        "سخنگوی ولایت هرات",  # the Herat province spokesman
        "سفارت ایران در کابل",  # Iran's embassy in Kabul
        "المتحدث باسم ولاية قندهار",  # the Kandahar province spokesman
    ],
)
def test_an_office_or_a_speaker_named_after_a_place_is_a_role(resolver: Resolver, text: str) -> None:
    resolution = resolver.candidates(text)
    assert resolution.chosen is None and "another role" in resolution.reason, text


@pytest.mark.parametrize(
    ("query", "named", "name", "point"),
    [
        # Urdu and Pashto phrases around names the pack knew, now answered.
        ("قبائلی ضلع کرم کے سرحدی علاقے", "PK;AF", "Kurram District", (33.89968, 70.10012)),
        ("پاک افغان سرحدی علاقے طورخم", "PK;AF", "Torkham", (34.11472, 71.08472)),
        # Ghulam Khan has a pack row since the crossings audit (docs/geocoding-journal.md, pack-audit).
        ("د شمالي وزيرستان د غلام خان په سيمه کې", "PK;AF", "Ghulam Khan", (33.13302, 70.03472)),
        ("مرزبانان هنگ مرزی سراوان", "IR;PK", "Saravan County", (27.37089, 62.33096)),
        # "مدينة" (city) names the town, not the county of its name (geo142): the same point
        ("مدينة تايباد بمحافظة خراسان رضوي", "IR;AF", "Tāybād", (34.74, 60.7756)),
        ("ناحية سبين بولداك في قندهار", "AF;PK", "", (31.00575, 66.40001)),  # the district, at its centre
        # Spellings added to the pack from the ninth batch's dev strings.
        ("ضلع کرم میں خرلاچی کے علاقے", "PK;AF", "Kharlachi", (33.82796, 69.96477)),
        ("كورام وهي منطقة بإقليم خيبر باختونخوا", "PK;AF", "Kurram District", (33.89968, 70.10012)),
        ("ولسوالي گوشتة اين ولايت", "AF;PK", "Goshta District", (34.35822, 70.76264)),
        ("المناطق الحدودية لمقاطعة دانغام في محافظة كونار", "AF;PK", "Dangam District", (34.99249, 71.41935)),
        ("گذرگاه مرزی «سپین بولدک-چمن»", "AF;PK", "Chaman border crossing", (30.9222, 66.4447)),
        ("باب دوستی", "PK;AF", "Chaman border crossing", (30.9222, 66.4447)),
        ("د پکتيکا د برمل ولسوالۍ د انګور اډې سيمې", "AF;PK", "Angur Ada", (32.51556, 69.2825)),
    ],
)
def test_arabic_script_phrases_answer(
    resolver: Resolver, query: str, named: str, name: str, point: tuple[float, float]
) -> None:
    assert_answers(resolver, query, named, name, point)


def test_an_unknown_village_in_a_phrase_is_not_taken_for_anything(resolver: Resolver) -> None:
    """ "پاکستانی علاقے چہارمنگ" (the Pakistani area Charmang): no place of that name is known, so nothing."""
    assert locate("پاکستانی علاقے چہارمنگ", resolver=resolver, named=frozenset({"PK", "AF"})).chosen is None
