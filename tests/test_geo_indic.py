"""Place phrases in Indic scripts (issue 13; docs/geocoding-journal.md, "Dev unlocated, by mechanism"): Hindi, Bengali
and Kannada spellings read letter by letter into the English phrase they say. House strings, none of them the set's."""

from __future__ import annotations

import pytest

from _geo_helpers import label_for
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.indic import indic_phrase


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("नंगरहार प्रांत के अचिन जिले", "achin district, nangarhar province"),  # Hindi: province's district
        ("ಕುನಾರ್ ಪ್ರಾಂತ್ಯದ ಅಸ್ಮಾರ್ ಜಿಲ್ಲೆಯ", "asmar district, kunar province"),  # Kannada, with its virama
        ("বাদাখশান প্রদেশের", "badakhshan province"),  # Bengali genitive -er
        ("उत्तरी वज़ीरिस्तान के मीरानशाह के पास", "near miranshah, north waziristan"),  # nukta, a quarter, near
        ("तोरखम", "torkham"),  # the vowel between two consonants after a vowel is not said
        ("पेशावर", "peshawar"),
    ],
)
def test_indic_spelled_out(text: str, phrase: str) -> None:
    assert indic_phrase(text) == phrase


def test_other_scripts_are_left_alone() -> None:
    assert indic_phrase("Barmal district") is None
    assert indic_phrase("ولسوالی برمل") is None


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        ("नंगरहार प्रांत के अचिन जिले", "AF;PK", "Achin District"),
        ("ಕುನಾರ್ ಪ್ರಾಂತ್ಯದ ಅಸ್ಮಾರ್ ಜಿಲ್ಲೆಯ", "AF;PK", "Asmar District"),
        ("আফগানিস্তানের উত্তরাঞ্চলের বাদাখশান প্রদেশের", "AF;TJ", "Badakhshan, Afghanistan"),
        ("उत्तरी वज़ीरिस्तान के मीरानशाह के पास", "AF;PK", "Miran Shah"),
        ("अचिन का एक अनजान गांव", "AF;PK", "Achin District"),  # an unknown village: its district stands in
    ],
)
def test_indic_located(resolver: Resolver, query: str, named: str, name: str) -> None:
    label = label_for(resolver, query, named)
    assert label is not None and label.startswith(name), (query, label)


@pytest.mark.parametrize("query", ["सीमा पर एक गांव", "एक अनजान गांव"])
def test_indic_naming_no_place_stays_empty(resolver: Resolver, query: str) -> None:
    assert label_for(resolver, query, "AF;PK") is None
