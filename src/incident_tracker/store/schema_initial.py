"""The first release's schema (migration m001): the incident record of the codebook, its
sources, history and links. Kept in a module of its own because it is the longest
migration; like every shipped migration it never changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import ATTRIBUTION_STATUSES, DATE_PRECISIONS, GEO_PRECISIONS, LINK_KINDS
from .migrations import _in

if TYPE_CHECKING:
    from sqlite_utils import Database


def _count_checks(prefix: str) -> str:
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
    """The incident record of the codebook, its sources, history and links."""
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
  CHECK ({_in("date_precision", DATE_PRECISIONS, nullable=False)}),
  CHECK ({_in("geo_precision", GEO_PRECISIONS)}),
  CHECK ({_in("attribution", ATTRIBUTION_STATUSES, nullable=False)}),
  CHECK (event_date_end IS NULL OR event_date_end >= event_date),
  CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
  CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
  CHECK (civilian_targeting IS NULL OR civilian_targeting IN (0, 1)),
  {_count_checks("killed")},
  {_count_checks("injured")}
)"""
    )
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
    db.execute(
        f"""
CREATE TABLE links (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  incident_id INTEGER NOT NULL REFERENCES incidents(id),
  other_id INTEGER NOT NULL REFERENCES incidents(id),
  kind TEXT NOT NULL,
  created_at TEXT NOT NULL,
  CHECK ({_in("kind", LINK_KINDS, nullable=False)}),
  CHECK (incident_id <> other_id),
  UNIQUE (incident_id, other_id, kind)
)"""
    )
    db.execute(
        """
CREATE VIRTUAL TABLE incidents_fts USING fts5(
  description, place, location, victims, perpetrator, notes,
  tokenize = 'unicode61 remove_diacritics 2'
)"""
    )
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
