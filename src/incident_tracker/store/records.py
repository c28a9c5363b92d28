"""The record's SQL: the SELECTs that return whole records, their decoding, and the small
rules every writer shares (timestamps, uids, URLs, duplicate chains).

Split from :mod:`.incidents` so that :mod:`.bulk` and :mod:`.incidents` both build on it
without importing each other.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections.abc import Callable
from typing import Any, cast

from ..errors import ValidationError
from ..models import (
    BOOLEAN_FIELDS,
    INCIDENT_FIELDS,
    LIST_FIELDS,
    EventDates,
    IncidentRecord,
    check_record,
    normalize_record,
)
from .filters import Filters, order_by

SOURCE_FIELDS: tuple[str, ...] = (
    "url",
    "outlet",
    "published",
    "headline",
    "source_original",
    "note",
    "reliability",
)

COLUMNS = [f for f in INCIDENT_FIELDS if f not in LIST_FIELDS]

#: What each list field's subquery selects, as a JSON array.
LIST_SQL = {
    "weapons": "(SELECT json_group_array(weapon) FROM\n"
    "     (SELECT weapon FROM incident_weapons WHERE incident_id = i.id ORDER BY rowid))",
    "tags": "(SELECT json_group_array(tag) FROM\n"
    "     (SELECT tag FROM incident_tags WHERE incident_id = i.id ORDER BY rowid))",
}

#: The names of the columns of ``RECORD_SELECT``: the codebook's fields in order, then
#: sources and links, so that a row becomes the record with one ``dict(zip(...))``.
RECORD_NAMES = (*INCIDENT_FIELDS, "sources", "links")

#: The links of incident ``i`` seen from its side (a duplicate_of pointing at it is
#: duplicated_by), in the order of the other incident's uid, then the kind: a rule that holds
#: in every file, where the order they were made in (probe16's export → import → export listed
#: an incident's two links the other way round) and the ids do not.
_LINKS_OF_I = """
      SELECT l.other_id AS other, l.kind AS kind, o.uid AS uid
      FROM links AS l LEFT JOIN incidents AS o ON o.id = l.other_id WHERE l.incident_id = i.id
      UNION ALL
      SELECT l.incident_id, CASE l.kind WHEN 'duplicate_of' THEN 'duplicated_by' ELSE l.kind END, o.uid
      FROM links AS l LEFT JOIN incidents AS o ON o.id = l.incident_id WHERE l.other_id = i.id
      ORDER BY uid, kind"""

#: One SELECT that returns a whole record per row, lists included, so that large
#: results stream without a query per incident.
RECORD_SELECT = f"""
SELECT {", ".join(f"{LIST_SQL[name]} AS {name}" if name in LIST_SQL else "i." + name for name in INCIDENT_FIELDS)},
  (SELECT json_group_array(json_object(
      'id', s.id, {", ".join(f"'{f}', s.{f}" for f in SOURCE_FIELDS)}))
     FROM (SELECT * FROM sources WHERE incident_id = i.id ORDER BY id) AS s) AS sources,
  (SELECT json_group_array(json_object('id', l.other, 'uid', l.uid, 'kind', l.kind)) FROM (
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
FLAT_SELECT = f"""
SELECT {
    ", ".join(
        _list_cell("weapon", "incident_weapons") + " AS weapons"
        if c == "weapons"
        else _list_cell("tag", "incident_tags") + " AS tags"
        if c == "tags"
        else f"CASE i.{c} WHEN 1 THEN 'true' WHEN 0 THEN 'false' END AS {c}"
        if c in BOOLEAN_FIELDS
        else "i." + c
        for c in INCIDENT_FIELDS
    )
},
  (SELECT json_group_array(json_object({", ".join(f"'{f}', s.{f}" for f in SOURCE_FIELDS)}))
     FROM (SELECT * FROM sources WHERE incident_id = i.id ORDER BY id) AS s
     HAVING count(*) > 0) AS sources,
  (SELECT group_concat(l.kind || ':' || l.uid, '; ') FROM (
{_LINKS_OF_I}) AS l) AS links
FROM incidents AS i
"""


def select_records(
    select: str, filters: Filters | None, sort: str | None, limit: int | None
) -> tuple[str, list[object]]:
    """A record query with the filters, order and limit applied (checked before it runs)."""
    where, params = Filters.given(filters).where()
    order = order_by(sort)
    if limit is None:
        return f"{select} WHERE {where} ORDER BY {order}", params
    if limit < 0:
        raise ValidationError("The limit cannot be negative.")
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


#: A plain ASCII address: scheme, a host of the characters a host may hold, then anything
#: but spaces. Whatever it accepts the full check accepts too (tests/test_url_check.py);
#: what it does not match goes to the full check.
_PLAIN_URL = re.compile(r"(?:https?|ftp)://[A-Za-z0-9._~%!$&'()*+,;=:-]+(?:[/?#]\S*)?", re.IGNORECASE)
_SPACE = re.compile(r"\s")


def looks_like_url(text: str) -> bool:
    """An address to follow: http(s) or ftp with a host, and no spaces. Anything else typed
    where a URL goes ("Tajik MFA statement") is refused, not stored as a link.

    Every source of every imported row comes through here: the usual address is settled
    by one regular expression (~0.5 µs), the rest by ``urlsplit`` (~8 µs).
    """
    if _PLAIN_URL.fullmatch(text):
        return True
    from urllib.parse import urlsplit

    parts = urlsplit(text)
    return parts.scheme.lower() in ("http", "https", "ftp") and bool(parts.netloc) and not _SPACE.search(text)


#: The columns of a history row that travel in an export (``export --with-history``): an
#: imported row is the same as a stored one when all of them but the reason agree.
HISTORY_KEYS = ("changed_at", "action", "field", "old_value", "new_value", "reason")
#: The actions an incident's history holds (``tracker history``): an imported row names one of them.
HISTORY_ACTIONS = ("create", "update", "delete", "restore", "source", "link", "unlink")


def history_value(value: object) -> str | None:
    """A field's value as a history row stores it: text, a list (weapons, tags) as JSON, so that
    ``tracker history`` and an export give it back as it was."""
    if value is None:
        return None
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


#: The C scanner behind ``json.loads``, called directly: SQLite's ``json_group_array``
#: writes compact JSON with nothing around it, and for the short arrays of one record
#: ``json.loads``' own checks took longer than the parsing (0.55 µs instead of 3.4 µs
#: for a weapon list).
_scan_json: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


def decode_row(row: tuple[Any, ...]) -> IncidentRecord:
    """Turn a raw row (a tuple) from ``RECORD_SELECT`` into the record of the codebook.

    One dict, built once: this runs for every row of a list or an export, and with
    a dict per step it cost more than the query itself.
    """
    record = dict(zip(RECORD_NAMES, row, strict=True))
    for name in ("weapons", "tags", "sources", "links"):
        text = record[name]
        # Most incidents have no tags or links: skip the parser for the empty array.
        record[name] = [] if text == "[]" else _scan_json(text, 0)[0]
    for name in BOOLEAN_FIELDS:
        if record[name] is not None:
            record[name] = bool(record[name])
    return cast(IncidentRecord, record)


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


def prepare_record(values: dict[str, Any]) -> dict[str, Any]:
    """Check a new record and fill the defaults, without touching the database.

    Callers may use it to validate before opening (and perhaps creating) a file.
    """
    return complete_record(normalize_record(values))


def complete_record(record: dict[str, Any]) -> dict[str, Any]:
    """Fill the defaults of an already normalised record and check it whole.

    Split from :meth:`prepare` so an importer that has normalised a row once
    (to find out whether it is new) does not normalise it twice.
    """
    if record.get("attribution") is None:
        # Nobody stated one: the codebook's default, kept visible as a default.
        record["attribution"] = "unattributed"
        if record.get("attribution_default") is None:
            record["attribution_default"] = True
    dates = EventDates.of(record)
    if dates is not None and not record.get("date_precision"):
        # No precision given: the one the span implies, as 'tracker add --date --end-date' infers it.
        record["date_precision"] = dates.span_precision()
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
