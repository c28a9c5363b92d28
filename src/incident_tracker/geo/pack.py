"""The regional place pack: border crossings, posts, passes, bridges and border districts.

Shipped with the package as ``geo/data/border_places.tsv`` (tab-separated, ``#`` comment
lines first, then a header row)::

    name  kind  country  border_with  admin1  admin2  latitude  longitude  aliases  source  notes

``border_with`` lists the country (or countries, ``;``-separated) on the other side, so
a crossing answers a country constraint of either side; ``aliases`` are ``;``-separated
spellings in any script (one written ``=مہمند ایجنسی`` answers only as written, never with
its unit word taken off: the bare word names another place too). The pack is loaded into the gazetteer file (see
:func:`incident_tracker.geo.gazetteer.sync_pack`), where its rows outrank GeoNames
places of the same score: they are the places border incidents are reported at, and
GeoNames' populated places rarely hold them.

Standard library only.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import GeocodingError

PACK_FILE = "border_places.tsv"
#: Pack rows get ids from here on in the gazetteer (GeoNames ids stay far below).
PACK_BASE = 2_000_000_000
COLUMNS = (
    "name",
    "kind",
    "country",
    "border_with",
    "admin1",
    "admin2",
    "latitude",
    "longitude",
    "aliases",
    "source",
    "notes",
)
#: Kinds of pack rows, and the geo_precision a match on one stands for.
KIND_LEVEL = {
    "border_crossing": None,
    "border_post": None,
    "pass": None,
    "bridge": None,
    "town": None,
    "district": "admin2",
}


@dataclass(frozen=True)
class PackEntry:
    """One row of the pack."""

    line: int
    name: str
    kind: str
    country: str
    border_with: tuple[str, ...]
    admin1: str | None
    admin2: str | None
    latitude: float
    longitude: float
    aliases: tuple[str, ...]
    source: str
    #: Aliases written with a leading "=": indexed whole only (see the module's docstring).
    whole_aliases: tuple[str, ...] = ()

    @property
    def level(self) -> str | None:
        return KIND_LEVEL.get(self.kind)


def shipped_path() -> Path:
    """Where the shipped pack is (it may be missing from a trimmed install)."""
    return Path(str(resources.files("incident_tracker.geo").joinpath("data", PACK_FILE)))


def digest(path: Path | None = None) -> str:
    """A hash of the pack file ("none" when there is none): the gazetteer reloads the pack when it changes."""
    target = path or shipped_path()
    try:
        return hashlib.sha256(target.read_bytes()).hexdigest()[:16]
    except OSError:
        return "none"


@lru_cache(maxsize=1)
def reader_digest() -> str:
    """A hash of this module's own source: a new reading of the same pack rows must reload them.

    Else a user cache built by an older reader keeps the old rows until PACK_KEYS_VERSION is bumped
    by hand, which a change here can forget. About 20 KB hashed once per process, when the
    gazetteer is opened (not at start-up).
    """
    try:
        return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    except OSError:  # a build that ships only byte code: the version alone keys the rows
        return "none"


def read_pack(path: Path | None = None) -> list[PackEntry]:
    """Every row of the pack; a malformed row is an error naming its line (the pack is curated)."""
    target = path or shipped_path()
    try:
        text = target.read_text("utf-8")
    except OSError:
        return []
    return list(_rows(text, target))


@lru_cache(maxsize=1)
def shipped_pack() -> tuple[PackEntry, ...]:
    """The shipped pack's rows, read once a process: the phrase rules and answer guards only read them."""
    return tuple(read_pack())


@lru_cache(maxsize=64)
def points_between(countries: frozenset[str]) -> tuple[tuple[float, float], ...]:
    """The points of the shipped pack's places on a border between two of ``countries`` (either side), the
    line several answer guards measure against; read once a process per set of countries."""
    return tuple(
        (row.latitude, row.longitude)
        for row in shipped_pack()
        if row.country in countries and set(row.border_with) & (countries - {row.country})
    )


@lru_cache(maxsize=1)
def _whole_keys() -> frozenset[str]:
    from .text import name_key

    return frozenset(name_key(alias) for entry in shipped_pack() for alias in entry.whole_aliases)


@lru_cache(maxsize=1)
def _whole_kinds() -> dict[str, str]:
    from .text import name_key

    return {name_key(alias): entry.kind for entry in shipped_pack() for alias in entry.whole_aliases}


def whole_alias_kind(text: str) -> str | None:
    """The kind of the pack row that keeps ``text``, as written, as a whole alias ("=Манас району", Manas District's
    Kyrgyz name with its unit word), or None. The script readers would rewrite such a text ("Манас district") before
    the lookup, so that the alias could never be reached (geo138's finding); the phrase reader asks this first."""
    from .text import name_key

    return _whole_kinds().get(name_key(text))


@lru_cache(maxsize=1)
def _latin_whole_districts() -> dict[str, str]:
    from .text import latin_key, name_key

    return {
        latin_key(name_key(alias)): alias
        for entry in shipped_pack()
        if entry.kind == "district"
        for alias in entry.whole_aliases
        if alias.isascii()
    }


def latin_whole_district(name: str) -> str | None:
    """The pack's whole Latin alias a Cyrillic district name spells letter for letter with its unit word ("Манас" →
    "Manas District", "Москва" → "Moskva District"), or None. The readers make "Манас district" of "Манасский район",
    "в Манасском районе" or "Манас району"; the whole alias answers it, not the village Manas that bears the bare
    name (geo140), as "Торхам" is Torkham letter for letter."""
    from .text import latin_key, name_key

    return _latin_whole_districts().get(latin_key(name_key(f"{name} district")))


def strip_unit(text: str) -> tuple[str, str | None]:
    """:func:`.text.strip_level`, except that a spelling the pack keeps whole ("مہمند ایجنسی", Mohmand
    Agency) keeps its unit word: its bare word ("مہمند") is also Mamund, a tehsil of Bajaur, so the
    reader asks the gazetteer for the whole spelling, which alone answers (the level is still read)."""
    from .text import name_key, strip_level

    name, level = strip_level(text)
    if name != text.strip() and name_key(text) in _whole_keys():
        return text.strip(), level
    # "the Golshan border district": the border word between the name and its unit word says where the unit lies,
    # and the spelling the pack keeps whole is the name with its unit word (geo140)
    plain = _BORDER_BEFORE_UNIT.sub(" ", text.strip())
    if level is not None and plain != text.strip() and name_key(plain) in _whole_keys():
        return plain, level
    return name, level


_BORDER_BEFORE_UNIT = re.compile(r"\s+border\s+(?=(?:district|county|tehsil|agency)$)", re.IGNORECASE)


def _rows(text: str, path: Path) -> Iterator[PackEntry]:
    header: list[str] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            missing = [c for c in COLUMNS[:8] if c not in header]
            if missing:
                raise GeocodingError(f"{path}: the header lacks {', '.join(missing)}.")
            continue
        row = dict(zip(header, (c.strip() for c in cells), strict=False))
        try:
            latitude, longitude = float(row["latitude"]), float(row["longitude"])
        except (KeyError, ValueError):
            raise GeocodingError(f"{path}, line {number}: latitude and longitude must be numbers.") from None
        if not row.get("name") or len(row.get("country", "")) != 2:
            raise GeocodingError(f"{path}, line {number}: a row needs a name and a two-letter country code.")
        aliases = _with_urdu_ye([a.strip() for a in (row.get("aliases") or "").split(";") if a.strip()])
        yield PackEntry(
            line=number,
            name=row["name"],
            kind=row.get("kind") or "town",
            country=row["country"].upper(),
            border_with=tuple(c.strip().upper() for c in (row.get("border_with") or "").split(";") if c.strip()),
            admin1=row.get("admin1") or None,
            admin2=row.get("admin2") or None,
            latitude=latitude,
            longitude=longitude,
            aliases=tuple(a.lstrip("=") for a in aliases),
            source=row.get("source") or "",
            whole_aliases=tuple(a[1:] for a in aliases if a.startswith("=")),
        )


#: Pashto "ې" (e) is written "ی" in Urdu and Dari: "وېش" (Wesh) is "ویش" in an Urdu report.
_PASHTO_E = str.maketrans("ې", "ی")


def _with_urdu_ye(aliases: list[str]) -> list[str]:
    """The aliases, and after each one written with Pashto "ې" its Urdu and Dari spelling with "ی"."""
    out: list[str] = []
    for alias in aliases:
        out.append(alias)
        plain = alias.translate(_PASHTO_E)
        if plain != alias and plain not in aliases:
            out.append(plain)
    return out
