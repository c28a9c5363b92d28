"""Reference documentation generated from the code, so it cannot drift.

``docs/cli.md``, ``docs/record.md`` and ``docs/schema.md`` embed the output of
these functions between cog markers; ``cog -r docs/*.md`` refreshes them and a
test (``tests/test_docs.py``) fails when they are stale.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .. import models


def _walk(command: Any, path: list[str]) -> Iterator[list[str]]:
    yield path
    commands = getattr(command, "commands", None)
    if commands:
        for name in sorted(commands, key=lambda n: list(commands).index(n)):
            yield from _walk(commands[name], [*path, name])


def cli_reference() -> str:
    """Markdown with the ``--help`` of every command, in the order of ``tracker --help``."""
    import typer
    from typer.testing import CliRunner

    from . import app

    group = typer.main.get_command(app)
    runner = CliRunner()
    sections: list[str] = []
    for path in _walk(group, []):
        result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "80", "NO_COLOR": "1"}, prog_name="tracker")
        title = " ".join(["tracker", *path])
        sections.append(f"## {title}\n\n```\n{result.stdout.rstrip()}\n```\n")
    return "\n".join(sections)


def command_paths() -> list[str]:
    """Every command as typed (``tracker source add``), for the docs-completeness test."""
    import typer

    from . import app

    return [" ".join(["tracker", *p]) for p in _walk(typer.main.get_command(app), []) if p]


def record_reference() -> str:
    """Markdown tables of the vocabularies the record accepts."""
    lines = ["### Event types and sub-event types (ACLED)", ""]
    lines += ["| event_type | sub_event_type |", "|---|---|"]
    for event_type, subs in models.EVENT_TYPES.items():
        lines.append(f"| {event_type} | {'; '.join(subs)} |")
    lines += ["", "Short forms accepted for --type: " + ", ".join(f"`{k}`" for k in models.EVENT_TYPE_ALIASES), ""]
    for title, values in (
        ("Attribution statuses", models.ATTRIBUTION_STATUSES),
        ("Date precision", models.DATE_PRECISIONS),
        ("Geo precision", models.GEO_PRECISIONS),
        ("Weapons", models.WEAPONS),
        ("Target types", models.TARGET_TYPES),
        ("Link kinds", models.LINK_KINDS),
    ):
        lines.append(f"**{title}:** " + ", ".join(f"`{v}`" for v in values) + "\n")
    lines.append(
        "**Vague quantities** (ACLED's coding; the phrase is kept in killed_text/injured_text): "
        + ", ".join(f"{k} → {v}" for k, v in models.VAGUE_QUANTITIES.items())
        + "\n"
    )
    lines.append("**JSON / CSV field order:** " + ", ".join(f"`{f}`" for f in models.INCIDENT_FIELDS))
    return "\n".join(lines) + "\n"


def schema_sql() -> str:
    """The exact schema a new database gets, as SQL, in creation order."""
    from ..store import open_database

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "blank.db")
        try:
            return dump_schema(db.conn)
        finally:
            db.conn.close()


def dump_schema(conn: sqlite3.Connection) -> str:
    rows = conn.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'incidents_fts_%' ORDER BY rowid"
    ).fetchall()
    return "\n\n".join(row[0].strip() + ";" for row in rows) + "\n"


def exchange_reference() -> str:
    """The CSV column set and the ACLED mapping, as Markdown, from the constants the code uses."""
    from ..exchange import acled
    from ..exchange.columns import CSV_COLUMNS, FORMULA_TRIGGERS, SOURCE_KEYS

    lines = ["### CSV columns, in order", ""]
    lines.append(", ".join(f"`{c}`" for c in CSV_COLUMNS))
    lines += ["", f"Keys of each object in the `sources` cell: {', '.join(f'`{k}`' for k in SOURCE_KEYS)}.", ""]
    triggers = " ".join(f"`{t!r}`" if t in "\t\r" else f"`{t}`" for t in FORMULA_TRIGGERS)
    lines += [f"Text cells starting with {triggers} get a leading `'` (formula neutralisation).", ""]
    lines += ["### ACLED columns, in order", "", ", ".join(f"`{c}`" for c in acled.ACLED_COLUMNS), ""]
    lines += ["| our date_precision | ACLED time_precision | imported back as |", "|---|---|---|"]
    for ours, code in acled.TIME_PRECISION_OUT.items():
        lines.append(f"| {ours} | {code} | {acled.TIME_PRECISION_IN[code]} |")
    lines += ["", "| our geo_precision | ACLED geo_precision | imported back as |", "|---|---|---|"]
    for ours, code in acled.GEO_PRECISION_OUT.items():
        lines.append(f"| {ours} | {code} | {acled.GEO_PRECISION_IN[code]} |")
    lines += ["", "| our event_type | ACLED disorder_type |", "|---|---|"]
    lines += [f"| {ours} | {theirs} |" for ours, theirs in acled.DISORDER_TYPES.items()]
    return "\n".join(lines) + "\n"
