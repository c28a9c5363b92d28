"""The CSV export's batch path writes byte for byte what the careful path (``csv.writer``
and the formula guard, row by row: ``exchange.export.write_csv``) writes for the same rows.

The export formats most rows a batch at a time, with the free-text cells encoded by SQLite
(issue 17); any row it cannot vouch for goes through ``write_csv``. Both are run here on
real databases: generated incidents with what breaks naive CSV (commas, quotes, newlines,
NUL, formula-like starts, leading quotes, negative coordinates), and a file larger than
one batch where a few rows need the careful path among plain ones.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from incident_tracker.cli import app
from incident_tracker.exchange.export import CSV_BATCH, export_records, write_csv
from incident_tracker.store import IncidentStore
from incident_tracker.store.filters import Filters
from test_exchange_roundtrip import incidents, sources


def careful(store: IncidentStore, *, safe: bool, sort: str = "date", filters: Filters | None = None) -> str:
    """The export as ``csv.writer`` writes it, row by row (the reference)."""
    out = io.StringIO(newline="")
    columns, rows = store.query_flat(filters, sort=sort)
    write_csv(columns, rows, out, safe=safe)
    return out.getvalue()


def exported(store: IncidentStore, *, safe: bool, sort: str = "date", filters: Filters | None = None) -> str:
    out = io.StringIO(newline="")
    export_records(store, out, filters=filters, sort=sort, safe=safe)
    return out.getvalue()


deaths = st.fixed_dictionaries({}, optional={"deaths_unknown": st.integers(0, 3)})


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)
@given(st.lists(st.tuples(incidents(), sources, deaths), min_size=1, max_size=6))
def test_the_batch_path_writes_what_csv_writer_writes(
    ram_path: Path, records: list[tuple[dict[str, Any], list[Any], Any]]
) -> None:
    # Each example's file in a new folder inside ``ram_path`` (in memory where there is some,
    # as the session's other folders): its adds' fsyncs on disk left the worker waiting.
    with tempfile.TemporaryDirectory(dir=ram_path) as folder:
        store = IncidentStore.open(Path(folder) / "t.db")
        try:
            for values, its_sources, its_deaths in records:
                if its_deaths and values.get("killed") is not None:
                    values = {**values, "deaths_unknown": min(its_deaths["deaths_unknown"], values["killed"])}
                store.add(values, sources=its_sources, locate=False)
            if len(records) > 1:
                store.link(1, 2, "related")
            for safe in (True, False):
                for sort in ("date", "id"):
                    assert exported(store, safe=safe, sort=sort) == careful(store, safe=safe, sort=sort)
        finally:
            store.close()


@pytest.fixture(scope="module")
def larger(tmp_path_factory: pytest.TempPathFactory) -> IncidentStore:
    """2,500 incidents (three batches), a few with cells only the careful path writes."""
    path = tmp_path_factory.mktemp("lines") / "larger.db"
    store = IncidentStore.open(path)
    odd = {
        7: {"place": "Chaman, Balochistan"},  # a comma in a cell SQLite does not encode
        1200: {"perpetrator": "=HYPERLINK(1)"},  # a formula
        1201: {"admin1": "'+quoted"},  # a guard's quote before a trigger
        1999: {"place": 'say "no"'},
        2400: {"description": "-starts like a formula, with a comma", "notes": "@note"},
    }
    records = []
    for number in range(2500):
        records.append(
            {
                "event_date": f"20{10 + number % 15}-0{1 + number % 9}-1{number % 10}",
                "event_type": "Battles",
                "country": "TJ",
                "place": f"Place {number}",
                "latitude": -33.5 + number / 1000,
                "longitude": -70.25 - number / 100,
                "killed": number % 4,
                "deaths_unknown": number % 4,
                "description": f"Clash number {number}, at the border",
                "weapons": ["firearms"],
                **odd.get(number, {}),
            }
        )
    store.add_many(records)
    return store


@pytest.mark.parametrize("safe", [True, False])
def test_rows_the_batch_path_refuses_keep_their_place(larger: IncidentStore, safe: bool) -> None:
    text = exported(larger, safe=safe)
    assert text == careful(larger, safe=safe)
    assert text.count("\r\n") > CSV_BATCH * 2  # more than two batches
    assert ('"Chaman, Balochistan"' in text) and ("'=HYPERLINK(1)" in text) is safe


def test_filters_and_a_limit_reach_the_careful_rows(larger: IncidentStore) -> None:
    filters = Filters(since="2020-01-01")
    assert exported(larger, safe=True, filters=filters) == careful(larger, safe=True, filters=filters)
    out = io.StringIO(newline="")
    export_records(larger, out, sort="id", limit=1300)
    assert out.getvalue().count("\r\n") == 1301
    assert "'=HYPERLINK(1)" in out.getvalue()


def test_progress_is_reported_every_5000_and_at_the_end(larger: IncidentStore) -> None:
    seen: list[int] = []
    export_records(larger, io.StringIO(), progress=seen.append)
    assert seen == [2500]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "geojson"])
def test_a_record_format_reports_progress_at_the_end_too(larger: IncidentStore, fmt: str) -> None:
    """The record formats count through ``progress.counted``, which reports the end itself: once, not twice."""
    seen: list[int] = []
    export_records(larger, io.StringIO(), fmt=fmt, progress=seen.append, null_geometry=fmt == "geojson")
    assert seen == [2500]


def test_an_incident_with_deaths_by_side_exports_and_comes_back(tmp_path: Path) -> None:
    """It used to stop the CSV export with a TypeError (the formula check read an int as text)."""
    db, target, csv_file = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "out.csv"
    store = IncidentStore.open(db)
    store.add(
        {"event_date": "2025-01-02", "event_type": "Battles", "country": "TJ", "killed": 3, "deaths_a": 2},
        locate=False,
    )
    store.close()
    runner = CliRunner()
    result = runner.invoke(app, ["--db", str(db), "export", "-o", str(csv_file)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    header, row = csv_file.read_text(encoding="utf-8").splitlines()
    assert dict(zip(header.split(","), row.split(","), strict=True))["deaths_a"] == "2"
    result = runner.invoke(app, ["--db", str(target), "import", str(csv_file)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    again = IncidentStore.open(target)
    try:
        assert exported(again, safe=True).encode() == csv_file.read_bytes()
    finally:
        again.close()
