"""How the geocoder does on dev strings whose own pack spellings are taken away (issue 13).

Most spellings added to the border pack since the real-report set began were added for a
dev string that failed: scored with them, dev says little about strings nobody has seen.
This script finds those spellings and scores dev again without them, so that the dev
strings they answered are unseen again:

1. ``git log`` of ``geo/data/border_places.tsv`` since the real set's first commit: every
   alias a commit added to a row that was already there (by row name), with the commit (a
   new row is a new place, not a spelling);
2. the whole real set scored with the shipped pack (in a child process); a dev string
   answered right by a pack row counts as answered by an added alias of that row when the
   alias's key is in the string's key and no older spelling of the row is;
3. those aliases removed from a copy of the pack in a temporary folder, and the set scored
   again there (a child process whose ``pack.shipped_path`` is the copy, with a cache
   folder of its own that starts from a copy of the current gazetteer: only the pack is
   reloaded).

Printed: the spellings left out (with their dev strings), dev with and without them
(right / province / unlocated / wrong), each dev case whose outcome changes, and the
test split as one summary line each (its cases are never named).

Usage: python bench/leave_out_spellings.py [--keep-temp]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACK = Path("src/incident_tracker/geo/data/border_places.tsv")
REAL_SET = Path("bench/geocode_real.tsv")


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=True, capture_output=True, text=True).stdout


def _aliases(text: str) -> dict[str, set[str]]:
    """Row name → its aliases, from a pack file's text (read loosely: old versions had other columns)."""
    rows: dict[str, set[str]] = {}
    header: list[str] | None = None
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        row = dict(zip(header, cells, strict=False))
        spellings = {a.strip() for a in row.get("aliases", "").split(";") if a.strip()}
        rows.setdefault(row.get("name", ""), set()).update(spellings)
    return rows


def added_aliases() -> dict[tuple[str, str], str]:
    """(row name, alias) → the commit that added the alias to a row already there, since the real set began."""
    since = _git("log", "--format=%cI", "--diff-filter=A", "--", str(REAL_SET)).split()[-1]
    commits = _git("log", "--reverse", "--no-merges", "--format=%H", f"--since={since}", "--", str(PACK)).split()
    added: dict[tuple[str, str], str] = {}
    for commit in commits:
        parent = subprocess.run(["git", "-C", str(ROOT), "show", f"{commit}^:{PACK}"], capture_output=True, text=True)
        before = _aliases(parent.stdout)  # empty where the commit made the file
        after = _aliases(_git("show", f"{commit}:{PACK}"))
        for name, spellings in after.items():
            if name not in before:
                continue  # a new row is a new place, not a new spelling of a known one
            for alias in spellings - before[name]:
                added.setdefault((name, alias), commit[:7])
    return added


def _child(pack: str, out: str) -> None:
    """Score every case with ``pack`` as the shipped pack; write id → (outcome, answering name, source)."""
    from incident_tracker.geo import pack as pack_module

    if pack:
        pack_module.shipped_path = lambda: Path(pack)  # type: ignore[assignment]
        pack_module.shipped_pack.cache_clear()
    sys.path.insert(0, str(ROOT / "bench"))
    import real_places

    from incident_tracker.geo.chain import Resolver

    resolver = Resolver()
    result = {}
    for case in real_places.load_real_cases():
        chosen = real_places._locate(case, resolver)
        verdict = real_places.verdict_for(case, chosen, resolver)
        name = chosen.name if chosen is not None else ""
        source = chosen.source if chosen is not None else ""
        result[case.id] = [case.split, verdict.outcome, name, source]
    Path(out).write_text(json.dumps(result), "utf-8")


def score(pack: Path | None, cache: Path, out: Path) -> dict[str, list[str]]:
    env = dict(os.environ, TRACKER_CACHE_DIR=str(cache))
    cmd = [sys.executable, __file__, "--child", str(pack or ""), "--out", str(out)]
    subprocess.run(cmd, check=True, env=env, cwd=ROOT)
    return dict(json.loads(out.read_text("utf-8")))


def summary(results: dict[str, list[str]], split: str) -> str:
    counts = Counter(outcome for s, outcome, *_ in results.values() if s == split)
    right = counts["within"] + counts["rightly_empty"]
    total = sum(counts.values())
    return (
        f"{split}: {total} cases, right {right} / province {counts['coarse']} / "
        f"unlocated {counts['unlocated']} / wrong {counts['wrong']}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--keep-temp", action="store_true", help="Keep the temporary pack and cache.")
    args = parser.parse_args()
    if args.child is not None:
        _child(args.child, args.out)
        return
    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(ROOT / "bench"))
    import real_places

    from incident_tracker.geo.gazetteer import default_path
    from incident_tracker.geo.text import name_key

    cases = {c.id: c for c in real_places.load_real_cases()}
    added = added_aliases()
    temp = Path(tempfile.mkdtemp(prefix="leave-out-"))
    try:
        whole = score(None, Path(os.environ.get("TRACKER_CACHE_DIR") or default_path().parent), temp / "whole.json")
        text = (ROOT / PACK).read_text("utf-8")
        current = _aliases(text)
        left_out: dict[tuple[str, str], list[str]] = {}
        for case_id, (split, outcome, name, source) in whole.items():
            if split != "dev" or source != "pack" or outcome not in ("within", "rightly_empty"):
                continue
            query = name_key(cases[case_id].query)
            spellings = current.get(name, set()) | {name}
            new = [a for a in spellings if (name, a) in added and name_key(a) and name_key(a) in query]
            old = [a for a in spellings if (name, a) not in added and name_key(a) and name_key(a) in query]
            if new and not old:
                for alias in new:
                    left_out.setdefault((name, alias), []).append(case_id)
        lines = []
        for line in text.splitlines():
            cells = line.split("\t")
            if not line.startswith("#") and len(cells) > 8 and any(n == cells[0] for n, _ in left_out):
                drop = {a for n, a in left_out if n == cells[0]}
                cells[8] = ";".join(a for a in cells[8].split(";") if a.strip() not in drop)
            lines.append("\t".join(cells))
        reduced = temp / "border_places.tsv"
        reduced.write_text("\n".join(lines) + "\n", "utf-8")
        cache = temp / "cache"
        cache.mkdir()
        shutil.copy(default_path(), cache / default_path().name)
        unseen = score(reduced, cache, temp / "unseen.json")
        print(f"{len(added)} aliases added to the pack since the real set began; {len(left_out)} answer dev strings:")
        for (name, alias), ids in sorted(left_out.items()):
            print(f"   {name} <- {alias!r} ({added[(name, alias)]}): {' '.join(sorted(ids))}")
        print("with every spelling:    " + summary(whole, "dev"))
        print("without those (unseen): " + summary(unseen, "dev"))
        for case_id, (split, outcome, *_rest) in whole.items():
            if split == "dev" and unseen[case_id][1] != outcome:
                print(f"   {case_id} {cases[case_id].query!r}: {outcome} -> {unseen[case_id][1]}")
        print("test, with every spelling:    " + summary(whole, "test"))
        print("test, without those (unseen): " + summary(unseen, "test"))
    finally:
        if args.keep_temp:
            print(f"kept {temp}")
        else:
            shutil.rmtree(temp, ignore_errors=True)


if __name__ == "__main__":
    main()
