"""The summary tables behind ``tracker stats`` of everything (m012) give exactly what
grouping the incidents gives, after every kind of write.

Each step writes to a generated database of varied values (unknown tolls, ranges, open
ranges, missing keys, several weapons or none, deleted incidents, linked duplicates) and
then compares, to the byte, the stats read from the summaries with the stats grouped from
the incidents (``summaries=False``, the path every filtered stats takes), and the tables
with a fresh GROUP BY.
"""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from incident_tracker.errors import ValidationError
from incident_tracker.models import ATTRIBUTION_STATUSES, EVENT_TYPES, WEAPONS
from incident_tracker.report import build_stats, markdown
from incident_tracker.store import Filters, IncidentStore, stats_summary
from incident_tracker.store.database import transaction
from incident_tracker.store.migrations import migrations

COUNTRIES = ["TJ", "AF", "KG", None]
PROVINCES = ["Khatlon", "Badakhshan", "Sughd", None]
PERPETRATORS = ["ISKP", "Islamic State Khorasan Province", "Taliban", "unknown gunmen", None]


def _toll(rng: random.Random) -> dict[str, int | None]:
    """A best estimate with every shape of range the codebook allows, or none at all."""
    shape = rng.choice(["none", "exact", "range", "open", "high only", "zero"])
    best = rng.randint(1, 30)
    if shape == "none":
        return {"": None, "_low": None, "_high": None}
    if shape == "zero":
        return {"": 0, "_low": None, "_high": None}
    if shape == "range":
        return {"": best, "_low": rng.randint(0, best), "_high": best + rng.randint(0, 9)}
    if shape == "open":
        return {"": best, "_low": rng.randint(0, best), "_high": None}
    if shape == "high only":
        return {"": best, "_low": None, "_high": best + rng.randint(1, 5)}
    return {"": best, "_low": None, "_high": None}


def incident(rng: random.Random) -> dict[str, Any]:
    event_type = rng.choice(sorted(EVENT_TYPES))
    record: dict[str, Any] = {
        "event_date": f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "event_type": event_type,
        "sub_event_type": rng.choice([*EVENT_TYPES[event_type], None]),
        "country": rng.choice(COUNTRIES),
        "admin1": rng.choice(PROVINCES),
        "attribution": rng.choice(ATTRIBUTION_STATUSES),
        "perpetrator": rng.choice(PERPETRATORS),
        "victim_nationality": rng.choice(COUNTRIES),
        "weapons": rng.sample(WEAPONS, rng.choice([0, 0, 1, 1, 2, 3])),
    }
    for what in ("killed", "injured"):
        for suffix, value in _toll(rng).items():
            record[f"{what}{suffix}"] = value
    if rng.random() < 0.6:
        record["latitude"], record["longitude"] = round(rng.uniform(35, 40), 4), round(rng.uniform(66, 72), 4)
    if record["perpetrator"] is None and record["attribution"] != "unattributed":
        record["attribution"] = "unattributed"
    return record


def _valid(rng: random.Random) -> dict[str, Any]:
    """An incident the record's checks accept (a generated combination may break a rule)."""
    while True:
        record = incident(rng)
        try:
            IncidentStore.prepare(dict(record))
        except ValidationError:
            continue
        return record


def assert_summaries_agree(store: IncidentStore) -> None:
    """Summary-path stats are the scan's, to the byte, and the tables a fresh GROUP BY."""
    assert stats_summary.differences(store.conn) == []
    for top in (3, 10_000):
        ours = build_stats(store, Filters(), top=top)
        scan = build_stats(store, Filters(), top=top, summaries=False)
        assert json.dumps(ours.to_dict(), sort_keys=True) == json.dumps(scan.to_dict(), sort_keys=True)
        assert markdown.stats_markdown(ours) == markdown.stats_markdown(scan)


@pytest.fixture
def store(tmp_path: Path) -> IncidentStore:
    """300 varied incidents written by the bulk path, some of them deleted."""
    rng = random.Random(17)
    opened = IncidentStore.open(tmp_path / "summary.db")
    ids = opened.add_many([_valid(rng) for _ in range(300)])
    for incident_id in ids[::23]:
        opened.delete(incident_id, reason="test")
    yield opened
    opened.close()


def test_bulk_add_then_each_write_keeps_the_summaries_exact(store):
    rng = random.Random(5)
    assert_summaries_agree(store)
    assert store.conn.execute("SELECT count(*) FROM stats_cube").fetchone()[0] > 50

    new = store.add(_valid(rng), locate=False)
    assert_summaries_agree(store)

    # Edits of every watched field, and of the weapons (to none, to several).
    store.edit(new, {"country": "AF", "admin1": None, "killed": 12, "killed_low": 10, "killed_high": None})
    store.edit(7, {"perpetrator": "Taliban", "attribution": "claimed", "victim_nationality": None})
    store.edit(8, {"weapons": ["drone", "mortar", "rocket"], "injured": None, "injured_low": None})
    store.edit(9, {"weapons": [], "latitude": None, "longitude": None})
    store.edit(10, {"event_type": "Battles", "sub_event_type": "Armed clash", "attribution": "unattributed"})
    assert_summaries_agree(store)

    store.delete(new, reason="wrong")
    store.delete(11, reason="same as 12", duplicate_of=12)
    assert_summaries_agree(store)
    store.restore(new)
    store.restore(1)  # deleted by the fixture
    assert_summaries_agree(store)


def test_linked_duplicates_are_taken_away_as_the_scan_leaves_them_out(store):
    store.link(20, 21, "duplicate_of")
    store.link(22, 23, "duplicate_of")
    store.link(22, 25, "duplicate_of")  # two live targets: taken away once
    store.link(26, 28, "related")
    store.link(27, 47, "duplicate_of")  # 47 is deleted: 27 still counts
    assert_summaries_agree(store)
    whole = build_stats(store, Filters()).totals.count
    store.delete(21, reason="gone")  # 20's duplicate_of target no longer live: 20 counts again
    assert build_stats(store, Filters()).totals.count == whole
    assert_summaries_agree(store)
    store.unlink(22, 23)
    store.unlink(22, 25)
    assert_summaries_agree(store)


def test_a_rolled_back_write_leaves_the_summaries_as_they_were(store):
    before = {t: store.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in stats_summary.SUMMARIES}
    rng = random.Random(9)
    with pytest.raises(RuntimeError), transaction(store.conn):
        store.edit(30, {"country": "KG", "weapons": ["arson"]})
        store.delete(31, reason="x")
        store.add(_valid(rng), locate=False)
        raise RuntimeError("abandon")
    with pytest.raises(RuntimeError), store.bulk(reason="import") as writer:
        from incident_tracker.store.bulk import NewIncident

        writer.insert(
            [NewIncident(IncidentStore.prepare(_valid(rng)), f"01ROLLBACK{n:04d}", "t", "t") for n in range(50)]
        )
        raise RuntimeError("dry run")
    after = {t: store.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in stats_summary.SUMMARIES}
    assert after == before
    assert_summaries_agree(store)


def test_import_into_a_database_adds_each_batch(store, tmp_path, run):
    source = IncidentStore.open(tmp_path / "source.db")
    rng = random.Random(23)
    source.add_many([_valid(rng) for _ in range(120)])
    source.close()
    csv = tmp_path / "more.csv"
    run("--db", str(tmp_path / "source.db"), "export", "-f", "csv", "-o", str(csv))
    path = store.conn.execute("PRAGMA database_list").fetchone()[2]
    store.close()
    run("--db", path, "import", str(csv))
    reopened = IncidentStore.open(path)
    try:
        assert reopened.count() == 120 + 300 - len(range(0, 300, 23))
        assert_summaries_agree(reopened)
    finally:
        reopened.close()


def test_other_programs_writes_keep_them_exact_too(store):
    """Triggers, not the tracker's code, keep the tables: sqlite-utils or a script may write."""
    path = store.conn.execute("PRAGMA database_list").fetchone()[2]
    conn = sqlite3.connect(path)  # foreign keys off, as most programs open a file
    conn.execute("UPDATE incidents SET killed_high = killed_high + 1, country = 'KG' WHERE id % 7 = 0")
    conn.execute("UPDATE OR IGNORE incident_weapons SET weapon = 'other' WHERE rowid % 5 = 0")
    conn.execute("UPDATE OR IGNORE incident_weapons SET incident_id = incident_id + 1 WHERE rowid % 11 = 0")
    conn.execute("DELETE FROM incident_weapons WHERE rowid % 3 = 0")
    conn.execute("DELETE FROM incidents WHERE id IN (40, 41, 42)")  # weapons left behind: counted nowhere
    conn.execute("INSERT INTO incident_weapons (incident_id, weapon) VALUES (43, 'melee'), (44, '')")
    conn.commit()
    conn.close()
    Database(path)["incidents"].update(50, {"perpetrator": None, "attribution": "unattributed"})
    assert_summaries_agree(store)


def test_the_migration_fills_the_tables_from_an_older_file(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    migrations.apply(Database(conn, execute_plugins=False), stop_before="m012_stats_summaries")
    rng = random.Random(3)
    for n in range(80):
        record = IncidentStore.prepare(_valid(rng))
        weapons = record.pop("weapons", None) or []
        record.pop("tags", None)
        record.pop("attribution_default", None)  # m014's column: newer than this file
        columns = {**record, "uid": f"01OLD{n:04d}", "created_at": "t", "updated_at": "t"}
        cursor = conn.execute(
            f"INSERT INTO incidents ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
            list(columns.values()),
        )
        conn.executemany(
            "INSERT INTO incident_weapons (incident_id, weapon) VALUES (?, ?)", [(cursor.lastrowid, w) for w in weapons]
        )
    conn.execute("UPDATE incidents SET deleted_at = 't' WHERE id % 9 = 0")
    conn.commit()
    conn.close()

    upgraded = IncidentStore.open(path)
    try:
        assert stats_summary.present(upgraded.conn)
        assert upgraded.conn.execute("SELECT sum(count) FROM stats_cube").fetchone()[0] == 80 - 8
        assert_summaries_agree(upgraded)
    finally:
        upgraded.close()


def test_a_file_without_the_summaries_is_grouped_as_before(store):
    """An old file read without migrating (or the tables gone) falls back to the scan."""
    expected = build_stats(store, Filters()).to_dict()
    for name in ("incidents_stats_ai", "incidents_stats_ad", "incidents_stats_au"):
        store.conn.execute(f"DROP TRIGGER {name}")
    store.conn.execute("DROP TABLE stats_cube")
    assert build_stats(store, Filters()).to_dict() == expected


def test_check_finds_a_wrong_summary_and_rebuild_stats_mends_it(store, run):
    path = store.conn.execute("PRAGMA database_list").fetchone()[2]
    store.conn.execute("UPDATE stats_perpetrators SET killed_sum = killed_sum + 1 WHERE perpetrator = 'Taliban'")
    store.close()
    broken = run("--db", path, "check", "--json", expect=1)
    assert broken.exit_code == 1
    problems = json.loads(broken.stdout)["problems"]
    assert [p["check"] for p in problems] == ["stats summaries"]
    assert "stats_perpetrators" in problems[0]["message"]
    assert "'tracker check --rebuild-stats'" in broken.stderr
    mended = run("--db", path, "check", "--rebuild-stats")
    assert mended.exit_code == 0, mended.stderr
    assert "ok       stats summaries" in mended.stdout
    assert mended.stderr.startswith("Rebuilt the stats summaries from ")
    reopened = IncidentStore.open(path)
    try:
        assert_summaries_agree(reopened)
    finally:
        reopened.close()


def test_stats_of_everything_reads_the_summaries_not_the_incidents(store):
    """The summary path's statements never group the incidents table (what made it slow)."""
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    build_stats(store, Filters())
    store.conn.set_trace_callback(None)
    grouping = [s for s in statements if "GROUP BY" in s and "FROM incidents" in s]
    assert grouping == []
    assert any("stats_cube" in s for s in statements)


def test_the_first_release_s_file_upgrades_to_exact_summaries(tmp_path):
    """The release fixture (weapons, a deleted and a restored incident, links of both kinds)."""
    import shutil

    copy = tmp_path / "old.db"
    shutil.copy(Path(__file__).resolve().parent / "fixtures" / "release-0.1.0.db", copy)
    upgraded = IncidentStore.open(copy)
    try:
        assert upgraded.conn.execute("SELECT count(*) FROM stats_weapons").fetchone()[0] > 1
        assert_summaries_agree(upgraded)
    finally:
        upgraded.close()
