"""The fifty-ninth and sixtieth batches' dev failures, by mechanism (issue 13; docs/geocoding.md, section
"Fifty-ninth and sixtieth batches: rules"): a stretch "between" two places and a list of places under their
unit's heading are no one point (geo/joined_guard.py); the Urdu loan word "compound" after a name is that
name's site. Every string here is written for the tests (none is the set's); the readings and the empties
fail on the code before this round, the guards pass on both."""

from __future__ import annotations

import pytest

from _geo_helpers import label_for
from incident_tracker.geo.chain import Resolver


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        ("لنڈی کوتل تحصیل کمپاؤنڈ", "PK;AF", "Landi Kotal"),  # the tehsil compound at Landi Kotal
        ("چمن پولیس کمپاؤنڈ", "PK;AF", "Chaman"),  # the police compound at Chaman
        ("خیبر ضلع میں لنڈی کوتل تحصیل کمپاؤنڈ", "PK;AF", "Landi Kotal"),  # not Khyber District standing in
    ],
)
def test_readings(resolver: Resolver, query: str, named: str, name: str) -> None:
    label = label_for(resolver, query, named)
    assert label is not None and label.startswith(name), (query, label)


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("د تورخم ـ جمرود تر منځ", "PK;AF"),  # Pashto: between Torkham and Jamrud, a tatweel for the dash
        ("تورخم ـ پېښور ترمنځ", "PK;AF"),
        ("د طورخم ـ پېښور تر منځ", "PK;AF"),
        ("خیبر پختونخوا کے علاقوں چترال اور باجوڑ", "PK;AF"),  # Urdu: the province's areas Chitral and Bajaur
        ("خیبر پختونخوا کے علاقوں لنڈی کوتل اور چترال", "PK;AF"),
        ("Balochistan's districts Chaman and Zhob", "PK;AF"),  # the province heads a list of its districts
    ],
)
def test_joined_places_answer_nothing(resolver: Resolver, query: str, named: str) -> None:
    assert label_for(resolver, query, named) is None, query


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        ("بلوچستان کے علاقے چمن", "PK;AF", "Chaman"),  # one name under the heading: the place itself
        ("پاکستان اور افغانستان کے درمیان طورخم سرحد", "PK;AF", "Torkham"),  # between two countries: which border
        ("تورخم - پېښور سړک", "PK;AF", "Torkham"),  # no "between": the pair reader's crossing, as before
    ],
)
def test_guards_leave_single_places(resolver: Resolver, query: str, named: str, name: str) -> None:
    label = label_for(resolver, query, named)
    assert label is not None and label.startswith(name), (query, label)
