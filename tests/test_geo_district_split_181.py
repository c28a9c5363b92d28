"""A district's word, a name of more than one word, then its province, and the pack's whole district spellings
(docs/geocoding-journal.md, section "A district's word, a name of two words, and the province after (geo181)").
Strings are house-written: none is the set's, whole or inside one of its strings."""

from __future__ import annotations

from typing import Any

import pytest

from _geo_helpers import assert_chosen_at, chosen_for
from incident_tracker.geo.district_split import district_name_then_province

AF = "AF;PK;TJ"


@pytest.mark.parametrize(
    "query",
    [
        "ولسوالی دند پتان پکتیا",  # Dari: the district Dand Patan, Paktia
        "ولسوالۍ دند پتان پکتیا",  # Pashto's word, the name in Dari letters
        "حمله در ولسوالی دند پتان پکتیا",  # a context part: "an attack in the district …", the district stands in
    ],
)
def test_a_two_word_district_before_its_province_answers_the_district(resolver: Any, query: str) -> None:
    """The province after a name of two words is split off as after a name of one: the district answers at its
    level, as "ولسوالی دند پتان، پکتیا" (with the comma) does, where the whole name was unknown and nothing answered."""
    assert_chosen_at(resolver, query, AF, "Dand Aw Patan District", "admin2")


@pytest.mark.parametrize(
    ("query", "district"),
    [
        ("ولسوالی واخان بدخشان", "Wakhan District"),  # the pack keeps "ولسوالی واخان" whole
        ("ولسوالۍ شغنان بدخشان", "Shighnan District"),  # Pashto's word: the pack's Dari spelling is tried too
        ("ولسوالی لاش و جوین فراه", "Lash wa Juwayn District"),  # a name with "و" that the pack keeps whole
        ("حمله در ولسوالی واخان بدخشان", "Wakhan District"),  # a context part: the district stands in
    ],
)
def test_a_district_the_pack_keeps_whole_with_its_word_answers_before_its_province(
    resolver: Any, query: str, district: str
) -> None:
    """A district the pack knows only with its unit word ("=ولسوالی واخان") answers with the province after it, where
    the province stood in for the bare name (or, for a name of three words, nothing answered)."""
    assert_chosen_at(resolver, query, AF + ";IR", district, "admin2")


def test_the_split_reads_the_words_it_should(resolver: Any) -> None:
    assert district_name_then_province("دند پتان پکتیا", "ولسوالی دند پتان پکتیا") == ("دند پتان", "پکتیا")
    assert district_name_then_province("واخان بدخشان", "ولسوالۍ واخان بدخشان") == ("ولسوالی واخان", "بدخشان")
    assert district_name_then_province("دند پتان پکتیا", "دند پتان پکتیا") is None  # no district's word
    assert district_name_then_province("هرات فراه", "ولسوالی هرات فراه") is None  # two provinces' names
    assert district_name_then_province("زرنج و چخانسور نیمروز", "ولسوالی زرنج و چخانسور نیمروز") is None  # a list


@pytest.mark.parametrize(
    ("query", "name", "precision"),
    [
        ("ولسوالی درقد تخار", "Darqad", "admin2"),  # one word, as geo179 read it
        ("ولسوالۍ دند پتان", "Dand Aw Patan District", "admin2"),  # no province
        ("ولسوالی دند پتان، پکتیا", "Dand Aw Patan District", "admin2"),  # the comma
        ("ولسوالۍ ډنډ پټان پکتیا", "Dand Aw Patan District", "admin2"),  # Pashto letters: answered before as now
        (
            "ولسوالی اشکاشم بدخشان",
            "Badakhshan",
            "admin1",
        ),  # no tier holds "اشکاشم": the province stands in, as with a comma
    ],
)
def test_controls_are_unchanged(resolver: Any, query: str, name: str, precision: str) -> None:
    assert_chosen_at(resolver, query, AF, name, precision)


@pytest.mark.parametrize(
    "query",
    [
        "دند پتان پکتیا",  # no district's word: the whole stays one unknown name
        "ولسوالی زرنج و چخانسور نیمروز",  # two districts and a province: a list, not split
    ],
)
def test_without_a_districts_word_or_with_a_list_nothing_answers(resolver: Any, query: str) -> None:
    assert chosen_for(resolver, query, AF + ";IR") is None


def test_explain_names_the_two_word_district(run: Any) -> None:
    """The real CLI: `tracker geocode --explain` chooses the district for the two-word name and its province."""
    result = run("geocode", "ولسوالۍ دند پتان پکتیا", "--explain")
    assert "Chosen: Dand Aw Patan District, Paktia, Afghanistan (admin2)." in result.stderr + result.stdout
