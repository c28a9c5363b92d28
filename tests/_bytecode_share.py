"""Each xdist worker writes the bytecode of its share of the modules before it collects.

On a fresh clone (CI's case) nothing is compiled yet, and every worker collects every test module: each
rewrote the assertions of all ~530 test modules and compiled the package, the scripts and the helpers
(8-9 s of CPU a worker, of ~16 for its whole collection), the same work once per worker, at the same
moment. Here the worker with index ``i`` of ``n`` first writes the files of every ``n``-th module from
the ``i``-th (pytest's rewritten ``.pyc`` for the test modules, Python's own for the rest), so that
when it collects it finds the others' share written by the other workers meanwhile. A module whose
file is already there and current is skipped; one the other worker has not written yet when it is
needed is written by the importer as before, so the outcome never depends on the timing. The files
are the ones the import itself would write (pytest's ``_rewrite_test`` and ``_write_pyc``,
``py_compile`` with the source's timestamp): with a pytest whose private names moved, the
rewritten share is skipped and collection does it all, as before.
"""

from __future__ import annotations

import os
import py_compile
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: Plain modules the workers import (the package, the scripts, the tests' helpers): compiled by share.
PLAIN_FOLDERS = ("src/incident_tracker", "scripts")


def worker_share(paths: list[Path], worker: str | None, count: str | None) -> list[Path]:
    """This worker's share of ``paths`` (every ``count``-th from its index); none outside xdist."""
    if not worker or not worker.startswith("gw") or not count:
        return []
    try:
        index, total = int(worker[2:]), int(count)
    except ValueError:
        return []
    return paths[index::total] if total > 1 else []


def modules_to_compile(root: Path = ROOT) -> tuple[list[Path], list[Path]]:
    """The test modules whose assertions pytest rewrites, and the plain modules, in a fixed order."""
    tests = sorted((root / "tests").glob("test_*.py"))
    plain = sorted((root / "tests").glob("_*.py"))
    for folder in PLAIN_FOLDERS:
        plain += sorted(path for path in (root / folder).rglob("*.py") if "__pycache__" not in path.parts)
    return tests, plain


def write_rewritten(config: pytest.Config, tests: list[Path]) -> int:
    """Write pytest's rewritten bytecode of ``tests`` where it is missing or stale; how many written."""
    try:
        from _pytest.assertion import rewrite
    except ImportError:  # pragma: no cover - pytest reorganised
        return 0
    names = ("_read_pyc", "_rewrite_test", "_write_pyc", "get_cache_dir", "assertstate_key", "PYC_TAIL")
    if not all(hasattr(rewrite, name) for name in names) or rewrite.assertstate_key not in config.stash:
        return 0  # pragma: no cover - pytest reorganised, or assertions not rewritten (--assert=plain)
    state = config.stash[rewrite.assertstate_key]
    written = 0
    for path in tests:
        pyc = rewrite.get_cache_dir(path) / (path.name[:-3] + rewrite.PYC_TAIL)
        if rewrite._read_pyc(path, pyc) is not None:
            continue
        try:
            pyc.parent.mkdir(exist_ok=True)
            source_hash, code = rewrite._rewrite_test(path, config)
        except (OSError, SyntaxError, ValueError):
            continue  # its import reports the error, as a collection error of that module alone
        written += bool(rewrite._write_pyc(state, code, source_hash, pyc))
    return written


def write_plain(modules: list[Path]) -> int:
    """Compile ``modules`` as their import would (a timestamp ``.pyc`` beside them) where it is
    missing or older than the source; how many written."""
    import importlib.util

    written = 0
    for path in modules:
        cached = Path(importlib.util.cache_from_source(str(path)))
        try:
            if cached.stat().st_mtime >= path.stat().st_mtime:
                continue
        except FileNotFoundError:
            pass
        try:
            py_compile.compile(str(path), cfile=str(cached), doraise=True)
        except (OSError, py_compile.PyCompileError):
            continue  # the import compiles it (or reports its error) as it always did
        written += 1
    return written


@pytest.hookimpl(tryfirst=True)
def pytest_collection(session: pytest.Session) -> None:
    """Before a worker collects: its share of the bytecode (see the module's docstring)."""
    if sys.dont_write_bytecode:
        return
    worker, count = os.environ.get("PYTEST_XDIST_WORKER"), os.environ.get("PYTEST_XDIST_WORKER_COUNT")
    tests, plain = modules_to_compile()
    write_rewritten(session.config, worker_share(tests, worker, count))
    write_plain(worker_share(plain, worker, count))
