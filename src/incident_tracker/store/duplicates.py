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

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from .database import rows
from .filters import haversine_km

DEFAULT_DAYS = 3
DEFAULT_KM = 50.0
DEFAULT_MIN_SCORE = 0.6
WEIGHTS = {"date": 0.3, "place": 0.3, "toll": 0.2, "type": 0.2}

_COLUMNS = "id, event_date, place, country, latitude, longitude, killed, event_type, sub_event_type"
_PAIRS = f"""
SELECT {", ".join("a." + c.strip() + " AS a_" + c.strip() for c in _COLUMNS.split(","))},
       {", ".join("b." + c.strip() + " AS b_" + c.strip() for c in _COLUMNS.split(","))}
FROM incidents AS a JOIN incidents AS b
  ON b.id > a.id AND abs(julianday(a.event_date) - julianday(b.event_date)) <= ?
WHERE a.deleted_at IS NULL AND b.deleted_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM links AS l WHERE l.kind = 'duplicate_of'
                  AND ((l.incident_id = a.id AND l.other_id = b.id) OR (l.incident_id = b.id AND l.other_id = a.id)))
ORDER BY a.id, b.id
"""
_NEAR_DATE = f"""
SELECT {_COLUMNS} FROM incidents
WHERE deleted_at IS NULL AND abs(julianday(event_date) - julianday(?)) <= ?
ORDER BY id
"""


@dataclass
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
    import datetime as dt

    reasons: list[str] = []
    gap = abs((dt.date.fromisoformat(a["event_date"]) - dt.date.fromisoformat(b["event_date"])).days)
    date = max(0.0, 1 - gap / (days + 1))
    reasons.append("same day" if gap == 0 else f"{gap} day{'s' if gap > 1 else ''} apart")
    distance = None
    if a.get("latitude") is not None and b.get("latitude") is not None:
        distance = haversine_km(a["latitude"], a["longitude"], b["latitude"], b["longitude"])
    if distance is not None:
        place = max(0.0, 1 - distance / km)
        reasons.append(f"{distance:.0f} km apart")
    elif a.get("country") and b.get("country"):
        same = a["country"] == b["country"]
        place = 0.5 if same else 0.0
        reasons.append(f"both in {a['country']}" if same else f"in {a['country']} and {b['country']}")
    else:
        place = 0.25
    killed_a, killed_b = a.get("killed"), b.get("killed")
    if killed_a is None or killed_b is None:
        toll = 0.5
    elif killed_a == killed_b:
        toll = 1.0
        reasons.append(f"same toll ({killed_a} killed)")
    else:
        toll = min(killed_a, killed_b) / max(killed_a, killed_b)
        reasons.append(f"{killed_a} and {killed_b} killed")
    if a.get("sub_event_type") and a.get("sub_event_type") == b.get("sub_event_type"):
        kind = 1.0
        reasons.append(f"both {a['sub_event_type']}")
    elif a.get("event_type") and a.get("event_type") == b.get("event_type"):
        kind = 0.7
        reasons.append(f"both {a['event_type']}")
    else:
        kind = 0.0
    score = WEIGHTS["date"] * date + WEIGHTS["place"] * place + WEIGHTS["toll"] * toll + WEIGHTS["type"] * kind
    far = distance is not None and distance > km
    return Match(a.get("id"), int(b["id"]) if b.get("id") is not None else 0, score, reasons, far)


def duplicate_pairs(
    conn: sqlite3.Connection,
    *,
    days: int = DEFAULT_DAYS,
    km: float = DEFAULT_KM,
    min_score: float = DEFAULT_MIN_SCORE,
) -> list[Match]:
    """Pairs of recorded incidents that look like one event, most alike first."""
    names = [c.strip() for c in _COLUMNS.split(",")]
    found = []
    for row in rows(conn, _PAIRS, [days]):
        a = {n: row[f"a_{n}"] for n in names}
        b = {n: row[f"b_{n}"] for n in names}
        match = similarity(a, b, days=days, km=km)
        if match.score >= min_score and not match.far:
            found.append(match)
    return sorted(found, key=lambda m: (-m.score, m.first or 0, m.second))


def matches_for(
    conn: sqlite3.Connection,
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
    for row in rows(conn, _NEAR_DATE, [record["event_date"], days]):
        match = similarity({**record, "id": None}, row, days=days, km=km)
        if match.score >= min_score and not match.far:
            found.append(match)
    return sorted(found, key=lambda m: (-m.score, m.second))
