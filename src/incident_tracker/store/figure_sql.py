"""The casualty figures as SQL aggregates over ``incidents AS i``: what every report sums.

A module of its own, importing nothing that opens a database, so that
``report.figures`` (loaded by every command that shows figures) stays cheap to import.
"""

from __future__ import annotations

from ..models import ATTRIBUTION_STATUSES, MAX_COUNT

_MEASURES = ("killed", "injured")


def counted(column: str) -> str:
    """A toll column as the figures count it: a number from 0 to the codebook's largest, else unknown
    (NULL). Another program may have written ``'many'`` or ``-3`` where tracker writes a count; SQL
    would sum the text as 0 and count it as known (probe14). Text and blobs sort above every number
    and a negative below 0, so one comparison tells them, at about 1 ns a value (a ``typeof`` test
    cost six times as much on a timeline): a fraction (2.5) is a number and is counted as written."""
    return f"CASE WHEN {column} BETWEEN 0 AND {MAX_COUNT} THEN {column} END"


def _measure_columns(what: str) -> list[str]:
    """Six cheap aggregates per measure: each costs ~25 ms per million rows, so ranges are
    summed as gaps from the best estimate (NULL, hence skipped, where there is no range)."""
    col, low, high = (counted(f"i.{what}{part}") for part in ("", "_low", "_high"))
    return [
        f"count({col}) AS {what}_known",
        f"total({col}) AS {what}_sum",
        f"total({col} - {low}) AS {what}_low_gap",
        f"total({high} - {col}) AS {what}_high_gap",
        f"count(CASE WHEN {high} IS NULL AND {col} IS NOT NULL THEN {low} END) AS {what}_open",
        f"count(CASE WHEN {col} IS NOT NULL THEN coalesce({low}, {high}) END) AS {what}_ranged",
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


def _measure_row(what: str, row: str, *, as_counted: bool) -> list[str]:
    """What one incident adds to each of :func:`_measure_columns`' aggregates (``as_counted``: each
    toll through :func:`counted`, as m017's triggers add it; m012's took the columns as stored)."""
    col, low, high = (f"{row}.{what}{part}" for part in ("", "_low", "_high"))
    if as_counted:
        col, low, high = counted(col), counted(low), counted(high)
    return [
        f"({col} IS NOT NULL)",
        f"coalesce({col}, 0)",
        f"coalesce({col} - {low}, 0)",
        f"coalesce({high} - {col}, 0)",
        f"({high} IS NULL AND {col} IS NOT NULL AND {low} IS NOT NULL)",
        f"({col} IS NOT NULL AND coalesce({low}, {high}) IS NOT NULL)",
    ]


def row_figures(row: str, *, as_counted: bool = True) -> list[str]:
    """SQL expressions, in :data:`FIGURE_NAMES` order, for what the one incident ``row``
    (a table alias, or ``new``/``old`` in a trigger) adds to each figure: the aggregates
    of :data:`FIGURE_COLUMNS` over that row alone, without an aggregate (a trigger adds
    or takes away one incident at a time). ``as_counted=False``: the tolls as stored, as
    migration m012's triggers had them (a shipped migration makes what it always made)."""
    return [
        "1",
        *_measure_row("killed", row, as_counted=as_counted),
        *_measure_row("injured", row, as_counted=as_counted),
        *(f"({row}.attribution IS '{s}')" for s in ATTRIBUTION_STATUSES),
    ]
