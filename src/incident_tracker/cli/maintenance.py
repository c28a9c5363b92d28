"""``tracker backup`` and ``tracker check``: keeping the record safe."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from .base import fail, state
from .file_names import file_name
from .interrupts import command_finished, last_rename
from .options import JsonFlag
from .output import OutputFormat, Result, emit
from .render import message

COUNT_LABELS = {"deleted": "deleted", "history": "history entries"}


def backup(
    ctx: typer.Context,
    destination: Annotated[Path, typer.Argument(help="The backup file to write.", parser=file_name)],
    force: Annotated[bool, typer.Option("--force", help="Replace DESTINATION if it exists.")] = False,
) -> None:
    """Copy the database to a backup file, safely while others are writing to it.

    The copy is checked (integrity_check) before it is put in place, so a failed backup
    leaves no half-written file and never replaces an older one. It is a single file,
    at the version of the database (which is not upgraded first).

    Examples:

    \b
      tracker backup incidents-2025-12-01.db
      tracker backup incidents-2025-12-01.db --force
    """
    from ..store.backup import backup as make_backup

    with last_rename(destination):  # the copy's rename into place holds the signals back (probe23)
        result = make_backup(destination, state(ctx).db_path, force=force)
    command_finished()  # the copy is in place: a signal from here could only contradict it (probe21)
    message(f"Backed up {result.incidents:,} incident{'s' if result.incidents != 1 else ''} to {result.path}.")


def check(
    ctx: typer.Context,
    as_json: JsonFlag = False,
    rebuild_stats: Annotated[
        bool,
        typer.Option(
            "--rebuild-stats", help="First rebuild the summary tables 'tracker stats' reads (the one change it makes)."
        ),
    ] = False,
) -> None:
    """Check the database: integrity, foreign keys, orphans, stats summaries, incidents without sources.

    Prints what it checked and what it found, and exits with 1 when there is a problem
    (damage, orphans, stats summaries that differ from the incidents, and what another
    program did to the file: each incident holding a value no version of tracker writes,
    such as a toll of 'many' or a date 2024-13-45, incidents sharing a uid, a trigger
    tracker did not make, which stops every write, a table of ours with other columns);
    history entries out of time order are a warning; incidents without
    sources, attributions left at the default, coordinates more than 100 km outside
    the incident's country, and dates whose span contradicts their precision (one line
    each, with the 'tracker edit ID --date-precision …' that repairs it) are reported as
    warnings, counted in the closing line, and leave the exit code at 0. A file too damaged
    for SQLite to read is one problem, with what to do (a backup, or sqlite3's .recover).
    Changes nothing, unless asked to rebuild the stats summaries first.

    Examples:

    \b
      tracker check
      tracker check --json
      tracker check --rebuild-stats
    """
    from ..store.maintenance import check as run_check

    if rebuild_stats:
        from ..store.maintenance import rebuild_stats as rebuild

        live = rebuild(state(ctx).db_path)
        message(f"Rebuilt the stats summaries from {live:,} incident{'s' if live != 1 else ''}.")

    report = run_check(state(ctx).db_path)
    emit(Result(data=report.as_dict, draw=lambda _out: _print_check(report)),
         OutputFormat.json if as_json else OutputFormat.table)  # fmt: skip
    problems = len(report.problems)
    if problems and all(p.check == "stats summaries" for p in report.problems):
        fail(f"The stats summaries in {report.path} differ from its incidents: 'tracker check --rebuild-stats'.", 1)
    if problems:
        fail(
            f"{problems} problem{'s' if problems != 1 else ''} in {report.path}. Restore it from a backup, "
            "or keep a copy and ask for help with the lines above.",
            1,
        )
    message(report.verdict)


def _print_check(report: Any) -> None:
    """The check's findings as plain lines, one per check, the verdict first."""
    counts = ", ".join(f"{value} {COUNT_LABELS.get(name, name)}" for name, value in report.counts.items())
    print(f"{report.path}: {counts or 'nothing could be counted'}.")
    for passed in report.passed:
        print(f"ok       {passed}")
    for finding in report.findings:
        print(f"{'PROBLEM' if finding.problem else 'warning'}  {finding.check}: {finding.message}")
