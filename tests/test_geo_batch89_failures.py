"""Batch 89's dev failures and the danger it noticed (docs/geocoding-journal.md, section "Batch 89's dev failures:
police words, an adjective, a province's centre, a namesake's own name (geo180)"). Strings are
house-written: none is the set's, whole or inside one of its strings (each was checked against the set's ``query``
column)."""

from __future__ import annotations

from typing import Any

import pytest

from incident_tracker.geo.locate import locate

IR = frozenset({"IR"})
AF_IR = frozenset({"AF", "IR"})


def _answer(resolver: Any, query: str, named: frozenset[str]) -> tuple[str, str] | None:
    chosen = locate(query, resolver=resolver, named=named).chosen
    return None if chosen is None else (chosen.name, chosen.geo_precision)


@pytest.mark.parametrize("query", ["روستای رودبار", "شهرستان رودبار"])  # the village of Rudbar; Rudbar county
def test_a_name_another_place_bears_as_its_own_is_no_answer_by_another_name(resolver: Any, query: str) -> None:
    """Khalīlābād (Gilan) bears "رودبار" only among its other names; Rūdbār of Kerman and of Mazandaran, found by
    the same lookup, bear it as their own: the most populous of them, 1,000 km from the eastern lines, is a guess."""
    result = locate(query, resolver=resolver, named=IR)
    assert result.chosen is None
    assert "own name of Rūdbār" in (result.resolution.reason if result.resolution else "")


def test_the_province_that_tells_the_namesake_apart_still_answers(resolver: Any) -> None:
    """With Gilan named, only Gilan's bearer of the name is left: the text has said which it means."""
    assert _answer(resolver, "Rudbar, Gilan", IR) == ("Khalīlābād", "exact")


def test_a_place_matched_by_its_own_name_in_persian_letters_still_answers(resolver: Any) -> None:
    """Khāsh is "خاش" in Persian letters, its own name: no rival's own name weighs against it."""
    assert _answer(resolver, "شهر خاش", IR) == ("Khāsh", "exact")


@pytest.mark.parametrize(
    ("query", "town"),
    [
        ("مقر انتظامی سراوان", "سراوان"),  # Persian: the police base of Saravan
        ("مقر شرطة مدينة زاهدان", "مدينة زاهدان"),  # Arabic: the police headquarters of the city of Zahedan
        ("مركز الشرطة في مدينة سراوان", "مدينة سراوان"),  # Arabic: the police station in the city of Saravan
        ("markas polisi di kota Mirjaveh", "kota Mirjaveh"),  # Indonesian: the police headquarters in Mirjaveh town
        ("kantor polisi di Saravan, Sistan dan Baluchistan", "Saravan, Sistan dan Baluchistan"),  # police office
    ],
)
def test_police_words_before_a_town_leave_the_town(resolver: Any, query: str, town: str) -> None:
    """A police station or base in a town is in the town: the words before it no longer hide it (the town, as
    "a police station in Zahedan" is read: ``near`` it, or its district's row at the town's own point)."""
    answer, alone = _answer(resolver, query, IR), _answer(resolver, town, IR)
    assert answer is not None and alone is not None
    assert answer[0].split()[0] == alone[0].split()[0]


@pytest.mark.parametrize(
    "query",
    [
        "مقر جیش العدل در سراوان",  # Persian: a group's base in Saravan (the head alone is not read)
        "markas polisi di provinsi Sistan dan Baluchistan",  # near a province is no answer
    ],
)
def test_police_words_read_only_before_a_town(resolver: Any, query: str) -> None:
    """A base with no police word after its head, and a police station in a province, give no answer."""
    assert _answer(resolver, query, IR) is None


def test_tracker_add_stores_the_town_of_a_police_base(run: Any, run_json: Any) -> None:
    """The real CLI on a real SQLite file: ``tracker add`` stores Saravan for the Persian police base."""
    run("add", "--date", "2025-12-02", "--place", "مقر انتظامی سراوان", "--type", "battles", "--no-input")
    record = run_json("show", "1", "--json")
    assert (record["location"].split()[0], record["country"]) == ("Saravan", "IR")


@pytest.mark.parametrize(
    ("query", "named", "answer"),
    [
        ("گذرگاه مهم مرزی دوغارون", AF_IR, ("Islam Qala", "exact")),  # the important Dogharoun border crossing
        ("بازارچه مهم مرزی میلک", AF_IR, ("Milak", "exact")),  # the important Milak border market
        ("گذرگاه عمده مرزی میلک", AF_IR, ("Milak", "exact")),  # the major Milak border crossing
        ("the important Torkham border crossing", frozenset({"AF", "PK"}), ("Torkham", "exact")),
    ],
)
def test_important_among_a_crossings_words_is_passed_over(
    resolver: Any, query: str, named: frozenset[str], answer: Any
) -> None:
    """ "مهم" and "important" between the crossing's words and its name are an epithet, as "main" and "key" are."""
    assert _answer(resolver, query, named) == answer


def test_a_sound_alike_province_whose_name_holds_and_is_no_pair(resolver: Any) -> None:
    """ "the province of Sistan and Baloochestan": the pair guard read "Sistan" (the province by its short name) and
    "Baloochestan" (Pakistan's Balochistan by sound) as two provinces of two countries; the "and" is inside the
    one province's own name, which the whole spelling sounds as."""
    assert _answer(resolver, "the province of Sistan and Baloochestan", AF_IR) == ("Sistan and Baluchestan", "admin1")


def test_two_provinces_of_two_countries_after_the_province_word_stay_a_pair(resolver: Any) -> None:
    """Neither Nimroz's nor Balochistan's own name holds "and": a pair of two sides, no one point."""
    assert _answer(resolver, "the province of Nimroz and Balochistan", frozenset({"AF", "IR", "PK"})) is None


@pytest.mark.parametrize("query", ["قلعه نو مرکز بادغیس", "قلعه\u200cنو مرکز بادغیس"])  # Qala-e Naw, Badghis's centre
def test_a_town_named_as_its_provinces_centre_is_read_in_the_province(resolver: Any, query: str) -> None:
    """The bare Persian "قلعه نو" (new fort) is Badghis's capital and two Iranian towns alike; "مرکز بادغیس" (the
    centre of Badghis) after it says which, read as "قلعه نو، بادغیس"."""
    assert _answer(resolver, query, AF_IR) == ("Qala i Naw", "exact")


def test_a_centre_of_a_province_that_does_not_hold_the_town_gives_no_answer(resolver: Any) -> None:
    """ "قلعه نو مرکز غور": no Qala-e Naw the gazetteer holds lies in Ghor; the text contradicts itself, no answer."""
    assert _answer(resolver, "قلعه نو مرکز غور", AF_IR) is None
