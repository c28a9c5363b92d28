"""The window of the duplicates sweep: the incidents of the last few days, indexed so that
each new one is compared only with those that could score high enough (same place cell,
same type, a toll close enough), and scored where it is found.

It sweeps a small file itself, one incident at a time (fewer than ``duplicate_arrays.SMALL``
incidents: importing NumPy would cost more); on a larger one the array sweep of
``duplicate_arrays`` finds the same pairs, and takes from ``SweepWindow`` its reach in days per
class, its date scores and its grid. The tests hold both to a plain loop over every pair.
"""

from __future__ import annotations

import math
from collections import deque
from typing import Any

from .duplicate_score import WEIGHTS, date_place, pair_score, toll_score
from .filters import EARTH_RADIUS_KM

_EPSILON = 1e-9
_DIAMETER = 2 * EARTH_RADIUS_KM

#: One found pair, as the sweep hands it on: the first incident's row (the smaller id, or the
#: draft), the second's, the score, the gap in days and the distance in km (None unless both
#: are located). The reasons are made from it only when someone reads them.
Pair = tuple[tuple[Any, ...], tuple[Any, ...], float, int, "float | None"]


class _Entry:
    """One incident as the sweep holds it: the row, its day number, and what scoring reads
    (the latitude in radians and its cosine are those :func:`haversine_km` computes)."""

    __slots__ = (
        "cell",
        "cos_phi",
        "country",
        "day",
        "event_type",
        "id",
        "killed",
        "located",
        "lon",
        "phi",
        "point",
        "row",
        "sub_event_type",
    )

    def __init__(self, row: tuple[Any, ...], day: int, side: float, across: int) -> None:
        self.row = row
        self.id: int = row[0]
        self.day = day
        self.country = row[3] or None
        self.killed = row[6]
        self.event_type = row[7] or None
        self.sub_event_type = row[8] or None
        lat, lon = row[4], row[5]
        self.located = lat is not None and lon is not None
        if self.located:
            phi, lam = math.radians(lat), math.radians(lon)
            self.phi, self.cos_phi, self.lon = phi, math.cos(phi), lon
            self.point = (
                EARTH_RADIUS_KM * math.cos(phi) * math.cos(lam),
                EARTH_RADIUS_KM * math.cos(phi) * math.sin(lam),
                EARTH_RADIUS_KM * math.sin(phi),
            )
            x, y, z = self.point
            # The cube's three coordinates in one int (each shifted to be positive, below ``across``).
            half = across // 2
            self.cell = (
                ((math.floor(x / side) + half) * across + math.floor(y / side) + half) * across
                + math.floor(z / side)
                + half
            )
        else:
            self.phi = self.cos_phi = self.lon = 0.0
            self.point = (0.0, 0.0, 0.0)
            self.cell = 0


_Index = dict[Any, deque[_Entry]]


class SweepWindow:
    """The incidents of the last ``days`` days, indexed so that each new one meets only
    the earlier ones that could score ``min_score`` with it.

    Why this finds exactly the pairs the all-pairs comparison found: a pair is reported
    when its score (date 0.3, place 0.3, toll 0.2, type 0.2) reaches ``min_score`` and
    its two places, when both are located, are at most ``km`` apart. So

    * two located incidents are compared only when their points fall in neighbouring
      cells of a 3-D grid of ``km``-sided cubes (points on the sphere at most ``km``
      apart along the surface are at most ``km`` apart in a straight line, so in the same
      or an adjacent cube);
    * a pair with at least one unlocated incident has a place score fixed by the two
      countries (0.5 the same, 0 different, 0.25 when either is missing) and a type score
      fixed by the two types (1 the same sub-event type, 0.7 the same event type, 0
      else). For each of these nine classes the largest date gap at which a pair could
      still reach ``min_score`` (with the best toll) is known in advance, and the
      incidents are indexed by sub-event type, event type and country so that each class
      is read from its own index, newest first, stopping at that gap.

    Every candidate is then scored where it is found, with the operations of
    :func:`~.duplicates._compare` (the function :func:`~.duplicates.similarity` scores
    with) in the same order, so that the scores are the same to the last bit; a located
    pair is first bounded from the straight-line distance (never longer than the one
    along the surface), so that the great-circle distance is computed only for pairs
    that could reach ``min_score``. tests/test_duplicates.py checks the result against
    the all-pairs comparison on generated data.
    """

    def __init__(self, days: int, km: float, min_score: float) -> None:
        self.days = days
        self.km = km
        self.min_score = min_score
        self.threshold = min_score - _EPSILON
        self.step = 1.0 / (days + 1)
        #: The date score of each gap, as :func:`~.duplicates._date_parts` has it.
        self.date_score = [max(0.0, 1 - gap / (days + 1)) for gap in range(days + 1)]
        #: The date and place parts of a pair's score, by place score and gap: the first
        #: sum of every pair's score (:func:`~.duplicate_score.date_place`), so the rest adds to the same value.
        self.base = {place: [date_place(date, place) for date in self.date_score] for place in (0.5, 0.25, 0.0)}
        self.cell = km * (1 + 1e-6) + 1e-9
        self.reach2 = self.cell * self.cell
        #: Cubes along each axis (with room for a neighbour on either side), and what a step
        #: to each of the 27 cubes around one adds to its number.
        self.across = 2 * math.ceil(EARTH_RADIUS_KM / self.cell) + 4
        self.neighbours = tuple(
            (dx * self.across + dy) * self.across + dz for dx in (-1, 0, 1) for dy in (-1, 0, 1) for dz in (-1, 0, 1)
        )
        #: The largest gap (in days) at which a pair of each (place, type) score can still
        #: reach the threshold with the best toll; -1 when none can.
        self.gap = {
            (place, kind): self._largest_gap(WEIGHTS["place"] * place + WEIGHTS["type"] * kind)
            for place in (0.5, 0.25, 0.0)
            for kind in (1.0, 0.7, 0.0)
        }
        self.located_gap = self._largest_gap(WEIGHTS["place"] + WEIGHTS["type"])
        #: The smallest toll score with which a located pair of each type score, ``gap``
        #: days apart and at the same spot, still reaches the threshold (a little less, for rounding).
        self.toll_needed = {
            kind: [
                (
                    self.threshold
                    - WEIGHTS["date"] * max(0.0, 1 - gap * self.step)
                    - WEIGHTS["place"]
                    - WEIGHTS["type"] * kind
                )
                / WEIGHTS["toll"]
                - _EPSILON
                for gap in range(days + 1)
            ]
            for kind in (1.0, 0.7, 0.0)
        }
        #: For an incident without (False) or with (True) a country, how far back to read
        #: each index: the same sub-event type, the same event type, every incident (for
        #: other types in other or unknown countries), and other types in its own country.
        self.reach: dict[bool, tuple[int, int, int, int]] = {}
        for has_country in (False, True):
            places = (0.5, 0.25, 0.0) if has_country else (0.25,)
            others = max(self.gap[p, 0.0] for p in places if p != 0.5)
            own = self.gap[0.5, 0.0] if has_country else -1
            self.reach[has_country] = (
                max(self.gap[p, 1.0] for p in places),
                max(self.gap[p, 0.7] for p in places),
                max(others, own) if others >= 0 else -1,
                own,
            )
        self.entries: deque[_Entry] = deque()
        #: Every incident of the window, by sub-event type, event type, country, and all.
        self.every: tuple[_Index, _Index, _Index, deque[_Entry]] = ({}, {}, {}, deque())
        #: The same for the incidents without coordinates only.
        self.unlocated: tuple[_Index, _Index, _Index, deque[_Entry]] = ({}, {}, {}, deque())
        self.cells: _Index = {}

    def _largest_gap(self, fixed: float) -> int:
        best = -1
        for gap in range(self.days + 1):
            date = max(0.0, 1 - gap * self.step)
            if WEIGHTS["date"] * date + fixed + WEIGHTS["toll"] >= self.threshold:
                best = gap
        return best

    def entry(self, row: tuple[Any, ...], day: int) -> _Entry:
        """Wrap a row, and forget the incidents more than ``days`` days before it."""
        oldest = day - self.days
        entries = self.entries
        while entries and entries[0].day < oldest:
            self._forget(entries.popleft())
        return _Entry(row, day, self.cell, self.across)

    def add(self, entry: _Entry) -> None:
        self.entries.append(entry)
        keys = (entry.sub_event_type, entry.event_type, entry.country)
        _append(self.every, keys, entry)
        if entry.located:
            found = self.cells.get(entry.cell)
            if found is None:
                self.cells[entry.cell] = found = deque()
            found.append(entry)
        else:
            _append(self.unlocated, keys, entry)

    def _forget(self, entry: _Entry) -> None:
        """Drop the oldest entry: it is first in every deque that holds it."""
        keys = (entry.sub_event_type, entry.event_type, entry.country)
        _pop(self.every, keys)
        if entry.located:
            _pop_first(self.cells, entry.cell)
        else:
            _pop(self.unlocated, keys)

    # --- pairs ----------------------------------------------------------------

    def pairs(self, entry: _Entry, found: list[Pair]) -> None:
        """Add to ``found`` the pairs ``entry`` makes with earlier incidents of the window
        that reach the threshold: located partners from the cells around it, then the
        indexes by sub-event type, event type and country (or everything).

        A list filled by each scan in turn: millions of pairs on a large file, and a
        generator per scan cost each of them two more resumptions.
        """
        if entry.located:
            self._nearby(entry, found)
            by_sub, by_type, by_country, everything = self.unlocated  # located partners came from the cells
        else:
            by_sub, by_type, by_country, everything = self.every
        country = entry.country
        same_type, like_type, other_type, same_country = self.reach[country is not None]
        sub, kind_type = entry.sub_event_type, entry.event_type
        if sub is not None and sub in by_sub:
            self._scan(entry, by_sub[sub], 1.0, same_type, found)
        if kind_type is not None and kind_type in by_type:
            self._scan(entry, by_type[kind_type], 0.7, like_type, found)
        if other_type >= 0:
            self._scan(entry, everything, 0.0, other_type, found)
        elif country is not None and same_country >= 0 and country in by_country:
            self._scan(entry, by_country[country], 0.0, same_country, found)

    def _scan(self, entry: _Entry, index: deque[_Entry], kind: float, largest_gap: int, found: list[Pair]) -> None:
        """Score the entries of one index of the given type class, newest first, up to
        ``largest_gap`` days back; at least one of each pair is unlocated, so the place
        score comes from the countries (0.5 the same, 0 different, 0.25 either unknown)."""
        if largest_gap < 0:
            return
        add = found.append
        day, sub, kind_type, country, killed = (
            entry.day,
            entry.sub_event_type,
            entry.event_type,
            entry.country,
            entry.killed,
        )
        entry_id, row, min_score = entry.id, entry.row, self.min_score
        # The date and place parts of the score, added as _compare adds them (so the same sum).
        unknown, same, other_place = self.base[0.25], self.base[0.5], self.base[0.0]
        same_sub = kind == 1.0  # the index of the entry's own sub-event type: every one matches
        other_type = kind == 0.0
        for other in reversed(index):
            gap = day - other.day
            if gap > largest_gap:
                break
            if not same_sub:
                if sub is not None and other.sub_event_type == sub:
                    continue  # the scan of the sub-event type reads it
                if other_type and kind_type is not None and other.event_type == kind_type:
                    continue  # the scan of the event type reads it
            other_country = other.country
            if country is None or other_country is None:
                base = unknown[gap]
            elif other_country == country:
                base = same[gap]
            else:
                base = other_place[gap]
            score = pair_score(base, toll_score(killed, other.killed), kind)
            if score >= min_score:
                if other.id < entry_id:
                    add((other.row, row, score, gap, None))
                else:
                    add((row, other.row, score, gap, None))

    def _nearby(self, entry: _Entry, found: list[Pair]) -> None:
        """Score the located entries in the 27 cells around this one, close enough and
        alike enough; the great-circle distance (as :func:`haversine_km` computes it, from
        the first incident to the second) only for those the straight line lets through."""
        if self.located_gap < 0:
            return
        add = found.append
        around = entry.cell
        x, y, z = entry.point
        day, sub, kind_type, killed = entry.day, entry.sub_event_type, entry.event_type, entry.killed
        entry_id, lon = entry.id, entry.lon
        cells, reach2, located_gap, km = self.cells, self.reach2, self.located_gap, self.km
        toll_needed, date_score, min_score = self.toll_needed, self.date_score, self.min_score
        sin, sqrt, asin, radians = math.sin, math.sqrt, math.asin, math.radians
        shortfall = WEIGHTS["place"] / WEIGHTS["toll"]
        for step in self.neighbours:
            cell = cells.get(around + step)
            if cell:
                for other in reversed(cell):
                    gap = day - other.day
                    if gap > located_gap:
                        break
                    ox, oy, oz = other.point
                    chord2 = (x - ox) ** 2 + (y - oy) ** 2 + (z - oz) ** 2
                    if chord2 > reach2:
                        continue
                    if sub is not None and other.sub_event_type == sub:
                        kind = 1.0
                    elif kind_type is not None and other.event_type == kind_type:
                        kind = 0.7
                    else:
                        kind = 0.0
                    toll = toll_score(killed, other.killed)
                    # The place score is at most 1 - chord / km: what it falls short of 1, in toll.
                    need = toll_needed[kind][gap] + shortfall * min(1.0, sqrt(chord2) / km)
                    if need > 0.0 and toll < need:
                        continue
                    if other.id < entry_id:
                        first, second, first_lon, second_lon = other, entry, other.lon, lon
                    else:
                        first, second, first_lon, second_lon = entry, other, lon, other.lon
                    p1, p2 = first.phi, second.phi
                    a = (
                        sin((p2 - p1) / 2) ** 2
                        + first.cos_phi * second.cos_phi * sin(radians(second_lon - first_lon) / 2) ** 2
                    )
                    distance = _DIAMETER * asin(min(1.0, sqrt(a)))
                    if distance > km:
                        continue  # different places, however alike otherwise
                    place = max(0.0, 1 - distance / km)
                    score = pair_score(date_place(date_score[gap], place), toll, kind)
                    if score >= min_score:
                        add((first.row, second.row, score, gap, distance))


def _append(group: tuple[_Index, _Index, _Index, deque[_Entry]], keys: tuple[Any, Any, Any], entry: _Entry) -> None:
    """Add ``entry`` to a group's indexes by sub-event type, event type and country, and to its all."""
    for index, key in zip(group[:3], keys, strict=True):
        if key is not None:
            found = index.get(key)
            if found is None:
                index[key] = found = deque()
            found.append(entry)
    group[3].append(entry)


def _pop(group: tuple[_Index, _Index, _Index, deque[_Entry]], keys: tuple[Any, Any, Any]) -> None:
    for index, key in zip(group[:3], keys, strict=True):
        if key is not None:
            _pop_first(index, key)
    group[3].popleft()


def _pop_first(index: _Index, key: Any) -> None:
    found = index[key]
    found.popleft()
    if not found:
        del index[key]
