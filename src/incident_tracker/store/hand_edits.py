"""What ``tracker check`` finds that another program did to the file: the checks of a database
someone opened in DB Browser for SQLite (or any SQLite tool) and changed by hand.

Each finding names the incidents by id: values no version of tracker writes (``models.stored_values``:
a toll of 'many', a date '2024-13-45', a latitude of 200, a status out of the codebook), two incidents
sharing one uid, triggers tracker did not make (``schema_guard``: every write is refused while one is
there), indexes and views it did not make (``schema_objects``: harmless, named), tables of ours missing
columns, and history entries out of time order.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from ..models.stored_values import describe_faults, unreadable_values
from .listing import first_ids
from .schema_guard import OWN_TRIGGERS, describe_triggers, foreign_triggers

if TYPE_CHECKING:
    from .maintenance import CheckReport

#: How many incidents with unreadable values are named one per line before a count of the rest.
SHOWN_INCIDENTS = 20

#: Columns every tracker database has had since its first release, by table: one missing means the
#: table was made again by another program (``tracker`` would fail on it with "no such column").
CORE_COLUMNS = {
    "incidents": ("id", "uid", "event_date", "event_date_end", "date_precision", "event_type", "killed", "attribution"),
    "sources": ("id", "incident_id", "url", "outlet", "added_at"),
    "history": ("id", "incident_id", "changed_at", "action", "field", "old_value", "new_value", "reason"),
    "links": ("id", "incident_id", "other_id", "kind", "created_at"),
    "incident_weapons": ("incident_id", "weapon"),
    "incident_tags": ("incident_id", "tag"),
}


def check_hand_edits(conn: sqlite3.Connection, report: CheckReport) -> bool:
    """Add the findings of a file changed by hand to ``report``; False when our tables themselves are
    not as tracker made them (no other check can then read them)."""
    from .maintenance import Finding

    shapes = _missing_columns(conn)
    for table, missing in shapes:
        what = "is missing" if missing == ["(the table)"] else f"lacks the column(s) {', '.join(missing)}"
        report.findings.append(
            Finding("tables", f"the table {table} {what}: it was changed by another program; restore a backup")
        )
    triggers = foreign_triggers(conn)
    if triggers:
        report.findings.append(
            Finding(
                "triggers",
                f"{len(triggers)} trigger(s) tracker did not make: {describe_triggers(triggers)}; every write is "
                "refused until each is removed (DROP TRIGGER name), as it would run inside the write",
            )
        )
    missing = _missing_own_triggers(conn)
    if missing:
        report.findings.append(
            Finding(
                "triggers",
                f"tracker's trigger(s) {', '.join(missing)} are gone: writes no longer keep the search index and "
                "the stats summaries current; restore a backup, or export and import into a new file",
            )
        )
    _name_foreign_objects(conn, report)
    if shapes:
        return False
    _check_stored_values(conn, report)
    _check_uids(conn, report)
    _check_history_order(conn, report)
    if not triggers:
        report.passed.append("written by tracker")
    return True


def _name_foreign_objects(conn: sqlite3.Connection, report: CheckReport) -> None:
    """One warning naming the indexes and views tracker did not make (:mod:`.schema_objects`): harmless,
    and said so. A file not yet upgraded is not asked: its migrations may still change ours."""
    from .maintenance import Finding
    from .schema_objects import foreign_objects

    if not _fully_migrated(conn):
        return
    found = foreign_objects(conn)
    if found:
        shown = "; ".join(found[:5]) + (" …" if len(found) > 5 else "")
        remade = any(item.startswith("view") and "ours by name" in item for item in found)
        browsing = "; whoever browses a view of ours made again sees that program's rows" if remade else ""
        report.findings.append(
            Finding(
                "indexes and views",
                f"{len(found)} index(es) or view(s) tracker did not make: {shown}. Harmless to tracker (an index "
                f"changes how fast a read is, never what it returns, and no command reads a view){browsing}",
                problem=False,
            )
        )


def _fully_migrated(conn: sqlite3.Connection) -> bool:
    """Whether every migration of ours is applied (a file read as it is may be older)."""
    from .database import MIGRATION_SET
    from .migrations import known_migration_names

    try:
        applied = {
            row[0]
            for row in conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])
        }
    except sqlite3.OperationalError:
        return False
    return applied == known_migration_names()


def _missing_own_triggers(conn: sqlite3.Connection) -> list[str]:
    """Our triggers a current file lacks (dropped by hand, or with a table another program rebuilt).
    A file not yet upgraded is not asked: its migrations make them."""
    if not _fully_migrated(conn):
        return []
    present = {row[0] for row in conn.execute("SELECT name FROM main.sqlite_master WHERE type = 'trigger'")}
    return sorted(set(OWN_TRIGGERS) - present)


def _missing_columns(conn: sqlite3.Connection) -> list[tuple[str, list[str]]]:
    found = []
    for table, columns in CORE_COLUMNS.items():
        present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if not present:
            found.append((table, ["(the table)"]))
        elif missing := [name for name in columns if name not in present]:
            found.append((table, missing))
    return found


def _check_stored_values(conn: sqlite3.Connection, report: CheckReport) -> None:
    from ..models.country import countries
    from .maintenance import Finding

    cursor = conn.execute("SELECT * FROM incidents ORDER BY id")
    names = [column[0] for column in cursor.description]
    faulty = []
    known = countries()
    for row in cursor:
        record = dict(zip(names, row, strict=True))
        faults = unreadable_values(record)
        for field in ("country", "origin_country"):  # shown as written, but no country of the codebook
            if record.get(field) is not None and record[field] not in known:
                faults[field] = record[field]
        # No column of ours holds bytes: a blob where text belongs (a pasted file, bytes that are not UTF-8).
        faults.update({name: value for name, value in record.items() if isinstance(value, bytes)})
        if faults:
            faulty.append((record["id"], faults))
    for incident_id, faults in faulty[:SHOWN_INCIDENTS]:
        report.findings.append(
            Finding(
                "values",
                f"incident {incident_id} holds what no version of tracker writes: {describe_faults(faults)}; "
                f"commands read such a value as unknown until 'tracker edit {incident_id}' sets it",
            )
        )
    if len(faulty) > SHOWN_INCIDENTS:
        rest = [incident_id for incident_id, _ in faulty[SHOWN_INCIDENTS:]]
        report.findings.append(
            Finding("values", f"… and {len(rest)} more such incident(s) (ids {first_ids(rest, 10)})")
        )


def _check_uids(conn: sqlite3.Connection, report: CheckReport) -> None:
    from .maintenance import Finding

    shared = conn.execute(
        "SELECT uid, group_concat(id) FROM incidents GROUP BY uid HAVING count(*) > 1 OR uid IS NULL ORDER BY min(id)"
    ).fetchall()
    for uid, ids in shared[:SHOWN_INCIDENTS]:
        what = "have no uid" if uid is None else f"share the uid {str(uid)[:40]!r}"
        report.findings.append(Finding("uids", f"incidents {ids} {what}: an import or export cannot tell them apart"))


def _check_history_order(conn: sqlite3.Connection, report: CheckReport) -> None:
    """A warning: entries whose time runs backwards (an entry written after another, by its id, but
    dated before it), or that is no time at all. ``history`` shows entries by their time."""
    from .maintenance import Finding

    ids = [
        row[0]
        for row in conn.execute(
            "SELECT DISTINCT incident_id FROM (SELECT incident_id, changed_at, "
            "lag(changed_at) OVER (PARTITION BY incident_id ORDER BY id) AS before FROM history) "
            "WHERE changed_at < before OR typeof(changed_at) != 'text' OR julianday(changed_at) IS NULL "
            "ORDER BY incident_id"
        )
    ]
    if ids:
        report.findings.append(
            Finding(
                "history order",
                f"{len(ids)} incident(s) have history entries out of time order or with no time (ids "
                f"{first_ids(ids, 10)}): 'tracker history ID' lists them by their time, not as they were written",
                problem=False,
            )
        )
