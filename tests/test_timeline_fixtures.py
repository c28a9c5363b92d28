"""A report test database: dates of every precision, unknown tolls, ranges, a deletion.

Shared by the timeline, stats and chart tests (``from test_timeline_fixtures import
report_db``). Incidents are added through the library (``IncidentStore.add``), which
applies the same checks as ``tracker add`` but keeps the tests fast.

| id | dates                    | precision | country | killed     | injured | attribution  |
|----|--------------------------|-----------|---------|------------|---------|--------------|
| 1  | 2025-01-06               | day       | TJ      | 2          | 1       | claimed      |
| 2  | 2025-01-08               | day       | AF      | 3 (3–5)    | ?       | alleged      |
| 3  | Jan 2025                 | month     | TJ      | ?          | ?       | unattributed |
| 4  | 2025-01-20               | day       | TJ      | ≥4         | 0       | suspected    |
| 5  | 2025-03-15               | day       | AF      | 0          | 2       | confirmed    |
| 6  | 2025                     | year      | AF      | 1          | ?       | disputed     |
| 7  | 2025-01-20 … 2025-01-22  | days      | TJ      | 1          | ?       | unattributed |
| 8  | 2025-01-10 (deleted)     | day       | TJ      | 100        | ?       | unattributed |
| 9  | 2025-02-28 … 2025-03-02  | days      | TJ      | 2          | 3       | alleged      |
| 10 | 2023-06-10               | day       | AF      | 5          | ?       | claimed      |

Not deleted: 9 incidents, 18 killed (1 unknown, #4 open-ended), 6 injured (5 unknown).
Since 2025-01-01: 8 incidents, 13 killed, 6 injured (4 unknown).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import copy_of_built
from incident_tracker.store import IncidentStore

INCIDENTS: list[dict[str, object]] = [
    {
        "event_date": "2025-01-06",
        "country": "TJ",
        "admin1": "Khatlon",
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "killed": 2,
        "injured": 1,
        "attribution": "claimed",
        "perpetrator": "Group A",
        "latitude": 37.5,
        "longitude": 68.0,
        "weapons": ["firearms"],
        "victim_nationality": "TJ",
    },
    {
        "event_date": "2025-01-08",
        "country": "AF",
        "admin1": "Badakhshan",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "killed": 3,
        "killed_low": 3,
        "killed_high": 5,
        "attribution": "alleged",
        "weapons": ["mortar"],
    },
    {
        "event_date": "2025-01-01",
        "event_date_end": "2025-01-31",
        "date_precision": "month",
        "country": "TJ",
        "admin1": "Gorno-Badakhshan",
        "event_type": "Violence against civilians",
        "sub_event_type": "Attack",
        "attribution": "unattributed",
    },
    {
        "event_date": "2025-01-20",
        "country": "TJ",
        "admin1": "Khatlon",
        "event_type": "Battles",
        "killed": 4,
        "killed_low": 4,
        "killed_text": "at least 4",
        "injured": 0,
        "attribution": "suspected",
        "perpetrator": "Group B",
    },
    {
        "event_date": "2025-03-15",
        "country": "AF",
        "admin1": "Badakhshan",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Remote explosive/landmine/IED",
        "killed": 0,
        "injured": 2,
        "attribution": "confirmed",
        "perpetrator": "Group A",
        "weapons": ["ied"],
    },
    {
        "event_date": "2025-01-01",
        "event_date_end": "2025-12-31",
        "date_precision": "year",
        "country": "AF",
        "event_type": "Battles",
        "killed": 1,
        "attribution": "disputed",
    },
    {
        "event_date": "2025-01-20",
        "event_date_end": "2025-01-22",
        "date_precision": "days",
        "country": "TJ",
        "event_type": "Battles",
        "killed": 1,
        "attribution": "unattributed",
    },
    {
        "event_date": "2025-01-10",
        "country": "TJ",
        "event_type": "Battles",
        "killed": 100,
        "attribution": "unattributed",
    },
    {
        "event_date": "2025-02-28",
        "event_date_end": "2025-03-02",
        "date_precision": "days",
        "country": "TJ",
        "admin1": "Khatlon",
        "event_type": "Violence against civilians",
        "sub_event_type": "Attack",
        "killed": 2,
        "injured": 3,
        "attribution": "alleged",
        "perpetrator": "Group B",
        "victim_nationality": "CN",
    },
    {
        "event_date": "2023-06-10",
        "country": "AF",
        "admin1": "Badakhshan",
        "event_type": "Battles",
        "killed": 5,
        "attribution": "claimed",
        "perpetrator": "Group A",
        "victim_nationality": "AF",
    },
]


def build_report_db(path: Path) -> IncidentStore:
    """Fill ``path`` with :data:`INCIDENTS` (ids 1-10) and delete #8."""
    store = IncidentStore.open(path)
    for values in INCIDENTS:
        store.add(dict(values))
    store.delete(8, reason="test: a deleted incident never counts")
    return store


@pytest.fixture
def report_db(db_path: Path) -> Path:
    """The database above at the test's TRACKER_DB path (built once a session, then copied)."""
    return copy_of_built("report_db", db_path, lambda path: build_report_db(path).close())


@pytest.fixture
def report_store(report_db: Path) -> IncidentStore:
    store = IncidentStore.open(report_db, create=False)
    yield store
    store.close()
