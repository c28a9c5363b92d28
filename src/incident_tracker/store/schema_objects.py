"""Indexes and views tracker did not make: named by ``tracker check``, never refused.

DB Browser for SQLite, Datasette and sqlite-utils make indexes and views as easily as triggers. A
trigger runs inside our writes, so a write refuses it (:mod:`.schema_guard`); an index or a view
cannot change what tracker reads or writes: SQLite answers a query the same through any index (it
only chooses the faster way), and no command of ours reads a view (ours, ``incidents_overview`` and
``casualties_by_month``, are for browsing the file in those tools). So neither stops anything, but
``check`` says what is there, and which of ours another program made again otherwise: a person who
browses ``incidents_overview`` in Datasette would see that program's definition, not ours.

Ours are known by name and shape: an index by its table and columns (``PRAGMA index_info``, which does
not depend on how a tool spelled the SQL), a view by the SHA-256 of its SQL with the spaces folded.
``tests/test_probe15_leftovers.py`` checks both against a database made by the migrations.
"""

from __future__ import annotations

import hashlib
import sqlite3

#: Our indexes (SQLite's own ``sqlite_autoindex_*`` aside): name → (table, columns).
OWN_INDEXES: dict[str, tuple[str, tuple[str, ...]]] = {
    "idx__sqlite_migrations_migration_set_name": ("_sqlite_migrations", ("migration_set", "name")),
    "idx_actor_aliases_actor": ("actor_aliases", ("actor_id",)),
    "idx_actor_history_actor": ("actor_history", ("actor_id",)),
    "idx_external_ids_incident": ("external_ids", ("incident_id",)),
    "idx_history_incident": ("history", ("incident_id",)),
    "idx_incidents_admin1_date": ("incidents", ("admin1", "event_date")),
    "idx_incidents_attribution_date": ("incidents", ("attribution", "event_date")),
    "idx_incidents_coords": ("incidents", ("latitude", "longitude")),
    "idx_incidents_country_date": ("incidents", ("country", "event_date")),
    "idx_incidents_deleted": ("incidents", ("deleted_at",)),
    "idx_incidents_event_date": ("incidents", ("event_date",)),
    "idx_incidents_event_date_end": ("incidents", ("event_date_end",)),
    "idx_incidents_killed": ("incidents", ("killed",)),
    "idx_incidents_perpetrator": ("incidents", ("perpetrator",)),
    "idx_incidents_target_date": ("incidents", ("target_type", "event_date")),
    "idx_incidents_type": ("incidents", ("event_type", "sub_event_type")),
    "idx_incidents_type_date": ("incidents", ("event_type", "event_date")),
    "idx_links_incident": ("links", ("incident_id",)),
    "idx_links_other": ("links", ("other_id",)),
    "idx_place_aliases_key": ("place_aliases", ("key",)),
    "idx_sources_incident": ("sources", ("incident_id",)),
    "idx_tags_incident": ("incident_tags", ("incident_id",)),
    "idx_tags_tag": ("incident_tags", ("tag", "incident_id")),
    "idx_weapons_incident": ("incident_weapons", ("incident_id",)),
    "idx_weapons_weapon": ("incident_weapons", ("weapon", "incident_id")),
}

#: Our views: name → the fingerprints (:func:`view_fingerprint`) of each SQL a migration gave it
#: (``incidents_overview``: m006's, then m016's; ``casualties_by_month``: m006's, m018's, then m019's).
OWN_VIEWS: dict[str, frozenset[str]] = {
    "casualties_by_month": frozenset({"8bd2460a7d0f7aa6", "f6e4fc5d203e5f46", "8f46c315fe9e7cd0"}),
    "incidents_overview": frozenset({"dc8e8cc29ab21039", "46af6ef9daf6c51a"}),
}


def view_fingerprint(sql: str) -> str:
    """The short SHA-256 of a view's SQL with every run of spaces and line breaks made one space."""
    return hashlib.sha256(" ".join(sql.split()).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def index_columns(conn: sqlite3.Connection, name: str) -> tuple[str, ...]:
    """The columns of an index, in order (``<expression>`` for a column that is an expression)."""
    quoted = '"' + name.replace('"', '""') + '"'
    return tuple(
        row[2] if row[2] is not None else "<expression>" for row in conn.execute(f"PRAGMA index_info({quoted})")
    )


def foreign_objects(conn: sqlite3.Connection) -> list[str]:
    """Each index or view in the file that tracker did not make, or made otherwise, described for
    ``check``: ``index 'idx_mine' on incidents (place)``, ``view 'incidents_overview' (ours by name,
    made again by another program)``."""
    found: list[str] = []
    rows = conn.execute(
        "SELECT type, name, tbl_name, sql FROM main.sqlite_master "
        "WHERE type IN ('index', 'view') AND sql IS NOT NULL ORDER BY type, name"
    ).fetchall()
    for kind, name, table, sql in rows:
        if kind == "index":
            shape = (str(table), index_columns(conn, str(name)))
            if OWN_INDEXES.get(str(name)) == shape:
                continue
            ours = " (ours by name, made again on other columns)" if name in OWN_INDEXES else ""
            found.append(f"index {name!r} on {table} ({', '.join(shape[1])}){ours}")
        elif view_fingerprint(str(sql)) not in OWN_VIEWS.get(str(name), frozenset()):
            ours = " (ours by name, made again by another program)" if name in OWN_VIEWS else ""
            found.append(f"view {name!r}{ours}")
    return found
