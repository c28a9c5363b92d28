"""The columns the array sweep (:mod:`.duplicate_arrays`) reads: a block of incidents' rows
turned into lists of numbers, a day number and a code per value.

Why apart from the sweep: turning rows into columns is plain Python (``zip``, ``map`` and
dicts, no NumPy) and keeps its own state all sweep long (the codes given so far, the day
numbers of the dates met), while the sweep makes its arrays from these lists at each block
and pairs them. The rows are the sweep's (fields in ``duplicates.ROW_NAMES`` order:
1 the date, 3 the country, 4 and 5 the point, 6 the number killed, 7 the event type and
8 the sub-event type).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from typing import Any


class BlockColumns:
    """The incidents of one block and of the ``days`` days before it, as columns."""

    def __init__(self) -> None:
        self.rows: list[tuple[Any, ...]] = []
        self.day: list[int] = []
        self.sub: list[int] = []
        self.kind: list[int] = []
        self.country: list[int] = []
        self.killed: list[float | None] = []  # None: unknown (NaN in the arrays)
        self.toll: list[int] = []
        self.lat: list[float | None] = []  # None: not located (both None)
        self.lon: list[float | None] = []
        #: Codes of the sub-event types, event types, countries and tolls met (the same all sweep long).
        self.codes: tuple[dict[Any, int], ...] = ({}, {}, {}, {})
        #: The same, with what codes as none (-1): ``None``, and for all but the toll "".
        self.looks: tuple[dict[Any, int], ...] = ({}, {}, {}, {})
        self.day_numbers: dict[str, int] = {}

    def keep_after(self, oldest: int) -> None:
        """Forget the incidents before day ``oldest`` (no later incident can pair with them).
        The rows become a new list: a :class:`~.duplicate_block.PairBlock` handed on keeps the old one."""
        start = bisect_left(self.day, oldest)
        self.rows = self.rows[start:]
        for column in (self.day, self.sub, self.kind, self.country, self.killed, self.toll, self.lat, self.lon):
            del column[:start]

    def add(self, chunk: list[tuple[Any, ...]]) -> None:
        """Append rows to the columns: the day number, the codes of sub-event type, event type,
        country and toll (-1: none; new values coded in the order met), the number killed
        (None: unknown) and the point (None unless both coordinates are known)."""
        if any(row[1] is None for row in chunk):  # no date: never within a window of another
            chunk = [row for row in chunk if row[1] is not None]
            if not chunk:
                return
        columns, day_numbers = list(zip(*chunk, strict=True)), self.day_numbers
        if len(day_numbers) > 4096:
            day_numbers.clear()
        for date in set(columns[1]).difference(day_numbers):
            day_numbers[date] = dt.date.fromisoformat(date).toordinal()
        self.rows.extend(chunk)
        self.day.extend(map(day_numbers.__getitem__, columns[1]))
        targets = (self.sub, self.kind, self.country, self.toll)
        for at, target, codes, look in zip((8, 7, 3, 6), targets, self.codes, self.looks, strict=True):
            values = columns[at]
            if not look.keys() >= set(values):
                for value in dict.fromkeys(values):  # new values, in the order met
                    if value not in look:
                        none = value is None if at == 6 else not value  # a toll of 0 is a toll
                        look[value] = -1 if none else codes.setdefault(value, len(codes))
            target.extend(map(look.__getitem__, values))
        self.killed.extend(columns[6])
        lat, lon = columns[4], columns[5]
        if None in lat or None in lon:
            lat, lon = zip(*(p if None not in p else (None, None) for p in zip(lat, lon, strict=True)), strict=True)
        self.lat.extend(lat)
        self.lon.extend(lon)
