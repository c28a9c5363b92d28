"""The fifty-fourth batch's dev failures (issue 13; docs/geocoding-journal.md, section "Fifty-fourth batch: rules"),
read as general mechanisms: a place across the border from the one named is not that place, in every language of the
region; a crossing head on the name of two towns facing each other (Sarakhs, Sarahs) names the pack's crossing.
Every string here is written for the tests (none is the set's); the readings fail on the code before this round, the
guards pass on both."""

from __future__ import annotations

import pytest

from _geo_helpers import label_for
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.roles import read_role


@pytest.mark.parametrize(
    ("query", "named"),
    [
        # across the border from, near or facing a named place: the near side is named, the event is on the other
        ("a village across the border near Chitral", "PK;AF"),
        ("across the border near Torkham", "PK;AF"),
        ("چمن کے قریب سرحد پار", "PK;AF"),
        ("تورخم کے نزدیک سرحد کے پار", "PK;AF"),
        ("باجوڑ کے قریب بارڈر پار", "PK;AF"),
    ],
)
def test_fifty_fourth_across_is_empty(resolver: Resolver, query: str, named: str) -> None:
    assert label_for(resolver, query, named) is None, query


@pytest.mark.parametrize(
    "text",
    [
        "the far side of the border from Torkham",
        "Bajaur across the frontier",
        "آن سوی مرز نزدیک اسلام قلعه",
        "آن‌سوی مرز از دوغارون",
        "د پولې هاخوا تورخم ته نږدې",
        "по ту сторону границы от Ишкашима",
        "на другой стороне границы напротив Хорога",
        "托尔哈姆口岸附近边境对面",
    ],
)
def test_fifty_fourth_across_is_a_role(text: str) -> None:
    assert read_role(text) is not None, text


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        # across the border IN a place names that place (as the extractor reads it); the names alone hold
        ("across the border in Chitral", "PK;AF", "Lower Chitral"),
        ("Chitral", "PK;AF", "Lower Chitral"),
        ("چمن", "PK;AF", "Chaman"),
        ("Torkham", "PK;AF", "Torkham"),
    ],
)
def test_fifty_fourth_kept(resolver: Resolver, query: str, named: str, name: str) -> None:
    label = label_for(resolver, query, named)
    assert label is not None and label.startswith(name), (query, label)


@pytest.mark.parametrize(
    "text",
    [
        "across the border in Kunar province",
        "سرحد پار افغانستان کے صوبہ کنڑ میں",
        "آن سوی مرز در ولایت نیمروز",
        "по ту сторону границы, в Афганистане",
        "边境对面的阿富汗村庄",
        "the Torkham border",
        "cross-border firing in Bajaur",
    ],
)
def test_fifty_fourth_not_across(text: str) -> None:
    assert read_role(text) is None, text


@pytest.mark.parametrize("query", ["Sarakhs customs", "the Sarakhs gate", "Sarakhs border checkpoint"])
def test_fifty_fourth_crossing_of_twin_towns(resolver: Resolver, query: str) -> None:
    label = label_for(resolver, query, "IR;TM")
    assert label is not None and label.startswith("Sarakhs, Razavi Khorasan"), (query, label)


@pytest.mark.parametrize("query", ["Sarakhs", "the town of Sarakhs", "Sarakhs city"])
def test_fifty_fourth_twin_towns_stay_a_choice(resolver: Resolver, query: str) -> None:
    assert label_for(resolver, query, "IR;TM") is None, query
