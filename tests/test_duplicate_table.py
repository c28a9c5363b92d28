"""The table ``tracker duplicates`` prints (cli/duplicate_table.py): fixed-width lines, the same
in a pipe as on a terminal, every word whole inside its column, each pair's records read once."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from incident_tracker.cli.duplicate_table import PairTable, _cells, wrap
from incident_tracker.store import IncidentStore
from incident_tracker.store.duplicates import iter_duplicate_pairs, largest_id, scan_duplicate_pairs


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


def test_narrow_characters_outside_ascii_are_measured_as_rich_measures_them() -> None:
    """The "–" of a date span and accented letters are counted by length without Rich; wide
    and combining characters still go through it."""
    from rich.cells import cell_len

    texts = ["2025-11-22 –", "Kinshasa–Goma", "Bégné, Côte d’Ivoire…", "東京 – Tokyo", "e\u0301te\u0301", "ÀÿØ÷ ×"]
    assert [_cells(text) for text in texts] == [cell_len(text) for text in texts]
    assert _cells("東京") == 4 and _cells("e\u0301") == 1


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
    pairs = list(scan_duplicate_pairs(store, min_score=0.0))
    assert [(p[0][0], p[1][0]) for p in pairs] == [tuple(ids)]
    table = PairTable(store, 80, largest_id(store), 3)
    lines = table.rows(pairs).splitlines()
    assert all(len(line) <= 80 for line in lines), lines
    text = "\n".join(lines)
    assert "\x1b" not in text and "\\x1b" in text  # control characters shown, never sent
    assert "2025-11-24 –" in text and "2025-11-26" in text  # the span, wrapped at its dash
    words = " ".join(line[table.id_width + 2 + 12 + 2 :][: table.place_width] for line in lines).split()
    assert "Esteqlol" in words and "Shamsiddin" in words  # whole words, in the place column
    assert lines[0].split()[:2] == [str(ids[0]), "2025-11-24"]
    assert f"{pairs[0][2]:.2f}" in lines[0]
    assert lines[-1] == ""  # a blank line after each pair


def test_each_incident_is_formatted_once_however_many_pairs_it_is_in(store: Any) -> None:
    store.add_many([_record("2025-11-24", place=f"Village {n}") for n in range(6)], reason="test")
    pairs = list(scan_duplicate_pairs(store))
    assert len(pairs) == 15  # every two of the six
    table = PairTable(store, 80, largest_id(store), 3)
    made: list[int] = []
    incident = table._incident
    table._incident = lambda row: made.append(row[0]) or incident(row)  # type: ignore[method-assign]
    text = table.rows(pairs[:7]) + table.rows(pairs[7:])
    assert sorted(made) == [1, 2, 3, 4, 5, 6]
    assert text.count("Village") == 30 and text.count("same day; both in TJ; same\n") == 15


def test_the_one_line_shortcut_writes_what_the_general_layout_writes(store: Any) -> None:
    store.add_many(
        [
            _record("2025-11-24", place="Khorugh", killed=3),
            _record("2025-11-24", place="Ishkoshim", killed=None),
            _record("2025-11-25", place="Rushon", killed=3, killed_low=3, killed_high=5),
        ],
        reason="test",
    )
    table = PairTable(store, 100, largest_id(store), 3)
    rows = {row[0]: row for pair in scan_duplicate_pairs(store, min_score=0.0) for row in pair[:2]}
    assert len(rows) == 3
    for row in rows.values():
        lines = table._incident(row)
        assert len(lines) == 1 and lines == table._wrapped(row[0], *table._texts(row))


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


def test_a_block_of_columns_is_written_as_its_pairs_one_by_one(store: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The table made from the sweep's columns (cli/duplicate_blocks.py) is byte for byte the
    one written pair by pair: tall incidents (long places, date spans, toll ranges) first or
    second, why of one to four lines, located pairs and pairs with an unlocated incident."""
    from incident_tracker.store import duplicate_arrays
    from incident_tracker.store.duplicates import scan_duplicate_blocks

    places = ["Khorugh", "near the Esteqlol border crossing, Shamsiddin Shohin District", "Ishkoshim", ""]
    records = []
    for n in range(90):
        values: dict[str, Any] = {"place": places[n % 4] or None, "killed": [0, 2, 3, None][n % 4]}
        if n % 3 == 0:
            values.update(latitude=37.5 + n / 1000, longitude=71.5)
        if n % 5 == 0:
            values.update(event_date_end="2025-11-26", date_precision="days", killed=30, killed_low=20, killed_high=40)
        if n % 7 == 0:
            values.update(country="AF", sub_event_type="Armed clash")
        records.append(_record(f"2025-11-{20 + n % 5:02d}", **values))
    store.add_many(records, reason="test")
    monkeypatch.setattr(duplicate_arrays, "SMALL", 0)  # the arrays, on this small file
    monkeypatch.setattr(duplicate_arrays, "BLOCK", 16)  # several blocks: words and lines kept across them
    for width in (80, 60, 140):
        by_columns = PairTable(store, width, largest_id(store), 3)
        one_by_one = PairTable(store, width, largest_id(store), 3)
        blocks = list(scan_duplicate_blocks(store, min_score=0.3))
        assert len(blocks) > 3 and all(block.columns is not None for block in blocks)
        pairs = [[p for found in b.lists() for p in found] for b in blocks]
        texts = [(by_columns.block(b).decode(), one_by_one.rows(found)) for b, found in zip(blocks, pairs, strict=True)]
        assert all(made == expected for made, expected in texts)
        whole = "".join(made for made, _ in texts)
        assert "Esteqlol" in whole and "20–40" in whole and "km apart" in whole and "in TJ and AF" in whole
        heights = {len(block.split("\n")) for block in whole.split("\n\n")}
        assert max(heights) >= 4  # some pairs take four lines or more


def test_blocks_go_to_a_utf8_buffer_as_bytes_and_elsewhere_as_text(store: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """``print_pair_blocks`` writes a block's bytes to the binary buffer under a UTF-8 stdout,
    after the header the text layer holds, and the same text to a stream without a buffer (a
    progress bar's proxy): both the table written pair by pair, "–" of the date spans included."""
    import io
    import sys

    from incident_tracker.cli import duplicate_table
    from incident_tracker.store import duplicate_arrays
    from incident_tracker.store.duplicates import scan_duplicate_blocks

    records = [_record(f"2025-11-{20 + n % 3:02d}", place=f"Khorugh {n % 2}") for n in range(30)]
    records += [_record("2025-11-21", event_date_end="2025-11-23", date_precision="days", killed=30) for _ in range(6)]
    store.add_many(records, reason="test")
    monkeypatch.setattr(duplicate_arrays, "SMALL", 0)
    monkeypatch.setattr(duplicate_arrays, "BLOCK", 16)
    monkeypatch.setenv("COLUMNS", "80")
    expected = PairTable(store, 80, largest_id(store), 3)
    pairs = [p for block in scan_duplicate_blocks(store) for found in block.lists() for p in found]
    rows = expected.rows(pairs)
    assert "–" in rows and len(pairs) > 16
    written = []
    for stream in (io.TextIOWrapper(io.BytesIO(), encoding="utf-8"), io.StringIO()):
        assert duplicate_table._utf8_buffer(stream) is isinstance(stream, io.TextIOWrapper)
        monkeypatch.setattr(duplicate_table, "_table", None)
        monkeypatch.setattr(sys, "stdout", stream)
        first, count = duplicate_table.print_pair_blocks(scan_duplicate_blocks(store), store, 3)
        stream.flush()
        assert count == len(pairs) and first == pairs[0]
        text = stream.buffer.getvalue().decode() if isinstance(stream, io.TextIOWrapper) else stream.getvalue()
        written.append(text)
    assert written[0] == written[1]
    assert written[0].split("\n", 2)[0] == expected.header() and written[0].split("\n", 2)[2] == rows
