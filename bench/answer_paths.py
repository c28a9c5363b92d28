"""Which path of the geocoder gave each answer on the real set, and how often each path is right.

    python bench/answer_paths.py [--split dev|test|all] [--ids g1300-g1360] [--list] [--tsv FILE]

Every answer (a point, whatever its precision) came by one path: a place's own name in the
regional pack or in GeoNames, an alternate or recorded spelling, a sound-alike of a pack
place or a province, the district or province the text names standing in, a place moved
across a province line. The table counts per path the answers, the right ones and the
confidently wrong ones (issue 13: "never confidently wrong"), and per *flag* of the answer
(a bare one-word name, a name the phrase rules cut out of a longer text, a trusted namesake
far away that lost, a country the report names deciding). Paths whose precision is poor on
strings no rule has seen are where confident wrong answers come from on new material.

``--list`` names each answer's case and path (dev only: test cases stay unread while
tuning; for test, use the counts). The script imports whatever ``incident_tracker`` is on
the path, so the code of an older commit can be scored with
``PYTHONPATH=/tmp/old/src python bench/answer_paths.py`` (its own gazetteer: set
``TRACKER_CACHE_DIR``).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from real_places import COARSE, WITHIN, WRONG, RealCase, load_real_cases, verdict_for

#: An outcome of this script alone: a district standing in, judged wrong by the bench (its point is
#: beyond the case's tolerance), whose cell holds the truth (see :func:`_district_holds`).
DISTRICT_HOLDS = "district_holds"
#: Two trusted places of the name this far apart: the answer beat a far namesake.
FAR_KM = 100.0


def answer_path(located: Any) -> str:
    """The path that produced a chosen answer, from the resolution's own record of it."""
    chosen = located.chosen
    resolution = located.resolution
    notes = " ".join(getattr(resolution, "notes", []) or [])
    if located.status == "fallback" or chosen.match == "context":
        return f"stand-in: {chosen.geo_precision} named in the text"
    if chosen.match == "sound":
        if chosen.source == "pack":
            return "sound-alike: pack place"
        if chosen.level == "admin1":
            return "sound-alike: province"
        return "sound-alike: gazetteer place (narrowed or named country)"
    if "lies in the next province" in notes:
        return "next province (across a province line)"
    if chosen.match in ("phonetic", "fuzzy", "partial"):
        return f"{chosen.source} {chosen.match}"
    kind = "province" if chosen.level == "admin1" else "district" if chosen.level == "admin2" else "place"
    return f"{chosen.source} {kind} by {chosen.match}"


def answer_flags(located: Any) -> list[str]:
    """Circumstances of an answer that may make it risky (see the module docstring)."""
    from incident_tracker.geo.gazetteer import haversine_km
    from incident_tracker.geo.text import name_key

    chosen, resolution = located.chosen, located.resolution
    parsed = resolution.parsed
    flags = []
    words = parsed.name.split()
    if len(words) == 1 and not parsed.context and parsed.level is None:
        flags.append("bare one-word name")
    if parsed.context:
        flags.append("context part(s) given")
    if name_key(parsed.name) != name_key(resolution.query):
        flags.append("name cut out of a longer text")
    far = [
        c
        for c in resolution.candidates
        if c.trusted and haversine_km(c.latitude, c.longitude, chosen.latitude, chosen.longitude) > FAR_KM
    ]
    if far:
        flags.append("a trusted namesake > 100 km away lost")
        if any(c.country != chosen.country for c in far):
            flags.append("... in another country")
    named = resolution.named
    if named and chosen.country in named and any(c.trusted and c.country not in named for c in far):
        flags.append("the report's country decided")
    if any(c.country in (named or getattr(resolution, "region", frozenset())) for c in far):
        flags.append("a trusted namesake > 100 km away, in the text's countries, lost")
    region = named or getattr(resolution, "region", frozenset())
    if any(
        c.match in ("phonetic", "sound")
        and c.country in region
        and haversine_km(c.latitude, c.longitude, chosen.latitude, chosen.longitude) > FAR_KM
        for c in resolution.candidates
    ):
        flags.append("a sound-alike > 100 km away in the text's countries")
    if _lone_inside(chosen, resolution.candidates, named):
        flags.append("a lone GeoNames place of its name in the text's countries")
        if any(c.country not in named for c in far):
            flags.append("... a trusted namesake outside them lost")
    if chosen.geo_precision == "admin1":
        levels = [parsed.level, *getattr(parsed, "context_levels", [])]
        if "admin1" not in levels:
            flags.append("a province for a name the text does not call a province")
    if chosen.source == "geonames" and chosen.population == 0 and chosen.level is None:
        flags.append("GeoNames place of no recorded population")
    return flags


def _lone_inside(chosen: Any, candidates: list[Any], named: Any) -> bool:
    """Is the answer a GeoNames place (not a unit) by its own name, the only place of that name in the text's
    countries? geo157 guarded such a namesake outside the text's countries (through a foreign frame); this asks
    how often the one inside them, which the text's countries alone chose, is right (geo158)."""
    if not named or chosen.country not in named or chosen.source != "geonames" or chosen.level is not None:
        return False
    if chosen.match not in ("name", "variant", "alias"):
        return False
    others = [
        c
        for c in candidates
        if c.country in named
        and c.match in ("name", "variant", "alias")
        and (c.latitude, c.longitude) != (chosen.latitude, chosen.longitude)
    ]
    return not others


def _district_holds(case: RealCase, chosen: Any, resolver: Any) -> bool:
    """Is the district standing in the one whose point is nearest the case's truth, among the
    gazetteer's districts of its country? (No polygons: a Voronoi cell stands for the district.)"""
    from incident_tracker.geo.gazetteer import haversine_km

    if case.latitude is None or case.longitude is None:
        return False
    try:
        rows = resolver.gazetteer.conn.execute(
            "SELECT latitude, longitude FROM places WHERE level = 'admin2' AND country = ?", (chosen.country,)
        ).fetchall()
    except sqlite3.Error:  # an older gazetteer, without levels
        return False
    if not rows:
        return False
    nearest = min(rows, key=lambda r: haversine_km(case.latitude, case.longitude, r[0], r[1]))
    return haversine_km(nearest[0], nearest[1], chosen.latitude, chosen.longitude) < 1


def run(cases: list[RealCase]) -> list[tuple[RealCase, str, list[str], str]]:
    """(case, path, flags, outcome) for every case given an answer."""
    from incident_tracker.errors import ValidationError
    from incident_tracker.geo.chain import Resolver
    from incident_tracker.geo.gazetteer import Gazetteer, default_path
    from incident_tracker.geo.locate import locate

    resolver = Resolver(gazetteer=Gazetteer.open(default_path()))
    rows = []
    for case in cases:
        try:
            located = locate(case.query, resolver=resolver, named=frozenset(case.context_countries))
        except ValidationError:
            continue
        chosen = located.chosen
        if chosen is None:
            continue
        verdict = verdict_for(case, chosen, resolver)
        outcome = verdict.outcome
        if outcome == WRONG and located.status == "fallback" and chosen.geo_precision == "admin2":
            outcome = DISTRICT_HOLDS if _district_holds(case, chosen, resolver) else outcome
        rows.append((case, answer_path(located), answer_flags(located), outcome))
    return rows


def table(rows: list[tuple[RealCase, str, list[str], str]], title: str) -> None:
    by_path: dict[str, Counter[str]] = defaultdict(Counter)
    by_flag: dict[str, Counter[str]] = defaultdict(Counter)
    for _, path, flags, outcome in rows:
        by_path[path][outcome] += 1
        for flag in flags:
            by_flag[flag][outcome] += 1
    for name, counts in ((f"{title}: path", by_path), (f"{title}: flag", by_flag)):
        print(f"| {name} | answers | right | province stands in | wrong (district holds it) |")
        print("|---|---:|---:|---:|---:|")
        for key, c in sorted(counts.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])):
            right = c[WITHIN] + c["rightly_empty"]
            wrong = c[WRONG] + c[DISTRICT_HOLDS]
            held = f" ({c[DISTRICT_HOLDS]})" if c[DISTRICT_HOLDS] else ""
            print(f"| {key} | {sum(c.values())} | {right} | {c[COARSE]} | {wrong}{held} |")
        print()


def _in_range(case: RealCase, ids: str | None) -> bool:
    if not ids:
        return True
    low, _, high = ids.partition("-")
    number = int(case.id[1:])
    return int(low[1:]) <= number <= int((high or low)[1:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--ids", help="A range of case ids, g1300-g1360 (a batch).")
    parser.add_argument("--list", action="store_true", help="Name each dev answer's case and path.")
    parser.add_argument("--tsv", type=Path, help="The real set to read (default: bench/geocode_real.tsv).")
    parser.add_argument("--rows", type=Path, help="Append split, path, flags, outcome, expected per answer to FILE.")
    args = parser.parse_args()
    cases = load_real_cases(args.tsv) if args.tsv else load_real_cases()
    cases = [c for c in cases if args.split in ("all", c.split) and _in_range(c, args.ids)]
    rows = run(cases)
    print(f"{len(cases)} cases ({args.split}{', ' + args.ids if args.ids else ''}), {len(rows)} answered\n")
    for split in ("dev", "test") if args.split == "all" else (args.split,):
        table([r for r in rows if r[0].split == split], split)
    if args.rows:
        with args.rows.open("a", encoding="utf-8") as out:
            for case, path, flags, outcome in rows:
                shown = case.id if case.split == "dev" else ""  # test cases stay unnamed
                out.write(f"{case.split}\t{shown}\t{path}\t{';'.join(flags)}\t{outcome}\t{case.expected}\n")
    if args.list and args.split == "dev":
        for case, path, flags, outcome in rows:
            print(f"{case.id}\t{outcome}\t{path}\t{'; '.join(flags)}\t{case.query}")


if __name__ == "__main__":
    main()
