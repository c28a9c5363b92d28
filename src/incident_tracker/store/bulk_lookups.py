"""What an import reads before it writes: the stored records its rows name (by uid or by external id), and ids
by uid for its links.

:class:`.bulk.BulkWriter` inherits these, so they read inside the writer's (the importer's) transaction and see
its own earlier batches. Keys go in chunks well below SQLite's limit on bound parameters.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any, cast

from ..errors import DatabaseError
from .records import RECORD_SELECT, decode_row

#: SQLite's default limit on parameters is 32766 (3.32+); stay well below.
_IN_CHUNK = 900


def _shared_uid(uid: str, first: int, second: int) -> DatabaseError:
    """Two stored incidents with one uid (the UNIQUE constraint lost when another program rebuilt the table):
    which one a row of the import means is not ours to guess, so nothing is imported."""
    return DatabaseError(
        f"Incidents {first} and {second} in the database share the uid {uid!r} (another program changed the "
        "file), so the import cannot tell which one a row means. Nothing was imported; 'tracker check' names "
        "every such pair."
    )


class ImportLookups:
    """The reads of :class:`.bulk.BulkWriter` (see the module), on its connection."""

    conn: sqlite3.Connection

    def records_by_uid(self, uids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Full records (deleted ones too) for the uids that exist."""
        return self._records("SELECT id FROM incidents WHERE uid IN ({})", list(uids))

    def records_by_external_id(self, system: str, external_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Full records keyed by their external id in ``system``."""
        found: dict[str, dict[str, Any]] = {}
        wanted = list(external_ids)
        for start in range(0, len(wanted), _IN_CHUNK):
            chunk = wanted[start : start + _IN_CHUNK]
            pairs = self.conn.execute(
                f"SELECT external_id, incident_id FROM external_ids WHERE system = ? "
                f"AND external_id IN ({', '.join('?' for _ in chunk)})",
                [system, *chunk],
            ).fetchall()
            by_id = {incident_id: external for external, incident_id in pairs}
            for record in self._by_ids(list(by_id)):
                found[by_id[record["id"]]] = record
        return found

    def ids_by_uid(self, uids: Iterable[str]) -> dict[str, int]:
        """The ids of the stored incidents (deleted ones too) with these uids: what the import's links join."""
        wanted = list(uids)
        found: dict[str, int] = {}
        for start in range(0, len(wanted), _IN_CHUNK):
            chunk = wanted[start : start + _IN_CHUNK]
            for uid, incident_id in self.conn.execute(
                f"SELECT uid, id FROM incidents WHERE uid IN ({', '.join('?' for _ in chunk)})", chunk
            ):
                if uid in found:
                    raise _shared_uid(uid, found[uid], incident_id)
                found[uid] = incident_id
        return found

    def _records(self, id_sql: str, keys: list[str]) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for start in range(0, len(keys), _IN_CHUNK):
            chunk = keys[start : start + _IN_CHUNK]
            ids = [r[0] for r in self.conn.execute(id_sql.format(", ".join("?" for _ in chunk)), chunk)]
            for record in self._by_ids(ids):
                if record["uid"] in found:
                    raise _shared_uid(record["uid"], found[record["uid"]]["id"], record["id"])
                found[record["uid"]] = record
        return found

    def _by_ids(self, ids: list[int]) -> list[dict[str, Any]]:
        if not ids:
            return []
        sql = f"{RECORD_SELECT} WHERE i.id IN ({', '.join('?' for _ in ids)})"
        # Plain dicts while exchange/importer.py (reworked on another branch) takes them so.
        return [cast(dict[str, Any], decode_row(row)) for row in self.conn.execute(sql, ids)]
