"""Where the test suite's time goes: by file, by test, by fixture, collection and each worker's end.

Usage:
    python bench/suite_time.py [--out DIR] [--top 25] [-- PYTEST ARGS...]
    python bench/suite_time.py --report DIR [--top 25]

Runs ``python -m pytest -q`` (with the project's own options: xdist's workers, ``--dist``) with a
small plugin loaded in every process (this file, by ``-p suite_time``). The plugin writes one line
per test phase, per fixture set up and per collection into ``DIR/<worker>.jsonl``: its wall time
and its CPU time (user + system of the process and of the children it waited for, so a test that
runs the installed ``tracker`` is charged the child's CPU too). ``--report DIR`` prints the tables
again from a kept folder without running anything.

Why CPU as well as wall: the machine is shared, and at a load of 8 the wall of every test is
several times its CPU; the CPU seconds are what a change can be judged by from one run. The wall
of the whole run (and each worker's last moment: a worker that finishes long before the other
leaves a core idle at the end) is what CI waits for.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
OUT_ENV = "SUITE_TIME_OUT"


def _cpu() -> float:
    """CPU seconds of this process and of the children it has waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class _Recorder:
    """Appends one JSON line per measured step to this process's file (opened on first use)."""

    def __init__(self, folder: Path) -> None:
        self.name = os.environ.get("PYTEST_XDIST_WORKER", "main")
        self.file = (folder / f"{self.name}.jsonl").open("a", encoding="utf-8")

    def write(self, **record: Any) -> None:
        self.file.write(json.dumps(record) + "\n")
        self.file.flush()


_RECORDER: list[_Recorder] = []


def _record(**record: Any) -> None:
    if not _RECORDER and os.environ.get(OUT_ENV):
        _RECORDER.append(_Recorder(Path(os.environ[OUT_ENV])))
    if _RECORDER:
        _RECORDER[0].write(**record)


@pytest.hookimpl(wrapper=True)
def pytest_collection(session: pytest.Session) -> Iterator[Any]:
    wall, cpu = time.perf_counter(), _cpu()
    try:
        return (yield)
    finally:
        _record(kind="collection", wall=time.perf_counter() - wall, cpu=_cpu() - cpu, at=time.time())


def _phase(item: pytest.Item, phase: str) -> Iterator[Any]:
    wall, cpu = time.perf_counter(), _cpu()
    try:
        return (yield)
    finally:
        _record(kind=phase, test=item.nodeid, wall=time.perf_counter() - wall, cpu=_cpu() - cpu, at=time.time())


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[Any]:
    return (yield from _phase(item, "setup"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[Any]:
    return (yield from _phase(item, "call"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[Any]:
    return (yield from _phase(item, "teardown"))


@pytest.hookimpl(wrapper=True)
def pytest_fixture_setup(fixturedef: pytest.FixtureDef[Any], request: pytest.FixtureRequest) -> Iterator[Any]:
    wall, cpu = time.perf_counter(), _cpu()
    try:
        return (yield)
    finally:
        _record(
            kind="fixture",
            fixture=f"{fixturedef.argname} ({fixturedef.scope})",
            wall=time.perf_counter() - wall,
            cpu=_cpu() - cpu,
        )


def _read(folder: Path) -> dict[str, list[dict[str, Any]]]:
    return {
        path.stem: [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        for path in sorted(folder.glob("*.jsonl"))
    }


def _table(title: str, rows: list[tuple[str, float, float, int]], top: int) -> None:
    print(f"\n{title}\n{'CPU s':>8} {'wall s':>8} {'n':>6}  what")
    for name, cpu, wall, count in sorted(rows, key=lambda row: -row[1])[:top]:
        print(f"{cpu:8.2f} {wall:8.2f} {count:6d}  {name}")


def report(folder: Path, top: int) -> None:
    """The tables: collection per worker, each worker's end, files, tests, fixtures."""
    records = _read(folder)
    steps = [r for rs in records.values() for r in rs]
    tests = [r for r in steps if r["kind"] in ("setup", "call", "teardown")]
    if not tests:
        print(f"nothing recorded in {folder}")
        return
    print(f"{len({r['test'] for r in tests})} tests; CPU of their phases {sum(r['cpu'] for r in tests):.1f} s")
    print(f"{'worker':>8} {'collect CPU':>12} {'collect wall':>13} {'tests CPU':>10} {'ends after':>11}")
    start = min(r["at"] for r in steps if "at" in r)
    for worker, rs in records.items():
        collected = [r for r in rs if r["kind"] == "collection"]
        ran = [r for r in rs if r["kind"] in ("setup", "call", "teardown")]
        if not ran:
            continue
        print(
            f"{worker:>8} {sum(r['cpu'] for r in collected):12.1f} {sum(r['wall'] for r in collected):13.1f}"
            f" {sum(r['cpu'] for r in ran):10.1f} {max(r['at'] for r in ran) - start:10.1f}s"
        )
    by_phase: dict[str, list[float]] = collections.defaultdict(lambda: [0.0, 0.0, 0])
    by_file: dict[str, list[float]] = collections.defaultdict(lambda: [0.0, 0.0, 0])
    by_test: dict[str, list[float]] = collections.defaultdict(lambda: [0.0, 0.0, 0])
    for r in tests:
        for table, key in ((by_phase, r["kind"]), (by_file, r["test"].split("::")[0]), (by_test, r["test"])):
            table[key][0] += r["cpu"]
            table[key][1] += r["wall"]
            table[key][2] += r["kind"] == "call" or table is by_phase
    by_fixture: dict[str, list[float]] = collections.defaultdict(lambda: [0.0, 0.0, 0])
    for r in steps:
        if r["kind"] == "fixture":
            by_fixture[r["fixture"]][0] += r["cpu"]
            by_fixture[r["fixture"]][1] += r["wall"]
            by_fixture[r["fixture"]][2] += 1

    def rows(table: dict[str, list[float]]) -> list[tuple[str, float, float, int]]:
        return [(name, cpu, wall, int(count)) for name, (cpu, wall, count) in table.items()]

    _table("By phase", rows(by_phase), top)
    _table("By file (n: tests)", rows(by_file), top)
    _table("By test, setup + call + teardown", rows(by_test), top)
    _table(
        "By fixture, its own setup (n: times set up; a fixture's time includes those it requests)",
        rows(by_fixture),
        top,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="keep the records here (default: a new temporary folder)")
    parser.add_argument("--report", type=Path, help="print the tables of a kept folder, run nothing")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("pytest_args", nargs="*", help="after --: pytest's own arguments (files, -n0, -k)")
    args = parser.parse_args()
    if args.report:
        report(args.report, args.top)
        return
    folder = args.out or Path(tempfile.mkdtemp(prefix="suite-time-"))
    folder.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, **{OUT_ENV: str(folder)})
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "bench"), env.get("PYTHONPATH")]))
    wall = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "suite_time", "-p", "no:cacheprovider", *args.pytest_args],
        cwd=ROOT,
        env=env,
        check=False,
    )
    print(f"\npytest exited {done.returncode} after {time.perf_counter() - wall:.1f} s of wall; records in {folder}")
    report(folder, args.top)


if __name__ == "__main__":
    main()
