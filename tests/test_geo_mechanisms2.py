"""Four general mechanisms (issue 13; docs/geocoding-journal.md, section "Four mechanisms"): candidates
that are one place count once, Russian case endings of feminine and soft names, a reporter's
name in brackets after an Arabic-script dateline, and a list with a conjunction inside a name."""

from __future__ import annotations

from typing import Any

import pytest

from _geo_helpers import assert_answers
from incident_tracker.geo.list_guard import joined_names, list_names
from incident_tracker.geo.locate import locate
from incident_tracker.geo.one_place import one_place
from incident_tracker.geo.phrase_case import known_name, rewrite_case
from incident_tracker.geo.role_guard import read_more_roles

# --- one place, counted once ----------------------------------------------------------------


def test_near_misses_of_one_place_answer_as_its_sound_alike(resolver: Any) -> None:
    # g1326: the pack's town, the pack's district named after it and GeoNames' town, all a
    # letter off: one place, answered as a sound-alike, one step less precise.
    located = locate("the border town of Spin Bolak", resolver=resolver, named=frozenset({"AF", "PK"}))
    assert located.chosen is not None, located.note
    assert located.chosen.name == "Spin Boldak"
    assert (located.chosen.match, located.chosen.geo_precision) == ("sound", "near")


def test_one_place_keeps_the_finest_of_a_group(resolver: Any) -> None:
    found = resolver.candidates("Spin Boldak").candidates
    assert len(found) > 1
    merged = one_place(found)
    spin = [c for c in merged if c.name.startswith("Spin Boldak")]
    assert len(spin) == 1 and spin[0].level is None  # the town, not its district


def test_a_sound_alike_outside_the_named_countries_stays_unanswered(resolver: Any) -> None:
    located = locate("the border town of Spin Bolak", resolver=resolver, named=frozenset({"IR", "TJ"}))
    assert located.chosen is None


# --- Russian case endings -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "nominative"),
    [
        ("в Исфаре", "Исфара"),  # locative of a feminine name (not "Исфар")
        ("из Исфары", "Исфара"),  # genitive
        ("города Исфары", "Исфара"),
        ("под Исфарой", "Исфара"),  # instrumental
        ("в Исфару", "Исфара"),  # accusative
        ("Горно-Бадахшанской области", "в Горно-Бадахшанской области"),  # adjective and unit alone
        ("Исфаринского района", "в Исфаринском районе"),
    ],
)
def test_feminine_case_endings(text: str, nominative: str) -> None:
    assert rewrite_case(text) == nominative


@pytest.mark.parametrize("text", ["в Ванче", "в Хайратоне", "в Небывалове", "в Москве", "Исфара"])
def test_only_a_known_feminine_name_is_taken(text: str) -> None:
    # Ванч is masculine (known as written); Хайратона and Небывалова are no known names; a
    # case-stripped form never answers by sound.
    assert rewrite_case(text) is None


def test_known_name_is_letter_for_letter() -> None:
    assert known_name("Исфара")
    assert not known_name("Исфар")


def test_a_feminine_name_in_a_case_is_located(resolver: Any) -> None:
    assert_answers(resolver, "в Исфаре", "TJ;KG", "Isfara", (40.12649, 70.62526))
    # The province's point is its capital, Khorog.
    assert_answers(resolver, "Горно-Бадахшанской области", "TJ;AF", "Gorno-Badakhshan", (37.49039, 71.55337))


# --- a reporter's name after an Arabic-script dateline ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "لنڈی کوتل (اکمل خان قادری)",  # g935: Landi Kotal, then the reporter
        "پشاور (محمد علی)",
        "چمن (عبداللہ اچکزئی)",
    ],
)
def test_a_reporter_in_brackets_makes_a_dateline(text: str) -> None:
    assert (read_more_roles(text) or "").startswith("a dateline")


@pytest.mark.parametrize("text", ["بلدة (بنجكور)", "تورخم (ضلع خیبر)", "JALALABAD (Khan Market)"])
def test_a_place_in_brackets_is_no_byline(text: str) -> None:
    assert read_more_roles(text) is None


def test_landi_kotal_in_urdu_and_its_dateline(resolver: Any) -> None:
    assert_answers(resolver, "لنڈی کوتل", "PK;AF", "Landi Kotal", (34.09880, 71.14108))
    located = locate("لنڈی کوتل (اکمل خان قادری)", resolver=resolver, named=frozenset({"PK", "AF"}))
    assert located.chosen is None
    assert "dateline" in located.note


# --- a conjunction inside a name of a list ---------------------------------------------------


def test_joined_names_reads_each_conjunction() -> None:
    assert joined_names("A, B و دند و پتن") == [["A", "B", "دند و پتن"], ["A", "B و دند", "پتن"]]
    assert joined_names("A, B and C") == []  # one conjunction: :func:`list_names` reads it


def test_a_list_with_a_conjunction_inside_a_name_is_no_answer(resolver: Any) -> None:
    # Khost, Chamkani and Dand-wa-Patan: three places apart, whose last name holds "and" (و).
    located = locate("خوست، چمکنی و دند و پتن", resolver=resolver, named=frozenset({"AF", "PK"}))
    assert located.chosen is None
    assert "several places named together" in located.note


# --- a list written with the serial comma (batch 81, g7813) ----------------------------------


def test_list_names_reads_the_serial_comma() -> None:
    assert list_names("Dangam, Shigal, and Sarkani") == ["Dangam", "Shigal", "Sarkani"]
    assert list_names("Dangam, Shigal and Sarkani") == ["Dangam", "Shigal", "Sarkani"]
    assert list_names("Chaman, and the areas around it") == []  # two parts: no list of three


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("posts in Bajaur, Khyber, and Kurram", frozenset({"PK", "AF"})),
        ("Isfara, Kanibadam, and Khujand", frozenset({"TJ", "KG"})),
    ],
)
def test_a_list_with_the_serial_comma_is_no_answer(resolver: Any, text: str, named: frozenset[str]) -> None:
    located = locate(text, resolver=resolver, named=named)
    assert located.chosen is None, located.chosen
    assert "several places named together" in located.note
