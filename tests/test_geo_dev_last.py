"""Dev's last failures (issue 13; docs/geocoding-journal.md, section "Dev's last failures: rules"), read as general
mechanisms: a name that ends in "Pass" is answered by a pass of that name only, never by the district, town or
bridge that shares it; "bordering C", "on the border with C", "near the C border" say the place is not in C; a
border place on the line in a crossing town that is also another country's unit is at the crossing; a named gate or
post "at the Y border" is the crossing named after Y. (A Persian "X در منطقه Y" rule of the same round was taken out
again: it made one held-out string confidently wrong.)
Every string here is written for the tests (none is the set's); the readings fail on the code before this round, the
guards pass on both."""

from __future__ import annotations

import pytest

from _geo_helpers import label_for
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.phrase import parse_query


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        # the neighbour a text names is across the line: of two namesakes facing each other, the other one
        ("Sarakhs, a town bordering Turkmenistan", "IR;TM", "Sarakhs, Razavi Khorasan"),
        ("Sarakhs on the border with Turkmenistan", "IR;TM", "Sarakhs, Razavi Khorasan"),
        ("Sarakhs near the Turkmen border", "IR;TM", "Sarakhs, Razavi Khorasan"),
        ("Sarakhs bordering Iran", "IR;TM", "Sarahs, Ahal"),
        # a border place in a crossing town whose name is also a unit across the line: the crossing
        ("a customs gate on the Pakistan-Iran border in Taftan", "PK;IR", "Taftan, Balochistan"),
        ("the Old Gate in Taftan", "PK;IR", "Taftan, Balochistan"),
        ("a gate on the Iranian border in Taftan", "PK;IR", "Taftan, Balochistan"),
        # a named gate or post at the border of a crossing town
        ("The ‘Dosti’ Gate at the Torkham border", "PK;AF", "Torkham"),
        ("the Unity Post at the Chaman border", "PK;AF", "Chaman border crossing"),
    ],
)
def test_dev_last_reads(resolver: Resolver, query: str, named: str, name: str) -> None:
    label = label_for(resolver, query, named)
    assert label is not None and label.startswith(name), (query, label)


@pytest.mark.parametrize(
    ("query", "named"),
    [
        # a pass the pack lacks is no district, town or bridge of its name
        ("the Darvoz Pass", "TJ;AF"),
        ("the Khorog Pass", "TJ;AF"),
        ("the Zebak Pass", "AF;TJ"),
        ("the Ishkashim Pass", "TJ;AF"),
    ],
)
def test_dev_last_leaves_a_pass_it_lacks_empty(resolver: Resolver, query: str, named: str) -> None:
    assert label_for(resolver, query, named) is None, query


@pytest.mark.parametrize(
    ("query", "named", "expected"),
    [
        # a pass the pack holds is still found
        ("the Kulma Pass", "TJ;CN", "Kulma Pass"),
        ("Khunjerab Pass", "PK;CN", "Khunjerab Pass"),
        # two namesakes and nothing that says which: none
        ("Sarakhs", "IR;TM", None),
        # an unknown region in Taftan, not on the line: the county across the line may hold it
        ("the Kuhsar valley in Taftan", "IR;PK", None),
        # a gate at a country's border names no crossing
        ("the Peace Gate at the Afghan border", "PK;AF", None),
    ],
)
def test_dev_last_guards(resolver: Resolver, query: str, named: str, expected: str | None) -> None:
    label = label_for(resolver, query, named)
    assert (label is None) if expected is None else (label is not None and label.startswith(expected)), (query, label)


@pytest.mark.parametrize(
    ("text", "beyond"),
    [
        ("X bordering Turkmenistan", {"TM"}),
        ("X, adjoining Pakistan", {"PK"}),
        ("X near the Afghan border", {"AF"}),
        ("Хорог на границе с Афганистаном", {"AF"}),
        # a pair names both sides, and a town's border names no country
        ("X near the Pak-Afghan border", set()),
        ("X at the Chaman border", set()),
        ("X", set()),
    ],
)
def test_dev_last_beyond_names_the_neighbour(text: str, beyond: set[str]) -> None:
    assert parse_query(text).beyond == beyond
