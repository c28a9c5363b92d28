"""probe19's leftovers (probe20): an empty file name, a folder's name, a three-letter country for the gazetteer,
an empty value given to an option, a control character in a name to be written, and a read that left files.

Each failed against main's ``src`` before this branch; all are in-process runs, but for the file a read leaves."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from conftest import add_a_battle, one_error_line
from incident_tracker.errors import ValidationError
from incident_tracker.exchange.files import output_target

Run = Callable[..., Result]

DAY = "2025-11-25"


def test_an_empty_database_name_is_said_to_be_empty(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: `Error: . is a directory, not a database file.` (Click's path type made '' the current folder)."""
    monkeypatch.chdir(tmp_path)
    for command in (["list"], ["add", "--date", DAY, "--country", "TJ", "--type", "battles", "--no-input"]):
        line = one_error_line(run("--db", "", *command, expect=2))
        assert "the name is empty" in line and "is a directory" not in line
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize(
    "command",
    [["export", "-o"], ["chart", "-f", "svg", "-o"], ["backup"], ["--db"]],
    ids=["export", "chart", "backup", "db"],
)
def test_a_name_ending_in_a_slash_is_no_file(run: Run, tmp_path: Path, command: list[str]) -> None:
    """Before: `export -o out/` (no folder out) wrote a file named `out`: pathlib drops the slash."""
    add_a_battle(run)
    before = sorted(os.listdir(tmp_path))
    name = f"{tmp_path / 'out'}/"
    args = [*command, name, "list"] if command == ["--db"] else [*command, name]
    line = one_error_line(run(*args, expect=2))
    assert "ends in '/'" in line
    assert sorted(os.listdir(tmp_path)) == before


@pytest.mark.parametrize("given", ["tjk", "TJK", "Tajikistan"])
def test_gazetteer_add_reads_a_country_as_every_country_option_does(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: str
) -> None:
    """Before: `'tjk' is neither a two-letter country code nor an AF.txt/AF.zip file.`, where `--country tjk` reads."""
    monkeypatch.setenv("TRACKER_CACHE_DIR", str(tmp_path / "cache"))  # no TJ file kept: nothing is merged
    line = one_error_line(run("gazetteer", "add", given, expect=2))
    assert line.startswith("Error: No GeoNames file for TJ yet: give its path")
    assert "neither" in one_error_line(run("gazetteer", "add", "xyz", expect=2))


@pytest.mark.parametrize(
    "args",
    [
        ["list", "--since", ""],
        ["list", "--until", ""],
        ["list", "--tag", ""],
        ["list", "--search", ""],
        ["list", "--type", ""],
        ["list", "--admin1", ""],
        ["list", "--attribution", ""],
        ["list", "--near", ""],
        ["stats", "--perpetrator", ""],
        ["timeline", "--actor", ""],
        ["export", "--weapon", ""],
        ["list", "--sort", ""],
        ["export", "--sort", ""],
        ["actors", "list", "--type", ""],
        ["geocode", "Khorog", "--country", ""],
        ["geocode", "Khorog", "--admin1", ""],
        ["brief", "-o", "b.md", "--since", ""],
    ],
    ids=lambda args: " ".join(a or "''" for a in args),
)
def test_an_option_given_an_empty_value_is_refused(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    """Before: each read as the option left out (every incident listed, sorted by date, every actor), exit 0,
    where `--country ''` was refused."""
    monkeypatch.chdir(tmp_path)
    add_a_battle(run)
    result = run(*args, expect=2)
    line = one_error_line(result)
    assert any(said in line for said in ("empty value", "Unknown sort key ''", "A search needs at least one word"))
    assert result.stdout == ""
    assert not (tmp_path / "b.md").exists()


def test_an_export_sorted_by_an_unknown_key_writes_nothing(run: Run) -> None:
    """Before: the CSV's header on standard output, then `Error: Unknown sort key 'foo'.` (exit 2)."""
    add_a_battle(run)
    for layout in ("tracker", "acled"):
        result = run("export", "--sort", "foo", "--layout", layout, expect=2)
        assert "Unknown sort key 'foo'" in one_error_line(result)
        assert result.stdout == ""


def test_extract_refuses_an_empty_published_day(run: Run, tmp_path: Path) -> None:
    """Before: read as no --published: "on Monday" dated against today, said in a note."""
    article = tmp_path / "article.txt"
    article.write_text("A border guard was killed in Khorog on Monday, officials said.\n", encoding="utf-8")
    result = run("extract", str(article), "--published", "", expect=2)
    assert one_error_line(result) == "Error: --published was given an empty value: give one, or leave --published out."
    assert result.stdout == ""


@pytest.mark.parametrize(
    "command",
    [
        ["export", "-o"],
        ["chart", "-o"],
        ["map", "-o"],
        ["brief", "-o"],
        ["backup"],
        ["import", "rows.csv", "--skip-invalid", "--rejects"],
    ],
    ids=["export", "chart", "map", "brief", "backup", "rejects"],
)
@pytest.mark.parametrize("character", ["\n", "\t", "\x1b"], ids=["line break", "tab", "escape"])
def test_no_file_is_written_under_a_name_holding_a_control_character(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str], character: str
) -> None:
    """Before: `chart -o $'c\\n.png'`, `export -o`, `map -o`, `backup` and `--rejects` wrote such a file."""
    monkeypatch.chdir(tmp_path)
    add_a_battle(run)
    (tmp_path / "rows.csv").write_text("not,a,tracker,file\n1,2,3,4\n", encoding="utf-8")
    before = sorted(os.listdir(tmp_path))
    suffix = ".md" if command[0] == "brief" else ".db" if command[0] == "backup" else ".svg"
    result = run(*command, f"out{character}put{suffix}", expect=2)
    assert "holds a control character" in one_error_line(result)
    assert sorted(os.listdir(tmp_path)) == before


def test_the_library_refuses_such_a_name_and_no_database_is_made_under_one(run: Run, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="control character"):
        output_target(tmp_path / "a\nb.csv")
    line = one_error_line(run("--db", str(tmp_path / "new\u2028.db"), "add", "--date", DAY, "--country", "TJ",
                               "--type", "battles", "--no-input", expect=1))  # fmt: skip
    assert "Cannot create" in line and "control character" in line
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize(
    "command",
    [["list"], ["stats"], ["timeline"], ["export"], ["show", "1"], ["history", "1"], ["check"], ["duplicates"]],
    ids=lambda c: c[0],
)
def test_a_read_of_a_database_nobody_may_write_leaves_no_file(run: Run, db_path: Path, command: list[str]) -> None:
    """Before: a WAL database without write permission (or `chattr +i`) in a writable folder was read `mode=ro`:
    SQLite made its -wal and -shm beside it, which the read-only connection could not remove."""
    add_a_battle(run)  # the first write puts the file in WAL mode; the command's close folds the log back
    assert sorted(os.listdir(db_path.parent)) == ["incidents.db"]
    db_path.chmod(0o444)
    try:
        run(*command)
        assert sorted(os.listdir(db_path.parent)) == ["incidents.db"]
    finally:
        db_path.chmod(0o644)
