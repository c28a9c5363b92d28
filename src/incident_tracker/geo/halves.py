"""Reading the source in two halves at once: the second half's process, and what both halves find.

The build (:mod:`.build`) reads the first half of cities500.json while a second Python
process reads the rest (:class:`SecondHalf`) into a file of its own; the first then copies
that file's rows after its own, in their order, so the gazetteer holds the same rows in the
same order as when one process reads it all. Each half also finds the representative points
of provinces and countries (:class:`Seats`): maxima, so the two halves merge exactly.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..store import gazetteer as sql
from .gazetteer import Progress
from .source import BATCH, Readable, batches, derive, iter_records

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


def load(
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


@dataclass
class SecondHalf:
    """A process reading the source from ``split`` on into a file of its own (rows and seats).

    Started before the first half is read and collected after it: on two processors the
    halves take about the same time, and copying the second one's rows over is a single
    SQL statement. If anything goes wrong there, the first process reads that half itself.
    """

    process: subprocess.Popen[bytes] | None
    path: Path

    @classmethod
    def start(cls, code: str, source: Path, split: int, target: Path) -> SecondHalf:
        """Run ``python -c code SOURCE SPLIT PART`` with PART a new file beside ``target``."""
        from ..exchange.leftovers import temporary_prefix

        fd, name = tempfile.mkstemp(prefix=temporary_prefix(target, part=True), dir=target.parent)
        os.close(fd)
        path = Path(name)
        # The package as imported here, whether installed or run from a source tree.
        root = str(Path(__file__).resolve().parents[2])
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p)}
        try:
            process: subprocess.Popen[bytes] | None = subprocess.Popen(
                [sys.executable, "-c", code, str(source), str(split), str(path)],
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
