"""The pairs one block of the duplicates sweep found, kept as columns until someone asks for tuples.

Why: on the dense bench file (8.6 million pairs in a million incidents) making a Python tuple
of each pair, and then a key of its reasons for the writer, cost more than finding it. A
:class:`PairBlock` holds the block's rows once and, per pair, the positions of its two
incidents, the score, the gap and the distance as NumPy columns. Those who want tuples
(``scan_duplicate_batches``, the JSON writer, ``--strongest-first``) get the lists the sweep
always handed on (:meth:`PairBlock.lists`); the table asks instead which pairs share their
reasons and score (:meth:`PairBlock.reason_groups`), writes the words once per group, and
gathers the rest with array indexing.

A small file is swept by ``SweepWindow`` without NumPy (``duplicate_arrays.SMALL``); its block
holds the lists themselves and no columns.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from .duplicate_window import Pair

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    Ints = NDArray[np.int64]
    Floats = NDArray[np.float64]

#: A key made of several codes must stay below this (int64, with room to spare).
_KEY_LIMIT = 1 << 62


class PairColumns(NamedTuple):
    """A block's pairs as columns, in the order the sweep hands them on (by the later incident)."""

    rows: list[tuple[Any, ...]]  # the block's incidents (its own and the days before it)
    later: Ints  # position in ``rows`` of the later incident, whose list the pair is in
    first: Ints  # position of the first incident (the smaller id)
    second: Ints
    score: Floats
    gap: Ints
    distance: Floats  # NaN: not both located (``None`` in a tuple)
    sub: Ints  # per incident in ``rows``: codes of the sub-event type, event type,
    kind: Ints  # country and number killed (-1: none)
    country: Ints
    toll: Ints
    codes: tuple[dict[Any, int], ...]  # the sweep's: what the codes stand for, the same in each of its blocks


class PairBlock:
    """The pairs of a block of incidents: columns (:class:`PairColumns`), or for a small file
    the lists of pairs themselves."""

    __slots__ = ("_lists", "columns")

    def __init__(self, columns: PairColumns | None = None, lists: list[list[Pair]] | None = None) -> None:
        self.columns = columns
        self._lists = lists

    def __len__(self) -> int:
        if self.columns is not None:
            return len(self.columns.later)
        return sum(map(len, self._lists or ()))

    def pair(self, at: int) -> Pair:
        """The pair at ``at`` as a tuple (``Pair``), the way the sweep hands pairs on."""
        if self.columns is None:
            return [p for found in self._lists or () for p in found][at]
        c = self.columns
        distance = float(c.distance[at])
        far = None if distance != distance else distance  # NaN: not both located
        return (c.rows[int(c.first[at])], c.rows[int(c.second[at])], float(c.score[at]), int(c.gap[at]), far)

    def lists(self) -> Iterator[list[Pair]]:
        """The pairs as the sweep hands them on: those of each incident with the earlier ones,
        in one list, in the order read."""
        if self.columns is None:
            yield from self._lists or ()
            return
        import numpy as np

        c = self.columns
        rows = c.rows
        distance: list[float | None] = [None] * len(c.later)
        located = np.flatnonzero(~np.isnan(c.distance))
        for at, far in zip(located.tolist(), c.distance[located].tolist(), strict=True):
            distance[at] = far
        made = list(
            zip(
                map(rows.__getitem__, c.first.tolist()),
                map(rows.__getitem__, c.second.tolist()),
                c.score.tolist(),
                c.gap.tolist(),
                distance,
                strict=True,
            )
        )
        ends = [*(np.flatnonzero(np.diff(c.later)) + 1).tolist(), len(made)]
        start = 0
        for end in ends:
            yield made[start:end]
            start = end

    def reason_groups(self) -> tuple[Ints, list[int], list[tuple[int, ...]]]:
        """Which pairs have the same reasons: a group number per pair, one pair of each group,
        and each group's key. The reasons are made of what ``reasons_key`` takes: the gap, the
        distance in whole km, the two tolls, the type both share, and the countries when either
        is unlocated; each is a column of codes here, and a key is a group's codes (they mean
        the same in every block of one sweep: ``PairColumns.codes``)."""
        import numpy as np

        c = self.columns
        assert c is not None, "a small file's block has no columns"
        first, second = c.first, c.second
        sub_a, kind_a = c.sub[first], c.kind[first]
        shared_sub = np.where((sub_a >= 0) & (sub_a == c.sub[second]), sub_a, -1)
        shared_kind = np.where((shared_sub < 0) & (kind_a >= 0) & (kind_a == c.kind[second]), kind_a, -1)
        unlocated = np.isnan(c.distance)
        with np.errstate(invalid="ignore"):  # NaN distances are coded -1 below
            km = np.where(unlocated, -1, np.rint(c.distance)).astype(np.int64)
        parts = [
            c.gap,
            km,
            c.toll[first],
            c.toll[second],
            shared_sub,
            shared_kind,
            np.where(unlocated, c.country[first], -2),
            np.where(unlocated, c.country[second], -2),
        ]
        _, one, group = np.unique(_combine(parts), return_index=True, return_inverse=True)
        keys = list(zip(*(part[one].tolist() for part in parts), strict=True))
        return group.reshape(-1), one.tolist(), keys


def _combine(columns: list[Ints]) -> Ints:
    """One integer per row that differs exactly where some column differs: the columns as
    the digits of a number (each shifted to start at 0), renumbered densely whenever the
    next digit would overflow."""
    import numpy as np

    key = np.zeros(len(columns[0]), dtype=np.int64)
    bound = 1
    for column in columns:
        low = int(column.min())
        radix = int(column.max()) - low + 1
        if bound * radix >= _KEY_LIMIT:
            key = np.unique(key, return_inverse=True)[1].reshape(-1)
            bound = int(key.max()) + 1
        key = key * radix + (column - low)
        bound *= radix
    return key
