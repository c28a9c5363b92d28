"""The nineteenth session's leftovers (issue 13; docs/geocoding-journal.md, section "The nineteenth session's
leftovers: rules (geo139)"): the Dari and Pashto area words read as the area of a name, a context name's district in
the country the text names, Xinjiang's autonomous prefectures in Chinese, a border word of another script, a
crossing named with one side's country, and the spellings three district rows lacked. Every string here is written
for the tests (none is the set's; the villages are made up); the readings fail on the code before this round, the
guards beside them pass on both.
"""

from __future__ import annotations

import pytest

from _geo_helpers import assert_chosen_at, assert_label, chosen_for, countries, label_for
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.locate import locate
from incident_tracker.geo.phrase import parse_query
from incident_tracker.geo.phrase_han import read_han
from incident_tracker.geo.phrase_head import names_a_crossing


@pytest.mark.parametrize(
    ("query", "name", "precision"),
    [
        # Pashto: "د X په ساحه/حوزه/منطقه/شاوخوا کې" (in the area, the surroundings of X), as "په سیمه کې" was read
        ("د تورخم په ساحه کې", "Torkham", "near"),
        ("د تورخم په حوزه کې", "Torkham", "near"),
        ("د تورخم په منطقه کې", "Torkham", "near"),
        ("د تورخم په شاوخوا کې", "Torkham", "near"),
        ("د تورخم په شاوخوا سیمه کې", "Torkham", "near"),
        # Dari and Persian: the area noun before the name, as "منطقه X" and "محدوده X" were read
        ("حوزه تورخم", "Torkham", "exact"),
        ("در ساحه تورخم", "Torkham", "exact"),
        ("سیمه تورخم", "Torkham", "exact"),
        # the vicinity nouns before the name: near it, as "حوالی X" was read
        ("در اطراف تورخم", "Torkham", "near"),
        ("حومه تورخم", "Torkham", "near"),
        ("شاوخوا تورخم", "Torkham", "near"),
    ],
)
def test_an_area_word_is_no_name(resolver: Resolver, query: str, name: str, precision: str) -> None:
    assert_chosen_at(resolver, query, "AF;PK", name, precision)


@pytest.mark.parametrize(
    "query",
    [
        # "حوزه" of a city's police districts names no place, numbered or "security"
        "حوزه امنیتی تورخم",
        "حوزه هفتم تورخم",
        # the area word alone names nothing
        "په ساحه کې",
        "حوزه",
    ],
)
def test_a_police_district_or_a_bare_area_word_names_no_place(resolver: Resolver, query: str) -> None:
    assert label_for(resolver, query, "AF") is None, query


@pytest.mark.parametrize(
    ("query", "named", "expected"),
    [
        # a made-up village of Qalat's district: Qalat District stands in where Afghanistan alone is named (the
        # Iranian Kalats bear the name too, and none is a district of a country the text names)
        ("د کلات ولسوالۍ د ززغر کلي", "AF", "Qalat District"),
        ("د مرکز کلات د ززغر کلي په ساحه کې", "AF", "Qalat District"),
        # with Iran named, Iran's Kalat County is the one district of a named country bearing the name
        ("د کلات ولسوالۍ د ززغر کلي", "IR", "Kalat County"),
        # with no country named: nothing (Iran's and Afghanistan's bear the name)
        ("د کلات ولسوالۍ د ززغر کلي", "", None),
    ],
)
def test_a_district_of_the_named_country_bounds_a_context_name(
    resolver: Resolver, query: str, named: str, expected: str | None
) -> None:
    assert_label(resolver, query, named, expected)


def test_a_town_of_the_named_country_is_no_such_choice(resolver: Resolver) -> None:
    # Langar of Fergana (Uzbekistan, named) is no anchor: a Langar of Tajikistan (named too) may be meant, which the
    # gazetteer lacks; the Afghan and Iranian Langars bear the name as well
    assert label_for(resolver, "Zzgar village, Langar", "TJ;UZ") is None


@pytest.mark.parametrize(
    ("query", "named", "expected"),
    [
        # an autonomous prefecture alone: no unit of that name is known, and its seat is no point for it
        ("伊犁哈萨克自治州", "CN", None),
        ("伊犁州", "CN", None),
        ("巴音郭楞蒙古自治州", "CN", None),
        # after "新疆" (Xinjiang), the province stands in, as for "新疆和田地区"
        ("新疆伊犁哈萨克自治州", "CN", "Xinjiang"),
        ("新疆昌吉回族自治州", "CN", "Xinjiang"),
        ("新疆巴音郭楞蒙古自治州", "CN", "Xinjiang"),
    ],
)
def test_every_autonomous_prefecture_is_read_as_kizilsus(
    resolver: Resolver, query: str, named: str, expected: str | None
) -> None:
    assert_label(resolver, query, named, expected)


def test_an_autonomous_prefecture_reads_as_its_english_name() -> None:
    assert read_han("伊犁哈萨克自治州") == "Ili Kazakh Autonomous Prefecture"
    assert read_han("伊犁哈薩克自治州") == "Ili Kazakh Autonomous Prefecture"  # traditional characters
    assert read_han("新疆昌吉回族自治州") == "Changji Hui Autonomous Prefecture, Xinjiang"
    # before a county the reader does not know: unread, as before (wrong is worse than empty)
    assert read_han("伊犁哈萨克自治州某某县") is None


@pytest.mark.parametrize(
    "query",
    [
        "КПП «Жибек Жолы»",
        "пункт пропуска «Жибек Жолы»",
        "пункта пропуска Жибек Жолы",
        "«Жибек Жолы» өткізу бекеті",
        "МАПП «Жибек Жолы»",
    ],
)
def test_a_crossing_word_of_another_script_keeps_the_crossing(resolver: Resolver, query: str) -> None:
    # the pack's crossing on the Uzbek line, not Jıbek joly of Almaty region 632 km off
    chosen = chosen_for(resolver, query, "KZ;UZ")
    assert chosen is not None and chosen.label.startswith("Zhibek Zholy"), (query, chosen)
    assert chosen.latitude < 42, chosen


@pytest.mark.parametrize("query", ["Жибек Жолы", "село Жибек Жолы"])
def test_without_a_crossing_word_the_name_stays_ambiguous(resolver: Resolver, query: str) -> None:
    assert label_for(resolver, query, "KZ;UZ") is None, query


def test_the_crossing_word_is_marked_on_the_parsed_query() -> None:
    assert parse_query("КПП «Жибек Жолы»").crossing_word
    assert parse_query("گذرگاه مرزی ززغر").crossing_word
    assert parse_query("ززغر口岸").crossing_word
    assert not parse_query("Жибек Жолы").crossing_word
    assert not parse_query("the Zhibek Zholy crossing").crossing_word  # English keeps its word as the bare name
    assert names_a_crossing("МАПП Ззгр") and not names_a_crossing("ПППП Ззгр")


@pytest.mark.parametrize("query", ["Sarakhs crossing", "the Sarakhs crossing", "گذرگاه سرخس"])
def test_a_crossing_named_with_one_sides_country_answers_that_side(resolver: Resolver, query: str) -> None:
    chosen = chosen_for(resolver, query, "TM")
    assert chosen is not None and chosen.country == "TM", (query, chosen)
    assert chosen.level is None, chosen  # the crossing's point, not a district


@pytest.mark.parametrize(("named", "country"), [("IR", "IR"), ("TM;IR", None)])
def test_the_other_side_or_both_named_as_before(resolver: Resolver, named: str, country: str | None) -> None:
    # Iran named: Iran's side; both named: the crossing's point, stored without a country (geo133's twins)
    found = locate("Sarakhs crossing", resolver=resolver, named=countries(named))
    assert found.chosen is not None and found.fields.get("country") == country, (named, found.fields)


def test_a_bare_district_name_keeps_its_district(resolver: Resolver) -> None:
    # no border word: Sarakhs County answers as before, whatever the text names
    label = label_for(resolver, "Sarakhs County", "TM")
    assert label is not None and label.startswith("Sarakhs County")


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        ("Sirkanay district", "AF", "Sarkani District"),
        ("Ragh district", "AF", "Raghistan District"),
        ("ولسوالی راغ", "AF", "Raghistan District"),
        ("Район Мир Сайид Алии Хамадони", "TJ", "Hamadoni District"),
        ("Ҳамадони", "TJ", "Hamadoni District"),
    ],
)
def test_the_spellings_reports_use(resolver: Resolver, query: str, named: str, name: str) -> None:
    label = label_for(resolver, query, named)
    assert label is not None and label.startswith(name), (query, label)


def test_ragh_alone_is_read_only_whole(resolver: Resolver) -> None:
    assert label_for(resolver, "Ragh", "AF") is None
