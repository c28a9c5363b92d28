"""The sweep behind :func:`~.duplicates.scan_duplicate_batches`, with arrays: a few
thousand incidents at a time (and the ``days`` days before them) become NumPy columns,
every candidate pair of the block is listed and scored at once, and the pairs that reach
``min_score`` are handed on as columns (``duplicate_block.PairBlock``), tuples only when asked.

Why: on a dense database (the fixed-places bench file, 8.6 million pairs in a million
incidents) the Python loops of ``SweepWindow`` read and scored each candidate for about a
microsecond; most pairs there are an unlocated incident and one of the same day, type
and toll. The pairs and their order are those of ``SweepWindow`` (``duplicate_window.py``
explains why it finds exactly the pairs that reach the threshold):

* each incident's pairs with the earlier ones form one list, in the order read;
* in it, first its located partners (both located, at most ``km`` apart), cell by cell of
  the 27 around its own in ``SweepWindow.neighbours`` order, then those of the same sub-event
  type, of the same event type only, and of neither (every incident, or its own country),
  one of each pair unlocated; each group newest first.

The candidates of each group are those ``SweepWindow`` would read (the same keys and the same
reach in days) or more; a pair with an unlocated incident is kept when its score, computed
with the operations of :func:`~.duplicates._compare` in the same order (so the same
bits), reaches ``min_score``. A located candidate is first bounded (the place score is
at most 1 - chord / km), with a little slack for NumPy's trigonometry; the great-circle
distance and exact score of those that pass come from :mod:`math`, as ``_nearby`` computes
them. tests/test_duplicate_arrays.py compares the result with a plain loop over every pair.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any, NamedTuple

from .duplicate_block import PairBlock, PairColumns
from .duplicate_columns import BlockColumns
from .duplicate_score import date_place, pair_score, toll_scores
from .duplicate_window import Pair, SweepWindow
from .filters import EARTH_RADIUS_KM

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from ..progress import Count

    Ints = NDArray[np.int64]
    Floats = NDArray[np.float64]
    Bools = NDArray[np.bool_]
    Candidates = tuple[Ints, Ints, Ints]

#: Incidents whose pairs are listed at once: NumPy's fixed cost per call is small per
#: incident, and a block's candidates (a few hundred thousand) fit easily in memory.
BLOCK = 4096
#: Fewer incidents than this (all the command reads) are swept by ``SweepWindow`` alone, one at
#: a time: importing NumPy costs more (0.16 s of CPU) than the whole sweep of a small file.
SMALL = 2000
#: Group numbers: 0-26 the located partners by neighbouring cell, then the three classes.
_SAME_SUB, _SAME_TYPE, _OTHER = 27, 28, 29
#: How far a located candidate's bound may fall below ``min_score`` and still be scored
#: exactly: NumPy's sin and cos may differ from :mod:`math`'s in the last bits.
_SLACK = 1e-6
_DIAMETER = 2 * EARTH_RADIUS_KM


class ArraySweep:
    """One sweep: rows in, lists of pairs (one incident's each) out, in the window's order."""

    def __init__(self, days: int, km: float, min_score: float) -> None:
        self.days, self.km, self.min_score = days, km, min_score
        #: Not filled: its reach per class, date scores and grid are what the arrays use.
        self.window = SweepWindow(days, km, min_score)
        self.block = BlockColumns()
        #: Codes of the sub-event types, event types, countries and tolls met (the block's, the same all sweep long).
        self.codes = self.block.codes

    def blocks(
        self, rows: Iterable[tuple[Any, ...]], linked: set[tuple[int, int]], progress: Count | None
    ) -> Iterator[PairBlock]:
        """The pairs of each incident with the earlier ones, those in ``linked`` left out, a
        block of incidents at a time (``PairBlock.lists`` gives the lists of each incident)."""
        from .duplicates import PROGRESS_EVERY

        linked_ids = {i for pair in linked for i in pair}
        block, days = self.block, self.days
        rows = iter(rows)
        read = 0  # rows read, for progress
        start = 0  # where this block's own incidents begin in its columns
        while True:
            full = len(block.rows) - start >= BLOCK
            # Rows a chunk at a time, no more than the block has room for: columns by zip and map.
            chunk = list(islice(rows, BLOCK if full else BLOCK - (len(block.rows) - start)))
            if not chunk:
                break
            if progress is not None:
                step = PROGRESS_EVERY
                for count in range((read // step + 1) * step, read + len(chunk) + 1, step):
                    progress(count)
            read += len(chunk)
            if full:  # the block's own incidents are complete, and more follow
                self._arrays()
                found = self._pairs(start, linked, linked_ids)
                if len(found):
                    yield found
                block.keep_after(block.day[-1] - days)
                start = len(block.rows)
            block.add(chunk)
        if not hasattr(self, "np") and len(block.rows) < SMALL:
            found = PairBlock(lists=list(self._one_at_a_time(linked, linked_ids)))
            if len(found):
                yield found
        elif len(block.rows) > start:
            self._arrays()
            found = self._pairs(start, linked, linked_ids)
            if len(found):
                yield found

    def _arrays(self) -> None:
        """Import NumPy, and the tables of scores made with it, at the first block."""
        if not hasattr(self, "np"):
            import numpy as np

            self.np = np
            date = self.window.date_score
            # The date and place parts by place class (0 same country, 1 either unknown, 2 other), then gap.
            self.base = np.array([[date_place(d, p) for d in date] for p in (0.5, 0.25, 0.0)])

    def _one_at_a_time(self, linked: set[tuple[int, int]], linked_ids: set[int]) -> Iterator[list[Pair]]:
        """The pairs of a small file (one block, read whole), found by ``SweepWindow`` itself."""
        window = SweepWindow(self.days, self.km, self.min_score)
        for row, day in zip(self.block.rows, self.block.day, strict=True):
            entry = window.entry(row, day)
            found: list[Pair] = []
            window.pairs(entry, found)
            if found and row[0] in linked_ids:
                found = [p for p in found if (p[0][0], p[1][0]) not in linked]
            if found:
                yield found
            window.add(entry)

    def _pairs(self, start: int, linked: set[tuple[int, int]], linked_ids: set[int]) -> PairBlock:
        """The pairs of the block's own incidents (from ``start``) that reach ``min_score``,
        those in ``linked`` left out, in the window's order, as columns."""
        np = self.np
        block = self.block
        day = np.array(block.day, dtype=np.int64)
        sub = np.array(block.sub, dtype=np.int64)
        kind = np.array(block.kind, dtype=np.int64)
        country = np.array(block.country, dtype=np.int64)
        killed = np.array(block.killed, dtype=np.float64)
        lat = np.array(block.lat, dtype=np.float64)
        unlocated = np.isnan(lat)
        own = np.arange(len(day)) >= start
        later, earlier, group = (
            np.concatenate(column)
            for column in zip(
                *self._class(day, sub, 1.0, country, own, unlocated, _SAME_SUB),
                *self._class(day, kind, 0.7, country, own, unlocated, _SAME_TYPE),
                *self._class(day, np.zeros_like(sub), 0.0, country, own, unlocated, _OTHER),
                *self._near(day, lat, own & ~unlocated),
                strict=True,
            )
        )
        same_sub = (sub[later] == sub[earlier]) & (sub[later] >= 0)
        same_kind = (kind[later] == kind[earlier]) & (kind[later] >= 0)
        # Each pair in its own class only: the type's skips its sub-type's, the rest skips both.
        keep = (group < _SAME_TYPE) | ~same_sub & ((group == _SAME_TYPE) | ~same_kind)
        later, earlier, group, same_sub, same_kind = (a[keep] for a in (later, earlier, group, same_sub, same_kind))
        gap = day[later] - day[earlier]
        toll = toll_scores(np, killed[earlier], killed[later])
        kind_score = np.where(same_sub, 1.0, np.where(same_kind, 0.7, 0.0))
        ca, cb = country[earlier], country[later]
        place = np.where((ca < 0) | (cb < 0), 1, np.where(ca == cb, 0, 2))
        # As SweepWindow._scan adds them: the date and place parts, the toll's, the type's.
        score = pair_score(self.base[place, gap], toll, kind_score)
        located = group < _SAME_SUB
        near = np.flatnonzero(located)
        if len(near):
            score[near] = self._bound(later[near], earlier[near], gap[near], toll[near], kind_score[near])
        passed = score >= np.where(located, self.min_score - _SLACK, self.min_score)
        order = np.flatnonzero(passed)
        order = order[np.lexsort((-earlier[order], group[order], later[order]))]
        later, earlier, gap, score, toll, kind_score = (
            a[order] for a in (later, earlier, gap, score, toll, kind_score)
        )
        ids = np.array([row[0] for row in block.rows], dtype=np.int64)
        swap = ids[earlier] < ids[later]
        first, second = np.where(swap, earlier, later), np.where(swap, later, earlier)
        distance = np.full(len(later), np.nan)
        keep = np.ones(len(later), dtype=np.bool_)
        near = np.flatnonzero(located[order])
        if len(near):
            keep[self._exact(near, first, second, gap, toll, kind_score, score, distance)] = False
        if linked:
            suspects = np.flatnonzero(np.isin(ids[later], np.fromiter(linked_ids, dtype=np.int64)))
            pairs = zip(ids[first[suspects]].tolist(), ids[second[suspects]].tolist(), strict=True)
            for at, pair in zip(suspects.tolist(), pairs, strict=True):
                if pair in linked:
                    keep[at] = False
        if not keep.all():
            later, first, second, score, gap, distance = (a[keep] for a in (later, first, second, score, gap, distance))
        toll = np.array(block.toll, dtype=np.int64)
        columns = PairColumns(
            block.rows, later, first, second, score, gap, distance, sub, kind, country, toll, self.codes
        )
        return PairBlock(columns)

    def _class(
        self, day: Ints, key: Ints, kind: float, country: Ints, own: Bools, unlocated: Bools, group: int
    ) -> list[Candidates]:
        """The candidates of one type class (``kind``: its type score; ``key``: what both
        incidents share, -1 for none), read by place class, each only as far back as a pair
        of that place score can still reach ``min_score`` (``SweepWindow.gap``): for an incident
        with a country, the earlier ones of its own country (place 0.5), those without a
        country (0.25) and those of another (0); for one without a country, all (0.25).
        ``SweepWindow`` reads each class over the farthest of these reaches: on a dense file most
        of those candidates are of another country, a day or two too far back."""
        np = self.np
        gap = self.window.gap
        has = country >= 0
        # The key and the country in one number; "no country" is a country of its own here.
        both = np.where(key >= 0, key * (len(self.codes[2]) + 1) + country + 1, -1)
        alone = np.where(key >= 0, key * (len(self.codes[2]) + 1), -1)
        same = self._classes(day, both, np.where(has, gap[0.5, kind], -1), own, unlocated, group)
        without = self._classes(day, both, np.where(has, gap[0.25, kind], -1), own, unlocated, group, wanted=alone)
        later, earlier, groups = self._classes(
            day, key, np.where(has, gap[0.0, kind], gap[0.25, kind]), own, unlocated, group
        )
        # Another country's only: its own country's and those without one came above, from further back.
        other = ~has[later] | (country[earlier] >= 0) & (country[earlier] != country[later])
        return [same, without, (later[other], earlier[other], groups[other])]

    def _classes(
        self,
        day: Ints,
        key: Ints,
        far: Ints,
        own: Bools,
        unlocated: Bools,
        group: int,
        wanted: Ints | None = None,
    ) -> Candidates:
        """Every pair (later, earlier) of one of the block's own incidents with an earlier one
        whose ``key`` (not -1) is the later one's ``wanted`` (by default its own ``key``), at
        most ``far`` days before it (per later incident; -1: none), one of the two unlocated:
        an unlocated incident with every earlier one, a located one with the earlier unlocated ones."""
        np = self.np
        wanted = key if wanted is None else wanted
        asks = own & (key >= 0) & (far >= 0)
        found = []
        for asking, offered in ((asks & unlocated, key >= 0), (asks & ~unlocated, (key >= 0) & unlocated)):
            later = np.flatnonzero(asking)
            found.append(self._within(self._offer(day, key, offered), day, far, later, wanted[later]))
        later, earlier = np.concatenate([f[0] for f in found]), np.concatenate([f[1] for f in found])
        return later, earlier, np.full(len(later), group, dtype=np.int64)

    def _near(self, day: Ints, lat: Floats, asking: Bools) -> list[Candidates]:
        """The located partners of the block's own located incidents: the earlier located ones
        in each of the 27 cells around its own (``SweepWindow.neighbours``, in that order), within
        the window's located reach. The grid is ``SweepWindow``'s, the points NumPy's."""
        np = self.np
        window = self.window
        located = ~np.isnan(lat)
        phi = np.radians(np.where(located, lat, 0.0))
        lam = np.radians(np.nan_to_num(np.array(self.block.lon, dtype=np.float64)))
        cos_phi = np.cos(phi)
        self.points = np.stack((cos_phi * np.cos(lam), cos_phi * np.sin(lam), np.sin(phi))) * EARTH_RADIUS_KM
        x, y, z = np.floor(self.points / window.cell).astype(np.int64) + window.across // 2
        cell = np.where(located, (x * window.across + y) * window.across + z, -1)
        if window.located_gap < 0 or not asking.any():
            return []
        far = np.full(len(day), window.located_gap, dtype=np.int64)
        found = []
        offer, asks = self._offer(day, cell, located), np.flatnonzero(asking)
        # Most of the 27 cells around an incident are empty: each step searches only for the
        # incidents whose cell that far away holds one (decided once per distinct cell).
        occupied = np.unique(cell[offer.at])
        mine, which = np.unique(cell[asks], return_inverse=True)
        for group, step in enumerate(window.neighbours):
            these = asks[np.isin(mine + step, occupied, assume_unique=True)[which.reshape(-1)]]
            later, earlier = self._within(offer, day, far, these, cell[these] + step)
            found.append((later, earlier, np.full(len(later), group, dtype=np.int64)))
        return found

    def _bound(self, later: Ints, earlier: Ints, gap: Ints, toll: Floats, kind: Floats) -> Floats:
        """An upper bound of each located pair's score (meaningless for the others): the
        place score is at most 1 - chord / km, and nothing further than ``km`` counts."""
        np = self.np
        chord = np.sqrt(((self.points[:, later] - self.points[:, earlier]) ** 2).sum(axis=0))
        place = np.clip(1 - chord / self.km, 0.0, 1.0)
        date = np.array(self.window.date_score)[np.minimum(gap, self.days)]
        bound = pair_score(date_place(date, place), toll, kind)
        result: Floats = np.where(chord <= self.km * (1 + _SLACK) + _SLACK, bound, -1.0)
        return result

    def _exact(
        self,
        near: Ints,
        first: Ints,
        second: Ints,
        gap: Ints,
        toll: Floats,
        kind: Floats,
        score: Floats,
        distance: Floats,
    ) -> list[int]:
        """Score the located candidates at ``near`` as ``_nearby`` does (the great-circle
        distance from the first incident to the second, with :mod:`math`), writing their
        score and distance; return those further than ``km`` or below ``min_score``."""
        rows, date_score, km, min_score = self.block.rows, self.window.date_score, self.km, self.min_score
        sin, sqrt, asin, radians, cos = math.sin, math.sqrt, math.asin, math.radians, math.cos
        dropped = []
        for at, f, s, g, t, k in zip(
            near.tolist(),
            first[near].tolist(),
            second[near].tolist(),
            gap[near].tolist(),
            toll[near].tolist(),
            kind[near].tolist(),
            strict=True,
        ):
            a, b = rows[f], rows[s]
            p1, p2 = radians(a[4]), radians(b[4])
            half = sin((p2 - p1) / 2) ** 2 + cos(p1) * cos(p2) * sin(radians(b[5] - a[5]) / 2) ** 2
            far = _DIAMETER * asin(min(1.0, sqrt(half)))
            place = max(0.0, 1 - far / km)
            value = pair_score(date_place(date_score[g], place), t, k)
            if far > km or value < min_score:
                dropped.append(at)
            else:
                score[at], distance[at] = value, far
        return dropped

    def _offer(self, day: Ints, key: Ints, offered: Bools) -> _Offer:
        """The ``offered`` incidents sorted by key and position, with the sort keys that
        :meth:`_within` searches (by key and day, by key and position)."""
        np = self.np
        offer = np.flatnonzero(offered)
        offer = offer[np.argsort(key[offer], kind="stable")]
        origin = int(day.min()) - self.days - 1  # every day - far - origin is positive
        span, size = int(day.max()) - origin + 1, len(day)
        return _Offer(offer, key[offer] * span + (day[offer] - origin), key[offer] * size + offer, origin, span, size)

    def _within(self, offer: _Offer, day: Ints, far: Ints, later: Ints, wanted: Ints) -> tuple[Ints, Ints]:
        """Pairs of each incident of ``later`` with the offered ones before it whose key is
        the one it ``wanted``, within its ``far`` days: for each its run (first day to
        itself) in the offered, by binary search."""
        np = self.np
        if not len(later) or not len(offer.at):
            return later[:0], later[:0]
        lo = np.searchsorted(offer.by_day, wanted * offer.span + (day[later] - far[later] - offer.origin))
        hi = np.searchsorted(offer.by_position, wanted * offer.size + later)
        counts = np.maximum(hi - lo, 0)
        total = int(counts.sum())
        if not total:
            return later[:0], later[:0]
        steps = np.arange(total) - np.repeat(np.cumsum(counts) - counts - lo, counts)
        return np.repeat(later, counts), offer.at[steps]


class _Offer(NamedTuple):
    """Incidents sorted by key and position, and two sort keys over them (see ``_within``)."""

    at: Ints
    by_day: Ints
    by_position: Ints
    origin: int
    span: int
    size: int
