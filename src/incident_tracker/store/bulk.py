"""Batched writes for imports: many incidents per statement.

:class:`BulkWriter` works inside a transaction its caller holds (the importer's
one transaction), so an import is all or nothing like every other write. Rows are
checked by the caller; this module only writes them. New incidents get explicit ids
(the next free ones), so their weapons, tags, sources and history rows can be
written with ``executemany`` without reading ids back one by one.

The write path is SQLite's bulk one (issue 17), all inside the caller's transaction so
that a failure or a dry run rolls every step back:

* the insert triggers of the search index and the stats summaries are dropped at the
  first batch and created again (their SQL as the database holds it) by
  :meth:`BulkWriter.settle`, before any write of another kind and at the end; it
  indexes and counts every batch since with one ``INSERT … SELECT`` per table. m007's
  flag made them stand aside, but a trigger that stands aside still runs its ``WHEN``
  for every row: measured on 100,000 rows, the incidents insert took 9.8 s of CPU with
  it and 4.7 s without. Settling once rather than per batch of 2,000 saves the
  summaries' upserts of keys that recur across batches (issue 17);
* into an (almost) empty table, the secondary indexes of the incidents are dropped at
  the first batch and built once by :meth:`BulkWriter.finish` (a sort each, instead of
  a random b-tree insert per row and index: 9.8 s → 4.1 s on the same rows). Into a
  large table they stay: rebuilding a million-row index costs more than the import.
  The uid's unique index always stays, because every batch looks uids up.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from itertools import chain
from operator import itemgetter
from typing import TYPE_CHECKING, Any, cast

from ..models.text import refuse_nul
from . import stats_summary
from .bulk_lookups import ImportLookups
from .imported_history import MATCHED, HistoryRow, change_told, lacking, source_told
from .migrations import INCIDENTS_FTS_COLUMNS, SOURCES_FTS_COLUMNS
from .records import COLUMNS, HISTORY_KEYS, SOURCE_FIELDS

if TYPE_CHECKING:
    from .incidents import IncidentStore

#: The columns of ``incidents`` in the codebook's order: id, uid, the record, then bookkeeping.
_INCIDENT_COLUMNS: tuple[str, ...] = tuple(COLUMNS)

#: The columns between uid and the bookkeeping ones at the end, taken from the record.
_RECORD_COLUMNS: tuple[str, ...] = _INCIDENT_COLUMNS[2:-4]
if _INCIDENT_COLUMNS[:2] != ("id", "uid") or _INCIDENT_COLUMNS[-4:] != (
    "created_at",
    "updated_at",
    "deleted_at",
    "deleted_reason",
):
    raise RuntimeError("BulkWriter.insert expects id, uid first and the four bookkeeping columns last")


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

#: The history's "create" row of each new incident, in id order.
_HISTORY_OF_NEW = (
    "INSERT INTO history (incident_id, changed_at, action, reason) "
    "SELECT id, ?, 'create', ? FROM incidents WHERE id BETWEEN ? AND ? ORDER BY id"
)

#: The search index's and the stats summaries' insert triggers, dropped around each batch.
_INSERT_TRIGGERS = ("incidents_ai", "sources_ai", *stats_summary.BATCH_TRIGGERS)
#: Drop the incidents' secondary indexes (and build them at the end) only when the table
#: holds at most this many rows when the first batch arrives.
REBUILD_INDEXES_BELOW = 1000

#: Rows per ``INSERT … VALUES (…), (…)``: one statement run per this many rows rather than
#: one per row (the statement's start and end, and the AUTOINCREMENT counter's write, are
#: paid once). 64 rows of the incidents' 46 columns are 2,944 parameters, under any
#: SQLite's limit since 3.32 (32,766).
_ROWS_PER_INSERT = 64


def _insert_rows(conn: sqlite3.Connection, into: str, rows: list[tuple[Any, ...]]) -> None:
    """``INSERT INTO {into} VALUES`` each row, in order, :data:`_ROWS_PER_INSERT` rows a statement.

    Measured on 30,000 incidents (in memory): 0.42 s of CPU with ``executemany``, 0.32 s so.
    """
    if not rows:
        return
    width = len(rows[0])
    one = f"({', '.join('?' * width)})"
    full = f"INSERT INTO {into} VALUES {', '.join([one] * _ROWS_PER_INSERT)}"
    whole = len(rows) - len(rows) % _ROWS_PER_INSERT
    for start in range(0, whole, _ROWS_PER_INSERT):
        conn.execute(full, list(chain.from_iterable(rows[start : start + _ROWS_PER_INSERT])))
    if whole < len(rows):
        rest = rows[whole:]
        conn.execute(f"INSERT INTO {into} VALUES {', '.join([one] * len(rest))}", list(chain.from_iterable(rest)))


_record_getter = itemgetter(*_RECORD_COLUMNS)
#: A source's fields in the order of :data:`SOURCE_FIELDS` (every checked source has them all).
_source_values = itemgetter(*SOURCE_FIELDS)


def _refuse_unstorable_text(texts: Iterable[tuple[str, str | None]]) -> None:
    """The write's guard (:func:`~..models.text.refuse_nul`) over free text that no record check
    has seen: a deleted incident's reason, an external id, an imported history row's values."""
    for name, text in texts:
        if text and ("\x00" in text or not text.isascii()):  # the cheap test first; refuse_nul tells
            refuse_nul(text, name)


def _record_values(record: dict[str, Any]) -> tuple[Any, ...]:
    """The record's values in the order of :data:`_RECORD_COLUMNS`, None for a field it lacks.

    One ``itemgetter`` call when the record holds every field (a row of a whole export,
    after ``complete_record``), rather than a ``get`` per field.
    """
    try:
        return cast(tuple[Any, ...], _record_getter(record))
    except KeyError:
        return tuple(map(record.get, _RECORD_COLUMNS))


@dataclass(slots=True)
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


class BulkWriter(ImportLookups):
    """Write many incidents inside the caller's transaction; each batch is indexed for search in one go. What the
    import reads first (the stored records its rows name) is :class:`.bulk_lookups.ImportLookups`'."""

    def __init__(self, store: IncidentStore, *, now: str, reason: str | None, rebuild_indexes: bool = False) -> None:
        """``rebuild_indexes``: the caller calls :meth:`finish` before it commits, so the
        writer may drop the incidents' indexes into an empty table and build them there."""
        _refuse_unstorable_text([("reason", reason)])
        self.store = store
        self.rebuild_indexes = rebuild_indexes
        self._started = False
        self.conn = store.conn
        self.now = now
        self.reason = reason
        self._first_new_id: int | None = None
        self.next_id = 0
        #: (name, SQL) of the indexes dropped for this write, built again by :meth:`finish`.
        self._dropped_indexes: list[tuple[str, str]] = []
        self._triggers: list[tuple[str, str]] | None = None
        #: While the insert triggers are dropped: the first incident and the last source
        #: before the rows not yet in the search index and the summaries (see :meth:`settle`).
        self._unsettled: tuple[int, int] | None = None
        #: Incidents added or changed so far: whether to refresh the planner's statistics after.
        self.written = 0

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

    # --- writes --------------------------------------------------------------

    def insert(self, incidents: list[NewIncident]) -> list[int]:
        """Insert checked incidents with their lists, sources, history and external ids."""
        if not incidents:
            return []
        # Checked before any write: a refused text leaves nothing of the batch (the caller's
        # transaction holds the rest of the write).
        _refuse_unstorable_text(("deleted_reason", item.deleted_reason) for item in incidents if item.deleted_reason)
        _refuse_unstorable_text(("external_id", text) for item in incidents if item.external for text in item.external)
        if self._first_new_id is None:
            self.next_id = self.first_new_id
        if not self._started:
            self._started = True
            if self.rebuild_indexes:
                self._drop_indexes_if_empty()
        ids = list(range(self.next_id, self.next_id + len(incidents)))
        self.written += len(ids)
        self.next_id += len(incidents)
        # Comprehensions rather than one loop with appends: this runs for every row of a
        # million-row add_many or import.
        pairs = list(zip(ids, incidents, strict=True))
        values = [
            (
                incident_id,
                item.uid,
                *_record_values(item.record),
                item.created_at,
                item.updated_at,
                item.deleted_at,
                item.deleted_reason,
            )
            for incident_id, item in pairs
        ]
        weapons = [(i, w) for i, item in pairs for w in item.record.get("weapons") or ()]
        tags = [(i, t) for i, item in pairs for t in item.record.get("tags") or ()]
        now = self.now
        sources = [(i, *_source_values(s), now) for i, item in pairs for s in item.sources]
        external = [(i, *item.external) for i, item in pairs if item.external]
        # The insert triggers are dropped until the next write of another kind (or the
        # end), which indexes and counts every batch since in one statement per table.
        if self._unsettled is None:
            for name, _ in self._insert_triggers():
                self.conn.execute(f"DROP TRIGGER {name}")
            last_source = self.conn.execute("SELECT coalesce(max(id), 0) FROM sources").fetchone()[0]
            self._unsettled = (ids[0], int(last_source))
        _insert_rows(self.conn, f"incidents ({', '.join(_INCIDENT_COLUMNS)})", values)
        _insert_rows(self.conn, "incident_weapons (incident_id, weapon)", weapons)
        _insert_rows(self.conn, "incident_tags (incident_id, tag)", tags)
        _insert_rows(self.conn, f"sources (incident_id, {', '.join(SOURCE_FIELDS)}, added_at)", sources)
        self.conn.executemany("INSERT INTO external_ids (incident_id, system, external_id) VALUES (?, ?, ?)", external)
        self.conn.execute(_HISTORY_OF_NEW, [self.now, self.reason, ids[0], ids[-1]])
        return ids

    def settle(self) -> None:
        """Index the incidents and sources inserted since the triggers were dropped, add
        them to the summaries, and create the triggers again (their SQL as the database
        held it): before any other write, which the triggers must see, and at the end."""
        if self._unsettled is None:
            return
        first, last_source = self._unsettled
        self._unsettled = None
        self.conn.execute(_INDEX_NEW_INCIDENTS, [first, self.next_id - 1])
        self.conn.execute(_INDEX_NEW_SOURCES, [last_source])
        triggers = self._insert_triggers()
        if any(name in stats_summary.BATCH_TRIGGERS for name, _ in triggers):
            stats_summary.add_batch(self.conn, first, self.next_id - 1)
        for _, sql in triggers:
            self.conn.execute(sql)

    def finish(self) -> None:
        """Settle the inserts (:meth:`settle`) and build the indexes dropped for this
        write, inside the caller's transaction.

        Call once after the last :meth:`insert`, before committing; if the transaction
        rolls back instead, so does the dropping.
        """
        self.settle()
        dropped, self._dropped_indexes = self._dropped_indexes, []
        for _, sql in dropped:
            self.conn.execute(sql)

    def _insert_triggers(self) -> list[tuple[str, str]]:
        if self._triggers is None:
            self._triggers = [
                (name, sql)
                for name, sql in self.conn.execute(
                    f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                    f"AND name IN ({', '.join('?' for _ in _INSERT_TRIGGERS)})",
                    _INSERT_TRIGGERS,
                )
            ]
        return self._triggers

    def _drop_indexes_if_empty(self) -> None:
        """Into an (almost) empty table, drop the secondary indexes; :meth:`finish` builds them."""
        if self.first_new_id - 1 > REBUILD_INDEXES_BELOW:
            return
        if self.conn.execute("SELECT count(*) FROM incidents").fetchone()[0] > REBUILD_INDEXES_BELOW:
            return
        self._dropped_indexes = [
            (name, sql)
            for name, sql in self.conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'incidents' "
                "AND sql IS NOT NULL ORDER BY name"
            )
        ]
        for name, _ in self._dropped_indexes:
            self.conn.execute(f"DROP INDEX {name}")

    def update(
        self,
        incident_id: int,
        changed: list[dict[str, Any]],
        new_sources: list[dict[str, Any]],
        external: tuple[str, str] | None = None,
        told: Collection[tuple[str | None, str | None]] = (),
    ) -> None:
        """Apply checked changes and add sources, each recorded in the history but those the
        imported history rows that come with them already tell (``told``, see
        :func:`~.imported_history.told_changes`)."""
        _refuse_unstorable_text(("external_id", text) for text in external or ())
        self.settle()
        if changed or new_sources:
            self.written += 1
        if changed:
            quiet = {c["field"] for c in changed if change_told(c, told)}
            self.store.write_changes(incident_id, changed, self.now, self.reason, quiet=quiet)
        for source in new_sources:
            cursor = self.conn.execute(
                f"INSERT INTO sources (incident_id, {', '.join(SOURCE_FIELDS)}, added_at) "
                f"VALUES (?, {', '.join('?' for _ in SOURCE_FIELDS)}, ?)",
                [incident_id, *(source[f] for f in SOURCE_FIELDS), self.now],
            )
            if source_told(source, told):
                continue
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

    def lacking_history(self, incident_id: int, rows: list[HistoryRow]) -> list[HistoryRow]:
        """The history rows (:data:`~.records.HISTORY_KEYS` values) the incident does not hold yet
        (:func:`~.imported_history.lacking`)."""
        if not rows:
            return []
        held = self.conn.execute(
            f"SELECT {', '.join(HISTORY_KEYS[:MATCHED])} FROM history WHERE incident_id = ?", [incident_id]
        )
        return lacking(held, rows)

    def add_history(self, incident_id: int, rows: list[HistoryRow], *, new: bool = False) -> int:
        """Append the rows, which the incident lacks; returns how many. A ``new`` incident (added
        by this write) holds only the write's own ``create`` row: a ``create`` among the rows
        replaces it, so the incident's history is the file's, not the file's and a second start.
        Each row written notes the import that brought it (``imported``: this write's reason and
        time), which ``tracker history`` shows and no export carries."""
        _refuse_unstorable_text(
            (f"history {name}", text) for row in rows for name, text in zip(HISTORY_KEYS, row, strict=True)
        )
        if new and any(row[1] == "create" for row in rows):
            self.conn.execute("DELETE FROM history WHERE incident_id = ? AND action = 'create'", [incident_id])
        # Each row keeps its time and reason; which import brought it is noted beside them.
        came = f"{self.reason or 'an import'} at {self.now}"
        self.conn.executemany(
            f"INSERT INTO history (incident_id, {', '.join(HISTORY_KEYS)}, imported) "
            f"VALUES (?{', ?' * len(HISTORY_KEYS)}, ?)",
            [(incident_id, *row, came) for row in rows],
        )
        return len(rows)

    def duplicate_chain_reaches(self, start: int, target: int) -> bool:
        """See :meth:`~.links.LinksMixin.duplicate_chain_reaches` (inside this write)."""
        return self.store.duplicate_chain_reaches(start, target)

    def link(self, incident_id: int, other_id: int, kind: str, told: tuple[bool, bool] = (False, False)) -> bool:
        """Add a link unless one of that kind already joins the two; True if added. ``told``: whether each
        side's history already tells it (then that side's history gets no second ``link`` row)."""
        self.settle()
        if incident_id == other_id:
            return False
        reverse = " OR (incident_id = ? AND other_id = ? AND kind = 'related')" if kind == "related" else ""
        params = [incident_id, other_id, kind] + ([other_id, incident_id] if reverse else [])
        exists = self.conn.execute(
            f"SELECT 1 FROM links WHERE (incident_id = ? AND other_id = ? AND kind = ?){reverse}", params
        ).fetchone()
        if exists:
            return False
        self.store._insert_link(incident_id, other_id, kind, self.now, told)
        return True
