"""Links between incidents (``related``, ``duplicate_of``), each in both incidents' history."""

from __future__ import annotations

from ..errors import ValidationError
from ..models import parse_link_kind
from .core import StoreCore
from .database import transaction
from .records import duplicate_chain_reaches, refuse_duplicate_cycle, utc_now


class LinksMixin(StoreCore):
    """The link methods of :class:`~.incidents.IncidentStore`."""

    def link(self, incident_id: int, other_id: int, kind: str = "related") -> None:
        """Link two incidents (``related`` or ``duplicate_of``)."""
        kind = parse_link_kind(kind)
        if incident_id == other_id:
            raise ValidationError("An incident cannot be linked to itself.")
        self._require(incident_id)
        self._require(other_id)
        existing = self._execute(
            "SELECT kind FROM links WHERE (incident_id = ? AND other_id = ?) OR "
            "(incident_id = ? AND other_id = ? AND kind = 'related')",
            [incident_id, other_id, other_id, incident_id],
        ).fetchall()
        if any(row[0] == kind for row in existing):
            raise ValidationError(f"Incidents {incident_id} and {other_id} are already linked as {kind}.")
        if kind == "duplicate_of":
            refuse_duplicate_cycle(self.conn, incident_id, other_id)
        now = utc_now()
        with transaction(self.conn):
            self._insert_link(incident_id, other_id, kind, now)

    def unlink(self, incident_id: int, other_id: int) -> int:
        """Remove every link between two incidents; returns how many were removed."""
        self._require(incident_id)
        self._require(other_id)
        now = utc_now()
        with transaction(self.conn):
            links = self._execute(
                "SELECT incident_id, other_id, kind FROM links WHERE "
                "(incident_id = ? AND other_id = ?) OR (incident_id = ? AND other_id = ?)",
                [incident_id, other_id, other_id, incident_id],
            ).fetchall()
            if not links:
                raise ValidationError(f"Incidents {incident_id} and {other_id} are not linked.")
            self._execute(
                "DELETE FROM links WHERE (incident_id = ? AND other_id = ?) OR (incident_id = ? AND other_id = ?)",
                [incident_id, other_id, other_id, incident_id],
            )
            for source_id, target_id, kind in links:
                for me, other in ((source_id, target_id), (target_id, source_id)):
                    self._log(me, now, "unlink", "links", {"id": other, "kind": kind}, None)
        return len(links)

    def duplicate_chain_reaches(self, start: int, target: int) -> bool:
        """Does following ``duplicate_of`` links from ``start`` lead to ``target`` (or is it ``target``)?"""
        return duplicate_chain_reaches(self.conn, start, target)
