"""The fifty-eighth batch's dev failures (issue 13; docs/geocoding-journal.md, section "Fifty-eighth batch: rules"),
read as general mechanisms: a dateline whose brackets hold an outlet's Urdu or Persian word or an Urdu date ("X (روزنامہ
…)"), an adjective after "مرز" (the border: "مرز رسمی X"), a monument's head before a town ("بنای تاریخی X"), and
Kharan's Urdu spelling (a cited pack alias).
Every string here is written for the tests (none is the set's); the readings fail on the code before this round, the
guards pass on both."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from typer.testing import Result

from _geo_helpers import label_for
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.persian_heads import rewrite_heads
from incident_tracker.geo.roles import read_role


@pytest.mark.parametrize(
    "query",
    [
        "چمن (روزنامہ مشرق)",  # an outlet's word: the newspaper
        "ژوب (کوئٹہ اخبار تازہ ترین)",
        "تفتان (12جون۔2019ء)",  # a day, an Urdu month and a year
        "پشین (خبر فوری)",
    ],
)
def test_urdu_dateline_brackets(query: str) -> None:
    role = read_role(query)
    assert role is not None and role.startswith("a dateline"), (query, role)


@pytest.mark.parametrize(
    "query",
    [
        "ژوب (بلوچستان)",  # a place in the brackets
        "چمن (ضلع قلعہ عبداللہ)",  # a unit, whose name holds a person's word
        "تفتان (ضلع چاغی 2019ء)",  # a unit beside a year
        "Torkham (Khyber district)",
    ],
)
def test_a_place_or_unit_in_brackets_is_no_dateline(resolver: Resolver, query: str) -> None:
    assert read_role(query) is None or not read_role(query).startswith("a dateline"), query
    assert label_for(resolver, query, "PK;AF") is not None, query


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        # an adjective of the closed list after "مرز": dropped, and "مرز X Y" read as before
        ("مرز رسمی میلک هیرمند", "IR;AF", "Milak"),
        ("مرز رسمی جدید میرجاوه", "IR;PK", "Mirjaveh"),
        # a monument's head before a town: the town answers
        ("بنای تاریخی میرجاوه", "IR;PK", "Mirjaveh"),
        ("آثار تاریخی تایباد", "IR;AF", "Taybad"),
        # Kharan in Urdu letters (the pack's cited alias), also after a visit's wrapper
        ("خاران کے قریب", "PK;IR", "Kharan"),
        ("ضلع خاران", "PK;IR", "Kharan"),
        ("خاران کا سرکاری دورہ", "PK;IR", "Kharan"),
    ],
)
def test_fifty_eighth_reads(resolver: Resolver, query: str, named: str, name: str) -> None:
    label = label_for(resolver, query, named)
    assert label is not None and label.startswith(name), (query, label)


@pytest.mark.parametrize(
    "query",
    [
        "مرز خوب میلک",  # a word outside the closed list of adjectives
        "مرز رسمی",  # no name after the adjective
        "مرز رسمی مرزی",  # a head word after it
        "بنای زیبای تایباد",  # a building without "تاریخی"
        "بنای تاریخی",  # no name after the head
    ],
)
def test_fifty_eighth_heads_leave(query: str) -> None:
    assert rewrite_heads(query) is None


def test_an_unknown_name_after_a_monument_head_stays_empty(resolver: Resolver) -> None:
    assert label_for(resolver, "بنای تاریخی فلان", "IR;TM") is None


def test_explain_reads_an_urdu_dateline(run: Callable[..., Result]) -> None:
    result = run("geocode", "چمن (روزنامہ مشرق 3مئی۔2015ء)", "--explain")
    flat = " ".join(result.output.split())
    assert "a dateline" in flat and "Chosen:" not in flat


def test_explain_reads_an_official_border(run: Callable[..., Result]) -> None:
    result = run("geocode", "مرز رسمی میلک هیرمند", "--explain")
    assert "Chosen: Milak" in " ".join(result.output.split())
