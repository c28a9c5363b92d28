"""A hostile tester on session 12's changes (probe5): what it found and what was fixed."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from incident_tracker.errors import ValidationError
from incident_tracker.exchange import export_records
from incident_tracker.store import Filters, IncidentStore


def test_the_acled_layout_refuses_deleted_incidents_it_cannot_mark(tmp_path: Path) -> None:
    """ACLED's columns have no deletion mark: a deleted incident would read as a live one, and
    an import of the file would bring it back to life. --deleted or --with-deleted with
    --layout acled is refused, in the library, before anything is written."""
    import io

    store = IncidentStore.open(tmp_path / "a.db")
    try:
        with pytest.raises(ValidationError, match="acled layout has no column"):
            export_records(store, io.StringIO(), filters=Filters(with_deleted=True), layout="acled")
        with pytest.raises(ValidationError, match="acled layout has no column"):
            export_records(store, io.StringIO(), filters=Filters(deleted=True), layout="acled")
    finally:
        store.close()


def test_export_with_deleted_in_acled_layout_is_one_line_exit_2(run: Callable[..., Result], tmp_path: Path) -> None:
    run("add", "--date", "2024-03-04", "--country", "KE", "--type", "riots")
    run("delete", "1", "--reason", "a rumour, not an event")
    out = tmp_path / "acled.csv"
    result = run("export", "--with-deleted", "--layout", "acled", "-o", str(out), expect=2)
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("Error: "), result.stderr
    assert not out.exists()


@pytest.mark.parametrize(
    ("cell", "best", "low", "high"),
    [("4-7", 4, 4, 7), ("4 - 7", 4, 4, 7), ("4–7", 4, 4, 7), (">4", 4, 4, None)],
)
def test_a_toll_cell_written_as_add_reads_it_is_imported(
    run: Callable[..., Result],
    run_json: Callable[..., Any],
    tmp_path: Path,
    cell: str,
    best: int,
    low: int,
    high: int | None,
) -> None:
    """'tracker add --killed 4-7' stores 4 (4-7); a CSV cell '4-7' was refused as 'not a whole
    number' while 'at least 4' in the same cell was read: one toll reader for both."""
    rows = tmp_path / "rows.csv"
    rows.write_text(f'event_date,country,event_type,injured\n2024-03-04,KE,riots,"{cell}"\n', encoding="utf-8")
    run("import", str(rows))
    (record,) = run_json("list", "--json")
    assert (record["injured"], record["injured_low"], record["injured_high"]) == (best, low, high)


def test_a_plain_number_cell_keeps_its_own_messages(run: Callable[..., Result], tmp_path: Path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text("event_date,country,event_type,killed\n2024-03-04,KE,riots,1.5\n", encoding="utf-8")
    assert "killed must be a whole number, got '1.5'" in run("import", str(rows), expect=2).stderr


@pytest.mark.parametrize(
    ("args", "command"),
    [
        (["add", "--killed"], "tracker add"),
        (["source", "add", "1", "--outlet"], "tracker source add"),
        (["places", "list", "--country"], "tracker places list"),
    ],
)
def test_an_option_without_its_value_names_the_help(run: Callable[..., Result], args: list[str], command: str) -> None:
    """Click raises 'requires an argument' without a context: the hint of every other usage
    error ('See … -h') was missing from it."""
    result = run(*args, expect=2)
    assert result.stderr.endswith(f"requires an argument. See '{command} -h'.\n"), result.stderr
    assert result.stderr.count("\n") == 1


def test_import_of_an_archive_with_deleted_uids_into_their_database_changes_nothing(
    run: Callable[..., Result], run_json: Callable[..., Any], tmp_path: Path
) -> None:
    run("add", "--date", "2024-03-04", "--country", "KE", "--type", "riots", "--killed", "2-3")
    run("add", "--date", "Mar 2024", "--country", "KE", "--type", "battles")
    run("delete", "2", "--reason", "entered twice")
    archive = tmp_path / "archive.csv"
    run("export", "--with-deleted", "-o", str(archive))
    assert "0 added, 0 updated, 2 unchanged" in run("import", str(archive)).stderr
    assert [r["id"] for r in run_json("list", "--deleted", "--json")] == [2]
    assert json.loads(run("export", "--with-deleted", "-f", "json").stdout)[0]["deleted_reason"] in (
        None,
        "entered twice",
    )


def _span(run_json: Callable[..., Any]) -> tuple[str, str | None, str]:
    (record,) = run_json("list", "--json")
    return record["event_date"], record["event_date_end"], record["date_precision"]


def _import_cells(run: Callable[..., Result], tmp_path: Path, uid: str, header: str, cell: str) -> None:
    rows = tmp_path / "change.csv"
    rows.write_text(f"uid,{header}\n{uid},{cell}\n", encoding="utf-8")
    run("import", str(rows))


def test_a_precision_alone_in_an_import_widens_the_start_as_edit_does(
    run: Callable[..., Result], run_json: Callable[..., Any], tmp_path: Path
) -> None:
    """A month record given the precision 'year' by a file was stored as 1 Sep to 31 Dec with
    precision year (the settled start was dropped, since the row did not name event_date);
    'tracker edit --date-precision year' stores the calendar year."""
    run("add", "--date", "Sep 2023", "--country", "KE", "--type", "riots")
    (uid,) = [r["uid"] for r in run_json("list", "--json")]
    _import_cells(run, tmp_path, uid, "date_precision", "year")
    assert _span(run_json) == ("2023-01-01", "2023-12-31", "year")
    run("edit", "1", "--date", "Sep 2023")
    run("edit", "1", "--date-precision", "year")
    assert _span(run_json) == ("2023-01-01", "2023-12-31", "year")


def test_an_end_date_alone_in_an_import_sets_the_precision_as_edit_does(
    run: Callable[..., Result], run_json: Callable[..., Any], tmp_path: Path
) -> None:
    """A week record given a new end date alone: edit makes the precision follow the span
    ('days'); the same change from a file was refused ('A week is 7 days')."""
    run("add", "--date", "2023-09-04", "--date-precision", "week", "--country", "KE", "--type", "riots")
    (uid,) = [r["uid"] for r in run_json("list", "--json")]
    _import_cells(run, tmp_path, uid, "event_date_end", "2023-09-06")
    assert _span(run_json) == ("2023-09-04", "2023-09-06", "days")


def test_export_help_says_its_own_default_order(run: Callable[..., Result]) -> None:
    """The shared --sort help said 'Default: -date (newest first)' next to export's '[default:
    date]': export writes the oldest first."""
    run("add", "--date", "2023-09-04", "--country", "KE", "--type", "riots")
    run("add", "--date", "2023-09-06", "--country", "KE", "--type", "riots")
    out = " ".join(run("export", "--help").stdout.split())
    assert "Default: date (oldest first" in out and "-date (newest first)" not in out
    assert run("export").stdout.splitlines()[1].startswith("1,")
