"""The connection an :class:`~.incidents.IncidentStore` holds, and the small writes
every part of it shares (history rows, sources, links, list fields, conflict checks).

:mod:`.incidents`, :mod:`.sources` and :mod:`.links` each add their methods on top of
:class:`StoreCore`, so the store stays one object without being one long file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

from ..errors import ConflictError, NotFoundError, ValidationError
from ..models import check_date_range, parse_date
from ..models.text import refuse_nul, tidy_source_text
from .database import connect, connect_read_only, table_names
from .filters import haversine_km
from .given import incident_id_given, reason_given, source_given
from .records import SOURCE_FIELDS, history_value, looks_like_url

if TYPE_CHECKING:
    from sqlite_utils import Database

    from ..geo.places import PlaceBook
    from .actors import ActorStore


class StoreCore:
    """The database connection and the shared low-level writes (see the module docstring)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.conn.create_function("haversine_km", 4, haversine_km, deterministic=True)
        self._db: Database | None = None
        #: Incidents read with values no version of tracker writes (another program's), by id, with
        #: those values: read as unknown, and reported when the command ends.
        self.unreadable: dict[int, dict[str, object]] = {}
        #: Whether some of them were written out as stored (the CSV export), not read as unknown.
        self.unreadable_as_stored = False

    @classmethod
    def open(cls, path: str | Path | None = None, *, create: bool = True) -> Self:
        """Open (creating and migrating as needed) the database at ``path``."""
        return cls(connect(path, create=create))

    @classmethod
    def open_read_only(cls, path: str | Path) -> Self:
        """Read an existing database as it is (no creating, migrating or writing); see
        :func:`~.database.connect_read_only`."""
        return cls(connect_read_only(path))

    @property
    def path(self) -> Path | None:
        """The database file, or None for an in-memory or foreign connection."""
        path = getattr(self.conn, "path", None)
        return Path(path) if path is not None else None

    @property
    def read_only(self) -> bool:
        """Whether writes will be refused (the file, its folder or the opening is read-only)."""
        return bool(getattr(self.conn, "read_only", False))

    def has_table(self, name: str) -> bool:
        """Whether the database has this table (an old or foreign file may lack one)."""
        return name in table_names(self.conn)

    @property
    def actors(self) -> ActorStore:
        """The actors dictionary in the same database (and transaction)."""
        from .actors import ActorStore

        return ActorStore(self.conn)

    @property
    def places(self) -> PlaceBook:
        """The user's named places in the same database (and transaction)."""
        from ..geo.places import PlaceBook

        return PlaceBook(self.conn)

    def schema_sql(self) -> str:
        """The SQL that builds this database's schema, in creation order (what
        docs/schema.md prints); FTS5's shadow tables are left out, as SQLite makes them."""
        found = self._execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE '%\\_fts\\_%' ESCAPE '\\' "
            "ORDER BY rowid"
        ).fetchall()
        return "\n\n".join(row[0].strip() + ";" for row in found) + "\n"

    @property
    def db(self) -> Database:
        """The same connection as a sqlite-utils ``Database``, for ad-hoc use."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc_info: object) -> None:
        """Close the store at the end of a ``with`` block, folding the write-ahead log into the file
        first as a CLI command does (nothing to undo: every write committed or rolled back already)."""
        with suppress(sqlite3.Error):  # already closed; a log the disk would not fold stays beside the file
            self.fold_log()
        self.close()

    def fold_log(self) -> str | None:
        """Before :meth:`close`: fold the write-ahead log into the file, or say why the disk would
        not (see :func:`.transactions.fold_log`)."""
        from .transactions import fold_log

        return fold_log(self.conn)

    def _execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def exists(self, incident_id: int) -> bool:
        found = self._execute("SELECT 1 FROM incidents WHERE id = ?", [incident_id_given(incident_id)])
        return bool(found.fetchone())

    def _require(self, incident_id: int) -> None:
        if not self.exists(incident_id):
            raise NotFoundError(f"No incident with id {incident_id}.", field="incident_id")

    @staticmethod
    def check_source(source: Mapping[str, Any]) -> dict[str, Any]:
        """The source as it will be stored (trimmed, empty as NULL, the date as a day), or a
        refusal saying which field is wrong: checked before any write, so a bad source never
        leaves a half-added incident, and ``tracker extract --add`` can check it before reading."""
        unknown = {str(name) for name in source_given(source)} - set(SOURCE_FIELDS)
        if unknown:
            raise ValidationError(f"Unknown source field(s): {', '.join(sorted(unknown))}.")
        odd = [f for f in SOURCE_FIELDS if source.get(f) is not None and not isinstance(source[f], str)]
        if odd:  # an object or a number would be stored as its Python repr
            raise ValidationError(f"Source field {odd[0]} must be text, got {source[odd[0]]!r}.")
        cleaned = {
            f: (tidy_source_text(f, refuse_nul(str(source[f]), f)) or None) if source.get(f) is not None else None
            for f in SOURCE_FIELDS
        }
        if not cleaned["url"] and not cleaned["outlet"]:
            raise ValidationError("A source needs a URL or an outlet (the name of who published it).", field="url")
        if cleaned["url"] and not looks_like_url(cleaned["url"]):
            raise ValidationError(
                f"{cleaned['url']!r} is not a URL (http://… or https://…). A source without a link: give "
                "its outlet with a note, or keep the text as the source's note (with its outlet).",
                field="url",
            )
        if cleaned["published"]:
            cleaned["published"] = check_date_range(
                parse_date(cleaned["published"]).start, "published date"
            ).isoformat()
        return cleaned

    def _insert_source(self, incident_id: int, source: dict[str, Any], now: str) -> int:
        cursor = self._execute(
            f"INSERT INTO sources (incident_id, {', '.join(SOURCE_FIELDS)}, added_at) "
            f"VALUES (?, {', '.join('?' for _ in SOURCE_FIELDS)}, ?)",
            [incident_id, *(source[f] for f in SOURCE_FIELDS), now],
        )
        return int(cursor.lastrowid or 0)

    def _insert_link(
        self, incident_id: int, other_id: int, kind: str, now: str, told: tuple[bool, bool] = (False, False)
    ) -> None:
        """Link the two, and tell it in each one's history, but for a side whose history already tells it
        (``told``: an import of ``export --with-history`` brings the file's own ``link`` rows)."""
        self._execute(
            "INSERT INTO links (incident_id, other_id, kind, created_at) VALUES (?, ?, ?, ?)",
            [incident_id, other_id, kind, now],
        )
        back = "duplicated_by" if kind == "duplicate_of" else kind
        if not told[0]:
            self._log(incident_id, now, "link", "links", None, {"id": other_id, "kind": kind})
        if not told[1]:
            self._log(other_id, now, "link", "links", None, {"id": incident_id, "kind": back})

    def _set_list(self, incident_id: int, field: str, values: list[str]) -> None:
        table, column = {"weapons": ("incident_weapons", "weapon"), "tags": ("incident_tags", "tag")}[field]
        self._execute(f"DELETE FROM {table} WHERE incident_id = ?", [incident_id])
        self.conn.executemany(
            f"INSERT INTO {table} (incident_id, {column}) VALUES (?, ?)",
            [(incident_id, v) for v in values],
        )

    def _last_change(self, incident_id: int) -> int:
        """The id of the incident's latest history entry: every write to it adds one."""
        row = self._execute("SELECT max(id) FROM history WHERE incident_id = ?", [incident_id_given(incident_id)])
        row = row.fetchone()
        return int(row[0] or 0)

    def _unchanged_since(self, incident_id: int, seen: int) -> None:
        """Inside the write transaction: refuse if another process wrote to the incident
        after we read it, so that the history never records a stale "old value", or removed its
        row outright (another program, with foreign keys off: ``tracker`` never removes one),
        which SQLite would refuse only at the history's insert, in its own words
        (``FOREIGN KEY constraint failed``)."""
        if self._execute("SELECT 1 FROM incidents WHERE id = ?", [incident_id]).fetchone() is None:
            raise ConflictError(
                f"Incident {incident_id} was removed from the file by another program while this command was "
                "preparing its change (tracker itself never removes an incident's row). Nothing was changed; "
                "'tracker check' looks at the file, and a backup has the incident."
            )
        if self._last_change(incident_id) != seen:
            raise ConflictError(
                f"Incident {incident_id} was changed by another process while this command was "
                "preparing its change. Nothing was changed: look at it again ('tracker show "
                f"{incident_id}') and re-run the command."
            )

    def _touch(self, incident_id: int, now: str) -> None:
        self._execute("UPDATE incidents SET updated_at = ? WHERE id = ?", [now, incident_id])

    def _log(
        self,
        incident_id: int,
        now: str,
        action: str,
        field: str | None = None,
        old: object = None,
        new: object = None,
        reason: str | None = None,
    ) -> None:
        checked = reason_given(reason)
        if checked:
            refuse_nul(checked, "reason")  # inside the write's transaction: nothing of it is kept
        self._execute(
            "INSERT INTO history (incident_id, changed_at, action, field, old_value, new_value, reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [incident_id, now, action, field, history_value(old), history_value(new), reason],
        )
