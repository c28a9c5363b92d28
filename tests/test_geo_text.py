"""Place-name keys and the query reader: pure functions, checked directly and by properties."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incident_tracker.geo.text import kept_script, latin_key, name_key, parse_query, phonetic_key


@pytest.mark.parametrize(
    ("spellings", "key"),
    [
        (["Qal'ai-Khumb", "Qalaikhumb", "QALAI KHUMB", "Qalʼai Khumb"], "qalaikhumb"),
        (["Kŭlob", "Kulob", "KULOB"], "kulob"),
        (["Mazār-e Sharīf", "Mazar-e-Sharif", "mazar e sharif"], "mazaresharif"),
        (["Хорог", "ХОРОГ"], "хорог"),
    ],
)
def test_name_key_folds_case_accents_apostrophes_and_spaces(spellings: list[str], key: str) -> None:
    assert {name_key(s) for s in spellings} == {key}


@pytest.mark.parametrize(
    "family",
    [
        ["Khorog", "Khorugh", "Xorog", "Хорог"],
        ["Ishkashim", "Ishqoshim", "Eshkashem", "Ashkāsham", "Ишкашим"],
        ["Kulyab", "Kŭlob", "Kulob", "Kulab", "Куляб"],
        ["Faizabad", "Fayzabad", "Feyzabad", "Fayzobod"],
        ["Dzhalal-Abad", "Jalal-Abad", "Djalal-Abad"],
        ["Kandahar", "Kandhar", "Qandahar"],
        # Cyrillic х written kh, h or x
        ["Khamyab", "Hamyab", "Xamyab", "Хамъяб"],
        ["Shohin", "Shokhin", "Шохин"],
        ["Khorezm", "Xorazm", "Horezm"],
    ],
)
def test_transliteration_variants_share_a_phonetic_key(family: list[str]) -> None:
    assert len({phonetic_key(name_key(name)) for name in family}) == 1


def test_different_names_keep_different_phonetic_keys() -> None:
    keys = {phonetic_key(name_key(n)) for n in ["Khorog", "Kulob", "Kabul", "Kunduz", "Khujand", "Ishkashim"]}
    assert len(keys) == 6


def test_arabic_script_has_a_key_but_no_phonetic_key() -> None:
    key = name_key("فیض آباد")
    assert key and kept_script(key)
    assert phonetic_key(key) is None
    assert name_key("فيض آباد") == key  # Arabic yeh folds to the Persian one


def test_cyrillic_is_transliterated_for_comparison() -> None:
    assert latin_key(name_key("Куляб")) == "kulyab"
    assert latin_key(name_key("Ҷиликӯл")) == "jilikul"


def test_scripts_outside_latin_cyrillic_arabic_are_not_kept() -> None:
    assert not kept_script(name_key("ホログ"))
    assert kept_script(name_key("Khorog"))


@pytest.mark.parametrize(
    ("text", "name", "near", "level", "context"),
    [
        ("Khorog", "Khorog", False, None, []),
        ("near the Esteqlol border crossing", "Esteqlol border crossing", True, None, []),
        ("on the outskirts of Kulob", "Kulob", True, None, []),
        ("10 km north of Khorog", "Khorog", True, None, []),
        ("Faizabad, Badakhshan", "Faizabad", False, None, ["Badakhshan"]),
        ("Badakhshan province, Afghanistan", "Badakhshan", False, "admin1", ["Afghanistan"]),
        ("the province of Khatlon", "Khatlon", False, "admin1", []),
        ("Ishkashim district", "Ishkashim", False, "admin2", []),
        ("the town of Jurm (Afghanistan)", "Jurm", False, None, ["Afghanistan"]),
        ("Kunduz city", "Kunduz", False, None, []),
        ("Shughnon District, GBAO", "Shughnon", False, "admin2", ["GBAO"]),
    ],
)
def test_parse_query(text: str, name: str, near: bool, level: str | None, context: list[str]) -> None:
    parsed = parse_query(text)
    assert (parsed.name, parsed.near, parsed.level, parsed.context) == (name, near, level, context)


def test_near_gives_precision_near_and_district_admin2() -> None:
    assert parse_query("near Khorog").precision == "near"
    assert parse_query("Ishkashim district").precision == "admin2"
    assert parse_query("Khorog").precision == "exact"


def test_town_in_province_is_read_as_town_and_context_with_the_whole_as_alternative() -> None:
    parsed = parse_query("Khorog in Gorno-Badakhshan")
    assert (parsed.name, parsed.context) == ("Khorog", ["Gorno-Badakhshan"])
    assert parsed.alternative is not None and parsed.alternative.name == "Khorog in Gorno-Badakhshan"


@pytest.mark.parametrize(
    ("text", "name", "level", "near", "context"),
    [
        ("Bakai in Batken district", "Bakai", None, False, [("Batken", "admin2")]),
        ("the Afghan port of Hairatan", "Hairatan", None, False, [("Afghan", None)]),
        ("the southeastern city of Zahedan", "Zahedan", None, False, []),
        ("Kok-Tash village of Batken district", "Kok-Tash", None, False, [("Batken", "admin2")]),
        ("Jalgai Sector, District Kech", "Jalgai", None, True, [("Kech", None)]),
        ("South Waziristan tribal region", "South Waziristan", "admin2", False, []),
        ("Zaranj provincial hospital", "Zaranj", None, True, []),
        ("КПП «Торхам»", "Торхам", None, False, []),
        ("گذرگاه مرزی تورخم", "تورخم", None, False, []),
        ("Narai district in the eastern province of Kunar", "Narai", "admin2", False, [("Kunar", "admin1")]),
        (
            "the Navobod area of Khatlon's Shamsiddin-Shohin district",
            "Navobod",
            None,
            True,
            [("Shamsiddin-Shohin", "admin2"), ("Khatlon", None)],
        ),
    ],
)
def test_phrases_around_the_name_are_read(
    text: str, name: str, level: str | None, near: bool, context: list[tuple[str, str | None]]
) -> None:
    parsed = parse_query(text)
    assert (parsed.name, parsed.level, parsed.near) == (name, level, near)
    assert list(zip(parsed.context, parsed.context_levels, strict=True)) == context


def test_a_hyphenated_pair_is_split_for_a_second_try() -> None:
    assert parse_query("Torugart-Avtodorozhny checkpoint").pair == ("Torugart", "Avtodorozhny")
    assert parse_query("Kyzyl-Art").pair is None  # short halves are one name


names = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll")), min_size=1, max_size=20)


@given(names)
def test_name_key_ignores_case_and_separators(name: str) -> None:
    assert name_key(name.upper()) == name_key(name.lower()) == name_key(f" {name}-'")


@given(names)
def test_name_key_ignores_combining_accents(name: str) -> None:
    accented = "".join(c + "\u0301" for c in name)
    assert name_key(accented) == name_key(unicodedata.normalize("NFC", accented)) == name_key(name)


@given(names)
def test_phonetic_key_is_a_function_of_the_name_key(name: str) -> None:
    assert phonetic_key(name_key(name)) == phonetic_key(name_key(name.swapcase()))


@given(st.text(max_size=60))
def test_parse_query_never_fails(text: str) -> None:
    parsed = parse_query(text)
    assert isinstance(parsed.name, str)


def test_descriptive_words_before_the_people_and_a_compass_word_after_of() -> None:
    khost = parse_query("the southeastern Afghan border province of Khost")
    assert (khost.name, khost.level, khost.context) == ("Khost", "admin1", ["Afghan"])
    imam = parse_query("Imam Sahib of Northern Kunduz")
    assert (imam.name, imam.context) == ("Imam Sahib", ["Kunduz"])
    # "of" without a compass word is still part of the name or an area noun's.
    assert parse_query("Bab-ul-Islam of Kunduz").name == "Bab-ul-Islam of Kunduz"


@pytest.mark.parametrize(
    "text",
    [
        "an official in eastern Nangarhar province said",
        "China’s embassy in Dushanbe",
        "the interim Taliban administration in Kabul",
        "Saravan’s deputy at the Parliament",
        "the Kabul-based outlet",
        "жители провинции Тахор",
        "JALALABAD (Pajhwok)",
        "DUBAI (AP)",
        "KULOB, Tajikistan",
        "ERBIL, Kurdistan Region",
        "QUETTA:",
        "PESHAWAR —",
    ],
)
def test_a_place_in_another_role_names_no_event_place(text: str) -> None:
    parsed = parse_query(text)
    assert parsed.name == "" and parsed.role, parsed


@pytest.mark.parametrize(
    ("text", "name"),
    [("KULOB, TAJIKISTAN", "KULOB"), ("GBAO, Tajikistan", "GBAO"), ("Kulob, Tajikistan", "Kulob"), ("KPK:", "KPK")],
)
def test_capitals_alone_or_a_province_acronym_are_no_dateline(text: str, name: str) -> None:
    """A place typed in capitals throughout, or "GBAO", is a place, not where a report was filed."""
    parsed = parse_query(text)
    assert parsed.name.rstrip(":") == name and parsed.role is None


def test_direction_words_after_a_possessive_are_read_past() -> None:
    parsed = parse_query("Afghanistan's northern Kunduz province")
    assert (parsed.name, parsed.level, parsed.context) == ("Kunduz", "admin1", ["Afghanistan"])


@pytest.mark.parametrize(
    ("text", "name", "level", "near", "context"),
    [
        ("The Pak-Afghan border at Torkham", "Torkham", None, False, []),
        ("the contested Torkham border", "Torkham border", None, False, []),
        ("the villages of Kulundu", "Kulundu", None, False, []),
        # a building in a town is next to the town (geo/building_in.py, geo140)
        ("a station in Mirjaveh city", "Mirjaveh", None, True, []),
        (
            "near Sistan and Baluchestan’s provincial capital of Zahedan",
            "Zahedan",
            None,
            True,
            [("Sistan and Baluchestan", None)],
        ),
        ("в районе Шамсиддин Шохин Хатлонской области", "Шамсиддин Шохин", "admin2", False, [("Хатлон", "admin1")]),
        (
            "местности Арка Лейлекского района Баткенской области",
            "Арка",
            None,
            False,
            [("Лейлек", "admin2"), ("Баткен", "admin1")],
        ),
        ("в Исфаринском районе", "Исфара", "admin2", False, []),
        ("село Кок-Таш Исфаринского района", "Кок-Таш", None, False, [("Исфара", "admin2")]),
    ],
)
def test_more_forms_of_the_region_s_reports(
    text: str, name: str, level: str | None, near: bool, context: list[tuple[str, str | None]]
) -> None:
    parsed = parse_query(text)
    assert (parsed.name, parsed.level, parsed.near) == (name, level, near)
    assert list(zip(parsed.context, parsed.context_levels, strict=True)) == context


def test_unit_words_name_the_countries_that_use_them() -> None:
    assert parse_query("Taftan County").unit_countries == frozenset({"IR", "CN", "AF"})
    assert parse_query("the Warra Mamond tehsil of Bajaur Agency").unit_countries == frozenset({"PK"})
    assert parse_query("Kurram district").unit_countries is None


def test_a_russian_locality_after_its_province_is_the_place() -> None:
    """ "в Сурхандарьинской области, в местечке Даре": Dare is the place, Surkhandarya its province."""
    parsed = parse_query("в Сурхандарьинской области, в местечке Даре")
    assert parsed.name == "Даре" and parsed.context_levels == ["admin1"] and parsed.context[0].startswith("Сурхандар")


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Mirjaveh, a city in Sistan-Baluchestan province near the Pakistani border", ["Sistan-Baluchestan"]),
        ("Khash, another city within Sistan-Baluchestan", ["Sistan-Baluchestan"]),
    ],
)
def test_an_apposition_after_a_name_gives_the_unit_it_is_in(text: str, context: list[str]) -> None:
    """ "…, a city in X near the Pakistani border": X is the context, and "Pakistani" names no country of it."""
    parsed = parse_query(text)
    assert parsed.context == context


@pytest.mark.parametrize(
    "text",
    [
        "the cities of Rask, Sarbaz, and Chabar",
        "the villages of Kulundu and Maksat",
        "the counties of Rask and Chabahar",
    ],
)
def test_several_places_named_together_are_no_one_place(text: str) -> None:
    parsed = parse_query(text)
    assert parsed.name == "" and parsed.role and "several places" in parsed.role


def test_one_place_of_a_plural_noun_is_still_a_place() -> None:
    assert parse_query("the villages of Kulundu").name == "Kulundu"
