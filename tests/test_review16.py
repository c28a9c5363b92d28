"""Session 16's review (review16): what the fifteenth review left, each written once: a long text cut
with its length, the extraction's "no one blamed yet" test, and a port's facing row read once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from incident_tracker.geo.chain import Resolver

Run = Callable[..., Result]


def test_a_long_text_is_cut_one_way_with_its_length() -> None:
    from incident_tracker.store.listing import cut_with_length

    assert cut_with_length("short", 10) == "short"
    assert cut_with_length("x" * 10, 10) == "x" * 10
    assert cut_with_length("x" * 1_200, 10) == "x" * 10 + "… (1,200 characters)"
    assert cut_with_length("one two three", 5, 4) == "one… (13 characters)"  # the space before the cut goes
    assert cut_with_length("a b c d e f", 5, 3, length=40) == "a b… (40 characters)"


def test_a_database_path_far_too_long_is_named_cut_in_one_line(run: Run, tmp_path: Path) -> None:
    """The path's first 200 characters and its length, as an edit's confirmation cuts a long value."""
    path = tmp_path / ("a" * 300) / "x.db"
    result = run("--db", str(path), "list", expect=None)
    assert result.exit_code != 0 and result.stdout == ""
    assert f"{str(path)[:200]}… ({len(str(path)):,} characters)" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("values", "nobody"),
    [
        ({}, True),
        ({"attribution": "unattributed"}, True),
        ({"attribution": "alleged"}, False),
        ({"attribution": "unattributed", "perpetrator": "TTP"}, False),
        ({"perpetrator": "TTP"}, False),
    ],
)
def test_a_draft_names_no_one_until_an_attribution_or_perpetrator_is_read(values: dict[str, str], nobody: bool) -> None:
    from incident_tracker.extract.draft import Draft

    assert Draft(values=dict(values)).nobody_blamed is nobody


def test_a_port_reads_the_row_facing_it_once(resolver: Resolver) -> None:
    """port_sides looked the facing row up, then to_side looked it up again: one box query now."""
    from incident_tracker.geo.crossing_twins import port_sides
    from incident_tracker.geo.phrase import parse_query

    gazetteer = resolver.gazetteer
    found = resolver.candidates("Irkeshtam").candidates
    assert [(c.country, c.source) for c in found] == [("KG", "pack")]
    queries: list[str] = []
    gazetteer.conn.set_trace_callback(queries.append)
    try:
        ported = port_sides(parse_query("Irkeshtam port"), found, gazetteer)
    finally:
        gazetteer.conn.set_trace_callback(None)
    assert [(c.country, c.name) for c in ported] == [("CN", "Irkeshtam port")]
    assert len([q for q in queries if "FROM places" in q]) == 1, queries
