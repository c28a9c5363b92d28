"""Batched writes for imports: many incidents per statement.

:class:`BulkWriter` works inside a transaction its caller holds (the importer's
one transaction), so an import is all or nothing like every other write. Rows are
checked by the caller; this module only writes them. New incidents get explicit ids
(the next free ones), so their weapons, tags, sources and history rows can be
written with ``executemany`` without reading ids back one by one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .incidents import _COLUMNS, _RECORD_SELECT, SOURCE_FIELDS, IncidentStore, _decode_row
from .migrations import BULK_INSERT_FLAG, INCIDENTS_FTS_COLUMNS, SOURCES_FTS_COLUMNS

#: The columns of ``incidents`` in the codebook's order: id, uid, the record, then bookkeeping.
_INCIDENT_COLUMNS: tuple[str, ...] = tuple(_COLUMNS)

#: The columns between uid and the bookkeeping ones at the end, taken from the record.
_RECORD_COLUMNS: tuple[str, ...] = _INCIDENT_COLUMNS[2:-4]
if _INCIDENT_COLUMNS[:2] != ("id", "uid") or _INCIDENT_COLUMNS[-4:] != (
    "created_at",
    "updated_at",
    "deleted_at",
    "deleted_reason",
):
    raise RuntimeError("BulkWriter.insert expects id, uid first and the four bookkeeping columns last")

#: SQLite's default limit on parameters is 32766 (3.32+); stay well below.
_IN_CHUNK = 900


_INCIDENT_FTS = ", ".join(INCIDENTS_FTS_COLUMNS)
_SOURCE_FTS = ", ".join(SOURCES_FTS_COLUMNS)
#: What m006's insert triggers would have written for a batch, in one statement each.
_INDEX_NEW_INCIDENTS = (
    f"INSERT INTO incidents_fts (rowid, {_INCIDENT_FTS}) "
    f"SELECT id, {_INCIDENT_FTS} FROM incidents WHERE id BETWEEN ? AND ?"
)
_INDEX_NEW_SOURCES = (
    f"INSERT INTO sources_fts (rowid, {_SOURCE_FTS}) SELECT id, {_SOURCE_FTS} FROM sources WHERE id > ?"
)


@dataclass
class NewIncident:
    """A checked record ready to insert, with everything that hangs off it."""

    record: dict[str, Any]
    uid: str
    created_at: str
    updated_at: str
    deleted_at: str | None = None
    deleted_reason: str | None = None
    sources: list[dict[str, Any]] = field(default_factory=list)
    external: tuple[str, str] | None = None


class BulkWriter:
    """Write many incidents inside the caller's transaction; each batch is indexed for search in one go."""

    def __init__(self, store: IncidentStore, *, now: str, reason: str | None) -> None:
        self.store = store
        self.conn = store.conn
        self.now = now
        self.reason = reason
        self._first_new_id: int | None = None
        self.next_id = 0

    @property
    def first_new_id(self) -> int:
        """The first id this writer gives a new incident.

        Read on first use, inside the caller's write transaction: read when the writer
        is made (before the transaction), it let another process's ``tracker add`` take
        the same id in between ("UNIQUE constraint failed: incidents.id").
        """
        if self._first_new_id is None:
            row = self.conn.execute(
                "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'incidents'), 0), "
                "coalesce((SELECT max(id) FROM incidents), 0))"
            ).fetchone()
            self._first_new_id = int(row[0]) + 1
            self.next_id = self._first_new_id
        return self._first_new_id

    # --- lookups -------------------------------------------------------------

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
        wanted = list(uids)
        found: dict[str, int] = {}
        for start in range(0, len(wanted), _IN_CHUNK):
            chunk = wanted[start : start + _IN_CHUNK]
            found.update(
                self.conn.execute(
                    f"SELECT uid, id FROM incidents WHERE uid IN ({', '.join('?' for _ in chunk)})", chunk
                ).fetchall()
            )
        return found

    def _records(self, id_sql: str, keys: list[str]) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for start in range(0, len(keys), _IN_CHUNK):
            chunk = keys[start : start + _IN_CHUNK]
            ids = [r[0] for r in self.conn.execute(id_sql.format(", ".join("?" for _ in chunk)), chunk)]
            for record in self._by_ids(ids):
                found[record["uid"]] = record
        return found

    def _by_ids(self, ids: list[int]) -> list[dict[str, Any]]:
        if not ids:
            return []
        sql = f"{_RECORD_SELECT} WHERE i.id IN ({', '.join('?' for _ in ids)})"
        return [_decode_row(row) for row in self.conn.execute(sql, ids)]

    # --- writes --------------------------------------------------------------

    def insert(self, incidents: list[NewIncident]) -> list[int]:
        """Insert checked incidents with their lists, sources, history and external ids."""
        if not incidents:
            return []
        if self._first_new_id is None:
            self.next_id = self.first_new_id
        ids = list(range(self.next_id, self.next_id + len(incidents)))
        self.next_id += len(incidents)
        # Comprehensions rather than one loop with appends: this runs for every row of a
        # million-row add_many or import.
        pairs = list(zip(ids, incidents, strict=True))
        values = [
            (
                incident_id,
                item.uid,
                *map(item.record.get, _RECORD_COLUMNS),
                item.created_at,
                item.updated_at,
                item.deleted_at,
                item.deleted_reason,
            )
            for incident_id, item in pairs
        ]
        weapons = [(i, w) for i, item in pairs for w in item.record.get("weapons") or ()]
        tags = [(i, t) for i, item in pairs for t in item.record.get("tags") or ()]
        sources = [(i, *(s[f] for f in SOURCE_FIELDS), self.now) for i, item in pairs for s in item.sources]
        external = [(i, *item.external) for i, item in pairs if item.external]
        # The search index's insert triggers stand aside for this batch (m007), which
        # is then indexed with one statement per index (an import of 100,000 rows: 22–25 s
        # with a trigger per row, 16.5 s so).
        self.conn.execute(f"INSERT INTO {BULK_INSERT_FLAG} (writer) VALUES (1)")
        last_source = self.conn.execute("SELECT coalesce(max(id), 0) FROM sources").fetchone()[0]
        self.conn.executemany(
            f"INSERT INTO incidents ({', '.join(_INCIDENT_COLUMNS)}) "
            f"VALUES ({', '.join('?' for _ in _INCIDENT_COLUMNS)})",
            values,
        )
        self.conn.executemany("INSERT INTO incident_weapons (incident_id, weapon) VALUES (?, ?)", weapons)
        self.conn.executemany("INSERT INTO incident_tags (incident_id, tag) VALUES (?, ?)", tags)
        self.conn.executemany(
            f"INSERT INTO sources (incident_id, {', '.join(SOURCE_FIELDS)}, added_at) "
            f"VALUES (?, {', '.join('?' for _ in SOURCE_FIELDS)}, ?)",
            sources,
        )
        self.conn.execute(_INDEX_NEW_INCIDENTS, [ids[0], ids[-1]])
        self.conn.execute(_INDEX_NEW_SOURCES, [last_source])
        self.conn.execute(f"DELETE FROM {BULK_INSERT_FLAG}")
        self.conn.executemany("INSERT INTO external_ids (incident_id, system, external_id) VALUES (?, ?, ?)", external)
        self.conn.executemany(
            "INSERT INTO history (incident_id, changed_at, action, reason) VALUES (?, ?, 'create', ?)",
            [(incident_id, self.now, self.reason) for incident_id in ids],
        )
        return ids

    def update(
        self,
        incident_id: int,
        changed: list[dict[str, Any]],
        new_sources: list[dict[str, Any]],
        external: tuple[str, str] | None = None,
    ) -> None:
        """Apply checked changes and add sources, each recorded in the history."""
        if changed:
            self.store.write_changes(incident_id, changed, self.now, self.reason)
        for source in new_sources:
            cursor = self.conn.execute(
                f"INSERT INTO sources (incident_id, {', '.join(SOURCE_FIELDS)}, added_at) "
                f"VALUES (?, {', '.join('?' for _ in SOURCE_FIELDS)}, ?)",
                [incident_id, *(source[f] for f in SOURCE_FIELDS), self.now],
            )
            self.conn.execute(
                "INSERT INTO history (incident_id, changed_at, action, field, new_value, reason) "
                "VALUES (?, ?, 'source', 'sources', ?, ?)",
                [
                    incident_id,
                    self.now,
                    json.dumps({"id": cursor.lastrowid, **source}, ensure_ascii=False),
                    self.reason,
                ],
            )
        if new_sources and not changed:
            self.conn.execute("UPDATE incidents SET updated_at = ? WHERE id = ?", [self.now, incident_id])
        if external:
            self.conn.execute(
                "INSERT OR IGNORE INTO external_ids (incident_id, system, external_id) VALUES (?, ?, ?)",
                [incident_id, *external],
            )

    def link(self, incident_id: int, other_id: int, kind: str) -> bool:
        """Add a link unless one of that kind already joins the two; True if added."""
        if incident_id == other_id:
            return False
        reverse = " OR (incident_id = ? AND other_id = ? AND kind = 'related')" if kind == "related" else ""
        params = [incident_id, other_id, kind] + ([other_id, incident_id] if reverse else [])
        exists = self.conn.execute(
            f"SELECT 1 FROM links WHERE (incident_id = ? AND other_id = ? AND kind = ?){reverse}", params
        ).fetchone()
        if exists:
            return False
        self.store._insert_link(incident_id, other_id, kind, self.now)
        return True
