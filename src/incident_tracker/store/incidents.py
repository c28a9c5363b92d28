"""Reading and writing incidents: the library behind every command.

Each public write method is one transaction: it either happens whole, with its
history rows and search index, or not at all.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ConflictError, GeocodingError, NotFoundError, ValidationError
from ..models import (
    INCIDENT_FIELDS,
    LIST_FIELDS,
    check_date_range,
    check_record,
    normalize_record,
    parse_date,
    parse_link_kind,
    precision_for_span,
)
from .database import analyze_if_large, analyze_on_milestone, bulk_cache, connect, rows, transaction
from .filters import Filters, fts_query, haversine_km, order_by

if TYPE_CHECKING:
    from sqlite_utils import Database

SOURCE_FIELDS: tuple[str, ...] = (
    "url",
    "outlet",
    "published",
    "headline",
    "source_original",
    "note",
    "reliability",
)

_COLUMNS = [f for f in INCIDENT_FIELDS if f not in LIST_FIELDS]

#: Fields every incident has (NOT NULL in the schema), with the option that sets each.
_REQUIRED = {
    "event_date": "--date",
    "event_type": "--type",
    "attribution": "--attribution",
    "date_precision": "--date-precision",
}

#: What each list field's subquery selects, as a JSON array.
_LIST_SQL = {
    "weapons": "(SELECT json_group_array(weapon) FROM\n"
    "     (SELECT weapon FROM incident_weapons WHERE incident_id = i.id ORDER BY rowid))",
    "tags": "(SELECT json_group_array(tag) FROM\n"
    "     (SELECT tag FROM incident_tags WHERE incident_id = i.id ORDER BY rowid))",
}

#: The names of the columns of ``_RECORD_SELECT``: the codebook's fields in order, then
#: sources and links, so that a row becomes the record with one ``dict(zip(...))``.
_RECORD_NAMES = (*INCIDENT_FIELDS, "sources", "links")

#: The links of incident ``i`` seen from its side (a duplicate_of pointing at it is
#: duplicated_by), in the order they were made.
_LINKS_OF_I = """
      SELECT other_id AS other, kind, id FROM links WHERE incident_id = i.id
      UNION ALL
      SELECT incident_id AS other,
             CASE kind WHEN 'duplicate_of' THEN 'duplicated_by' ELSE kind END, id
      FROM links WHERE other_id = i.id
      ORDER BY id"""

#: One SELECT that returns a whole record per row, lists included, so that large
#: results stream without a query per incident.
_RECORD_SELECT = f"""
SELECT {", ".join(f"{_LIST_SQL[name]} AS {name}" if name in _LIST_SQL else "i." + name for name in INCIDENT_FIELDS)},
  (SELECT json_group_array(json_object(
      'id', s.id, {", ".join(f"'{f}', s.{f}" for f in SOURCE_FIELDS)}))
     FROM (SELECT * FROM sources WHERE incident_id = i.id ORDER BY id) AS s) AS sources,
  (SELECT json_group_array(json_object('id', l.other, 'uid', (SELECT uid FROM incidents WHERE id = l.other),
                                      'kind', l.kind)) FROM (
{_LINKS_OF_I}) AS l) AS links
FROM incidents AS i
"""


def _list_cell(column: str, table: str) -> str:
    """SQL for a list cell: items joined with "; ", with ``\\`` and ``;`` escaped by a backslash."""
    escaped = f"replace(replace({column}, '\\', '\\\\'), ';', '\\;')"
    return (
        f"(SELECT group_concat({escaped}, '; ') FROM "
        f"(SELECT {column} FROM {table} WHERE incident_id = i.id ORDER BY rowid))"
    )


#: Every field as one flat row of CSV cells, encoded by SQLite itself, so that an export
#: of a million incidents does not decode and re-encode JSON for each one. The encoding
#: is the one ``exchange.columns`` documents and decodes: lists as ``a; b`` (``\\;``
#: escapes), sources as a JSON array without ids, links as ``kind:uid`` items, booleans
#: as true/false. Column order: the codebook's fields, then sources, then links.
_FLAT_SELECT = f"""
SELECT {
    ", ".join(
        _list_cell("weapon", "incident_weapons") + " AS weapons"
        if c == "weapons"
        else _list_cell("tag", "incident_tags") + " AS tags"
        if c == "tags"
        else "CASE i.civilian_targeting WHEN 1 THEN 'true' WHEN 0 THEN 'false' END AS civilian_targeting"
        if c == "civilian_targeting"
        else "i." + c
        for c in INCIDENT_FIELDS
    )
},
  (SELECT json_group_array(json_object({", ".join(f"'{f}', s.{f}" for f in SOURCE_FIELDS)}))
     FROM (SELECT * FROM sources WHERE incident_id = i.id ORDER BY id) AS s
     HAVING count(*) > 0) AS sources,
  (SELECT group_concat(l.kind || ':' || (SELECT uid FROM incidents WHERE id = l.other), '; ') FROM (
{_LINKS_OF_I}) AS l) AS links
FROM incidents AS i
"""


def _select(select: str, filters: Filters | None, sort: str | None, limit: int | None) -> tuple[str, list[object]]:
    """A record query with the filters, order and limit applied (checked before it runs)."""
    where, params = (filters or Filters()).where()
    order = order_by(sort)
    if limit is None:
        return f"{select} WHERE {where} ORDER BY {order}", params
    if limit < 0:
        raise ValidationError("--limit cannot be negative.")
    # The page's ids first, the record's columns (weapons, tags, sources and links, each
    # a subquery) only for them: SQLite computes every column of every matching row
    # before it sorts, so a search for a common word built tens of thousands of records
    # to show 50 (issue 17; 'drone' on a million incidents, busy machine: 1.7–2.2 s → 0.6 s).
    page = f"SELECT i.id FROM incidents AS i WHERE {where} ORDER BY {order} LIMIT ?"
    return f"{select} WHERE i.id IN ({page}) ORDER BY {order}", [*params, limit]


def utc_now() -> str:
    """A UTC timestamp with seconds, as stored in every *_at column."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_uid() -> str:
    """A ULID: globally unique and sortable by creation time (the codebook's uid)."""
    from ulid import ULID

    return str(ULID())


def looks_like_url(text: str) -> bool:
    """An address to follow: http(s) or ftp with a host, and no spaces. Anything else typed
    where a URL goes ("Tajik MFA statement") is refused, not stored as a link."""
    from urllib.parse import urlsplit

    parts = urlsplit(text)
    return (
        parts.scheme.lower() in ("http", "https", "ftp") and bool(parts.netloc) and not any(c.isspace() for c in text)
    )


def _history_value(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _nth(items: Sequence[str | None], index: int) -> str | None:
    return items[index] if index < len(items) else None


#: The C scanner behind ``json.loads``, called directly: SQLite's ``json_group_array``
#: writes compact JSON with nothing around it, and for the short arrays of one record
#: ``json.loads``' own checks took longer than the parsing (0.55 µs instead of 3.4 µs
#: for a weapon list).
_scan_json: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


def _decode_row(row: tuple[Any, ...]) -> dict[str, Any]:
    """Turn a raw row (a tuple) from ``_RECORD_SELECT`` into the record of the codebook.

    One dict, built once: this runs for every row of a list or an export, and with
    a dict per step it cost more than the query itself.
    """
    record = dict(zip(_RECORD_NAMES, row, strict=True))
    for name in ("weapons", "tags", "sources", "links"):
        text = record[name]
        # Most incidents have no tags or links: skip the parser for the empty array.
        record[name] = [] if text == "[]" else _scan_json(text, 0)[0]
    if record["civilian_targeting"] is not None:
        record["civilian_targeting"] = bool(record["civilian_targeting"])
    return record


def duplicate_chain_reaches(conn: sqlite3.Connection, start: int, target: int) -> bool:
    """Does following ``duplicate_of`` links from ``start`` lead to ``target`` (or is it ``target``)?"""
    row = conn.execute(
        "WITH RECURSIVE chain(id) AS (SELECT ? UNION "
        "SELECT l.other_id FROM links AS l JOIN chain ON l.incident_id = chain.id WHERE l.kind = 'duplicate_of') "
        "SELECT 1 FROM chain WHERE id = ? LIMIT 1",
        [start, target],
    ).fetchone()
    return row is not None


def refuse_duplicate_cycle(conn: sqlite3.Connection, incident_id: int, other_id: int) -> None:
    """``incident_id duplicate_of other_id`` must not close a loop (4 → 5 → 4): one of a group
    of duplicates is the original, and counts (report.stats) rely on it."""
    if duplicate_chain_reaches(conn, other_id, incident_id):
        raise ValidationError(
            f"Incident {other_id} is already a duplicate of {incident_id} (directly or through others): "
            f"{incident_id} cannot also be a duplicate of {other_id}. Unlink them first to turn it around."
        )


class IncidentStore:
    """The incidents in one database file.

    Usable on its own from Python::

        store = IncidentStore.open("incidents.db")
        new_id = store.add({"event_date": "2025-11-24", "event_type": "Battles",
                            "country": "TJ"})
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.conn.create_function("haversine_km", 4, haversine_km, deterministic=True)
        self._db: Database | None = None

    @classmethod
    def open(cls, path: str | Path | None = None, *, create: bool = True) -> IncidentStore:
        """Open (creating and migrating as needed) the database at ``path``."""
        return cls(connect(path, create=create))

    @property
    def db(self) -> Database:
        """The same connection as a sqlite-utils ``Database``, for ad-hoc use."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    def close(self) -> None:
        self.conn.close()

    def _execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    # --- reading ----------------------------------------------------------------

    def exists(self, incident_id: int) -> bool:
        return bool(self._execute("SELECT 1 FROM incidents WHERE id = ?", [incident_id]).fetchone())

    def get(self, incident_id: int) -> dict[str, Any]:
        """The full record, deleted or not, with sources and links."""
        found = self._execute(_RECORD_SELECT + " WHERE i.id = ?", [incident_id]).fetchall()
        if not found:
            raise NotFoundError(
                f"No incident with id {incident_id}. 'tracker list' shows the ids "
                "('tracker list --deleted' the deleted ones)."
            )
        return _decode_row(found[0])

    def query(
        self, filters: Filters | None = None, *, sort: str | None = None, limit: int | None = None
    ) -> Iterator[dict[str, Any]]:
        """Records matching the filters, streamed in the requested order.

        The SQL is built (and the filters checked) before this returns, so errors
        surface before any output is written.
        """
        sql, params = _select(_RECORD_SELECT, self._search_plan(filters, limit), sort, limit)
        return map(_decode_row, self._execute(sql, params))

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

    def external_id(self, incident_id: int, system: str) -> str | None:
        """The id another dataset (``acled``) gives this incident, if it came from there."""
        row = self._execute(
            "SELECT external_id FROM external_ids WHERE incident_id = ? AND system = ?", [incident_id, system]
        ).fetchone()
        return str(row[0]) if row else None

    def query_flat(
        self, filters: Filters | None = None, *, sort: str | None = None, limit: int | None = None
    ) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
        """Column names and rows of CSV-ready cells (see ``_FLAT_SELECT``), streamed."""
        sql, params = _select(_FLAT_SELECT, filters, sort, limit)
        cursor = self._execute(sql, params)
        return [d[0] for d in cursor.description], iter(cursor)

    def count(self, filters: Filters | None = None) -> int:
        where, params = (filters or Filters()).where()
        return int(self._execute(f"SELECT count(*) FROM incidents AS i WHERE {where}", params).fetchone()[0])

    def history(self, incident_id: int) -> list[dict[str, Any]]:
        """Every change to an incident, oldest first."""
        self._require(incident_id)
        return list(
            rows(
                self.conn,
                "SELECT id, changed_at, action, field, old_value, new_value, reason "
                "FROM history WHERE incident_id = ? ORDER BY id",
                [incident_id],
            )
        )

    # --- writing ----------------------------------------------------------------

    @staticmethod
    def prepare(values: dict[str, Any]) -> dict[str, Any]:
        """Check a new record and fill the defaults, without touching the database.

        Callers may use it to validate before opening (and perhaps creating) a file.
        """
        return IncidentStore.complete(normalize_record(values))

    @staticmethod
    def complete(record: dict[str, Any]) -> dict[str, Any]:
        """Fill the defaults of an already normalised record and check it whole.

        Split from :meth:`prepare` so an importer that has normalised a row once
        (to find out whether it is new) does not normalise it twice.
        """
        if record.get("attribution") is None:
            record["attribution"] = "unattributed"
        if record.get("event_date") and not record.get("date_precision"):
            record["date_precision"] = "day"
        has_coordinates = record.get("latitude") is not None
        if has_coordinates and not record.get("geocoder"):
            record["geocoder"] = "user"
        if not record.get("geo_precision"):
            if has_coordinates:
                near = str(record.get("place") or "").lower().startswith("near")
                record["geo_precision"] = "near" if near else "exact"
            elif record.get("country") and not record.get("place"):
                record["geo_precision"] = "country"
            else:
                record["geo_precision"] = "unknown"
        check_record(record)
        return record

    def add(
        self,
        values: dict[str, Any],
        *,
        sources: Iterable[dict[str, Any]] = (),
        reason: str | None = None,
        locate: bool = True,
    ) -> int:
        """Record a new incident and return its id.

        A place without coordinates is located first by the library's one rule
        (:func:`incident_tracker.geo.locate.complete_record`), unless ``locate`` is
        False (the CLI locates before, to ask and print). The geocoder is imported
        only then, so opening a store costs nothing more.
        """
        if locate and values.get("place") and values.get("latitude") is None:
            values = self._locate(values)
        record = self.prepare(values)
        checked_sources = [self.check_source(s) for s in sources]
        weapons = record.pop("weapons", None) or []
        tags = record.pop("tags", None) or []
        now = utc_now()
        with transaction(self.conn):
            columns = {**record, "uid": new_uid(), "created_at": now, "updated_at": now}
            names = list(columns)
            cursor = self._execute(
                f"INSERT INTO incidents ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
                [columns[n] for n in names],
            )
            incident_id = int(cursor.lastrowid or 0)
            self._set_list(incident_id, "weapons", weapons)
            self._set_list(incident_id, "tags", tags)
            for source in checked_sources:
                self._insert_source(incident_id, source, now)
            self._log(incident_id, now, "create", reason=reason)
        if not self.conn.in_transaction:
            analyze_on_milestone(self.conn, incident_id)
        return incident_id

    def _locate(self, values: dict[str, Any]) -> dict[str, Any]:
        """``values`` with the location fields filled from the place (see :meth:`add`); the note is logged."""
        import logging

        from ..geo.locate import complete_record, default_resolver

        record = dict(values)
        try:
            located = complete_record(record, resolver=default_resolver(self.conn))
        except GeocodingError as exc:
            logging.getLogger(__name__).warning("place %r not located: %s", values.get("place"), exc)
            return values
        if located.note:
            logging.getLogger(__name__).info(located.note)
        return record

    def add_many(
        self,
        records: Iterable[dict[str, Any]],
        *,
        reason: str | None = None,
        batch_size: int = 5000,
    ) -> list[int]:
        """Record many new incidents in one transaction and return their ids, in order.

        The bulk path for importers and large archives. Each record is checked by
        exactly the rules :meth:`add` uses (:meth:`prepare`, :meth:`check_source`);
        a record may carry its sources under a ``"sources"`` key. What differs is the
        writing: rows go in with ``executemany`` a batch at a time (the full-text
        index follows through m006's triggers), which is what makes a million rows
        take a minute rather than an hour. All or nothing: a bad record
        raises :class:`ValidationError` naming its position (counted from 1), and
        nothing is written. Records are consumed lazily, so memory stays flat however
        many there are.
        """
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        ids: list[int] = []
        with bulk_cache(self.conn):
            self._add_batches(records, reason, batch_size, ids)
        analyze_if_large(self.conn, len(ids))
        return ids

    def _add_batches(
        self, records: Iterable[dict[str, Any]], reason: str | None, batch_size: int, ids: list[int]
    ) -> None:
        """Check ``records`` and hand them to :class:`~.bulk.BulkWriter` batch by batch, in one transaction."""
        from .bulk import BulkWriter, NewIncident  # bulk builds on this module

        now = utc_now()
        with transaction(self.conn):
            # The writer reads the first free id on its first insert, inside this
            # transaction (which holds the write lock), so no other writer can take it.
            writer = BulkWriter(self, now=now, reason=reason, rebuild_indexes=True)
            batch: list[NewIncident] = []
            for position, item in enumerate(records, start=1):
                values = dict(item)
                raw_sources = values.pop("sources", None) or []
                try:
                    record = self.prepare(values)
                    checked = [self.check_source(s) for s in raw_sources]
                except ValidationError as exc:
                    raise ValidationError(f"Record {position}: {exc}") from None
                batch.append(NewIncident(record, new_uid(), now, now, sources=checked))
                if len(batch) >= batch_size:
                    ids.extend(writer.insert(batch))
                    batch = []
            ids.extend(writer.insert(batch))
            writer.finish()

    def edit(self, incident_id: int, changes: dict[str, Any], *, reason: str | None = None) -> list[dict[str, Any]]:
        """Apply changes, keeping the old values in the history. Returns what changed."""
        seen = self._last_change(incident_id)  # first: any write after this is caught below
        current = self.get(incident_id)
        updates = normalize_record(changes)
        for name, option in _REQUIRED.items():
            if name in updates and updates[name] is None:
                raise ValidationError(f"{option} cannot be empty: every incident has one.")
        if "event_date_end" in updates and "date_precision" not in updates and "event_date" not in updates:
            # A new end date alone: the precision follows the span, as it does on add.
            end = updates["event_date_end"]
            updates["date_precision"] = precision_for_span(current["event_date"], end) if end else "day"
        if updates.get("latitude") is not None and updates.get("latitude") != current["latitude"]:
            # New coordinates typed by the user: say where they came from, as add does.
            updates.setdefault("geocoder", "user")
            updates.setdefault("geo_precision", "exact")
        merged = {name: current[name] for name in INCIDENT_FIELDS if name in updates or name in current}
        merged.update(updates)
        whole = {k: merged.get(k) for k in INCIDENT_FIELDS}
        check_record(whole)  # also settles the span a precision implies (a week's end date)
        for name in ("event_date", "event_date_end"):
            if whole[name] != merged.get(name):
                updates[name] = whole[name]
        changed = [
            {"field": name, "old": current[name], "new": updates[name]}
            for name in updates
            if updates[name] != current[name]
        ]
        if not changed:
            return []
        with transaction(self.conn):
            self._unchanged_since(incident_id, seen)
            self.write_changes(incident_id, changed, utc_now(), reason)
        return changed

    def write_changes(self, incident_id: int, changed: list[dict[str, Any]], now: str, reason: str | None) -> None:
        """Write checked changes ({field, old, new}) with their history rows.

        The caller holds the transaction (one edit, or a whole import); the search
        index follows by itself through the triggers of migration m006.
        """
        columns = {c["field"]: c["new"] for c in changed if c["field"] not in LIST_FIELDS}
        if columns:
            assignments = ", ".join(f"{name} = ?" for name in columns)
            self._execute(
                f"UPDATE incidents SET {assignments}, updated_at = ? WHERE id = ?",
                [*columns.values(), now, incident_id],
            )
        else:
            self._touch(incident_id, now)
        for change in changed:
            if change["field"] in LIST_FIELDS:
                self._set_list(incident_id, change["field"], change["new"])
            self._log(incident_id, now, "update", change["field"], change["old"], change["new"], reason)

    def delete(self, incident_id: int, *, reason: str, duplicate_of: int | None = None) -> None:
        """Mark an incident deleted. It stays in the file, recoverable with :meth:`restore`."""
        if not reason or not reason.strip():
            raise ValidationError("Give a reason for deleting with --reason.")
        seen = self._last_change(incident_id)  # first: any write after this is caught below
        current = self.get(incident_id)
        if current["deleted_at"]:
            raise ValidationError(f"Incident {incident_id} is already deleted ({current['deleted_reason']}).")
        if duplicate_of is not None:
            if duplicate_of == incident_id:
                raise ValidationError("An incident cannot be a duplicate of itself.")
            self._require(duplicate_of)
            refuse_duplicate_cycle(self.conn, incident_id, duplicate_of)
        now = utc_now()
        with transaction(self.conn):
            self._unchanged_since(incident_id, seen)
            if duplicate_of is not None:
                self._insert_link(incident_id, duplicate_of, "duplicate_of", now)
            self._execute(
                "UPDATE incidents SET deleted_at = ?, deleted_reason = ?, updated_at = ? WHERE id = ?",
                [now, reason.strip(), now, incident_id],
            )
            self._log(incident_id, now, "delete", reason=reason.strip())

    def restore(self, incident_id: int, *, reason: str | None = None) -> None:
        seen = self._last_change(incident_id)  # first: any write after this is caught below
        current = self.get(incident_id)
        if not current["deleted_at"]:
            raise ValidationError(f"Incident {incident_id} is not deleted.")
        now = utc_now()
        with transaction(self.conn):
            self._unchanged_since(incident_id, seen)
            self._execute(
                "UPDATE incidents SET deleted_at = NULL, deleted_reason = NULL, updated_at = ? WHERE id = ?",
                [now, incident_id],
            )
            self._log(incident_id, now, "restore", old=current["deleted_reason"], reason=reason)

    def add_source(self, incident_id: int, source: dict[str, Any]) -> int:
        """Attach another source to an incident; returns the source id."""
        self._require(incident_id)
        checked = self.check_source(source)
        now = utc_now()
        with transaction(self.conn):
            source_id = self._insert_source(incident_id, checked, now)
            self._touch(incident_id, now)
            self._log(incident_id, now, "source", "sources", None, {"id": source_id, **checked})
        return source_id

    def get_source(self, source_id: int) -> dict[str, Any]:
        """One source, with the id of its incident."""
        row = self._execute(
            f"SELECT id, incident_id, {', '.join(SOURCE_FIELDS)} FROM sources WHERE id = ?", [source_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(f"No source with id {source_id}. 'tracker show ID' lists an incident's sources.")
        return dict(zip(["id", "incident_id", *SOURCE_FIELDS], row, strict=True))

    def edit_source(self, source_id: int, changes: dict[str, Any], reason: str | None = None) -> dict[str, Any]:
        """Change fields of a source (an empty string clears one); one transaction, kept in the
        incident's history with the old and new source. Returns the source as it now is."""
        current = self.get_source(source_id)
        incident_id = current.pop("incident_id")
        old = {f: current[f] for f in SOURCE_FIELDS}
        new = self.check_source({**old, **changes})
        if new == old:
            raise ValidationError(f"Source {source_id} already reads so: nothing to change.")
        now = utc_now()
        with transaction(self.conn):
            self._execute(
                f"UPDATE sources SET {', '.join(f'{f} = ?' for f in SOURCE_FIELDS)} WHERE id = ?",
                [*(new[f] for f in SOURCE_FIELDS), source_id],
            )
            self._touch(incident_id, now)
            self._log(incident_id, now, "source", "sources", {"id": source_id, **old}, {"id": source_id, **new},
                      reason=reason)  # fmt: skip
        return {"id": source_id, "incident_id": incident_id, **new}

    def remove_source(self, source_id: int, reason: str | None = None) -> int:
        """Remove a source from its incident; one transaction, the removed source kept in the
        incident's history. Returns the incident's id."""
        current = self.get_source(source_id)
        incident_id = int(current.pop("incident_id"))
        now = utc_now()
        with transaction(self.conn):
            self._execute("DELETE FROM sources WHERE id = ?", [source_id])
            self._touch(incident_id, now)
            self._log(incident_id, now, "source", "sources", current, None, reason=reason)
        return incident_id

    def add_drafts(
        self,
        drafts: Iterable[dict[str, Any]],
        source: dict[str, Any],
        *,
        attach_to: Iterable[int] = (),
        notes: Sequence[str | None] = (),
        attach_notes: Sequence[str | None] = (),
        reason: str | None = None,
    ) -> tuple[list[int], list[int]]:
        """Add accepted drafts with their article as source, and attach that source to
        incidents already recorded (a draft judged a duplicate), all in one transaction.

        ``notes`` and ``attach_notes`` (parallel to ``drafts`` and ``attach_to``) are
        the source's note on each incident: what this article says about it, as the
        codebook asks. Returns the new incident ids and the new source ids.
        """
        records = [dict(values) for values in drafts]
        for number, record in enumerate(records, start=1):
            try:
                self.prepare(record)  # every draft checked before anything is written
            except ValidationError as exc:
                raise ValidationError(f"Draft {number} cannot be added: {exc} Nothing was added.") from None
        checked = self.check_source(source)
        targets = list(attach_to)
        for target in targets:
            self._require(target)
        with transaction(self.conn):
            new_ids = [
                # Drafts were located (or deliberately not) by extract's locator: not again here.
                self.add(record, sources=[{**checked, "note": _nth(notes, n)}], reason=reason, locate=False)
                for n, record in enumerate(records)
            ]
            source_ids = [
                self.add_source(target, {**checked, "note": _nth(attach_notes, n)}) for n, target in enumerate(targets)
            ]
        return new_ids, source_ids

    def link(self, incident_id: int, other_id: int, kind: str = "related") -> None:
        """Link two incidents (``related`` or ``duplicate_of``)."""
        kind = parse_link_kind(kind)
        if incident_id == other_id:
            raise ValidationError("An incident cannot be linked to itself.")
        self._require(incident_id)
        self._require(other_id)
        existing = self._execute(
            "SELECT kind FROM links WHERE (incident_id = ? AND other_id = ?) OR "
            "(incident_id = ? AND other_id = ? AND kind = 'related')",
            [incident_id, other_id, other_id, incident_id],
        ).fetchall()
        if any(row[0] == kind for row in existing):
            raise ValidationError(f"Incidents {incident_id} and {other_id} are already linked as {kind}.")
        if kind == "duplicate_of":
            refuse_duplicate_cycle(self.conn, incident_id, other_id)
        now = utc_now()
        with transaction(self.conn):
            self._insert_link(incident_id, other_id, kind, now)

    def unlink(self, incident_id: int, other_id: int) -> int:
        """Remove every link between two incidents; returns how many were removed."""
        self._require(incident_id)
        self._require(other_id)
        now = utc_now()
        with transaction(self.conn):
            links = self._execute(
                "SELECT incident_id, other_id, kind FROM links WHERE "
                "(incident_id = ? AND other_id = ?) OR (incident_id = ? AND other_id = ?)",
                [incident_id, other_id, other_id, incident_id],
            ).fetchall()
            if not links:
                raise ValidationError(f"Incidents {incident_id} and {other_id} are not linked.")
            self._execute(
                "DELETE FROM links WHERE (incident_id = ? AND other_id = ?) OR (incident_id = ? AND other_id = ?)",
                [incident_id, other_id, other_id, incident_id],
            )
            for source_id, target_id, kind in links:
                for me, other in ((source_id, target_id), (target_id, source_id)):
                    self._log(me, now, "unlink", "links", {"id": other, "kind": kind}, None)
        return len(links)

    # --- internals --------------------------------------------------------------

    def _require(self, incident_id: int) -> None:
        if not self.exists(incident_id):
            raise NotFoundError(
                f"No incident with id {incident_id}. 'tracker list' shows the ids "
                "('tracker list --deleted' the deleted ones)."
            )

    @staticmethod
    def check_source(source: dict[str, Any]) -> dict[str, Any]:
        unknown = set(source) - set(SOURCE_FIELDS)
        if unknown:
            raise ValidationError(f"Unknown source field(s): {', '.join(sorted(unknown))}.")
        odd = [f for f in SOURCE_FIELDS if source.get(f) is not None and not isinstance(source[f], str)]
        if odd:  # an object or a number would be stored as its Python repr
            raise ValidationError(f"Source field {odd[0]} must be text, got {source[odd[0]]!r}.")
        cleaned = {f: (str(source[f]).strip() or None) if source.get(f) is not None else None for f in SOURCE_FIELDS}
        if not cleaned["url"] and not cleaned["outlet"]:
            raise ValidationError("A source needs a URL or an outlet (--source URL or --outlet NAME).")
        if cleaned["url"] and not looks_like_url(cleaned["url"]):
            raise ValidationError(
                f"{cleaned['url']!r} is not a URL (http://… or https://…). A source without a link: give "
                "--outlet NAME with a note, or keep the text as the source's note ('tracker source add ID "
                "TEXT --note-only --outlet NAME')."
            )
        if cleaned["published"]:
            cleaned["published"] = check_date_range(
                parse_date(cleaned["published"]).start, "published date"
            ).isoformat()
        return cleaned

    def _insert_source(self, incident_id: int, source: dict[str, Any], now: str) -> int:
        cursor = self._execute(
            f"INSERT INTO sources (incident_id, {', '.join(SOURCE_FIELDS)}, added_at) "
            f"VALUES (?, {', '.join('?' for _ in SOURCE_FIELDS)}, ?)",
            [incident_id, *(source[f] for f in SOURCE_FIELDS), now],
        )
        return int(cursor.lastrowid or 0)

    def _insert_link(self, incident_id: int, other_id: int, kind: str, now: str) -> None:
        self._execute(
            "INSERT INTO links (incident_id, other_id, kind, created_at) VALUES (?, ?, ?, ?)",
            [incident_id, other_id, kind, now],
        )
        back = "duplicated_by" if kind == "duplicate_of" else kind
        self._log(incident_id, now, "link", "links", None, {"id": other_id, "kind": kind})
        self._log(other_id, now, "link", "links", None, {"id": incident_id, "kind": back})

    def _set_list(self, incident_id: int, field: str, values: list[str]) -> None:
        table, column = {"weapons": ("incident_weapons", "weapon"), "tags": ("incident_tags", "tag")}[field]
        self._execute(f"DELETE FROM {table} WHERE incident_id = ?", [incident_id])
        self.conn.executemany(
            f"INSERT INTO {table} (incident_id, {column}) VALUES (?, ?)",
            [(incident_id, v) for v in values],
        )

    def _last_change(self, incident_id: int) -> int:
        """The id of the incident's latest history entry: every write to it adds one."""
        row = self._execute("SELECT max(id) FROM history WHERE incident_id = ?", [incident_id]).fetchone()
        return int(row[0] or 0)

    def _unchanged_since(self, incident_id: int, seen: int) -> None:
        """Inside the write transaction: refuse if another process wrote to the incident
        after we read it, so that the history never records a stale "old value"."""
        if self._last_change(incident_id) != seen:
            raise ConflictError(
                f"Incident {incident_id} was changed by another process while this command was "
                "preparing its change. Nothing was changed: look at it again ('tracker show "
                f"{incident_id}') and re-run the command."
            )

    def _touch(self, incident_id: int, now: str) -> None:
        self._execute("UPDATE incidents SET updated_at = ? WHERE id = ?", [now, incident_id])

    def _log(
        self,
        incident_id: int,
        now: str,
        action: str,
        field: str | None = None,
        old: object = None,
        new: object = None,
        reason: str | None = None,
    ) -> None:
        self._execute(
            "INSERT INTO history (incident_id, changed_at, action, field, old_value, new_value, reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [incident_id, now, action, field, _history_value(old), _history_value(new), reason],
        )
