"""Session 25's hostile probe (probe18), its second half: every command that writes a file or the database, given
outputs and inputs that are not what they seem. Two findings, each failing before its fix: an output FIFO nothing
reads (the command waited for ever), and a database reached through a symbolic link, whose ``-wal`` and
``-journal`` are named after the file the link points to (an export written there was taken by SQLite for its own
and deleted, after "Wrote 2 incidents"). docs/reliability.md, "A hostile probe: the second pass (probe18)", has the
table of what was tried and what held."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from conftest import copy_of_built

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and symbolic links are POSIX")

OUTPUTS = {
    "export -o": ["export", "-o", "{out}"],
    "chart -o": ["chart", "-f", "svg", "-o", "{out}"],
    "map -o": ["map", "-f", "svg", "-o", "{out}"],
    "backup": ["backup", "{out}"],
    "import --rejects": ["import", "{rows}", "--skip-invalid", "--dry-run", "--rejects", "{out}"],
}


def _tracker(tracker_script: str, args: list[str], cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("TRACKER_DB", None)
    return subprocess.run(
        [tracker_script, *args], env=env, capture_output=True, text=True, timeout=timeout, cwd=cwd,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip


def _one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ") and "Traceback" not in result.stderr
    return lines[0]


@pytest.fixture
def desk(tmp_path: Path, tracker_script: str) -> Path:
    """A folder with a database of two incidents (a.db) and a CSV with one bad row (rows.csv).

    The database is added by the installed ``tracker`` once a session and copied for the other tests
    (``copy_of_built``: two processes a test, 38 in this file, before)."""

    def build(_: Path) -> None:
        for day, country in (("2025-11-24", "TJ"), ("2025-11-25", "AF")):
            add = ["--db", "a.db", "add", "--date", day, "--country", country, "--type", "battles"]
            added = _tracker(tracker_script, add, tmp_path)
            assert added.returncode == 0, added.stderr

    copy_of_built("probe18 desk", tmp_path / "a.db", build)
    (tmp_path / "rows.csv").write_text("event_date,country,event_type\nbad,TJ,Battles\n2025-11-01,TJ,Battles\n")
    return tmp_path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_output_fifo_nothing_reads_is_given_up_in_one_line(desk: Path, tracker_script: str) -> None:
    """Before: opening a FIFO for writing blocks until a reader opens it, so `export -o pipe` (and `chart`, `map`,
    `backup`, `import --rejects`) with nothing reading waited for ever (a `timeout 20` ended it). Now the FIFO is
    opened without blocking and given up after 5 s: one line, exit 2, the FIFO still a FIFO, the database as it
    was. The five commands run at once, each on a FIFO of its own (one after another, as five cases, they held a
    worker for 25 s of waiting: suite26); a failure names its command."""
    before = _digest(desk / "a.db")
    env = {key: value for key, value in os.environ.items() if key != "TRACKER_DB"} | {"NO_COLOR": "1"}
    started = time.monotonic()
    running: dict[str, tuple[str, subprocess.Popen[str]]] = {}
    for index, (command, parts) in enumerate(OUTPUTS.items()):
        (desk / str(index)).mkdir()
        fifo = f"{index}/out.fifo"
        os.mkfifo(desk / fifo)
        args = [part.format(out=fifo, rows="rows.csv") for part in parts]
        running[command] = fifo, subprocess.Popen(
            [tracker_script, "--db", "a.db", *args], env=env, cwd=desk, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
    for command, (fifo, process) in running.items():
        out, err = process.communicate(timeout=90)
        result = subprocess.CompletedProcess(process.args, process.returncode, out, err)
        assert (command, result.returncode) == (command, 2), result.stderr
        assert (command, _one_error_line(result)) == (
            command,
            f"Error: Nothing read from the FIFO {fifo} within 5 s: start the program that reads it first, "
            "or give a file name. Nothing was written.",
        )
        assert (command, (desk / fifo).is_fifo()) == (command, True)
    assert time.monotonic() - started < 90  # five at once share the machine: 60 s each when run one by one
    assert _digest(desk / "a.db") == before


def test_an_output_fifo_read_late_is_written_whole(desk: Path, tracker_script: str) -> None:
    """Held before, and kept: a reader that opens the FIFO within the wait gets the whole export."""
    fifo = desk / "out.fifo"
    os.mkfifo(fifo)
    read: list[bytes] = []

    def reader() -> None:
        time.sleep(1.5)
        with open(fifo, "rb") as handle:
            read.append(handle.read())

    thread = threading.Thread(target=reader)
    thread.start()
    result = _tracker(tracker_script, ["--db", "a.db", "export", "-o", fifo.name], desk, timeout=90)
    thread.join(30)
    assert result.returncode == 0, result.stderr
    assert read and read[0].count(b"\n") == 3  # the header and two incidents


@pytest.mark.parametrize("suffix", ["-wal", "-journal", "-shm"])
@pytest.mark.parametrize("command", ["export -o", "backup", "import --rejects"])
def test_the_side_files_of_a_database_reached_through_a_link_are_refused(
    command: str, suffix: str, desk: Path, tracker_script: str
) -> None:
    """Before: with `--db link.db` (a symbolic link to a.db), `export -o a.db-wal` wrote the export where SQLite
    keeps the database's log, since SQLite names a linked database's -wal and -journal after the file the link
    points to: "Wrote 2 incidents to a.db-wal", and SQLite deleted the file as its own when the command closed
    the database (the -journal was left for the next opening to find). Now those names are the database's too."""
    (desk / "link.db").symlink_to("a.db")
    before = _digest(desk / "a.db")
    out = f"a.db{suffix}"
    args = [part.format(out=out, rows="rows.csv") for part in OUTPUTS[command]]
    result = _tracker(tracker_script, ["--db", "link.db", *args], desk)
    assert result.returncode == 2, result.stderr
    assert _one_error_line(result) == (
        f"Error: Cannot write {out}: it is the database's {suffix[1:]} file. Nothing was written; "
        "choose another file name."
    )
    assert not (desk / out).exists() and _digest(desk / "a.db") == before


def test_gazetteer_build_rebuilds_a_gazetteer_file_that_cannot_be_read(
    tmp_path: Path, run: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: with the cache's gazetteer damaged (here 5,000 random bytes; a truncated copy, another program's
    file), `tracker gazetteer build`, even with --force, stopped with "The gazetteer … cannot be read (file is not a
    database); rebuild it with 'tracker gazetteer build'" (exit 1): a dead end, while any lookup rebuilt it. Now the
    command rebuilds it, as its error says; the file is replaced by rename (a symbolic link there is replaced, the
    file it pointed to is left as it was). The build reads three places (``geo.build.build``'s own ``source``), in
    this process: the rebuild of a damaged file is what is tested, and the whole build of GeoNames' 235,000 places in
    a ``tracker`` process took 8 s of CPU here (probe24); the session's gazetteer is built whole."""
    from functools import partial

    from incident_tracker.geo import build as build_module
    from incident_tracker.geo.gazetteer import default_path
    from test_probe24 import three_places

    monkeypatch.setattr(build_module, "build", partial(build_module.build, source=three_places(tmp_path)))
    cache = tmp_path / "cache"
    cache.mkdir()
    monkeypatch.setenv("TRACKER_CACHE_DIR", str(cache))
    name = default_path().name
    (cache / name).write_bytes(os.urandom(5000))
    built = run("gazetteer", "build")
    assert f"Built {cache / name}: 3 places" in built.stderr and "Traceback" not in built.stderr
    status = run("gazetteer", "status")
    assert "places: 3" in status.stdout, status.stdout


@pytest.mark.parametrize("command", [["import"], ["import", "-f", "json"], ["places", "import"]])
def test_importing_a_database_file_says_it_is_one(command: list[str], desk: Path, tracker_script: str) -> None:
    """Before: `tracker import other.db` (another desk's database) said "other.db is UTF-16 text (or not text at
    all), not UTF-8; save it as UTF-8", advice that fits no database. Now it says what the file is, and how its
    incidents can be brought in. Exit 2, both files unchanged."""
    other = desk / "other.db"
    other.write_bytes((desk / "a.db").read_bytes())
    before = _digest(desk / "a.db")
    result = _tracker(tracker_script, ["--db", "a.db", *command, "other.db"], desk)
    assert result.returncode == 2, result.stderr
    assert _one_error_line(result) == (
        "Error: other.db is an SQLite database, not a csv, jsonl or json file: export its incidents from it, and "
        "import that file. Nothing was imported."
    )
    assert _digest(desk / "a.db") == before == _digest(other)
