"""SQL that reads a typed column of ``incidents`` only when it holds what tracker writes.

The SQL twin of :mod:`..models.stored_values` for the readers that never build a record (the
duplicate sweep, the timeline's window): a date that is no day, a toll that is text or negative, a
latitude of 200 reads as NULL (unknown) there too, instead of stopping the command at the first
one or being computed with.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..models import ATTRIBUTION_STATUSES, DATE_PRECISIONS, EVENT_TYPES, GEO_PRECISIONS, MAX_COUNT, TOLL_FIELDS, TOLLS
from ..models.dates import EARLIEST_DATE, LATEST_DATE
from ..models.stored_values import DATE_PARTS, POINT_PARTS
from .figure_sql import is_whole, whole_toll

#: The tolls by each of their typed columns (``killed_low`` → ``killed``); the ``_text`` is free text.
_TOLL_OF = {name: toll for toll in TOLLS for name in TOLL_FIELDS[toll][:3]}


def is_day(column: str) -> str:
    """True when ``column`` holds a day as tracker writes it: SQLite's ``date()`` gives a valid ISO
    day back as it is, and anything else as NULL or another text; and within the years a record may
    hold (``models.stored_values.is_stored_day``: 1900 to 2100)."""
    return (
        f"(typeof({column}) = 'text' AND date({column}) IS {column} "
        f"AND {column} BETWEEN '{EARLIEST_DATE.isoformat()}' AND '{LATEST_DATE.isoformat()}')"
    )


def readable_dates(alias: str = "i") -> str:
    """True when the row's dates (start, end, precision) are all as tracker writes them."""
    start, end, precision = (f"{alias}.{name}" for name in DATE_PARTS)
    precisions = ", ".join(f"'{p}'" for p in DATE_PRECISIONS)
    return (
        f"({is_day(start)} AND ({end} IS NULL OR ({is_day(end)} AND {end} >= {start})) "
        f"AND {precision} IN ({precisions}))"
    )


def readable_point(alias: str = "i") -> str:
    """True when both coordinates are numbers on the globe."""
    lat, lon = (f"{alias}.{name}" for name in POINT_PARTS)
    return (
        f"(typeof({lat}) IN ('real', 'integer') AND {lat} BETWEEN -90 AND 90 "
        f"AND typeof({lon}) IN ('real', 'integer') AND {lon} BETWEEN -180 AND 180)"
    )


def readable_toll(what: str, alias: str = "i") -> str:
    """True when a toll reads as one: with a best, when it is whole (:func:`.figure_sql.whole_toll`, the test
    the figures, m019's triggers and the casualties view make: one rule, written once, probe17); without one,
    when its low and high (a range alone) are each a count from 0 to the codebook's largest (or empty), the
    low not above the high. Never NULL: ``holds_unreadable`` asks for ``NOT`` of it."""
    best, low, high = (f"{alias}.{what}{part}" for part in ("", "_low", "_high"))
    range_alone = " AND ".join(
        (
            *(f"({c} IS NULL OR ({is_whole(c, '0', str(MAX_COUNT))}))" for c in (low, high)),
            f"({low} IS NULL OR {high} IS NULL OR {low} <= {high})",
        )
    )
    return f"(CASE WHEN {best} IS NULL THEN {range_alone} ELSE {whole_toll(what, alias)} END)"


def guarded(column: str, alias: str = "i") -> str:
    """``alias.column`` as a select expression, NULL where it holds what no version of tracker writes."""
    if column in DATE_PARTS:
        test = readable_dates(alias)
    elif column in POINT_PARTS:
        test = readable_point(alias)
    elif column in _TOLL_OF:
        test = readable_toll(_TOLL_OF[column], alias)
    else:
        return f"{alias}.{column}"
    return f"CASE WHEN {test} THEN {alias}.{column} END AS {column}"


def _listed(values: Iterable[str]) -> str:
    return ", ".join("'" + value.replace("'", "''") + "'" for value in values)


def holds_unreadable(alias: str = "i") -> str:
    """True when the row holds any value :func:`..models.stored_values.unreadable_values` reads as
    unknown: what a reader that never builds records (``timeline``, ``stats``, ``duplicates``, the CSV
    export) asks to say so in the Note the record readers give (``IncidentStore.note_unreadable``)."""
    lat, lon = (f"{alias}.{name}" for name in POINT_PARTS)
    readable = " AND ".join(
        (
            readable_dates(alias),
            readable_toll("killed", alias),
            readable_toll("injured", alias),
            f"(({lat} IS NULL AND {lon} IS NULL) OR {readable_point(alias)})",
            f"{alias}.attribution IN ({_listed(ATTRIBUTION_STATUSES)})",
            f"{alias}.event_type IN ({_listed(EVENT_TYPES)})",
            f"({alias}.geo_precision IS NULL OR {alias}.geo_precision IN ({_listed(GEO_PRECISIONS)}))",
        )
    )
    return f"NOT ({readable})"
