"""The twenty-second session's leftovers (issue 13; docs/geocoding-journal.md, section "The twenty-second session's
leftovers: rules (geo144)"). Every string here is written for the tests (none is the set's); the readings fail on the
code before this round, the guards beside them pass on both.
"""

from __future__ import annotations

import pytest

from _geo_helpers import assert_chosen_at, label_for
from incident_tracker.geo.chain import Resolver


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        # a county's Latin name that its seat bears too, and a place elsewhere keeps as another of its names
        ("Yecheng", "CN", "Kargilik County"),
        ("Kargilik", "CN;PK", "Kargilik County"),
        ("Pishan", "CN", "Pishan County"),
        ("Chartak", "UZ", "Chortoq District"),
    ],
)
def test_a_county_whose_seat_bears_the_name_answers_it_alone(
    resolver: Resolver, query: str, named: str, name: str
) -> None:
    assert_chosen_at(resolver, query, named, name, "admin2")


@pytest.mark.parametrize(
    ("query", "named"),
    [
        # no county row whose seat bears the name: the twins still answer nothing
        ("Golshan", "IR;AF"),
        ("Jalalabad", "AF;KG"),
        # a town of the name elsewhere by its own name, against a district read only whole
        ("Torkaman", "IR"),
    ],
)
def test_twins_without_a_county_at_its_seat_still_answer_nothing(resolver: Resolver, query: str, named: str) -> None:
    assert label_for(resolver, query, named) is None


def test_the_place_that_keeps_a_countys_name_answers_its_own(resolver: Resolver) -> None:
    # the Hotan place GeoNames also calls Yecheng and Kargilik, asked by its own name
    assert_chosen_at(resolver, "Kageleke", "CN", "Kageleke", "exact")


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        # Pashto's city word before the name, as Persian writes "شهر X"
        ("ښار کابل", "AF;PK", "Kabul"),
        ("په ښار هرات کې", "AF;IR", "Herāt"),
        ("ښار جلال آباد", "AF;PK", "Jalālābād"),
        # the English "village" after a name is read as a town word already (the town, not the province)
        ("Kunduz village", "AF;TJ", "Kunduz"),
        ("Zahedan village", "IR;PK", "Zahedan, Sistan"),
    ],
)
def test_a_town_word_before_the_name_says_the_town(resolver: Resolver, query: str, named: str, name: str) -> None:
    assert_chosen_at(resolver, query, named, name, "exact")


@pytest.mark.parametrize(
    ("query", "named"),
    [
        # "کلی" (Killi, Kalay) is part of village names: Khar Kalay is not Khar of Bajaur, Killi Luqman not Laghman
        ("خار کلی", "PK;AF"),
        ("کلی لقمان", "PK;AF"),
        ("چمن کلی", "PK;AF"),
    ],
)
def test_a_village_name_with_killi_is_no_town_of_the_rest(resolver: Resolver, query: str, named: str) -> None:
    assert label_for(resolver, query, named) is None
