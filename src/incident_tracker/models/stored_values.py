"""Values in a stored record that no version of tracker writes: what another program put there.

Analysts pass database files to each other and open them in DB Browser for SQLite, where a toll
can become ``'many'``, a date ``2024-13-45`` and a latitude 200 (the schema's CHECKs stop some of
it, but a table rebuilt by such a program may have lost them). A reading command must not stop
at the first such value, nor compute with it: each one is read as unknown (empty), which is what
the record can honestly say, and the command says which incidents it met (``tracker check`` names
every value). The codebook's text fields are text whatever they hold and are shown as written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from ..errors import StoredValueError
from .casualties import MAX_COUNT, TOLL_FIELDS, TOLLS
from .dates import EARLIEST_DATE, LATEST_DATE
from .vocabularies import ATTRIBUTION_STATUSES, DATE_PRECISIONS, EVENT_TYPES, GEO_PRECISIONS

#: The fields that make an incident's dates: one unreadable, the dates are unknown together.
DATE_PARTS = ("event_date", "event_date_end", "date_precision")
#: The coordinate fields: a point is both or nothing.
POINT_PARTS = ("latitude", "longitude")
#: Coded text fields shown as written when out of the codebook (the renderer escapes them), never
#: emptied: they are the record's only statement of its type and attribution.
KEPT_AS_WRITTEN = ("event_type", "attribution")
#: The types SQLite gives back for a REAL or INTEGER column.
_NUMBERS = (int, float)


def is_day(value: object) -> bool:
    """An ISO day as the store writes it (``2025-11-24``): text, ten characters, on the calendar. The dashes
    are tested too: ``date.fromisoformat`` also takes an ISO week day (``2025-W47-1``) and, on Python 3.11,
    ``20251124xx``, which the store never writes and SQL's ``date()`` does not read as that day."""
    if type(value) is not str or len(value) != 10 or value[4] != "-" or value[7] != "-":
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


#: The first and last day a record may hold, as stored (``models.dates``: 1900 to 2100).
_FIRST_DAY, _LAST_DAY = EARLIEST_DATE.isoformat(), LATEST_DATE.isoformat()


def is_stored_day(value: object) -> bool:
    """A day as the store writes it (:func:`is_day`) within the years a record may hold: ``0001-01-01`` and
    ``9999-12-31`` are days, but no version of tracker writes them (``add`` and ``import`` refuse them), and a
    reader took them as the incident's date (a timeline period "Jan 1", the stats' first): probe16."""
    return is_day(value) and _FIRST_DAY <= value <= _LAST_DAY  # type: ignore[operator]


def _is_count(value: object) -> bool:
    """A toll as tracker writes it: unknown, or a whole number from 0 to the codebook's largest (not a bool,
    not text): ``4611686018427387904`` killed is refused by ``add`` and read as unknown by the figures."""
    return value is None or (type(value) is int and 0 <= value <= MAX_COUNT)


def _is_coordinate(value: object, limit: float) -> bool:
    """A coordinate as tracker writes it: a number as SQLite gives it back (not a bool, not text) within
    ±``limit``; the comparison refuses an infinity and a NaN as well."""
    return type(value) in _NUMBERS and -limit <= value <= limit  # type: ignore[operator]


def _date_faults(record: Mapping[str, Any]) -> dict[str, object]:
    if "event_date" not in record:  # a partial row (a report's columns) without the dates
        return {}
    start, end, precision = (record.get(name) for name in DATE_PARTS)
    wrong = (
        not is_stored_day(start)
        or (end is not None and (not is_stored_day(end) or end < start))
        or precision not in DATE_PRECISIONS
    )
    if not wrong:
        return {}
    # The empty start is named too: a NULL where tracker always writes a day.
    return {name: record.get(name) for name in DATE_PARTS if record.get(name) is not None or name == "event_date"}


def _toll_faults(record: Mapping[str, Any]) -> dict[str, object]:
    found: dict[str, object] = {}
    for toll in TOLLS:
        best, low, high, _text = TOLL_FIELDS[toll]
        if best not in record:
            continue
        values = {name: record.get(name) for name in (best, low, high)}
        counts = all(_is_count(value) for value in values.values())
        known = [value for value in (values[low], values[best], values[high]) if value is not None]
        if not counts or known != sorted(known):  # low ≤ best ≤ high, whichever are given
            found.update({name: value for name, value in values.items() if value is not None})
    return found


def _point_faults(record: Mapping[str, Any]) -> dict[str, object]:
    latitude, longitude = (record.get(name) for name in POINT_PARTS)
    if "latitude" not in record or (latitude is None and longitude is None):
        return {}
    if _is_coordinate(latitude, 90) and _is_coordinate(longitude, 180):
        return {}
    return {name: record.get(name) for name in POINT_PARTS if record.get(name) is not None}


def _code_faults(record: Mapping[str, Any]) -> dict[str, object]:
    found: dict[str, object] = {}
    if "attribution" in record and record["attribution"] not in ATTRIBUTION_STATUSES:
        found["attribution"] = record["attribution"]
    if "event_type" in record and record["event_type"] not in EVENT_TYPES:
        found["event_type"] = record["event_type"]
    geo_precision = record.get("geo_precision")
    if geo_precision is not None and geo_precision not in GEO_PRECISIONS:
        found["geo_precision"] = geo_precision
    return found


_PRECISIONS = frozenset(DATE_PRECISIONS)
_STATUSES = frozenset(ATTRIBUTION_STATUSES)
_TYPES = frozenset(EVENT_TYPES)
_GEO_PRECISIONS = frozenset((None, *GEO_PRECISIONS))
_TOLL_PARTS = tuple(TOLL_FIELDS[toll][:3] for toll in TOLLS)


def _all_readable(record: Mapping[str, Any]) -> bool:
    """Whether every value is as tracker writes it, settled fast: every row of a list or an export
    comes through here, and a valid record should cost little more than its decoding. The same rules
    as the account of faults below (tests/test_stored_values.py holds the two to each other); False
    sends the record to that account, which says what is wrong."""
    get = record.get
    start, end = get("event_date"), get("event_date_end")
    if not is_stored_day(start) or get("date_precision") not in _PRECISIONS:
        return False
    if end is not None and not (is_stored_day(end) and end >= start):
        return False
    for best_name, low_name, high_name in _TOLL_PARTS:
        best, low, high = get(best_name), get(low_name), get(high_name)
        if low is None and high is None:  # one count or none, the common case: no order to test
            if best is None or (type(best) is int and 0 <= best <= MAX_COUNT):
                continue
            return False
        if not (_is_count(best) and _is_count(low) and _is_count(high)):
            return False
        if (low is not None and ((best is not None and low > best) or (high is not None and low > high))) or (
            best is not None and high is not None and best > high
        ):
            return False
    latitude, longitude = get("latitude"), get("longitude")
    if (latitude is not None or longitude is not None) and not (
        _is_coordinate(latitude, 90) and _is_coordinate(longitude, 180)
    ):
        return False
    return get("attribution") in _STATUSES and get("event_type") in _TYPES and get("geo_precision") in _GEO_PRECISIONS


def unreadable_values(record: Mapping[str, Any]) -> dict[str, object]:
    """The fields of a stored record holding a value no version of tracker writes, with the value
    (empty when there is none). Tolls out of order (low above best) are all unreadable together, as
    are the dates when one part is, and the point when one coordinate is. A partial row (a report's
    columns) is asked only about the fields it has."""
    if _all_readable(record):  # the common case first: nothing to account for
        return {}
    return _faults(record)


def _faults(record: Mapping[str, Any]) -> dict[str, object]:
    """The account :func:`unreadable_values` gives of a record the fast test did not pass."""
    return {**_date_faults(record), **_toll_faults(record), **_point_faults(record), **_code_faults(record)}


def read_as_unknown(record: dict[str, Any], faults: Mapping[str, object]) -> dict[str, Any]:
    """The record with each unreadable value emptied (``None``), but the coded text kept as written;
    a point is emptied with its precision, so that nothing claims a place the record cannot give."""
    emptied = {name: None for name in faults if name not in KEPT_AS_WRITTEN}
    if "latitude" in emptied or "longitude" in emptied:
        emptied.update(latitude=None, longitude=None, geo_precision=None)
    return {**record, **emptied}


def as_readable(record: dict[str, Any]) -> dict[str, Any]:
    """The record with its unreadable values read as unknown (the record itself when it has none), for
    a report's rows that are never computed with otherwise; the store's reads also note the incident."""
    faults = unreadable_values(record)
    return read_as_unknown(record, faults) if faults else record


def describe_faults(faults: Mapping[str, object], *, limit: int = 3) -> str:
    """``event_date '2024-13-45', killed 'many'``: a short account for a message (text cut short)."""
    shown = []
    for name, value in list(faults.items())[:limit]:
        if value is None:
            text = "empty"
        elif isinstance(value, bytes):
            text = f"a blob of {len(value):,} bytes"
        else:
            text = repr(value)
        shown.append(f"{name} {text[:40]}{'…' if len(text) > 40 else ''}")
    more = len(faults) - limit
    return ", ".join(shown) + (f" and {more} more" if more > 0 else "")


#: The field an edit sets to replace each unreadable one (the date sets its end and precision too,
#: a toll its low and high, a latitude goes with a longitude), and the words for it.
_SET_BY = {
    **{name: ("event_date", "its date") for name in DATE_PARTS},
    **{name: (toll, f"its {toll} toll") for toll in TOLLS for name in TOLL_FIELDS[toll][:3]},
    **{name: ("latitude", "its coordinates") for name in POINT_PARTS},
    "attribution": ("attribution", "its attribution"),
    "event_type": ("event_type", "its event type"),
    "geo_precision": ("latitude", "its coordinates"),
}


def _group(name: str) -> tuple[str, ...]:
    """The fields any of which an edit may set to replace the unreadable ``name`` (the dates together,
    a toll's best, low and high together, the point and its precision together)."""
    for group in (DATE_PARTS, *(TOLL_FIELDS[toll][:3] for toll in TOLLS), (*POINT_PARTS, "geo_precision")):
        if name in group:
            return group
    return (name,)


def refuse_kept_faults(incident_id: int, current: Mapping[str, Any], updates: Mapping[str, Any]) -> None:
    """Refuse an edit that would keep a value no version of tracker writes: the whole record is
    checked before it is saved, and a date '2024-13-45' left in it would fail that check in words
    about the field the edit did not touch, or (a status out of the codebook) be saved again.
    The edit that sets the field is what repairs it."""
    faults = unreadable_values(current)
    kept = {name: value for name, value in faults.items() if updates.keys().isdisjoint(_group(name))}
    if not kept:
        return
    first = next(iter(kept))
    field, words = _SET_BY[first]
    raise StoredValueError(
        f"Incident {incident_id} holds what no version of tracker writes ({describe_faults(kept)}; another "
        f"program changed the file?), so this edit was not saved: set {words} in the same edit. "
        "'tracker check' names every such value.",
        field=field,
    )
