"""(Re)geocoding stored incidents: the library behind ``tracker geocode --missing``.

Each incident that has a place but no coordinates goes through the library's one rule
(:func:`incident_tracker.geo.locate.locate`) with its own country and province as
constraints; a clear answer is written with
:meth:`IncidentStore.edit`, so the change lands in the incident's history with a
reason like any other edit. Ambiguous and unknown places are reported, never guessed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..progress import Progress
    from ..store import IncidentStore
    from .chain import Candidate, Resolver

REASON = "located later, from the place as reported"


def incidents_without_coordinates(store: IncidentStore) -> list[dict[str, Any]]:
    """Live incidents with a place as reported and no coordinates, oldest first."""
    from ..store import places

    return places.incidents_without_coordinates(store.conn)


def newest_id(store: IncidentStore) -> int:
    """The highest incident id so far (0 for none): what an import adds lies above it."""
    from ..store import places

    return places.newest_incident_id(store.conn)


def changes_for(record: dict[str, Any], chosen: Candidate) -> dict[str, Any]:
    """What a resolved place adds to a stored record; fields the analyst filled are kept."""
    changes: dict[str, Any] = {
        "latitude": round(chosen.latitude, 5),
        "longitude": round(chosen.longitude, 5),
        "geocoder": chosen.source,
    }
    if not record.get("location"):
        changes["location"] = chosen.name
    if record.get("geo_precision") in (None, "unknown"):
        changes["geo_precision"] = chosen.geo_precision
    if not record.get("country") and chosen.country:
        changes["country"] = chosen.country
    if not record.get("admin1") and chosen.admin1:
        changes["admin1"] = chosen.admin1
    return changes


@dataclass
class BatchReport:
    """What happened to each incident, by id."""

    located: list[tuple[int, Candidate]] = field(default_factory=list)
    ambiguous: list[tuple[int, list[Candidate]]] = field(default_factory=list)
    unknown: list[int] = field(default_factory=list)
    #: The one-line note of each incident left unlocated (why), by id.
    notes: dict[int, str] = field(default_factory=dict)


def geocode_missing(
    store: IncidentStore,
    resolver: Resolver,
    *,
    write: bool = True,
    step: Progress | None = None,
    ids: Iterable[int] | None = None,
) -> BatchReport:
    """Geocode every incident that lacks coordinates (or those of ``ids``) with :func:`.locate.locate`.

    ``step(done, total)`` reports progress. Ambiguous and unknown places are reported, never guessed.
    Each located incident is saved as its own edit: stopped (Ctrl-C), those saved stand, and the interrupt
    carries how many (:func:`..store.transactions.saved_before`).
    """
    report = BatchReport()
    records = incidents_without_coordinates(store)
    if ids is not None:
        wanted = set(ids)
        records = [r for r in records if r["id"] in wanted]
    reached: list[int] = []
    try:
        for done, record in enumerate(records, start=1):
            reached.append(record["id"])
            _one(store, resolver, record, report, write=write)
            if step:
                step(done, len(records))
    except KeyboardInterrupt as stopped:  # Ctrl-C, or SIGTERM in the CLI: what stands is said (probe23)
        if write:
            _say_saved(store, stopped, reached, len(records))
        raise
    return report


def _say_saved(store: IncidentStore, stopped: KeyboardInterrupt, reached: list[int], total: int) -> None:
    """Note on the interrupt how many incidents were located and saved before it: each one's edit is its own
    transaction, so those stand. Read from the file, not from the report, which misses an edit whose COMMIT the
    signal came during (committed, then raised as the COMMIT returned)."""
    from ..store import places
    from ..store.transactions import mark_saved

    try:
        saved = places.located_among(store.conn, reached)
    except Exception:  # noqa: BLE001 - the file cannot be read now: the interrupt is said without the count
        return
    were = "was" if saved == 1 else "were"
    mark_saved(
        stopped,
        f"{saved:,} of {total:,} incident{'s' if total != 1 else ''} without coordinates {were} located and saved "
        "(they stand)",
    )


def _one(store: IncidentStore, resolver: Resolver, record: dict[str, Any], report: BatchReport, *, write: bool) -> None:
    """Locate one stored incident; write a clear answer (one edit, its own transaction) and note what happened."""
    from .locate import locate

    located = locate(
        record["place"],
        country=record["country"],
        admin1=record["admin1"],
        admin2=record["admin2"],
        resolver=resolver,
    )
    if located.chosen is not None:
        if write:
            store.edit(record["id"], changes_for(record, located.chosen), reason=REASON)
        report.located.append((record["id"], located.chosen))
    elif located.status == "ambiguous":
        report.ambiguous.append((record["id"], located.rivals))
    else:
        report.unknown.append(record["id"])
        report.notes[record["id"]] = located.note
