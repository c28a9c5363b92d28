"""Reading incidents: one record, queries of many, counts and history. The read half of
:class:`~.incidents.IncidentStore` (its writes are in :mod:`.incidents`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any, cast

from ..errors import NotFoundError
from ..models import TOLL_FIELDS, TOLLS, IncidentRecord
from ..models.stored_values import read_as_unknown, unreadable_values
from .core import StoreCore
from .database import rows
from .filters import Filters, fts_query
from .given import incident_id_given, limit_given
from .guard import rows_in_words
from .records import FLAT_SELECT, HISTORY_KEYS, RECORD_SELECT, decode_row, select_records

#: The columns :func:`..models.stored_values.unreadable_values` reads, with the incident's id.
_CHECKED_COLUMNS = (
    "id",
    "event_date",
    "event_date_end",
    "date_precision",
    *(name for toll in TOLLS for name in TOLL_FIELDS[toll][:3]),
    "latitude",
    "longitude",
    "geo_precision",
    "attribution",
    "event_type",
)


class ReadsMixin(StoreCore):
    """The reading methods of :class:`~.incidents.IncidentStore`."""

    def get(self, incident_id: int) -> IncidentRecord:
        """The full record, deleted or not, with sources and links; a value no version of tracker
        writes is read as unknown (:meth:`_readable`)."""
        return self._readable(self._row(incident_id))

    def stored(self, incident_id: int) -> IncidentRecord:
        """The record exactly as stored, whatever another program wrote into it: what a write starts
        from, so that its history keeps the value it replaces (``2024-13-45 → 2025-11-24``)."""
        return decode_row(self._row(incident_id))

    def _row(self, incident_id: int) -> tuple[Any, ...]:
        found = self._execute(RECORD_SELECT + " WHERE i.id = ?", [incident_id_given(incident_id)]).fetchall()
        if not found:
            raise NotFoundError(f"No incident with id {incident_id}.", field="incident_id")
        return tuple(found[0])

    def query(
        self, filters: Filters | None = None, *, sort: str | None = None, limit: int | None = None
    ) -> Iterator[IncidentRecord]:
        """Records matching the filters, streamed in the requested order.

        The SQL is built (and the filters checked) before this returns, so errors
        surface before any output is written.
        """
        plan = self._search_plan(Filters.given(filters), limit_given(limit))
        sql, params = select_records(RECORD_SELECT, plan, sort, limit)
        return rows_in_words(map(self._readable, self._execute(sql, params)))

    def _readable(self, row: tuple[Any, ...]) -> IncidentRecord:
        """A decoded row with every value another program wrote that no version of tracker writes
        read as unknown (:mod:`..models.stored_values`); the incident is noted in :attr:`unreadable`,
        which the CLI reports when the command ends."""
        record = decode_row(row)
        faults = unreadable_values(record)
        if not faults:
            return record
        self.unreadable[record["id"]] = faults
        return cast(IncidentRecord, read_as_unknown(dict(record), faults))

    def _search_plan(self, filters: Filters | None, limit: int | None) -> Filters | None:
        """For a page (``limit``) of a search, read in order when the word is common.

        Two plans find a page of matches: fetch every match by id and sort them (about
        19 µs a match on a million incidents), or read the incidents in the order asked
        and test each against the matches until the page is full (about 0.8 µs a row,
        and about ``limit × incidents ÷ matches`` rows). Counting the matches in the
        search indexes takes milliseconds, so the cheaper plan is chosen each time:
        'drone' (150,000 matches of 1M) 0.71 s → 0.18 s, 'convoy' (5,000) 0.095 s →
        0.008 s, 'hostages' (200) stays 3 ms by id.
        """
        if filters is None or not filters.search or limit is None or limit <= 0:
            return filters
        query = fts_query(filters.search)
        matches = self._execute(
            "SELECT (SELECT count(*) FROM incidents_fts WHERE incidents_fts MATCH ?) "
            "+ (SELECT count(*) FROM sources_fts WHERE sources_fts MATCH ?)",
            [query, query],
        ).fetchone()[0]
        incidents = self._execute("SELECT coalesce(max(id), 0) FROM incidents").fetchone()[0]
        if matches * matches * 25 > limit * incidents:
            return dataclasses.replace(filters, search_in_order=True)
        return filters

    def note_unreadable(self, filters: Filters | None = None, *, as_stored: bool = False) -> None:
        """Note in :attr:`unreadable` the incidents matching ``filters`` that hold a value no version of
        tracker writes, as reading their records would (:meth:`_readable`): for the readers that never
        build one (``timeline``, ``stats``, ``duplicates``, the CSV export), which read such a value as
        unknown (or leave the incident out of a period) and must say so as ``list`` does. One pass of
        SQL over the matching incidents (``stored_guards.holds_unreadable``); the few it finds are
        accounted for in Python, the judge of what is wrong. ``as_stored``: the caller wrote them as
        stored (the CSV export), not as unknown, which the Note says (:attr:`unreadable_as_stored`)."""
        from .stored_guards import holds_unreadable

        where, params = Filters.given(filters).where()
        sql = f"SELECT {', '.join('i.' + name for name in _CHECKED_COLUMNS)} FROM incidents AS i WHERE {where} AND "
        for row in self._execute(sql + holds_unreadable("i"), params):
            record = dict(zip(_CHECKED_COLUMNS, row, strict=True))
            faults = unreadable_values(record)
            if faults:
                self.unreadable[record["id"]] = faults
                self.unreadable_as_stored = self.unreadable_as_stored or as_stored

    def external_id(self, incident_id: int, system: str) -> str | None:
        """The id another dataset (``acled``) gives this incident, if it came from there."""
        row = self._execute(
            "SELECT external_id FROM external_ids WHERE incident_id = ? AND system = ?", [incident_id, system]
        ).fetchone()
        return str(row[0]) if row else None

    def query_flat(
        self, filters: Filters | None = None, *, sort: str | None = None, limit: int | None = None
    ) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
        """Column names and rows of CSV-ready cells (see ``FLAT_SELECT``), streamed."""
        sql, params = select_records(FLAT_SELECT, filters, sort, limit_given(limit))
        cursor = self._execute(sql, params)
        return [d[0] for d in cursor.description], rows_in_words(iter(cursor))

    def count(self, filters: Filters | None = None) -> int:
        where, params = Filters.given(filters).where()
        return int(self._execute(f"SELECT count(*) FROM incidents AS i WHERE {where}", params).fetchone()[0])

    def history(self, incident_id: int) -> list[dict[str, Any]]:
        """Every change to an incident, oldest first (by when it was made: rows an import brought
        from another database take their place among those made here, each with ``imported``
        naming that import; None on a row made here)."""
        self._require(incident_id)
        # ``imported``: the import that brought a row from another database (m015; a file
        # read as it is, without migrating, may predate it).
        has_column = any(row[1] == "imported" for row in self.conn.execute("PRAGMA table_info(history)"))
        imported = "imported" if has_column else "NULL AS imported"
        return list(
            rows(
                self.conn,
                f"SELECT id, changed_at, action, field, old_value, new_value, reason, {imported} "
                "FROM history WHERE incident_id = ? ORDER BY changed_at, id",
                [incident_id],
            )
        )

    def history_rows(self, incident_id: int) -> list[dict[str, Any]]:
        """An incident's history as it travels in an export (:data:`~.records.HISTORY_KEYS`,
        no local ids), oldest first."""
        return [
            dict(zip(HISTORY_KEYS, row, strict=True))
            for row in self.conn.execute(
                f"SELECT {', '.join(HISTORY_KEYS)} FROM history WHERE incident_id = ? ORDER BY changed_at, id",
                [incident_id],
            )
        ]
