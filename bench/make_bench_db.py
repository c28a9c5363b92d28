"""Generate a large synthetic tracker database for benchmarks (default: one million incidents).

Usage: python bench/make_bench_db.py [--rows 1000000] [--out bench/out/incidents-1m.db] [--seed 7]
       [--places N | --fixed-places]

Shaped like conflict-event data at ACLED scale: 50 real countries with a long tail of
volume (a few hold most events), invented provinces of 40 places with coordinates, one
place for every five incidents (``--places``; the land they cover grows with them, so that
incidents per place, per km² and per day stay the same at every size), every incident
located (at a place, or at its province's centre), 30 years of dates growing in volume
towards the present and recorded in date order, ACLED's six types and their sub-types,
tolls that are mostly zero with a long tail (some unknown, some ranges), the six
attribution statuses, 2,000 named actors, ~200-character descriptions, one or two sources
per incident, and some history: edits, deletions (some as duplicates) and links.
``--fixed-places`` makes the earlier shape instead (20,000 places in 500 provinces whatever
the size, 15 % of incidents without coordinates), draw for draw.

Everything goes through the library's own write path: :meth:`IncidentStore.add_many`
(the same validation as ``tracker add``, written in bulk), then ``edit``, ``delete`` and
``link`` one at a time as a user would. The content is reproducible from ``--seed``;
the uids and timestamps are made by the library, so they differ from run to run. The
output folder ``bench/out/`` is git-ignored. Nothing here is real: the place, province,
actor and outlet names are invented.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "bench" / "out" / "incidents-1m.db"

#: ISO code, rough centre (lat, lon) and half-extent in degrees; the order is the volume rank.
COUNTRIES: list[tuple[str, float, float, float]] = [
    ("UA", 49.0, 32.0, 5.0),
    ("SY", 35.0, 38.5, 2.5),
    ("AF", 34.0, 66.0, 4.0),
    ("YE", 15.5, 47.5, 3.0),
    ("IQ", 33.0, 43.5, 3.0),
    ("SO", 5.0, 46.0, 4.0),
    ("NG", 9.0, 8.0, 4.0),
    ("MM", 21.0, 96.0, 4.0),
    ("CD", -2.0, 23.5, 5.0),
    ("PK", 30.0, 70.0, 4.0),
    ("SD", 15.0, 30.0, 4.0),
    ("ML", 17.0, -3.0, 4.0),
    ("BF", 12.5, -1.5, 2.0),
    ("MX", 23.0, -102.0, 5.0),
    ("CO", 4.0, -73.0, 4.0),
    ("IN", 22.0, 79.0, 6.0),
    ("ET", 9.0, 39.5, 4.0),
    ("LY", 27.0, 17.0, 4.0),
    ("PS", 31.9, 35.2, 0.4),
    ("IL", 31.5, 34.9, 0.8),
    ("LB", 33.9, 35.8, 0.5),
    ("TR", 39.0, 35.0, 4.0),
    ("BR", -10.0, -52.0, 8.0),
    ("PH", 12.0, 122.0, 4.0),
    ("CF", 6.5, 20.5, 3.0),
    ("SS", 7.5, 30.0, 3.0),
    ("CM", 6.0, 12.5, 3.0),
    ("NE", 17.0, 9.0, 4.0),
    ("MZ", -18.0, 35.0, 4.0),
    ("KE", 0.5, 38.0, 3.0),
    ("VE", 7.0, -66.0, 3.0),
    ("HT", 19.0, -72.5, 0.8),
    ("BD", 23.7, 90.3, 1.5),
    ("IR", 32.5, 54.0, 5.0),
    ("EG", 27.0, 30.0, 4.0),
    ("TJ", 38.8, 71.0, 1.5),
    ("KG", 41.3, 74.5, 1.5),
    ("UZ", 41.5, 64.5, 3.0),
    ("TM", 39.0, 59.5, 2.5),
    ("AZ", 40.3, 47.7, 1.0),
    ("AM", 40.2, 45.0, 0.7),
    ("GE", 42.2, 43.5, 1.0),
    ("RU", 55.0, 45.0, 8.0),
    ("TD", 15.0, 19.0, 4.0),
    ("BI", -3.4, 29.9, 0.6),
    ("TH", 15.0, 101.0, 3.0),
    ("ID", -2.0, 118.0, 8.0),
    ("PE", -9.5, -75.0, 4.0),
    ("HN", 14.8, -86.8, 1.2),
    ("SN", 14.4, -14.5, 1.5),
]

#: ACLED sub-event types and rough shares of events.
SUB_TYPES: dict[str, float] = {
    "Armed clash": 22,
    "Government regains territory": 1,
    "Non-state actor overtakes territory": 1,
    "Peaceful protest": 20,
    "Protest with intervention": 3,
    "Excessive force against protesters": 1,
    "Violent demonstration": 4,
    "Mob violence": 3,
    "Shelling/artillery/missile attack": 14,
    "Air/drone strike": 7,
    "Remote explosive/landmine/IED": 3,
    "Suicide bomb": 0.3,
    "Grenade": 0.7,
    "Chemical weapon": 0.05,
    "Attack": 9,
    "Abduction/forced disappearance": 2,
    "Sexual violence": 0.5,
    "Arrests": 2,
    "Looting/property destruction": 1.5,
    "Disrupted weapons use": 1,
    "Change to group/activity": 1,
    "Headquarters or base established": 0.3,
    "Non-violent transfer of territory": 0.3,
    "Agreement": 0.3,
    "Other": 0.5,
}
WEAPONS_BY_SUB: dict[str, list[str]] = {
    "Armed clash": ["firearms", "mortar", "grenade"],
    "Shelling/artillery/missile attack": ["artillery", "rocket", "missile", "mortar"],
    "Air/drone strike": ["drone", "airstrike", "missile"],
    "Remote explosive/landmine/IED": ["ied", "explosives"],
    "Suicide bomb": ["explosives"],
    "Grenade": ["grenade"],
    "Attack": ["firearms", "melee", "arson", "unknown"],
    "Mob violence": ["melee", "arson"],
    "Violent demonstration": ["melee", "arson"],
}
TARGETS = ["military", "police", "border_guards", "government", "civilians", "civilians", "civilians"]
TARGETS += ["business", "infrastructure", "transport", "religious", "journalists", "ngo", "unknown"]


def _words(text: str) -> list[str]:
    return text.split()


ATTRIBUTION = {"unattributed": 45, "alleged": 18, "suspected": 12, "claimed": 12, "confirmed": 8, "disputed": 5}

SYLLABLES = _words("ka la mi ran zor bad akh tal qu shi dar nur gul sar kan bel ista mar ros vin jal om pur tek")
#: The common words descriptions are made of (each is in a good share of all descriptions).
WORDS = _words(
    "forces clashed with fighters near the village after an attack on a patrol residents reported "
    "heavy gunfire shelling overnight killing wounding several people local officials said militants "
    "ambushed soldiers road market school hospital bridge district centre police station protesters "
    "gathered demanding release detained workers fuel prices government security operation vehicle "
    "carrying members group claimed responsibility statement denied involvement sources unverified "
    "displaced families fled homes burned looted livestock farmers dispute water land elders "
    "mediated"
)
#: Rarer words, each in about the given share of descriptions: what a search looks for.
RARE_WORDS: dict[str, float] = {"checkpoint": 0.02, "convoy": 0.005, "pipeline": 0.001, "hostages": 0.0002}


@dataclass(frozen=True)
class Place:
    name: str
    admin1: str
    country: str
    latitude: float
    longitude: float
    #: The centre of its province: where an incident known only to the province is put.
    admin1_latitude: float = 0.0
    admin1_longitude: float = 0.0


def _zipf(n: int, s: float = 1.0) -> list[float]:
    """Weights for a long tail: the first of n items is the most common."""
    return [1.0 / (rank**s) for rank in range(1, n + 1)]


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


#: Places a province holds, and the size of the layout of the runs before December 2026
#: (50 countries x 10 provinces x 40 places), whose country extents are the table's above.
PLACES_PER_PROVINCE = 40
FIXED_PLACES = len(COUNTRIES) * 10 * PLACES_PER_PROVINCE
#: The default: one place for every this many incidents, never fewer than one province a country.
ROWS_PER_PLACE = 5
MIN_PLACES = len(COUNTRIES) * PLACES_PER_PROVINCE


def default_places(rows: int) -> int:
    """How many places ``rows`` incidents get by default: ``rows / 5``, at least 2,000.

    Why it grows with the data: near-duplicate pairs come from incidents close in time and
    space, so on a fixed map the pairs per incident grew with the rows (0.1 at 10k, 0.8 at
    100k, 8.6 at 1M on 20,000 places), and the bench measured the data's density rather
    than the program. With places and the land they cover growing with the rows, the
    density of incidents per place, per km² and per day stays that of the 100k file.
    """
    return max(MIN_PLACES, rows // ROWS_PER_PLACE)


def gazetteer(rng: random.Random, places: int = FIXED_PLACES) -> tuple[list[Place], list[float]]:
    """About ``places`` invented places (a multiple of 2,000) in the 50 countries, with a weight each.

    Each country gets ``places / 2,000`` provinces of 40 places. The land they cover grows
    with the count: every country's extent is scaled by sqrt(places / 20,000), so that a
    place keeps the same area around it whatever the size (the boxes then overlap their
    neighbours' at large sizes; nothing checks a point against its country). At 20,000
    places this is, draw for draw, the layout of the earlier runs.
    """
    provinces = max(1, round(places / (len(COUNTRIES) * PLACES_PER_PROVINCE)))
    spread = math.sqrt(provinces * len(COUNTRIES) * PLACES_PER_PROVINCE / FIXED_PLACES)
    found: list[Place] = []
    weights: list[float] = []
    country_weights = _zipf(len(COUNTRIES), 1.1)
    for (code, lat, lon, half), country_weight in zip(COUNTRIES, country_weights, strict=True):
        extent = half * spread
        province_weights = _zipf(provinces, 0.9)
        for province_weight in province_weights:
            admin1 = f"{_name(rng, 2)} {rng.choice(['Province', 'Region', 'State', 'Governorate'])}"
            plat = lat + rng.uniform(-extent, extent) * 0.8
            plon = lon + rng.uniform(-extent, extent) * 0.8
            place_weights = _zipf(PLACES_PER_PROVINCE, 0.6)
            total = sum(place_weights)
            for place_weight in place_weights:
                found.append(
                    Place(
                        name=_name(rng, rng.choice([2, 2, 3])),
                        admin1=admin1,
                        country=code,
                        latitude=round(max(-89.0, min(89.0, plat + rng.gauss(0, extent / 6))), 4),
                        longitude=round(max(-179.0, min(179.0, plon + rng.gauss(0, extent / 6))), 4),
                        admin1_latitude=round(max(-89.0, min(89.0, plat)), 4),
                        admin1_longitude=round(max(-179.0, min(179.0, plon)), 4),
                    )
                )
                weights.append(country_weight * province_weight * place_weight / total)
    return found, weights


def _dates(rng: random.Random, rows: int) -> list[tuple[str, str | None, str]]:
    """(start, end, precision) for every incident, 1996–2025, more of them in later years."""
    first = dt.date(1996, 1, 1)
    years = list(range(1996, 2026))
    year_weights = [1.12 ** (y - 1996) for y in years]
    out: list[tuple[str, str | None, str]] = []
    for year in rng.choices(years, weights=year_weights, k=rows):
        start = dt.date(year, 1, 1)
        day = start + dt.timedelta(days=rng.randrange(365))
        roll = rng.random()
        if roll < 0.86:
            out.append((day.isoformat(), None, "day"))
        elif roll < 0.91:
            out.append((day.isoformat(), (day + dt.timedelta(days=rng.randint(1, 5))).isoformat(), "days"))
        elif roll < 0.94:
            out.append((day.isoformat(), (day + dt.timedelta(days=6)).isoformat(), "week"))
        elif roll < 0.99:
            month = day.replace(day=1)
            last = (month + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
            out.append((month.isoformat(), last.isoformat(), "month"))
        else:
            out.append((f"{year}-01-01", f"{year}-12-31", "year"))
    assert out[0][0] >= first.isoformat()
    out.sort(key=lambda d: d[0])
    return out


def _toll(rng: random.Random, violent: bool) -> dict[str, int | None]:
    """Mostly zero, sometimes unknown, a long tail; some ranges as sources disagree."""
    roll = rng.random()
    if roll < 0.10:
        return {}
    best = 0 if not violent or roll < 0.65 else min(500, int(rng.paretovariate(1.2)))
    toll: dict[str, int | None] = {"killed": best}
    if best and rng.random() < 0.12:
        toll["killed_low"] = max(0, best - rng.randint(0, best))
        toll["killed_high"] = best + rng.randint(1, 10)
    if violent and rng.random() < 0.6:
        toll["injured"] = 0 if rng.random() < 0.6 else min(800, int(rng.paretovariate(1.1)))
    return toll


def _description(rng: random.Random, sub_type: str, place: Place) -> str:
    text = f"{sub_type} in {place.name}, {place.admin1}:"
    for word, share in RARE_WORDS.items():
        if rng.random() < share:
            text += " " + word
    while len(text) < 200:
        text += " " + rng.choice(WORDS)
    return text[:200].rsplit(" ", 1)[0] + "."


def records(rows: int, seed: int, places: int | None = None, fixed: bool = False) -> Iterator[dict[str, Any]]:
    """The incidents, in date order, as a user's records (what ``add`` accepts), on
    ``places`` places (default: :func:`default_places`), every one located; ``fixed``: the
    earlier shape instead (20,000 places, 15 % of incidents without coordinates)."""
    rng = random.Random(seed)
    count = FIXED_PLACES if fixed else default_places(rows) if places is None else places
    spots, weights = gazetteer(rng, count)
    actors = [f"{_name(rng, 2)} {rng.choice(['Brigade', 'Front', 'Movement', 'Militia', 'Battalion'])}"]
    actors += [f"{_name(rng, 2)} {rng.choice(['Brigade', 'Front', 'Movement', 'Militia'])}" for _ in range(1999)]
    actor_weights = _zipf(len(actors), 1.0)
    outlets = [f"{_name(rng, 2)} {rng.choice(['News', 'Times', 'Post', 'Agency', 'Radio'])}" for _ in range(300)]
    authorities = [f"{_name(rng, 2)} authorities" for _ in range(100)]
    dates = _dates(rng, rows)
    sub_types = rng.choices(list(SUB_TYPES), weights=list(SUB_TYPES.values()), k=rows)
    chosen = rng.choices(spots, weights=weights, k=rows)
    statuses = rng.choices(list(ATTRIBUTION), weights=list(ATTRIBUTION.values()), k=rows)
    for index in range(rows):
        start, end, precision = dates[index]
        sub_type, place, status = sub_types[index], chosen[index], statuses[index]
        violent = sub_type not in {"Peaceful protest", "Agreement", "Non-violent transfer of territory", "Other"}
        record: dict[str, Any] = {
            "event_date": start,
            "event_date_end": end,
            "date_precision": precision,
            "country": place.country,
            "sub_event_type": sub_type,
            "attribution": status,
            "description": _description(rng, sub_type, place),
            **_toll(rng, violent),
        }
        where = rng.random()
        if where < 0.85:
            record.update(
                place=place.name,
                admin1=place.admin1,
                latitude=round(place.latitude + rng.gauss(0, 0.02), 4),
                longitude=round(place.longitude + rng.gauss(0, 0.02), 4),
                geo_precision="exact" if where < 0.7 else "near",
                geocoder="gazetteer",
            )
        elif not fixed:  # known to the province only: at its centre (every ACLED event has coordinates)
            record.update(
                admin1=place.admin1,
                latitude=place.admin1_latitude,
                longitude=place.admin1_longitude,
                geo_precision="admin1",
                geocoder="gazetteer",
            )
        elif where < 0.95:
            record.update(admin1=place.admin1, geo_precision="admin1")
        if status != "unattributed":
            record["perpetrator"] = rng.choices(actors, weights=actor_weights)[0]
            if rng.random() < 0.5:
                record["attributed_by"] = rng.choice(authorities)
        if violent and rng.random() < 0.7:
            record["target_type"] = rng.choice(TARGETS)
        if sub_type in WEAPONS_BY_SUB and rng.random() < 0.8:
            options = WEAPONS_BY_SUB[sub_type]
            record["weapons"] = rng.sample(options, rng.randint(1, min(2, len(options))))
        n_sources = rng.choices([0, 1, 2], weights=[5, 75, 20])[0]
        record["sources"] = [
            {
                "outlet": (outlet := rng.choice(outlets)),
                "url": f"https://{outlet.split()[0].lower()}.example/{start[:4]}/{index}-{n}",
                "published": start,
                "headline": f"{sub_type} reported in {place.name}",
            }
            for n in range(n_sources)
        ]
        yield record


def add_history(store: Any, rows: int, seed: int) -> tuple[int, int, int]:
    """Edits, deletions and links through the store, one at a time as a user makes them."""
    from incident_tracker.store.database import transaction

    rng = random.Random(seed + 1)
    edits, deletes, links = rows // 200, rows // 1000, rows // 1000
    with transaction(store.conn):  # each call is its own savepoint inside: one commit, not thousands
        _history(store, rng, rows, edits, deletes)
    return edits, deletes, links


def _history(store: Any, rng: random.Random, rows: int, edits: int, deletes: int) -> None:
    for incident_id in rng.sample(range(1, rows + 1), edits):
        store.edit(
            incident_id,
            {"killed": rng.randint(0, 30), "killed_low": None, "killed_high": None},
            reason="a later report revises the toll",
        )
    picked = rng.sample(range(2, rows + 1), 2 * deletes)
    for number, incident_id in enumerate(picked[:deletes]):
        duplicate_of = incident_id - 1 if number % 2 == 0 else None
        store.delete(incident_id, reason="duplicate report", duplicate_of=duplicate_of)
    for incident_id in picked[deletes:]:
        try:
            store.link(incident_id, rng.randrange(1, rows + 1), "related")
        except Exception:  # noqa: BLE001 - a random pair may already be linked or be itself
            continue


def build(out: Path, rows: int, seed: int = 7, places: int | None = None, fixed: bool = False) -> None:
    """Create ``out`` (replacing it) with ``rows`` synthetic incidents (see :func:`records`)."""
    sys.path.insert(0, str(ROOT / "src"))
    from incident_tracker.store import IncidentStore

    out.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{out}{suffix}").unlink(missing_ok=True)
    began = time.perf_counter()
    store = IncidentStore.open(out)

    def progress(stream: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for count, record in enumerate(stream, start=1):
            if count % 100_000 == 0:
                print(f"  {count:,} incidents checked, {time.perf_counter() - began:.0f} s", file=sys.stderr)
            yield record

    # One call, one transaction, as an import would do it (and one ANALYZE at the end).
    store.add_many(progress(records(rows, seed, places, fixed)), reason="bench generator")
    inserted = time.perf_counter()
    edits, deletes, links = add_history(store, rows, seed)
    store.close()
    done = time.perf_counter()
    print(
        f"{out}: {rows:,} incidents through add_many in {inserted - began:.1f} s "
        f"({rows / (inserted - began):,.0f} rows/s, generation included); "
        f"{edits:,} edits, {deletes:,} deletions, {links:,} links in {done - inserted:.1f} s",
        file=sys.stderr,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--places",
        type=int,
        default=None,
        help=f"places (and land) the incidents share; default rows/{ROWS_PER_PLACE}, at least {MIN_PLACES:,}",
    )
    parser.add_argument(
        "--fixed-places",
        action="store_true",
        help=f"the shape of the runs before December 2026: {FIXED_PLACES:,} places whatever --rows, "
        "15 %% of incidents without coordinates",
    )
    args = parser.parse_args()
    build(args.out, args.rows, args.seed, args.places, fixed=args.fixed_places)


if __name__ == "__main__":
    main()
