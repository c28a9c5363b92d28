"""The importer's per-batch work: each batch of checked rows looked up in the database,
the new ones inserted and the known ones updated, the refused ones set aside, and the
links resolved once every row is in. See :mod:`.importer` for the rules and the run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import ValidationError
from ..models import (
    DATE_FIELDS,
    EDITABLE_FIELDS,
    INCIDENT_FIELDS,
    normalize_record,
    restate_span,
)
from ..store.bulk import BulkWriter, NewIncident
from ..store.imported_history import link_rows_apart, told_changes, told_links, with_ids_here
from ..store.incidents import IncidentStore, new_uid
from ..store.outside_country import placed_far_outside
from .acled import SYSTEM as ACLED
from .acled import keeps_stored_dates, stored_reading
from .columns import SOURCE_KEYS
from .import_cells import checked_sources
from .import_rows import ImportSummary, RejectedRows, error_column
from .readers import CsvCells, RawRow, RowError

__all__ = ["BatchWriting", "ImportRow"]


#: The fields of a span: one of them given, the others may follow.
_SPAN = frozenset(DATE_FIELDS)


@dataclass(slots=True)
class ImportRow:
    """One row checked on its own (as ``tracker add`` checks a record), waiting for its batch to
    say whether it is new or known: the database is read once per batch, not once per row."""

    raw: RawRow | CsvCells
    record: dict[str, Any]
    uid: str | None
    stamps: dict[str, str | None]
    sources: list[dict[str, Any]]
    links: list[tuple[str, str]]
    derived_uid: bool = False
    #: History rows the file carries (``export --with-history``), appended where not yet held.
    history: list[tuple[str | None, ...]] = field(default_factory=list)
    #: The row's id in the file (a JSON record's ``id``): the file's history names other incidents by it.
    file_id: str | None = None


class BatchWriting:
    """The per-batch half of :class:`~.importer.Importer`: what happens to rows once checked."""

    store: IncidentStore
    label: str
    skip_invalid: bool
    rejects: RejectedRows | None
    summary: ImportSummary
    #: The store's unit of work, set by ``Importer.run`` for the length of the import.
    writer: BulkWriter
    pending: list[ImportRow]
    #: Every link met: (uid, kind, other uid, line), resolved by :meth:`add_links` at the end.
    links: list[tuple[str, str, str, int]]
    #: The file's ``link``/``unlink`` history rows of each incident (by uid), written by :meth:`add_links` once
    #: every incident has its id here; and the uid of each of the file's ids, which those rows name.
    link_history: list[tuple[str, list[tuple[str | None, ...]]]]
    uid_of_file_id: dict[str, str]
    #: Whether a CSV file's header has ``deleted_at`` (a JSON record says so itself).
    header_marks_deletions: bool = False

    def reject(self, error: RowError) -> None:
        """A row refused: without ``skip_invalid`` the import stops here, and being one transaction
        keeps nothing; with it, the row is counted, the first few kept for the summary, and every
        one written to the rejects file, so that none is dropped unseen."""
        error.unit = self.summary.unit
        if not self.skip_invalid:
            raise ValidationError(
                f"{self.label}, {str(error).rstrip('.')}. Nothing was imported: fix the row.",
                # The way out is the "skip invalid rows" setting: the CLI names its flag.
                field="skip_invalid",
            )
        self.summary.rejected += 1
        if len(self.summary.errors) < ImportSummary.KEEP:
            self.summary.errors.append(error)
        if self.rejects:
            self.rejects.write(error)

    # --- per batch -----------------------------------------------------------

    def flush(self) -> None:
        """Look the batch up, check each row whole, insert the new and update the known."""
        batch, self.pending = self.pending, []
        if not batch:
            return
        by_uid = self.writer.records_by_uid(r.uid for r in batch if r.uid)
        by_external: dict[str, dict[str, Any]] = {}
        systems = {r.raw.external[0] for r in batch if r.raw.external}
        for system in systems:
            wanted = [r.raw.external[1] for r in batch if r.raw.external and r.raw.external[0] == system]
            for external_id, record in self.writer.records_by_external_id(system, wanted).items():
                by_external[f"{system}\x00{external_id}"] = record
        new: list[NewIncident] = []
        new_rows: list[ImportRow] = []
        # An ACLED row may also name one of our incidents by uid (our --layout acled export
        # writes the uid when an incident has no ACLED id): match on it as a fallback.
        by_uid.update(self.writer.records_by_uid(r.raw.external[1] for r in batch if r.raw.external and not r.uid))
        for row in batch:
            current = by_uid.get(row.uid) if row.uid else None
            if current is None and row.raw.external:
                key = "\x00".join(row.raw.external)
                current = by_external.get(key) or by_uid.get(row.raw.external[1])
            try:
                if current is None:
                    new.append(self._new_incident(row))
                    new_rows.append(row)
                else:
                    self._update(row, current)
            except ValidationError as exc:
                self.reject(RowError(str(exc), line=row.raw.line, original=row.raw.original, column=error_column(exc)))
        ids = self.writer.insert(new)
        self.summary.added += len(ids)
        for row, item, new_id in zip(new_rows, new, ids, strict=True):
            self._note_far_outside(row, item.record)
            history = self._links_later(item.uid, row)
            self.summary.history_added += self.writer.add_history(new_id, history, new=True)
        self._record_actors(batch)
        for row, item in zip(new_rows, new, strict=True):
            self._queue_links(row, item.uid)

    def _new_incident(self, row: ImportRow) -> NewIncident:
        record = IncidentStore.complete(row.record)
        now = self.writer.now
        created = row.stamps["created_at"] or now
        return NewIncident(
            record=record,
            uid=row.uid or new_uid(),
            created_at=created,
            updated_at=row.stamps["updated_at"] or created,
            deleted_at=row.stamps["deleted_at"],
            deleted_reason=row.stamps["deleted_reason"] if row.stamps["deleted_at"] else None,
            sources=row.sources,
            external=row.raw.external,
        )

    def _update(self, row: ImportRow, current: dict[str, Any]) -> None:
        """Change what differs, as ``tracker edit`` would; add the sources not yet recorded."""
        record, sources = row.record, row.sources
        if row.raw.external and row.raw.external[0] == ACLED:
            record, sources = self._beyond_stored_reading(row, current)
        record = dict(_with_attribution_default(record, current))
        coded = row.raw.coded_date if isinstance(row.raw, RawRow) else None
        if coded and keeps_stored_dates(coded, current):
            # ACLED's one day, inside the stored span and no finer than it: nothing new about the dates.
            for name in _SPAN:
                record.pop(name, None)
        restate_span(record, current)  # a new date or precision: its week, month or year, as on add
        whole = IncidentStore.complete({**{n: current[n] for n in EDITABLE_FIELDS}, **record})
        # A date, end or precision settles the span: its start and end change with it (a month
        # made a year starts on 1 January), as on edit, though the row named neither.
        named = set(record) | (_SPAN if _SPAN & set(record) else set())
        changed = [
            {"field": name, "old": current[name], "new": whole[name]}
            for name in INCIDENT_FIELDS
            if name in named and whole[name] != current[name]
        ]
        known = {tuple(s.get(f) for f in SOURCE_KEYS) for s in current["sources"]}
        new_sources = [s for s in sources if tuple(s.values()) not in known]
        external = row.raw.external
        theirs = row.stamps["updated_at"]
        if changed and theirs and current["updated_at"] and theirs < current["updated_at"]:
            raise ValidationError(
                f"incident {current['uid']} was changed here at {current['updated_at']}, after this file's copy "
                f"of it ({theirs}): the database's version is newer, and importing this row would revert "
                f"{', '.join(c['field'] for c in changed)}. Edit it by hand, or export it again first"
            )
        history = self._links_later(current["uid"], row)
        if self._note_deletion(row, current):
            # The file's deletion (or restoring) is not followed here: its history would say otherwise.
            history = [h for h in history if h[1] not in ("delete", "restore")]
        # The file's history rows this incident lacks; a change they tell is not told twice.
        history = self.writer.lacking_history(current["id"], history)
        if changed or new_sources:
            reason = self.writer.reason
            if theirs and current["updated_at"] and theirs > current["updated_at"]:
                # A newer version made elsewhere: the history says which one it was.
                self.writer.reason = f"{reason} (its version of {theirs})"
            self._note_far_outside(row, whole)
            try:
                self.writer.update(current["id"], changed, new_sources, external, told=told_changes(history))
            finally:
                self.writer.reason = reason
            self.summary.updated += 1
        else:
            if external:
                self.writer.update(current["id"], [], [], external)
            self.summary.unchanged += 1
        self.summary.history_added += self.writer.add_history(current["id"], history)
        self._queue_links(row, current["uid"])

    def _note_deletion(self, row: ImportRow, current: dict[str, Any]) -> bool:
        """Note a row whose deletion differs from the stored incident's: left alone (deleting and
        restoring are their commands' work), and listed for the summary. Only a file that can mark
        a deletion (``deleted_at`` among its columns) says anything about one."""
        original = row.raw.original
        if row.raw.external or not (
            "deleted_at" in original if isinstance(original, dict) else self.header_marks_deletions
        ):
            return False
        here = current["deleted_at"] is not None
        there = row.stamps["deleted_at"] is not None
        if there and not here:
            self.summary.deleted_in_file.append(current["id"])
        elif here and not there:
            self.summary.live_in_file.append(current["id"])
        return here != there

    def _beyond_stored_reading(
        self, row: ImportRow, current: dict[str, Any]
    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """An ACLED row's fields and sources less those that read as what our own ACLED export of
        the stored incident reads back as (:func:`~.acled.stored_reading`): such a cell says nothing
        new, so re-importing an unchanged export changes nothing, while a changed cell still updates.
        The dates are left to :func:`~.acled.keeps_stored_dates`."""
        try:
            values = stored_reading(current, self.store.actors.lookup)
            stored_sources = checked_sources(values.pop("sources"), self.store.check_source)
            stored = normalize_record(values)
        except ValidationError:
            return row.record, row.sources  # a stored value ACLED's layout cannot carry: compare as is
        record = {
            name: value
            for name, value in row.record.items()
            if name in _SPAN or name not in stored or stored[name] != value
        }
        return record, [s for s in row.sources if s not in stored_sources]

    def _note_far_outside(self, row: ImportRow, record: dict[str, Any]) -> None:
        """Note a row whose coordinates lie far outside its country: kept, and counted for a warning."""
        if placed_far_outside(record.get("latitude"), record.get("longitude"), record.get("country")):
            self.summary.far_outside.append(row.raw.line)

    def _record_actors(self, batch: list[ImportRow]) -> None:
        """Add the actors an ACLED file names to the dictionary, inside the import's
        transaction (a refused import adds none)."""
        named = [actor for row in batch for actor in row.raw.actors]
        if not named:
            return
        actors = self.store.actors
        for name, actor_type, country in named:
            actors.ensure(name, actor_type, country, reason=f"{self.label}: named in an imported file")

    def _queue_links(self, row: ImportRow, uid: str) -> None:
        for kind, other in row.links:
            self.links.append((uid, kind, other, row.raw.line))

    def _links_later(self, uid: str, row: ImportRow) -> list[tuple[str | None, ...]]:
        """The row's history but its link rows, which wait for :meth:`add_links` (they name other incidents by
        the file's ids, which this file may number otherwise)."""
        if row.file_id is not None:
            self.uid_of_file_id[row.file_id] = uid
        history, link_rows = link_rows_apart(row.history)
        if link_rows:
            self.link_history.append((uid, link_rows))
        return history

    def add_links(self) -> None:
        """Resolve the links of every row once all the rows are in (a link may name a later row). The file's
        own link rows go first, each naming the other incident by its id here; a link the import then makes is
        told in a side's history only when that history does not tell it already, so an export with its history,
        imported, gives the same history back (probe17: each round trip added one ``link`` row per side)."""
        wanted = {u for link in self.links for u in (link[0], link[2])}
        if self.link_history:  # the file's link rows may name any of its incidents: their ids here are needed
            wanted |= {uid for uid, _ in self.link_history} | set(self.uid_of_file_id.values())
        if not wanted:
            return
        ids = self.writer.ids_by_uid(wanted)
        told: set[tuple[int, int, str]] = set()
        for uid, rows in self.link_history:
            if uid not in ids:
                continue
            here = with_ids_here(rows, self.uid_of_file_id, ids)
            told |= told_links(ids[uid], here)
            self.summary.history_added += self.writer.add_history(ids[uid], self.writer.lacking_history(ids[uid], here))
        for uid, kind, other, _line in self.links:
            if uid not in ids or other not in ids:
                self.summary.links_unresolved += 1
                continue
            source, target = ids[uid], ids[other]
            if kind == "duplicated_by":
                source, target, kind = target, source, "duplicate_of"
            if kind == "duplicate_of" and self.writer.duplicate_chain_reaches(target, source):
                self.summary.links_unresolved += 1  # it would close a loop of duplicates
                continue
            back = "duplicated_by" if kind == "duplicate_of" else kind
            sides_told = ((source, target, kind) in told, (target, source, back) in told)
            if self.writer.link(source, target, kind, sides_told):
                self.summary.links_added += 1


def _with_attribution_default(record: dict[str, Any], current: dict[str, Any]) -> dict[str, Any]:
    """A row that gives the attribution but not ``attribution_default`` (a file from before the mark, or
    from elsewhere) settles the mark as ``tracker edit`` does: an empty status is the default again; a
    different status is stated, so a default mark goes; the same status restated leaves the mark as it is."""
    if "attribution_default" in record or "attribution" not in record:
        return record
    if record["attribution"] is None:
        return {**record, "attribution_default": True}
    if record["attribution"] != current["attribution"]:
        return {**record, "attribution_default": False if current["attribution_default"] else None}
    return record
