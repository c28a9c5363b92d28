"""A file too damaged for SQLite to read: how ``tracker check`` tells it, and what it says to do.

The error every other command gives for such a file sends the user to ``tracker check``; check
itself reports the damage as its one problem instead of giving that error again.
"""

from __future__ import annotations

import shlex
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .maintenance import CheckReport


def is_damage(exc: sqlite3.DatabaseError) -> bool:
    """Did SQLite stop because the file is damaged (not busy, not read-only, not a full disk)?"""
    return getattr(exc, "sqlite_errorname", "").startswith("SQLITE_CORRUPT")


def unreadable(path: Path) -> str | None:
    """What SQLite says when it stops reading the file at ``path`` as damaged, else None."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc) if is_damage(exc) else None
    finally:
        conn.close()
    return None


def damaged_report(path: Path, damage: str) -> CheckReport:
    """A report with the damage as its one problem, and what to do about it."""
    from .maintenance import CheckReport, Finding

    report = CheckReport(path)
    report.findings.append(
        Finding(
            "integrity",
            f"the file is damaged: SQLite stops reading it ({damage}), so nothing else could be checked. "
            f"Restore it from a backup; to save what can still be read into a new file: "
            f"sqlite3 {shlex.quote(str(path))} .recover | sqlite3 recovered.db, then 'tracker --db recovered.db check'",
        )
    )
    return report
