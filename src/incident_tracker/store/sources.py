"""The sources of incidents: add, read, change and remove them, each in the history."""

from __future__ import annotations

from typing import Any

from ..errors import NotFoundError, ValidationError
from .core import StoreCore
from .database import transaction
from .given import record_given
from .records import SOURCE_FIELDS, utc_now


class SourcesMixin(StoreCore):
    """The source methods of :class:`~.incidents.IncidentStore`."""

    def add_source(self, incident_id: int, source: dict[str, Any]) -> int:
        """Attach another source to an incident; returns the source id."""
        self._require(incident_id)
        checked = self.check_source(source)
        now = utc_now()
        with transaction(self.conn):
            source_id = self._insert_source(incident_id, checked, now)
            self._touch(incident_id, now)
            self._log(incident_id, now, "source", "sources", None, {"id": source_id, **checked})
        return source_id

    def get_source(self, source_id: int) -> dict[str, Any]:
        """One source, with the id of its incident."""
        row = self._execute(
            f"SELECT id, incident_id, {', '.join(SOURCE_FIELDS)} FROM sources WHERE id = ?", [source_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(f"No source with id {source_id}. 'tracker show ID' lists an incident's sources.")
        return dict(zip(["id", "incident_id", *SOURCE_FIELDS], row, strict=True))

    def edit_source(self, source_id: int, changes: dict[str, Any], reason: str | None = None) -> dict[str, Any]:
        """Change fields of a source (an empty string clears one); one transaction, kept in the
        incident's history with the old and new source. Returns the source as it now is."""
        current = self.get_source(source_id)
        incident_id = current.pop("incident_id")
        old = {f: current[f] for f in SOURCE_FIELDS}
        new = self.check_source({**old, **record_given(changes, "The changes")})
        if new == old:
            raise ValidationError(f"Source {source_id} already reads so: nothing to change.")
        now = utc_now()
        with transaction(self.conn):
            self._execute(
                f"UPDATE sources SET {', '.join(f'{f} = ?' for f in SOURCE_FIELDS)} WHERE id = ?",
                [*(new[f] for f in SOURCE_FIELDS), source_id],
            )
            self._touch(incident_id, now)
            self._log(incident_id, now, "source", "sources", {"id": source_id, **old}, {"id": source_id, **new},
                      reason=reason)  # fmt: skip
        return {"id": source_id, "incident_id": incident_id, **new}

    def remove_source(self, source_id: int, reason: str | None = None) -> int:
        """Remove a source from its incident; one transaction, the removed source kept in the
        incident's history. Returns the incident's id."""
        current = self.get_source(source_id)
        incident_id = int(current.pop("incident_id"))
        now = utc_now()
        with transaction(self.conn):
            self._execute("DELETE FROM sources WHERE id = ?", [source_id])
            self._touch(incident_id, now)
            self._log(incident_id, now, "source", "sources", current, None, reason=reason)
        return incident_id
