"""The schema, as an append-only list of migrations applied on every open.

Never edit a migration that has shipped: add a new one. ``tests/test_migrations.py``
checks the exact schema a blank database ends up with.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from ..models import DEATH_PARTS, EVENT_CLARITIES
from .lazy_migrations import LazyMigrations
from .recognition import MIGRATION_SET

if TYPE_CHECKING:
    from sqlite_utils import Database


migrations = LazyMigrations(MIGRATION_SET)


def one_of_check(column: str, values: tuple[str, ...], nullable: bool = True) -> str:
    """The CHECK condition that ``column`` holds one of a vocabulary's ``values`` (or NULL when
    ``nullable``): the vocabularies live in ``models``, so the schema spells them out from there."""
    quoted = ", ".join(f"'{v}'" for v in values)
    clause = f"{column} IN ({quoted})"
    return f"({column} IS NULL OR {clause})" if nullable else clause


@migrations()
def m001_initial(db: Database) -> None:
    """The incident record of the codebook, its sources, history and links."""
    from .schema_initial import create_initial  # loaded only when a new database is made

    create_initial(db)


@migrations()
def m002_places(db: Database) -> None:
    """The analyst's own places (border posts, camps…) that no gazetteer knows.

    They live in the incident database so they travel with it; ``place_aliases``
    holds every name a place answers to (its own name included) with the folded
    key that lookups use.
    """
    db.execute(
        """
CREATE TABLE places (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  kind TEXT,
  latitude REAL NOT NULL,
  longitude REAL NOT NULL,
  country TEXT,
  admin1 TEXT,
  notes TEXT,
  created_at TEXT NOT NULL,
  CHECK (latitude BETWEEN -90 AND 90),
  CHECK (longitude BETWEEN -180 AND 180)
)"""
    )
    db.execute(
        """
CREATE TABLE place_aliases (
  place_id INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,
  alias TEXT NOT NULL,
  key TEXT NOT NULL,
  UNIQUE (place_id, key)
)"""
    )
    db.execute("CREATE INDEX idx_place_aliases_key ON place_aliases (key)")


@migrations()
def m003_span_end_index(db: Database) -> None:
    """Index the last possible day of spans, so that ``--since`` can use indexes.

    ``--since`` asks for events whose last possible day is on or after a date:
    ``event_date >= ? OR event_date_end >= ?``, one index for each side.
    """
    db.execute(
        "CREATE INDEX idx_incidents_event_date_end ON incidents (event_date_end) WHERE event_date_end IS NOT NULL"
    )


@migrations()
def m004_external_ids(db: Database) -> None:
    """Ids other datasets give an incident (ACLED's ``event_id_cnty``).

    An import matches on them, so re-importing a newer export of that dataset updates
    the incidents it created instead of duplicating them. A side table rather than a
    column: one incident may carry ids from several systems.
    """
    db.execute(
        """
CREATE TABLE external_ids (
  incident_id INTEGER NOT NULL REFERENCES incidents(id),
  system TEXT NOT NULL,
  external_id TEXT NOT NULL,
  UNIQUE (system, external_id)
)"""
    )
    db.execute("CREATE INDEX idx_external_ids_incident ON external_ids (incident_id)")


@migrations()
def m005_query_indexes(db: Database) -> None:
    """Indexes for the filters analysts combine with a date range, newest first.

    Measured on a million incidents (``bench/run.py``): each serves "these, newest 50"
    by walking one index backwards, and a count by a range of it.

    - event type, attribution, target: with the date, so that "type X in 2019, newest
      first" reads only those rows; the attribution and target ones replace the
      single-column indexes they cover as a prefix.
    - province: ``--admin1`` compares without case (``COLLATE NOCASE``), which the
      old case-sensitive index could not serve, so it read the whole table; the new
      one is declared with that collation.
    """
    db.execute("CREATE INDEX idx_incidents_type_date ON incidents (event_type, event_date)")
    db.execute("CREATE INDEX idx_incidents_attribution_date ON incidents (attribution, event_date)")
    db.execute("DROP INDEX idx_incidents_attribution")
    db.execute("CREATE INDEX idx_incidents_target_date ON incidents (target_type, event_date)")
    db.execute("DROP INDEX idx_incidents_target")
    db.execute("CREATE INDEX idx_incidents_admin1_date ON incidents (admin1 COLLATE NOCASE, event_date)")
    db.execute("DROP INDEX idx_incidents_admin1")


#: The columns each search index covers (m006); a bulk writer indexes the same ones.
INCIDENTS_FTS_COLUMNS = ("description", "place", "location", "victims", "perpetrator", "attributed_by", "notes")
SOURCES_FTS_COLUMNS = ("headline", "note", "outlet", "source_original")


def _external_fts(db: Database, table: str, key: str, columns: tuple[str, ...]) -> None:
    """An FTS5 index over ``table`` declared the way sqlite-utils and Datasette look for it.

    ``content="table"`` is what their ``detect_fts()`` matches, so
    ``db["incidents"].search("drone")`` and Datasette's search box work on our file as
    it is. The index stores no copy of the text; triggers keep it in step with every
    insert, update and delete, whoever writes (the tracker, sqlite-utils, a script).
    """
    fts = f"{table}_fts"
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    db.execute(
        f'CREATE VIRTUAL TABLE {fts} USING fts5(\n  {cols},\n  content="{table}", content_rowid="{key}",\n'
        "  tokenize = 'unicode61 remove_diacritics 2'\n)"
    )
    db.execute(
        f"CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN\n"
        f"  INSERT INTO {fts} (rowid, {cols}) VALUES (new.{key}, {new});\nEND"
    )
    db.execute(
        f"CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN\n"
        f"  INSERT INTO {fts} ({fts}, rowid, {cols}) VALUES ('delete', old.{key}, {old});\nEND"
    )
    db.execute(
        f"CREATE TRIGGER {table}_au AFTER UPDATE OF {cols} ON {table} BEGIN\n"
        f"  INSERT INTO {fts} ({fts}, rowid, {cols}) VALUES ('delete', old.{key}, {old});\n"
        f"  INSERT INTO {fts} (rowid, {cols}) VALUES (new.{key}, {new});\nEND"
    )
    db.execute(f"INSERT INTO {fts} ({fts}) VALUES ('rebuild')")


@migrations()
def m006_views(db: Database) -> None:
    """The database as a good citizen of Datasette and sqlite-utils.

    * Full-text search that their ``detect_fts()`` finds: ``incidents_fts`` (the
      record's own text) and ``sources_fts`` (headlines, notes, outlets), both
      external-content FTS5 tables kept current by triggers. They replace m001's
      private ``incidents_fts``, which only the tracker could keep up to date.
    * Views with readable names for browsing without reading our code:
      ``incidents_overview`` (each incident with its source count and latest
      revision) and ``casualties_by_month`` (killed/injured by month and country).
    """
    db.execute("DROP TABLE incidents_fts")
    _external_fts(db, "incidents", "id", INCIDENTS_FTS_COLUMNS)
    _external_fts(db, "sources", "id", SOURCES_FTS_COLUMNS)
    db.execute(
        """
CREATE VIEW incidents_overview AS
SELECT
  i.id, i.event_date, i.event_date_end, i.date_precision,
  i.country, i.admin1, i.location, i.place, i.latitude, i.longitude, i.geo_precision,
  i.event_type, i.sub_event_type,
  i.killed, i.killed_low, i.killed_high, i.injured, i.injured_low, i.injured_high,
  i.attribution, i.perpetrator, i.attributed_by, i.origin_country, i.description,
  (SELECT count(*) FROM sources AS s WHERE s.incident_id = i.id) AS source_count,
  (SELECT h.changed_at FROM history AS h WHERE h.incident_id = i.id ORDER BY h.id DESC LIMIT 1) AS last_revised_at,
  (SELECT h.action FROM history AS h WHERE h.incident_id = i.id ORDER BY h.id DESC LIMIT 1) AS last_revision,
  (SELECT h.reason FROM history AS h WHERE h.incident_id = i.id ORDER BY h.id DESC LIMIT 1) AS last_revision_reason,
  i.deleted_at IS NOT NULL AS deleted,
  i.uid
FROM incidents AS i"""
    )
    db.execute(
        """
CREATE VIEW casualties_by_month AS
SELECT
  substr(event_date, 1, 7) AS month,
  country,
  count(*) AS incidents,
  sum(killed) AS killed_best,
  sum(coalesce(killed_low, killed)) AS killed_low,
  sum(coalesce(killed_high, killed)) AS killed_high,
  sum(killed IS NULL) AS incidents_killed_unknown,
  sum(injured) AS injured_best,
  sum(coalesce(injured_low, injured)) AS injured_low,
  sum(coalesce(injured_high, injured)) AS injured_high,
  sum(injured IS NULL) AS incidents_injured_unknown
FROM incidents
WHERE deleted_at IS NULL
GROUP BY substr(event_date, 1, 7), country
ORDER BY month, country"""
    )


#: While a bulk writer holds a row here (inside its own transaction, so no other
#: connection ever sees it), the insert triggers of the search index stand aside.
BULK_INSERT_FLAG = "_tracker_bulk_insert"


@migrations()
def m007_bulk_search_index(db: Database) -> None:
    """Let a bulk write index its new rows in one statement instead of one trigger each.

    m006's insert triggers index every row as it lands, which is right for every
    writer (the tracker, sqlite-utils, a script) but slow for an import: 100,000 rows
    took 22–25 s with them, 10–11 s with no index at all, and 16.5 s indexed a batch
    at a time as below. The insert triggers now skip while
    ``_tracker_bulk_insert`` has a row. :class:`~incident_tracker.store.bulk.BulkWriter`
    inserts that row, writes a batch, indexes the batch with one ``INSERT … SELECT`` per
    index and deletes the row again, all inside its transaction: other connections
    never see the flag, and a crash rolls it back with the rest. Update and delete
    triggers are unchanged.
    """
    db.execute(f"CREATE TABLE {BULK_INSERT_FLAG} (writer INTEGER)")
    for table, fts, columns in (
        ("incidents", "incidents_fts", INCIDENTS_FTS_COLUMNS),
        ("sources", "sources_fts", SOURCES_FTS_COLUMNS),
    ):
        cols = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        db.execute(f"DROP TRIGGER {table}_ai")
        db.execute(
            f"CREATE TRIGGER {table}_ai AFTER INSERT ON {table}\n"
            f"WHEN NOT EXISTS (SELECT 1 FROM {BULK_INSERT_FLAG}) BEGIN\n"
            f"  INSERT INTO {fts} (rowid, {cols}) VALUES (new.id, {new});\nEND"
        )


@migrations()
def m009_precision_spans(db: Database) -> None:
    """Give every precision the span it means (issue 15): a filter took a week for one day.

    Earlier versions stored ``week`` (and ACLED's ``time_precision`` 2) without an end date,
    and a ``month`` or ``year`` imported with a single day the same way. Now: a week is 7
    days — from its date, or, for an incident that came from ACLED (which codes a week by
    its middle day), the 3 days either side; a month or a year without an end is the calendar
    month or year holding its date. Each change is kept in the incident's history.
    """
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    reason = "m009: the span its date precision means"
    acled = "EXISTS (SELECT 1 FROM external_ids AS x WHERE x.incident_id = i.id AND x.system = 'acled')"
    rules = (
        ("week", acled, "date(i.event_date, '-3 days')", "date(i.event_date, '+3 days')"),
        ("week", f"NOT {acled}", "i.event_date", "date(i.event_date, '+6 days')"),
        (
            "month",
            "1",
            "date(i.event_date, 'start of month')",
            "date(i.event_date, 'start of month', '+1 month', '-1 day')",
        ),
        (
            "year",
            "1",
            "date(i.event_date, 'start of year')",
            "date(i.event_date, 'start of year', '+1 year', '-1 day')",
        ),
    )
    for precision, condition, start, end in rules:
        where = f"i.date_precision = '{precision}' AND i.event_date_end IS NULL AND {condition}"
        rows = db.execute(f"SELECT i.id, i.event_date, {start}, {end} FROM incidents AS i WHERE {where}").fetchall()
        for incident_id, old_start, new_start, new_end in rows:
            if new_start is None or new_end is None:
                continue  # a date SQLite cannot read: left for the user to mend
            db.execute(
                "UPDATE incidents SET event_date = ?, event_date_end = ?, updated_at = ? WHERE id = ?",
                [new_start, new_end, now, incident_id],
            )
            changes = [("event_date_end", None, new_end)]
            if new_start != old_start:
                changes.insert(0, ("event_date", old_start, new_start))
            for field, old, new in changes:
                db.execute(
                    "INSERT INTO history (incident_id, changed_at, action, field, old_value, new_value, reason) "
                    "VALUES (?, ?, 'update', ?, ?, ?, ?)",
                    [incident_id, now, field, old, new, reason],
                )


@migrations()
def m011_actors(db: Database) -> None:
    """The actor dictionary, deaths by side, event clarity and source reliability.

    Actors as ACLED and UCDP code them: a canonical name, every spelling (one
    ``actor_aliases`` row each, the canonical name included, keys unique across the
    dictionary), ACLED's inter code as ``actor_type``, a country, the source that
    documents the actor; seeded with the region's main actors. Incidents gain UCDP
    GED's deaths by side and event clarity; sources a reliability note.
    """
    from .schema_actors import create_actor_tables  # loaded only when a database gains the dictionary

    create_actor_tables(db)
    for part in DEATH_PARTS:
        db.execute(f"ALTER TABLE incidents ADD COLUMN {part} INTEGER CHECK ({part} IS NULL OR {part} >= 0)")
    clarity_check = one_of_check("event_clarity", EVENT_CLARITIES)
    db.execute(f"ALTER TABLE incidents ADD COLUMN event_clarity TEXT CHECK ({clarity_check})")
    db.execute("ALTER TABLE sources ADD COLUMN reliability TEXT")
    from .actors import ActorStore

    ActorStore(db.conn).seed()


@migrations()
def m012_stats_summaries(db: Database) -> None:
    """Summary tables for ``tracker stats`` of everything, kept current by triggers (issue 17).

    ``stats_cube`` (per country, admin1, type, sub-type, attribution, victims'
    nationality), ``stats_perpetrators`` and ``stats_weapons`` hold the figures of the live
    incidents per group, filled here from the incidents there are; six triggers on
    ``incidents`` and ``incident_weapons`` add and take away each write's rows in its own
    transaction. ``tracker stats`` with no filter reads them (8.6 s → under 1 s on a million
    incidents) instead of grouping every incident. See ``store/stats_summary.py``.
    """
    from .stats_summary import create

    create(db.conn)


@migrations()
def m013_list_order_indexes(db: Database) -> None:
    """Each list read in the order it was written, without a sort per incident (issue 17).

    A record's weapons, tags and links are read ``WHERE incident_id = ? ORDER BY rowid``
    (links by id); the only indexes on ``incident_id`` were the UNIQUE ones, ordered by
    the value, so every record built a temporary B-tree to sort its own list. An index
    on ``incident_id`` alone holds the rowid in order: export and list read lists straight.
    """
    db.execute("CREATE INDEX idx_weapons_incident ON incident_weapons (incident_id)")
    db.execute("CREATE INDEX idx_tags_incident ON incident_tags (incident_id)")
    db.execute("CREATE INDEX idx_links_incident ON links (incident_id)")


@migrations()
def m014_attribution_default(db: Database) -> None:
    """Whether an incident's ``unattributed`` is the default or was stated (the codebook:
    "a default must be visible as a default").

    1 when nobody stated an attribution and the record took the default; empty (or 0, once
    a status is given to a record that had the default) when the user or a source gave the
    status, ``unattributed`` included ("no group has claimed"). Records made before this
    migration stay empty: whether theirs was stated is not known.
    """
    db.execute(
        "ALTER TABLE incidents ADD COLUMN attribution_default INTEGER "
        "CHECK (attribution_default IS NULL OR attribution_default IN (0, 1))"
    )


@migrations()
def m015_history_imported(db: Database) -> None:
    """Which import brought a history row: ``import of FILE at TIME`` on a row the file carried
    (``export --with-history``), empty on a row made here.

    The file's row keeps its own time and reason, so an export → import → export gives the
    same history; this column, like a row's local id, stays with this database (no export
    carries it), and ``tracker history`` shows it beside the reason.
    """
    db.execute("ALTER TABLE history ADD COLUMN imported TEXT")


@migrations()
def m016_overview_latest_revision(db: Database) -> None:
    """``incidents_overview``'s latest revision is the latest in time (``changed_at``, then id),
    as ``tracker history`` reads it: rows an import brings are often older than this database's
    own changes yet have higher ids. See ``store/schema_overview.py``.
    """
    from .schema_overview import OVERVIEW_VIEW

    db.execute("DROP VIEW incidents_overview")
    db.execute(OVERVIEW_VIEW)


@migrations()
def m017_tolls_counted(db: Database) -> None:
    """The summaries' triggers count a toll that is no count (``'many'``, ``-3``, written by another
    program) as unknown, as the figures' SQL now does, and the summary tables are filled again:
    m012's triggers added such a toll as a known 0 (probe15). See ``store/figure_sql.counted``.
    """
    from .stats_summary import count_tolls_as_counted

    count_tolls_as_counted(db.conn, tolls="parts")


@migrations()
def m018_casualties_view_counted(db: Database) -> None:
    """``casualties_by_month`` reads a toll that is no count (``'many'``, ``-3``) as unknown, as the
    figures and m017's summaries do: m006's view summed it as a known 0. See ``store/schema_casualties.py``.
    """
    from .schema_casualties import CASUALTIES_VIEW

    db.execute("DROP VIEW IF EXISTS casualties_by_month")
    db.execute(CASUALTIES_VIEW)


@migrations()
def m019_tolls_whole(db: Database) -> None:
    """One toll is one reading: the summaries' triggers and ``casualties_by_month`` count a toll only when
    every part of it is (a whole best, a low not above it, a high not below it), as the figures' SQL now
    does; m017's counted each part alone, so ``9, 4, 1`` added a best of 4 and ``2.5`` a best of 2.5 where
    the record readers say unknown (probe16). The tables are filled again. See ``store/figure_sql.whole_toll``.
    """
    from .schema_casualties import WHOLE_TOLLS_VIEW
    from .stats_summary import count_tolls_as_counted

    count_tolls_as_counted(db.conn, tolls="whole")
    db.execute("DROP VIEW IF EXISTS casualties_by_month")
    db.execute(WHOLE_TOLLS_VIEW)


def known_migration_names() -> set[str]:
    """Names of every migration this version knows, to spot a database from a newer one."""
    return set(migrations.names)
