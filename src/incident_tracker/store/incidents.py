"""Reading and writing incidents: the library behind every command.

Each public write method is one transaction: it either happens whole, with its
history rows and search index, or not at all.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from ..errors import ConflictError, GeocodingError, StoredDatesError, ValidationError
from ..models import (
    DATE_FIELDS,
    INCIDENT_FIELDS,
    LIST_FIELDS,
    NOT_NULL_FIELDS,
    IncidentRecord,
    check_record,
    normalize_record,
    restate_span,
)
from ..models.stored_values import as_readable, refuse_kept_faults
from .database import analyze_if_large, analyze_on_milestone, bulk_cache, transaction
from .given import is_whole, reason_given, record_given, records_given, sources_given
from .guard import guard_public_methods, storage_error
from .links import LinksMixin
from .reads import ReadsMixin
from .records import (
    SOURCE_FIELDS,
    complete_record,
    duplicate_chain_reaches,
    looks_like_url,
    new_uid,
    prepare_record,
    refuse_duplicate_cycle,
    utc_now,
)
from .sources import SourcesMixin
from .stored_spans import stored_span_problem

if TYPE_CHECKING:
    from .bulk import BulkWriter

__all__ = [
    "SOURCE_FIELDS",
    "IncidentStore",
    "duplicate_chain_reaches",
    "looks_like_url",
    "new_uid",
    "refuse_duplicate_cycle",
    "utc_now",
]


@guard_public_methods
class IncidentStore(ReadsMixin, SourcesMixin, LinksMixin):
    """The incidents in one database file.

    Usable on its own from Python::

        with IncidentStore.open("incidents.db") as store:
            new_id = store.add({"event_date": "2025-11-24", "event_type": "Battles",
                                "country": "TJ"})

    Its reads (``get``, ``query``, ``count``, ``history``) are in :mod:`.reads`. Every public
    method raises the library's errors only (:mod:`.guard`): a value of the wrong type is a
    :class:`~incident_tracker.errors.ValidationError`, anything SQLite refuses (a busy or damaged
    file, a store closed or used from another thread) a :class:`~incident_tracker.errors.StorageError`.
    """

    @staticmethod
    def prepare(values: dict[str, Any]) -> dict[str, Any]:
        """Check a new record and fill the defaults, without touching the database
        (:func:`~.records.prepare_record`); callers validate before opening a file."""
        return prepare_record(values)

    @staticmethod
    def complete(record: dict[str, Any]) -> dict[str, Any]:
        """Fill the defaults of an already normalised record and check it whole
        (:func:`~.records.complete_record`)."""
        return complete_record(record)

    def add(
        self,
        values: dict[str, Any],
        *,
        sources: Iterable[dict[str, Any]] = (),
        reason: str | None = None,
        locate: bool = True,
    ) -> int:
        """Record a new incident and return its id.

        A place without coordinates is located first by the library's one rule
        (:func:`incident_tracker.geo.locate.complete_record`), unless ``locate`` is
        False (the CLI locates before, to ask and print). The geocoder is imported
        only then, so opening a store costs nothing more.
        """
        values = dict(record_given(values))
        reason_given(reason)
        if locate and values.get("place") and values.get("latitude") is None:
            values = self._locate(values)
        record = self.prepare(values)
        checked_sources = [self.check_source(s) for s in sources_given(sources)]
        weapons = record.pop("weapons", None) or []
        tags = record.pop("tags", None) or []
        now = utc_now()
        with transaction(self.conn):
            columns = {**record, "uid": new_uid(), "created_at": now, "updated_at": now}
            names = list(columns)
            cursor = self._execute(
                f"INSERT INTO incidents ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
                [columns[n] for n in names],
            )
            incident_id = int(cursor.lastrowid or 0)
            self._set_list(incident_id, "weapons", weapons)
            self._set_list(incident_id, "tags", tags)
            for source in checked_sources:
                self._insert_source(incident_id, source, now)
            self._log(incident_id, now, "create", reason=reason)
        if not self.conn.in_transaction:
            analyze_on_milestone(self.conn, incident_id)
        return incident_id

    def _locate(self, values: dict[str, Any]) -> dict[str, Any]:
        """``values`` with the location fields filled from the place (see :meth:`add`); the note is logged."""
        import logging

        from ..geo.locate import complete_record, default_resolver

        record = dict(values)
        try:
            located = complete_record(record, resolver=default_resolver(self.conn))
        except GeocodingError as exc:
            logging.getLogger(__name__).warning("place %r not located: %s", values.get("place"), exc)
            return values
        if located.note:
            logging.getLogger(__name__).info(located.note)
        return record

    def add_many(
        self,
        records: Iterable[dict[str, Any]],
        *,
        reason: str | None = None,
        batch_size: int = 5000,
    ) -> list[int]:
        """Record many new incidents in one transaction and return their ids, in order.

        The bulk path for importers and large archives. Each record is checked by
        exactly the rules :meth:`add` uses (:meth:`prepare`, :meth:`check_source`);
        a record may carry its sources under a ``"sources"`` key. What differs is the
        writing: rows go in with ``executemany`` a batch at a time (the full-text
        index follows through m006's triggers), which is what makes a million rows
        take a minute rather than an hour. All or nothing: a bad record
        raises :class:`ValidationError` naming its position (counted from 1), and
        nothing is written. Records are consumed lazily, so memory stays flat however
        many there are.
        """
        if not is_whole(batch_size) or batch_size < 1:
            raise ValidationError(f"batch_size must be a whole number of at least 1, got {batch_size!r}.")
        reason_given(reason)
        from .bulk import NewIncident  # only a bulk write pays for loading the bulk path

        ids: list[int] = []
        with self.bulk(reason=reason) as writer:
            now = writer.now
            batch: list[NewIncident] = []
            for position, item in enumerate(records_given(records), start=1):
                try:
                    values = dict(record_given(item, f"Record {position}"))
                    raw_sources = sources_given(values.pop("sources", None) or [])
                    record = self.prepare(values)
                    checked = [self.check_source(s) for s in raw_sources]
                except ValidationError as exc:
                    if str(exc).startswith(f"Record {position} "):
                        raise
                    raise ValidationError(f"Record {position}: {exc}") from None
                batch.append(NewIncident(record, new_uid(), now, now, sources=checked))
                if len(batch) >= batch_size:
                    ids.extend(writer.insert(batch))
                    batch = []
            ids.extend(writer.insert(batch))
        return ids

    @contextmanager
    def bulk(self, *, reason: str | None, now: str | None = None) -> Iterator[BulkWriter]:
        """A unit of work for many writes (an import, :meth:`add_many`): one transaction.

        Yields a :class:`~.bulk.BulkWriter` (prepared inserts, the search index filled a
        batch at a time, the incidents' indexes rebuilt once after a load into an empty
        table). Everything is committed when the block ends and nothing if it raises, so a
        caller keeps the all-or-nothing promise (and makes a dry run) by raising. The
        planner's statistics are refreshed after a large write.
        """
        # The writer reads the first free id on its first insert, inside this transaction
        # (which holds the write lock), so no other writer can take it.
        from .bulk import BulkWriter

        writer = BulkWriter(self, now=now or utc_now(), reason=reason_given(reason), rebuild_indexes=True)
        try:
            with bulk_cache(self.conn), transaction(self.conn):
                yield writer
                writer.finish()
            analyze_if_large(self.conn, writer.written)
        except sqlite3.Error as exc:  # the caller's block runs inside: a decorator on the call cannot see it
            raise storage_error(exc) from exc

    def edit(
        self,
        incident_id: int,
        changes: Mapping[str, Any],
        *,
        reason: str | None = None,
        expect: Mapping[str, Any] | None = None,
    ) -> list[dict[str, Any]]:
        """Apply changes, keeping the old values in the history. Returns what changed.

        ``expect``: the values the change was worked out from (a record as :meth:`get` returned
        it, or some of its fields). A script that reads an incident, computes and saves would
        otherwise overwrite what another process saved in between (a lost update): with
        ``expect``, the edit is refused whole (:class:`ConflictError`) when any of those fields
        no longer reads so, and the script reads again.
        """
        reason_given(reason)
        seen = self._last_change(incident_id)  # first: any write after this is caught below
        current = self.stored(incident_id)
        if expect is not None:
            _refuse_changed_since_read(incident_id, current, expect)
        updates = normalize_record(record_given(changes, "The changes"))
        refuse_kept_faults(incident_id, current, updates)
        for name in NOT_NULL_FIELDS:
            if name in updates and updates[name] is None:
                words = name.replace("_", " ")
                raise ValidationError(f"The {words} cannot be empty: every incident has one.", field=name)
        if "attribution" in updates and "attribution_default" not in updates and current.get("attribution_default"):
            updates["attribution_default"] = False  # given now, so no longer the default (even 'unattributed')
        # A new date or precision: its week, month or year again; a new end alone: its precision.
        restate_span(updates, current)
        if updates.keys().isdisjoint(DATE_FIELDS):
            _refuse_stored_dates_at_odds(incident_id, current)
        if updates.get("date_precision") == "day" and "event_date_end" not in updates:
            _refuse_a_day_with_a_stored_end(incident_id, current)
        if updates.get("latitude") is not None and updates.get("latitude") != current["latitude"]:
            # New coordinates typed by the user: say where they came from, as add does.
            updates.setdefault("geocoder", "user")
            updates.setdefault("geo_precision", "exact")
        merged = {name: current.get(name) for name in INCIDENT_FIELDS if name in updates or name in current}
        merged.update(updates)
        whole = {k: merged.get(k) for k in INCIDENT_FIELDS}
        check_record(whole)  # also settles the span a precision implies (a week's end date)
        for name in ("event_date", "event_date_end"):
            if whole[name] != merged.get(name):
                updates[name] = whole[name]
        changed = [
            {"field": name, "old": current.get(name), "new": updates[name]}
            for name in updates
            if updates[name] != current.get(name)
        ]
        if not changed:
            return []
        with transaction(self.conn):
            self._unchanged_since(incident_id, seen)
            self.write_changes(incident_id, changed, utc_now(), reason)
        return changed

    def write_changes(
        self,
        incident_id: int,
        changed: list[dict[str, Any]],
        now: str,
        reason: str | None,
        *,
        quiet: Collection[str] = (),
    ) -> None:
        """Write checked changes ({field, old, new}) with their history rows, but for the fields
        in ``quiet`` (an import whose file's history rows tell those changes already).

        The caller holds the transaction (one edit, or a whole import); the search
        index follows by itself through the triggers of migration m006.
        """
        columns = {c["field"]: c["new"] for c in changed if c["field"] not in LIST_FIELDS}
        if columns:
            assignments = ", ".join(f"{name} = ?" for name in columns)
            self._execute(
                f"UPDATE incidents SET {assignments}, updated_at = ? WHERE id = ?",
                [*columns.values(), now, incident_id],
            )
        else:
            self._touch(incident_id, now)
        for change in changed:
            if change["field"] in LIST_FIELDS:
                self._set_list(incident_id, change["field"], change["new"])
            if change["field"] not in quiet:
                self._log(incident_id, now, "update", change["field"], change["old"], change["new"], reason)

    def delete(self, incident_id: int, *, reason: str, duplicate_of: int | None = None) -> None:
        """Mark an incident deleted. It stays in the file, recoverable with :meth:`restore`."""
        if not reason_given(reason) or not reason.strip():
            raise ValidationError("Give a reason for deleting.")
        seen = self._last_change(incident_id)  # first: any write after this is caught below
        current = self.stored(incident_id)
        if current["deleted_at"]:
            raise ValidationError(f"Incident {incident_id} is already deleted ({current['deleted_reason']}).")
        if duplicate_of is not None:
            if duplicate_of == incident_id:
                raise ValidationError("An incident cannot be a duplicate of itself.")
            self._require(duplicate_of)
            refuse_duplicate_cycle(self.conn, incident_id, duplicate_of)
        now = utc_now()
        with transaction(self.conn):
            self._unchanged_since(incident_id, seen)
            if duplicate_of is not None:
                self._insert_link(incident_id, duplicate_of, "duplicate_of", now)
            self._execute(
                "UPDATE incidents SET deleted_at = ?, deleted_reason = ?, updated_at = ? WHERE id = ?",
                [now, reason.strip(), now, incident_id],
            )
            self._log(incident_id, now, "delete", reason=reason.strip())

    def restore(self, incident_id: int, *, reason: str | None = None) -> list[int]:
        """Bring a deleted incident back. Returns the live incidents it is still linked to
        as a duplicate (``delete --duplicate-of`` made that link, and a restore does not
        undo it): the stats leave it out while the link stands, so the caller can say so."""
        seen = self._last_change(incident_id)  # first: any write after this is caught below
        current = self.stored(incident_id)
        if not current["deleted_at"]:
            raise ValidationError(f"Incident {incident_id} is not deleted.")
        now = utc_now()
        with transaction(self.conn):
            self._unchanged_since(incident_id, seen)
            self._execute(
                "UPDATE incidents SET deleted_at = NULL, deleted_reason = NULL, updated_at = ? WHERE id = ?",
                [now, incident_id],
            )
            self._log(incident_id, now, "restore", old=current["deleted_reason"], reason=reason)
        targets = [link["id"] for link in current["links"] if link["kind"] == "duplicate_of"]
        return [target for target in targets if not self.get(target)["deleted_at"]]

    def add_drafts(
        self,
        drafts: Iterable[dict[str, Any]],
        source: dict[str, Any],
        *,
        attach_to: Iterable[int] = (),
        notes: Sequence[str | None] = (),
        attach_notes: Sequence[str | None] = (),
        reason: str | None = None,
    ) -> tuple[list[int], list[int]]:
        """Add accepted drafts with their article as source, and attach that source to
        incidents already recorded (a draft judged a duplicate), all in one transaction.

        ``notes`` and ``attach_notes`` (parallel to ``drafts`` and ``attach_to``) are
        the source's note on each incident: what this article says about it, as the
        codebook asks. Returns the new incident ids and the new source ids.
        """
        records = [dict(record_given(values, "A draft")) for values in drafts]
        for number, record in enumerate(records, start=1):
            try:
                self.prepare(record)  # every draft checked before anything is written
            except ValidationError as exc:
                raise ValidationError(f"Draft {number} cannot be added: {exc} Nothing was added.") from None
        checked = self.check_source(source)
        targets = list(attach_to)
        for target in targets:
            self._require(target)
        with transaction(self.conn):
            new_ids = [
                # Drafts were located (or deliberately not) by extract's locator: not again here.
                self.add(record, sources=[{**checked, "note": _nth(notes, n)}], reason=reason, locate=False)
                for n, record in enumerate(records)
            ]
            source_ids = [
                self.add_source(target, {**checked, "note": _nth(attach_notes, n)}) for n, target in enumerate(targets)
            ]
        return new_ids, source_ids


def _nth(notes: Sequence[str | None], index: int) -> str | None:
    """The note for the ``index``-th incident, or none: a caller may give fewer notes than drafts."""
    return notes[index] if index < len(notes) else None


def _refuse_changed_since_read(incident_id: int, current: IncidentRecord, expect: Mapping[str, Any]) -> None:
    """An edit worked out from values that no longer hold (see :meth:`IncidentStore.edit`'s
    ``expect``): refused, naming the first field another write changed. ``current`` is read after
    the edit's own conflict mark, so a write after it is caught by ``_unchanged_since``."""
    known = (*INCIDENT_FIELDS, "sources", "links")
    unknown = sorted(str(name) for name in record_given(expect, "expect") if name not in known)
    if unknown:
        raise ValidationError(f"expect names what is not a field of a record: {', '.join(unknown)}.", field="expect")
    readable = as_readable(dict(current))
    for name in known:
        if name in expect and expect[name] != readable.get(name):
            raise ConflictError(
                f"Incident {incident_id} was changed since it was read ({name} was {expect[name]!r}, is now "
                f"{readable.get(name)!r}). Nothing was changed: read it again and work the change out anew."
            )


def _refuse_stored_dates_at_odds(incident_id: int, current: IncidentRecord) -> None:
    """An edit that leaves the dates alone, of a record stored before its span had to fit its
    precision: the stored dates are at fault, not the change asked for (so exit 1, not a usage error)."""
    problem = stored_span_problem(current)
    if problem is not None:
        raise StoredDatesError(
            f"Incident {incident_id}'s stored dates contradict their precision ({problem.describe()}; stored "
            "before this was checked), so it cannot be saved as it is. Repair them first (set its date precision "
            f"to '{problem.span}'), then make this change ('tracker check' lists all such).",
            incident_id=incident_id,
            repair_precision=problem.span,
        )


def _refuse_a_day_with_a_stored_end(incident_id: int, current: IncidentRecord) -> None:
    """A day has no span: when the stored record has one (a week, a month), the end date must be
    cleared in the same edit, which is what to say rather than suggest the precision 'days'."""
    start, end = current.get("event_date"), current.get("event_date_end")
    if end and end != start:
        raise ValidationError(
            f"A day has no end date, and incident {incident_id} runs {start} to {end}: clear end_date in the "
            f"same edit (the day kept is {start}), or give the date precision 'days' for the span.",
            field="date_precision",
        )
