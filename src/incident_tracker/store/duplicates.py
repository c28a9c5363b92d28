"""Likely duplicates: the same event recorded twice, or a draft that is already recorded.

Candidates come from SQL — pairs of live incidents whose dates lie within a window,
not already linked as duplicates — and each candidate is then scored in Python on
four things an analyst would compare, each between 0 and 1:

* **date**: 1 on the same day, falling to 0 at the edge of the window;
* **place**: from the distance when both have coordinates (1 at the same spot, 0 at
  ``km``); else 0.5 for the same country, 0 for different countries;
* **toll**: 1 for the same number killed, the ratio of the two otherwise, 0.5 when
  either is unknown;
* **type**: 1 for the same sub-event type, 0.7 for the same event type only.

The score is their weighted mean (date 0.3, place 0.3, toll 0.2, type 0.2);
pairs at or above ``min_score`` are reported with the reasons, strongest first.
Two located incidents further apart than ``km`` are never reported: however alike
otherwise, they happened in different places.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .database import rows
from .duplicate_window import WEIGHTS, _Window
from .filters import Filters, haversine_km

if TYPE_CHECKING:
    from .incidents import IncidentStore

DEFAULT_DAYS = 3
DEFAULT_KM = 50.0
DEFAULT_MIN_SCORE = 0.6
_W_DATE, _W_PLACE, _W_TOLL, _W_TYPE = WEIGHTS["date"], WEIGHTS["place"], WEIGHTS["toll"], WEIGHTS["type"]
#: Progress is reported every this many incidents read.
PROGRESS_EVERY = 5000

_COLUMNS = "id, event_date, place, country, latitude, longitude, killed, event_type, sub_event_type"
_NAMES = tuple(c.strip() for c in _COLUMNS.split(","))
_ALIASED = ", ".join("i." + name for name in _NAMES)
_NEAR_DATE = f"""
SELECT {_COLUMNS} FROM incidents
WHERE deleted_at IS NULL AND abs(julianday(event_date) - julianday(?)) <= ?
ORDER BY id
"""
#: Slack on every bound below, so that rounding never drops a pair the full score keeps.


def _connection(source: IncidentStore | sqlite3.Connection) -> sqlite3.Connection:
    """The connection of a store (the usual argument), or a bare connection (older callers)."""
    return source if isinstance(source, sqlite3.Connection) else source.conn


def _day_number(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


@dataclass(slots=True)
class Match:
    """Two incidents (or a draft and an incident) that look alike, and why."""

    first: int | None
    second: int
    score: float
    reasons: list[str] = field(default_factory=list)
    far: bool = False  # both located, and further apart than ``km``: not one event

    def as_dict(self) -> dict[str, Any]:
        return {"first": self.first, "second": self.second, "score": round(self.score, 2), "reasons": self.reasons}


def similarity(a: dict[str, Any], b: dict[str, Any], *, days: int = DEFAULT_DAYS, km: float = DEFAULT_KM) -> Match:
    """Score two records (dicts with the codebook's field names); ``first``/``second`` are their ids."""
    gap = abs((dt.date.fromisoformat(a["event_date"]) - dt.date.fromisoformat(b["event_date"])).days)
    return _compare(tuple(map(a.get, _NAMES)), tuple(map(b.get, _NAMES)), gap, days, km)


def _date_parts(days: int) -> tuple[list[float], list[str]]:
    """The date score and reason of each gap from 0 to ``days`` (computed once per window)."""
    parts = _DATE_PARTS.get(days)
    if parts is None:
        scores = [max(0.0, 1 - gap / (days + 1)) for gap in range(days + 1)]
        reasons = ["same day" if gap == 0 else f"{gap} day{'s' if gap > 1 else ''} apart" for gap in range(days + 1)]
        parts = _DATE_PARTS[days] = (scores, reasons)
    return parts


_DATE_PARTS: dict[int, tuple[list[float], list[str]]] = {}


def _compare(a: tuple[Any, ...], b: tuple[Any, ...], gap: int, days: int, km: float) -> Match:
    """The score of two rows (in ``_NAMES`` order) whose dates are ``gap`` days apart.

    Both :func:`similarity` and the sweep of :func:`iter_duplicate_pairs` score through
    this one function, so that the sweep reports exactly what comparing every pair did.
    It runs once per reported pair (millions on a large file): the fields are read by
    position and the date's score and reason looked up, not recomputed.
    """
    if gap <= days:
        scores, date_reasons = _date_parts(days)
        date, reasons = scores[gap], [date_reasons[gap]]
    else:  # similarity() of two records further apart than the window
        date = max(0.0, 1 - gap / (days + 1))
        reasons = [f"{gap} day{'s' if gap > 1 else ''} apart"]
    lat_a, lat_b = a[4], b[4]
    if lat_a is not None and lat_b is not None:
        distance = haversine_km(lat_a, a[5], lat_b, b[5])
        place = max(0.0, 1 - distance / km)
        reasons.append(f"{distance:.0f} km apart")
        far = distance > km
    else:
        far = False
        country_a, country_b = a[3], b[3]
        if country_a and country_b:
            if country_a == country_b:
                place = 0.5
                reasons.append(f"both in {country_a}")
            else:
                place = 0.0
                reasons.append(f"in {country_a} and {country_b}")
        else:
            place = 0.25
    killed_a, killed_b = a[6], b[6]
    if killed_a is None or killed_b is None:
        toll = 0.5
    elif killed_a == killed_b:
        toll = 1.0
        reasons.append(f"same toll ({killed_a} killed)")
    else:
        toll = min(killed_a, killed_b) / max(killed_a, killed_b)
        reasons.append(f"{killed_a} and {killed_b} killed")
    sub_a, type_a = a[8], a[7]
    if sub_a and sub_a == b[8]:
        kind = 1.0
        reasons.append(f"both {sub_a}")
    elif type_a and type_a == b[7]:
        kind = 0.7
        reasons.append(f"both {type_a}")
    else:
        kind = 0.0
    score = _W_DATE * date + _W_PLACE * place + _W_TOLL * toll + _W_TYPE * kind
    return Match(a[0], int(b[0]) if b[0] is not None else 0, score, reasons, far)


def duplicate_pairs(
    source: IncidentStore | sqlite3.Connection,
    *,
    days: int = DEFAULT_DAYS,
    km: float = DEFAULT_KM,
    min_score: float = DEFAULT_MIN_SCORE,
    filters: Filters | None = None,
) -> list[Match]:
    """Pairs of recorded incidents that look like one event, most alike first."""
    found = list(iter_duplicate_pairs(source, days=days, km=km, min_score=min_score, filters=filters))
    return sorted(found, key=lambda m: (-m.score, m.first or 0, m.second))


def iter_duplicate_pairs(
    source: IncidentStore | sqlite3.Connection,
    *,
    days: int = DEFAULT_DAYS,
    km: float = DEFAULT_KM,
    min_score: float = DEFAULT_MIN_SCORE,
    filters: Filters | None = None,
    progress: Callable[[int], None] | None = None,
) -> Iterator[Match]:
    """The same pairs as :func:`duplicate_pairs`, streamed in date order as they are found.

    One pass over the incidents in date order (the date index), keeping only the last
    ``days`` days in memory; see :class:`_Window` for which pairs are compared.
    ``progress`` is called with the number of incidents read, every few thousand.
    """
    conn = _connection(source)
    where, params = (filters or Filters()).where()
    linked = {
        (min(a, b), max(a, b))
        for a, b in conn.execute("SELECT incident_id, other_id FROM links WHERE kind = 'duplicate_of'")
    }
    cursor = conn.execute(f"SELECT {_ALIASED} FROM incidents AS i WHERE {where} ORDER BY i.event_date, i.id", params)
    window = _Window(days, km, min_score)
    ordinal, compare = _day_number, _compare
    for count, row in enumerate(cursor, start=1):
        if progress is not None and count % PROGRESS_EVERY == 0:
            progress(count)
        if row[1] is None:
            continue  # no date: never within a window of another (julianday(NULL) is NULL)
        entry = window.entry(row, ordinal(row[1]))
        entry_id, entry_row, day = entry.id, entry.row, entry.day
        for other in window.candidates(entry):
            if other.id < entry_id:
                if linked and (other.id, entry_id) in linked:
                    continue
                match = compare(other.row, entry_row, day - other.day, days, km)
            else:
                if linked and (entry_id, other.id) in linked:
                    continue
                match = compare(entry_row, other.row, day - other.day, days, km)
            if match.score >= min_score and not match.far:
                yield match
        window.add(entry)


def matches_for(
    source: IncidentStore | sqlite3.Connection,
    record: dict[str, Any],
    *,
    days: int = DEFAULT_DAYS,
    km: float = DEFAULT_KM,
    min_score: float = DEFAULT_MIN_SCORE,
) -> list[Match]:
    """Recorded incidents that look like ``record`` (a draft not yet in the database)."""
    if not record.get("event_date"):
        return []
    found = []
    for row in rows(_connection(source), _NEAR_DATE, [record["event_date"], days]):
        match = similarity({**record, "id": None}, row, days=days, km=km)
        if match.score >= min_score and not match.far:
            found.append(match)
    return sorted(found, key=lambda m: (-m.score, m.second))


#: What a table of pairs shows of each incident (``pair_rows``), in this order.
PAIR_COLUMNS = (
    "id",
    "event_date",
    "event_date_end",
    "date_precision",
    "location",
    "place",
    "country",
    "killed",
    "killed_low",
    "killed_high",
)
_PAIR_SELECT = f"SELECT {', '.join(PAIR_COLUMNS)} FROM incidents WHERE id IN "


def pair_rows(source: IncidentStore | sqlite3.Connection, ids: list[int]) -> dict[int, dict[str, Any]]:
    """The displayed columns of the incidents ``ids``, by id, in one query per few hundred ids.

    A table of millions of pairs fetched each incident whole (sources, weapons, tags, links)
    twice per pair; these ten columns are all it shows.
    """
    conn = _connection(source)
    found: dict[int, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        cursor = conn.execute(_PAIR_SELECT + f"({', '.join('?' * len(chunk))})", chunk)
        for row in cursor:
            found[row[0]] = dict(zip(PAIR_COLUMNS, row, strict=True))
    return found


def largest_id(source: IncidentStore | sqlite3.Connection) -> int:
    """The largest incident id (0 when empty): how wide a column of ids must be."""
    return int(_connection(source).execute("SELECT coalesce(max(id), 0) FROM incidents").fetchone()[0])
