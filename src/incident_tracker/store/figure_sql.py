"""The casualty figures as SQL aggregates over ``incidents AS i``: what every report sums.

A module of its own, importing nothing that opens a database, so that
``report.figures`` (loaded by every command that shows figures) stays cheap to import.
"""

from __future__ import annotations

from typing import Literal

from ..models import ATTRIBUTION_STATUSES, MAX_COUNT

_MEASURES = ("killed", "injured")

#: How a summary trigger reads a toll, by the migration that made it: m012's took each column as stored,
#: m017's each part through :func:`counted`, m019's (the figures' own) the whole toll or none of it
#: (:func:`whole_toll`). A shipped migration keeps making what it made.
TollReading = Literal["stored", "parts", "whole"]


def counted(column: str) -> str:
    """A toll column as the figures count it: a number from 0 to the codebook's largest, else unknown
    (NULL). Another program may have written ``'many'`` or ``-3`` where tracker writes a count; SQL
    would sum the text as 0 and count it as known (probe14). Text and blobs sort above every number
    and a negative below 0, so one comparison tells them, at about 1 ns a value (a ``typeof`` test
    cost six times as much on a timeline). What m017's triggers and m018's view read; the figures read a
    toll whole (:func:`whole_toll`): a fraction and a low above the best are no reading either."""
    return f"CASE WHEN {column} BETWEEN 0 AND {MAX_COUNT} THEN {column} END"


def is_whole(column: str, low: str, high: str) -> str:
    """True when ``column`` is a whole number from ``low`` to ``high`` (NULL, not false, when it is empty: a
    caller that needs 0 or 1 says ``CASE WHEN … THEN 1 ELSE 0 END``). The range leaves out text and blobs (they
    sort above every number) and negatives; ``typeof`` then tells a fraction (2.5, which an INTEGER column keeps
    as a REAL) from a count. In that order the test cost 56 ms over 50,000 incidents' figures, against 68 with
    ``typeof`` first and 35 for m017's part by part (the SQL alone; docs/reliability.md, probe16)."""
    return f"{column} BETWEEN {low} AND {high} AND typeof({column}) = 'integer'"


def whole_toll(what: str, alias: str = "i") -> str:
    """True when a toll is one whole reading, as the record readers take it (``models.stored_values``): a best
    count from 0 to the codebook's largest, a low (if any) a count from 0 to the best, a high (if any) a count
    from the best to the largest. One toll is one reading: when any part is not (a low above the best, ``2.5``,
    a high of ``'many'``), no part of it is counted (probe16; each part alone was before)."""
    best, low, high = (f"{alias}.{what}{part}" for part in ("", "_low", "_high"))
    return (
        f"({is_whole(best, '0', str(MAX_COUNT))} "
        f"AND ({low} IS NULL OR {is_whole(low, '0', best)}) "
        f"AND ({high} IS NULL OR {is_whole(high, best, str(MAX_COUNT))}))"
    )


def _measure_columns(what: str) -> list[str]:
    """Six cheap aggregates per measure: each costs ~25 ms per million rows, so ranges are
    summed as gaps from the best estimate (NULL, hence skipped, where there is no range).
    Each counts a toll only when it is whole (:func:`whole_toll`), which implies a best."""
    whole = whole_toll(what)
    col, low, high = (f"i.{what}{part}" for part in ("", "_low", "_high"))
    # The range's own test comes first: SQLite stops at the first false part of a WHEN, so a toll without a range
    # (most of them) pays for the whole test twice, not six times (stats --since 1.061 -> 1.029 of 70148d92's, review23)
    return [
        f"count(CASE WHEN {whole} THEN 1 END) AS {what}_known",
        f"total(CASE WHEN {whole} THEN {col} END) AS {what}_sum",
        f"total(CASE WHEN {low} IS NOT NULL AND {whole} THEN {col} - {low} END) AS {what}_low_gap",
        f"total(CASE WHEN {high} IS NOT NULL AND {whole} THEN {high} - {col} END) AS {what}_high_gap",
        f"count(CASE WHEN {low} IS NOT NULL AND {high} IS NULL AND {whole} THEN 1 END) AS {what}_open",
        f"count(CASE WHEN coalesce({low}, {high}) IS NOT NULL AND {whole} THEN 1 END) AS {what}_ranged",
    ]


_ATTRIBUTION_COLUMNS = [
    f"count(CASE WHEN i.attribution = '{s}' THEN 1 END) AS attribution_{s}" for s in ATTRIBUTION_STATUSES
]

#: The result columns of :data:`FIGURE_COLUMNS`, in order.
FIGURE_NAMES = [
    "count",
    *(f"{what}_{part}" for what in _MEASURES for part in ("known", "sum", "low_gap", "high_gap", "open", "ranged")),
    *(f"attribution_{s}" for s in ATTRIBUTION_STATUSES),
]

#: Aggregate SQL over ``incidents AS i`` whose result columns feed ``report.figures.Figures.from_row``.
FIGURE_COLUMNS: str = ",\n  ".join(
    ["count(*) AS count", *_measure_columns("killed"), *_measure_columns("injured"), *_ATTRIBUTION_COLUMNS]
)


def rollup_columns(alias: str) -> str:
    """SQL summing the :data:`FIGURE_COLUMNS` of a subquery ``alias`` (an aggregate of aggregates)."""
    return ",\n  ".join(f"sum({alias}.{name}) AS {name}" for name in FIGURE_NAMES)


def negated_figure_columns() -> str:
    """:data:`FIGURE_COLUMNS` with every aggregate negated: what a group contributes, to
    take away from a sum that includes it (the summary tables less linked duplicates)."""
    return ",\n  ".join(
        f"-{expr.rsplit(' AS ', 1)[0]} AS {name}"
        for expr, name in zip(FIGURE_COLUMNS.split(",\n  "), FIGURE_NAMES, strict=True)
    )


def _measure_row(what: str, row: str, tolls: TollReading) -> list[str]:
    """What one incident adds to each of :func:`_measure_columns`' aggregates, each part of its toll read
    as stored (m012), or through :func:`counted` (m017's ``"parts"``). m019's triggers read the parts of a
    :func:`whole_tolls_row` as stored."""
    col, low, high = (f"{row}.{what}{part}" for part in ("", "_low", "_high"))
    if tolls == "parts":
        col, low, high = counted(col), counted(low), counted(high)
    return [
        f"({col} IS NOT NULL)",
        f"coalesce({col}, 0)",
        f"coalesce({col} - {low}, 0)",
        f"coalesce({high} - {col}, 0)",
        f"({high} IS NULL AND {col} IS NOT NULL AND {low} IS NOT NULL)",
        f"({col} IS NOT NULL AND coalesce({low}, {high}) IS NOT NULL)",
    ]


def row_figures(row: str, *, tolls: TollReading = "stored") -> list[str]:
    """SQL expressions, in :data:`FIGURE_NAMES` order, for what the one incident ``row``
    (a table alias, or ``new``/``old`` in a trigger) adds to each figure: the aggregates
    of :data:`FIGURE_COLUMNS` over that row alone, without an aggregate (a trigger adds
    or takes away one incident at a time). ``tolls``: how the migration that made the
    trigger read a toll (:data:`TollReading`; a shipped migration makes what it always made);
    m019's give this the ``t`` of :func:`whole_tolls_row`, read as stored."""
    return [
        "1",
        *_measure_row("killed", row, tolls),
        *_measure_row("injured", row, tolls),
        *(f"({row}.attribution IS '{s}')" for s in ATTRIBUTION_STATUSES),
    ]


def whole_tolls_row(row: str, source: str = "") -> str:
    """A subquery ``t`` of the one incident ``row`` (``new``/``old`` in a trigger, or ``i`` of ``source``, a
    ``FROM incidents AS i WHERE …``) holding its tolls as the figures count them (each part empty unless the
    toll is whole, :func:`whole_toll`) and its attribution: what m019's triggers sum, as stored. Each toll's
    test is written once, in an inner subquery: written into each of the twelve figures, it made the six
    triggers 150 KB of SQL, which SQLite parses whenever a command opens the file (12 ms an open, probe16)."""
    tests = [f"{whole_toll(what, row)} AS {what}_whole" for what in _MEASURES]
    parts = [f"{what}{part}" for what in _MEASURES for part in ("", "_low", "_high")]
    inner = ", ".join([*tests, *(f"{row}.{name} AS {name}" for name in parts), f"{row}.attribution AS attribution"])
    outer = ", ".join(
        [*(f"CASE WHEN w.{name.split('_')[0]}_whole THEN w.{name} END AS {name}" for name in parts), "w.attribution"]
    )
    return f"(SELECT {outer} FROM (SELECT {inner}{' ' + source if source else ''}) AS w) AS t"
