"""Session 17's hostile probe (probe10): what probe9 left, then new ground. Each test of a fix
failed before it; the tests of what held pin it down. docs/reliability.md has the table."""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from conftest import installed_tracker, output_buffering, signals_at_start
from test_geo_border import geonames_stub

#: Runs ``tracker`` with one library function wrapped so that the process signals itself as the
#: function is called: argv is the module, the function's name, the signal, then tracker's own.
SIGNALLING = """
import importlib, os, signal, sys
module = importlib.import_module(sys.argv[1])
real = getattr(module, sys.argv[2])
wanted = getattr(signal, sys.argv[3])
def signalled(*args, **kwargs):
    os.kill(os.getpid(), wanted)
    return real(*args, **kwargs)
setattr(module, sys.argv[2], signalled)
sys.argv = ['tracker', *sys.argv[4:]]
import runpy
runpy.run_module('incident_tracker', run_name='__main__')
"""


def _signalled(where: str, name: str, signal_name: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """:data:`SIGNALLING` in a process that starts with the signals a terminal gives, whatever
    this one ignores (:func:`conftest.signals_at_start`)."""
    return subprocess.run(
        [sys.executable, "-c", signals_at_start() + SIGNALLING, where, name, signal_name, *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=cwd,
        env={**os.environ, "NO_COLOR": "1"},
        check=False,
    )


# --- what probe9 left --------------------------------------------------------------------


def test_standard_error_that_is_the_database_is_refused_before_anything_is_printed(example_db, file_digest):
    """`tracker list 2>> incidents.db` appended the command's messages (here "2 incidents") to the
    database, and a usage error its error line. Now the command refuses to run, writes nothing
    there (the refusal goes to the terminal, when there is one: none here), and exits 2."""
    before = file_digest(example_db)
    link = example_db.with_name("same.db")
    os.link(example_db, link)
    journal = Path(f"{example_db}-journal")
    journal.touch()
    cases = [
        (example_db, ["--db", str(example_db), "list"]),
        (example_db, ["--db", str(example_db), "--bogus"]),  # a usage error, before --db is even read
        (example_db, ["--db", str(example_db), "export", "-o", str(example_db.with_name("out.csv"))]),
        (link, ["--db", str(example_db), "list"]),
        (example_db, ["list"]),  # the database from TRACKER_DB
        (journal, ["list"]),
    ]
    for stderr_file, args in cases:
        with stderr_file.open("ab") as appended:
            result = subprocess.run(
                [installed_tracker(), *args],
                stdout=subprocess.PIPE,
                stderr=appended,
                env={**os.environ, "TRACKER_DB": str(example_db), "NO_COLOR": "1"},
                start_new_session=True,  # no controlling terminal: the refusal reaches nobody
                check=False,
            )
        assert result.returncode == 2, (stderr_file, args)
        assert result.stdout == b""
        assert file_digest(example_db) == before, args
        assert journal.read_bytes() == b""
    assert not example_db.with_name("out.csv").exists()
    journal.unlink()
    log = example_db.with_name("tracker.log")
    with log.open("ab") as appended:  # any other file takes the messages, as before
        done = subprocess.run([installed_tracker(), "--db", str(example_db), "list"], stderr=appended, check=False)
    assert done.returncode == 0 and log.read_text() == "2 incidents (all incidents).\n"


def test_the_refusal_of_standard_error_reaches_the_terminal(example_db, file_digest, tracker_script):
    """On a terminal, the analyst sees why nothing happened: the line goes to the controlling
    terminal (a real pty here), never into the database."""
    import pexpect

    before = file_digest(example_db)
    shell = pexpect.spawn(
        "/bin/sh",
        ["-c", f'"{tracker_script}" --db "{example_db}" list 2>> "{example_db}"'],
        env={**os.environ, "NO_COLOR": "1"},
        encoding="utf-8",
        timeout=30,
    )
    shell.expect(pexpect.EOF)
    shell.close()
    assert shell.exitstatus == 2
    assert shell.before.strip() == (
        f"Error: Standard error is the database itself ({example_db}): every message would be appended to it. "
        "Nothing was done; redirect it to another file (2> tracker.log)."
    )
    assert file_digest(example_db) == before


def test_an_interrupted_export_does_not_claim_it_rolled_a_write_back(example_db, tmp_path):
    """Ctrl-C during an export said "A write that had not finished was rolled back", but an export
    writes nothing to the database. It says so only when a write was undone (an import still does:
    tests/test_interrupts.py)."""
    out = tmp_path / "out.csv"
    args = ("--db", str(example_db), "export", "-o", str(out))
    done = _signalled("incident_tracker.exchange", "export_records", "SIGINT", *args, cwd=tmp_path)
    assert done.returncode == 130, done.stderr
    assert done.stderr.splitlines()[-1] == (
        "Error: Interrupted (Ctrl-C): stopped. No write to the database was under way: nothing in it is half done."
    )
    assert sorted(p.name for p in tmp_path.iterdir() if "out" in p.name) == []


def test_chart_writes_standard_output_in_the_format_asked(example_db, run, tmp_path):
    """`chart` had no --format: '-o -' (or a device) could only be refused for its missing extension."""
    db = ("--db", str(example_db))
    svg = run(*db, "chart", "--format", "svg", "-o", "-")
    assert svg.stdout.startswith('<?xml version="1.0"') and svg.stdout.rstrip().endswith("</svg>")
    assert svg.stderr.startswith("Wrote the chart to standard output: ")
    assert run(*db, "chart", "-o", "-", expect=2).stderr == (
        "Error: --format: Cannot tell the chart's format for - (standard output, a device or a pipe has no "
        "extension): give the format, png or svg.\n"
    )
    assert "The png format needs a file ending in .png, not c.svg." in (
        run(*db, "chart", "-f", "png", "-o", str(tmp_path / "c.svg"), expect=2).stderr
    )
    run(*db, "chart", "-f", "svg", "-o", os.devnull)  # a device is written in place
    assert not (tmp_path / "c.svg").exists()


@pytest.mark.parametrize("unbuffered", [False, True], ids=["buffered", "unbuffered"])
@pytest.mark.parametrize("command", ["map", "chart"])
def test_an_image_piped_into_a_reader_that_leaves_ends_quietly(example_db, command, unbuffered):
    """`map -f svg -o - | head -c 10` said "Cannot write -: Broken pipe." (the figure's writer
    took the closed pipe for a failed write); it now ends quietly, as every other output does."""
    reader = subprocess.Popen(["head", "-c", "10"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    done = subprocess.run(
        [installed_tracker(), "--db", str(example_db), command, "-f", "svg", "-o", "-"],
        stdout=reader.stdin,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
        env=output_buffering(unbuffered),
    )
    assert reader.stdin is not None
    reader.stdin.close()
    reader.wait()
    assert done.returncode == 1 and done.stderr == ""


def test_a_brief_stopped_while_drawing_its_chart_leaves_none_of_its_files(example_db, tmp_path):
    """brief -o b.md wrote b-map.png, then b-chart.png, then b.md, each in turn: stopped (or a full
    disk) at the chart, the new map was left beside an old brief. Now all three are written whole
    into a folder beside them and put in place together."""
    brief = tmp_path / "b.md"
    args = ("--db", str(example_db), "brief", "--since", "2025-01-01", "--until", "2026-01-01", "-o", str(brief))
    done = _signalled("incident_tracker.report.chart", "draw_chart", "SIGTERM", *args, cwd=tmp_path)
    assert done.returncode == 128 + signal.SIGTERM, done.stderr
    assert done.stderr.splitlines()[-1].startswith("Error: Terminated (SIGTERM): stopped.")
    assert [p.name for p in tmp_path.iterdir() if p.name != example_db.name] == []


def test_a_brief_is_written_whole_with_its_images(example_db, run, tmp_path):
    brief = tmp_path / "b.md"
    args = ("--db", str(example_db), "brief", "--since", "2025-01-01", "--until", "2026-01-01", "-o", str(brief))
    written = run(*args).stderr
    assert written.startswith(f"Wrote {brief}, {tmp_path / 'b-map.png'}, {tmp_path / 'b-chart.png'}: ")
    assert "![Map](b-map.png)" in brief.read_text() or "b-map.png" in brief.read_text()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(("b", ".b"))) == [
        "b-chart.png",
        "b-map.png",
        "b.md",
    ]
    assert (tmp_path / "b-chart.png").read_bytes().startswith(b"\x89PNG")


def test_a_download_that_is_not_a_country_file_is_not_kept(run, tmp_path, monkeypatch):
    """`gazetteer add TJ --online` renamed whatever it downloaded to TJ.zip unread: a proxy's error
    page (or a cut file) kept there made every later build of the gazetteer fail on it."""
    served = tmp_path / "served"
    served.mkdir()
    (served / "TJ.zip").write_text("<html>Access denied by the proxy</html>")
    cache = tmp_path / "cache"
    monkeypatch.setenv("TRACKER_CACHE_DIR", str(cache))
    with geonames_stub(served, []) as url:  # serves the folder as it is
        monkeypatch.setenv("TRACKER_GEONAMES_URL", url)
        result = run("gazetteer", "add", "TJ", "--online", expect=1)
    assert result.stderr == (
        f"Error: The download is not a GeoNames country file, so it was not kept: Cannot read {url}TJ.zip as a "
        "GeoNames country file: File is not a zip file. Download it yourself and run 'tracker gazetteer add PATH'.\n"
    )
    assert list((cache / "geonames").iterdir()) == []


def test_a_partial_country_file_a_killed_add_left_is_removed_and_never_merged(run, tmp_path, monkeypatch):
    """SIGKILL during `gazetteer add` left `.TJ.zip.….partial` in the cache folder for ever (never
    merged: a build reads only XX.zip and XX.txt). Now it carries its writer's process id, and the
    next add removes it once that process is gone and it has been quiet a minute."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("TRACKER_CACHE_DIR", str(cache))
    folder = cache / "geonames"
    folder.mkdir(parents=True)
    with zipfile.ZipFile(folder / ".TJ.zip.4999999.k2j3.partial", "w") as cut:  # a pid no process has
        cut.writestr("TJ.txt", "cut in the mid")
    stale = folder / ".TJ.zip.4999999.k2j3.partial"
    live = folder / f".KG.txt.{os.getpid()}.a1b2.partial"  # a live add's: kept
    live.write_text("being written")
    an_hour_ago = time.time() - 3700
    os.utime(stale, (an_hour_ago, an_hour_ago))
    from incident_tracker.geo.build import stored_dumps

    assert stored_dumps() == []  # never taken for a finished file
    bad = tmp_path / "UZ.txt"
    bad.write_text("1\tonly three\tcolumns\n", encoding="utf-8")
    run("gazetteer", "add", str(bad), expect=1)  # refused, but the leftovers are looked at first
    assert sorted(p.name for p in folder.iterdir()) == [live.name]


# --- new ground ----------------------------------------------------------------------------


def test_an_articles_control_sequences_are_escaped_in_the_drafts_shown(run, tmp_path):
    """`extract` printed the sentence each field came from as the article has it: an article holding
    ESC [2J cleared the analyst's screen, and OSC 52 could write the clipboard."""
    article = tmp_path / "a.txt"
    article.write_text(
        "DUSHANBE, Nov 24 (Reuters) - Three Chinese workers were killed in a drone attack on \x1b[2JKhorog"
        "\x1b]52;c;aGk=\x07 on Monday, the Tajik interior ministry said.\n",
        encoding="utf-8",
    )
    shown = run("extract", str(article), "--published", "2025-11-25").stdout
    assert "Draft 1:" in shown
    assert "\x1b" not in shown and "\x07" not in shown
    assert "\\x1b[2JKhorog\\x1b]52;c;aGk=\\x07" in shown


def test_a_huge_argument_makes_a_short_error_line(example_db, run):
    """A 100,000-character argument (`--country "$(cat file)"`) came back whole in the error: one
    "line" of 1,250 terminal rows, with what to do at its very end. Now the middle is cut."""
    huge = " ".join(["word"] * 20_000)
    for args in (("list", "--country", huge), ("list", "--since", huge), ("show", huge), ("list", "--search", huge)):
        result = run(*args, expect=None)
        (line,) = result.stderr.splitlines()
        assert len(line) < 800, args
        assert " characters left out) … " in line, args
    country = run("list", "--country", huge, expect=2).stderr
    assert country.startswith("Error: Unknown country 'word word")
    assert country.endswith("'. Give an ISO code (TJ, AF) or an English name (Tajikistan).\n")


def test_the_database_named_in_tracker_db_is_checked_as_with_db(run, tmp_path, monkeypatch, file_digest):
    """TRACKER_DB (not only --db) naming a folder, a FIFO, a text file, an empty file, a newer
    database: one line each, nothing changed."""
    folder = tmp_path / "folder.db"
    folder.mkdir()
    fifo = tmp_path / "fifo.db"
    os.mkfifo(fifo)
    text = tmp_path / "notes.db"
    text.write_text("not a database\n")
    empty = tmp_path / "empty.db"
    empty.touch()
    expected = {
        folder: (2, "Error: Invalid value for '--db' (env var: 'TRACKER_DB'): File"),
        fifo: (1, f"Error: --db: {fifo} is not a regular file (a device or a pipe?)."),
        text: (1, f"Error: --db: {text} is not a SQLite database."),
        empty: (1, f"Error: {empty} is an empty file, not a tracker database yet."),
    }
    for path, (code, start) in expected.items():
        monkeypatch.setenv("TRACKER_DB", str(path))
        for command in (("list",), ("export",), ("stats",)):
            result = run(*command, expect=code)
            assert result.stderr.startswith(start), (path, command, result.stderr)
            assert result.stderr.count("\n") == 1 and result.stdout == ""
    assert text.read_text() == "not a database\n" and empty.stat().st_size == 0
    newer = tmp_path / "newer.db"
    monkeypatch.setenv("TRACKER_DB", str(newer))
    run("add", "--date", "2025-11-01", "--country", "TJ", "--type", "battles")
    conn = sqlite3.connect(newer)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('incident_tracker', 'm999_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    before = file_digest(newer)
    result = run("add", "--date", "2025-11-01", "--country", "TJ", "--type", "battles", expect=1)
    assert "was written by a newer version of incident-tracker" in result.stderr
    assert file_digest(newer) == before


def _header(run) -> list[str]:
    return run("export").stdout.splitlines()[0].split(",")


def _row(header: list[str], **cells: str) -> list[str]:
    return [cells.get(name, "") for name in header]


def test_import_edges_nul_bom_crlf_and_a_ten_megabyte_cell(example_db, run, tmp_path):
    """What held: a NUL is refused naming the row and column; a byte-order mark and CRLF lines are
    read; a 10 MB cell is kept whole."""
    header = _header(run)
    base = {"event_date": "2025-11-01", "country": "TJ", "event_type": "battles"}
    nul = tmp_path / "nul.csv"
    with nul.open("w", newline="", encoding="utf-8") as out:
        csv.writer(out).writerows([header, _row(header, **base, description="a\x00b")])
    assert run("import", str(nul), expect=2).stderr.startswith(
        f"Error: {nul.name}, line 2, column description: holds a NUL character (\\x00)"
    )
    crlf = tmp_path / "bom.csv"
    with crlf.open("w", newline="", encoding="utf-8-sig") as out:
        csv.writer(out, lineterminator="\r\n").writerows([header, _row(header, **base, description="bom row")])
    assert "1 added" in run("import", str(crlf)).stderr
    big = tmp_path / "big.csv"
    with big.open("w", newline="", encoding="utf-8") as out:
        csv.writer(out).writerows([header, _row(header, **base, description="x" * 10_000_000)])
    assert "1 added" in run("import", str(big)).stderr
    conn = sqlite3.connect(os.environ["TRACKER_DB"])
    lengths = [row[0] for row in conn.execute("SELECT length(description) FROM incidents ORDER BY id")]
    conn.close()
    assert lengths[-2:] == [7, 10_000_000]


def test_a_bad_last_row_of_a_hundred_thousand_stops_the_import_whole(example_db, run, tmp_path, file_digest):
    header = _header(run)
    rows = tmp_path / "many.csv"
    with rows.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        # One row's cells, its notes set anew for each of the 100,000: the same file as a row built by
        # _row each time, without 4.4 million lookups of a name in the header (suite36).
        row = _row(header, event_date="2025-11-01", country="TJ", event_type="battles")
        notes = header.index("notes")
        for number in range(100_000):
            row[notes] = f"r{number}"
            writer.writerow(row)
        writer.writerow(_row(header, event_date="not a date", country="TJ", event_type="battles"))
    before = file_digest(example_db)
    result = run("import", str(rows), expect=2)
    (line,) = result.stderr.splitlines()
    assert line.startswith("Error: many.csv, line 100002, column event_date: Cannot read date 'not a date'.")
    assert line.endswith("Nothing was imported: fix the row. Or import the others with --skip-invalid.")
    assert file_digest(example_db) == before


def test_formula_cells_are_neutralised_in_both_layouts_and_come_back_exactly(run, run_json, tmp_path):
    """OWASP's rule, in every text cell (place, tags, actor, notes, not only the description) and
    in ACLED's layout too; numbers are never touched; an import gives back every character."""
    hostile = {
        "--place": "+1 district",
        "--description": '=HYPERLINK("http://example.org/x","click")',
        "--notes": "@SUM(1)",
        "--tag": "-2+3",
        "--perpetrator": "=cmd|' /C calc'!A0",
    }
    args = [item for pair in hostile.items() for item in pair]
    run("add", "--date", "2025-11-01", "--country", "TJ", "--type", "battles", "--lat", "-10.5", "--lon", "-70.25",
        *args)  # fmt: skip
    (tracker,) = csv.DictReader(run("export").stdout.splitlines())
    assert tracker["place"] == "'+1 district" and tracker["notes"] == "'@SUM(1)" and tracker["tags"] == "'-2+3"
    assert tracker["description"].startswith("'=HYPERLINK") and tracker["latitude"] == "-10.5"
    assert tracker["perpetrator"] == "'=cmd|' /C calc'!A0"
    (acled,) = csv.DictReader(run("export", "--layout", "acled").stdout.splitlines())
    assert acled["notes"].startswith("'=HYPERLINK")
    # A number is never prefixed: ACLED's layout wrote a western longitude as the text '-70.25.
    assert (acled["latitude"], acled["longitude"]) == ("-10.5", "-70.25")
    assert acled["actor1"].startswith("'=cmd")
    before = run_json("show", "1", "--json")
    exported = tmp_path / "round.csv"
    run("export", "-o", str(exported))
    other = tmp_path / "other.db"
    run("--db", str(other), "import", str(exported))
    after = run_json("--db", str(other), "show", "1", "--json")
    for field in ("place", "description", "notes", "tags", "perpetrator", "latitude", "longitude"):
        assert after[field] == before[field], field


def test_an_edit_or_delete_of_an_incident_deleted_meanwhile_is_refused_whole(example_db):
    """Another process deletes incident 1 between this edit's (or delete's) read and its write:
    refused whole, with one line, never an 'old value' that was no longer the value."""
    from incident_tracker.errors import ConflictError
    from incident_tracker.store import IncidentStore

    class Racing(IncidentStore):
        def stored(self, incident_id: int, *args: object, **kwargs: object) -> dict:  # what a write reads
            record = super().stored(incident_id, *args, **kwargs)
            other = IncidentStore.open(example_db)
            if other.get(incident_id).get("deleted_at") is None:
                other.delete(incident_id, reason="the other analyst: a duplicate")
            other.close()
            return record

    store = Racing.open(example_db)
    history = store.conn.execute("SELECT count(*) FROM history").fetchone()[0]
    with pytest.raises(ConflictError, match="changed by another process"):
        store.edit(1, {"killed": "4"}, reason="mine")
    IncidentStore.restore(store, 1, reason="back, for the next race")
    with pytest.raises(ConflictError, match="changed by another process"):
        store.delete(1, reason="mine")
    reasons = [row[0] for row in store.conn.execute("SELECT reason FROM history ORDER BY id")][history:]
    assert reasons == ["the other analyst: a duplicate", "back, for the next race", "the other analyst: a duplicate"]
    assert IncidentStore.get(store, 1)["killed"] == 3  # the refused edit left nothing
    store.close()
