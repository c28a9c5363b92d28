"""Session 18's hostile probe (probe11): what probe10 left, then privacy, locale, file names, signals
and the environment. Each test of a fix failed before it; the tests of what held pin it down.
docs/reliability.md has the table ("A hostile probe: privacy, locale, names, signals (probe11)")."""

from __future__ import annotations

import csv
import io
import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import copy_of_built, installed_tracker
from test_probe10 import SIGNALLING, _signalled

#: Places in three scripts, as an analyst of the region records them. The Han one is a name the geocoder
#: does not know (a "nameless village"), so its letters are what every command shows: 喀什 was, until
#: geo133 read it as Kashgar, and then `list` showed "Kashgar".
PLACES = ("Хорог", "کابل", "无名村")


@pytest.fixture
def scripts_db(run, db_path: Path) -> Path:
    """A database whose places and descriptions are Cyrillic, Arabic and Han: built by the CLI for the session's first
    test, copied for the others (``conftest.copy_of_built``; six commands and three geocodings a test before,
    probe24)."""

    def build(_: Path) -> None:
        for number, (place, country) in enumerate(zip(PLACES, ("TJ", "AF", "CN"), strict=True), start=1):
            run("add", "--date", f"2025-11-2{number}", "--country", country, "--type", "battles", "--place", place)
            run("edit", str(number), "--description", f"{place} — описание 描述 وصف", "--reason", "probe11")

    return copy_of_built("probe11 scripts_db", db_path, build)


def _tracker(*args: str, env: dict[str, str] | None = None, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [installed_tracker(), *args],
        capture_output=True,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "100", **(env or {})},
        timeout=120,
        check=False,
        **kwargs,  # type: ignore[arg-type]
    )


# --- locale and encoding --------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_text_for_people_on_a_narrow_terminal_is_escaped_not_a_traceback(scripts_db, encoding):
    """Under PYTHONIOENCODING=ascii (or a latin-1 terminal) `list`, `show`, `timeline`, `add`'s
    message and an error line quoting a Cyrillic value ended in `Unexpected UnicodeEncodeError … please
    report it` (exit 1). Letters the terminal cannot show are escapes now, the tool's own glyphs
    ASCII, and the command does its work."""
    env = {"PYTHONIOENCODING": encoding}
    shown: dict[str, str] = {}  # each reading command runs once; its output is read below (suite36)
    for args in (("list",), ("show", "1"), ("timeline",), ("history", "1"), ("stats",)):
        done = _tracker(*args, env=env)
        assert done.returncode == 0, (args, done.stderr)
        assert b"Unexpected" not in done.stderr
        shown[args[0]] = done.stdout.decode(encoding)  # what the terminal can show, and nothing else
    assert "\\u0425\\u043e\\u0440\\u043e\\u0433" in shown["show"]
    assert "\\u65e0\\u540d\\u6751" in shown["list"]
    timeline = shown["timeline"]
    assert "#" in timeline and "\\u2588" not in timeline  # bars drawn in ASCII, not as escapes
    added = _tracker("add", "--date", "2025-11-28", "--country", "TJ", "--type", "battles", "--place", "Хорог", env=env)
    assert added.returncode == 0 and "Located '\\u0425\\u043e\\u0440\\u043e\\u0433' -> Khorugh" in added.stderr.decode()
    refused = _tracker("list", "--country", "Хорог", env=env)
    assert refused.returncode == 2
    assert refused.stderr.decode(encoding) == (
        "Error: Unknown country '\\u0425\\u043e\\u0440\\u043e\\u0433'. Give an ISO code (TJ, AF) or an English "
        "name (Tajikistan).\n"
    )


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_data_on_standard_output_is_utf8_whatever_the_encoding(scripts_db, tmp_path, encoding):
    """`export -o -` under PYTHONIOENCODING=ascii printed the CSV's header, then ended at the first
    Cyrillic place: a CSV cut short, exit 1. Data on standard output is UTF-8 now, byte for byte what
    `export -o FILE` writes, and JSON and Markdown likewise."""
    env = {"PYTHONIOENCODING": encoding}
    on_file = tmp_path / "e.csv"
    assert _tracker("export", "-o", str(on_file)).returncode == 0
    piped = _tracker("export", "-o", "-", env=env)
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout == on_file.read_bytes()
    assert [row["place"] for row in csv.DictReader(io.StringIO(piped.stdout.decode("utf-8")))] == list(PLACES)
    for args in (("list", "--format", "csv"), ("list", "--json"), ("timeline", "--format", "md"), ("stats", "--json")):
        done = _tracker(*args, env=env)
        assert done.returncode == 0, (args, done.stderr)
        text = done.stdout.decode("utf-8")  # never escaped: the data as stored
        assert "\\u" not in text.replace("\\\\u", ""), args
    assert "无名村" in _tracker("list", "--json", env=env).stdout.decode("utf-8")


def test_the_c_locale_reads_and_writes_utf8(scripts_db):
    """What held: under LC_ALL=C (or no LANG at all) Python 3.7+ reads and writes UTF-8 (PEP 538 and
    540), so every place prints as it is."""
    for env in ({"LC_ALL": "C"}, {"LC_ALL": "", "LANG": "", "LC_CTYPE": ""}):
        done = _tracker("list", env=env)
        assert done.returncode == 0 and "无名村" in done.stdout.decode("utf-8"), env


# --- privacy of what is written -------------------------------------------------------------


@contextmanager
def _umask(mask: int) -> Iterator[None]:
    before = os.umask(mask)
    try:
        yield
    finally:
        os.umask(before)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("database_mode", [0o600, 0o640])
def test_outputs_are_no_more_readable_than_the_database(example_db, run, tmp_path, database_mode):
    """A security officer's `chmod 600 incidents.db` was undone by every output: `export -o`, `backup`,
    `brief -o` (and its images), `chart`, `map` and `import --rejects` wrote 644 files (the umask's),
    readable by every user of the machine. They are no more readable than the database now."""
    example_db.chmod(database_mode)
    db = ("--db", str(example_db))
    since = ("--since", "2025-01-01", "--until", "2026-01-01")
    with _umask(0o022):
        run(*db, "export", "-o", str(tmp_path / "e.csv"))
        run(*db, "backup", str(tmp_path / "b.db"))
        run(*db, "brief", *since, "-o", str(tmp_path / "br.md"))
        run(*db, "chart", "-o", str(tmp_path / "c.svg"))
        run(*db, "map", "-o", str(tmp_path / "m.svg"))
        bad = tmp_path / "in.csv"
        bad.write_text("event_date,country,event_type\nnot a date,TJ,battles\n", encoding="utf-8")
        bad.chmod(0o644)
        run(*db, "import", str(bad), "--skip-invalid", "--rejects", str(tmp_path / "r.csv"))
    written = ["e.csv", "b.db", "br.md", "br-map.png", "br-chart.png", "c.svg", "m.svg", "r.csv"]
    assert {name: oct(_mode(tmp_path / name)) for name in written} == dict.fromkeys(written, oct(database_mode))


def test_a_replaced_output_is_narrowed_to_the_database_and_the_umask_still_counts(example_db, run, tmp_path):
    """`--force` onto a 644 file from a 600 database gave a 644 export; the replaced file's mode is kept
    now only as far as the database allows. A umask tighter than the database (077) still wins, and a
    `chmod 400` database's backup is still its owner's to replace."""
    example_db.chmod(0o600)
    db = ("--db", str(example_db))
    old = tmp_path / "e.csv"
    old.write_text("old\n")
    old.chmod(0o644)
    run(*db, "export", "-o", str(old), "--force")
    assert _mode(old) == 0o600
    example_db.chmod(0o644)
    with _umask(0o077):
        run(*db, "export", "-o", str(tmp_path / "tight.csv"))
    assert _mode(tmp_path / "tight.csv") == 0o600
    example_db.chmod(0o400)
    with _umask(0o022):
        run(*db, "backup", str(tmp_path / "b.db"))
    assert _mode(tmp_path / "b.db") == 0o600


def test_the_online_answer_cache_is_its_owners_only(tmp_path):
    """The online geocoder's cache (every place looked up online, in the home folder) was created 644;
    it is 600 now. The offline gazetteer (GeoNames' public data) keeps the umask's mode."""
    from incident_tracker.store.geocache import open_cache, store_answer

    cache = tmp_path / "cache" / "online-cache.sqlite"
    with _umask(0o022):
        conn = open_cache(cache)
        store_answer(conn, "Хорог", "[]")
        conn.commit()
        conn.close()
    assert _mode(cache) == 0o600


def test_a_new_database_follows_the_umask(run, tmp_path):
    """What held: a new database gets the umask's mode (SQLite's 644, narrowed by it), and its -wal
    and -shm files the database's own (SQLite gives them its mode)."""
    with _umask(0o077):
        run("--db", str(tmp_path / "new.db"), "add", "--date", "2025-11-24", "--country", "TJ", "--type", "battles")
    assert _mode(tmp_path / "new.db") == 0o600


# --- what probe10 left ----------------------------------------------------------------------


def test_an_edit_of_a_row_another_program_removed_says_so_in_the_tools_words(example_db):
    """Another program removes incident 1's row outright (foreign keys off, as `sqlite3` has them by
    default) between an edit's read and its write: refused whole, as before, but it said
    `Database error: FOREIGN KEY constraint failed`, SQLite's words."""
    import sqlite3

    from incident_tracker.errors import ConflictError
    from incident_tracker.store import IncidentStore

    class Racing(IncidentStore):
        def stored(self, incident_id: int, *args: object, **kwargs: object) -> dict:  # what a write reads
            record = super().stored(incident_id, *args, **kwargs)
            other = sqlite3.connect(example_db)
            other.execute("PRAGMA foreign_keys = OFF")
            other.execute("DELETE FROM incidents WHERE id = ?", [incident_id])
            other.commit()
            other.close()
            return record

    store = Racing.open(example_db)
    history = store.conn.execute("SELECT count(*) FROM history").fetchone()[0]
    with pytest.raises(ConflictError) as refused:
        store.edit(1, {"killed": "4"}, reason="mine")
    assert str(refused.value) == (
        "Incident 1 was removed from the file by another program while this command was preparing its change "
        "(tracker itself never removes an incident's row). Nothing was changed; 'tracker check' looks at the "
        "file, and a backup has the incident."
    )
    with pytest.raises(ConflictError, match="removed from the file by another program"):
        store.delete(2, reason="mine")
    assert store.conn.execute("SELECT count(*) FROM history").fetchone()[0] == history
    store.close()


def test_a_brief_folder_a_killed_brief_left_is_removed_by_the_next_brief(example_db, run, tmp_path):
    """SIGKILL while `brief -o b.md` drew left the hidden `.b.md.…` folder for ever (never read: the
    brief's files appear only by rename). It carries its process id now, and the next brief beside
    it removes it once that process is gone and it has been quiet a minute; a live brief's is kept."""
    stale = tmp_path / ".b.md.4999999.k2j3abcd"  # a pid no process has
    stale.mkdir()
    (stale / "b.md").write_text("# half a brief\n")
    two_minutes_ago = time.time() - 120
    os.utime(stale, (two_minutes_ago, two_minutes_ago))
    live = tmp_path / f".b.md.{os.getpid()}.a1b2c3d4"
    live.mkdir()
    os.utime(live, (two_minutes_ago, two_minutes_ago))
    brief = tmp_path / "b.md"
    run("--db", str(example_db), "brief", "--since", "2025-01-01", "--until", "2026-01-01", "-o", str(brief))
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith((".b", "b"))) == [
        live.name,
        "b-chart.png",
        "b-map.png",
        "b.md",
    ]
    assert "half a brief" not in brief.read_text()


# --- signals ----------------------------------------------------------------------------------


def test_sighup_unwinds_as_sigterm_does(example_db, tmp_path):
    """The terminal closed (or the ssh connection dropped) while `brief -o b.md` drew: SIGHUP ended the
    process where it stood, with no word and its hidden folder left beside the brief. It unwinds as
    SIGTERM and Ctrl-C do now: one line (to whoever still reads it), exit 129, nothing left."""
    brief = tmp_path / "b.md"
    args = ("--db", str(example_db), "brief", "--since", "2025-01-01", "--until", "2026-01-01", "-o", str(brief))
    done = _signalled("incident_tracker.report.chart", "draw_chart", "SIGHUP", *args, cwd=tmp_path)
    assert done.returncode == 128 + signal.SIGHUP, done.stderr
    assert done.stderr.splitlines()[-1] == (
        "Error: Hung up (SIGHUP): stopped. No write to the database was under way: nothing in it is half done."
    )
    assert [p.name for p in tmp_path.iterdir() if p.name != example_db.name] == []


def test_sighup_during_an_import_into_a_new_database_leaves_nothing(tmp_path):
    """SIGHUP during an import into a new file: rolled back, and the new file removed, as for SIGTERM."""
    source = tmp_path / "in.csv"
    source.write_text("event_date,country,event_type\n2025-11-24,TJ,battles\n", encoding="utf-8")
    new = tmp_path / "new.db"
    args = ("--db", str(new), "import", str(source))
    done = _signalled("incident_tracker.exchange.importer", "Importer", "SIGHUP", *args, cwd=tmp_path)
    assert done.returncode == 128 + signal.SIGHUP, done.stderr
    assert done.stderr.splitlines()[-1].startswith("Error: Hung up (SIGHUP): stopped.")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_a_sighup_ignored_by_nohup_stays_ignored(example_db, tmp_path):
    """Under `nohup` (SIGHUP ignored when the process starts) the command goes on and finishes."""
    out = tmp_path / "out.csv"
    args = ("--db", str(example_db), "export", "-o", str(out))
    done = subprocess.run(
        [sys.executable, "-c", SIGNALLING, "incident_tracker.exchange", "export_records", "SIGHUP", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={**os.environ, "NO_COLOR": "1"},
        preexec_fn=lambda: signal.signal(signal.SIGHUP, signal.SIG_IGN),  # what nohup does
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


# --- the environment --------------------------------------------------------------------------


def test_a_date_of_today_east_of_utc_is_not_called_the_future():
    """At 22:00 UTC it is already the next day in Kabul (UTC+4:30) and Dushanbe (UTC+5): an analyst's
    "today" was warned about as "in the future" because the check took UTC's day. Only a date after
    today in every time zone (UTC+14's) is in the future now."""
    import datetime as dt

    from incident_tracker.models.times import is_after_today_everywhere

    evening = dt.datetime(2025, 12, 5, 22, 0, tzinfo=dt.UTC)
    assert not is_after_today_everywhere("2025-12-06", evening)  # Kabul's today
    assert not is_after_today_everywhere("2025-12-06", dt.datetime(2025, 12, 5, 10, 0, tzinfo=dt.UTC))
    assert is_after_today_everywhere("2025-12-07", evening)
    assert is_after_today_everywhere("2025-12-06", dt.datetime(2025, 12, 5, 9, 59, tzinfo=dt.UTC))


def test_add_of_todays_date_in_the_analysts_zone_warns_of_nothing(run):
    """Through the CLI: the day the zone furthest ahead has reached is no future date. (Before the fix
    this failed whenever UTC was past 10:00, when that day is UTC's tomorrow.)"""
    import datetime as dt

    ahead = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=14)).date()
    added = run("add", "--date", ahead.isoformat(), "--country", "TJ", "--type", "battles")
    assert "future" not in added.stderr
    later = run("add", "--date", (ahead + dt.timedelta(days=1)).isoformat(), "--country", "TJ", "--type", "battles")
    assert "is in the future. Kept as given; check it." in later.stderr


def test_a_config_folder_that_is_a_file_means_no_config_file(run, monkeypatch, tmp_path, example_db):
    """XDG_CONFIG_HOME naming a file: `config path` said "No config file yet" while every other
    command failed with `Cannot read the config file …: Not a directory.` (1). As git does, a path
    that cannot exist (ENOTDIR) is no config file: the defaults apply, for every command alike."""
    not_a_folder = tmp_path / "xdg"
    not_a_folder.write_text("a file\n")
    monkeypatch.delenv("TRACKER_CONFIG")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(not_a_folder))
    assert run("--db", str(example_db), "list").stderr == "2 incidents (all incidents).\n"
    assert run("config", "path").stderr.startswith("No config file yet; the built-in defaults apply.")
    assert run("config", "show", "--json").stdout.count('"default"') >= 6  # every setting from its default


# --- file names -------------------------------------------------------------------------------


def test_an_import_file_replaced_while_it_is_read_is_read_in_one_version(run, tmp_path, monkeypatch):
    """`tracker export -o desk.csv --force` renamed over the file a `tracker import desk.csv` had just
    opened: the import read the header again by its name, so the new file's columns named the old
    file's cells (a description read as a date, a country as an event type). The header now comes
    from the handle the rows come from: one version, the one opened."""
    from incident_tracker.exchange import importer

    source = tmp_path / "desk.csv"
    source.write_text("event_date,country,event_type,description\n2025-11-24,TJ,battles,old\n", encoding="utf-8")
    newer = tmp_path / "newer.csv"
    newer.write_text("description,event_type,country,event_date\nnew,battles,TJ,2025-11-25\n", encoding="utf-8")
    real = importer.detect_format

    def replaced_meanwhile(path: Path, head: str) -> object:
        if sys._getframe(1).f_code.co_name == "_import" and newer.exists():  # the import's own reading
            os.replace(newer, source)  # as export -o desk.csv --force does, by rename
        return real(path, head)

    monkeypatch.setattr(importer, "detect_format", replaced_meanwhile)
    run("import", str(source))
    monkeypatch.setattr(importer, "detect_format", real)
    shown = run("list", "--format", "csv").stdout
    imported = [(row["event_date"], row["description"]) for row in csv.DictReader(io.StringIO(shown))]
    assert [row for row in imported if row[1] in ("old", "new")] == [("2025-11-24", "old")]


def test_a_dry_run_says_its_rejects_file_was_written(run, tmp_path):
    """`import --dry-run --skip-invalid --rejects r.csv` said "nothing was written (dry run)" and wrote
    r.csv: the rows it would set aside, which is what a dry run is for. It says so now."""
    source = tmp_path / "in.csv"
    source.write_text("event_date,country,event_type\n2025-11-24,TJ,battles\nnot a date,TJ,battles\n", encoding="utf-8")
    rejects = tmp_path / "r.csv"
    done = run("import", str(source), "--dry-run", "--skip-invalid", "--rejects", str(rejects))
    assert done.stderr.splitlines()[-1] == (
        f"Would import in.csv: 1 added, 0 updated, 0 unchanged, 1 rejected; the database was not changed (dry run); "
        f"the rows it would reject are in {rejects}."
    )
    assert "not a date" in rejects.read_text(encoding="utf-8")


def test_standard_error_that_is_the_database_without_a_terminal_leaves_no_other_trace(example_db, file_digest):
    """Decided (probe10 left it): with standard error the database and no controlling terminal (cron, a
    service), the refusal goes nowhere but the exit status 2, as a well-kept CLI does: no log file is
    made beside the database and nothing goes to syslog (an NGO machine's system log is read by others;
    incident data must not reach it unasked). cron and systemd record the status."""
    before = file_digest(example_db)
    folder_before = sorted(p.name for p in example_db.parent.iterdir())
    with example_db.open("ab") as appended:
        done = subprocess.run(
            [installed_tracker(), "--db", str(example_db), "list"],
            stdout=subprocess.PIPE,
            stderr=appended,
            start_new_session=True,
            check=False,
        )
    assert (done.returncode, done.stdout) == (2, b"")
    assert file_digest(example_db) == before
    assert sorted(p.name for p in example_db.parent.iterdir()) == folder_before


def test_a_han_name_the_fonts_lack_leaves_no_python_warning_on_stderr(scripts_db, tmp_path):
    """`map` and `brief` of an incident at 喀什 printed Matplotlib's `UserWarning: Glyph 21888 (\\N{CJK
    UNIFIED IDEOGRAPH-5580}) missing from font(s) DejaVu Sans.`, two lines a letter naming its source
    file. The image shows the name as boxes (no CJK font is shipped); stderr keeps to our one line."""
    for args in (("map", "-o", str(tmp_path / "m.png")), ("chart", "-o", str(tmp_path / "c.png"))):
        done = _tracker(*args)
        assert done.returncode == 0, done.stderr
        assert b"Warning" not in done.stderr and len(done.stderr.splitlines()) == 1, done.stderr


def test_a_new_database_in_a_read_only_folder_says_the_folder_is_read_only(tmp_path):
    """HOME (or any folder) read-only, and `tracker add` there: `Cannot open …: unable to open database
    file (is the folder there, and may you read it?)`, which guessed. It names the cause now."""
    from test_files import run_read_only

    folder = tmp_path / "home"
    folder.mkdir()
    done = run_read_only(
        folder, "--db", str(folder / "new.db"), "add", "--date", "2025-11-24", "--country", "TJ", "--type", "battles"
    )
    assert done.returncode == 1
    assert done.stderr == (
        f"Error: Cannot create {folder / 'new.db'}: the folder {folder} is read-only. Nothing was changed; choose a "
        "folder you may write in (TRACKER_DB names the database).\n"
    )
    assert list(folder.iterdir()) == []
