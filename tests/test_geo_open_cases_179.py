"""The cases geo175–geo178 and batches 87–88 left open: Marathi's "in the area", a silent "ع", a district's word before
a district and its province, and two notes (docs/geocoding-journal.md, section "Batch 88's open cases: Marathi's area,
a silent ain, a district's word kept, two notes (geo179)"). Strings are house-written: none is the set's, whole or
inside one of its strings."""

from __future__ import annotations

from typing import Any

import pytest

from _geo_helpers import assert_chosen_at, countries
from incident_tracker.geo.indic import indic_phrase
from incident_tracker.geo.letter_readings import silent_ain_readings
from incident_tracker.geo.locate import locate
from incident_tracker.geo.phrase_tails import comma_before_near

AF_PK = "AF;PK"


@pytest.mark.parametrize(
    ("query", "district"),
    [
        ("पक्तिका प्रांतातील बरमल भागात", "Barmal District"),  # Marathi: in the Barmal area of Paktika province
        ("नंगरहार प्रांतातील गोश्ता भागातील", "Goshta District"),  # … of the Goshta area of Nangarhar province
    ],
)
def test_marathi_in_the_area_after_a_district_leaves_the_district(resolver: Any, query: str, district: str) -> None:
    """Marathi "भागात" (in the area) after the name is read as English "area" is: the district answers, where the
    province the string also names stood in."""
    assert_chosen_at(resolver, query, AF_PK, district, "admin2")


def test_marathi_area_words_read_as_area_and_the_bare_word_not() -> None:
    assert indic_phrase("पक्तिका प्रांतातील बरमल भागात") == "barmal area, paktika province"
    assert indic_phrase("भाग") == "bhag"  # Bhag, a town of Balochistan, is spelled so: not an area word


def test_a_province_alone_in_marathi_still_answers(resolver: Any) -> None:
    assert_chosen_at(resolver, "पक्तिका प्रांतातील", AF_PK, "Paktika", "admin1")


def test_a_silent_ain_between_consonants_is_read_without_it(resolver: Any) -> None:
    """Dari's "اسعدآباد" (Asadabad, with the "ع" of the Arabic name As'ad) is GeoNames' "اسداباد", Kunar's capital."""
    assert_chosen_at(resolver, "اسعدآباد کنر", AF_PK, "Asadābād", "exact")


@pytest.mark.parametrize(
    ("word", "readings"),
    [
        ("اسعدآباد", ["اسدآباد"]),
        ("قلعه", []),  # before a word's last "ه" (qal'a, a fort): a vowel, not read
        ("سعیدآباد", []),  # before a vowel letter: Saeed is not Sayed
        ("مسعودآباد", []),  # before "و"
    ],
)
def test_silent_ain_readings_only_between_two_consonants(word: str, readings: list[str]) -> None:
    assert silent_ain_readings(word) == readings


@pytest.mark.parametrize(
    ("query", "town"),
    [
        ("ولسوالی کهسان هرات", "Kuhsān"),  # the district Kohsan, Herat
        ("ولسوالی درقد تخار", "Darqad"),
        ("ولسوالی زرنج نیمروز", "Zaranj"),
    ],
)
def test_a_districts_word_keeps_its_precision_with_the_province_after_the_name(
    resolver: Any, query: str, town: str
) -> None:
    """ "ولسوالی X P" (district X, province P, no comma): the province is X's container and the word still X's, so the
    answer is at the district's precision, as "ولسوالی X" and "ولسوالی X، P" are."""
    assert_chosen_at(resolver, query, "AF;IR;TJ", town, "admin2")


def test_a_town_and_its_province_without_a_districts_word_stay_exact(resolver: Any) -> None:
    assert_chosen_at(resolver, "کهسان هرات", "AF;IR", "Kuhsān", "exact")


def test_near_a_province_in_a_country_names_the_province_the_text_names(resolver: Any) -> None:
    """English "near X province, in Y": Y is where the place is, not X's container; X is not looked for inside Y,
    and the note names the Iranian province, not Pakistan's Balochistan."""
    text = "near Sistan-Baluchestan province, in Pakistan"
    assert comma_before_near(text) == "near Sistan-Baluchestan province"
    assert comma_before_near("near Chaman, in Pakistan") == "near Chaman, in Pakistan"  # no province: kept
    answer = locate(text, resolver=resolver, named=countries("IR;PK"))
    assert answer.chosen is None
    assert "near Sistan and Baluchestan, Iran" in answer.note, answer.note


def test_explain_says_a_set_aside_stand_in_would_stand_in(run: Any) -> None:
    """The real CLI: the chain's "located at Paktia instead" note, printed before the guard's reason that sets
    Paktia aside, now says what would have been."""
    explained = run("geocode", "Torkham, Paktia", "--explain").stderr
    assert "located at Paktia instead" not in explained
    assert "'Torkham' is not known in Paktia; Paktia would stand in (admin1)" in explained
    assert "but is set aside" in explained
    assert "which it does not hold" in explained
