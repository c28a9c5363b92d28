"""The actor dictionary: canonical names, aliases, ACLED types, with history.

Analysts write one group many ways ("ISKP", "ISIS-K", "Islamic State Khorasan
Province"); the datasets they compare with code it once. The dictionary maps every
spelling (compared through :func:`~incident_tracker.sides.actor_key`) to one actor, so
that filters, statistics and the ACLED export count canonical actors while each
incident keeps its perpetrator exactly as the source wrote it.

Three tables (migration ``m011_actors``): ``actors``, ``actor_aliases`` (one row per
spelling, the canonical name included, each key unique across the dictionary) and
``actor_history``. Every write is one transaction with its history rows.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ..errors import ConflictError, NotFoundError, ValidationError
from ..models import RecordLike, parse_country
from ..models.text import refuse_nul
from ..sides import ACTOR_TYPES, UNIDENTIFIED, Actor, actor_key, parse_actor_type, sides, split_country_suffix
from .database import transaction
from .records import utc_now

#: The seed list inside the package.
SEED_FILE = "data/actors.tsv"


@dataclass(frozen=True)
class ActorEntry:
    """One actor with everything the dictionary holds about it."""

    id: int
    name: str
    actor_type: int | None
    country: str | None
    source: str | None
    notes: str | None
    aliases: tuple[str, ...]

    @property
    def actor(self) -> Actor:
        return Actor(self.id, self.name, self.actor_type, self.country)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.actor_type,
            "type_label": ACTOR_TYPES.get(self.actor_type or 0),
            "country": self.country,
            "aliases": list(self.aliases),
            "source": self.source,
            "notes": self.notes,
        }


def seed_rows() -> list[dict[str, str]]:
    """The shipped seed list (``incident_tracker/data/actors.tsv``), one dict per actor."""
    text = resources.files("incident_tracker").joinpath(SEED_FILE).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


class ActorStore:
    """The actor dictionary of one open tracker database."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._cache: dict[str, Actor] | None = None

    # --- reading ---------------------------------------------------------------

    def _keys(self) -> dict[str, Actor]:
        """Every spelling's key → its actor, read once per store (a few hundred rows)."""
        if self._cache is None:
            rows = self.conn.execute(
                "SELECT k.key, a.id, a.name, a.actor_type, a.country "
                "FROM actor_aliases k JOIN actors a ON a.id = k.actor_id"
            )
            self._cache = {key: Actor(i, name, kind, country) for key, i, name, kind, country in rows}
        return self._cache

    def lookup(self, name: str) -> Actor | None:
        """The actor one spelling names, or None when the dictionary does not know it."""
        key = actor_key(name)
        return self._keys().get(key) if key else None

    def find(self, name_or_id: str | int) -> ActorEntry:
        """An actor by id or by any of its spellings; NotFoundError says how to list them."""
        text = str(name_or_id).strip()
        if text.isdigit():
            row = self.conn.execute("SELECT id FROM actors WHERE id = ?", [int(text)]).fetchone()
            actor_id = int(row[0]) if row else None
        else:
            found = self.lookup(text)
            actor_id = found.id if found else None
        if actor_id is None:
            raise NotFoundError(f"No actor {text!r} in the dictionary. 'tracker actors list' shows them.")
        return self._entry(actor_id)

    def _entry(self, actor_id: int) -> ActorEntry:
        row = self.conn.execute(
            "SELECT id, name, actor_type, country, source, notes FROM actors WHERE id = ?", [actor_id]
        ).fetchone()
        aliases = tuple(
            alias
            for (alias,) in self.conn.execute(
                "SELECT alias FROM actor_aliases WHERE actor_id = ? AND alias <> ? ORDER BY rowid", [actor_id, row[1]]
            )
        )
        return ActorEntry(row[0], row[1], row[2], row[3], row[4], row[5], aliases)

    def entries(self, *, actor_type: int | None = None, country: str | None = None) -> list[ActorEntry]:
        """Every actor, by name; optionally of one type or country."""
        clauses: list[str] = []
        params: list[object] = []
        if actor_type is not None:
            clauses.append("actor_type = ?")
            params.append(actor_type)
        if country:
            clauses.append("country = ?")
            params.append(country)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        ids = [i for (i,) in self.conn.execute(f"SELECT id FROM actors {where} ORDER BY name COLLATE NOCASE", params)]
        return [self._entry(i) for i in ids]

    def spellings(self, name: str) -> list[str]:
        """Every spelling of the actor ``name`` names (itself if the dictionary does not
        know it), for filters that match the perpetrator as written."""
        actor = self.lookup(name)
        if actor is None:
            return [name]
        return [a for (a,) in self.conn.execute("SELECT alias FROM actor_aliases WHERE actor_id = ?", [actor.id])]

    def sides_of(self, record: RecordLike) -> dict[str, Any]:
        """Both sides of an incident and ACLED's interaction code (see :mod:`..sides`)."""
        return sides(record, self.lookup)

    def history(self, actor_id: int) -> list[dict[str, Any]]:
        cursor = self.conn.execute(
            "SELECT changed_at, action, field, old_value, new_value, reason FROM actor_history "
            "WHERE actor_id = ? ORDER BY id",
            [actor_id],
        )
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def incident_counts(self) -> dict[int, int]:
        """Live incidents per actor, counting every spelling of the perpetrator."""
        counts: dict[int, int] = {}
        for perpetrator, count in self.conn.execute(
            "SELECT perpetrator, count(*) FROM incidents WHERE deleted_at IS NULL AND perpetrator IS NOT NULL "
            "GROUP BY perpetrator"
        ):
            actor = self.lookup(perpetrator)
            if actor and actor.id is not None:
                counts[actor.id] = counts.get(actor.id, 0) + int(count)
        return counts

    # --- writing ---------------------------------------------------------------

    def add(
        self,
        name: str,
        *,
        actor_type: str | int | None = None,
        country: str | None = None,
        aliases: Iterable[str] = (),
        source: str | None = None,
        notes: str | None = None,
        reason: str | None = None,
    ) -> int:
        """Add an actor with its spellings; refused when one of them is already taken."""
        clean = refuse_nul(name, "name").strip()
        if not actor_key(clean):
            raise ValidationError("An actor needs a name.")
        for label, text in (("source", source), ("notes", notes)):
            if text:
                refuse_nul(text, label)
        kind = None if actor_type is None or actor_type == "" else parse_actor_type(actor_type)
        code = parse_country(country) if country else None
        now = utc_now()
        with transaction(self.conn):
            cursor = self.conn.execute(
                "INSERT INTO actors (name, actor_type, country, source, notes, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [clean, kind, code, source or None, notes or None, now, now],
            )
            actor_id = int(cursor.lastrowid or 0)
            for spelling in (clean, *aliases):
                self._insert_alias(actor_id, spelling)
            self._log(actor_id, now, "create", None, None, clean, reason)
        self._cache = None
        return actor_id

    def alias(self, name_or_id: str | int, aliases: Iterable[str], *, reason: str | None = None) -> list[str]:
        """Give an actor more spellings; returns those that were new."""
        entry = self.find(name_or_id)
        now = utc_now()
        added: list[str] = []
        with transaction(self.conn):
            for spelling in aliases:
                if self._insert_alias(entry.id, spelling):
                    added.append(spelling.strip())
                    self._log(entry.id, now, "alias", "aliases", None, spelling.strip(), reason)
            if added:
                self.conn.execute("UPDATE actors SET updated_at = ? WHERE id = ?", [now, entry.id])
        self._cache = None
        return added

    def merge(self, merged: str | int, into: str | int, *, reason: str | None = None) -> ActorEntry:
        """Fold one actor into another: its name and aliases become the other's aliases,
        its history moves along, and it is gone from the dictionary."""
        gone, kept = self.find(merged), self.find(into)
        if gone.id == kept.id:
            raise ValidationError(f"{gone.name!r} and {kept.name!r} are already one actor.")
        now = utc_now()
        with transaction(self.conn):
            self.conn.execute("UPDATE actor_aliases SET actor_id = ? WHERE actor_id = ?", [kept.id, gone.id])
            self.conn.execute("UPDATE actor_history SET actor_id = ? WHERE actor_id = ?", [kept.id, gone.id])
            self.conn.execute("DELETE FROM actors WHERE id = ?", [gone.id])
            self.conn.execute("UPDATE actors SET updated_at = ? WHERE id = ?", [now, kept.id])
            detail = json.dumps(gone.as_dict(), ensure_ascii=False)
            self._log(kept.id, now, "merge", "aliases", detail, kept.name, reason)
        self._cache = None
        return self._entry(kept.id)

    def ensure(self, name: str, actor_type: int | None, country: str | None, *, reason: str) -> Actor | None:
        """The actor a spelling names, added to the dictionary when it is new (for
        imports that carry actor names and types, as ACLED files do). Generic names
        ("Unidentified Armed Group (…)", "Civilians (…)") are not added."""
        head, _ = split_country_suffix(name)
        if not actor_key(name) or head in (UNIDENTIFIED, "Civilians"):
            return None
        known = self.lookup(name)
        if known:
            return known
        self.add(name, actor_type=actor_type, country=country, reason=reason)
        return self.lookup(name)

    def seed(self) -> int:
        """Add the shipped seed actors that are missing (by any spelling); returns how many.

        An actor the user already has under another spelling is left alone, and a seed
        alias that another actor already holds is skipped: the user's dictionary wins.
        """
        added = 0
        now = utc_now()
        with transaction(self.conn):
            for row in seed_rows():
                spellings = [row["name"], *(a for a in row["aliases"].split(";") if a.strip())]
                if any(self.lookup(s) for s in spellings):
                    continue
                cursor = self.conn.execute(
                    "INSERT INTO actors (name, actor_type, country, source, notes, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [row["name"], int(row["type"]), row["country"] or None, row["source"] or None,
                     row["notes"] or None, now, now],
                )  # fmt: skip
                actor_id = int(cursor.lastrowid or 0)
                for spelling in spellings:
                    self._insert_alias(actor_id, spelling, strict=False)
                self._log(actor_id, now, "create", None, None, row["name"], "seed list shipped with incident-tracker")
                self._cache = None
                added += 1
        return added

    def _insert_alias(self, actor_id: int, spelling: str, *, strict: bool = True) -> bool:
        text = refuse_nul(spelling, "alias").strip()
        key = actor_key(text)
        if not key:
            if strict:
                raise ValidationError("An alias cannot be empty.")
            return False
        row = self.conn.execute(
            "SELECT a.id, a.name FROM actor_aliases k JOIN actors a ON a.id = k.actor_id WHERE k.key = ?", [key]
        ).fetchone()
        if row:
            if row[0] == actor_id or not strict:
                return False
            raise ConflictError(
                f"{text!r} already names actor {row[0]} ({row[1]}). "
                f"Merge the two actors if they are one ('tracker actors merge')."
            )
        self.conn.execute("INSERT INTO actor_aliases (actor_id, alias, key) VALUES (?, ?, ?)", [actor_id, text, key])
        self._cache = None
        return True

    def _log(
        self,
        actor_id: int,
        now: str,
        action: str,
        field: str | None,
        old: str | None,
        new: str | None,
        reason: str | None,
    ) -> None:
        if reason:
            refuse_nul(reason, "reason")  # inside the write's transaction: nothing of it is kept
        self.conn.execute(
            "INSERT INTO actor_history (actor_id, changed_at, action, field, old_value, new_value, reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [actor_id, now, action, field, old, new, reason],
        )
