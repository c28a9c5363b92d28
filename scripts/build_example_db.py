"""Rebuild the shipped incidents.db from scripts/example-incidents.txt.

Runs each line through the public ``tracker`` command (``python -m incident_tracker``),
so the database is exactly what a user typing those commands would get.

Usage: python scripts/build_example_db.py [OUTPUT]   (default: incidents.db)
"""

from __future__ import annotations

import shlex
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = ROOT / "scripts" / "example-incidents.txt"


def example_commands() -> list[list[str]]:
    """The tracker commands, one argument list per line, comments skipped."""
    lines = COMMANDS.read_text(encoding="utf-8").splitlines()
    return [shlex.split(line) for line in lines if line.strip() and not line.lstrip().startswith("#")]


def build(output: Path) -> None:
    if output.exists():
        output.unlink()
    for args in example_commands():
        subprocess.run(
            [sys.executable, "-m", "incident_tracker", "--db", str(output), *args],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    # tracker leaves a written file in WAL mode; the shipped one goes back to a rollback
    # journal, so that reading it needs nothing beside it, even from read-only media.
    conn = sqlite3.connect(output)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "incidents.db"
    build(target)
    print(f"Built {target}", file=sys.stderr)
