"""Triggers tracker did not make: a write never runs one silently.

A database file passes from analyst to analyst and through DB Browser for SQLite, where anyone may
add a trigger to our tables: one that copies every new description elsewhere, raises, or (with
``RAISE(IGNORE)``) quietly drops the history entry a write makes. SQLite runs a trigger as part of
the write that fires it, and Python 3.11 cannot turn triggers off for a connection
(``SQLITE_DBCONFIG_ENABLE_TRIGGER`` needs ``Connection.setconfig``, new in 3.12), nor can
``PRAGMA trusted_schema = OFF`` be used: it stops our own search-index triggers ("unsafe use of
virtual table"). So every write transaction first compares the file's triggers with ours, by name
and by the SQL each of our migrations ever gave it, and refuses the write, in one line naming the
trigger, when one is not ours. Reading fires no trigger (SQLite runs them only for INSERT, UPDATE
and DELETE), so reading commands read such a file as it is; ``tracker check`` names the trigger.
"""

from __future__ import annotations

import hashlib
import shlex
import sqlite3
from pathlib import Path

from ..errors import DatabaseError

#: Our triggers: name → the SHA-256 (first 16 hex digits) of each SQL text a migration of ours has
#: given it (``incidents_ai`` and ``sources_ai`` were made again by m007, the six ``*_stats_*`` by
#: m017 and m019). tests/test_probe14.py checks this against the triggers of a database migrated one step at a time.
OWN_TRIGGERS: dict[str, frozenset[str]] = {
    "incident_weapons_stats_ad": frozenset({"e05ba71d56a509a9", "4e11754bc18eb9e4", "e2a7dc21b55a1ad5"}),
    "incident_weapons_stats_ai": frozenset({"a5298c1403ba677a", "566434716fd7d84e", "07b11fb1c26a98db"}),
    "incident_weapons_stats_au": frozenset({"8c731f82fb9a0ca3", "7870d5382f41bee9", "e703b930a076f7cd"}),
    "incidents_ad": frozenset({"fb9e6985eec29cff"}),
    "incidents_ai": frozenset({"7d8e63c91261f397", "d2cfa3830525e829"}),
    "incidents_au": frozenset({"d77203829c09f56f"}),
    "incidents_stats_ad": frozenset({"d8f918b6f8a12865", "4f0251a6fb5b86b1", "1a170b9164f7394e"}),
    "incidents_stats_ai": frozenset({"a8d584d90f8a47f1", "f5274b5e72567dfe", "24ea440a0afdda8a"}),
    "incidents_stats_au": frozenset({"e68dd9b9770aaef1", "3961dffd8fd37260", "89c25e38f4515266"}),
    "sources_ad": frozenset({"d0a4cab0b44a717e"}),
    "sources_ai": frozenset({"58ff6d88d9446f51", "affca7540cb8982a"}),
    "sources_au": frozenset({"31a603778b56bd1a"}),
}


class ForeignTriggerError(DatabaseError):
    """The file holds a trigger tracker did not make; the write was refused before anything ran."""


def fingerprint(sql: str) -> str:
    """The short SHA-256 by which :data:`OWN_TRIGGERS` knows a trigger's SQL."""
    return hashlib.sha256(sql.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def foreign_triggers(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """The file's triggers that are not ours (or ours by name with other SQL), as (name, table)."""
    found = conn.execute("SELECT name, tbl_name, sql FROM main.sqlite_master WHERE type = 'trigger' ORDER BY name")
    return [
        (str(name), str(table))
        for name, table, sql in found
        if fingerprint(str(sql or "")) not in OWN_TRIGGERS.get(str(name), frozenset())
    ]


def describe_triggers(triggers: list[tuple[str, str]]) -> str:
    """``spy (on incidents), spy2 (on history)``, quoted when a name needs it."""
    return ", ".join(f"{name!r} (on {table})" for name, table in triggers[:5]) + (" …" if len(triggers) > 5 else "")


def refuse_foreign_triggers(conn: sqlite3.Connection, path: Path | str) -> None:
    """Raise :class:`ForeignTriggerError` when the file holds a trigger that is not ours."""
    triggers = foreign_triggers(conn)
    if not triggers:
        return
    name = triggers[0][0]
    quoted = '"' + name.replace('"', '""') + '"'
    file = shlex.quote(str(path))
    raise ForeignTriggerError(
        f"{path} holds a trigger tracker did not make: {describe_triggers(triggers)}. It would run inside "
        f"this write, so nothing was written. Read it with: sqlite3 {file} {shlex.quote('.schema ' + quoted)}; "
        f"if nobody needs it, remove it (sqlite3 {file} {shlex.quote('DROP TRIGGER ' + quoted)}) and try again."
    )
