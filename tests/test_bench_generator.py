"""The benchmark's synthetic data: reproducible from its seed, and valid by the codebook's rules."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from incident_tracker.store import IncidentStore

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from make_bench_db import COUNTRIES, build, records


def test_the_same_seed_gives_the_same_records_and_another_does_not() -> None:
    first = list(records(500, seed=3))
    assert first == list(records(500, seed=3))
    assert first != list(records(500, seed=4))
    assert [r["event_date"] for r in first] == sorted(r["event_date"] for r in first)


def test_records_pass_the_library_checks_and_look_like_conflict_data() -> None:
    sample = list(records(3000, seed=7))
    for record in sample:
        values = {k: v for k, v in record.items() if k != "sources"}
        IncidentStore.prepare(values)
        for source in record["sources"]:
            IncidentStore.check_source(source)
    countries = Counter(r["country"] for r in sample)
    assert countries.most_common(1)[0][0] == COUNTRIES[0][0]
    assert len(countries) > 25
    killed = [r.get("killed") for r in sample]
    assert killed.count(0) > len(sample) / 2  # mostly zero
    assert max(k for k in killed if k is not None) >= 10  # with a long tail
    assert len({r["attribution"] for r in sample}) == 6
    assert all(180 <= len(r["description"]) <= 201 for r in sample)


def test_build_writes_through_the_library(tmp_path: Path) -> None:
    path = tmp_path / "bench.db"
    build(path, 1000, seed=7)
    store = IncidentStore.open(path, create=False)
    assert store.count() == 999  # one of the 1000 is deleted as a duplicate
    # 5 edits of the toll through IncidentStore.edit; one that sets the toll it already had changes nothing.
    edited = store.conn.execute("SELECT count(DISTINCT incident_id) FROM history WHERE action = 'update'")
    assert 1 <= edited.fetchone()[0] <= 5
    assert store.conn.execute("SELECT count(*) FROM links").fetchone()[0] >= 1
    assert store.conn.execute("SELECT count(*) FROM sources").fetchone()[0] > 900
