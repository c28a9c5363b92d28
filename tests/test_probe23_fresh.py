"""What probe18-22 did not reach (probe23): each failed against main's ``src`` before this branch
(docs/reliability.md, the seventh pass)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from conftest import add_a_battle, one_error_line

Run = Callable[..., Result]


@pytest.mark.parametrize("command", [["show", "1"], ["list"], ["stats"], ["timeline"]])
def test_columns_zero_is_read_as_unset(run: Run, monkeypatch: pytest.MonkeyPatch, command: list[str]) -> None:
    """``COLUMNS=0`` (set by some CI runners, and by ``docker exec`` without a terminal): Python reads it as unset,
    Rich took it for a width of 0, and these commands printed nothing at all, exit 0. Now 80 columns (no terminal)."""
    add_a_battle(run)
    monkeypatch.setenv("COLUMNS", "0")
    shown = run(*command).stdout
    assert "2025-11-24" in shown or "Tajikistan" in shown, shown
    assert max(len(line) for line in shown.splitlines()) <= 80


def test_a_gap_past_the_records_calendar_is_refused_at_once(run: Run, db_path: Path) -> None:
    """`duplicates --days 99999999` scored each gap up to the one given before looking at a pair: of 8 incidents,
    1,000,000 days took 23 s and 575 MB, 99,999,999 filled the memory. A record's dates lie between 1900 and 2100,
    so no gap passes 73,413 days: a larger one is refused in one line, in the CLI (with and without `--json`) and the
    library."""
    from incident_tracker.errors import ValidationError
    from incident_tracker.store import IncidentStore
    from incident_tracker.store.duplicates import scan_duplicate_pairs

    add_a_battle(run)
    said = "Error: The gap must be a whole number of days from 0 to 73,413 (a record's dates lie between 1900 and 2100)"
    for args in (["duplicates", "--days", "73414", "--json"], ["duplicates", "--days", "99999999"]):
        assert one_error_line(run(*args, expect=2)).startswith(said)
    store = IncidentStore.open(db_path)
    try:
        with pytest.raises(ValidationError):
            list(scan_duplicate_pairs(store, days=10**8))
    finally:
        store.close()


@pytest.mark.parametrize("command", ["chart", "brief"])
def test_a_file_in_place_stands_when_standard_output_is_full(
    run: Run, db_path: Path, tmp_path: Path, command: str
) -> None:
    """`chart -o`, `map -o` and `brief -o` print the file's name on standard output once it is written. Into a full
    disk (`> /dev/full`) that ended `Error: Cannot read or write the output … Nothing more was written.` (1), the
    file written; `export -o` had said its warning and 0 since probe21. Now the same: exit 0, the file in place, a
    warning (`map` is mended as `chart` is; its test would add 2 s of drawing)."""
    add_a_battle(run)
    target = tmp_path / {"chart": "c.svg", "brief": "b.md"}[command]
    env = {**os.environ, "TRACKER_DB": str(db_path)}
    with open(os.devnull if not Path("/dev/full").exists() else "/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "incident_tracker", command, "-o", str(target)],
            stdout=full, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True, env=env, timeout=120,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert target.stat().st_size > 0
    assert "Error" not in done.stderr
    assert "Warning: Cannot write the output: No space left on device." in done.stderr
