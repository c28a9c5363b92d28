"""The CSV export's main SELECT prints each run of plain cells as one text (``printf``,
``store.csv_lines.grouped_select``): a row comes to Python as some ten values rather than
forty-four (issue 17, the tenth pass). What ``printf`` writes otherwise than ``csv.writer``
must send the batch the careful way, and these values are stored here by plain SQL (as a
file written by other means could hold them): a BLOB (``printf`` writes its bytes, Python
``b'…'``), a text with a NUL (``printf`` stops at it), a REAL or a text in an integer
column (SQLite prints 1e20 as ``1.0e+20``), and a cell to quote or to guard first in its
run of cells or in its middle.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from incident_tracker.exchange.export import _ENCODED, export_records, write_csv
from incident_tracker.store import IncidentStore
from incident_tracker.store.csv_lines import grouped_select


@pytest.fixture()
def store(tmp_path: Path) -> IncidentStore:
    store = IncidentStore.open(tmp_path / "t.db")
    for number in range(1, 8):
        store.add(
            {
                "event_date": f"2024-0{1 + number % 3}-1{number % 7}",
                "event_type": "Battles",
                "country": "TJ",
                "place": f"Place {number}",
                "killed": number,
                "latitude": 38.5 + number / 7,
                "longitude": -70.25 - number,
                "weapons": ["mortar"] if number % 2 else [],
                "description": f'Fire "{number}", then smoke',
            },
            sources=[{"url": f"https://example.org/{number}", "outlet": "Outlet"}],
            locate=False,
        )
    return store


def _careful(store: IncidentStore, safe: bool) -> str:
    out = io.StringIO(newline="")
    columns, rows = store.query_flat(None, sort="date")
    write_csv(columns, rows, out, safe=safe)
    return out.getvalue()


def _exported(store: IncidentStore, safe: bool) -> str:
    out = io.StringIO(newline="")
    export_records(store, out, sort="date", safe=safe)
    return out.getvalue()


def _odd(store: IncidentStore, incident_id: int) -> Any:
    sql = f"{grouped_select(_ENCODED, True).sql} WHERE i.id = ?"
    return store.conn.execute(sql, [incident_id]).fetchone()[-1]


def test_plain_rows_are_not_odd_and_export_as_csv_writer_writes(store: IncidentStore) -> None:
    assert not any(_odd(store, number) for number in range(1, 8))
    for safe in (True, False):
        assert _exported(store, safe) == _careful(store, safe)


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("place", b"plain bytes"),  # a BLOB in a text column
        ("deleted_reason", b"\x00\xff"),  # a BLOB that is no UTF-8
        ("admin1", "a NUL \x00 in the middle of a run"),
        ("uid", "NUL\x00first in its run"),
        ("killed", 1e20),  # stays REAL in an integer column
        ("killed", 2.5),
        ("killed", "many"),  # a text in an integer column
        ("killed", b"12"),  # a BLOB that reads as a number
    ],
)
def test_a_value_printf_writes_otherwise_marks_the_row_odd(store: IncidentStore, column: str, value: Any) -> None:
    store.conn.execute(f"UPDATE incidents SET {column} = ? WHERE id = 3", [value])
    store.conn.commit()
    assert _odd(store, 3)
    assert not _odd(store, 4)
    for safe in (True, False):
        assert _exported(store, safe) == _careful(store, safe)


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("uid", "=1+1"),  # first in the first run
        ("target_type", "@first in a later run"),
        ("victims", "-5 in the middle of a run"),
        ("victims", "'=quoted"),
        ("location", "a, comma"),
        ("created_at", 'a "quote"'),
        ("deleted_reason", "two\r\nlines"),
        ("killed_text", "\tTab"),
    ],
)
def test_a_printed_cell_to_quote_or_guard_is_written_as_csv_writer_writes(
    store: IncidentStore, column: str, value: str
) -> None:
    store.conn.execute(f"UPDATE incidents SET {column} = ? WHERE id = 5", [value])
    store.conn.commit()
    assert not _odd(store, 5)
    for safe in (True, False):
        assert _exported(store, safe) == _careful(store, safe)
