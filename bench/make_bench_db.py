"""Generate a large synthetic tracker database for benchmarks (default: one million incidents).

Usage: python bench/make_bench_db.py [--rows 1000000] [--out bench/out/incidents-1m.db] [--seed 7]

The schema is the real one (the file is created and migrated by ``IncidentStore.open``);
the rows are random but shaped like real data: ten years, in date order as they would be
recorded, mostly day-precise dates with some spans, months and years, unknown tolls,
ranges, "at least" figures, a few named perpetrators, weapons in the side table.
Inserted with ``executemany`` inside one transaction. The output folder ``bench/out/`` is
git-ignored. Nothing here is real: the place and group names are placeholders.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "bench" / "out" / "incidents-1m.db"

COUNTRIES = {"AF": 30, "PK": 20, "TJ": 10, "IR": 10, "KG": 8, "UZ": 7, "TM": 5, "CN": 5, "IN": 5}
ADMIN1 = {
    "AF": ["Badakhshan", "Takhar", "Kunduz", "Balkh", "Nangarhar", "Kunar"],
    "TJ": ["Gorno-Badakhshan", "Khatlon", "Sughd", "Districts of Republican Subordination"],
}
TYPES = {
    ("Battles", "Armed clash"): 30,
    ("Explosions/Remote violence", "Air/drone strike"): 8,
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"): 8,
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"): 8,
    ("Violence against civilians", "Attack"): 20,
    ("Violence against civilians", "Abduction/forced disappearance"): 5,
    ("Protests", "Peaceful protest"): 8,
    ("Riots", "Mob violence"): 5,
    ("Strategic developments", "Arrests"): 8,
}
ATTRIBUTION = {"unattributed": 45, "alleged": 20, "suspected": 12, "claimed": 12, "confirmed": 6, "disputed": 5}
WEAPONS = ["firearms", "explosives", "grenade", "drone", "ied", "mortar", "artillery", "rocket", "unknown"]
PERPETRATORS = [f"Armed group {n:02d}" for n in range(1, 41)]
COLUMNS = (
    "uid",
    "event_date",
    "event_date_end",
    "date_precision",
    "place",
    "admin1",
    "country",
    "latitude",
    "longitude",
    "geo_precision",
    "event_type",
    "sub_event_type",
    "victim_nationality",
    "killed",
    "killed_low",
    "killed_high",
    "injured",
    "attribution",
    "perpetrator",
    "created_at",
    "updated_at",
)


def _pick(rng: random.Random, weights: dict, k: int) -> list:
    return rng.choices(list(weights), weights=list(weights.values()), k=k)


def _dates(rng: random.Random, start: dt.date, days: int) -> tuple[str, str | None, str]:
    day = start + dt.timedelta(days=rng.randrange(days))
    roll = rng.random()
    if roll < 0.85:
        return day.isoformat(), None, "day"
    if roll < 0.90:
        return day.isoformat(), (day + dt.timedelta(days=rng.randint(1, 5))).isoformat(), "days"
    if roll < 0.93:
        return day.isoformat(), (day + dt.timedelta(days=6)).isoformat(), "week"
    if roll < 0.98:
        first = day.replace(day=1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        return first.isoformat(), last.isoformat(), "month"
    return f"{day.year}-01-01", f"{day.year}-12-31", "year"


def _toll(rng: random.Random) -> tuple[int | None, int | None, int | None]:
    roll = rng.random()
    if roll < 0.15:
        return None, None, None
    best = 0 if roll < 0.40 else min(200, int(rng.expovariate(0.3)) + 1)
    shape = rng.random()
    if shape < 0.10:
        return best, best, best + rng.randint(1, 10)
    if shape < 0.13:
        return best, best, None
    return best, None, None


def generate(rows: int, seed: int) -> tuple[list[tuple], list[tuple[int, str]]]:
    """The incident rows (in date order) and their weapons, ids 1..rows."""
    rng = random.Random(seed)
    start, days = dt.date(2016, 1, 1), (dt.date(2025, 12, 31) - dt.date(2016, 1, 1)).days + 1
    countries = _pick(rng, COUNTRIES, rows)
    types = _pick(rng, TYPES, rows)
    statuses = _pick(rng, ATTRIBUTION, rows)
    dates = sorted((_dates(rng, start, days) for _ in range(rows)), key=lambda d: d[0])
    stamp = "2026-01-01T00:00:00Z"
    incidents: list[tuple] = []
    weapons: list[tuple[int, str]] = []
    for index in range(rows):
        country = countries[index]
        event_type, sub_type = types[index]
        killed, low, high = _toll(rng)
        located = rng.random() < 0.85
        incidents.append(
            (
                f"01BENCH{index:019d}",
                *dates[index],
                None,
                rng.choice(ADMIN1.get(country, [f"{country} province {n}" for n in range(1, 6)])),
                country,
                round(rng.uniform(30.0, 42.0), 4) if located else None,
                round(rng.uniform(60.0, 75.0), 4) if located else None,
                "exact" if located else "country",
                event_type,
                sub_type,
                rng.choice(["CN", "TJ", "AF", "PK"]) if rng.random() < 0.3 else None,
                killed,
                low,
                high,
                None if rng.random() < 0.4 else rng.randint(0, 20),
                statuses[index],
                rng.choice(PERPETRATORS) if rng.random() < 0.5 and statuses[index] != "unattributed" else None,
                stamp,
                stamp,
            )
        )
        for weapon in rng.sample(WEAPONS, rng.choice([0, 1, 1, 1, 2])):
            weapons.append((index + 1, weapon))
    return incidents, weapons


def build(out: Path, rows: int, seed: int = 7) -> None:
    """Create ``out`` (replacing it) with ``rows`` synthetic incidents."""
    sys.path.insert(0, str(ROOT / "src"))
    from incident_tracker.store import IncidentStore

    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    began = time.perf_counter()
    incidents, weapons = generate(rows, seed)
    generated = time.perf_counter()
    store = IncidentStore.open(out)
    conn = store.conn
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    conn.executemany(
        f"INSERT INTO incidents ({', '.join(COLUMNS)}) VALUES ({', '.join('?' for _ in COLUMNS)})", incidents
    )
    conn.executemany("INSERT INTO incident_weapons (incident_id, weapon) VALUES (?, ?)", weapons)
    conn.execute("COMMIT")
    store.close()
    done = time.perf_counter()
    print(
        f"{out}: {rows:,} incidents, {len(weapons):,} weapon rows; generated in {generated - began:.1f} s, "
        f"inserted in {done - generated:.1f} s ({rows / (done - generated):,.0f} rows/s)",
        file=sys.stderr,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    build(args.out, args.rows, args.seed)


if __name__ == "__main__":
    main()
