"""The import's row checks as they were before the fast path (issue 17), kept verbatim as
the oracle of ``tests/test_import_fast.py``: the current code must accept the same rows,
produce the same records and refuse the rest with the same messages.

Copied from ``models/checks.py`` (``normalize_record``, ``check_record``),
``store/core.py`` (``check_source``), ``store/records.py`` (``complete_record``),
``exchange/columns.py`` (``row_to_values``, ``parse_sources``), ``exchange/import_rows.py``
(``_stamp``) and ``exchange/importer.py`` (``Importer.parse``) at commit 78bde8a; since then
only the attribution default of migration m014, the dates in words of probe4 (import reads
a date as 'tracker add' does, and a span's precision follows it), the toll ranges of probe5
and the refusal of times more than a day ahead (fixes18) were added, marked where they are. They
call the same field parsers (vocabularies, dates, countries, tolls), which are not part
of the rewrite.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from typing import Any

from incident_tracker.errors import ValidationError
from incident_tracker.exchange.columns import SOURCE_KEYS, decode_list, parse_links, restore
from incident_tracker.exchange.import_rows import FieldError, content_uid, parsed_link_kind
from incident_tracker.models import LIST_FIELDS, check_date_range, parse_date, parse_sub_event_type
from incident_tracker.models.casualties import DEATH_PARTS, TOLLS, Casualties, is_toll_phrase, parse_casualties
from incident_tracker.models.checks import _worded_dates
from incident_tracker.models.coordinates import check_coordinates
from incident_tracker.models.dates import is_date_phrase, precision_for_span, settle_span
from incident_tracker.models.field_values import FIELD_CHECKS as _NORMALIZERS
from incident_tracker.models.record import missing_fields
from incident_tracker.models.times import check_not_future
from incident_tracker.store.records import SOURCE_FIELDS, looks_like_url

_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
_META = ("id", "uid", "created_at", "updated_at", "deleted_at", "deleted_reason", "sources", "links")
_UID = re.compile(r"[\w.:-]{1,100}")


def row_to_values(row: dict[str, str | None], *, safe: bool = True) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, cell in row.items():
        if name is None:
            raise ValidationError("more cells than columns in the header")
        if not cell:
            values[name] = [] if name in LIST_FIELDS else None
            continue
        if safe and cell[0] == "'":
            cell = restore(cell)
        values[name] = decode_list(cell) if name in LIST_FIELDS else cell
    return values


def parse_sources(value: Any) -> list[dict[str, Any]]:
    if value in (None, ""):
        return []
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise ValidationError("sources must be a JSON array of objects (url, outlet, …).") from None
    if not isinstance(value, list) or not all(isinstance(s, dict) for s in value):
        raise ValidationError("sources must be a JSON array of objects (url, outlet, …).")
    unknown = {k for s in value for k in s} - {*SOURCE_KEYS, "id"}
    if unknown:
        raise ValidationError(f"Unknown source field(s): {', '.join(sorted(unknown))}.")
    return [{k: s.get(k) for k in SOURCE_KEYS} for s in value]


def check_source(source: dict[str, Any]) -> dict[str, Any]:
    unknown = set(source) - set(SOURCE_FIELDS)
    if unknown:
        raise ValidationError(f"Unknown source field(s): {', '.join(sorted(unknown))}.")
    odd = [f for f in SOURCE_FIELDS if source.get(f) is not None and not isinstance(source[f], str)]
    if odd:  # an object or a number would be stored as its Python repr
        raise ValidationError(f"Source field {odd[0]} must be text, got {source[odd[0]]!r}.")
    cleaned = {f: (str(source[f]).strip() or None) if source.get(f) is not None else None for f in SOURCE_FIELDS}
    if not cleaned["url"] and not cleaned["outlet"]:
        raise ValidationError("A source needs a URL or an outlet (the name of who published it).", field="url")
    if cleaned["url"] and not looks_like_url(cleaned["url"]):
        raise ValidationError(
            f"{cleaned['url']!r} is not a URL (http://… or https://…). A source without a link: give "
            "its outlet with a note, or keep the text as the source's note (with its outlet).",
            field="url",
        )
    if cleaned["published"]:
        cleaned["published"] = check_date_range(parse_date(cleaned["published"]).start, "published date").isoformat()
    return cleaned


def _stamp(value: Any, name: str) -> str | None:
    if value is None or value == "":
        return None
    text = str(value).strip()
    if _STAMP.fullmatch(text):
        try:
            if not text.isascii():
                raise ValueError(text)
            dt.datetime(
                int(text[0:4]), int(text[5:7]), int(text[8:10]), int(text[11:13]), int(text[14:16]), int(text[17:19])
            )
        except ValueError:
            raise ValidationError(f"{name} {text!r} is not a real date and time.") from None
        return check_not_future(text, name)  # fixes18: a time more than a day ahead is refused
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"{name} must be an ISO timestamp (2025-11-24T10:00:00Z), got {text!r}.") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return check_not_future(parsed.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), name)  # fixes18


def _worded_tolls(values: dict[str, Any]) -> dict[str, Any]:
    # probe5, in both this oracle and the code: a range (3-5) or a bound (>3) is read as 'add --killed' reads it.
    worded = [what for what in TOLLS if isinstance(values.get(what), str) and is_toll_phrase(values[what])]
    if not worded:
        return values
    values = dict(values)
    for what in worded:
        parsed = parse_casualties(values[what], what)
        values[what] = parsed.best
        for name, value in parsed.fields(what).items():
            if values.get(name) in (None, ""):
                values[name] = value
    return values


def normalize_record(values: Mapping[str, Any]) -> dict[str, Any]:
    unknown = values.keys() - _NORMALIZERS.keys()
    if unknown:
        raise ValidationError(f"Unknown field(s): {', '.join(sorted(unknown))}.")
    values = _worded_tolls(dict(values))
    # probe4, in both this oracle and the code: a date in words is read as 'tracker add --date' reads it.
    if is_date_phrase(values.get("event_date")) or is_date_phrase(values.get("event_date_end")):
        values = _worded_dates(values)
    out: dict[str, Any] = {}
    for name, value in values.items():
        try:
            out[name] = _NORMALIZERS[name](value, name) if value is not None or name in LIST_FIELDS else None
        except ValidationError as exc:
            exc.field = exc.field or name
            raise
    if out.get("sub_event_type"):
        try:
            owner, label = parse_sub_event_type(str(out["sub_event_type"]), out.get("event_type"))
        except ValidationError as exc:
            exc.field = exc.field or "sub_event_type"
            raise
        out["event_type"], out["sub_event_type"] = owner, label
    return out


def check_record(record: dict[str, Any]) -> None:
    for need in missing_fields(record):
        raise ValidationError(f"Missing {need.words}: {need.hint}.", field=need.field)
    end = record.get("event_date_end")
    if end and str(end) < str(record["event_date"]):
        raise ValidationError(
            f"The end date {end} is before the start date {record['event_date']}.", field="event_date_end"
        )
    # Added with migration m014 (attribution_default), in both this oracle and the code.
    if record.get("attribution_default") and record.get("attribution") not in (None, "unattributed"):
        raise ValidationError(
            f"attribution_default marks the 'unattributed' default, but the attribution is {record['attribution']!r}.",
            field="attribution_default",
        )
    settle_span(record)
    check_coordinates(record.get("latitude"), record.get("longitude"))
    for what in TOLLS:
        Casualties.of(record, what).check(what)
    check_death_parts(record)


def check_death_parts(record: dict[str, Any]) -> None:
    parts: dict[str, int] = {}
    for name in DEATH_PARTS:
        value = record.get(name)
        if value is not None:
            parts[name] = int(value)
    if not parts:
        return
    total = sum(parts.values())
    shown = " + ".join(f"{name} {value}" for name, value in parts.items())
    best, high = record.get("killed"), record.get("killed_high")
    if len(parts) == len(DEATH_PARTS):
        if best is not None and total != best:
            raise ValidationError(
                f"The deaths by side ({shown} = {total}) do not add up to killed ({best}).", field="deaths_a"
            )
        low = record.get("killed_low")
        if best is None and ((low is not None and total < low) or (high is not None and total > high)):
            raise ValidationError(
                f"The deaths by side ({shown} = {total}) lie outside the killed range.", field="deaths_a"
            )
        return
    ceiling = high if high is not None else best
    if ceiling is not None and total > ceiling:
        raise ValidationError(
            f"The deaths by side ({shown} = {total}) are more than the killed total ({ceiling}).", field="deaths_a"
        )


def complete_record(record: dict[str, Any]) -> dict[str, Any]:
    if record.get("attribution") is None:
        record["attribution"] = "unattributed"
        if record.get("attribution_default") is None:  # m014, in both this oracle and the code
            record["attribution_default"] = True
    if record.get("event_date") and not record.get("date_precision"):
        end = record.get("event_date_end")  # probe4, in both: a span's precision, as add infers it
        record["date_precision"] = precision_for_span(record["event_date"], end) if end else "day"
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


def parse_row(values: dict[str, Any]) -> tuple[dict[str, Any], str | None, dict[str, Any], list[Any], list[Any]]:
    """``Importer.parse`` on one row's values: (record, uid, stamps, sources, links)."""
    meta = {name: values.pop(name) for name in _META if name in values}
    uid = meta.get("uid")
    if uid is not None and uid != "":
        uid = str(uid).strip()
        if not _UID.fullmatch(uid):
            raise FieldError("uid", f"uid {uid!r} is not an id (letters, digits, - _ . : only).")
    else:
        uid = None
    stamps = {}
    for name in ("created_at", "updated_at", "deleted_at"):
        try:
            stamps[name] = _stamp(meta.get(name), name)
        except ValidationError as exc:
            raise FieldError(name, str(exc)) from None
    reason = meta.get("deleted_reason")
    stamps["deleted_reason"] = str(reason).strip() or None if reason is not None else None
    try:
        sources = [check_source(s) for s in parse_sources(meta.get("sources"))]
    except ValidationError as exc:
        raise FieldError("sources", str(exc)) from None
    try:
        links = [(parsed_link_kind(kind), other) for kind, other in parse_links(meta.get("links"))]
    except ValidationError as exc:
        raise FieldError("links", str(exc)) from None
    record = normalize_record(values)
    if uid is None:  # a row without external id (the tests give none): a uid from its content
        uid = content_uid(record, sources)
    return record, uid, stamps, sources, links


def database_content(path: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Everything an import wrote, to compare two databases: every table's rows in rowid
    order; the summary tables (whose rowids follow the order their keys first came) in
    key order; the search indexes as their terms, documents, columns and offsets (their
    b-tree pages depend on how many rows each statement indexed, the index does not).
    The migrations' bookkeeping, which records when each ran, is left out."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if name != "_sqlite_migrations" and not name.startswith(("incidents_fts", "sources_fts"))
        ]
        content = {}
        for table in tables:
            order = "1, 2, 3, 4, 5, 6" if table.startswith("stats_") else "rowid"
            content[table] = conn.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
        for index in ("incidents_fts", "sources_fts"):
            conn.execute(f"CREATE VIRTUAL TABLE temp.vocab_{index} USING fts5vocab(main, {index}, instance)")
            content[index] = conn.execute(f"SELECT * FROM temp.vocab_{index} ORDER BY 1, 2, 3, 4").fetchall()
        content["schema"] = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        return content
    finally:
        conn.close()
