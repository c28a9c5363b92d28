"""SQL that reads a typed column of ``incidents`` only when it holds what tracker writes.

The SQL twin of :mod:`..models.stored_values` for the readers that never build a record (the
duplicate sweep, the timeline's window): a date that is no day, a toll that is text or negative, a
latitude of 200 reads as NULL (unknown) there too, instead of stopping the command at the first
one or being computed with.
"""

from __future__ import annotations

from ..models import DATE_PRECISIONS


def _is_day(column: str) -> str:
    # SQLite's date() gives back a valid ISO day as it is; anything else becomes NULL or another text.
    return f"(typeof({column}) = 'text' AND date({column}) IS {column})"


def readable_dates(alias: str = "i") -> str:
    """True when the row's dates (start, end, precision) are all as tracker writes them."""
    start, end, precision = f"{alias}.event_date", f"{alias}.event_date_end", f"{alias}.date_precision"
    precisions = ", ".join(f"'{p}'" for p in DATE_PRECISIONS)
    return (
        f"({_is_day(start)} AND ({end} IS NULL OR ({_is_day(end)} AND {end} >= {start})) "
        f"AND {precision} IN ({precisions}))"
    )


def readable_point(alias: str = "i") -> str:
    """True when both coordinates are numbers on the globe."""
    lat, lon = f"{alias}.latitude", f"{alias}.longitude"
    return (
        f"(typeof({lat}) IN ('real', 'integer') AND {lat} BETWEEN -90 AND 90 "
        f"AND typeof({lon}) IN ('real', 'integer') AND {lon} BETWEEN -180 AND 180)"
    )


def readable_toll(what: str, alias: str = "i") -> str:
    """True when a toll's best, low and high are whole numbers of 0 or more (or empty), low ≤ best ≤ high."""
    best, low, high = (f"{alias}.{what}{part}" for part in ("", "_low", "_high"))
    counts = " AND ".join(f"({c} IS NULL OR (typeof({c}) = 'integer' AND {c} >= 0))" for c in (best, low, high))
    pairs = ((low, best), (best, high), (low, high))
    order = " AND ".join(f"({a} IS NULL OR {b} IS NULL OR {a} <= {b})" for a, b in pairs)
    return f"({counts} AND {order})"


def guarded(column: str, alias: str = "i") -> str:
    """``alias.column`` as a select expression, NULL where it holds what no version of tracker writes."""
    if column in ("event_date", "event_date_end", "date_precision"):
        test = readable_dates(alias)
    elif column in ("latitude", "longitude"):
        test = readable_point(alias)
    elif column.startswith(("killed", "injured")) and not column.endswith("_text"):
        test = readable_toll(column.split("_")[0], alias)
    else:
        return f"{alias}.{column}"
    return f"CASE WHEN {test} THEN {alias}.{column} END AS {column}"
