"""A COMMIT that SQLite refuses ends the write: nothing of it is kept, and the store's next write is a write of its own.

Found by the lead at the session's end, after probe16's note that two stores of one thread on a rollback-journal file
still wait the whole timeout at COMMIT: the refused COMMIT left the transaction open, so the next ``add`` ran as a
savepoint inside it, reported success and counted its incident, and closing the store rolled both away (0 incidents
on the file). Real files in a temporary folder, the library as a user of ``import incident_tracker`` calls it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from incident_tracker.errors import StorageError
from incident_tracker.store import IncidentStore

RECORD = {"event_date": "2025-11-24", "event_type": "Battles", "country": "TJ"}


def _rollback_journal_file(path: Path) -> None:
    """A tracker file another program has put back in rollback-journal mode (as older SQLite tools do)."""
    IncidentStore.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


def test_a_refused_commit_keeps_nothing_and_the_next_write_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRACKER_BUSY_TIMEOUT", "0.2")
    db = tmp_path / "journal.db"
    _rollback_journal_file(db)
    reader, writer = IncidentStore.open(db), IncidentStore.open(db)
    reading = reader.conn.execute("SELECT name FROM sqlite_master")
    reading.fetchone()  # an open statement keeps the reader's shared lock: the writer's COMMIT cannot take the file
    with pytest.raises(StorageError) as refused:
        writer.add(dict(RECORD), locate=False)
    assert "Nothing was changed" in str(refused.value)
    assert not writer.conn.in_transaction
    reading.close()
    writer.add(dict(RECORD), locate=False)
    assert writer.count() == 1
    reader.close()
    writer.close()
    with IncidentStore.open(db) as again:
        assert again.count() == 1  # before: 0, though the second add had said it was done
