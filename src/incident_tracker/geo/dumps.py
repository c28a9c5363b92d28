"""GeoNames country files (``AF.txt``, ``AF.zip``): full country detail for the gazetteer.

The gazetteer built from cities500 knows towns of 500 people or more; a GeoNames
country dump also has every village, the districts (ADM2) and sub-districts (ADM3),
border posts (feature code ``PSTB``), customs posts, passes (``PASS``) and bridges.
``tracker gazetteer add AF TJ …`` merges such files into the user's gazetteer: the
file is kept in the cache folder (so a rebuild merges it again), and its rows are
added to the gazetteer file in place, in one transaction.

The format is GeoNames' "geoname" table, tab-separated, 19 columns, no header:
geonameid, name, asciiname, alternatenames, latitude, longitude, feature class,
feature code, country code, cc2, admin1, admin2, admin3, admin4, population,
elevation, dem, timezone, modification date. GeoNames data, CC BY 4.0.

``--online`` downloads ``https://download.geonames.org/export/dump/XX.zip`` once
(``TRACKER_GEONAMES_URL`` points elsewhere, e.g. the local server the tests start).
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from ..errors import GeocodingError, ValidationError
from ..exchange import leftovers
from ..store import gazetteer as sql
from .text import kept_script, name_key, phonetic_key, strip_level

if TYPE_CHECKING:
    from ..progress import Progress
    from .gazetteer import Reporter

URL_ENV = "TRACKER_GEONAMES_URL"
DEFAULT_URL = "https://download.geonames.org/export/dump/"
COLUMNS = 19

#: Feature codes kept, and what the place is (None: a populated place).
KINDS: dict[str, str | None] = {
    "ADM2": "district",
    "ADM3": "district",
    "PSTB": "border_post",
    "PSTC": "border_crossing",
    "PSTP": "border_post",
    "BDG": "bridge",
    "PASS": "pass",
    "FT": "base",
    "MILB": "base",
    "AIRP": "airfield",
    "AIRF": "airfield",
    "CMP": "camp",
    "CMPRF": "camp",
}
#: Populated places that are not there any more (historical, abandoned, destroyed) are left out.
_GONE = {"PPLH", "PPLQ", "PPLW", "PPLCH"}
_CODE = re.compile(r"^[A-Za-z]{2}$")


@dataclass
class MergeReport:
    country: str
    places: int
    names: int
    path: Path


def _kind(feature_class: str, feature_code: str) -> tuple[bool, str | None, str | None]:
    """(keep?, kind, level) for a feature."""
    if feature_class == "P":
        return feature_code not in _GONE, None, None
    if feature_code in KINDS:
        kind = KINDS[feature_code]
        return True, kind, "admin2" if kind == "district" else None
    return False, None, None


def _lines(path: Path, shown: str | None = None) -> Iterator[str]:
    """The data lines of a dump, from the .txt or from inside the .zip. ``shown`` is the name the
    file goes by (a download's URL, while it is still a temporary file): its kind, and messages."""
    name = Path(shown) if shown else path
    try:
        if name.suffix.lower() == ".zip":
            with zipfile.ZipFile(path) as archive:
                member = next((n for n in archive.namelist() if n.upper() == f"{name.stem.upper()}.TXT"), None)
                if member is None:
                    raise GeocodingError(
                        f"{shown or path} holds no {name.stem.upper()}.txt: is it a GeoNames country file?"
                    )
                with archive.open(member) as raw:
                    yield from io.TextIOWrapper(raw, encoding="utf-8")
        else:
            with path.open(encoding="utf-8") as handle:
                yield from handle
    except (OSError, zipfile.BadZipFile, UnicodeDecodeError) as exc:
        raise GeocodingError(f"Cannot read {shown or path} as a GeoNames country file: {exc}.") from None


#: Where name, asciiname, alternatenames, feature class and code, country code, admin1 and admin2 are.
_TEXT_COLUMNS = (1, 2, 3, 6, 7, 8, 10, 11)


def _records(path: Path, shown: str | None = None) -> Iterator[tuple[list[str], int, float, float, int]]:
    """Each line's cells with its id, coordinates and population, or an error naming the line."""
    for number, line in enumerate(_lines(path, shown), start=1):
        cells = line.rstrip("\n").split("\t")
        if len(cells) != COLUMNS:
            raise GeocodingError(
                f"{shown or path}, line {number}: {len(cells)} columns, not the {COLUMNS} of a GeoNames country file."
            )
        try:
            yield cells, int(cells[0]), float(cells[4]), float(cells[5]), int(cells[14] or 0)
        except ValueError:
            raise GeocodingError(
                f"{shown or path}, line {number}: the id, coordinates or population is not a number."
            ) from None


def check_dump(path: Path, shown: str | None = None) -> None:
    """Read a country file through before it is kept: a file the merge would refuse, once kept in
    the cache folder, made every later build of the gazetteer fail on it (it merges every kept file).
    A download is read through too (``shown``: its URL), before it takes the name ``XX.zip``."""
    if not any(True for _ in _records(path, shown)):
        raise GeocodingError(f"{shown or path} holds no places.")


def _alternates(name: str, ascii_name: str, alternates: str) -> set[str]:
    from .source import _alternate_kept

    keys: set[str] = set()
    for form in (name, ascii_name, *alternates.split(",")):
        if not form or not _alternate_kept(form, name):
            continue
        for variant in {form, strip_level(form)[0]}:
            key = name_key(variant)
            if len(key) >= 2 and kept_script(key):
                keys.add(key)
    return keys


def merge(conn: sqlite3.Connection, path: Path) -> MergeReport:
    """Add a country file's places to an open gazetteer; places it already has are kept as they are."""
    country = ""
    rows: list[tuple[object, ...]] = []
    name_rows: list[tuple[str, str | None, int]] = []
    admin2_names: dict[tuple[str, str], str] = {}
    pending: list[tuple[list[object], str]] = []
    for cells, place_id, latitude, longitude, population in _records(path):
        name, ascii_name, alternates, fclass, fcode, code, admin1, admin2 = (cells[i] for i in _TEXT_COLUMNS)
        country = country or code
        if fcode == "ADM2" and admin2:
            admin2_names[(admin1, admin2)] = strip_level(name)[0]
        keep, kind, level = _kind(fclass, fcode)
        if not keep:
            continue
        row: list[object] = [place_id, name, code, admin1 or None, latitude, longitude, population, kind, level]
        pending.append((row, admin2))
        for key in _alternates(name, ascii_name, alternates):
            name_rows.append((key, phonetic_key(key), place_id))
    for row, admin2 in pending:
        rows.append((*row, admin2_names.get((str(row[3] or ""), admin2)) if admin2 else None))
    if not country:
        raise GeocodingError(f"{path} holds no places.")
    ids = json.dumps([r[0] for r in rows])
    known = sql.known_ids(conn, ids)
    fresh_rows = [r for r in rows if r[0] not in known]
    sql.insert_full_places(conn, fresh_rows)
    # Names only for places that were not there already (cities500 gave those theirs).
    fresh = [n for n in name_rows if n[2] not in known]
    sql.insert_names(conn, fresh)
    added = len(fresh_rows)
    return MergeReport(country, added, len(fresh), path)


def merge_into(gazetteer_path: Path, dump: Path) -> MergeReport:
    """Merge one country file into a built gazetteer file, in one transaction, and record it."""
    conn = sql.open_for_writing(gazetteer_path)
    try:
        with conn:
            sql.begin(conn)
            report = merge(conn, dump)
            merged = {c for c in (sql.get_meta(conn, "countries_merged") or "").split(",") if c} | {report.country}
            sql.set_meta(conn, [("countries_merged", ",".join(sorted(merged)))])
    finally:
        conn.close()
    return report


def keep(source: Path, folder: Path) -> Path:
    """Copy a country file into the cache folder (``XX.zip``/``XX.txt``) so rebuilds merge it again."""
    stem = source.stem.upper()
    if not _CODE.match(stem) or source.suffix.lower() not in (".zip", ".txt"):
        raise ValidationError(
            f"{source.name}: a GeoNames country file is named like AF.txt or AF.zip (two-letter country code)."
        )
    check_dump(source)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{stem}{source.suffix.lower()}"
    if source.resolve() == target.resolve() or (target.exists() and os.path.samefile(source, target)):
        return target
    # Copied beside and renamed: a full disk or Ctrl-C part-way leaves no cut file to merge later
    # (and SIGKILL a ".partial" carrying this process's id, which the next add removes).
    handle, name = tempfile.mkstemp(dir=folder, prefix=leftovers.temporary_prefix(target), suffix=".partial")
    os.close(handle)
    try:
        shutil.copyfile(source, name)
        os.replace(name, target)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return target


def download_url(code: str) -> str:
    base = os.environ.get(URL_ENV, "").strip() or DEFAULT_URL
    return f"{base.rstrip('/')}/{code.upper()}.zip"


def download(code: str, folder: Path, *, progress: Progress | None = None) -> Path:
    """Fetch ``XX.zip`` from GeoNames into ``folder`` (once: an existing file is reused)."""
    from urllib.error import URLError
    from urllib.request import Request, urlopen

    from .. import __version__

    target = folder / f"{code.upper()}.zip"
    if target.exists():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    url = download_url(code)
    request = Request(url, headers={"User-Agent": f"incident-tracker/{__version__}"})
    fd, tmp_name = tempfile.mkstemp(prefix=leftovers.temporary_prefix(target), suffix=".partial", dir=folder)
    try:
        with os.fdopen(fd, "wb") as out, urlopen(request, timeout=60) as response:
            _copy(response, out, int(response.headers.get("Content-Length") or 0), progress)
        # Read through before it is kept: a proxy's error page saved as XX.zip failed every later build.
        check_dump(Path(tmp_name), shown=url)
        os.replace(tmp_name, target)
    except (URLError, OSError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise GeocodingError(
            f"Could not download {url} ({reason}). Download it yourself and run 'tracker gazetteer add PATH'."
        ) from None
    except GeocodingError as exc:
        raise GeocodingError(
            f"The download is not a GeoNames country file, so it was not kept: {exc} Download it yourself "
            "and run 'tracker gazetteer add PATH'."
        ) from None
    finally:
        Path(tmp_name).unlink(missing_ok=True)  # gone already once renamed into place
    return target


def _copy(source: IO[bytes], out: IO[bytes], total: int, progress: Progress | None) -> None:
    done = 0
    while chunk := source.read(1 << 16):
        out.write(chunk)
        done += len(chunk)
        if progress:
            progress(done, total)


#: A country file's temporary name in the cache folder (``.TJ.zip.PID.random.partial``).
_PARTIAL = re.compile(r"^\.([A-Za-z]{2})\.(zip|txt)\.")


def remove_stale_partials(folder: Path) -> list[Path]:
    """Remove the ``.partial`` files a ``gazetteer add`` killed mid-copy or mid-download left in
    ``folder`` (SIGKILL cannot clean up), by the rule of :mod:`.leftovers`: the writer is gone and
    the file quiet for a minute, or quiet for an hour. They are never merged meanwhile: a build
    reads only ``XX.zip`` and ``XX.txt``."""
    try:
        names = {match.group(1, 2) for entry in folder.iterdir() if (match := _PARTIAL.match(entry.name))}
    except OSError:
        return []
    return [gone for code, kind in sorted(names) for gone in leftovers.remove_stale(folder / f"{code}.{kind}")]


def _country(source: str) -> str | None:
    """The GeoNames code ``source`` names: two letters as given (GeoNames has files ISO lacks, XK), or a code
    of three letters or an English name as every ``--country`` reads them (probe20: ``tjk`` was refused here)."""
    from ..models.country import country_code

    return source.upper() if _CODE.match(source) else country_code(source)


class NotDownloadedError(ValidationError):
    """A country's file is neither given nor kept, and downloading was not allowed."""

    def __init__(self, code: str, url: str) -> None:
        self.code, self.url = code, url
        super().__init__(f"No GeoNames file for {code} yet: give its path (from {url}), or allow downloading it once.")


def add(
    source: str,
    *,
    online: bool = False,
    progress: Progress | None = None,
    reporter: Reporter | None = None,
) -> MergeReport:
    """``tracker gazetteer add SOURCE``: a country code (its file kept earlier, or downloaded with
    ``online``) or a path to ``XX.txt``/``XX.zip``; the file is kept and merged into the gazetteer.
    ``progress`` follows a download, ``reporter`` a first build of the gazetteer."""
    from .build import dumps_dir
    from .gazetteer import Gazetteer, default_path

    if not source.strip():  # Path("") is the current folder: "Error:  is a folder" named nothing (probe19)
        raise ValidationError(
            "Give a country code (AF) or a GeoNames country file (AF.txt or AF.zip), not an empty name."
        )
    folder = dumps_dir()
    remove_stale_partials(folder)
    path = Path(source).expanduser()
    if path.suffix.lower() in (".zip", ".txt") or path.exists():
        if not path.exists():
            raise ValidationError(f"No file at {source}.")
        if not path.is_file():
            raise ValidationError(
                f"{source} is {'a folder' if path.is_dir() else 'not a regular file (a device or a pipe)'}: "
                "give a GeoNames country file (AF.txt or AF.zip) or a country code."
            )
        kept = keep(path, folder)
    elif code := _country(source):
        stored = [p for p in (folder / f"{code}.zip", folder / f"{code}.txt") if p.exists()]
        if stored:
            kept = stored[0]
        elif online:
            kept = download(code, folder, progress=progress)
        else:
            raise NotDownloadedError(code, download_url(code))
    else:
        raise ValidationError(f"{source!r} is neither a country (AF, AFG, Afghanistan) nor an AF.txt/AF.zip file.")
    target = default_path()
    if not target.exists():
        Gazetteer.open(target, reporter=reporter).close()  # the build merges every kept file, this one included
        return MergeReport(kept.stem.upper(), -1, -1, kept)
    try:
        return merge_into(target, kept)
    except sqlite3.Error as exc:  # a full disk: said of the gazetteer, not as "Database error" (probe25)
        from ..store.transactions import explain

        raise GeocodingError(
            f"Cannot merge {kept.stem.upper()} into the offline gazetteer ({target}): {explain(exc)} Its country "
            f"file stays in {folder}, so a later add or build merges it."
        ) from None
