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
def test_an_export_with_history_reads_one_snapshot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
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
