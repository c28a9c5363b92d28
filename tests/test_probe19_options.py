"""Options given nonsense (probe19): a NaN distance or score, an empty country filter, an empty gazetteer source.
Each was taken in silence or ended in an "Unexpected" error before; now one line, exit 2, nothing written."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from incident_tracker.errors import ValidationError
from incident_tracker.store import IncidentStore
from incident_tracker.store.duplicates import scan_duplicate_pairs

Run = Callable[..., Result]


def _one_error_line(result: Result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert "Unexpected" not in lines[0]
    return lines[0]


def _two_alike(run: Run) -> None:
    for _ in range(2):
        run("add", "--date", "2025-11-24", "--country", "TJ", "--type", "battles", "--killed", "3")


@pytest.mark.parametrize(
    ("option", "said"),
    [
        (["--km", "nan"], "--km must be a number of kilometres, not nan."),  # Unexpected ValueError before
        (["--km", "inf"], "--km must be a number of kilometres, not inf."),
        (["--min-score", "nan"], "--min-score must be a number from 0 to 1, not nan."),  # "No likely duplicates."
    ],
    ids=["km nan", "km inf", "min-score nan"],
)
def test_duplicates_refuses_a_distance_or_score_that_is_no_number(run: Run, option: list[str], said: str) -> None:
    _two_alike(run)
    assert "1 likely duplicate pair" in run("duplicates").stderr
    for json_flag in ([], ["--json"]):
        result = run("duplicates", *option, *json_flag, expect=2)
        assert _one_error_line(result) == f"Error: {said}"
        assert result.stdout == ""


@pytest.mark.parametrize("arguments", [{"km": math.nan}, {"km": "50"}, {"min_score": math.nan}, {"km": -1.0}])
def test_the_library_refuses_them_in_its_own_words(db_path: Path, arguments: dict[str, object]) -> None:
    with IncidentStore.open(db_path) as store, pytest.raises(ValidationError, match="must be a number"):
        list(scan_duplicate_pairs(store, **arguments))  # type: ignore[arg-type]


@pytest.mark.parametrize("command", [["places", "list"], ["actors", "list"]])
def test_an_empty_country_filter_is_refused_as_list_refuses_it(run: Run, command: list[str]) -> None:
    """Before: `--country ""` (a script's unset variable) was no filter: every place or actor, where `list`,
    `stats` and `timeline` refuse it."""
    run("places", "add", "Post", "--lat", "37.6", "--lon", "71.4", "--country", "TJ", "--admin1", "GBAO")
    result = run(*command, "--country", "", expect=2)
    assert _one_error_line(result) == (
        "Error: Unknown country ''. Give an ISO code (TJ, AF) or an English name (Tajikistan)."
    )
    assert result.stdout == ""


@pytest.mark.parametrize("source", ["", " "])
def test_gazetteer_add_of_an_empty_name_says_what_is_wanted(run: Run, source: str) -> None:
    """Before: `Error:  is a folder: …` (the empty name read as the current folder)."""
    line = _one_error_line(run("gazetteer", "add", source, expect=2))
    assert line == "Error: Give a country code (AF) or a GeoNames country file (AF.txt or AF.zip), not an empty name."


@pytest.mark.parametrize("under", [False, True], ids=["the file", "a folder under it"])
def test_a_cache_folder_that_is_a_file_is_said_before_any_build(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, under: bool
) -> None:
    """Before: "Building the offline gazetteer from GeoNames data (once, about 15 seconds)…", then
    `Cannot build the offline gazetteer in notes.txt (File exists)`: two lines, the first promising work."""
    file = tmp_path / "notes.txt"
    file.write_text("not a folder")
    cache = file / "sub" if under else file
    monkeypatch.setenv("TRACKER_CACHE_DIR", str(cache))
    for command in (["geocode", "Khorog"], ["add", "--date", "2025-11-24", "--type", "battles", "--place", "Khorog"]):
        line = _one_error_line(run(*command, expect=1))
        assert line == (
            f"Error: Cannot build the offline gazetteer in {cache}: {file} is a file, not a folder. "
            "Point TRACKER_CACHE_DIR at a folder."
        )
    assert file.read_text() == "not a folder"
    assert not (tmp_path / "incidents.db").exists()


def test_gazetteer_build_into_a_cache_folder_that_is_a_file(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: "Building the offline gazetteer …" and then `Cannot read or write notes.txt: File exists.`"""
    file = tmp_path / "notes.txt"
    file.write_text("not a folder")
    monkeypatch.setenv("TRACKER_CACHE_DIR", str(file))
    line = _one_error_line(run("gazetteer", "build", expect=1))
    assert line.endswith(f"{file} is a file, not a folder. Point TRACKER_CACHE_DIR at a folder.")
    assert file.read_text() == "not a folder"
