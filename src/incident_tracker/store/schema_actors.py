"""The actor dictionary's tables as migration m011 makes them: canonical names, every spelling of
each (keys unique across the dictionary) and their history. Kept in a module of its own, as the
first release's schema is (:mod:`.schema_initial`), so that the list of migrations stays short;
like every shipped migration, this text never changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def create_actor_tables(db: Database) -> None:
    """``actors`` (ACLED's inter code as ``actor_type``), ``actor_aliases`` (one row per spelling,
    the canonical name included) and ``actor_history``, with their indexes."""
    db.execute(
        """
CREATE TABLE actors (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  actor_type INTEGER,
  country TEXT,
  source TEXT,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (actor_type IS NULL OR actor_type BETWEEN 1 AND 8)
)"""
    )
    db.execute(
        """
CREATE TABLE actor_aliases (
  actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  alias TEXT NOT NULL,
  key TEXT NOT NULL UNIQUE
)"""
    )
    db.execute("CREATE INDEX idx_actor_aliases_actor ON actor_aliases (actor_id)")
    db.execute(
        """
CREATE TABLE actor_history (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  actor_id INTEGER NOT NULL,
  changed_at TEXT NOT NULL,
  action TEXT NOT NULL,
  field TEXT,
  old_value TEXT,
  new_value TEXT,
  reason TEXT
)"""
    )
    db.execute("CREATE INDEX idx_actor_history_actor ON actor_history (actor_id)")
