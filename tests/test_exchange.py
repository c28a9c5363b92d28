"""Import and export through the CLI, as an analyst uses them: real files, real databases."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
from pathlib import Path

import pytest

ADD = ["add", "--country", "TJ", "--type", "battles", "--no-input"]


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def table_counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names if "fts_" not in n}
    finally:
        conn.close()


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json"])
def test_round_trip_into_an_empty_database_gives_an_identical_file(example_db, run, tmp_path, fmt):
    first, second = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
    run("export", "--format", fmt, "--sort", "id", "-o", str(first))
    empty = tmp_path / "empty.db"
    result = run("--db", str(empty), "import", str(first))
    assert result.stderr == (
        f"Created new database {empty}.\n"  # issue 16: a new file is never created silently
        f"Imported a.{fmt}: 2 added, 0 updated, 0 unchanged, 0 rejected, 1 links added.\n"
    )
    run("--db", str(empty), "export", "--format", fmt, "--sort", "id", "-o", str(second))
    assert second.read_bytes() == first.read_bytes()
    # The search index was filled in bulk: the imported incidents are searchable.
    assert [r["id"] for r in json.loads(run("--db", str(empty), "list", "--json", "--search", "drone").stdout)] == [1]


def test_importing_the_same_file_twice_changes_nothing(example_db, run, tmp_path, file_digest):
    exported = tmp_path / "out.csv"
    run("export", "-o", str(exported))
    result = run("import", str(exported))
    assert "0 added, 0 updated, 2 unchanged, 0 rejected" in result.stderr
    before = file_digest(example_db)
    run("import", str(exported))
    assert file_digest(example_db) == before


def test_corrections_update_with_history_and_new_rows_are_added(example_db, run, run_json, tmp_path):
    exported = tmp_path / "colleague.csv"
    run("export", "--sort", "id", "-o", str(exported))
    rows = read_csv(exported)
    rows[0]["killed"] = "4"
    rows[0]["tags"] = "chinese-workers; revised"
    new = {name: "" for name in rows[0]}
    new.update({"event_date": "2025-12-03", "country": "TJ", "event_type": "Battles", "place": "Khorog", "killed": "0"})
    write_csv(exported, [*rows, new])
    result = run("import", str(exported))
    assert "1 added, 1 updated, 1 unchanged, 0 rejected" in result.stderr
    first = run_json("show", "1", "--json")
    assert (first["killed"], first["tags"]) == (4, ["chinese-workers", "revised"])
    changes = [(h["field"], h["old_value"], h["new_value"], h["reason"]) for h in first["history"][-2:]]
    assert changes == [
        ("killed", "3", "4", "import of colleague.csv"),
        ("tags", '["chinese-workers"]', '["chinese-workers", "revised"]', "import of colleague.csv"),
    ]
    added = run_json("show", "3", "--json")
    assert (added["place"], added["killed"], added["injured"]) == ("Khorog", 0, None)
    assert added["history"][0]["reason"] == "import of colleague.csv"


def bad_file(tmp_path: Path, run) -> Path:
    """Five good rows and, on the fourth data line, a negative toll."""
    source = tmp_path / "source.db"
    for day in range(1, 6):
        run("--db", str(source), *ADD, "--date", f"2025-11-0{day}", "--killed", str(day))
    exported = tmp_path / "mixed.csv"
    run("--db", str(source), "export", "--sort", "id", "-o", str(exported))
    rows = read_csv(exported)
    rows[3]["killed"] = "-2"
    write_csv(exported, rows)
    return exported


def test_one_bad_row_stops_the_import_and_names_it(run, tmp_path, db_path, file_digest):
    exported = bad_file(tmp_path, run)
    run(*ADD, "--date", "2025-01-01")
    before = file_digest(db_path)
    result = run("import", str(exported), expect=2)
    assert result.stderr.startswith(
        "Error: mixed.csv, line 5, column killed: killed cannot be negative (-2). Nothing was imported"
    )
    assert "\n" not in result.stderr.rstrip("\n") and "Traceback" not in result.stderr
    assert file_digest(db_path) == before


def test_a_failed_import_into_a_new_database_leaves_no_file(run, tmp_path):
    exported = bad_file(tmp_path, run)
    new = tmp_path / "fresh.db"
    result = run("--db", str(new), "import", str(exported), expect=2)
    (line,) = result.stderr.rstrip("\n").splitlines()  # one Error line, which says the file was not kept
    assert line.startswith("Error: mixed.csv, line 5, column killed:") and f"new database {new} was not kept" in line
    assert not any(tmp_path.glob("fresh.db*"))
    # The same file, good rows only, into that path still makes the database.
    run("--db", str(new), "import", str(exported), "--skip-invalid")
    assert new.exists()


def test_skip_invalid_imports_the_rest_and_writes_the_rejects(run, run_json, tmp_path):
    exported = bad_file(tmp_path, run)
    rejects = tmp_path / "rejected.csv"
    result = run("import", str(exported), "--skip-invalid", "--rejects", str(rejects))
    assert "Rejected line 5, column killed: killed cannot be negative (-2)." in result.stderr
    assert "4 added, 0 updated, 0 unchanged, 1 rejected" in result.stderr
    assert sorted(r["killed"] for r in run_json("list", "--json")) == [1, 2, 3, 5]
    rejected = read_csv(rejects)
    assert len(rejected) == 1
    assert (rejected[0]["line"], rejected[0]["column"], rejected[0]["killed"]) == ("5", "killed", "-2")
    assert "cannot be negative" in rejected[0]["error"]
    # Fixing the rejected row and importing the rejects file is the natural next step.
    rows = read_csv(rejects)
    rows[0]["killed"] = "4"
    fixed = tmp_path / "fixed.csv"
    write_csv(fixed, [{k: v for k, v in r.items() if k not in {"line", "column", "error"}} for r in rows])
    assert "1 added" in run("import", str(fixed)).stderr


def test_dry_run_reports_and_writes_nothing(example_db, run, tmp_path, file_digest):
    exported = tmp_path / "out.jsonl"
    run("export", "-f", "jsonl", "-o", str(exported))
    lines = exported.read_text().splitlines()
    changed = json.loads(lines[0])
    changed["killed"] = 9
    extra = {**json.loads(lines[1]), "uid": None, "id": None}
    exported.write_text("\n".join([json.dumps(changed), lines[1], json.dumps(extra)]) + "\n")
    before = file_digest(example_db)
    result = run("import", str(exported), "--dry-run", "--json")
    assert json.loads(result.stdout)["added"] == 1
    assert "Would import out.jsonl: 1 added, 1 updated, 1 unchanged, 0 rejected" in result.stderr
    assert file_digest(example_db) == before


def test_a_dry_run_into_a_new_database_leaves_no_file(example_db, run, tmp_path):
    exported = tmp_path / "out.csv"
    run("export", "-o", str(exported))
    fresh = tmp_path / "fresh.db"
    result = run("--db", str(fresh), "import", str(exported), "--dry-run")
    assert result.exit_code == 0 and "nothing was written (dry run)" in result.stderr
    assert not fresh.exists() and not list(tmp_path.glob("fresh.db*"))


def test_formulas_are_neutralised_in_csv_and_restored_on_import(run, run_json, tmp_path):
    texts = ['=HYPERLINK("http://x")', "+1", "-2 killed", "@SUM(A1)", "'=already quoted", "'plain"]
    for text in texts:
        run(*ADD, "--date", "2025-11-24", "--description", text)
    exported = tmp_path / "out.csv"
    run("export", "--sort", "id", "-o", str(exported))
    cells = [r["description"] for r in read_csv(exported)]
    assert cells == ['\'=HYPERLINK("http://x")', "'+1", "'-2 killed", "'@SUM(A1)", "''=already quoted", "'plain"]
    other = tmp_path / "other.db"
    run("--db", str(other), "import", str(exported))
    assert [r["description"] for r in run_json("--db", str(other), "list", "--json", "--sort", "id")] == texts
    raw = run("export", "--sort", "id", "--no-spreadsheet-safe").stdout
    assert [r["description"] for r in csv.DictReader(io.StringIO(raw))] == texts


def test_geojson_points_and_the_warning_for_the_unlocated(run, tmp_path):
    run(*ADD, "--date", "2025-11-24", "--lat", "37.615", "--lon", "71.455", "--place", "Esteqlol")
    run(*ADD, "--date", "2025-11-25")
    result = run("export", "--format", "geojson")
    data = json.loads(result.stdout)
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 1
    feature = data["features"][0]
    assert feature["geometry"] == {"type": "Point", "coordinates": [71.455, 37.615]}
    assert feature["properties"]["place"] == "Esteqlol" and "latitude" not in feature["properties"]
    assert "1 incident without coordinates left out: 2" in result.stderr
    both = json.loads(run("export", "--format", "geojson", "--null-geometry").stdout)
    assert [f["geometry"] for f in both["features"]][1] is None


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("id,uid,colour\n1,x,red\n", "Unknown column(s) 'colour'"),
        ("", "The file is empty"),
        ('[{"event_date": "2025-01-01"', "not valid JSON"),
    ],
)
def test_unreadable_files_are_refused_whole(run, tmp_path, content, fragment):
    suffix = ".json" if content.startswith("[") else ".csv"
    path = tmp_path / f"bad{suffix}"
    path.write_text(content)
    result = run("import", str(path), expect=2)
    assert fragment in result.stderr and "Traceback" not in result.stderr


def test_rejects_needs_skip_invalid_and_missing_file(run, tmp_path):
    assert "--rejects needs --skip-invalid" in run("import", "x.csv", "--rejects", "r.csv", expect=2).stderr
    assert "No file at" in run("import", str(tmp_path / "none.csv"), expect=2).stderr


def test_installed_tracker_imports_and_exports(example_db, tmp_path, tracker_script):
    """The console script, in a subprocess: the same round trip a user runs."""
    tracker = tracker_script
    exported, again = tmp_path / "a.csv", tmp_path / "b.csv"
    other = tmp_path / "other.db"
    subprocess.run([tracker, "--db", str(example_db), "export", "--sort", "id", "-o", str(exported)], check=True)
    done = subprocess.run([tracker, "--db", str(other), "import", str(exported)], capture_output=True, text=True)
    assert done.returncode == 0 and "2 added" in done.stderr and done.stdout == ""
    subprocess.run([tracker, "--db", str(other), "export", "--sort", "id", "-o", str(again)], check=True)
    assert again.read_bytes() == exported.read_bytes()
    assert table_counts(other)["history"] == 4  # two creations, the link on both sides


def test_upgrade_before_external_ids_keeps_data(tmp_path):
    """A database made before m004_external_ids opens, gains the table and keeps its rows."""
    from sqlite_utils import Database

    from incident_tracker.store import IncidentStore
    from incident_tracker.store.migrations import migrations

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    migrations.apply(Database(conn, execute_plugins=False), stop_before="m004_external_ids")
    conn.execute(
        "INSERT INTO incidents (uid, event_date, event_type, country, killed, created_at, updated_at) "
        "VALUES ('01OLD', '2025-11-24', 'Battles', 'TJ', 0, '2025-11-25T00:00:00Z', '2025-11-25T00:00:00Z')"
    )
    conn.commit()
    conn.close()
    store = IncidentStore.open(path)
    assert (store.get(1)["uid"], store.get(1)["killed"]) == ("01OLD", 0)
    assert store.external_id(1, "acled") is None
    store.close()
    assert table_counts(path)["external_ids"] == 0


ACLED_HEADER = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,"
    "inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,"
    "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp"
)
ACLED_ROWS = [
    "TJK1001,2024-01-05,2024,1,Political violence,Battles,Armed clash,Unidentified Armed Group (Tajikistan),,"
    "3,Military Forces of Tajikistan (1994-),,1,13,,762,Central Asia,Tajikistan,Gorno-Badakhshan,Ishkoshim,,"
    "Ishkoshim,36.7272,71.6112,1,Asia-Plus; Radio Ozodi,National,Exchange of fire at the border post.,0,,1704844800",
    'AFG2002,12 January 2024,2024,2,Political violence,Explosions/Remote violence,Air/drone strike,"Taliban",,'
    "2,Civilians (Afghanistan),,7,27,Civilian targeting,4,Caspian,Afghanistan,Badakhshan,Darwaz,,Nusay,"
    '38.4,70.8,3,Pajhwok,National,"Drone strike on a village; 3 killed, tolls disputed.",3,'
    "crowd size=no report,1705000000",
]


def test_hand_made_acled_sample_imports_with_the_mappings(run, run_json, tmp_path):
    sample = tmp_path / "acled-2024.csv"
    sample.write_text("\n".join([ACLED_HEADER, *ACLED_ROWS]) + "\n", encoding="utf-8")
    assert "2 added, 0 updated, 0 unchanged, 0 rejected" in run("import", str(sample)).stderr
    clash, strike = run_json("list", "--json", "--sort", "date")
    assert (clash["attribution"], clash["perpetrator"]) == ("unattributed", None)
    assert clash["killed"] == 0  # ACLED's 0 stays 0
    assert (clash["date_precision"], clash["geo_precision"], clash["geocoder"]) == ("day", "exact", "acled")
    assert (clash["country"], clash["admin1"], clash["location"]) == ("TJ", "Gorno-Badakhshan", "Ishkoshim")
    assert [s["outlet"] for s in clash["sources"]] == ["Asia-Plus", "Radio Ozodi"]
    assert clash["civilian_targeting"] is None and clash["victims"] == "Military Forces of Tajikistan (1994-)"
    # time_precision 2: ACLED's day is the middle of a week, stored as the 7 days around it
    assert (strike["event_date"], strike["event_date_end"], strike["date_precision"], strike["geo_precision"]) == (
        "2024-01-09",
        "2024-01-15",
        "week",
        "admin1",
    )
    assert (strike["attribution"], strike["perpetrator"], strike["killed"]) == ("alleged", "Taliban", 3)
    assert strike["civilian_targeting"] is True and strike["tags"] == ["crowd size=no report"]
    assert strike["description"] == "Drone strike on a village; 3 killed, tolls disputed."
    # ACLED revises: a newer export with a higher toll updates the same incident, never duplicates it.
    newer = tmp_path / "acled-2024-revised.csv"
    newer.write_text(
        "\n".join([ACLED_HEADER, ACLED_ROWS[0].replace(",0,,1704844800", ",2,,1704900000"), ACLED_ROWS[1]])
    )
    assert "0 added, 1 updated, 1 unchanged, 0 rejected" in run("import", str(newer)).stderr
    revised = run_json("show", str(clash["id"]), "--json")
    assert revised["killed"] == 2
    assert (revised["history"][-1]["field"], revised["history"][-1]["reason"]) == (
        "killed",
        "import of acled-2024-revised.csv",
    )


def test_acled_layout_export_imports_back(example_db, run, run_json, tmp_path):
    exported = tmp_path / "ours-as-acled.csv"
    run("export", "--layout", "acled", "--sort", "id", "-o", str(exported))
    rows = read_csv(exported)
    assert list(rows[0])[:4] == ["event_id_cnty", "event_date", "year", "time_precision"]
    first, second = rows
    assert (first["time_precision"], first["geo_precision"], first["fatalities"]) == ("1", "2", "3")
    assert second["actor1"] == "Unidentified Armed Group (Tajikistan)" and second["iso"] == "762"
    assert first["disorder_type"] == "Political violence" and second["civilian_targeting"] == "Civilian targeting"
    # Into the same database: matched on the uids it carries; nothing duplicated.
    assert "0 added" in run("import", str(exported)).stderr
    # Into an empty one: added, with the ACLED id kept for the next import.
    other = tmp_path / "other.db"
    assert "2 added" in run("--db", str(other), "import", str(exported)).stderr
    back = run_json("--db", str(other), "list", "--json", "--sort", "date")
    assert [(r["event_date"], r["killed"], r["event_type"]) for r in back] == [
        ("2025-11-24", 3, "Explosions/Remote violence"),
        ("2025-11-30", 2, "Violence against civilians"),
    ]
    assert back[1]["attribution"] == "unattributed" and back[1]["perpetrator"] is None
    again = tmp_path / "again.csv"
    run("--db", str(other), "export", "--layout", "acled", "--sort", "id", "-o", str(again))
    assert [r["event_id_cnty"] for r in read_csv(again)] == [r["event_id_cnty"] for r in rows]
    assert "0 added, 0 updated, 2 unchanged" in run("--db", str(other), "import", str(again)).stderr


def test_acled_file_without_its_key_columns_is_refused(run, tmp_path):
    path = tmp_path / "not-acled.csv"
    path.write_text("event_id_cnty,event_date\nX1,2024-01-01\n")
    assert "Not an ACLED file: the header lacks event_type, country" in run("import", str(path), expect=2).stderr


def test_a_file_that_is_not_utf8_is_refused_and_nothing_changes(example_db, run, tmp_path, file_digest):
    path = tmp_path / "latin1.csv"
    path.write_bytes(b"event_date,country,event_type,place\n2025-11-24,TJ,Battles,Khorog\n" + b"\xe9\xff\n")
    before = file_digest(example_db)
    result = run("import", str(path), expect=2)
    assert "is not UTF-8 text" in result.stderr and "Traceback" not in result.stderr
    assert file_digest(example_db) == before
