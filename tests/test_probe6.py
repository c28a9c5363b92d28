"""Session 13's hostile probe (probe6) of what changed: ``export --with-history`` and the import of
its history rows."""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from incident_tracker.exchange.export import export_records
from incident_tracker.store import IncidentStore

Run = Callable[..., Result]


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_an_export_with_history_reads_one_snapshot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    """Each record's history is its own query: a write that lands between two of them (from
    another connection) shows in neither the records nor the histories read after it."""
    db = tmp_path / "desk.db"
    store = IncidentStore.open(db)
    for day in ("2025-11-01", "2025-11-02"):
        store.add({"event_date": day, "event_type": "Battles", "country": "TJ"})
    read = IncidentStore.history_rows
    calls: list[int] = []

    def with_a_write_between(self: IncidentStore, incident_id: int) -> list[dict[str, object]]:
        calls.append(incident_id)
        if len(calls) == 1:  # a colleague's edit of both incidents, after the first history was asked for
            other = sqlite3.connect(db, timeout=1)
            other.execute("UPDATE incidents SET killed = 7")
            other.execute(
                "INSERT INTO history (incident_id, changed_at, action, field, old_value, new_value) "
                "SELECT id, '2025-12-01T00:00:00Z', 'update', 'killed', NULL, '7' FROM incidents"
            )
            other.commit()
            other.close()
        return read(self, incident_id)

    monkeypatch.setattr(IncidentStore, "history_rows", with_a_write_between)
    out = io.StringIO()
    export_records(store, out, fmt=fmt, with_history=True)
    text = out.getvalue()
    records = json.loads(text) if fmt == "json" else [json.loads(line) for line in text.splitlines()]
    assert len(calls) == 2
    assert [r["killed"] for r in records] == [None, None]
    assert [[h["action"] for h in r["history"]] for r in records] == [["create"], ["create"]]


def _exported(run: Run, tmp_path: Path) -> tuple[Path, list[dict[str, object]]]:
    """A desk with one live incident, and its export with history."""
    db, out = tmp_path / "desk.db", tmp_path / "desk.json"
    run("--db", str(db), "add", "--date", "2025-11-24", "--country", "TJ", "--type", "battles", "--no-input")
    run("--db", str(db), "export", "--with-history", "-o", str(out))
    return db, json.loads(out.read_text(encoding="utf-8"))


def _history_of(db: Path) -> list[tuple[str, ...]]:
    with sqlite3.connect(db) as conn:
        return list(conn.execute("SELECT changed_at, action, coalesce(reason, '') FROM history ORDER BY id"))


def test_an_imported_history_row_names_an_action_a_history_holds(run: Run, tmp_path: Path) -> None:
    db, records = _exported(run, tmp_path)
    records[0]["history"].append(  # type: ignore[union-attr]
        {"changed_at": "2025-12-01T00:00:00Z", "action": "purge", "reason": "made up"}
    )
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(records), encoding="utf-8")
    before = _history_of(db)
    result = run("--db", str(db), "import", str(forged), expect=2)
    assert "history row 2: action must be one of create, update, delete" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert _history_of(db) == before


@pytest.mark.parametrize(("deleted", "action"), [(False, "delete"), (True, "restore")])
def test_a_history_that_contradicts_its_record_is_refused(run: Run, tmp_path: Path, deleted: bool, action: str) -> None:
    """A live record whose history ends deleted (or a deleted one whose history ends restored): the
    import would make the history say what the incident is not."""
    _, records = _exported(run, tmp_path)
    if deleted:
        records[0]["deleted_at"] = "2025-12-02T00:00:00Z"
    records[0]["history"].append(  # type: ignore[union-attr]
        {"changed_at": "2025-12-01T00:00:00Z", "action": action, "reason": "hand-edited"}
    )
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(records), encoding="utf-8")
    other = tmp_path / "other.db"
    result = run("--db", str(other), "import", str(forged), expect=2)
    assert f"history row 2 is the last {action}, but the record is" in result.stderr
    assert "the file contradicts itself" in result.stderr
    assert not other.exists() or _history_of(other) == []


def test_a_deleted_then_restored_incident_travels_with_its_history(run: Run, tmp_path: Path) -> None:
    db, out, other = tmp_path / "desk.db", tmp_path / "all.jsonl", tmp_path / "other.db"
    for day in ("2025-11-24", "2025-11-25"):
        run("--db", str(db), "add", "--date", day, "--country", "TJ", "--type", "battles", "--no-input")
    run("--db", str(db), "delete", "1", "--reason", "a duplicate\nof 2 — ünïcode")
    run("--db", str(db), "restore", "1", "--reason", "not a duplicate after all")
    run("--db", str(db), "delete", "2", "--reason", "wrong country")
    run("--db", str(db), "export", "--with-deleted", "--with-history", "-o", str(out))
    result = run("--db", str(other), "import", str(out))
    assert "5 history rows added" in result.stderr
    theirs = [row for row in _history_of(other) if not row[2].startswith("import of")]
    assert sorted(theirs) == sorted(_history_of(db))


def test_a_files_create_row_of_the_imports_own_second_is_kept(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Export and import in one second (a script copying a desk): the file's ``create`` row (and
    the reason it carries) is kept, and stands for the import's own, so the incident has one start
    (fixes19: an export → import → export gives the same history)."""
    import incident_tracker.store.incidents as incidents

    _, records = _exported(run, tmp_path)
    records[0]["history"] = [{"changed_at": "2025-12-01T09:00:00Z", "action": "create", "reason": "from the field"}]
    monkeypatch.setattr(incidents, "utc_now", lambda: "2025-12-01T09:00:00Z")
    copy, other = tmp_path / "copy.json", tmp_path / "other.db"
    copy.write_text(json.dumps(records), encoding="utf-8")
    assert "1 history rows added" in run("--db", str(other), "import", str(copy)).stderr
    assert _history_of(other) == [("2025-12-01T09:00:00Z", "create", "from the field")]
    again = run("--db", str(other), "import", str(copy))
    assert "history rows added" not in again.stderr


@pytest.mark.parametrize(("output", "where"), [((), "standard output"), (("-o", "archive"), "archive")])
def test_with_history_and_no_format_says_csv_is_the_default(
    run: Run, tmp_path: Path, output: tuple[str, ...], where: str
) -> None:
    """No -f and a name that says no JSON: CSV by default, which the user did not ask for."""
    db = tmp_path / "desk.db"
    args = [a if a != "archive" else str(tmp_path / a) for a in output]
    result = run("--db", str(db), "export", "--with-history", *args, expect=2)
    assert result.stdout == "" and len(result.stderr.strip().splitlines()) == 1
    assert f"{where} gets CSV by default: give -f json or -f jsonl" in result.stderr
    assert not db.exists() and not (tmp_path / "archive").exists()
