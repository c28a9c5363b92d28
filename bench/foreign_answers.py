"""Answers that lie in a country the report does not name, and what separates the right ones.

    python bench/foreign_answers.py [--split dev|test] [--list]

Issue 13: "a match in a country outside the user's region is never chosen silently", and the
countries the same text names rank first. The region is wider than the report (all eight border
countries), so a place in a country the report does not name can still be chosen. This script
counts, per answer path, how often that happens and how often it is right, and per answer three
conditions that may tell a right one (a place on the named country's line) from a far namesake:

* ``border_with``: the answer is a border unit or pack place whose ``border_with`` lists a country
  the report names;
* ``near <km>``: the nearest gazetteer place of a named country lies within that distance (the
  answer sits by the named country's border);
* ``province named``: the answer lies in a province the text names as a context part.

``--list`` names each dev case (id, outcome, path, conditions, string). On test only counts are
printed: no id, no string. Cases whose report names no country are left out (nothing to compare).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from answer_paths import answer_path
from real_places import COARSE, WITHIN, WRONG, load_real_cases, verdict_for

NEAR_KM = (25.0, 50.0, 100.0)


def nearest_named_km(resolver: Any, chosen: Any, named: frozenset[str]) -> float:
    """Distance from the answer to the nearest gazetteer place of a named country."""
    from incident_tracker.geo.gazetteer import haversine_km

    marks = ",".join("?" for _ in named)
    rows = resolver.gazetteer.conn.execute(
        f"SELECT latitude, longitude FROM places WHERE country IN ({marks}) "
        "AND latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?",
        (*sorted(named), chosen.latitude - 3, chosen.latitude + 3, chosen.longitude - 3, chosen.longitude + 3),
    ).fetchall()
    return min((haversine_km(chosen.latitude, chosen.longitude, a, b) for a, b in rows), default=9999.0)


def conditions(resolver: Any, located: Any, named: frozenset[str]) -> list[str]:
    from incident_tracker.geo.text import name_key

    chosen, parsed = located.chosen, located.resolution.parsed
    found = []
    if set(chosen.border_with) & named:
        found.append("border_with")
    km = nearest_named_km(resolver, chosen, named)
    found += [f"near {int(limit)}" for limit in NEAR_KM if km <= limit]
    provinces = [
        name_key(part) for part, level in zip(parsed.context, parsed.context_levels, strict=False) if level == "admin1"
    ]
    if chosen.admin1 and any(p and p in name_key(chosen.admin1) for p in provinces):
        found.append("province named")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--list", action="store_true", help="Name each dev case (dev only).")
    args = parser.parse_args()
    from incident_tracker.errors import ValidationError
    from incident_tracker.geo.chain import Resolver
    from incident_tracker.geo.gazetteer import Gazetteer, default_path
    from incident_tracker.geo.locate import locate

    resolver = Resolver(gazetteer=Gazetteer.open(default_path()))
    cases = [c for c in load_real_cases() if c.split == args.split]
    by_path: dict[str, Counter[str]] = defaultdict(Counter)
    by_cond: dict[str, Counter[str]] = defaultdict(Counter)
    answered = 0
    listed = []
    for case in cases:
        named = frozenset(case.context_countries)
        try:
            located = locate(case.query, resolver=resolver, named=named)
        except ValidationError:
            continue
        chosen = located.chosen
        if chosen is None:
            continue
        answered += 1
        named = located.resolution.named or named
        if not named or chosen.country in named:
            continue
        outcome = verdict_for(case, chosen, resolver).outcome
        path = answer_path(located)
        found = conditions(resolver, located, named)
        by_path[path][outcome] += 1
        for key in found or ["none of them"]:
            by_cond[key][outcome] += 1
        by_cond["all"][outcome] += 1
        listed.append(f"{case.id}\t{outcome}\t{chosen.country}\t{path}\t{', '.join(found)}\t{case.query}")
    print(f"{len(cases)} cases ({args.split}), {answered} answered, {sum(by_cond['all'].values())} outside the named\n")
    for title, counts in (("path", by_path), ("condition", by_cond)):
        print(f"| {title} | answers | right | province stands in | wrong |")
        print("|---|---:|---:|---:|---:|")
        for key, c in sorted(counts.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])):
            right = c[WITHIN] + c["rightly_empty"]
            print(f"| {key} | {sum(c.values())} | {right} | {c[COARSE]} | {c[WRONG]} |")
        print()
    if args.list and args.split == "dev":
        print("\n".join(listed))


if __name__ == "__main__":
    main()
