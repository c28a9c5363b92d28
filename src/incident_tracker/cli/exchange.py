"""``tracker export`` and ``tracker import``: files in and out. Parse, call
:mod:`incident_tracker.exchange`, render the result."""

from __future__ import annotations

import dataclasses
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from ..errors import TrackerError, ValidationError
from ..exchange.formats import ExportFormat, ImportFormat, Layout, carries_history, export_format_for
from ..store.filters import Filters
from .base import state
from .file_names import FILE_METAVAR, file_name
from .interrupts import command_finished, last_rename, last_write
from .options import SORT_HELP, ForceOption, JsonFlag, filter_options
from .output import OutputFormat, Result, emit, progress_bar
from .render import message

#: How many ids a warning lists before "…".
SHOWN_IDS = 20

if TYPE_CHECKING:
    from ..exchange import ExportResult
    from ..exchange.import_rows import ImportSummary
    from ..store import IncidentStore

SafeOption = Annotated[
    bool,
    typer.Option(
        "--spreadsheet-safe/--no-spreadsheet-safe",
        help="CSV: prefix ' to text cells starting with = + - @ tab or CR, so a spreadsheet "
        "never runs them as formulas (import removes the prefix).",
    ),
]
ReadSafeOption = Annotated[
    bool,
    typer.Option(
        "--spreadsheet-safe/--no-spreadsheet-safe",
        help="CSV: remove the ' that a spreadsheet-safe export put before a text cell starting with "
        "= + - @ tab or CR. --no-spreadsheet-safe keeps every cell as it is in the file.",
    ),
]


@filter_options
def export(
    ctx: typer.Context,
    filters: Filters,
    fmt: Annotated[
        Optional[ExportFormat],
        typer.Option(
            "--format",
            "-f",
            help="csv, jsonl, json or geojson. Default: from the -o file's extension (.json, .jsonl, .geojson), "
            "else csv.",
        ),
    ] = None,
    layout: Annotated[
        Layout,
        typer.Option("--layout", help="CSV columns: tracker (the codebook's) or acled (ACLED's names and codes)."),
    ] = Layout.tracker,
    output: Annotated[
        Optional[Path],
        typer.Option(
            "--output", "-o", help="Write to this file instead of stdout.", parser=file_name, metavar=FILE_METAVAR
        ),
    ] = None,
    sort: Annotated[
        str,
        typer.Option(
            "--sort",
            help=f"{SORT_HELP} Default: date (oldest first, unlike 'tracker list').",
            show_default=False,
        ),
    ] = "date",
    safe: SafeOption = True,
    null_geometry: Annotated[
        bool,
        typer.Option("--null-geometry", help="GeoJSON only: include incidents without coordinates (null geometry)."),
    ] = False,
    with_deleted: Annotated[
        bool,
        typer.Option(
            "--with-deleted",
            help="Live and deleted incidents in one file (deleted_at says which); --deleted gives the deleted only.",
        ),
    ] = False,
    with_history: Annotated[
        bool,
        typer.Option(
            "--with-history",
            help="JSON and JSON lines: each incident's history too ('tracker import' adds the rows it lacks).",
        ),
    ] = False,
    force: ForceOption = False,
) -> None:
    """Export incidents as CSV, JSON lines, JSON or GeoJSON, with the filters of 'tracker list'.

    The CSV columns are documented in docs/import-export.md; 'tracker import' reads
    every format back. A file is written whole or not at all, and one that exists is
    replaced only with --force. Deleted incidents are left out, as by 'tracker list';
    --with-deleted writes them too, in the same pass.

    Examples:

    \b
      tracker export --country TJ --since 2025 -o tajikistan-2025.csv
      tracker export --format geojson --since 2025-11 -o november.geojson
      tracker export --with-deleted -o archive.csv
      tracker export --with-deleted --with-history -o archive.json
    """
    from ..exchange import export_records
    from ..exchange.files import output_target, protected_files, utf8_stdout

    filters = _with_deleted(filters, with_deleted)
    fmt = _export_format(fmt, layout, output, with_history=with_history)
    protect = protected_files(state(ctx).database_path())
    if output is not None:  # the database, a folder, a file that exists: refused before anything is read
        output_target(output, protect=protect, replace=force)
    store = state(ctx).store()
    options: dict[str, Any] = {"filters": filters, "fmt": fmt, "layout": layout, "sort": sort, "safe": safe}
    options |= {"with_history": with_history, "null_geometry": null_geometry}
    if output is None:
        with utf8_stdout() as out:
            result = export_records(store, out, **options)
    else:
        with last_rename(output):  # the file's rename into place holds the signals back (probe23)
            result = _export_to_file(store, output, protect=protect, replace=force, options=options)
        command_finished()  # the file is in place: a signal from here could only contradict it (probe21)
        message(f"Wrote {result.count:,} incident{'s' if result.count != 1 else ''} to {output}.")
    if result.without_coordinates:
        _say_left_out(result.without_coordinates)


def _with_deleted(filters: Filters, with_deleted: bool) -> Filters:
    """``--with-deleted``: live and deleted incidents in one pass (refused beside ``--deleted``)."""
    if not with_deleted:
        return filters
    if filters.deleted:
        raise ValidationError("Give --deleted (the deleted only) or --with-deleted (all), not both.")
    return dataclasses.replace(filters, with_deleted=True)


def _export_to_file(
    store: IncidentStore, output: Path, *, protect: list[Path], replace: bool, options: dict[str, Any]
) -> ExportResult:
    """Write the export to ``output`` whole (``exchange.files``), with a progress bar, except when
    ``-o -`` writes the terminal's own stdout, where a bar on stderr would be drawn across the records."""
    from ..exchange import atomic_writer, export_records
    from ..exchange.files import output_target

    on_stdout = output_target(output, protect=protect, replace=replace).kind == "stdout"
    with (
        nullcontext()
        if on_stdout
        else progress_bar(f"Exporting to {output.name}", store.count(options["filters"])) as progress,
        atomic_writer(output, protect=protect, replace=replace) as out,
    ):
        return export_records(store, out, progress=progress, **options)


def _export_format(
    fmt: ExportFormat | None, layout: Layout, output: Path | None, *, with_history: bool
) -> ExportFormat:
    """The format asked for, else the one the output's name gives (:func:`export_format_for`);
    ``--with-history`` with one that has no place for it is refused before a database is opened
    or a file made, naming the flags (the library's own refusal names its field)."""
    chosen = fmt is not None
    if fmt is None:
        fmt = export_format_for(output.name if output is not None else None, layout)
    if with_history and not carries_history(fmt, layout):
        if not chosen and layout is Layout.tracker:  # CSV only by default: say so, not that it was asked for
            where = output.name if output is not None else "standard output"
            raise ValidationError(
                f"--with-history writes JSON or JSON lines only, and {where} gets CSV by default:"
                " give -f json or -f jsonl (or a .json or .jsonl file name)."
            )
        raise ValidationError(
            "--with-history writes JSON or JSON lines only (-f json, -f jsonl): CSV, ACLED and GeoJSON have no"
            " place for an incident's history."
        )
    return fmt


def _say_left_out(ids: list[int]) -> None:
    from ..store.listing import first_ids

    message(
        f"Warning: {len(ids):,} incident{'s' if len(ids) != 1 else ''} without coordinates left out: "
        f"{first_ids(ids, SHOWN_IDS)} (include them with --null-geometry; locate them with "
        "'tracker geocode --missing')."
    )


def import_(
    ctx: typer.Context,
    file: Annotated[
        Path,
        typer.Argument(
            help="A csv, jsonl or json file (as 'tracker export' writes); - reads standard input (with --format).",
            parser=file_name,
        ),
    ],
    fmt: Annotated[
        Optional[ImportFormat],
        typer.Option("--format", "-f", help="csv, jsonl or json. Default: from the file name (required with -)."),
    ] = None,
    layout: Annotated[
        Optional[Layout],
        typer.Option("--layout", help="tracker or acled. Default: from the CSV header (event_id_cnty means ACLED)."),
    ] = None,
    skip_invalid: Annotated[
        bool, typer.Option("--skip-invalid", help="Import the valid rows and set the invalid ones aside.")
    ] = False,
    rejects: Annotated[
        Optional[Path],
        typer.Option(
            "--rejects",
            help="With --skip-invalid: write the rejected rows, with the reason, here.",
            parser=file_name,
            metavar=FILE_METAVAR,
        ),
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Check everything and report; write nothing.")] = False,
    geocode: Annotated[
        bool,
        typer.Option(
            "--geocode", help="Locate the new incidents' places (offline), as 'tracker geocode --missing' does."
        ),
    ] = False,
    safe: ReadSafeOption = True,
    as_json: JsonFlag = False,
    force: Annotated[bool, typer.Option("--force", help="Replace the --rejects file if it exists.")] = False,
) -> None:
    """Import incidents from a file: known uids are updated (with history), new ones added.

    Every row is checked as 'tracker add' checks it. One bad row stops the import and
    nothing is written, unless --skip-invalid. Importing the same file twice changes
    nothing the second time. FILE '-' reads standard input (give --format), in one
    transaction as a file: 'tracker --db old.db export -f jsonl | tracker import - -f jsonl'.

    Examples:

    \b
      tracker import corrections.csv --dry-run
      tracker import corrections.csv --skip-invalid --rejects rejected.csv
    """
    from ..exchange.readers import check_import_file

    _check_import_options(skip_invalid=skip_invalid, rejects=rejects, force=force)
    label = file.name
    if str(file) == "-":  # copied whole into a temporary file, removed when the command ends
        from ..exchange.readers import STDIN_LABEL, standard_input_copy

        file, label = ctx.with_resource(standard_input_copy(sys.stdin.buffer, fmt)), STDIN_LABEL
    # A missing or unreadable file, or one of a format not imported, fails before a new database is made.
    path = state(ctx).database_path()
    created = not path.exists()
    check_import_file(file, fmt, layout, whole=created, label=label)
    if rejects is not None:  # a rejects file that exists is replaced only with --force, before any write
        from ..exchange.files import output_target, protected_files

        output_target(rejects, protect=protected_files(path, file), replace=force)
    store = state(ctx).store(create=True, announce=False)
    from ..store.transactions import changes_so_far

    if geocode:
        from ..geo.batch import newest_id

        before = newest_id(store)
    options: dict[str, Any] = {"fmt": fmt, "layout": layout, "skip_invalid": skip_invalid, "dry_run": dry_run}
    options |= {"rejects": rejects, "safe": safe, "label": label}
    changes = changes_so_far(store)
    try:
        with nullcontext() if geocode or dry_run else last_write():  # one transaction, its COMMIT held (probe22)
            summary = _import_whole(ctx, store, file, created=created, options=options)
    except KeyboardInterrupt as stopped:
        if geocode and not dry_run:
            _say_if_imported(store, stopped, label, changes)
        raise
    if created and dry_run:
        state(ctx).discard_new(store, say=False)  # a dry run leaves nothing, not even an empty database
    elif created:
        message(f"Created new database {path}.")
    if not (geocode or dry_run):  # committed, nothing left but to say so (--geocode still locates: Ctrl-C stops it)
        command_finished()  # (probe21)
    _say_imported(summary, label, dry_run=dry_run, rejects=rejects, as_json=as_json)
    if geocode and not dry_run:
        from ..geo.batch import newest_id
        from .geo import report_batch

        report_batch(store, ids=range(before + 1, newest_id(store) + 1))


def _say_if_imported(store: IncidentStore, stopped: KeyboardInterrupt, label: str, changes: int) -> None:
    """``import --geocode`` stopped as its import committed (its COMMIT is not held: Ctrl-C must stop the
    locating after it): the import stands, and the line says so, where it said no write was under way and so
    invited importing the file again (probe23). A write that was rolled back is marked so; one that never began
    changed nothing."""
    from ..store.transactions import changes_so_far, mark_saved, rolled_back

    if not rolled_back(stopped) and changes_so_far(store) > changes:
        mark_saved(
            stopped, f"{label} was imported (it stands) and before its incidents were located; "
            "'tracker geocode --missing' locates them"
        )  # fmt: skip


def _check_import_options(*, skip_invalid: bool, rejects: Path | None, force: bool) -> None:
    """Flags that only make sense together, refused before anything is read."""
    if rejects and not skip_invalid:
        raise ValidationError("--rejects needs --skip-invalid (without it one bad row stops the import).")
    if force and not rejects:
        raise ValidationError("--force replaces the --rejects file; without --rejects there is nothing to replace.")


def _import_whole(
    ctx: typer.Context, store: IncidentStore, file: Path, *, created: bool, options: dict[str, Any]
) -> ImportSummary:
    """Run the import with a progress bar. All or nothing: a failed import into a database it
    created leaves no file, and its one Error line says so (no "Created" and "Removed" lines)."""
    from ..exchange import import_file

    try:
        with progress_bar(f"Importing {options['label']}", None) as progress:
            return import_file(store, file, progress=progress, **options)
    except BaseException as exc:
        if created:
            removed = state(ctx).discard_new(store, say=False)
            if isinstance(exc, TrackerError):  # kept: another process wrote to the new file meanwhile (probe23)
                fate = "was not kept" if removed else "was kept: another process wrote to it meanwhile"
                exc.args = (f"{exc} The new database {state(ctx).database_path()} {fate}.",)
        raise


def _say_imported(summary: ImportSummary, label: str, *, dry_run: bool, rejects: Path | None, as_json: bool) -> None:
    """The import's summary: JSON on stdout with ``--json``; its lines on stderr always."""
    if as_json:
        emit(Result(data={**summary.as_dict(), "errors": [str(e) for e in summary.errors]}), OutputFormat.json)
    for error in summary.errors:
        message(f"Rejected {error}")
    if summary.rejected > len(summary.errors):
        message(
            f"… and {summary.rejected - len(summary.errors):,} more rejected rows"
            + (f" (see {rejects})." if rejects else ".")
        )
    verb = "Would import" if dry_run else "Imported"
    ending = "."
    if dry_run and rejects:  # a dry run still writes --rejects (the rows it would set aside): not "nothing"
        ending = f"; the database was not changed (dry run); the rows it would reject are in {rejects}."
    elif dry_run:
        ending = "; nothing was written (dry run)."
    message(f"{verb} {label}: " + ", ".join(summary.counts()) + ending)
    for ids, note in (
        (summary.deleted_in_file, "deleted in the file {are} live here: left alone ('tracker delete ID' to follow)"),
        (summary.live_in_file, "live in the file {are} deleted here: left alone ('tracker restore ID' to follow)"),
    ):
        if ids:
            from ..store.listing import first_ids

            shown = first_ids(ids, SHOWN_IDS)
            what = f"{len(ids):,} incident{'s' if len(ids) != 1 else ''} " + note.format(
                are="are" if len(ids) != 1 else "is"
            )
            message(f"{what}: {shown}.")
    if summary.far_outside:
        from ..store.outside_country import far_outside_note

        message(f"Warning: {far_outside_note(summary.far_outside, summary.unit)}")
