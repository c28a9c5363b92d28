"""Importing incidents from a file: every row checked as ``tracker add`` checks it,
written in batches inside one transaction.

Rows with a ``uid`` the database knows update that incident (each change in its
history, reason "import of FILE"); rows whose external id (ACLED's
``event_id_cnty``) is known update the incident it made; other rows are added.
By default one bad row stops the import and nothing is written; with
``skip_invalid`` the bad rows are set aside (and written to a rejects file if one is
given) and the rest land. ``dry_run`` does all the work, then rolls it back.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import IO

from ..errors import ValidationError
from ..models import normalize_record
from ..progress import Count
from ..store.bulk import BulkWriter
from ..store.incidents import IncidentStore
from .columns import parse_links
from .files import atomic_writer, output_target, protected_files
from .formats import ImportFormat, Layout
from .import_batches import BatchWriting, ImportRow
from .import_cells import checked_history, checked_sources, checked_stamp
from .import_rows import (
    FieldError,
    ImportSummary,
    RejectedRows,
    chain_first,
    content_uid,
    error_column,
    parsed_link_kind,
    read_header,
    row_reader,
    unstorable_text_refusal,
)
from .readers import (
    ACLED_CSV_ONLY,
    CsvCells,
    MalformedFile,
    RawRow,
    RowError,
    check_regular_file,
    detect_format,
    read_csv_cells,
    unreadable,
)
from .row_plan import RowPlan

__all__ = ["BATCH", "ImportSummary", "Importer", "content_uid", "import_file"]

#: Rows validated and written together; bounds memory, amortises each statement.
BATCH = 2000

_META = ("id", "uid", "created_at", "updated_at", "deleted_at", "deleted_reason", "sources", "links", "history")
_UID = re.compile(r"[\w.:-]{1,100}")


class Importer(BatchWriting):
    """One import run over one file into one store."""

    def __init__(
        self,
        store: IncidentStore,
        *,
        label: str,
        skip_invalid: bool = False,
        rejects: RejectedRows | None = None,
        progress: Count | None = None,
        plan: RowPlan | None = None,
    ) -> None:
        self.store = store
        #: How the rows of a CSV file in our column set are read (rows come as :class:`CsvCells`).
        self.plan = plan
        self.label = label
        self.skip_invalid = skip_invalid
        self.rejects = rejects
        self.progress = progress
        self.summary = ImportSummary()
        #: The store's unit of work, set by :meth:`run` for the length of the import.
        self.writer: BulkWriter
        self.pending: list[ImportRow] = []
        self.links: list[tuple[str, str, str, int]] = []
        self.link_history: list[tuple[str, list[tuple[str | None, ...]]]] = []
        self.uid_of_file_id: dict[str, str] = {}
        self.seen = 0
        #: The line of every uid (or external id) met so far: one file may name an incident once.
        self.lines_by_key: dict[str, int] = {}

    # --- per row -------------------------------------------------------------

    def feed(self, item: RawRow | CsvCells | RowError) -> None:
        """Check one row and queue it for the next batch; a row refused is set aside (or stops the
        import) here, before anything of it is written. A second row naming the same incident
        (uid, external id or content) stops the import: which of the two is right is not ours to guess."""
        self.seen += 1
        if self.progress and self.seen % 1000 == 0:
            self.progress(self.seen)
        if isinstance(item, RowError):
            self.reject(item)
            return
        refusal = unstorable_text_refusal(item, self.plan.header if self.plan is not None else None)
        if refusal is not None:
            self.reject(refusal)
            return
        row = self._planned(item) if isinstance(item, CsvCells) else self._checked(item)
        if row is None:
            return
        key = self._key(row)
        if key is not None:
            first = self.lines_by_key.setdefault(key, item.line)
            if first != item.line:
                raise ValidationError(self._twice(row, first))
        self.pending.append(row)
        if len(self.pending) >= BATCH:
            self.flush()

    def _twice(self, row: ImportRow, first: int) -> str:
        line = row.raw.line
        if row.raw.external:
            what = f"{row.raw.external[0]} id {row.raw.external[1]}"
        elif row.derived_uid:
            what = "the same content and no uid (give each row a uid if they are different incidents)"
        else:
            what = f"uid {row.uid}"
        return (
            f"{self.label}: {self.summary.unit}s {first} and {line} both have {what}; one file may hold an "
            "incident once, or the last row would silently win. Nothing was imported; keep one of them."
        )

    def _planned(self, item: CsvCells) -> ImportRow | None:
        """A CSV row read by the plan, or (any row it does not answer) by :meth:`parse`."""
        plan = self.plan
        if plan is None:
            raise TypeError("rows of cells need the plan of their header")
        parsed = plan.parse(item.original)
        if parsed is not None:
            return ImportRow(item, *parsed)
        try:
            values = plan.convert(item.original)
        except ValidationError as exc:
            self.reject(RowError(str(exc), line=item.line, original=item.original))
            return None
        return self._checked(RawRow(item.line, values, item.original))

    def _checked(self, raw: RawRow) -> ImportRow | None:
        """:meth:`parse`, or the row rejected (None)."""
        try:
            return self.parse(raw)
        except ValidationError as exc:
            self.reject(RowError(str(exc), line=raw.line, original=raw.original, column=error_column(exc, raw)))
            return None

    @staticmethod
    def _key(row: ImportRow) -> str | None:
        if row.raw.external:
            return "\x00".join(row.raw.external)
        return row.uid

    def parse(self, raw: RawRow) -> ImportRow:
        """Check one row's cells on their own; whether it is new is decided in :meth:`flush`."""
        values = raw.values
        meta = {name: values.pop(name) for name in _META if name in values}
        uid = meta.get("uid")
        if uid is not None and uid != "":
            uid = str(uid).strip()
            if not _UID.fullmatch(uid):
                raise FieldError("uid", f"uid {uid!r} is not an id (letters, digits, - _ . : only).")
        else:
            uid = None
        stamps = {}
        for name in ("created_at", "updated_at", "deleted_at"):
            try:
                stamps[name] = checked_stamp(meta.get(name), name)
            except ValidationError as exc:
                raise FieldError(name, str(exc)) from None
        reason = meta.get("deleted_reason")
        stamps["deleted_reason"] = str(reason).strip() or None if reason is not None else None
        try:
            sources = checked_sources(meta.get("sources"), self.store.check_source)
        except ValidationError as exc:
            raise FieldError("sources", str(exc)) from None
        try:
            links = [(parsed_link_kind(kind), other) for kind, other in parse_links(meta.get("links"))]
        except ValidationError as exc:
            raise FieldError("links", str(exc)) from None
        try:
            history = checked_history(meta.get("history"), deleted=stamps["deleted_at"] is not None)
        except ValidationError as exc:
            raise FieldError("history", str(exc)) from None
        record = normalize_record(values)
        derived = uid is None and not raw.external
        if derived:
            uid = content_uid(record, sources)
        file_id = meta.get("id")
        known_as = str(file_id) if isinstance(file_id, int) and not isinstance(file_id, bool) else None
        return ImportRow(raw, record, uid, stamps, sources, links, derived, history, known_as)

    # --- the whole run -------------------------------------------------------

    def run(self, rows: Iterator[RawRow | CsvCells | RowError], *, dry_run: bool) -> ImportSummary:
        """Feed every row through one :meth:`IncidentStore.bulk` unit of work: all of it is
        written, or (on an error, or a dry run) none of it."""

        class _DryRun(Exception):
            pass

        summary: ImportSummary | None = None
        try:
            with _fewer_collections(), self.store.bulk(reason=f"import of {self.label}") as self.writer:
                for item in rows:
                    self.feed(item)
                summary = self.finish()
                if dry_run:
                    raise _DryRun
        except _DryRun:
            pass
        assert summary is not None
        summary.dry_run = dry_run
        return summary

    # --- the end -------------------------------------------------------------

    def finish(self) -> ImportSummary:
        """Write what is left, in the order that keeps the file whole: the last batch, the indexes
        a bulk write dropped, the links (their ends may come from any batch), then the rejects
        file, so that a disk that refuses it fails the import before the commit."""
        self.flush()
        self.writer.finish()  # indexes dropped for a bulk write into an empty table, built once
        self.add_links()
        if self.rejects is not None:
            self.rejects.finish()  # on the disk before the commit: a full disk now undoes the import
        if self.progress:
            self.progress(self.seen)
        return self.summary


#: The garbage collector's first threshold during an import (Python's default is 700).
_IMPORT_GC_THRESHOLD = 50_000


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run the cyclic garbage collector less often while rows stream through.

    Every row makes a dozen short-lived dicts and lists, freed with its batch, and none of
    them in cycles; at the default threshold the collector ran about 800 times per 30,000
    rows and took 15 % of the import's CPU (measured with ``gc.callbacks``: 0.48–0.65 s of
    3.3–4.4 s). A collection still runs whenever 50,000 more objects are alive than at the
    last one, so garbage in cycles stays bounded; the old thresholds come back afterwards.
    """
    previous = gc.get_threshold()
    gc.set_threshold(max(previous[0], _IMPORT_GC_THRESHOLD), *previous[1:])
    try:
        yield
    finally:
        gc.set_threshold(*previous)


def import_file(
    store: IncidentStore,
    path: str | Path,
    *,
    fmt: ImportFormat | str | None = None,
    layout: Layout | str | None = None,
    skip_invalid: bool = False,
    dry_run: bool = False,
    rejects: str | Path | None = None,
    safe: bool = True,
    progress: Count | None = None,
    label: str | None = None,
) -> ImportSummary:
    """Import a csv, jsonl or json file; see the module docstring for the rules.

    The whole import is one transaction: on an error (or a dry run) nothing is kept.
    ``label`` names the input in messages and history reasons instead of the file's name
    (standard input, copied to a file by :func:`~.readers.standard_input_copy`).
    """
    source = Path(path)
    check_regular_file(source)
    if rejects:
        output_target(rejects, protect=protected_files(store.path, source))
    try:
        with source.open(encoding="utf-8-sig", newline="") as handle:
            return _import(
                store, source, handle, fmt, layout, skip_invalid, dry_run, rejects, safe, progress, label or source.name
            )
    except MalformedFile as exc:
        raise ValidationError(f"{label or source.name}, {exc}") from None
    except (UnicodeDecodeError, OSError) as exc:
        raise unreadable(label or source, exc, source) from None


def _import(
    store: IncidentStore,
    source: Path,
    handle: IO[str],
    fmt: ImportFormat | str | None,
    layout: Layout | str | None,
    skip_invalid: bool,
    dry_run: bool,
    rejects: str | Path | None,
    safe: bool,
    progress: Count | None,
    label: str,
) -> ImportSummary:
    """The import of an open file: its format and layout decided once from the name and first
    bytes (an ACLED header is known by ``event_id_cnty``), the header read before any row so
    that its errors come first, and the rejects file opened beside its target before the rows
    are read, so that one that cannot be written stops the import before anything is checked."""
    head = handle.read(64)
    handle.seek(0)
    kind = ImportFormat(fmt) if fmt else detect_format(source, head)
    chosen = Layout(layout) if layout else None
    if chosen is Layout.acled and kind is not ImportFormat.csv:
        raise ValidationError(ACLED_CSV_ONLY)
    # The header from the handle the rows are read from, never the path again: a file replaced
    # meanwhile (an `export -o` of the same name with --force, renamed over it) was read in two
    # versions, its columns named by the new file and its cells taken from the old.
    csv_header = None
    if kind is ImportFormat.csv:
        csv_header = read_header(handle)
        handle.seek(0)
    if csv_header is not None and chosen is None:
        chosen = Layout.acled if "event_id_cnty" in csv_header else Layout.tracker
    rows: Iterator[RawRow | CsvCells | RowError]
    if kind is ImportFormat.csv and chosen is Layout.tracker:
        rows = read_csv_cells(handle)  # read by a plan of the header (row_plan)
    else:
        rows = row_reader(handle, kind, safe, chosen)
    header = None
    plan = None
    if kind is ImportFormat.csv:
        first = next(rows, None)  # reads the header: errors about it surface before anything else
        header = csv_header or []
        rows = chain_first(first, rows)
        if chosen is Layout.tracker:
            plan = RowPlan(header, safe=safe)
    with ExitStack() as stack:
        rejects_file = None
        if rejects:
            # Never over the database, its -wal/-shm/-journal, or the file being imported.
            protect = protected_files(store.path, source)
            rejects_file = RejectedRows(stack.enter_context(atomic_writer(rejects, protect=protect)), kind, header)
        importer = Importer(
            store, label=label, skip_invalid=skip_invalid, rejects=rejects_file, progress=progress, plan=plan
        )
        importer.header_marks_deletions = header is not None and "deleted_at" in header
        if kind is ImportFormat.json:
            importer.summary.unit = "record"  # an array's records: the Nth, not a line of the file
        return importer.run(rows, dry_run=dry_run)
