"""Whether two tracker databases hold the same rows, table by table (the import's proof of sameness).

Usage: python bench/same_tables.py A.db B.db

Every table of ``sqlite_master`` (the search indexes' shadow tables, ``sqlite_sequence`` and
``sqlite_stat1`` included) is read in rowid order (a table without rowids in the order of all
its columns) and hashed, with the columns that hold the time of the run that wrote them
masked: ``changed_at``, ``added_at`` and ``applied_at`` anywhere, ``created_at`` and
``updated_at`` outside ``incidents`` (an import keeps an incident's own). ``sqlite_master``
itself is compared too. Prints one line per table and exits 1 if any differs.
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from pathlib import Path

#: Columns holding the moment of the write, which differs from one run to the next.
_ALWAYS = {"changed_at", "added_at", "applied_at"}
_OUTSIDE_INCIDENTS = {"created_at", "updated_at"}


def _digests(path: Path) -> dict[str, tuple[int, str]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        found: dict[str, tuple[int, str]] = {}
        master = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
        found["sqlite_master"] = (len(master), hashlib.sha256(repr(master).encode()).hexdigest()[:16])
        tables = [
            name for kind, name, _, sql in master if kind == "table" and not (sql or "").startswith("CREATE VIRTUAL")
        ]
        for table in tables:
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
            masked = _ALWAYS | (_OUTSIDE_INCIDENTS if table != "incidents" else set())
            shown = ", ".join(f'NULL AS "{c}"' if c in masked else f'"{c}"' for c in columns)
            has_rowid = not conn.execute(
                "SELECT 1 FROM sqlite_master WHERE name = ? AND sql LIKE '%WITHOUT ROWID%'", [table]
            ).fetchone()
            order = "rowid" if has_rowid else ", ".join(f'"{c}"' for c in columns)
            rowid = "rowid, " if has_rowid else ""
            sha = hashlib.sha256()
            count = 0
            for row in conn.execute(f'SELECT {rowid}{shown} FROM "{table}" ORDER BY {order}'):
                sha.update(repr(row).encode())
                count += 1
            found[table] = (count, sha.hexdigest()[:16])
        return found
    finally:
        conn.close()


def main() -> None:
    first, second = (Path(arg) for arg in sys.argv[1:3])
    a, b = _digests(first), _digests(second)
    differ = 0
    for table in sorted(a.keys() | b.keys()):
        same = a.get(table) == b.get(table)
        differ += not same
        print(f"{'same' if same else 'DIFFERS':8s} {table:32s} {a.get(table)} {b.get(table) if not same else ''}")
    print(f"{len(a.keys() | b.keys()) - differ} of {len(a.keys() | b.keys())} tables identical")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
