"""Session 23's hostile probe (probe16), its second half: the data's edges at scale and in odd shapes. A list
at 20 columns, a line break pasted inside a name, a day or a toll beyond what a record may hold written by
another program. Each test failed before its fix (run against the code before it); docs/reliability.md has
the table of what was tried, at 50,000 incidents too. The leftovers of probe15 are tests/test_probe16_leftovers.py."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.cells import cell_len
from typer.testing import Result

from test_probe14 import _by_hand

Run = Callable[..., Result]
COMMON = ("--country", "TJ", "--type", "battles", "--no-input")


def _three(run: Run) -> None:
    run("add", "--date", "2025-11-24", "--place", "Khorog", "--killed", "3", *COMMON)
    run("add", "--date", "2025-11-26", "--place", "Ishkashim border crossing", "--killed", "1", *COMMON)
    run("add", "--date", "2025-12-01", *COMMON)


@pytest.mark.parametrize("columns", [20, 24, 30])
def test_a_list_too_narrow_for_its_columns_keeps_id_date_and_place(
    columns: int, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: at 20 columns the table went to Rich's own layout, which made ID, Date and Place nothing wide:
    `Coun  Ki  Inju` and a `TJ  ?  ?` per row, no incident to be found, and nothing said on stderr, where the
    page promises that ID, Date and Place always stay. Now the five others give way whole, and are named, and
    what is left folds its words over more lines: every id is there."""
    _three(run)
    monkeypatch.setenv("COLUMNS", str(columns))
    result = run("list")
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["ID", "Date", "Place"]
    assert all(cell_len(line) <= columns for line in lines)
    assert [line.split()[0] for line in lines[2:] if line[:4].strip().isdigit()] == ["3", "2", "1"]
    assert (
        f"Left out at {columns} columns: Country, Type, Killed, Injured, Attribution ('tracker show ID' and --json"
        in result.stderr
    )


def test_a_line_break_inside_a_name_is_stored_as_a_space(run: Run, tmp_path: Path) -> None:
    """Before: a place, a perpetrator or an outlet copied across two lines kept its line break: the list's row
    became two lines (the second read as another row's place), and `Khorog\\nnorth` was another place than
    `Khorog north` to every filter and count. Now a line break in a name is a space, as a tab was already; a
    description keeps its lines; the CSV carries them both back byte for byte."""
    run(
        "add",
        "--date",
        "2025-11-24",
        "--place",
        "Khorog\nnorth",
        "--perpetrator",
        "Jamaat\r\nAnsarullah",
        "--outlet",
        "Tolo\nNews",
        "--description",
        "first line\nsecond line",
        *COMMON,
    )
    (record,) = json.loads(run("list", "--json").stdout)
    assert (record["place"], record["perpetrator"]) == ("Khorog north", "Jamaat Ansarullah")
    assert record["description"] == "first line\nsecond line"
    assert json.loads(run("show", "1", "--json").stdout)["sources"][0]["outlet"] == "Tolo News"
    assert len(json.loads(run("list", "--json", "-s", "Khorog north").stdout)) == 1
    exported = tmp_path / "out.csv"
    run("export", "-o", str(exported))
    run("--db", str(tmp_path / "other.db"), "import", str(exported))
    again = tmp_path / "again.csv"
    run("--db", str(tmp_path / "other.db"), "export", "-o", str(again))
    assert again.read_bytes() == exported.read_bytes()


def test_a_line_break_another_program_left_in_a_place_is_shown_as_an_escape_in_the_list(
    run: Run, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A record written before (or by another program) keeps its line break: the list shows it as `\\n` in the
    place's cell, and `check` names the record among those written before names were tidied."""
    _three(run)
    _by_hand(db_path, "UPDATE incidents SET place = 'Khorog' || char(10) || 'north', location = NULL WHERE id = 1")
    monkeypatch.setenv("COLUMNS", "120")
    lines = run("list").stdout.splitlines()
    (row,) = [line for line in lines if line.strip().startswith("1 ")]
    assert "Khorog\\nnorth" in row
    assert not any(line.strip().startswith("north") for line in lines)
    assert "hold text as written before names were tidied" in run("check").stdout


@pytest.mark.parametrize(
    "stored",
    [
        "event_date = '0001-01-01'",
        "event_date = '9999-12-31'",
        "event_date = '1899-12-31'",
        "event_date_end = '9999-12-31', date_precision = 'range'",
        "killed = 4611686018427387904",
        "killed = 1000001",
    ],
)
def test_a_day_or_a_toll_beyond_what_a_record_may_hold_is_read_as_unknown(stored: str, run: Run, db_path: Path) -> None:
    """Before: `add` and `import` refuse a day outside 1900-2100 and a toll above 1,000,000, but one another
    program wrote was read as it stood: `list` and `stats` gave `0001-01-01` as the first date and the timeline a
    period "Jan 1" (of the year 1), and `list` showed 4611686018427387904 killed where `stats` counted that toll
    as unknown; `check` said nothing. Now each reader reads it as unknown with the Note, as any value no version
    of tracker writes, and `check` names it."""
    _three(run)
    _by_hand(db_path, f"UPDATE incidents SET {stored} WHERE id = 1")
    listed = run("list", "--json")
    (first,) = [record for record in json.loads(listed.stdout) if record["id"] == 1]
    field = "killed" if stored.startswith("killed") else "event_date"
    assert first[field] is None
    assert "Note: incident 1 (" in listed.stderr
    stats = json.loads(run("stats", "--json").stdout)
    assert stats["first"]["event_date"] >= "1900"
    assert "Jan 1 " not in run("timeline").stdout
    assert "PROBLEM  values: incident 1 holds what no version of tracker writes" in run("check", expect=1).stdout


@pytest.mark.parametrize("columns", [26, 30, 50, 120])
def test_a_timeline_too_narrow_for_its_figures_leaves_columns_out_whole_and_says_which(
    columns: int, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: below about 60 columns the period lines were cut at the edge with an ellipsis (`Killed  …`,
    `Injured  N…`): the attribution mix, the count without a toll, then the tolls lost, and nothing said. Now the
    figure columns give way whole, the least read first, header and lines alike, and stderr says which."""
    _three(run)
    monkeypatch.setenv("COLUMNS", str(columns))
    result = run("timeline")
    lines = result.stdout.splitlines()
    header = next(line for line in lines if line.startswith("Period"))
    period = lines[lines.index(header) + 2]
    assert "…" not in period and cell_len(period) <= columns
    said = [line for line in result.stderr.splitlines() if line.startswith("Left out")]
    if columns >= 60:
        assert not said and header.split()[-1] == "Attribution" and period.split()[-1] == "U1"
        return
    (line,) = said
    assert line.startswith(f"Left out at {columns} columns: ") and line.endswith(" (--json gives every figure).")
    left_out = line.split(": ", 1)[1].split(" (")[0].split(", ")
    assert left_out[-1] == "Attribution" and all(name not in header for name in left_out)
    kept = [name for name in ("Killed", "Injured", "No toll") if name not in left_out]
    assert all(name in header for name in kept)


def test_a_command_that_fails_after_reading_an_unknown_value_says_the_note_before_its_error(
    run: Run, db_path: Path
) -> None:
    """Found by the suite once a day of the year 1 was read as unknown: the Note came after the error line, where
    every failed command's last line is its `Error:` (a script reads that line)."""
    _three(run)
    _by_hand(db_path, "UPDATE incidents SET event_date = '0001-01-01' WHERE id = 1")
    result = run("timeline", "--until", "2100-12-31", "--group", "day", expect=2)
    lines = result.stderr.splitlines()
    assert lines[-1].startswith("Error: --group:")
    assert [line for line in lines if line.startswith("Note: incident 1 (")] == [lines[-2]]
