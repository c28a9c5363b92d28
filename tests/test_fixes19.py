"""Session 14's leftovers (fixes19): history carried by an import arrives once and in time order,
an export → import → export gives the same history, and a NUL character in any text of a row is
refused as any bad cell is."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from incident_tracker.exchange.readers import RawRow

Run = Callable[..., Result]


def _desk(run: Run, db: Path) -> Callable[..., Result]:
    def at(*args: str, expect: int | None = 0) -> Result:
        return run("--db", str(db), *args, expect=expect)

    return at


def _exported_history(desk: Callable[..., Result], path: Path) -> list[list[dict[str, str | None]]]:
    desk("export", "--with-deleted", "--with-history", "-o", str(path), "--force")
    return [record["history"] for record in json.loads(path.read_text(encoding="utf-8"))]


def _set_stamps(db: Path, stamp: str) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE history SET changed_at = ?", [stamp])
        conn.execute("UPDATE incidents SET created_at = ?, updated_at = ?", [stamp, stamp])
    conn.close()


def test_a_round_trip_gives_the_same_history_once(run: Run, tmp_path: Path) -> None:
    a, b = _desk(run, tmp_path / "a.db"), _desk(run, tmp_path / "b.db")
    a("add", "--no-input", "--date", "2025-06-01", "--country", "TJ", "--type", "battles", "--killed", "1")
    # The same change twice in one second (1 → 2, back, and 1 → 2 again): two rows, not one.
    for killed in ("2", "1", "2"):
        a("edit", "1", "--killed", killed)
    a("delete", "1", "--reason", "counted twice")
    a("restore", "1")
    _set_stamps(tmp_path / "a.db", "2025-06-02T08:00:00Z")
    theirs = _exported_history(a, tmp_path / "a.json")
    b("import", str(tmp_path / "a.json"))
    assert _exported_history(b, tmp_path / "b.json") == theirs
    assert json.loads(b("import", str(tmp_path / "a.json"), "--json").stdout)["history_added"] == 0
    assert _exported_history(b, tmp_path / "b.json") == theirs


def test_an_imported_change_is_not_told_twice(run: Run, tmp_path: Path) -> None:
    a, b = _desk(run, tmp_path / "a.db"), _desk(run, tmp_path / "b.db")
    a("add", "--no-input", "--date", "2025-06-01", "--country", "TJ", "--type", "battles", "--killed", "1")
    _set_stamps(tmp_path / "a.db", "2025-06-02T08:00:00Z")
    a("export", "--with-history", "-o", str(tmp_path / "first.json"))
    b("import", str(tmp_path / "first.json"))
    a("edit", "1", "--killed", "4", "--reason", "the hospital's count")
    a("source", "add", "1", "https://news.example.org/ford-clash")
    theirs = _exported_history(a, tmp_path / "a.json")
    b("import", str(tmp_path / "a.json"))
    assert _exported_history(b, tmp_path / "b.json") == theirs


def test_imported_rows_take_their_place_in_time(run: Run, tmp_path: Path) -> None:
    a, b = _desk(run, tmp_path / "a.db"), _desk(run, tmp_path / "b.db")
    a("add", "--no-input", "--date", "2025-06-01", "--country", "TJ", "--type", "battles", "--killed", "1")
    _set_stamps(tmp_path / "a.db", "2025-06-02T08:00:00Z")
    a("export", "--with-history", "-o", str(tmp_path / "first.json"))
    b("import", str(tmp_path / "first.json"))
    # A source added at desk A before desk B's own source arrives at B after it.
    a("source", "add", "1", "https://news.example.org/ford-clash")
    with sqlite3.connect(tmp_path / "a.db") as conn:
        conn.execute("UPDATE history SET changed_at = '2025-06-03T08:00:00Z' WHERE action = 'source'")
    conn.close()
    b("source", "add", "1", "https://news.example.org/desk-b-report")
    a("export", "--with-history", "-o", str(tmp_path / "second.json"))
    b("import", str(tmp_path / "second.json"))
    stamps = [row["changed_at"] for row in json.loads(b("history", "1", "--json").stdout)]
    assert stamps == sorted(stamps) and len(stamps) == 3


def test_a_nul_character_in_any_text_is_refused_in_one_line(run: Run, tmp_path: Path) -> None:
    a, b = _desk(run, tmp_path / "a.db"), _desk(run, tmp_path / "b.db")
    a("add", "--no-input", "--date", "2025-06-01", "--country", "TJ", "--type", "battles", "--place", "a ford")
    a("export", "--with-history", "-o", str(tmp_path / "a.json"))
    a("export", "-o", str(tmp_path / "a.csv"))
    record = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))[0]
    cases = {
        "description": {**record, "description": "two\x00posts"},
        "sources": {**record, "sources": [{"url": "https://news.example.org/x", "outlet": "Daily\x00"}]},
        "history": {**record, "history": [{**record["history"][0], "reason": "typed\x00"}]},
    }
    for column, bad in cases.items():
        path = tmp_path / f"{column}.json"
        path.write_text(json.dumps([bad]), encoding="utf-8")
        error = b("import", str(path), expect=2).stderr.strip()
        assert "\n" not in error and f"column {column}: holds a NUL character" in error
    with (tmp_path / "a.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    rows[1][rows[0].index("place")] = "a\x00ford"
    with (tmp_path / "bad.csv").open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    error = b("import", str(tmp_path / "bad.csv"), expect=2).stderr.strip()
    assert "\n" not in error and "line 2, column place: holds a NUL character" in error
    assert not (tmp_path / "b.db").exists()


# --- 2. an ACLED row's date is parsed once -------------------------------------------------------


def test_an_acled_row_parses_its_date_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from incident_tracker.exchange import acled

    calls: list[str] = []
    real = acled.parse_date

    def counted(text: str) -> Any:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(acled, "parse_date", counted)
    handle = io.StringIO(
        "event_id_cnty,event_date,time_precision,event_type,country\r\nTJK9001,2025-06-04,2,Battles,Tajikistan\r\n"
    )
    (row,) = acled.read_acled(handle)
    assert calls == ["2025-06-04"]
    assert isinstance(row, RawRow) and row.coded_date == ("2025-06-04", "2")
    assert (row.values["event_date"], row.values["event_date_end"]) == ("2025-06-01", "2025-06-07")


# --- 3. "the first N ids" written once -------------------------------------------------------------


def test_the_first_ids_of_a_message_are_listed_one_way() -> None:
    from incident_tracker.store.listing import first_ids
    from incident_tracker.store.maintenance import SHOWN_IDS, _ids
    from incident_tracker.store.outside_country import far_outside_note

    assert first_ids([4, 7], 2) == "4, 7"
    assert first_ids([4, 7, 9], 2) == "4, 7, …"
    many = list(range(1, SHOWN_IDS + 3))
    assert _ids(many) == first_ids(many, SHOWN_IDS)
    assert f"(lines {first_ids(list(range(2, 14)), 10)})" in far_outside_note(list(range(2, 14)))


# --- 6. the import's summary counts are the library's --------------------------------------------


def test_the_import_summary_says_its_counts_itself() -> None:
    from incident_tracker.exchange.import_rows import ImportSummary

    summary = ImportSummary(added=2, rejected=1, history_added=3)
    assert summary.counts() == ["2 added", "0 updated", "0 unchanged", "1 rejected", "3 history rows added"]
    assert ImportSummary(links_unresolved=1).counts()[4:] == ["0 links added", "1 links to unknown uids skipped"]
