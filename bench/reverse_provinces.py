"""How often the reverse lookup of typed coordinates gives a wrong province, and how often none.

Usage: python bench/reverse_provinces.py [--sample 3000] [--seed 1] [--ratio 2]

Leave one out: each sampled town of the region (AF, PK, IR, TJ, KG, UZ, TM; a populated place
with a province code, not a row of the pack) is located at its own point with the town
itself taken out of the gazetteer, so that the nearest *other* town answers, as it does for
a point an analyst types. The truth is the town's own province (GeoNames). Two rules are
scored on the same lookups:

- ``nearest``: the nearest town's province, always (the rule before the province doubt);
- ``doubt``: what ``geo.locate`` fills today, which leaves the province empty when a town
  of another province is less than ``--ratio`` times as far as the nearest.

The gazetteer is the one the tracker uses (built on first use into the cache folder). The
town is taken out by filtering the rows of the bounding-box read the nearest-place search
makes, which is the only read it makes: nothing else of the lookup is changed.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from typing import Any

from incident_tracker.geo import gazetteer as gazetteer_module
from incident_tracker.geo import locate as locate_module

REGION = ("AF", "PK", "IR", "TJ", "KG", "UZ", "TM")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--ratio", type=float, default=locate_module.BORDER_DOUBT_RATIO)
    args = parser.parse_args()
    locate_module.BORDER_DOUBT_RATIO = args.ratio

    chain = locate_module.default_resolver()
    gazetteer = chain.gazetteer
    left_out: dict[str, Any] = {"id": None}
    read_box = gazetteer_module.sql.places_in_box

    def without_the_town(conn: Any, box: Any, country: str | None = None) -> list[Any]:
        return [row for row in read_box(conn, box, country) if row[0] != left_out["id"]]

    gazetteer_module.sql.places_in_box = without_the_town  # type: ignore[assignment]
    marks = ", ".join("?" * len(REGION))
    towns = gazetteer.conn.execute(
        f"SELECT id, country, admin1, latitude, longitude FROM places WHERE country IN ({marks}) "
        "AND admin1 IS NOT NULL AND admin1 != '' AND kind IS NULL AND level IS NULL ORDER BY id",
        REGION,
    ).fetchall()
    sample = random.Random(args.seed).sample(towns, min(args.sample, len(towns)))
    tallies: dict[str, Counter[str]] = {"nearest": Counter(), "doubt": Counter()}
    for town_id, country, code, latitude, longitude in sample:
        left_out["id"] = town_id
        found = locate_module._from_coordinates(chain, latitude, longitude, country, None)
        truth = gazetteer.admin1_name(country, code)
        nearest = found.chosen
        answers = {
            "nearest": nearest.admin1 if nearest is not None and nearest.country == country else None,
            "doubt": found.fields.get("admin1"),
        }
        for rule, answer in answers.items():
            tallies[rule]["empty" if not answer else "right" if answer == truth else "wrong"] += 1
    print(f"{len(sample)} towns of {', '.join(REGION)} (seed {args.seed}), doubt ratio {args.ratio:g}")
    print("| rule | right | wrong | empty |")
    print("|---|---:|---:|---:|")
    for rule, tally in tallies.items():
        print(f"| {rule} | {tally['right']:,} | {tally['wrong']:,} | {tally['empty']:,} |")


if __name__ == "__main__":
    main()
