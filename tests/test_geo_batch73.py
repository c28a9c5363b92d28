"""The seventy-third batch's dev failures, by mechanism (issue 13; docs/geocoding-journal.md, section "Seventy-third
batch: rules (geo146)"). Every string here is written for the tests (none is the set's); the readings fail on the code
before this round, the guards beside them pass on both.
"""

from __future__ import annotations

import pytest

from _geo_helpers import assert_chosen_at, label_for
from incident_tracker.geo.chain import Resolver


@pytest.mark.parametrize(
    ("query", "named", "name", "precision"),
    [
        # a Russian jamoat of a town with a "near" word before it: the town's district stands in
        ("недалеко от джамоата Мехнатобод города Канибадам", "TJ", "Konibodom District", "admin2"),
        ("вблизи джамоата Мехнатобод города Канибадам", "TJ", "Konibodom District", "admin2"),
        # "near" + a Russian genitive another rule wrote for "недалеко от"
        ("недалеко от Канибадама", "TJ", "Konibodom District", "admin2"),
    ],
)
def test_a_russian_jamoat_of_a_town_near_it(
    resolver: Resolver, query: str, named: str, name: str, precision: str
) -> None:
    assert_chosen_at(resolver, query, named, name, precision)


@pytest.mark.parametrize(
    ("query", "named", "name", "precision"),
    [
        # a district named whole, with its unit word: not the Pakistani crossing its name is too
        ("شهرستان تفتان", "IR", "Taftan County", "admin2"),
        ("Taftan County, Sistan and Baluchestan", "IR;PK", "Taftan County", "admin2"),
        ("پاسگاه مرزی روستای قلعه شهرستان تفتان", "IR", "Taftan County", "admin2"),
    ],
)
def test_a_district_named_whole_is_not_the_border_place_of_its_name(
    resolver: Resolver, query: str, named: str, name: str, precision: str
) -> None:
    assert_chosen_at(resolver, query, named, name, precision)


def test_a_village_of_a_town_is_still_unread(resolver: Resolver) -> None:
    # "села X города Y": the set locates such villages where they have a point; the town's district is no answer
    assert label_for(resolver, "села Навобод города Исфары", "TJ;KG") is None


def test_the_border_place_alone_is_still_the_border_place(resolver: Resolver) -> None:
    # "Taftan" alone, both sides named: the Pakistani town and crossing, as before
    assert_chosen_at(resolver, "Taftan", "IR;PK", "Taftan", "exact")


@pytest.mark.parametrize(
    ("query", "named", "name", "precision"),
    [
        # a bridge, without the river it crosses; the Russian "nearby" is "near"
        ("Мост Дружбы через Амударью", "AF;UZ", "Afghanistan–Uzbekistan Friendship Bridge", "exact"),
        ("the Friendship Bridge across the Amu Darya", "AF;UZ", "Afghanistan–Uzbekistan Friendship Bridge", "exact"),
        ("ближайший Мост Дружбы", "AF;UZ", "Afghanistan–Uzbekistan Friendship Bridge", "near"),
    ],
)
def test_a_bridge_and_the_river_it_crosses(
    resolver: Resolver, query: str, named: str, name: str, precision: str
) -> None:
    assert_chosen_at(resolver, query, named, name, precision)


def test_a_bridge_named_only_by_its_river_stays_empty(resolver: Resolver) -> None:
    # "a bridge over the Panj": the river names no one bridge
    assert label_for(resolver, "мост через Пяндж", "TJ;AF") is None


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        # Persian "X در Y" with a province of several words, and the province written without its "و"
        ("گمرک میرجاوه در سیستان و بلوچستان", "IR;PK", "Mirjaveh"),
        ("میرجاوه در سیستان بلوچستان", "IR", "Mirjaveh"),
    ],
)
def test_a_persian_place_in_a_province_of_several_words(resolver: Resolver, query: str, named: str, name: str) -> None:
    chosen_label = label_for(resolver, query, named)
    assert chosen_label is not None and chosen_label.startswith(name), (query, chosen_label)


def test_the_province_without_its_and(resolver: Resolver) -> None:
    # Sistan and Baluchestan without its "و" (and), as some Persian pages write it; matched by sound only before
    assert_chosen_at(resolver, "سیستان بلوچستان", "IR", "Sistan and Baluchestan", "admin1")


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        # a border place by its name and kind word, then "of" and its unit
        ("the Torkham crossing of Khyber district", "AF;PK", "Torkham"),
        ("the Ghulam Khan checkpost of North Waziristan", "AF;PK", "Ghulam Khan"),
        ("the Sost Dry Port of Gilgit-Baltistan", "CN;PK", "Sost"),
    ],
)
def test_a_border_place_of_its_unit(resolver: Resolver, query: str, named: str, name: str) -> None:
    assert_chosen_at(resolver, query, named, name, "exact")


def test_the_kind_before_the_name_is_left_to_its_own_reading(resolver: Resolver) -> None:
    # "the port of Gwadar": no capitalised name before the kind word, so not read as a port of a unit
    assert_chosen_at(resolver, "the port of Gwadar", "PK;IR", "Gwadar", "exact")
