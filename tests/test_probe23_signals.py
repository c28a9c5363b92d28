"""probe22's and conc31's leftovers (probe23): a signal during an output's rename into place, and Ctrl-C between
the writes of a command that makes several.

The child of each test sends itself the signal from inside the call under test, through libc's ``raise`` (ctypes),
so that it is pending when that call returns, as a signal that came during it would be. Each failed against main's
``src`` before this branch (docs/reliability.md, the seventh pass)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from conftest import add_a_battle, signals_at_start
from test_geo_border import own_gazetteer_copy, write_dump_zip

Run = Callable[..., Result]

#: ``os.replace`` renames, then raises SIGTERM in the process when the file renamed into place is ``$RENAMED``:
#: the signal is pending as the rename returns, as one that came during it.
_SIGNAL_AT_RENAME = """
import ctypes, os
_raise = getattr(ctypes.CDLL(None), "raise")
_real_replace = os.replace

def _replace(source, target, *args, **kwargs):
    _real_replace(source, target, *args, **kwargs)
    if os.path.basename(os.fspath(target)) == os.environ["RENAMED"]:
        _raise(int(_signal.SIGTERM))

os.replace = _replace
import sys
from incident_tracker.cli import app
sys.argv[0] = "tracker"
app()
"""


def _run(code: str, db: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", signals_at_start() + code, *args],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, env={**os.environ, "TRACKER_DB": str(db), **env},
        timeout=120,
    )  # fmt: skip


@pytest.mark.parametrize("command", ["export", "backup"])
def test_a_signal_during_the_rename_into_place_does_not_contradict_it(
    run: Run, db_path: Path, tmp_path: Path, command: str
) -> None:
    """Before: the file in place, and exit 143 with `Error: Terminated (SIGTERM): stopped.`. Now the rename runs with
    the signals held back (``cli.interrupts.last_rename``) and the command is said done before they are let through:
    exit 0, the command's own line, the file whole."""
    add_a_battle(run)
    target = tmp_path / ("out.csv" if command == "export" else "copy.db")
    args = ["export", "-o", str(target)] if command == "export" else ["backup", str(target)]
    done = _run(_SIGNAL_AT_RENAME, db_path, *args, RENAMED=target.name)
    assert done.returncode == 0, done.stderr
    assert "Error" not in done.stderr and "Terminated" not in done.stderr, done.stderr
    assert ("Wrote 1 incident" if command == "export" else "Backed up 1 incident") in done.stderr + done.stdout
    if command == "export":
        assert len(target.read_text(encoding="utf-8").splitlines()) == 2
    else:
        with sqlite3.connect(target) as conn:
            assert conn.execute("SELECT count(*) FROM incidents").fetchone() == (1,)


#: SIGTERM raised inside SQLite as the process's first COMMIT starts (libc's ``raise`` as every connection's
#: statement trace, as in test_probe22_signals.py), then no more: on an old file that COMMIT is its upgrade's.
_SIGNAL_AT_FIRST_COMMIT = """
import ctypes, sqlite3
_seen = []

class _AtFirstCommit:
    @classmethod
    def from_param(cls, sql):
        if sql.strip().upper() != "COMMIT":
            return 0
        _seen.append(sql)
        return int(_signal.SIGTERM) if len(_seen) == 1 else 0

_raise = getattr(ctypes.CDLL(None), "raise")
_raise.argtypes, _raise.restype = [_AtFirstCommit], ctypes.c_int
_connect = sqlite3.connect

def _traced(*args, **kwargs):
    conn = _connect(*args, **kwargs)
    conn.set_trace_callback(_raise)
    return conn

sqlite3.connect = _traced
import sys
from incident_tracker.cli import app
sys.argv[0] = "tracker"
app()
"""

_RELEASE_0_1_0 = Path(__file__).parent / "fixtures" / "release-0.1.0.db"


@pytest.mark.parametrize(
    ("args", "written"),
    [
        (["add", "--date", "2025-11-25", "--country", "TJ", "--type", "battles", "--no-input"],
         "SELECT count(*) FROM incidents WHERE event_date = '2025-11-25'"),
        (["delete", "1", "--reason", "a duplicate"],
         "SELECT count(*) FROM incidents WHERE deleted_at IS NOT NULL AND id = 1"),
    ],
    ids=["add", "delete"],
)  # fmt: skip
def test_a_signal_at_an_old_files_upgrade_stops_the_command_and_says_no_write_was_undone(
    tmp_path: Path, args: list[str], written: str
) -> None:
    """A release-0.1.0 file is upgraded as the command opens it, in one transaction of its own, before the
    command's write. SIGTERM as that upgrade commits: the upgrade stands, the command stops before its write (143),
    and its line says the file was upgraded, not that a write was rolled back (probe23) nor only that none was under
    way (probe24: true, but the upgrade went unsaid). Before: `add` said `A write that had not finished was rolled
    back` of the upgrade that stood (a signal raised as a COMMIT returned was taken for a COMMIT that failed), and
    `delete`, which opens the store inside its write call, spent its write's signal hold on the upgrade's COMMIT:
    it went on and deleted, with Ctrl-C ignored from the upgrade on (exit 0)."""
    from incident_tracker.store.migrations import known_migration_names

    db = tmp_path / "old.db"
    db.write_bytes(_RELEASE_0_1_0.read_bytes())
    with sqlite3.connect(db) as conn:
        assert conn.execute(written).fetchone() == (0,)
    done = _run(_SIGNAL_AT_FIRST_COMMIT, db, *args)
    assert done.returncode == 143, done.stderr
    assert done.stderr.strip().splitlines()[-1] == (  # probe24: the line says the upgrade stands
        f"Error: Terminated (SIGTERM): stopped after {db} was upgraded to this version (it stands); the command did "
        "nothing else: run it again."
    )
    with sqlite3.connect(db) as conn:
        assert conn.execute(written).fetchone() == (0,)
        applied = {name for (name,) in conn.execute("SELECT name FROM _sqlite_migrations")}
    assert applied == known_migration_names()


#: ``IncidentStore.edit`` edits, then raises SIGINT in the process at its second geocoding edit: the signal
#: is pending as that edit returns, committed, as one that came during its COMMIT.
_SIGNAL_AT_SECOND_GEOCODING = """
import ctypes
from incident_tracker.geo.batch import REASON
from incident_tracker.store import IncidentStore
_raise = getattr(ctypes.CDLL(None), "raise")
_real_edit = IncidentStore.edit
_edits = []

def _edit(self, *args, **kwargs):
    done = _real_edit(self, *args, **kwargs)
    if kwargs.get("reason") == REASON:
        _edits.append(args)
        if len(_edits) == 2:
            _raise(int(_signal.SIGINT))
    return done

IncidentStore.edit = _edit
import sys
from incident_tracker.cli import app
sys.argv[0] = "tracker"
app()
"""


@pytest.mark.parametrize("command", ["geocode", "import"])
def test_ctrl_c_between_geocoding_writes_says_what_was_saved(
    run: Run, db_path: Path, tmp_path: Path, command: str
) -> None:
    """Ctrl-C as the second of three incidents is located and saved: each edit is its own transaction, so two
    stand, and the line says so, exactly, with where to go on. Before: `Interrupted (Ctrl-C): stopped. No write …
    under way` (or `A write that had not finished was rolled back; run the command again`), which, after `import
    --geocode`, invited importing the committed file a second time."""
    rows = "".join(f"2025-11-24,TJ,battles,{place}\n" for place in ("Khorugh", "Vanj", "Rushon"))
    (tmp_path / "three.csv").write_text(f"event_date,country,event_type,place\n{rows}", encoding="utf-8")
    if command == "geocode":
        run("import", str(tmp_path / "three.csv"))  # three incidents with a place and no coordinates
        args = ["geocode", "--missing"]
    else:
        args = ["import", str(tmp_path / "three.csv"), "--geocode"]
    done = _run(_SIGNAL_AT_SECOND_GEOCODING, db_path, *args)
    assert done.returncode == 130, done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        "Error: Interrupted (Ctrl-C): stopped after 2 of 3 incidents without coordinates were located and saved "
        "(they stand); 'tracker geocode --missing' locates the rest."
    )
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*), count(latitude) FROM incidents").fetchone() == (3, 2)
    if command == "import":
        assert "Imported three.csv: 3 added" in done.stderr


def test_a_signal_as_import_geocodes_commit_says_the_import_stands(run: Run, db_path: Path, tmp_path: Path) -> None:
    """`import --geocode` leaves its import's COMMIT unheld (Ctrl-C must still stop the locating after it). SIGTERM
    as it commits: the import stands, and the line says so. Before: `stopped. No write to the database was under way`
    (after probe23's COMMIT fix) or `… rolled back; run the command again` (main): a second import of the file."""
    add_a_battle(run)
    rows = "".join(f"2025-11-24,TJ,battles,{place}\n" for place in ("Khorugh", "Vanj", "Rushon"))
    (tmp_path / "three.csv").write_text(f"event_date,country,event_type,place\n{rows}", encoding="utf-8")
    done = _run(_SIGNAL_AT_FIRST_COMMIT, db_path, "import", str(tmp_path / "three.csv"), "--geocode")
    assert done.returncode == 143, done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        "Error: Terminated (SIGTERM): stopped after three.csv was imported (it stands) and before its incidents were "
        "located; 'tracker geocode --missing' locates them."
    )
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*), count(latitude) FROM incidents WHERE id > 1").fetchone() == (3, 0)


#: ``dumps.merge_into`` merges, then raises SIGINT in the process after its first merge: pending as that merge
#: returns, committed, as a signal that came during its COMMIT.
_SIGNAL_AFTER_FIRST_MERGE = """
import ctypes
from incident_tracker.geo import dumps
_raise = getattr(ctypes.CDLL(None), "raise")
_real_merge = dumps.merge_into

def _merge_into(*args, **kwargs):
    done = _real_merge(*args, **kwargs)
    _raise(int(_signal.SIGINT))
    return done

dumps.merge_into = _merge_into
import sys
from incident_tracker.cli import app
sys.argv[0] = "tracker"
app()
"""


def test_ctrl_c_between_two_countries_merged_says_the_first_stands(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, db_path: Path
) -> None:
    """`gazetteer add TJ KG`, Ctrl-C as TJ's merge commits: TJ is in the gazetteer, KG is not, and the line names
    what stands. Before: `stopped. No write to the database was under way: nothing in it is half done.`"""
    gazetteer = own_gazetteer_copy(tmp_path_factory, tmp_path, monkeypatch)
    files = [str(write_dump_zip(tmp_path / "files" / f"{code}.zip", code)) for code in ("TJ", "KG")]
    done = _run(_SIGNAL_AFTER_FIRST_MERGE, db_path, "gazetteer", "add", *files)
    assert done.returncode == 130, done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        "Error: Interrupted (Ctrl-C): stopped after TJ was merged into the gazetteer (it stands); 'tracker gazetteer "
        "add' merges the others given."
    )
    with sqlite3.connect(gazetteer) as conn:
        merged = conn.execute("SELECT value FROM meta WHERE key = 'countries_merged'").fetchone()
    assert merged == ("TJ",)


#: ``os.replace`` renames, then raises SIGINT in the process at the first rename into a brief's staging folder
#: (``.b.md.PID.XXXX``): an image drawn, the brief not yet in place.
_SIGNAL_IN_THE_STAGING_FOLDER = """
import ctypes, os
_raise = getattr(ctypes.CDLL(None), "raise")
_real_replace = os.replace

def _replace(source, target, *args, **kwargs):
    _real_replace(source, target, *args, **kwargs)
    if os.path.basename(os.path.dirname(os.fspath(target))).startswith(".b.md."):
        _raise(int(_signal.SIGINT))

os.replace = _replace
import sys
from incident_tracker.cli import app
sys.argv[0] = "tracker"
app()
"""


def test_ctrl_c_while_a_brief_is_drawn_still_stops_it(run: Run, db_path: Path, tmp_path: Path) -> None:
    """The hold of a command's last rename is taken by the rename of the files it names only: a brief renames its
    images into a staging folder first, and the first of those spent it (this branch before this test): the brief
    was said done there, and Ctrl-C ignored to its end (exit 0, written). Now 130, nothing written beside it."""
    add_a_battle(run)
    done = _run(_SIGNAL_IN_THE_STAGING_FOLDER, db_path, "brief", "-o", str(tmp_path / "b.md"))
    assert done.returncode == 130, done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("Error: Interrupted (Ctrl-C): stopped.")
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.startswith("b")) == []
