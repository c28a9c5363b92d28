"""Rules from the seventeenth batch's dev failures (issue 13; docs/geocoding-journal.md, section
"Seventeenth batch: its dev failures"): a list of places is no one place, in every script, and a
loose match far from the border a report is about is another place of that name."""

from __future__ import annotations

from typing import Any

import pytest

from _geo_helpers import assert_answers
from incident_tracker.geo.list_guard import list_names
from incident_tracker.geo.locate import locate


@pytest.mark.parametrize(
    "query",
    [
        "چمن، قلعہ سیف اللّٰہ اور چاغی",  # Urdu: Chaman, Qila Saifullah and Chaghi (g1436)
        "Chaman, Zhob and Chagai",
        "Chaman, Zhob & Chagai",
    ],
)
def test_a_list_of_several_places_is_no_answer(resolver: Any, query: str) -> None:
    located = locate(query, resolver=resolver, named=frozenset({"AF", "PK"}))
    assert located.chosen is None
    assert "several places named together" in located.note


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Zahedan, Sistan and Baluchestan", "Zahedan"),  # a town and its province, whose name holds "and"
        ("زاهدان، سیستان و بلوچستان", "Zahedan"),
        ("Chaman, Balochistan and Pakistan", "Chaman"),  # a town, its province and its country
    ],
)
def test_a_place_and_what_holds_it_is_no_list(resolver: Any, query: str, name: str) -> None:
    located = locate(query, resolver=resolver, named=frozenset({"IR", "PK", "AF"}))
    assert located.chosen is not None, located.note
    assert located.chosen.label.startswith(name)


def test_list_names_in_every_script() -> None:
    assert list_names("A, B and C") == ["A", "B", "C"]
    assert list_names("Хорог, Ишкашим и Ванч") == ["Хорог", "Ишкашим", "Ванч"]
    assert list_names("托克哈姆、昆納爾和巴焦爾") == ["托克哈姆", "昆納爾", "巴焦爾"]
    assert list_names("Torkham and Chaman") == []  # two names: may be one place's ("Sistan and Baluchestan")
    assert list_names("Faizabad, Badakhshan") == []


def test_a_namesake_far_from_the_named_border_does_not_stand_in(resolver: Any) -> None:
    # Golshan county (Sistan and Baluchestan) in a report on Iran and Pakistan: not Golshan of
    # Gilan, 1,640 km off, found by its Persian alternate name (g1441). Since geo140 and geo141 the county is a pack
    # row at its seat Jaleq, read only whole ("شهرستان گلشن"), which answers the county.
    located = locate("منطقه مک سوخته شهرستان گلشن", resolver=resolver, named=frozenset({"IR", "PK"}))
    assert located.chosen is not None and located.chosen.name == "Golshan County"
    # The bare name is still Gilan's village alone, which the guard keeps out.
    located = locate("منطقه گلشن", resolver=resolver, named=frozenset({"IR", "PK"}))
    assert located.chosen is None
    assert "from every border place" in located.note
    # Lashar county: a district of Khost matched by another name, far from the line, was no answer while no tier held
    # the county; since geo146 the pack's row at its seat Espakeh answers it, not Khost's district
    located = locate("منطقه مک سوخته شهرستان لاشار", resolver=resolver, named=frozenset({"IR", "PK"}))
    assert located.chosen is not None and located.chosen.name == "Lashar County"
    county = locate("منطقه مک سوخته شهرستان گلشن", resolver=resolver, named=frozenset({"IR", "PK"})).chosen
    assert county is not None and county.name == "Golshan County"


def test_a_far_place_by_its_own_name_stays(resolver: Any) -> None:
    assert_answers(resolver, "Tehran", "IR;PK", "Tehran", (35.69439, 51.42151))


@pytest.mark.parametrize(
    ("query", "named", "name", "point"),
    [
        ("托克哈姆（Torkham）边境关卡附近", "AF;PK", "Torkham", (34.11472, 71.08472)),  # an unusual transcription
        ("巴焦爾特區（Bajaur district）", "AF;PK", "Bajaur", (34.683, 71.5)),
    ],
)
def test_a_chinese_phrase_is_read_by_its_english_name_in_brackets(
    resolver: Any, query: str, named: str, name: str, point: tuple[float, float]
) -> None:
    assert_answers(resolver, query, named, name, point)


def test_the_english_name_in_brackets_keeps_the_unit_word_before_it() -> None:
    from incident_tracker.geo.phrase_brackets import english_in_brackets

    assert english_in_brackets("阿富汗东部库纳尔省（Kunar）") == "Kunar province"
    assert english_in_brackets("巴焦爾特區（Bajaur district）") == "Bajaur district"
    assert english_in_brackets("白沙瓦（AFP）") is None  # an agency: a dateline's close
    assert english_in_brackets("Torkham (Nangarhar)") is None  # no Chinese before it


@pytest.mark.parametrize(
    ("query", "named", "name", "point"),
    [
        # Urdu: the town, the border's two countries, then the crossing (g1432's shape).
        ("پاراچنار پاک افغان خرلاچی سرحد", "AF;PK", "Kharlachi", (33.82796, 69.96477)),
        # A post in a place the text calls a city: near the town, not its county (g1407's shape).
        (
            "a border post in the city of Mirjaveh in Sistan-Baluchestan province",
            "IR;PK",
            "Mirjaveh",
            (29.01472, 61.45),
        ),
        # Landi Kotal by its Pashto spelling and by its other Pashto name, Lwargai (pack row, Wikipedia).
        ("د لنډي کوتل سیمې", "AF;PK", "Landi Kotal", (34.0988, 71.14108)),
        ("لواړګي", "AF;PK", "Landi Kotal", (34.0988, 71.14108)),
    ],
)
def test_dev_shapes_left_empty_are_read(
    resolver: Any, query: str, named: str, name: str, point: tuple[float, float]
) -> None:
    assert_answers(resolver, query, named, name, point)


def test_a_post_in_a_bare_town_name_is_near_the_town(resolver: Any) -> None:
    # until geo140 the town's district stood in (admin2); a building in a town is next to it (geo/building_in.py)
    located = locate("a border post in Mirjaveh", resolver=resolver, named=frozenset({"IR", "PK"}))
    assert located.status == "located"
    assert located.chosen is not None and located.chosen.geo_precision == "near"
