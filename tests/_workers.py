"""Worker processes for the reliability tests, run as ``python tests/_workers.py MODE …``.

Each is a real process of its own, running the real CLI against a real file named by
``TRACKER_DB``: :func:`tracker` does what the ``tracker`` script does for each command,
except that the Click command is built once per process rather than once per command
(that costs ~25 ms, and 1,000 adds should test the database, not Typer's start-up).
They print one JSON line: what they did and every failure they saw.

- ``adds N TAG``: N ``tracker add`` commands, described ``TAG-0`` … ``TAG-(N-1)``.
- ``hold SECONDS``: take the write lock, print ``locked``, hold it, then commit.
- ``killed-at K ARGS…``: run ``tracker ARGS…`` and SIGKILL this process when the K-th
  SQL statement of the command is about to run (K counted from the command's first
  write transaction); prints nothing if it was killed. ``ARGS`` may be ``bulk N``:
  the library adding N incidents in one transaction (a big multi-row write).
- ``bulk N``: that write, without a kill point (the test kills it at a random moment).
- ``serve``: run many of the above as forks of one process that has imported the CLI
  once (see :func:`serve`), for tests that start dozens of them one after another.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import sys
import time
from typing import Any

_COMMAND: Any = None


def tracker(args: list[str]) -> tuple[int, str, str]:
    """Run ``tracker ARGS`` in this process: (exit code, stdout, stderr)."""
    global _COMMAND
    import contextlib
    import io

    import typer

    from incident_tracker.cli import app

    if _COMMAND is None:
        _COMMAND = typer.main.get_command(app)
    out, err = io.StringIO(), io.StringIO()
    code: Any = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            _COMMAND.main(args=args, prog_name="tracker")
        except SystemExit as exc:
            code = exc.code or 0
    return int(code), out.getvalue(), err.getvalue()


def adds(count: int, tag: str) -> dict[str, Any]:
    failures = []
    for index in range(count):
        args = ["add", "--date", "2025-11-24", "--country", "TJ", "--type", "battles"]
        args += ["--description", f"{tag}-{index}", "--killed", str(index % 7), "--no-input"]
        code, out, err = tracker(args)
        said = err.split("\n", 1)[1] if err.startswith("Created new database") else err  # the first write (issue 16)
        if code != 0 or not out.strip().isdigit() or not said.startswith("Added incident"):
            failures.append({"args": args, "exit": code, "stdout": out, "stderr": err})
    return {"tag": tag, "done": count, "failures": failures}


def hold(seconds: float) -> dict[str, Any]:
    conn = sqlite3.connect(os.environ["TRACKER_DB"], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE incidents SET notes = 'held' WHERE id = 1")
    print("locked", flush=True)
    time.sleep(seconds)
    conn.execute("COMMIT")
    return {"held": seconds}


def bulk(count: int) -> dict[str, Any]:
    """N incidents written by the library in one transaction: all land, or none."""
    from incident_tracker.store import IncidentStore
    from incident_tracker.store.database import transaction

    store = IncidentStore.open(os.environ["TRACKER_DB"])
    with transaction(store.conn):
        for index in range(count):
            store.add(
                {"event_date": "2025-10-01", "event_type": "Riots", "country": "KG", "description": f"bulk-{index}"},
                sources=[{"outlet": "Bulk Wire", "note": f"row {index}"}],
            )
    total = store.count()
    store.close()
    return {"added": count, "total": total}


def killed_at(point: int, args: list[str]) -> dict[str, Any]:
    """Count statements from the first BEGIN IMMEDIATE; die with SIGKILL at ``point``."""
    from incident_tracker.store import database

    seen: dict[str, Any] = {"count": 0, "writing": False, "commit_at": None}

    def trace(statement: str) -> None:
        if statement.startswith("BEGIN IMMEDIATE"):
            seen["writing"] = True
        if seen["writing"]:
            seen["count"] += 1
            if statement.startswith("COMMIT") and seen["commit_at"] is None:
                seen["commit_at"] = seen["count"]
            if seen["count"] == point:
                os.kill(os.getpid(), signal.SIGKILL)

    real_open = database._open

    def traced_open(path: Any) -> Any:
        conn = real_open(path)
        conn.set_trace_callback(trace)
        return conn

    database._open = traced_open  # the real function, with a trace callback added
    if args[0] == "bulk":
        return {**bulk(int(args[1])), "statements": seen["count"], "commit_at": seen["commit_at"]}
    code, _, err = tracker(args)
    return {"exit": code, "stderr": err, "statements": seen["count"], "commit_at": seen["commit_at"]}


def run_mode(mode: str, rest: list[str]) -> dict[str, Any]:
    if mode == "adds":
        return adds(int(rest[0]), rest[1])
    if mode == "hold":
        return hold(float(rest[0]))
    if mode == "bulk":
        return bulk(int(rest[0]))
    if mode == "killed-at":
        return killed_at(int(rest[0]), rest[1:])
    raise SystemExit(f"unknown mode {mode}")


def serve() -> None:
    """Read requests, one JSON line each (``{"args": [MODE, …], "env": {…}}``), and run each
    in a child forked from this process; answer one JSON line each: the child's
    ``returncode`` (``-9`` when SIGKILL ended it, as ``subprocess`` reports), ``stdout``
    and ``stderr``.

    Each child is a real process of its own that opens the database itself, runs the
    command and dies as a separately started worker would; what it does not pay is
    Python's start-up and the CLI's imports (~0.3 s of CPU), done once here. This
    process never opens a database, so no child inherits a connection.
    """
    import tempfile
    import traceback

    import typer

    from incident_tracker.cli import app
    from incident_tracker.store import database  # noqa: F401  (what killed-at traces)

    global _COMMAND
    _COMMAND = typer.main.get_command(app)
    for line in sys.stdin:
        request = json.loads(line)
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            sys.stdout.flush()
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:  # the child: its own output files and environment, then the mode
                code = 0
                try:
                    os.dup2(out.fileno(), 1)
                    os.dup2(err.fileno(), 2)
                    os.environ.clear()
                    os.environ.update(request["env"])
                    mode, *rest = request["args"]
                    print(json.dumps(run_mode(mode, rest)), flush=True)
                except SystemExit as exc:  # as the interpreter ends a process with it
                    if not isinstance(exc.code, int | None):
                        print(exc.code, file=sys.stderr)
                    code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
                except Exception:  # noqa: BLE001  (a worker process prints its traceback and exits 1)
                    traceback.print_exc()
                    code = 1
                finally:
                    sys.stdout.flush()
                    sys.stderr.flush()
                    os._exit(code)
            _, status = os.waitpid(pid, 0)
            answer = {"returncode": os.waitstatus_to_exitcode(status)}
            for name, stream in (("stdout", out), ("stderr", err)):
                stream.seek(0)
                answer[name] = stream.read().decode("utf-8", "replace")
        print(json.dumps(answer), flush=True)


def main() -> None:
    mode, *rest = sys.argv[1:]
    if mode == "serve":
        serve()
        return
    print(json.dumps(run_mode(mode, rest)), flush=True)


if __name__ == "__main__":
    main()
