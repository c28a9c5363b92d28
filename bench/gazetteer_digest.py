"""A digest of a built gazetteer file's content, to check that a faster build writes the same file.

Every table is read in rowid order (the order lookups meet rows sharing a key), every
index's definition is included, and the ``meta`` values that change from build to build
(``built_at``, ``build_seconds``) are left out. Two builds with the same digest answer
every lookup the same way.

    python bench/gazetteer_digest.py PATH [PATH ...]
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from pathlib import Path

VOLATILE = {"built_at", "build_seconds"}


def digest(path: Path) -> dict[str, str]:
    """Per table (and the schema): a SHA-256 of its rows in rowid order, with the row count."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    out: dict[str, str] = {}
    try:
        schema = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
        out["schema"] = hashlib.sha256(repr(schema).encode()).hexdigest()[:16]
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall():
            sha = hashlib.sha256()
            count = 0
            for row in conn.execute(f"SELECT rowid, * FROM {table} ORDER BY rowid"):
                if table == "meta" and row[1] in VOLATILE:
                    continue
                sha.update(repr(row).encode())
                count += 1
            out[table] = f"{count} rows {sha.hexdigest()[:16]}"
    finally:
        conn.close()
    return out


def main() -> None:
    for name in sys.argv[1:]:
        print(name)
        for table, value in digest(Path(name)).items():
            print(f"  {table}: {value}")


if __name__ == "__main__":
    main()
