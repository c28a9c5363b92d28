"""Keeping a database safe: a check of what is in it (and the rebuild of the stats it may ask for).

:func:`check` reads the database and never changes it: it runs SQLite's own integrity and
foreign-key checks and ours (orphans, the search index, incidents without a source, default
attributions, coordinates far outside their country, dates their precision contradicts) and
returns a report that the CLI prints. The backup, the other half of keeping a file safe, is
in :mod:`.backup`: it writes a file the user names, through ``exchange.files``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DatabaseError
from .damage import damaged_report, is_damage, unreadable
from .database import connect, default_path, explain, table_names
from .listing import first_ids

#: How many ids a finding lists before "…".
SHOWN_IDS = 10


@dataclass
class Finding:
    """One thing wrong (a problem) or worth a look (a warning)."""

    check: str
    message: str
    problem: bool = True


@dataclass
class CheckReport:
    """What ``tracker check`` found, with the counts of what the file holds."""

    path: Path
    counts: dict[str, int] = field(default_factory=dict)
    passed: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    @property
    def problems(self) -> list[Finding]:
        return [f for f in self.findings if f.problem]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if not f.problem]

    @property
    def verdict(self) -> str:
        """The closing line when nothing is a problem: it counts the warnings, so a reader
        of the last line alone does not take them for nothing."""
        warned = len(self.warnings)
        if not warned:
            return f"No problems found in {self.path}."
        return f"No problems found in {self.path}; {warned} warning{'s' if warned != 1 else ''}."

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "counts": self.counts,
            "passed": self.passed,
            "problems": [{"check": f.check, "message": f.message} for f in self.problems],
            "warnings": [{"check": f.check, "message": f.message} for f in self.warnings],
        }


def _ids(values: list[int]) -> str:
    return first_ids(values, SHOWN_IDS)


#: Rows that point at something that is not there (beyond what foreign_key_check sees,
#: which only covers declared references): (check name, SQL returning the bad ids, what,
#: whether it is a problem or only a warning).
_ORPHANS = (
    (
        "history",
        "SELECT id FROM incidents WHERE id NOT IN (SELECT incident_id FROM history)",
        "incidents with no history entry, not even their creation",
        False,
    ),
)

#: The full-text indexes and the table each one indexes.
_SEARCH_INDEXES = (("incidents_fts", "incidents"), ("sources_fts", "sources"))


def _check_search_indexes(conn: sqlite3.Connection, tables: set[str], report: CheckReport) -> None:
    """FTS5's own integrity check, with rank 1: the index must match the rows it indexes."""
    clean = True
    for index, table in _SEARCH_INDEXES:
        if index not in tables:
            continue
        try:
            conn.execute(f"INSERT INTO {index} ({index}, rank) VALUES ('integrity-check', 1)")
        except sqlite3.OperationalError as exc:
            if "readonly" in str(exc):
                return  # a read-only file: FTS5 runs its check as a write statement
            raise
        except sqlite3.DatabaseError:
            clean = False
            report.findings.append(
                Finding(
                    "search index", f"{index} does not match the {table} it indexes: --search may miss or misreport"
                )
            )
    if clean:
        report.passed.append("search index")


def _check_stats_summaries(conn: sqlite3.Connection, report: CheckReport) -> None:
    """The summary tables ``tracker stats`` reads must equal a fresh GROUP BY of the incidents."""
    from . import stats_summary

    if not stats_summary.present(conn):
        return  # a file from before m012, checked as it is
    wrong = stats_summary.differences(conn)
    if wrong:
        report.findings.append(
            Finding(
                "stats summaries",
                f"{', '.join(wrong)} differ from the incidents: stats without a filter misreport "
                "until they are rebuilt",
            )
        )
    else:
        report.passed.append("stats summaries")


def rebuild_stats(path: str | Path | None = None) -> int:
    """Rebuild the summary tables of ``tracker stats`` from the incidents, in one transaction;
    returns how many live incidents they now hold. Needed only if something wrote to the
    file with the triggers dropped (they keep the tables current through every write)."""
    from . import stats_summary
    from .database import transaction

    conn = connect(path, create=False)
    try:
        with transaction(conn):
            stats_summary.rebuild(conn)
        return int(conn.execute("SELECT coalesce(sum(count), 0) FROM stats_cube").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"Cannot rebuild the stats of {path or default_path()}: {explain(exc)}") from None
    finally:
        conn.close()


def check(path: str | Path | None = None) -> CheckReport:
    """Check the database at ``path`` (default: ``$TRACKER_DB``) without changing it.

    A file damaged so that SQLite stops reading it (even to open it) is a report with
    one problem saying so and what to do, not an error: the error for a damaged file
    elsewhere sends the user here."""
    db_path = Path(path) if path is not None else default_path()
    try:
        conn = connect(path, create=False, migrate=False)
    except DatabaseError:
        damage = unreadable(db_path)
        if damage is None:
            raise
        return damaged_report(db_path, damage)
    try:
        return _check(conn, db_path)
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            return damaged_report(db_path, str(exc))
        raise DatabaseError(f"Cannot check {db_path}: {explain(exc)}") from None
    finally:
        conn.close()


def _check(conn: sqlite3.Connection, path: Path) -> CheckReport:
    report = CheckReport(path)
    integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    if integrity == ["ok"]:
        report.passed.append("integrity")
    else:
        shown = "; ".join(integrity[:3]) + ("; …" if len(integrity) > 3 else "")
        report.findings.append(Finding("integrity", f"SQLite's integrity check failed: {shown}"))
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        by_table: dict[str, list[int]] = {}
        for table, rowid, _parent, _fk in broken:
            by_table.setdefault(table, []).append(rowid)
        for table, rowids in sorted(by_table.items()):
            report.findings.append(
                Finding("orphans", f"{len(rowids)} {table} row(s) point at a missing row (rowids {_ids(rowids)})")
            )
    else:
        report.passed.append("foreign keys")
    tables = table_names(conn)
    from .hand_edits import check_hand_edits

    if not check_hand_edits(conn, report):
        return report  # our own tables are not as tracker made them: nothing else reads them
    _check_search_indexes(conn, tables, report)
    _check_stats_summaries(conn, report)
    clean = True
    for name, sql, what, problem in _ORPHANS:
        ids = [row[0] for row in conn.execute(sql)]
        if ids:
            clean = False
            report.findings.append(Finding(name, f"{len(ids)} {what} (ids {_ids(ids)})", problem))
    if clean:
        report.passed.append("history")
    unsourced = [
        row[0]
        for row in conn.execute(
            "SELECT id FROM incidents WHERE deleted_at IS NULL "
            "AND id NOT IN (SELECT incident_id FROM sources) ORDER BY id"
        )
    ]
    if unsourced:
        report.findings.append(
            Finding(
                "sources",
                f"{len(unsourced)} incident(s) have no source (ids {_ids(unsourced)}): "
                "'tracker source add ID URL' records where each claim comes from",
                problem=False,
            )
        )
    else:
        report.passed.append("every incident has a source")
    _check_default_attributions(conn, report)
    _check_far_outside(conn, report)
    _check_stored_spans(conn, report)
    _check_untidy_text(conn, report)
    queries = {
        "incidents": "SELECT count(*) FROM incidents WHERE deleted_at IS NULL",
        "deleted": "SELECT count(*) FROM incidents WHERE deleted_at IS NOT NULL",
        "sources": "SELECT count(*) FROM sources",
        "history": "SELECT count(*) FROM history",
        "links": "SELECT count(*) FROM links",
    }
    if "places" in tables:
        queries["places"] = "SELECT count(*) FROM places"
    report.counts = {name: int(conn.execute(sql).fetchone()[0]) for name, sql in queries.items()}
    return report


def _check_default_attributions(conn: sqlite3.Connection, report: CheckReport) -> None:
    """One warning for the live incidents still at the default ``unattributed``: nobody has
    read their attribution yet, a review item like an incident without a source. Nothing
    on a file from before the mark (m014, checked without migrating), nor when none is left:
    a stated ``unattributed`` is an answer, not something to review."""
    if not any(row[1] == "attribution_default" for row in conn.execute("PRAGMA table_info(incidents)")):
        return
    ids = [
        row[0]
        for row in conn.execute(
            "SELECT id FROM incidents WHERE deleted_at IS NULL AND attribution_default = 1 ORDER BY id"
        )
    ]
    if ids:
        report.findings.append(
            Finding(
                "attribution",
                f"{len(ids)} incident(s) keep the default 'unattributed', not yet read (ids {_ids(ids)}): "
                "'tracker list --default-attribution' lists them, 'tracker edit ID --attribution STATUS' settles one",
                problem=False,
            )
        )


def _check_far_outside(conn: sqlite3.Connection, report: CheckReport) -> None:
    """One warning for the live incidents whose coordinates lie far outside their country
    (a swapped or mistyped coordinate, or the wrong country): kept as given, for a look."""
    from .outside_country import FAR_KM, far_outside
    from .stored_guards import readable_point

    # Only points as tracker writes them: a latitude of 'north' is named by the stored-values check.
    ids = far_outside(
        conn.execute(
            "SELECT id, latitude, longitude, country FROM incidents AS i WHERE deleted_at IS NULL "
            f"AND {readable_point()} AND country IS NOT NULL ORDER BY id"
        )
    )
    if ids:
        report.findings.append(
            Finding(
                "coordinates",
                f"{len(ids)} incident(s) lie more than {FAR_KM:.0f} km outside their country (ids {_ids(ids)}): "
                "'tracker show ID' shows them, 'tracker edit ID --lat … --lon …' or '--country' corrects one",
                problem=False,
            )
        )


#: Live incidents whose span may contradict their precision: SQL sets aside the many that
#: plainly agree (a calendar month, a 7-day week …), and the models' rule decides the rest.
_SPAN_SUSPECTS = """
SELECT id, event_date, event_date_end, date_precision FROM incidents
WHERE deleted_at IS NULL AND event_date_end IS NOT NULL AND event_date_end != event_date AND NOT (
  CASE date_precision
    WHEN 'days' THEN 1
    WHEN 'week' THEN julianday(event_date_end) - julianday(event_date) = 6
    WHEN 'month' THEN substr(event_date, 9) = '01'
      AND event_date_end = date(event_date, 'start of month', '+1 month', '-1 day')
    WHEN 'year' THEN substr(event_date, 6) = '01-01' AND event_date_end = substr(event_date, 1, 4) || '-12-31'
    ELSE 0 END)
UNION ALL
SELECT id, event_date, event_date_end, date_precision FROM incidents
WHERE deleted_at IS NULL AND date_precision = 'days' AND (event_date_end IS NULL OR event_date_end = event_date)
ORDER BY id
"""
#: How many of them ``tracker check`` lists, one line each, before a count of the rest.
SHOWN_SPANS = 50


def _check_stored_spans(conn: sqlite3.Connection, report: CheckReport) -> None:
    """One warning line per live incident whose stored dates contradict their precision (a
    'month' of 3 to 20 November, stored before the span had to fit): any edit of it is refused
    until the precision is repaired, so each line names the command that repairs it."""
    from .stored_spans import stored_span_problem

    found = []
    for incident_id, start, end, precision in conn.execute(_SPAN_SUSPECTS):
        record = {"event_date": start, "event_date_end": end, "date_precision": precision}
        problem = stored_span_problem(record)
        if problem is not None:
            found.append((incident_id, problem))
    for incident_id, problem in found[:SHOWN_SPANS]:
        report.findings.append(
            Finding(
                "dates",
                f"incident {incident_id}: {problem.describe()}, so no edit of it is saved until "
                f"'tracker edit {incident_id} --date-precision {problem.span}' repairs it",
                problem=False,
            )
        )
    if len(found) > SHOWN_SPANS:
        rest = [incident_id for incident_id, _ in found[SHOWN_SPANS:]]
        report.findings.append(
            Finding("dates", f"… and {len(rest)} more such incident(s) (ids {_ids(rest)})", problem=False)
        )


def _check_untidy_text(conn: sqlite3.Connection, report: CheckReport) -> None:
    """One warning for the live incidents whose text a write would now store otherwise (written before
    probe12's one normalisation: decomposed letters, invisible characters, tabs or line breaks in a name). They are
    not rewritten unasked (a migration would rewrite text kept verbatim and give records nobody edited a
    history entry); ``show`` marks what differs, a search asks the decomposed form of each word too, and
    an ``edit`` of the field stores it tidied."""
    from ..models.field_values import TEXT_FIELDS
    from ..models.text import tidy_text

    columns = ", ".join(TEXT_FIELDS)
    ids = [
        row[0]
        for row in conn.execute(f"SELECT id, {columns} FROM incidents WHERE deleted_at IS NULL ORDER BY id")
        if any(
            isinstance(value, str)
            and (not value.isascii() or not value.isprintable())
            and tidy_text(name, value) != value
            for name, value in zip(TEXT_FIELDS, row[1:], strict=True)
        )
    ]
    if ids:
        report.findings.append(
            Finding(
                "text",
                f"{len(ids)} incident(s) hold text as written before names were tidied: decomposed letters, "
                f"invisible characters, a tab or a line break (ids {_ids(ids)}); 'tracker show ID' marks them, "
                "'tracker edit ID --place TEXT' (or the field's option) stores the field tidied",
                problem=False,
            )
        )
