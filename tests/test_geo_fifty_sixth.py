"""The fifty-sixth batch's dev failures (issue 13; docs/geocoding-journal.md, section "Fifty-sixth batch: rules"), read
as general mechanisms: head and tail words around a name the gazetteer knows, which no reader passed over. "checkpoint
X" without "border"; "X - with <country>" (the post, then the country it faces); the Chinese quarter suffixes (南部,
西北部: the southern, north-western part of a unit); the Persian "بازارچه (مرزی) X" (the (border) market of X); the
Pashto "په X کې" before an unnamed post or village ("پر یوه پوسته", on a post); the Persian "X در شمال استان Y" (X, in
the north of Y province), where X answers, not the province.
Every string here is written for the tests (none is the set's); the readings fail on the code before this round, the
guards pass on both."""

from __future__ import annotations

import pytest

from _geo_helpers import label_for
from incident_tracker.geo.chain import Resolver


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        # the kind word before the name, without "border", quoted or not, with the line it is on
        ("checkpoint Torkham", "PK;AF", "Torkham"),
        ('checkpoint "Farap"', "UZ;TM", "Farap"),
        ("the checkpoints “Alat” on the border with Turkmenistan", "UZ;TM", "Alat"),
        # the country the post faces, after a dash
        ("“Saragt” - with Iran", "TM;IR", "Saragt"),
        ("Mirjaveh – with Pakistan", "IR;PK", "Mirjaveh"),
        # a quarter of a county is in the county
        ("塔什库尔干县西部", "CN;TJ", "Taxkorgan"),
        # a border market is at the place it is named after
        ("بازارچه مرزی میرجاوه", "IR;PK", "Mirjaveh"),
        ("بازارچه میلک", "IR;AF", "Milak"),
        # Pashto: in X, on a post / in a village that is not named
        ("په تورخم کې پر یوه پوسته", "PK;AF", "Torkham"),
        ("په باجوړ کې په یوه کلي", "PK;AF", "Bajaur"),
        # a quarter before the province: the place named first answers
        ("میرجاوه در شرق استان سیستان و بلوچستان", "IR;PK", "Mirjaveh"),
        ("اینچه برون در شمال شرق استان گلستان", "IR;TM", "Incheh Borun"),
    ],
)
def test_fifty_sixth_reads(resolver: Resolver, query: str, named: str, name: str) -> None:
    label = label_for(resolver, query, named)
    assert label is not None and label.startswith(name), (query, label)


@pytest.mark.parametrize(
    ("query", "named"),
    [
        # a lowercase word or a country after "checkpoint" is no place's name
        ("checkpoint near the river", "PK;AF"),
        ("checkpoint Pakistan", "PK;AF"),
        # "with" a town is no country faced
        ("Torkham - with Karachi", "PK;AF"),
        # a quarter of a province or of a country is no point
        ("新疆南部", "CN;TJ"),
        ("阿富汗北部", "CN;AF"),
        # a market with no name after it; a named place after "په X کې" is not read as X
        ("بازارچه مرزی", "IR;PK"),
        ("په باجوړ کې د ماموند تحصیل", "PK;AF"),
    ],
)
def test_fifty_sixth_guards(resolver: Resolver, query: str, named: str) -> None:
    assert label_for(resolver, query, named) is None, query
