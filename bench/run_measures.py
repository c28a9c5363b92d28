"""How ``bench/run.py`` measures and records: timings of fresh processes and of calls in turn (A B A B,
so a burst of load from the shared machine's other jobs falls on both alike), peak memory, the replay of
recorded SQL, and the rows of the result table. Apart from its sections so that each reads as what it
compares, not how it times."""

from __future__ import annotations

import datetime as dt
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import growth

# The environment the timed processes run in (in bench/growth.py, which shares it).
ENV = growth.ENV


@dataclass
class Row:
    """One line of the result table."""

    section: str
    what: str
    ours: str
    baseline: str
    ratio: float | None
    goal: str = ""
    met: bool | None = None
    note: str = ""
    cpu_ratio: float | None = None

    def cells(self) -> list[str]:
        ratio = "" if self.ratio is None else f"{self.ratio:.2f}×"
        cpu = "" if self.cpu_ratio is None else f"{self.cpu_ratio:.2f}×"
        met = "" if self.met is None else ("yes" if self.met else "**no**")
        return [self.what, self.ours, self.baseline, ratio, cpu, self.goal, met, self.note]


def compare(
    section: str,
    what: str,
    ours: Timing,
    base: Timing,
    base_label: str,
    goal: float | None = None,
    note: str = "",
) -> Row:
    """A row comparing two timings: the wall-clock ratio is judged against the goal."""
    ratio = ours.wall / base.wall
    return Row(
        section,
        what,
        f"{ms(ours.wall)}",
        f"{ms(base.wall)} ({base_label})",
        ratio,
        "" if goal is None else f"≤ {goal:g}×",
        None if goal is None else ratio <= goal,
        note,
        ours.cpu / base.cpu if base.cpu > 0 else None,
    )


RESULTS: list[Row] = []


def add(row: Row) -> None:
    RESULTS.append(row)
    print(" | ".join(row.cells()), file=sys.stderr, flush=True)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 10 else f"{seconds:.1f} s"


@dataclass
class Timing:
    """Medians of one command's runs: wall-clock seconds and CPU seconds (user + system)."""

    wall: float
    cpu: float


def run_process(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """(wall, CPU) seconds of one fresh process; CPU time is the less disturbed by other load."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env or ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status):
        raise subprocess.CalledProcessError(os.waitstatus_to_exitcode(status), command)
    return wall, usage.ru_utime + usage.ru_stime


#: Whether :func:`paired` runs each command once untimed first (not in ``--smoke``, whose
#: figures mean nothing: there the one timed run is all the check needs).
WARM_UP = [True]


def paired(commands: list[list[str]], runs: int) -> list[Timing]:
    """Median timings of several commands, run in turn (A B C A B C …) so that a burst of
    load from other jobs falls on all of them alike, after one warm-up run each."""
    for command in commands if WARM_UP[0] else ():
        run_process(command)
    samples: list[list[tuple[float, float]]] = [[] for _ in commands]
    for _ in range(runs):
        for index, command in enumerate(commands):
            samples[index].append(run_process(command))
    return [
        Timing(statistics.median(w for w, _ in sample), statistics.median(c for _, c in sample)) for sample in samples
    ]


def paired_calls(funcs: list[Callable[[], Any]], runs: int) -> list[Timing]:
    """The same for calls in this process (after one warm-up call each)."""
    for func in funcs:
        func()
    samples: list[list[tuple[float, float]]] = [[] for _ in funcs]
    for _ in range(runs):
        for index, func in enumerate(funcs):
            wall, cpu = time.perf_counter(), time.process_time()
            func()
            samples[index].append((time.perf_counter() - wall, time.process_time() - cpu))
    return [
        Timing(statistics.median(w for w, _ in sample), statistics.median(c for _, c in sample)) for sample in samples
    ]


#: Runs a command and reports its peak RSS. A small process of its own, because a child
#: forked from this (large) one would count this one's memory as its own.
RSS_CHILD = """
import resource, subprocess, sys
code = subprocess.run(sys.argv[1:], stderr=subprocess.DEVNULL).returncode
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(usage.ru_utime + usage.ru_stime, usage.ru_maxrss, file=sys.stderr)
sys.exit(code)
"""


def peak_rss(command: list[str], out: Path | None = None) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one fresh process, its output to ``out`` or nowhere."""
    handle = out.open("wb") if out else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-c", RSS_CHILD, *command], env=ENV, stdout=handle, stderr=subprocess.PIPE, check=True
        )
        seconds = time.perf_counter() - start
    finally:
        if out:
            handle.close()  # type: ignore[union-attr]
    return seconds, int(result.stderr.split()[-1]) / 1024


def cpu_and_rss(command: list[str]) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds of it and every process it started, peak RSS in MB) of one fresh process."""
    start = time.perf_counter()
    command = [sys.executable, "-c", RSS_CHILD, *command]
    result = subprocess.run(command, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True)
    cpu, rss = result.stderr.split()[-2:]
    return time.perf_counter() - start, float(cpu), int(rss) / 1024


# --- replaying the SQL the library ran (recorded by bench/recording.py) ---------------------


def replay(conn: sqlite3.Connection, statements: list[tuple[str, list[Any]]]) -> int:
    """Run the statements and fetch every row: the same SQL without the library around it."""
    count = 0
    for sql, params in statements:
        count += len(conn.execute(sql, params).fetchall())
    return count


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f"{kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": f"{cpu}, {os.cpu_count()} cores, {memory}",
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "os": platform.platform(),
        "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }
