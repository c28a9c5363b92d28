"""The first release's schema (migration m001): the incident record of the codebook, its
sources, history and links. Kept in a module of its own because it is the longest
migration; like every shipped migration it never changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import ATTRIBUTION_STATUSES, DATE_PRECISIONS, GEO_PRECISIONS, LINK_KINDS
from .migrations import one_of_check

if TYPE_CHECKING:
    from sqlite_utils import Database


def _count_checks(prefix: str) -> str:
    """A toll's three numbers (``killed_low`` ≤ ``killed`` ≤ ``killed_high``) are never negative and
    never out of order, whichever of them is known."""
    low, best, high = f"{prefix}_low", prefix, f"{prefix}_high"
    return (
        f"CHECK ({best} IS NULL OR {best} >= 0),\n"
        f"  CHECK ({low} IS NULL OR {low} >= 0),\n"
        f"  CHECK ({high} IS NULL OR {high} >= 0),\n"
        f"  CHECK ({low} IS NULL OR {best} IS NULL OR {low} <= {best}),\n"
        f"  CHECK ({high} IS NULL OR {best} IS NULL OR {best} <= {high}),\n"
        f"  CHECK ({low} IS NULL OR {high} IS NULL OR {low} <= {high})"
    )


def create_initial(db: Database) -> None:
    """The incident record of the codebook, its sources, history and links.

    In named steps, in the order the first release ran them: the order of ``sqlite_master``
    (and so a new database's file) stays what it always was.
    """
    _create_incidents(db)
    _create_list_fields(db)
    _create_sources_and_history(db)
    _create_links(db)
    _create_text_search(db)
    _create_indexes(db)


def _create_incidents(db: Database) -> None:
    """The record itself, with the checks that keep a vocabulary, a toll or a coordinate sane."""
    db.execute(
        f"""
CREATE TABLE incidents (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uid TEXT NOT NULL UNIQUE,
  event_date TEXT NOT NULL,
  event_date_end TEXT,
  date_precision TEXT NOT NULL DEFAULT 'day',
  place TEXT,
  location TEXT,
  admin1 TEXT,
  admin2 TEXT,
  country TEXT,
  latitude REAL,
  longitude REAL,
  geo_precision TEXT,
  geocoder TEXT,
  origin_place TEXT,
  origin_country TEXT,
  event_type TEXT NOT NULL,
  sub_event_type TEXT,
  target_type TEXT,
  victims TEXT,
  victim_nationality TEXT,
  civilian_targeting INTEGER,
  killed INTEGER,
  killed_low INTEGER,
  killed_high INTEGER,
  killed_text TEXT,
  injured INTEGER,
  injured_low INTEGER,
  injured_high INTEGER,
  injured_text TEXT,
  attribution TEXT NOT NULL DEFAULT 'unattributed',
  perpetrator TEXT,
  attributed_by TEXT,
  description TEXT,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  deleted_reason TEXT,
  CHECK ({one_of_check("date_precision", DATE_PRECISIONS, nullable=False)}),
  CHECK ({one_of_check("geo_precision", GEO_PRECISIONS)}),
  CHECK ({one_of_check("attribution", ATTRIBUTION_STATUSES, nullable=False)}),
  CHECK (event_date_end IS NULL OR event_date_end >= event_date),
  CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
  CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
  CHECK (civilian_targeting IS NULL OR civilian_targeting IN (0, 1)),
  {_count_checks("killed")},
  {_count_checks("injured")}
)"""
    )


def _create_list_fields(db: Database) -> None:
    """The fields that hold many values (weapons, tags), a row per value, each value once."""
    db.execute(
        """
CREATE TABLE incident_weapons (
  incident_id INTEGER NOT NULL REFERENCES incidents(id),
  weapon TEXT NOT NULL,
  UNIQUE (incident_id, weapon)
)"""
    )
    db.execute(
        """
CREATE TABLE incident_tags (
  incident_id INTEGER NOT NULL REFERENCES incidents(id),
  tag TEXT NOT NULL,
  UNIQUE (incident_id, tag)
)"""
    )


def _create_sources_and_history(db: Database) -> None:
    """The reports an incident rests on, and every change made to it."""
    db.execute(
        """
CREATE TABLE sources (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  incident_id INTEGER NOT NULL REFERENCES incidents(id),
  url TEXT,
  outlet TEXT,
  published TEXT,
  headline TEXT,
  source_original TEXT,
  note TEXT,
  added_at TEXT NOT NULL,
  CHECK (url IS NOT NULL OR outlet IS NOT NULL)
)"""
    )
    db.execute(
        """
CREATE TABLE history (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  incident_id INTEGER NOT NULL REFERENCES incidents(id),
  changed_at TEXT NOT NULL,
  action TEXT NOT NULL,
  field TEXT,
  old_value TEXT,
  new_value TEXT,
  reason TEXT
)"""
    )


def _create_links(db: Database) -> None:
    """Links between two incidents (related, duplicate of), never of one with itself."""
    db.execute(
        f"""
CREATE TABLE links (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  incident_id INTEGER NOT NULL REFERENCES incidents(id),
  other_id INTEGER NOT NULL REFERENCES incidents(id),
  kind TEXT NOT NULL,
  created_at TEXT NOT NULL,
  CHECK ({one_of_check("kind", LINK_KINDS, nullable=False)}),
  CHECK (incident_id <> other_id),
  UNIQUE (incident_id, other_id, kind)
)"""
    )


def _create_text_search(db: Database) -> None:
    """The full-text index behind ``--search`` (accents folded: "Khorog" finds "Khoróg")."""
    db.execute(
        """
CREATE VIRTUAL TABLE incidents_fts USING fts5(
  description, place, location, victims, perpetrator, notes,
  tokenize = 'unicode61 remove_diacritics 2'
)"""
    )


def _create_indexes(db: Database) -> None:
    """The indexes the filters of the reading commands (``Filters.where``) are served by, and
    those that find an incident's weapons, tags, sources, history and links by its id."""
    for name, columns in (
        ("idx_incidents_event_date", "event_date"),
        ("idx_incidents_country_date", "country, event_date"),
        ("idx_incidents_admin1", "admin1"),
        ("idx_incidents_type", "event_type, sub_event_type"),
        ("idx_incidents_attribution", "attribution"),
        ("idx_incidents_perpetrator", "perpetrator COLLATE NOCASE"),
        ("idx_incidents_target", "target_type"),
        ("idx_incidents_killed", "killed"),
        ("idx_incidents_coords", "latitude, longitude"),
        ("idx_incidents_deleted", "deleted_at"),
    ):
        db.execute(f"CREATE INDEX {name} ON incidents ({columns})")
    db.execute("CREATE INDEX idx_weapons_weapon ON incident_weapons (weapon, incident_id)")
    db.execute("CREATE INDEX idx_tags_tag ON incident_tags (tag, incident_id)")
    db.execute("CREATE INDEX idx_sources_incident ON sources (incident_id)")
    db.execute("CREATE INDEX idx_history_incident ON history (incident_id)")
    db.execute("CREATE INDEX idx_links_other ON links (other_id)")
