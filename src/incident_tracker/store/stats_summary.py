"""Summary tables behind ``tracker stats`` of everything: its breakdowns kept up to date
by every write, so that reading them costs a few thousand rows instead of a million.

``tracker stats`` with no filter grouped every live incident by six fields, then by
perpetrator, then by weapon: 7–9 s for a million incidents, nearly all of it SQLite
sorting rows (issue 17; nothing computed on demand got under ~6 s). Three tables hold
those groups instead, over the **live** incidents (``deleted_at IS NULL``), each key
stored as the stats pass groups it (``coalesce(…, '')``), with the figures of
:data:`~.figure_sql.FIGURE_COLUMNS`:

* ``stats_cube``: per combination of country, admin1, event type, sub-event type,
  attribution and victims' nationality, with ``located`` (how many have coordinates);
* ``stats_perpetrators``: per perpetrator as written;
* ``stats_weapons``: per weapon, and ``''`` for incidents with none recorded (an incident
  with several weapons counts under each, as the stats pass counts it).

They are kept current **in the transaction of the write** by triggers (m012), whoever
writes: the tracker, sqlite-utils, a script; a rollback undoes the summary with the rest.
Each trigger takes the old row's contribution away (if it was live) and adds the new
row's (if it is live); a group whose count falls to 0 is deleted, so the tables always
equal a fresh ``GROUP BY`` (which ``tracker check`` verifies, and ``tracker check
--rebuild-stats`` restores). A bulk write drops the two insert triggers for each batch,
like the search index's, and adds the batch with one ``INSERT … SELECT … GROUP BY … ON
CONFLICT DO UPDATE`` per table (:func:`add_batch`).

Incidents linked ``duplicate_of`` a live incident are in the tables (they are live); the
stats take them away when reading (few rows), exactly as the filtered pass leaves them out.
"""

from __future__ import annotations

import sqlite3

from ..models import TOLL_FIELDS
from .figure_sql import (
    FIGURE_COLUMNS,
    FIGURE_NAMES,
    TollReading,
    negated_figure_columns,
    row_figures,
    whole_tolls_row,
)

#: The fields of few values that ``stats_cube`` groups by, as ``report.stats`` names them.
CUBE_KEYS = ("country", "admin1", "event_type", "sub_event_type", "attribution", "victim_nationality")
#: Every summary table, its key columns and its figure columns.
SUMMARIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "stats_cube": (CUBE_KEYS, (*FIGURE_NAMES, "located")),
    "stats_perpetrators": (("perpetrator",), tuple(FIGURE_NAMES)),
    "stats_weapons": (("weapon",), tuple(FIGURE_NAMES)),
}
#: The six triggers that keep the tables current, by name.
TRIGGERS = (
    "incidents_stats_ai",
    "incidents_stats_ad",
    "incidents_stats_au",
    "incident_weapons_stats_ai",
    "incident_weapons_stats_ad",
    "incident_weapons_stats_au",
)
#: The insert triggers a bulk write drops for each batch (see :func:`add_batch`).
BATCH_TRIGGERS = ("incidents_stats_ai", "incident_weapons_stats_ai")
#: The incident columns that change what an incident adds to a summary.
_WATCHED = (
    "id",
    *CUBE_KEYS,
    "perpetrator",
    *(column for fields in TOLL_FIELDS.values() for column in fields[:3]),  # best, low, high
    "latitude",
    "deleted_at",
)


# --- the tables as GROUP BYs over the incidents ----------------------------------------

#: Each table's rows as one GROUP BY over ``incidents AS i`` (and ``incident_weapons AS w``)
#: under a condition ``{where}``: what the migration and a rebuild fill, a bulk batch adds,
#: and ``tracker check`` compares with.
_CUBE_KEYS_SQL = ", ".join(f"coalesce(i.{k}, '') AS {k}" for k in CUBE_KEYS)
_GROUPED = {
    "stats_cube": (
        f"SELECT {_CUBE_KEYS_SQL}, {{figures}}, "
        f"{{sign}}count(i.latitude) AS located FROM incidents AS i WHERE {{where}} GROUP BY {', '.join(CUBE_KEYS)}"
    ),
    "stats_perpetrators": (
        "SELECT coalesce(i.perpetrator, '') AS perpetrator, {figures} FROM incidents AS i WHERE {where} GROUP BY 1"
    ),
    "stats_weapons": (
        "SELECT coalesce(w.weapon, '') AS weapon, {figures} FROM incidents AS i "
        "LEFT JOIN incident_weapons AS w ON w.incident_id = i.id WHERE {where} GROUP BY 1"
    ),
}
_LIVE = "i.deleted_at IS NULL"


def grouped_sql(table: str, where: str = _LIVE, *, negate: bool = False) -> str:
    """``table``'s rows computed afresh from the incidents matching ``where``; ``negate``:
    every figure negated (what those incidents contribute, to take it away)."""
    figures = negated_figure_columns() if negate else FIGURE_COLUMNS
    return _GROUPED[table].format(where=where, figures=figures, sign="-" if negate else "")


def _wrap(items: list[str] | tuple[str, ...], indent: str = "      ") -> str:
    """``items`` joined by commas, on lines of at most ~100 characters (the schema doc shows them)."""
    lines: list[str] = []
    line = ""
    for item in items:
        if line and len(line) + len(item) > 100:
            lines.append(line + ",")
            line = ""
        line = f"{line}, {item}" if line else item
    lines.append(line)
    return f"\n{indent}".join(lines)


def _upsert(table: str, select: str) -> str:
    """Add ``select``'s rows to ``table``: a new group is inserted, a known one summed into."""
    keys, figures = SUMMARIES[table]
    summed = _wrap([f"{c} = {c} + excluded.{c}" for c in figures])
    return (
        f"INSERT INTO {table} (\n      {_wrap((*keys, *figures))})\n    {select}\n"
        f"    ON CONFLICT ({', '.join(keys)}) DO UPDATE SET\n      {summed}"
    )


# --- the triggers ----------------------------------------------------------------------


def _signed(expressions: list[str], sign: str) -> str:
    return _wrap([f"{sign}{e}" if sign else e for e in expressions])


def _weapon_keys(incident: str) -> str:
    """The weapon keys an incident counts under: each of its weapons, or '' for none."""
    return (
        f"(SELECT weapon FROM incident_weapons WHERE incident_id = {incident} UNION ALL "
        f"SELECT '' WHERE NOT EXISTS (SELECT 1 FROM incident_weapons WHERE incident_id = {incident}))"
    )


def _incident_statements(row: str, sign: str, tolls: TollReading) -> list[str]:
    """Add (``sign`` '') or take away (``'-'``) the incident ``row`` (new/old) in each table,
    if it is live; taking away also deletes the groups left empty."""
    live = f"{row}.deleted_at IS NULL"
    if tolls == "whole":  # m019: the tolls of a one-row subquery t, each toll's test written once
        figures, counted_row = row_figures("t"), whole_tolls_row(row)
        source, joined = f"\n    FROM {counted_row}", f", {counted_row}"
    else:
        figures, source, joined = row_figures(row, tolls=tolls), "", ""
    keys = _wrap([f"coalesce({row}.{k}, '')" for k in CUBE_KEYS])
    located = _signed([f"({row}.latitude IS NOT NULL)"], sign)
    statements = [
        _upsert("stats_cube", f"SELECT {keys},\n      {_signed(figures, sign)}, {located}{source}\n    WHERE {live}"),
        _upsert(
            "stats_perpetrators",
            f"SELECT coalesce({row}.perpetrator, ''),\n      {_signed(figures, sign)}{source}\n    WHERE {live}",
        ),
        _upsert(
            "stats_weapons",
            f"SELECT k.weapon,\n      {_signed(figures, sign)}\n    FROM {_weapon_keys(f'{row}.id')} AS k{joined}\n"
            f"    WHERE {live}",
        ),
    ]
    if sign:
        same = "\n    AND ".join(f"{k} = coalesce({row}.{k}, '')" for k in CUBE_KEYS)
        statements += [
            f"DELETE FROM stats_cube WHERE count = 0 AND {same}",
            f"DELETE FROM stats_perpetrators WHERE count = 0 AND perpetrator = coalesce({row}.perpetrator, '')",
            f"DELETE FROM stats_weapons WHERE count = 0 AND weapon IN {_weapon_keys(f'{row}.id')}",
        ]
    return statements


def _weapon_statements(row: str, sign: str, tolls: TollReading, first_extra: str = "") -> list[str]:
    """A weapon row added (``sign`` '') or removed (``'-'``): its incident, if live, counts
    under that weapon or no longer does, and under '' when it had or has no other weapon."""
    incident = f"incidents AS i WHERE i.id = {row}.incident_id AND i.deleted_at IS NULL"
    if tolls == "whole":  # m019: the incident's tolls as a one-row subquery t (see _incident_statements)
        figures, incident = row_figures("t"), f"{whole_tolls_row('i', f'FROM {incident}')} WHERE 1"
    else:
        figures = row_figures("i", tolls=tolls)
    other = "-" if not sign else ""
    alone = f"NOT EXISTS (SELECT 1 FROM incident_weapons AS w WHERE w.incident_id = {row}.incident_id"
    alone += f" AND w.rowid <> {row}.rowid)" if not sign else ")"
    return [
        _upsert("stats_weapons", f"SELECT {row}.weapon,\n      {_signed(figures, sign)}\n    FROM {incident}"),
        _upsert(
            "stats_weapons",
            f"SELECT '',\n      {_signed(figures, other)}\n    FROM {incident}\n      AND {alone}{first_extra}",
        ),
    ]


def _trigger(name: str, event: str, statements: list[str], when: str = "") -> str:
    condition = f"\nWHEN {when}" if when else ""
    body = "".join(f"  {s};\n" for s in statements)
    return f"CREATE TRIGGER {name} {event}{condition}\nBEGIN\n{body}END"


def trigger_sql(*, tolls: TollReading = "whole") -> list[str]:
    """The six triggers keeping the summaries current: a toll that is not one whole reading (another
    program's ``'many'``, ``2.5``, a low above the best) adds to the unknown figures by every part, as the
    figures' SQL counts it (m019). ``tolls="parts"`` gives m017's, which read each part alone, and
    ``"stored"`` m012's, which added the tolls as stored: what those migrations made, and still make."""
    empty_weapons = "DELETE FROM stats_weapons WHERE count = 0 AND weapon IN ({})"
    return [
        _trigger(
            "incidents_stats_ai",
            "AFTER INSERT ON incidents",
            _incident_statements("new", "", tolls),
            "new.deleted_at IS NULL",
        ),
        _trigger(
            "incidents_stats_ad",
            "AFTER DELETE ON incidents",
            _incident_statements("old", "-", tolls),
            "old.deleted_at IS NULL",
        ),
        _trigger(
            "incidents_stats_au",
            f"AFTER UPDATE OF {', '.join(_WATCHED)} ON incidents",
            [*_incident_statements("old", "-", tolls), *_incident_statements("new", "", tolls)],
            "old.deleted_at IS NULL OR new.deleted_at IS NULL",
        ),
        _trigger(
            "incident_weapons_stats_ai",
            "AFTER INSERT ON incident_weapons",
            [*_weapon_statements("new", "", tolls), empty_weapons.format("''")],
        ),
        _trigger(
            "incident_weapons_stats_ad",
            "AFTER DELETE ON incident_weapons",
            [*_weapon_statements("old", "-", tolls), empty_weapons.format("old.weapon")],
        ),
        _trigger(
            "incident_weapons_stats_au",
            "AFTER UPDATE ON incident_weapons",
            [
                *_weapon_statements("old", "-", tolls),
                *_weapon_statements("new", "", tolls, " AND old.incident_id IS NOT new.incident_id"),
                empty_weapons.format("old.weapon, ''"),
            ],
        ),
    ]


def table_sql() -> list[str]:
    """The three summary tables (m012)."""
    out = []
    for table, (keys, figures) in SUMMARIES.items():
        columns = [f"  {k} TEXT NOT NULL" for k in keys] + [f"  {c} INTEGER NOT NULL" for c in figures]
        out.append(f"CREATE TABLE {table} (\n" + ",\n".join(columns) + f",\n  PRIMARY KEY ({', '.join(keys)})\n)")
    return out


# --- what the store and the maintenance commands call ---------------------------------


def create(conn: sqlite3.Connection) -> None:
    """Make the tables and m012's triggers, and fill the tables from the incidents there
    are (the migration m012; inside its transaction)."""
    for sql in table_sql():
        conn.execute(sql)
    fill(conn)
    for sql in trigger_sql(tolls="stored"):
        conn.execute(sql)


def count_tolls_as_counted(conn: sqlite3.Connection, tolls: TollReading = "parts") -> None:
    """Make the triggers again reading the tolls as ``tolls`` says, and the tables again from the
    incidents (the migrations m017, each part, and m019, the whole toll; inside their transaction)."""
    for name in TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    for sql in trigger_sql(tolls=tolls):
        conn.execute(sql)
    rebuild(conn)


def fill(conn: sqlite3.Connection) -> None:
    """Each table's rows from one GROUP BY over the live incidents (tables empty)."""
    for table, (keys, figures) in SUMMARIES.items():
        conn.execute(f"INSERT INTO {table} ({', '.join((*keys, *figures))}) {grouped_sql(table)}")


def present(conn: sqlite3.Connection) -> bool:
    """Does this database have the summaries (an old one opened without migrating has not)?"""
    found = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'incidents_stats_au'"
    ).fetchone()[0]
    return bool(found)


def add_batch(conn: sqlite3.Connection, first_id: int, last_id: int) -> None:
    """Add the incidents with ids ``first_id``…``last_id`` (and their weapons), written
    while :data:`BATCH_TRIGGERS` were dropped, with one statement per table."""
    where = f"i.id BETWEEN {int(first_id)} AND {int(last_id)} AND {_LIVE}"
    for table in SUMMARIES:
        conn.execute(_upsert(table, grouped_sql(table, where)))


def differences(conn: sqlite3.Connection) -> list[str]:
    """The summary tables whose rows differ from a fresh GROUP BY (none: they are right).

    Reads only (each fresh GROUP BY once, as a CTE both comparisons share): ``tracker
    check`` runs it on files it must not change.
    """
    wrong = []
    for table, (keys, figures) in SUMMARIES.items():
        stored = f"SELECT {', '.join((*keys, *figures))} FROM {table}"
        mismatch = conn.execute(
            f"WITH fresh AS MATERIALIZED ({grouped_sql(table)}), stored AS ({stored}) "
            "SELECT EXISTS (SELECT * FROM stored EXCEPT SELECT * FROM fresh) "
            "OR EXISTS (SELECT * FROM fresh EXCEPT SELECT * FROM stored)"
        ).fetchone()[0]
        if mismatch:
            wrong.append(table)
    return wrong


def rebuild(conn: sqlite3.Connection) -> None:
    """Empty and refill every summary table (inside the caller's transaction)."""
    for table in SUMMARIES:
        conn.execute(f"DELETE FROM {table}")
    fill(conn)
