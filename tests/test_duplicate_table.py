"""The table ``tracker duplicates`` prints (cli/duplicate_table.py): fixed-width lines, the same
in a pipe as on a terminal, every word whole inside its column, each pair's records read once."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from incident_tracker.cli.duplicate_table import PairTable, wrap
from incident_tracker.store import IncidentStore
from incident_tracker.store.duplicates import Match, iter_duplicate_pairs, largest_id, pair_rows


def _record(day: str, **values: Any) -> dict[str, Any]:
    return {"event_date": day, "country": "TJ", "event_type": "battles", "killed": 2, **values}


@pytest.fixture
def store(db_path: Path) -> Any:
    store = IncidentStore.open(db_path)
    yield store
    store.close()


def test_wrap_breaks_at_spaces_and_folds_only_a_word_that_cannot_fit() -> None:
    assert wrap("near the Esteqlol border crossing", 14) == ["near the", "Esteqlol", "border", "crossing"]
    assert wrap("short", 14) == ["short"]
    assert wrap("https://example.org/a/very/long/path", 10) == ["https://ex", "ample.org/", "a/very/lon", "g/path"]
    assert "".join(wrap("Душанбе Худжанд", 8)) == "ДушанбеХуджанд"  # nothing lost


def test_long_places_spans_and_ranges_wrap_inside_their_columns(store: Any) -> None:
    ids = store.add_many(
        [
            _record(
                "2025-11-24",
                place="near the Esteqlol border crossing, Shamsiddin Shohin District",
                event_date_end="2025-11-26",
                date_precision="days",
                killed=30,
                killed_low=20,
                killed_high=40,
            ),
            _record("2025-11-25", place="Khorugh \x1b]0;pwned\x07", killed=30),
        ],
        reason="test",
    )
    pairs = list(iter_duplicate_pairs(store, min_score=0.0))
    assert [(p.first, p.second) for p in pairs] == [tuple(ids)]
    table = PairTable(store, 80, largest_id(store))
    lines = table.rows(pairs).splitlines()
    assert all(len(line) <= 80 for line in lines), lines
    text = "\n".join(lines)
    assert "\x1b" not in text and "\\x1b" in text  # control characters shown, never sent
    assert "2025-11-24 –" in text and "2025-11-26" in text  # the span, wrapped at its dash
    words = " ".join(line[table.id_width + 2 + 12 + 2 :][: table.place_width] for line in lines).split()
    assert "Esteqlol" in words and "Shamsiddin" in words  # whole words, in the place column
    assert lines[0].split()[:2] == [str(ids[0]), "2025-11-24"]
    assert f"{pairs[0].score:.2f}" in lines[0]
    assert lines[-1] == ""  # a blank line after each pair


def test_pair_rows_reads_only_the_shown_columns_in_one_query(store: Any) -> None:
    ids = store.add_many([_record(f"2025-11-{day:02d}") for day in range(1, 21)], reason="test")
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    found = pair_rows(store, ids)
    store.conn.set_trace_callback(None)
    assert sorted(found) == ids and len(statements) == 1
    assert set(found[ids[0]]) == {"id", "event_date", "event_date_end", "date_precision", "location", "place",
                                  "country", "killed", "killed_low", "killed_high"}  # fmt: skip


def test_many_pairs_one_header_every_pair_listed(run: Any, store: Any) -> None:
    # 120 incidents a day apart: more pairs than one batch of the streamed output (50).
    store.add_many([_record(f"2025-{1 + day // 28:02d}-{1 + day % 28:02d}") for day in range(120)], reason="test")
    expected = list(iter_duplicate_pairs(store))
    assert len(expected) > 100
    out = run("duplicates").stdout
    assert out.count("IDs") == 1 and out.count("Why") == 1  # the header once, not per batch
    firsts = [line.split()[0] for line in out.splitlines()[2:] if line[:1].strip() or line[:4].strip()]
    assert [int(i) for i in firsts] == [i for p in expected for i in (p.first, p.second)]


def _plain(line: str) -> str:
    """What a line of terminal output shows: after its last carriage return, without escapes."""
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", line.rsplit("\r", 1)[-1]).rstrip()


def test_the_same_table_in_a_pipe_and_on_a_terminal(run: Any, db_path: Path, tracker_script: str) -> None:
    """Issue 16: only colour and width follow the terminal."""
    pexpect = pytest.importorskip("pexpect")
    for day in ("2025-11-24", "2025-11-25"):
        run("add", "-d", day, "-c", "TJ", "-p", "Khorugh", "-t", "battles", "--killed", "2", "--no-input")
    env = {**os.environ, "TRACKER_DB": str(db_path), "COLUMNS": "90", "NO_COLOR": "1"}
    piped = subprocess.run([tracker_script, "duplicates"], env=env, capture_output=True, text=True, check=True)
    child = pexpect.spawn(tracker_script, ["duplicates"], env=env, encoding="utf-8", timeout=30, dimensions=(24, 90))
    child.expect(pexpect.EOF)
    shown = [_plain(line) for line in child.before.split("\r\n")]
    table = [line.rstrip() for line in piped.stdout.splitlines()]
    assert table[0].startswith("IDs") and "1 day apart" in piped.stdout
    start = shown.index(table[0])
    assert shown[start : start + len(table)] == table


def test_match_without_a_first_incident_shows_one_row(store: Any) -> None:
    (only,) = store.add_many([_record("2025-11-24")], reason="test")
    table = PairTable(store, 80, largest_id(store))
    lines = table.rows([Match(None, only, 0.7, ["same day"])]).splitlines()
    assert lines[0].split()[0] == str(only) and lines[1:] == [""]
