"""Session 16's hostile probe of output paths (probe9): files that exist, full disks,
a new database that could not be made, non-UTF-8 place files. Each test failed before
its fix; docs/reliability.md has the table."""

from __future__ import annotations

import csv
import os
import resource
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

from typer.testing import Result

from conftest import installed_tracker

Run = Callable[..., Result]


def _size_limit(limit: int) -> Callable[[], None]:
    """In the child: no file may grow past ``limit`` bytes, which is how a full disk looks
    to a writer (the kernel refuses the write; Python ignores the SIGXFSZ)."""

    def limit_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return limit_files


def _tracker(db: Path, *args: str, limit: int | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [installed_tracker(), "--db", str(db), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
        preexec_fn=_size_limit(limit) if limit is not None else None,
        check=False,
        timeout=120,
    )


def _count(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM incidents").fetchone()[0])
    finally:
        conn.close()


def test_a_rejects_file_the_disk_refuses_undoes_the_import(example_db, tmp_path):
    """The rejects file's last rows reached the disk only after the import had committed, so a
    full disk then said 'Nothing was written' (exit 1) of an import whose rows were in the
    database. Now they are on the disk before the commit, and a refusal undoes the import."""
    source = tmp_path / "corrections.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["event_date", "country", "event_type", "description"])
        writer.writerow(["2025-11-01", "TJ", "battles", "a good row"])
        writer.writerow(["no date", "TJ", "battles", "y" * 1_999_000])  # written straight through
        writer.writerow(["no date", "TJ", "battles", "z" * 2_000])  # kept in the buffer to the end
    before = _count(example_db)
    rejects = tmp_path / "rejected.csv"
    result = _tracker(example_db, "import", str(source), "--skip-invalid", "--rejects", str(rejects), limit=2_000_000)
    assert result.returncode == 1, result.stderr
    assert result.stderr == f"Error: Cannot write {rejects}: File too large. Nothing was written.\n"
    assert _count(example_db) == before  # the error is the truth: nothing was imported
    assert not rejects.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".rejected")] == []


def _wal(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode = WAL")  # as after any write by this version
    conn.close()


def test_a_write_whose_log_the_full_disk_keeps_says_the_wal_file_stays(example_db):
    """The add commits into the write-ahead log, which fits; folding it back needs the database
    file to grow, which the disk refuses. It said only 'Added incident 3' and left -wal and -shm
    beside the file, which the docs promise never happens between commands: copied alone, the
    database lacked the incident. Now a warning says so; the exit code stays 0 (it was written)."""
    _wal(example_db)
    limit = example_db.stat().st_size  # the file may not grow at all; a new -wal may
    result = _tracker(
        example_db,
        "add",
        "--date",
        "2025-11-01",
        "--country",
        "TJ",
        "--type",
        "battles",
        "--description",
        "x" * 100_000,
        limit=limit,
    )
    assert result.returncode == 0, result.stderr
    added, warning = result.stderr.splitlines()
    assert added.startswith("Added incident 3: ")
    assert warning == (
        f"Warning: {example_db}-wal and {example_db}-shm stay beside the database: the disk refused to fold "
        "the write-ahead log back into it (disk I/O error). The change is saved, partly in those files: keep "
        "the three together (copy all of them); the next command run with free space folds them in."
    )
    assert Path(f"{example_db}-wal").exists()
    # With room again, the next command folds the log in and the database is one file once more.
    listed = _tracker(example_db, "list")
    assert listed.returncode == 0
    assert not Path(f"{example_db}-wal").exists()
    assert _count(example_db) == 3


def test_a_write_with_room_says_nothing_about_the_log(example_db):
    _wal(example_db)
    result = _tracker(example_db, "add", "--date", "2025-11-01", "--country", "TJ", "--type", "battles")
    assert result.returncode == 0
    assert "Warning" not in result.stderr
    assert not Path(f"{example_db}-wal").exists()


def test_a_new_database_the_full_disk_refuses_is_not_left_empty(tmp_path):
    """'tracker add' (or import) into a new file on a full disk failed in one line but left a
    0-byte file, which every reading command then called 'an empty file, not a tracker database'."""
    source = tmp_path / "in.csv"
    source.write_text("event_date,country,event_type\n2025-11-01,TJ,battles\n", encoding="utf-8")
    for args in (["add", "--date", "2025-11-01", "--country", "TJ", "--type", "battles"], ["import", str(source)]):
        db = tmp_path / "new.db"
        result = _tracker(db, *args, limit=20_000)
        assert result.returncode == 1, result.stderr
        assert result.stderr == (
            f"Error: Cannot create {db}: the disk refused a write (disk I/O error): is it full, or is the file "
            "at a size limit? Nothing was changed; free some space and try again.\n"
        )
        assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_places_import_names_the_line_that_is_not_utf8_into_an_existing_database(example_db, tmp_path, run):
    """Into a new database the error named the line and byte (the whole file is read first);
    into an existing one the import's own reading said only 'is not UTF-8 text'."""
    places = tmp_path / "places.csv"
    places.write_bytes(b"name,latitude,longitude\nKhorog post,37.49,71.55\n" + b"\xe9t\xe9 post,37.5,71.6\n")
    result = run("--db", str(example_db), "places", "import", str(places), expect=2)
    assert result.stderr == (
        f'Error: {places} is not UTF-8 text (line 3 holds the byte 0xe9); save it as UTF-8 ("CSV UTF-8" in a '
        "spreadsheet). Nothing was imported.\n"
    )
    assert "No places yet" in run("--db", str(example_db), "places", "list").stderr


#: Every command that writes a file the user names, with that file's option.
WRITERS = {
    "export": ("export", "-o"),
    "chart": ("chart", "--out"),
    "map": ("map", "--out"),
    "brief": ("brief", "--since", "2025-01-01", "--until", "2026-01-01", "--out"),
    "backup": ("backup",),
}
SUFFIX = {"export": ".csv", "chart": ".png", "map": ".svg", "brief": ".md", "backup": ".db"}


def test_a_file_that_exists_is_replaced_only_with_force(example_db, tmp_path, run, file_digest):
    """export, chart, map, brief and import --rejects replaced an analyst's file of the same name
    without a word (backup alone asked for --force); an import with no rejected row replaced it
    with an empty file. Now every one refuses it, leaves it and the database as they were, and
    replaces it with --force."""
    before = file_digest(example_db)
    for name, command in WRITERS.items():
        mine = tmp_path / f"mine{SUFFIX[name]}"
        mine.write_text("the analyst's own notes\n")
        refused = run("--db", str(example_db), *command, str(mine), expect=2)
        assert refused.stderr == (
            f"Error: Cannot write {mine}: it exists already. Nothing was written. Give --force to replace it, "
            "or choose another file name.\n"
        ), name
        assert mine.read_text() == "the analyst's own notes\n", name
        run("--db", str(example_db), *command, str(mine), "--force")
        assert mine.read_text(errors="replace") != "the analyst's own notes\n", name
    assert file_digest(example_db) == before
    source = tmp_path / "in.csv"
    run("--db", str(example_db), "export", "-o", str(source))
    rejects = tmp_path / "rejected.csv"
    rejects.write_text("last week's rejects\n")
    importing = ("--db", str(example_db), "import", str(source), "--skip-invalid", "--rejects", str(rejects))
    assert "it exists already" in run(*importing, expect=2).stderr
    assert rejects.read_text() == "last week's rejects\n"
    run(*importing, "--force")
    assert rejects.read_text() == ""  # no row was rejected
    assert _count(example_db) == 2


def test_force_is_not_needed_for_an_empty_file_a_device_or_standard_output(example_db, tmp_path, run):
    """``mktemp`` makes an empty file for a script to fill: nothing in it is lost. A device is
    written, not replaced."""
    empty = tmp_path / "tmp.XXXX.csv"
    empty.touch()
    run("--db", str(example_db), "export", "-o", str(empty))
    assert empty.read_text().startswith("id,uid,")
    run("--db", str(example_db), "export", "-o", os.devnull)
    assert run("--db", str(example_db), "export", "-o", "-").stdout.startswith("id,uid,")


def test_a_brief_asks_before_replacing_the_images_beside_it(example_db, tmp_path, run):
    """brief -o b.md also writes b-map.png and b-chart.png: they are checked as the brief is."""
    brief = tmp_path / "b.md"
    chart = tmp_path / "b-chart.png"
    chart.write_bytes(b"my own chart")
    command = ("--db", str(example_db), "brief", "--since", "2025-01-01", "--until", "2026-01-01", "--out", str(brief))
    refused = run(*command, expect=2)
    assert refused.stderr.startswith(f"Error: Cannot write {chart}: it exists already.")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("b")) == ["b-chart.png"]
    run(*command, "--force")
    assert chart.read_bytes().startswith(b"\x89PNG")


def test_a_brief_whose_map_the_disk_refuses_fails(example_db, tmp_path):
    """The brief drew its map inside a guard meant for 'nothing to map', which also swallowed a
    map that could not be written: a full disk gave a Markdown brief without its map, exit 0."""
    brief = tmp_path / "b.md"
    result = _tracker(
        example_db, "brief", "--since", "2025-01-01", "--until", "2026-01-01", "--out", str(brief), limit=100_000
    )
    assert result.returncode == 1, result.stderr
    assert result.stderr == f"Error: Cannot write {tmp_path / 'b-map.png'}: File too large. Nothing was written.\n"
    assert not brief.exists()


def test_a_country_file_the_gazetteer_refuses_is_not_kept(tmp_path, run, monkeypatch):
    """gazetteer add copied the file into the cache folder before reading it: refused, it stayed
    there, and every later build of the gazetteer (which merges every kept file) failed on it."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("TRACKER_CACHE_DIR", str(cache))
    bad = tmp_path / "KG.txt"
    bad.write_text("1\tonly three\tcolumns\n", encoding="utf-8")
    result = run("gazetteer", "add", str(bad), expect=1)
    assert result.stderr == f"Error: {bad}, line 1: 3 columns, not the 19 of a GeoNames country file.\n"
    assert not (cache / "geonames" / "KG.txt").exists()
    assert not list(cache.rglob("*KG*"))


def test_gazetteer_add_names_a_folder_or_a_device_as_what_it_is(tmp_path, run, monkeypatch):
    monkeypatch.setenv("TRACKER_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "TJ.txt"
    folder.mkdir()
    assert run("gazetteer", "add", str(folder), expect=2).stderr == (
        f"Error: {folder} is a folder: give a GeoNames country file (AF.txt or AF.zip) or a country code.\n"
    )
    assert run("gazetteer", "add", os.devnull, expect=2).stderr == (
        f"Error: {os.devnull} is not a regular file (a device or a pipe): give a GeoNames country file "
        "(AF.txt or AF.zip) or a country code.\n"
    )
    assert run("gazetteer", "add", str(tmp_path / "KZ.txt"), expect=2).stderr == (
        f"Error: No file at {tmp_path / 'KZ.txt'}.\n"
    )


def test_a_database_without_write_permission_is_not_written_even_by_root(example_db, run, file_digest):
    """chmod a-w on an archived record: root's licence to write anything wrote to it (an output file
    with the same mode was already refused to root). Reading works; a write is refused."""
    example_db.chmod(0o444)
    before = file_digest(example_db)
    refused = run(
        "--db", str(example_db), "add", "--date", "2025-11-01", "--country", "TJ", "--type", "battles", expect=1
    )
    assert refused.stderr == (
        f"Error: Cannot write to {example_db}: the file or its folder is read-only. Nothing was changed.\n"
    )
    assert "Tajikistan" in run("--db", str(example_db), "list").stdout
    assert file_digest(example_db) == before


def test_an_output_name_near_the_length_limit_is_written(example_db, tmp_path, run):
    """A 250-byte name is allowed (the limit is 255), but the temporary file beside it was named
    '.NAME.random.tmp', past the limit: 'File name too long' for a name the user could create."""
    for command, suffix in (("export", ".csv"), ("backup", ".db")):
        long_name = tmp_path / ("a" * (250 - len(suffix)) + suffix)
        args = ("export", "-o", str(long_name)) if command == "export" else ("backup", str(long_name))
        run("--db", str(example_db), *args)
        assert long_name.stat().st_size > 0
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_standard_output_that_is_the_database_is_refused(example_db, file_digest):
    """`tracker export >> incidents.db` (a slip for `> incidents.csv`) appended the CSV to the
    database file, and `backup - >> incidents.db` a whole copy of it, exit 0."""
    before = file_digest(example_db)
    for args in (["export"], ["export", "-o", "-"], ["backup", "-"], ["list"]):
        with example_db.open("ab") as appended:
            result = subprocess.run(
                [installed_tracker(), "--db", str(example_db), *args],
                stdout=appended,
                stderr=subprocess.PIPE,
                text=True,
                check=False,
            )
        assert result.returncode == 2, args
        assert result.stderr == (
            f"Error: Standard output is the database itself ({example_db}): what this command prints would be "
            "appended to it. Nothing was written; redirect it to another file.\n"
        )
        assert file_digest(example_db) == before
