"""The fast test of a stored record and the full account of its faults say the same thing.

``models.stored_values`` reads every record twice over only when it must: a fast test passes the
records tracker wrote, and the account that names each fault runs for the rest. Were the fast test
to pass a value the account names, a reading command would compute with it; these tests hold the two
to each other, value by value, on a record as the store gives it back.
"""

from __future__ import annotations

from typing import Any

import pytest

from incident_tracker.models import stored_values

#: A record as tracker writes it (the fields the check reads, and one it does not).
VALID: dict[str, Any] = {
    "id": 1,
    "event_date": "2025-11-24",
    "event_date_end": None,
    "date_precision": "day",
    "killed": 3,
    "killed_low": None,
    "killed_high": None,
    "injured": None,
    "injured_low": None,
    "injured_high": None,
    "latitude": 31.5,
    "longitude": 65.7,
    "geo_precision": "exact",
    "attribution": "unattributed",
    "event_type": "Battles",
    "description": "kept as written",
}

#: One field changed at a time: (field, value, whether tracker writes it).
CHANGES = [
    ("event_date", "2024-13-45", False),
    ("event_date", "yesterday", False),
    ("event_date", None, False),
    ("event_date", b"2025-11-24", False),
    ("event_date", "2025-11-24T00:00", False),
    ("event_date_end", "2025-11-30", True),
    ("event_date_end", "2025-11-20", False),
    ("event_date_end", "2025-02-30", False),
    ("date_precision", "fortnight", False),
    ("date_precision", "month", True),
    ("killed", 0, True),
    ("killed", None, True),
    ("killed", "many", False),
    ("killed", -3, False),
    ("killed", 2.5, False),
    ("killed", True, False),
    ("killed", b"\x01\x02", False),
    ("injured", 7, True),
    ("injured_low", 1, True),
    ("injured_high", 9, True),
    ("killed_low", 5, False),
    ("killed_high", 2, False),
    ("killed_low", 2, True),
    ("killed_high", 4, True),
    ("killed_low", -1, False),
    ("latitude", 200, False),
    ("latitude", -90, True),
    ("latitude", "north", False),
    ("latitude", float("inf"), False),
    ("latitude", float("nan"), False),
    ("latitude", None, False),
    ("longitude", 180.0, True),
    ("longitude", 180.5, False),
    ("geo_precision", None, True),
    ("geo_precision", "street", False),
    ("attribution", "rumoured", False),
    ("event_type", "Skirmish", False),
    ("description", "=1+1", True),
]


@pytest.mark.parametrize(("field", "value", "written"), CHANGES, ids=[f"{f}={v!r}" for f, v, _ in CHANGES])
def test_the_fast_test_passes_what_the_account_finds_nothing_in(field: str, value: object, written: bool) -> None:
    record = {**VALID, field: value}
    assert stored_values._all_readable(record) is written
    assert (not stored_values._faults(record)) is written
    assert (not stored_values.unreadable_values(record)) is written


def test_a_record_without_a_point_is_readable() -> None:
    record = {**VALID, "latitude": None, "longitude": None, "geo_precision": None}
    assert stored_values._all_readable(record) and not stored_values._faults(record)


def test_a_partial_row_is_asked_only_about_the_fields_it_has() -> None:
    """A report's row (the first or deadliest incidents) has no tolls' ranges or point: those are not
    faults; its date still is."""
    row = {"id": 1, "event_date": "2025-11-24", "event_date_end": None, "date_precision": "day", "killed": 2}
    assert stored_values.unreadable_values(row) == {}
    assert stored_values.unreadable_values({**row, "event_date": "2024-13-45"}) == {
        "event_date": "2024-13-45",
        "date_precision": "day",
    }
