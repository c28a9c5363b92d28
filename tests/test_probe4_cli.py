"""Click's usage errors are one line and exit 2, as every other error (probe4, item 4); a whole
archive in one export (item 8)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["list", "--bogus"], "No such option: --bogus. See 'tracker list -h'."),
        (["--bogus"], "No such option: --bogus. See 'tracker -h'."),
        (["source", "add", "--bogus"], "No such option: --bogus. See 'tracker source add -h'."),
        (["show"], "Missing argument 'incident_id'. See 'tracker show -h'."),
        (["frobnicate"], "No such command 'frobnicate'. See 'tracker -h'."),
        (["timeline", "--by", "planet"], "Invalid value for '--by'"),
    ],
)
def test_a_usage_error_is_one_line_and_exit_2(run: Callable[..., Result], args: list[str], says: str) -> None:
    result = run(*args, expect=2)
    assert result.stdout == ""
    assert result.stderr.startswith(f"Error: {says}"), result.stderr
    assert result.stderr.count("\n") == 1, result.stderr


def test_export_with_deleted_writes_live_and_deleted_in_one_file(
    run: Callable[..., Result], run_json: Callable[..., Any], tmp_path: Path
) -> None:
    """Probe4, item 8: a whole archive, deletions included, in one export, read back whole."""
    run("add", "--date", "2023-08-01", "--country", "SO", "--type", "battles")
    run("add", "--date", "2023-08-02", "--country", "SO", "--type", "riots")
    run("delete", "2", "--reason", "entered twice")
    archive = tmp_path / "archive.json"
    run("export", "--with-deleted", "-o", str(archive))
    rows = json.loads(archive.read_text(encoding="utf-8"))
    assert sorted((r["id"], r["deleted_reason"]) for r in rows) == [(1, None), (2, "entered twice")]
    run("--db", str(tmp_path / "copy.db"), "import", str(archive))
    assert [r["id"] for r in run_json("--db", str(tmp_path / "copy.db"), "list", "--deleted", "--json")] == [2]
    assert "not both" in run("export", "--with-deleted", "--deleted", expect=2).stderr
