"""The analyst's own places: border crossings, checkpoints, camps that no gazetteer knows.

They live in the incident database (tables ``places`` and ``place_aliases``, see
migration ``m002_places``) so they travel with the data, and they take precedence
over the gazetteer: once "Esteqlol border crossing" is added, "near the Esteqlol
border crossing" resolves to it like any town.
"""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import NotFoundError, ValidationError
from ..models import check_coordinates, fold, parse_country, parse_vocab
from ..store import places as sql
from .text import name_key

#: What a place is. "other" for everything else; the list is for filtering and display.
PLACE_KINDS: tuple[str, ...] = (
    "border_crossing",
    "checkpoint",
    "border_post",
    "camp",
    "base",
    "outpost",
    "airfield",
    "bridge",
    "mine",
    "village",
    "site",
    "other",
)

_KIND_ALIASES = {
    "crossing": "border_crossing",
    "border crossing": "border_crossing",
    "bcp": "border_crossing",
    "post": "border_post",
    "border post": "border_post",
    "checkpost": "checkpoint",
    "airport": "airfield",
    "airstrip": "airfield",
    "military base": "base",
    "refugee camp": "camp",
}


def parse_kind(text: str | None) -> str | None:
    """Check a place kind, accepting "border crossing" for ``border_crossing``."""
    if text is None or not text.strip():
        return None
    return parse_vocab(text, PLACE_KINDS, _KIND_ALIASES, "place kind")


@dataclass
class UserPlace:
    """One of the analyst's places, with every name it answers to."""

    id: int
    name: str
    latitude: float
    longitude: float
    kind: str | None = None
    country: str | None = None
    admin1: str | None = None
    notes: str | None = None
    aliases: list[str] = field(default_factory=list)
    created_at: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "country": self.country,
            "admin1": self.admin1,
            "aliases": self.aliases,
            "notes": self.notes,
            "created_at": self.created_at,
        }


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class PlaceBook:
    """The user's places in one incident database (its :class:`sqlite3.Connection`)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def _atomic(self) -> Any:
        from ..store.database import transaction

        return transaction(self.conn)

    # --- reading --------------------------------------------------------------------

    def all(self, country: str | None = None) -> list[UserPlace]:
        places = [UserPlace(**row) for row in sql.place_rows(self.conn, country)]
        aliases: dict[int, list[str]] = {}
        for place_id, alias in sql.place_aliases(self.conn):
            aliases.setdefault(place_id, []).append(alias)
        for place in places:
            place.aliases = [a for a in aliases.get(place.id, []) if a != place.name]
        return places

    def get(self, ident: str | int) -> UserPlace:
        """A place by id or by one of its names."""
        text = str(ident).strip()
        if text.isdigit():
            rows = sql.place_ids_by_id(self.conn, int(text))
        else:
            rows = sql.place_ids_by_key(self.conn, name_key(text))
        if not rows:
            raise NotFoundError(f"No place {text!r}. 'tracker places list' shows your places and their ids.")
        if len(rows) > 1:
            ids = ", ".join(str(r) for r in rows)
            raise ValidationError(f"Several places are called {text!r} (ids {ids}); give the id instead.")
        place_id = rows[0]
        return next(p for p in self.all() if p.id == place_id)

    def matches(self, key: str) -> list[UserPlace]:
        """Places one of whose names folds to ``key``."""
        ids = sql.place_ids_by_key(self.conn, key)
        if not ids:
            return []
        return [p for p in self.all() if p.id in ids]

    def names(self) -> list[tuple[int, str, str]]:
        """(place id, alias, key) for every name: the small table the fuzzy stage scans."""
        return sql.place_name_rows(self.conn)

    # --- writing --------------------------------------------------------------------

    def add(
        self,
        name: str,
        latitude: float,
        longitude: float,
        *,
        kind: str | None = None,
        country: str | None = None,
        admin1: str | None = None,
        aliases: Iterable[str] = (),
        notes: str | None = None,
    ) -> UserPlace:
        """Add a place; refuses a name that another place in the same country already has."""
        with self._atomic():
            return self._add(name, latitude, longitude, kind, country, admin1, list(aliases), notes)

    def _add(
        self,
        name: str,
        latitude: float,
        longitude: float,
        kind: str | None,
        country: str | None,
        admin1: str | None,
        aliases: list[str],
        notes: str | None,
    ) -> UserPlace:
        name = " ".join(str(name).split())
        if not name_key(name):
            raise ValidationError("A place needs a name (letters or digits).")
        check_coordinates(latitude, longitude)
        code = parse_country(country) if country else None
        kind = parse_kind(kind)
        names = [name, *(" ".join(a.split()) for a in aliases if a and a.strip())]
        for alias in names:
            for other in self.matches(name_key(alias)):
                if other.country == code or not other.country or not code:
                    raise ValidationError(
                        f"There is already a place called {alias!r} (id {other.id}, {other.name}). "
                        f"Remove it first with 'tracker places remove {other.id}', or use another name."
                    )
        seen: set[str] = set()
        keyed = []
        for alias in names:
            key = name_key(alias)
            if key and key not in seen:
                seen.add(key)
                keyed.append((alias, key))
        values = {
            "name": name,
            "kind": kind,
            "latitude": float(latitude),
            "longitude": float(longitude),
            "country": code,
            "admin1": (admin1 or "").strip() or None,
            "notes": notes,
            "created_at": _now(),
        }
        place_id = sql.insert_place(self.conn, values, keyed)
        return UserPlace(place_id, name, float(latitude), float(longitude), kind, code, admin1, notes, names[1:])

    def remove(self, ident: str | int) -> UserPlace:
        place = self.get(ident)
        with self._atomic():
            sql.delete_place(self.conn, place.id)
        return place

    def import_csv(self, path: Path) -> list[UserPlace]:
        """Add every row of a CSV file (name, latitude, longitude[, country, admin1, kind, aliases, notes]).

        All or nothing: one bad row and nothing is added; the error names the line.
        """
        try:
            return self._import_csv(path)
        except UnicodeDecodeError as exc:
            from ..exchange.readers import unreadable

            raise unreadable(path, exc, path) from None  # the same line as the incidents' import: with the line
        except csv.Error as exc:
            raise ValidationError(f"{path} is not readable CSV ({exc}). Nothing was imported.") from None

    def _import_csv(self, path: Path) -> list[UserPlace]:
        try:
            handle = path.open(newline="", encoding="utf-8-sig")
        except OSError as exc:
            raise ValidationError(f"Cannot read {path}: {exc.strerror}.") from None
        added: list[UserPlace] = []
        with handle, self._atomic():
            from ..exchange.readers import LONGEST_CELL

            csv.field_size_limit(LONGEST_CELL)  # every file we write must import back
            reader = csv.DictReader(handle, strict=True)
            columns = {fold(c).replace(" ", "_"): c for c in reader.fieldnames or []}
            lat_col = columns.get("latitude") or columns.get("lat")
            lon_col = columns.get("longitude") or columns.get("lon") or columns.get("lng")
            if "name" not in columns or not lat_col or not lon_col:
                raise ValidationError(
                    f"{path} needs a header row with name, latitude and longitude "
                    "(optional: country, admin1, kind, aliases, notes)."
                )

            def cell(row: dict[str, Any], name: str) -> str | None:
                column = columns.get(name)
                value = row.get(column) if column else None
                return value.strip() if isinstance(value, str) and value.strip() else None

            for line, row in enumerate(reader, start=2):
                try:
                    latitude = float(row[lat_col])
                    longitude = float(row[lon_col])
                except (TypeError, ValueError):
                    raise ValidationError(
                        f"{path}, line {line}: latitude and longitude must be numbers "
                        f"(got {row.get(lat_col)!r}, {row.get(lon_col)!r}). Nothing was imported."
                    ) from None
                aliases = [a for a in (cell(row, "aliases") or cell(row, "alias") or "").split(";") if a.strip()]
                try:
                    added.append(
                        self._add(
                            cell(row, "name") or "",
                            latitude,
                            longitude,
                            cell(row, "kind"),
                            cell(row, "country"),
                            cell(row, "admin1"),
                            aliases,
                            cell(row, "notes"),
                        )
                    )
                except ValidationError as exc:
                    raise ValidationError(f"{path}, line {line}: {exc} Nothing was imported.") from None
        return added
