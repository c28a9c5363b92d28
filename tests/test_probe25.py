"""probe24's leftovers (probe25): a signal as a new file's schema commits, and a new file removed by another
process while this one waits to write to it.

The child signals itself from inside SQLite as the database file's first COMMIT starts (libc's ``raise`` as the
connection's statement trace, as tests/test_probe23_signals.py does), so that the signal is pending as the COMMIT
returns. Only the connection to the database file is traced: ``add`` on a missing file first migrates an in-memory
database, whose COMMIT is not the file's."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from conftest import signals_at_start
from test_probe23_signals import _SIGNAL_AT_FIRST_COMMIT, _run

Run = Callable[..., Result]

#: How each child runs the command line once its hook is in place.
_APP = """
import sys
from incident_tracker.cli import app
sys.argv[0] = "tracker"
app()
"""

#: Every connection to ``$TRACKER_DB`` (not the in-memory one, nor a header's ``immutable`` probe) gets the hook's
#: ``_TRACE`` as its statement trace; then the command line runs.
_TRACING_THE_DATABASE = (
    """
import os, sqlite3
_connect = sqlite3.connect

def _traced(database, *args, **kwargs):
    conn = _connect(database, *args, **kwargs)
    if os.path.basename(os.fspath(database)) == os.path.basename(os.environ["TRACKER_DB"]):
        conn.set_trace_callback(_TRACE)
    return conn

sqlite3.connect = _traced
"""
    + _APP
)

#: SIGTERM raised inside SQLite as the first COMMIT of the connection to ``$TRACKER_DB`` starts: probe23's hook
#: (libc's ``raise`` as the statement trace, its argument turned into the signal at the first COMMIT), set on that
#: connection alone.
_SIGNAL_AT_THE_FILES_FIRST_COMMIT = _SIGNAL_AT_FIRST_COMMIT.split("_connect = sqlite3.connect")[0] + "_TRACE = _raise\n"


@pytest.mark.parametrize("exists", [False, True], ids=["missing", "empty"])
def test_a_signal_as_a_new_files_schema_commits_says_the_file_was_made(tmp_path: Path, exists: bool) -> None:
    """`add` into a file that is not there (or is empty): its schema is one transaction, committed before the
    command's write. A signal as that COMMIT returns leaves a tracker database with no incident, and the command
    stops before its write. Before: `stopped. No write to the database was under way: nothing in it is half done.`,
    true, but the file the command made went unsaid (probe24's leftover); now the line says it stands."""
    db = tmp_path / "new.db"
    if exists:
        db.touch()
    done = _run(
        _SIGNAL_AT_THE_FILES_FIRST_COMMIT + _TRACING_THE_DATABASE, db, "add", "--date", "2025-11-25", "--country",
        "TJ", "--type", "battles", "--no-input",
    )  # fmt: skip
    assert done.returncode == 143, done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        f"Error: Terminated (SIGTERM): stopped after {db} was made a new, empty tracker database (it stands); the "
        "command did nothing else: run it again."
    )
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM incidents").fetchone() == (0,)


#: The command writes ``$MARK`` as its connection to ``$TRACKER_DB`` asks for the write lock (the trace runs just
#: before ``BEGIN IMMEDIATE`` does), so that the test knows it now waits for the lock the test holds.
_MARK_AT_THE_WRITE_LOCK = """
import os, pathlib

def _TRACE(sql):
    if sql.strip().upper() == "BEGIN IMMEDIATE":
        pathlib.Path(os.environ["MARK"]).touch()
"""


@pytest.mark.parametrize("then", ["removed", "replaced"])
def test_a_write_that_waited_for_a_file_removed_meanwhile_is_refused(
    tmp_path: Path, db_path: Path, run: Run, then: str
) -> None:
    """Another process holds the write lock of a tracker database (as a failed import into a new file does while it
    judges the file untouched and removes it, ``store.new_file``), and removes the file, or renames another over it,
    before it lets go. Before: the `add` that opened the file and waited for the lock was granted it on the removed
    file, wrote its incident there and said `Added incident 1` (exit 0): the incident was nowhere. Now: refused in one
    line under the lock (exit 1), nothing written, the file another put in the path untouched."""
    assert run("places", "add", "Khorugh", "--lat", "37.49", "--lon", "71.55").exit_code == 0  # a tracker database
    mark = tmp_path / "waiting"
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    command = subprocess.Popen(
        [sys.executable, "-c", signals_at_start() + _MARK_AT_THE_WRITE_LOCK + _TRACING_THE_DATABASE, "add",
         "--date", "2025-11-25", "--country", "TJ", "--type", "battles", "--no-input"],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "TRACKER_DB": str(db_path), "MARK": str(mark)},
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 90
        while not mark.exists() and command.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert mark.exists(), command.communicate()
        time.sleep(0.3)  # the command is inside SQLite's busy handler, waiting for the lock
        other = tmp_path / "other.db"
        if then == "replaced":
            shutil.copyfile(db_path, other)
            os.replace(other, db_path)
        else:
            db_path.unlink()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    out, err = command.communicate(timeout=120)
    assert command.returncode == 1, out + err
    assert "Added" not in out + err
    assert err.strip().splitlines() == [
        f"Error: Cannot write to {db_path}: another process removed or replaced the file while this command waited "
        "to write to it (a new database that a failed import removed, or a file put in its place). Nothing was "
        "written; run the command again."
    ]
    if then == "replaced":
        with sqlite3.connect(db_path) as conn:
            assert conn.execute("SELECT count(*) FROM incidents").fetchone() == (0,)
    else:
        assert not db_path.exists()


def _raising_as_it_returns(module: str, function: str, signal: str) -> str:
    """Child code: ``module.function`` runs, then raises ``signal`` in the process, which is pending as it returns,
    as one that came during the call."""
    return (
        f"import ctypes, {module} as _module\n"
        f"_real, _raise = _module.{function}, getattr(ctypes.CDLL(None), 'raise')\n"
        f"_module.{function} = lambda *a, **k: (_real(*a, **k), _raise(int(_signal.{signal})))[0]\n"
    )


#: ``tempfile.mkstemp`` makes its file, then raises SIGTERM: as one that came while the temporary file beside the
#: output was made.
_SIGNAL_AS_THE_TEMPORARY_IS_MADE = _raising_as_it_returns("tempfile", "mkstemp", "SIGTERM")


@pytest.mark.parametrize("command", ["export", "backup", "import"])
def test_a_signal_as_the_temporary_beside_the_output_is_made_leaves_nothing(
    run: Run, db_path: Path, tmp_path: Path, command: str
) -> None:
    """`export -o` and `backup` write a hidden temporary file beside the output, then rename it into place; `import -`
    copies standard input into the temporary folder. SIGTERM as that file was made (between ``mkstemp``'s creation
    and the writer's removal being armed). Before: exit 143 and `.out.csv.XXXX.tmp`, `.copy.db.XXXX.partial` or
    `tracker-import-XXXX.csv` left for good (no process id in their names, so no later command removes them as
    stale). Now the file is made with the signals held (``exchange.temporaries``) and removed as the signal is let
    through: 143, nothing left."""
    assert run("add", "--date", "2025-11-20", "--country", "TJ", "--type", "battles", "--no-input").exit_code == 0
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / ("out.csv" if command == "export" else "copy.db")
    args = {"export": ["export", "-o", str(target)], "backup": ["backup", str(target)], "import": ["import", "-", "-f",
            "csv"]}[command]  # fmt: skip
    # TMPDIR: where import - copies its input
    done = _run(_SIGNAL_AS_THE_TEMPORARY_IS_MADE + _APP, db_path, *args, TMPDIR=str(folder))
    assert done.returncode == 143, done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("Error: Terminated (SIGTERM): stopped.")
    assert sorted(path.name for path in folder.iterdir()) == []


def test_a_full_disk_under_a_gazetteer_build_is_said_of_the_gazetteer(tmp_path: Path) -> None:
    """`gazetteer build` into a cache folder whose disk fills (a file-size limit here, as ``ulimit -f``; a full
    tmpfs said the same). Before: `Error: Database error: the disk is full (or the file reached its size limit).
    Nothing was changed; free some space.`, which reads as the incident database's. Now the gazetteer and its folder
    are named; the temporary file is gone, as before."""
    import resource

    from test_probe24 import _SMALL_SOURCE, three_places

    source = three_places(tmp_path)
    cache = tmp_path / "cache"
    cache.mkdir()

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (32_768, 32_768))

    done = subprocess.run(
        [sys.executable, "-c", signals_at_start() + _SMALL_SOURCE + _APP, "gazetteer", "build", "--force"],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120, cwd=tmp_path, preexec_fn=small_disk,
        env={**os.environ, "TRACKER_CACHE_DIR": str(cache), "SOURCE": str(source)},
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    said = done.stderr.strip().splitlines()[-1]  # a size limit reads "disk I/O error" in SQLite, a full disk "full"
    assert said.startswith(f"Error: Cannot build the offline gazetteer in {cache}: the disk "), said
    assert "Nothing was changed" in said and "Database error" not in said
    assert list(cache.iterdir()) == []


#: One place of a GeoNames country file (its 19 tab-separated columns), as ``gazetteer add`` reads it.
_TJ_LINE = "\t".join(
    ["9100001", "Qalaikhum", "Qalaikhum", "Kalaikhum", "38.46", "70.79", "P", "PPL", "TJ", "", "01", "", "", "",
     "30000", "", "2000", "Asia/Dushanbe", "2020-01-01"]
)  # fmt: skip


def test_a_full_disk_under_a_gazetteer_merge_is_said_of_the_gazetteer(tmp_path: Path) -> None:
    """`gazetteer add TJ.txt` into a gazetteer whose disk is full (a file-size limit at its present size). Before:
    `Error: Database error: the disk … Nothing was changed; free some space.`; now the gazetteer is named, and so is
    the country file the command kept in the cache folder (a later build merges it). The gazetteer is as it was."""
    import resource

    from test_probe24 import _SMALL_SOURCE, three_places

    source, cache = three_places(tmp_path), tmp_path / "cache"
    cache.mkdir()
    env = {**os.environ, "TRACKER_CACHE_DIR": str(cache), "SOURCE": str(source)}
    command = [sys.executable, "-c", signals_at_start() + _SMALL_SOURCE + _APP, "gazetteer"]
    built = subprocess.run([*command, "build"], capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    (gazetteer,) = cache.glob("gazetteer*.sqlite")
    size, before = gazetteer.stat().st_size, gazetteer.read_bytes()
    (tmp_path / "TJ.txt").write_text(_TJ_LINE + "\n", encoding="utf-8")

    def full_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    done = subprocess.run(
        [*command, "add", "TJ.txt"], capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path,
        preexec_fn=full_disk, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    said = done.stderr.strip().splitlines()[-1]
    assert said.startswith(f"Error: Cannot merge TJ into the offline gazetteer ({gazetteer}): the disk "), said
    assert said.endswith(f"Its country file stays in {cache / 'geonames'}, so a later add or build merges it."), said
    assert gazetteer.read_bytes() == before


def test_add_into_an_empty_read_only_file_is_not_called_an_old_database(run: Run, tmp_path: Path) -> None:
    """An empty file that cannot be written (its mode, or a read-only folder): `add` cannot make it a tracker
    database. Before: `… needs an upgrade to this version of incident-tracker, … or open it with the version that
    made it.`, of a file no version made. Now it is called empty and read-only; the file stays empty."""
    db = tmp_path / "empty.db"
    db.touch()
    db.chmod(0o444)
    result = run("--db", str(db), "add", "--date", "2025-11-20", "--country", "TJ", "--type", "battles",
                 "--no-input", expect=1)  # fmt: skip
    assert result.stderr == (
        f"Error: {db} is empty, and the file or its folder is read-only: no tracker database can be made in it. "
        "Nothing was written; give a file you can write to.\n"
    )
    assert db.stat().st_size == 0
