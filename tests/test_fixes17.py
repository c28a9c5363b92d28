"""Session 13's import/export follow-ups (fixes17): what travels between two desks, and what an
import must not do or leave unsaid. An ACLED re-import of our own export changes nothing; a
deletion in the file that is not followed here is said; history travels in JSON with
``--with-history``."""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

from typer.testing import Result

Run = Callable[..., Result]


def _desk(run: Run, db: Path) -> Callable[..., Result]:
    def at(*args: str, expect: int | None = 0) -> Result:
        return run("--db", str(db), *args, expect=expect)

    return at


def _said(result: Result) -> str:
    return result.stderr + result.stdout


def _acled_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _write_rows(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


# --- 3. an ACLED re-import of our own export is a no-op ----------------------------------------


def _lossy_incidents(desk: Callable[..., Result]) -> None:
    """Incidents whose fields ACLED's columns hold less precisely than ours."""
    # A place but no resolved location: the export's `location` cell is the place.
    desk(
        "add",
        "--no-input",
        "--date",
        "2025-03-02",
        "--place",
        "a village past the river ford",
        "--country",
        "TJ",
        "--type",
        "battles",
        "--killed",
        "1",
        "--outlet",
        "Valley Courier",
        "--headline",
        "Clash at the ford",
    )
    # A place and a location, coordinates set by hand, a source with an address and an outlet.
    desk(
        "add",
        "--no-input",
        "--date",
        "2025-03-05",
        "--place",
        "the hills above Khorog",
        "--location",
        "Khorugh",
        "--lat",
        "37.49",
        "--lon",
        "71.55",
        "--country",
        "TJ",
        "--type",
        "explosions",
        "--killed",
        "2",
        "--source",
        "https://example.org/hills",
        "--outlet",
        "Pamir Wire",
    )
    # Known to the country only: ACLED's geo_precision 3 also means a province.
    desk(
        "add",
        "--no-input",
        "--date",
        "2025-03-09",
        "--country",
        "TJ",
        "--geo-precision",
        "country",
        "--type",
        "vac",
        "--sub-type",
        "attack",
        "--killed",
        "4",
    )


def test_reimporting_an_unchanged_acled_export_changes_nothing(run: Run, tmp_path: Path) -> None:
    desk = _desk(run, tmp_path / "a.db")
    _lossy_incidents(desk)
    before = [json.loads(desk("show", str(i), "--json").stdout) for i in (1, 2, 3)]
    exported = tmp_path / "acled.csv"
    desk("export", "--layout", "acled", "-o", str(exported))
    result = desk("import", str(exported))
    assert "0 updated, 3 unchanged" in _said(result)
    after = [json.loads(desk("show", str(i), "--json").stdout) for i in (1, 2, 3)]
    assert after == before
    for i in (1, 2, 3):
        history = json.loads(desk("history", str(i), "--json").stdout)
        assert [h["action"] for h in history] in (["create"], ["create", "source"]), history


def test_a_changed_acled_cell_still_updates_its_fields(run: Run, tmp_path: Path) -> None:
    desk = _desk(run, tmp_path / "a.db")
    _lossy_incidents(desk)
    exported = tmp_path / "acled.csv"
    desk("export", "--layout", "acled", "-o", str(exported))
    rows = _acled_rows(exported)
    by_day = {row["event_date"]: row for row in rows}
    by_day["2025-03-02"]["location"] = "Rushan"
    by_day["2025-03-05"]["fatalities"] = "5"
    by_day["2025-03-09"]["source"] = "Dushanbe Daily"
    _write_rows(exported, rows)
    result = desk("import", str(exported))
    assert "0 added, 3 updated, 0 unchanged" in _said(result)
    first = json.loads(desk("show", "1", "--json").stdout)
    assert (first["place"], first["location"]) == ("Rushan", "Rushan")
    second = json.loads(desk("show", "2", "--json").stdout)
    assert second["killed"] == 5
    assert (second["place"], second["location"], second["geocoder"]) == ("the hills above Khorog", "Khorugh", "user")
    assert len(second["sources"]) == 1
    third = json.loads(desk("show", "3", "--json").stdout)
    assert [s["outlet"] for s in third["sources"]] == ["Dushanbe Daily"]
    assert third["geo_precision"] == "country"


# --- 1. a deletion the import leaves alone is said ---------------------------------------------


def _two_desks(run: Run, tmp_path: Path) -> tuple[Callable[..., Result], Callable[..., Result]]:
    a, b = _desk(run, tmp_path / "a.db"), _desk(run, tmp_path / "b.db")
    a("add", "--no-input", "--date", "2025-04-01", "--country", "TJ", "--type", "battles", "--killed", "1")
    a("add", "--no-input", "--date", "2025-04-03", "--country", "TJ", "--type", "protests")
    handover = tmp_path / "first.json"
    a("export", "-o", str(handover))
    b("import", str(handover))
    return a, b


def test_a_deletion_in_the_file_left_alone_here_is_said(run: Run, tmp_path: Path) -> None:
    a, b = _two_desks(run, tmp_path)
    a("delete", "2", "--reason", "a rally, not a clash: out of scope")
    archive = tmp_path / "archive.json"
    a("export", "--with-deleted", "-o", str(archive))
    result = b("import", str(archive))
    said = _said(result)
    assert "0 added, 0 updated, 2 unchanged" in said
    assert "1 incident deleted in the file is live here: left alone ('tracker delete ID' to follow): 2." in said
    assert json.loads(b("show", "2", "--json").stdout)["deleted_at"] is None
    summary = json.loads(b("import", str(archive), "--json").stdout)
    assert summary["deleted_in_file_live_here"] == [2]


def test_a_deletion_here_the_file_does_not_know_is_said(run: Run, tmp_path: Path) -> None:
    a, b = _two_desks(run, tmp_path)
    b("delete", "1", "--reason", "counted twice")
    again = tmp_path / "again.csv"
    a("export", "-o", str(again))
    said = _said(b("import", str(again)))
    assert "1 incident live in the file is deleted here: left alone ('tracker restore ID' to follow): 1." in said
    assert json.loads(b("show", "1", "--json").stdout)["deleted_at"] is not None


def test_a_file_without_deletion_marks_says_nothing_about_them(run: Run, tmp_path: Path) -> None:
    a, b = _two_desks(run, tmp_path)
    b("delete", "1", "--reason", "counted twice")
    acled = tmp_path / "acled.csv"
    a("export", "--layout", "acled", "-o", str(acled))
    said = _said(b("import", str(acled)))
    assert "left alone" not in said


# --- 2. history travels in JSON with --with-history --------------------------------------------


def _a_day_earlier(db: Path) -> None:
    """Desk A's history a day earlier, as a colleague's would be: rows are matched on their time,
    and B's own rows of the import are written in the same second as A's in a fast test."""
    with sqlite3.connect(db) as conn:
        conn.execute(
            "UPDATE history SET changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', changed_at, '-1 day') "
            "WHERE changed_at > strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-1 hour')"
        )
    conn.close()


def _history(desk: Callable[..., Result], incident: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    rows = json.loads(desk("history", incident, "--json").stdout)
    return [(h["changed_at"], h["action"], h["field"], h["old_value"], h["new_value"]) for h in rows]


def test_history_travels_to_an_empty_desk_and_is_not_added_twice(run: Run, tmp_path: Path) -> None:
    a, b = _desk(run, tmp_path / "a.db"), _desk(run, tmp_path / "b.db")
    a("add", "--no-input", "--date", "2025-05-10", "--country", "TJ", "--type", "battles", "--killed", "2")
    a("edit", "1", "--killed", "3", "--reason", "the district office gave a third name")
    a("add", "--no-input", "--date", "2025-05-12", "--country", "TJ", "--type", "protests")
    a("delete", "2", "--reason", "a rally, not a clash")
    _a_day_earlier(tmp_path / "a.db")
    for name in ("archive.json", "archive.jsonl"):
        archive = tmp_path / name
        a("export", "--with-deleted", "--with-history", "-o", str(archive))
        b("import", str(archive))
        assert "0 history rows" not in _said(b("import", str(archive)))
    theirs, ours = _history(a, "1"), _history(b, "1")
    assert all(row in ours for row in theirs)
    assert len(ours) == len(theirs)  # the file's "create" stands for b's own of its import
    reasons = [h["reason"] for h in json.loads(b("history", "1", "--json").stdout)]
    assert "the district office gave a third name" in reasons
    assert all(row in _history(b, "2") for row in _history(a, "2"))


def test_a_second_import_of_history_adds_only_the_new_rows(run: Run, tmp_path: Path) -> None:
    a, b = _desk(run, tmp_path / "a.db"), _desk(run, tmp_path / "b.db")
    a("add", "--no-input", "--date", "2025-05-10", "--country", "TJ", "--type", "battles", "--killed", "2")
    archive = tmp_path / "archive.jsonl"
    _a_day_earlier(tmp_path / "a.db")
    a("export", "--with-history", "-o", str(archive))
    assert "1 history rows added" in _said(b("import", str(archive)))
    a("edit", "1", "--killed", "3", "--reason", "a later count")
    _a_day_earlier(tmp_path / "a.db")
    a("export", "--with-history", "-o", str(archive), "--force")
    assert "1 updated, 0 unchanged, 0 rejected, 1 history rows added" in _said(b("import", str(archive)))
    summary = json.loads(b("import", str(archive), "--json").stdout)
    assert (summary["unchanged"], summary["history_added"]) == (1, 0)


def test_a_deletion_left_alone_does_not_bring_its_history_row(run: Run, tmp_path: Path) -> None:
    a, b = _two_desks(run, tmp_path)
    a("delete", "2", "--reason", "out of scope")
    archive = tmp_path / "archive.json"
    a("export", "--with-deleted", "--with-history", "-o", str(archive))
    b("import", str(archive))
    assert "delete" not in [row[1] for row in _history(b, "2")]


def test_with_history_is_refused_where_the_format_cannot_carry_it(run: Run, tmp_path: Path) -> None:
    a = _desk(run, tmp_path / "a.db")
    a("add", "--no-input", "--date", "2025-05-10", "--country", "TJ", "--type", "battles")
    for args in (
        ["-o", str(tmp_path / "h.csv")],
        ["--layout", "acled"],
        ["-f", "geojson", "--null-geometry"],
    ):
        result = a("export", "--with-history", *args, expect=2)
        error = result.stderr.strip()
        assert error.count("\n") == 0 and "--with-history writes JSON or JSON lines only" in error
    assert not (tmp_path / "h.csv").exists()


def test_an_imported_history_row_is_checked(run: Run, tmp_path: Path) -> None:
    b = _desk(run, tmp_path / "b.db")
    bad = tmp_path / "bad.jsonl"
    record = {"uid": "desk-a-1", "event_date": "2025-05-10", "country": "TJ", "event_type": "Battles"}
    bad.write_text(json.dumps({**record, "history": [{"action": "update", "changed_at": "yesterday"}]}) + "\n")
    result = b("import", str(bad), expect=2)
    assert "column history" in result.stderr and "changed_at" in result.stderr
    assert not (tmp_path / "b.db").exists()
