"""Likely duplicates: the same event recorded twice, or a draft that is already recorded.

Candidates come from SQL — pairs of live incidents whose dates lie within a window,
not already linked as duplicates — and each candidate is then scored (NumPy columns) on
four things an analyst would compare, each between 0 and 1:

* **date**: 1 on the same day, falling to 0 at the edge of the window;
* **place**: from the distance when both have coordinates (1 at the same spot, 0 at
  ``km``); else 0.5 for the same country, 0 for different countries;
* **toll**: 1 for the same number killed, the ratio of the two otherwise, 0.5 when
  either is unknown;
* **type**: 1 for the same sub-event type, 0.7 for the same event type only.

The score is their weighted mean (date 0.3, place 0.3, toll 0.2, type 0.2);
pairs at or above ``min_score`` are reported with the reasons, strongest first.
Two located incidents further apart than ``km`` are never reported: however alike
otherwise, they happened in different places.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from ..models.dates import EARLIEST_DATE, LATEST_DATE
from .database import rows
from .duplicate_arrays import ArraySweep
from .duplicate_block import PairBlock
from .duplicate_score import date_place, pair_score, toll_score
from .duplicate_window import Pair as Pair
from .filters import Filters, haversine_km
from .stored_guards import guarded, readable_dates

if TYPE_CHECKING:
    from ..progress import Count
    from .incidents import IncidentStore

DEFAULT_DAYS = 3
#: The largest gap two of a record's dates can have (1900-01-01 to 2100-12-31): ``days`` stops there.
LARGEST_GAP = (LATEST_DATE - EARLIEST_DATE).days
DEFAULT_KM = 50.0
DEFAULT_MIN_SCORE = 0.6
#: Progress is reported every this many incidents read.
PROGRESS_EVERY = 5000

#: What a table of pairs shows of each incident, by name: the sweep reads these with the
#: fields it scores (a second query per batch of pairs cost more than reading them once).
PAIR_COLUMNS = (
    "id",
    "event_date",
    "event_date_end",
    "date_precision",
    "location",
    "place",
    "country",
    "killed",
    "killed_low",
    "killed_high",
)
#: The row of an incident as the sweep reads it: the nine scored fields first, in the
#: order :func:`_compare` reads them by position, then the rest of ``PAIR_COLUMNS``.
_NAMES = ("id", "event_date", "place", "country", "latitude", "longitude", "killed", "event_type", "sub_event_type")
ROW_NAMES = _NAMES + tuple(name for name in PAIR_COLUMNS if name not in _NAMES)
_COLUMNS = ", ".join(_NAMES)
#: Each typed column NULL where another program wrote what tracker never does (``stored_guards``):
#: an incident with a date that is no day is never in a pair, a text toll or a latitude of 200 is unknown.
_ALIASED = ", ".join(guarded(name) for name in ROW_NAMES)
_NEAR_DATE = f"""
SELECT {", ".join(guarded(name) for name in _NAMES)} FROM incidents AS i
WHERE i.deleted_at IS NULL AND abs(julianday(i.event_date) - julianday(?)) <= ? AND {readable_dates()}
ORDER BY i.id
"""


def _connection(source: IncidentStore | sqlite3.Connection) -> sqlite3.Connection:
    """The connection of a store (the usual argument), or a bare connection (older callers)."""
    return source if isinstance(source, sqlite3.Connection) else source.conn


class Match:
    """Two incidents (or a draft and an incident) that look alike, and why.

    ``reasons`` are written out only when read: a large file has millions of pairs, and
    building four sentences for each cost more than finding it. A match found by the
    sweep keeps what they are made from (the two rows, the gap, the distance).
    """

    __slots__ = ("_parts", "_reasons", "far", "first", "score", "second")

    def __init__(
        self, first: int | None, second: int, score: float, reasons: list[str] | None = None, far: bool = False
    ) -> None:
        self.first = first
        self.second = second
        self.score = score
        self.far = far  # both located, and further apart than ``km``: not one event
        self._reasons = reasons if reasons is not None else []
        self._parts: tuple[Pair, int] | None = None

    @classmethod
    def found(cls, pair: Pair, days: int) -> Match:
        """The match of a pair from :func:`scan_duplicate_pairs` (its reasons made when read)."""
        match = cls(pair[0][0], pair[1][0], pair[2])
        match._parts = (pair, days)
        return match

    @property
    def reasons(self) -> list[str]:
        if self._parts is not None:
            self._reasons = pair_reasons(*self._parts)
            self._parts = None
        return self._reasons

    def as_dict(self) -> dict[str, Any]:
        return {"first": self.first, "second": self.second, "score": round(self.score, 2), "reasons": self.reasons}

    def _key(self) -> tuple[Any, ...]:
        return (self.first, self.second, self.score, self.reasons, self.far)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Match) and self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]  # mutable, like the dataclass it was

    def __repr__(self) -> str:
        first, second, score, reasons, far = self._key()
        return f"Match({first=!r}, {second=!r}, {score=!r}, {reasons=!r}, {far=!r})"


def similarity(a: dict[str, Any], b: dict[str, Any], *, days: int = DEFAULT_DAYS, km: float = DEFAULT_KM) -> Match:
    """Score two records (dicts with the codebook's field names); ``first``/``second`` are their ids. ``days`` and
    ``km`` are checked as the sweep checks them: the date scores are tabled for every gap up to ``days``."""
    check_scan(km, DEFAULT_MIN_SCORE, days)
    gap = abs((dt.date.fromisoformat(a["event_date"]) - dt.date.fromisoformat(b["event_date"])).days)
    return _compare(tuple(map(a.get, _NAMES)), tuple(map(b.get, _NAMES)), gap, days, km)


def _date_parts(days: int) -> tuple[list[float], list[str]]:
    """The date score and reason of each gap from 0 to ``days`` (computed once per window)."""
    parts = _DATE_PARTS.get(days)
    if parts is None:
        scores = [max(0.0, 1 - gap / (days + 1)) for gap in range(days + 1)]
        reasons = ["same day" if gap == 0 else f"{gap} day{'s' if gap > 1 else ''} apart" for gap in range(days + 1)]
        parts = _DATE_PARTS[days] = (scores, reasons)
    return parts


_DATE_PARTS: dict[int, tuple[list[float], list[str]]] = {}


def _compare(a: tuple[Any, ...], b: tuple[Any, ...], gap: int, days: int, km: float) -> Match:
    """The score of two rows (in ``_NAMES`` order) whose dates are ``gap`` days apart.

    The definition of the score: :func:`similarity` scores through it, and the sweep of
    :func:`iter_duplicate_pairs` (``duplicate_arrays``) repeats its operations in the same order
    where it finds each pair, so that it reports exactly what comparing every pair did
    (tests/test_duplicates.py checks it against this).
    """
    date = _date_parts(days)[0][gap] if gap <= days else max(0.0, 1 - gap / (days + 1))
    lat_a, lat_b = a[4], b[4]
    distance: float | None = None
    if lat_a is not None and lat_b is not None:
        distance = haversine_km(lat_a, a[5], lat_b, b[5])
        place = max(0.0, 1 - distance / km)
    else:
        country_a, country_b = a[3], b[3]
        place = (0.5 if country_a == country_b else 0.0) if country_a and country_b else 0.25
    sub_a, type_a = a[8], a[7]
    kind = 1.0 if sub_a and sub_a == b[8] else 0.7 if type_a and type_a == b[7] else 0.0
    score = pair_score(date_place(date, place), toll_score(a[6], b[6]), kind)
    match = Match(a[0], int(b[0]) if b[0] is not None else 0, score, None, distance is not None and distance > km)
    match._parts = ((a, b, score, gap, distance), days)
    return match


def pair_reasons(pair: Pair, days: int) -> list[str]:
    """Why the two incidents of ``pair`` look alike, in words: the date, the place, the toll, the type."""
    a, b, _, gap, distance = pair
    # A gap beyond the window: similarity() of two records further apart than that.
    reasons = [_date_parts(days)[1][gap] if gap <= days else f"{gap} day{'s' if gap > 1 else ''} apart"]
    if distance is not None:
        reasons.append(f"{distance:.0f} km apart")
    else:
        country_a, country_b = a[3], b[3]
        if country_a and country_b:
            reasons.append(f"both in {country_a}" if country_a == country_b else f"in {country_a} and {country_b}")
    killed_a, killed_b = a[6], b[6]
    if killed_a is not None and killed_b is not None:
        reasons.append(
            f"same toll ({killed_a} killed)" if killed_a == killed_b else f"{killed_a} and {killed_b} killed"
        )
    sub_a, type_a = a[8], a[7]
    if sub_a and sub_a == b[8]:
        reasons.append(f"both {sub_a}")
    elif type_a and type_a == b[7]:
        reasons.append(f"both {type_a}")
    return reasons


def reasons_key(pair: Pair) -> tuple[Any, ...]:
    """What :func:`pair_reasons` makes the pair's reasons of, as a key: pairs with the same key
    have the same reasons (the gap; the distance in whole km, ``round`` rounding as ``:.0f``
    writes; the two tolls; the type both share; the countries when either is unlocated).
    Millions of pairs share far fewer keys, so a writer keeps what it made of each."""
    a, b, _, gap, distance = pair
    sub, kind = a[8], a[7]
    return (
        gap,
        -1 if distance is None else round(distance),
        a[6],
        b[6],
        sub if sub and sub == b[8] else None,
        kind if kind and kind == b[7] else None,
        a[3] if distance is None else None,
        b[3] if distance is None else None,
    )


def duplicate_pairs(
    source: IncidentStore | sqlite3.Connection,
    *,
    days: int = DEFAULT_DAYS,
    km: float = DEFAULT_KM,
    min_score: float = DEFAULT_MIN_SCORE,
    filters: Filters | None = None,
) -> list[Match]:
    """Pairs of recorded incidents that look like one event, most alike first (:func:`most_alike_first`):
    the pairs of ``tracker duplicates --strongest-first``, as :class:`Match` objects, for a Python
    caller with a file small enough to wait for all of them (``docs/extract.md``, "From Python")."""
    pairs = scan_duplicate_pairs(source, days=days, km=km, min_score=min_score, filters=filters)
    found = Match.found
    return [found(pair, days) for pair in most_alike_first(pairs)]


def most_alike_first(pairs: Iterable[Pair]) -> list[Pair]:
    """The pairs most alike first; pairs of one score by the earlier incident's id, then the later's. One
    order for :func:`duplicate_pairs` and ``tracker duplicates --strongest-first``."""
    return sorted(pairs, key=lambda pair: (-pair[2], pair[0][0], pair[1][0]))


def iter_duplicate_pairs(
    source: IncidentStore | sqlite3.Connection,
    *,
    days: int = DEFAULT_DAYS,
    km: float = DEFAULT_KM,
    min_score: float = DEFAULT_MIN_SCORE,
    filters: Filters | None = None,
    progress: Count | None = None,
) -> Iterator[Match]:
    """The same pairs as :func:`duplicate_pairs`, streamed in date order as they are found."""
    pairs = scan_duplicate_pairs(source, days=days, km=km, min_score=min_score, filters=filters, progress=progress)
    found = Match.found
    for pair in pairs:
        yield found(pair, days)


def check_scan(km: float, min_score: float, days: int = DEFAULT_DAYS) -> None:
    """Refuse a distance or a score that is no number. NaN passes every comparison a range makes (``nan < 0`` is
    false), so ``min_score=nan`` reported no pair at all, as if there were none, and ``km=nan`` stopped the sweep
    inside NumPy (probe19); an infinite distance would pair any two places of one country. A gap in days is at most
    the record's calendar (1900-2100): the sweep scores each gap up to ``days`` ahead, so ``--days 99999999`` of
    8 incidents filled the memory for minutes (1,000,000: 23 s and 575 MB; probe23)."""
    import math
    import numbers

    from ..errors import ValidationError

    def number(value: object) -> float:  # a real number (NumPy's too); a text or a flag is none
        return float(value) if isinstance(value, numbers.Real) and not isinstance(value, bool) else math.nan

    if not (math.isfinite(number(km)) and number(km) > 0):
        raise ValidationError(f"The distance must be a number of kilometres above 0, not {km!r}.")
    if not 0 <= number(min_score) <= 1:
        raise ValidationError(f"The score must be a number from 0 to 1, not {min_score!r}.")
    if not (isinstance(days, numbers.Integral) and not isinstance(days, bool) and 0 <= days <= LARGEST_GAP):
        raise ValidationError(
            f"The gap must be a whole number of days from 0 to {LARGEST_GAP:,} (a record's dates lie between "
            f"{EARLIEST_DATE.year} and {LATEST_DATE.year}), not {days!r}."
        )


def scan_duplicate_pairs(
    source: IncidentStore | sqlite3.Connection,
    *,
    days: int = DEFAULT_DAYS,
    km: float = DEFAULT_KM,
    min_score: float = DEFAULT_MIN_SCORE,
    filters: Filters | None = None,
    progress: Count | None = None,
) -> Iterator[Pair]:
    """The pairs of :func:`iter_duplicate_pairs` as the sweep finds them: tuples of the two
    incidents' rows (fields in ``ROW_NAMES`` order), the score, the gap in days and the
    distance (see :data:`~.duplicate_window.Pair`), for a caller that writes millions of
    them and should not pay for a :class:`Match` each.
    """
    for found in scan_duplicate_batches(
        source, days=days, km=km, min_score=min_score, filters=filters, progress=progress
    ):
        yield from found


def scan_duplicate_batches(
    source: IncidentStore | sqlite3.Connection,
    *,
    days: int = DEFAULT_DAYS,
    km: float = DEFAULT_KM,
    min_score: float = DEFAULT_MIN_SCORE,
    filters: Filters | None = None,
    progress: Count | None = None,
) -> Iterator[list[Pair]]:
    """The pairs of :func:`scan_duplicate_pairs`, in lists: those each incident makes with
    the earlier ones, as it is read (``tracker duplicates`` writes a list at a time: one
    resumption a list, not a pair, of the millions of a large file).

    One pass over the incidents in date order (the date index), keeping only the last
    ``days`` days in memory; see ``SweepWindow`` for which pairs are compared, and
    ``duplicate_arrays`` for how: NumPy columns a few thousand incidents at a time, so
    pairs are handed on a block at a time (one list per incident, still in date order).
    ``progress`` is called with the number of incidents read, every few thousand.
    """
    for block in scan_duplicate_blocks(
        source, days=days, km=km, min_score=min_score, filters=filters, progress=progress
    ):
        yield from block.lists()


def scan_duplicate_blocks(
    source: IncidentStore | sqlite3.Connection,
    *,
    days: int = DEFAULT_DAYS,
    km: float = DEFAULT_KM,
    min_score: float = DEFAULT_MIN_SCORE,
    filters: Filters | None = None,
    progress: Count | None = None,
) -> Iterator[PairBlock]:
    """The pairs of :func:`scan_duplicate_batches`, a block of a few thousand incidents at a
    time, as columns (``duplicate_block``): for a writer of millions of pairs, which needs
    neither a tuple of each nor its reasons more than once for pairs that share them."""
    check_scan(km, min_score, days)
    conn = _connection(source)
    where, params = (filters or Filters()).where()
    if not isinstance(source, sqlite3.Connection):
        source.note_unreadable(filters)  # never paired on a date that is no day, or a point off the globe: said
    linked = {
        (min(a, b), max(a, b))
        for a, b in conn.execute("SELECT incident_id, other_id FROM links WHERE kind = 'duplicate_of'")
    }
    cursor = conn.execute(f"SELECT {_ALIASED} FROM incidents AS i WHERE {where} ORDER BY i.event_date, i.id", params)
    yield from ArraySweep(days, km, min_score).blocks(cursor, linked, progress)


def matches_for(
    source: IncidentStore | sqlite3.Connection,
    record: dict[str, Any],
    *,
    days: int = DEFAULT_DAYS,
    km: float = DEFAULT_KM,
    min_score: float = DEFAULT_MIN_SCORE,
) -> list[Match]:
    """Recorded incidents that look like ``record`` (a draft not yet in the database)."""
    if not record.get("event_date"):
        return []
    found = []
    for row in rows(_connection(source), _NEAR_DATE, [record["event_date"], days]):
        match = similarity({**record, "id": None}, row, days=days, km=km)
        if match.score >= min_score and not match.far:
            found.append(match)
    return sorted(found, key=lambda m: (-m.score, m.second))


def largest_id(source: IncidentStore | sqlite3.Connection) -> int:
    """The largest incident id (0 when empty): how wide a column of ids must be."""
    return int(_connection(source).execute("SELECT coalesce(max(id), 0) FROM incidents").fetchone()[0])
