"""The fifty-seventh batch's dev failures (issue 13; docs/geocoding-journal.md, section "Fifty-seventh batch: rules"),
read as general mechanisms: two Persian head nouns joined by "و" before a name ("پایانه و گمرک مرزی X", the terminal and
border customs of X), an adjective inside the head ("بازارچه رسمی مرزی X", the official border market of X), and a
list of two places each in its own unit, which no unit named for one of them answers.
Every string here is written for the tests (none is the set's); the readings fail on the code before this round, the
guards pass on both."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from typer.testing import Result

from _geo_helpers import label_for
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.persian_heads import rewrite_heads


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        # two heads joined by "و": stripped as one is, and the county after the name is its context
        ("پایانه و گمرک مرزی میلک در شهرستان هیرمند", "IR;AF", "Milak"),
        ("بازارچه و پاسگاه مرزی میرجاوه", "IR;PK", "Mirjaveh"),
        # an adjective of the closed list inside the head, before or after "مرزی"
        ("بازارچه رسمی مرزی میرجاوه", "IR;PK", "Mirjaveh"),
        ("پایانه جدید میلک", "IR;AF", "Milak"),
        ("بازارچه مرزی مشترک فعال میرجاوه", "IR;PK", "Mirjaveh"),
    ],
)
def test_fifty_seventh_reads(resolver: Resolver, query: str, named: str, name: str) -> None:
    label = label_for(resolver, query, named)
    assert label is not None and label.startswith(name), (query, label)


@pytest.mark.parametrize(
    "query",
    [
        # two places, each in its own unit, joined by "و" or Russian "и" (a comma: empty before too)
        "روستای فلان در استان خراسان رضوی و روستای بهمان در استان سیستان و بلوچستان",
        "روستای فلان در استان خراسان رضوی، روستای بهمان در استان سیستان و بلوچستان",
        "село Бахмал в Баткенской области и кишлак Ворух в Исфаринском районе",
    ],
)
def test_a_list_of_two_is_no_unit_of_one(resolver: Resolver, query: str) -> None:
    assert label_for(resolver, query, "IR;AF;KG;TJ") is None, query


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        # an unknown name after two heads: the county stands in, as after one head
        ("پایانه و بازارچه مرزی فلان در شهرستان هیرمند", "IR;AF", "Hirmand County"),
        # a chain, not a list: the province after "و" holds the county
        ("روستای فلان در شهرستان سراوان و استان سیستان و بلوچستان", "IR;PK", "Saravan County"),
        # a list of two in one unit: the unit is named for both
        ("روستای فلان در شهرستان سراوان و روستای بهمان در شهرستان سراوان", "IR;PK", "Saravan County"),
        # a comma before a unit alone is a chain's context, not a second place
        ("a hamlet in Saravan county, Sistan and Baluchestan province", "IR;PK", "Saravan County"),
        ("a hamlet in Tehsil Mand, district Kech", "PK;IR", "Mand"),
    ],
)
def test_fifty_seventh_guards_keep(resolver: Resolver, query: str, named: str, name: str) -> None:
    label = label_for(resolver, query, named)
    assert label is not None and label.startswith(name), (query, label)


@pytest.mark.parametrize(
    "query",
    [
        "بازارچه مرزی میرجاوه",  # one head alone: left to the other readers
        "بازارچه خوب مرزی میلک",  # a word outside the closed list of adjectives
        "پایانه و بازارچه مرزی",  # heads with no name after them
        "بازارچه فعال",  # likewise
    ],
)
def test_heads_rewrite_leaves(query: str) -> None:
    assert rewrite_heads(query) is None


def test_explain_shows_the_list_of_two_set_aside(run: Callable[..., Result]) -> None:
    result = run("geocode", "روستای فلان در استان خراسان رضوی و روستای بهمان در استان سیستان و بلوچستان", "--explain")
    assert "→" not in result.output  # no candidate chosen
    assert "two places named together, each with its own unit" in " ".join(result.output.split())


def test_explain_reads_two_heads(run: Callable[..., Result]) -> None:
    result = run("geocode", "پایانه و گمرک مرزی میلک در شهرستان هیرمند", "--explain")
    assert "Chosen: Milak" in " ".join(result.output.split())
