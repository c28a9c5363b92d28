"""Which geocoder paths hold out of sample: each held-back batch's dev strings, answered by its first code.

    python bench/geo_first_scores.py --work DIR [--batches 56-92] [--judge] [--split dev|test]

Every held-back batch of ``bench/geocode_real.tsv`` was committed before any rule saw it and scored
once on the code of that commit (:data:`BATCHES`: the commit that added the batch, whose ``src`` is
the main commit its section of docs/geocoding-journal.md names). For each batch asked for, this
exports that commit's ``src`` (``git archive``) under ``--work``, runs that old geocoder over the
batch's **dev** strings only (a subprocess with ``PYTHONPATH`` on the old tree and its own
``TRACKER_CACHE_DIR``, so its own gazetteer and pack), and judges each answer with today's labels and
judge (``real_places.verdict_for``). Today's code is run the same way over all of dev. Each string
becomes a row (batch, id, expected, outcome, the answer's path and flags from
``answer_paths.answer_path``/``answer_flags``, the string's script, whether the reader cut the name
out of a longer text) in ``--work``; the tables printed give per path, per path and script, per
script, per flag and per label: answers / right / province stands in / wrong and the share right,
out of sample (each batch by its first code) beside today on the same strings and today on all of
dev (in sample).

Why: dev has 0-2 wrong answers because every dev wrong was mended after it was seen; what carries
to new strings is the precision of a *path* the first time it meets them (issue 13; the extractor's
``bench/extract_first_scores.py`` asks the same of reading paths). ``--judge`` also writes the rows
in ``bench/abstain_judge.py``'s form (the script as a flag, "script arabic"), for
``python bench/abstain_judge.py --first DIR/first.judge.tsv --now DIR/now.judge.tsv --pairs``.

By default test strings are never resolved here: cases are filtered to ``dev`` before anything is looked up.
``--split test`` (geo158) resolves each batch's test strings instead and keeps per answer only its path, flags,
script, label and outcome (no id, no string), and prints the tables without naming a case: issue 13 reads
``test`` in aggregate only. The rows name dev ids only; keep ``--work`` outside the repository. An old tree or
gazetteer under ``--work`` is reused. A batch whose commit cannot be exported or whose run fails is reported on
stderr and left out.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

from real_places import COARSE, WITHIN, WRONG, RealCase, load_real_cases  # noqa: E402

#: Held-back batch -> (the commit that added it, its id range). Each commit's ``src`` is that of the
#: main commit the batch's section names as its first score (56: 8325818, 57: 4a1bf0f, 58: ce0633c,
#: 59: 5c9d5a69, 60: bc761579, 61: e9db75e4, 62: c00e3991, 63: 3aa526ff, 64: b8c721d3, 65: b09b53c7,
#: 66: af33ff0c, 67: 42ed1953; checked with ``git diff --quiet``).
BATCHES: dict[int, tuple[str, str]] = {
    56: ("e25c3ebe", "g5300-g5399"),
    57: ("71f8167d", "g5400-g5499"),
    58: ("3291784a", "g5500-g5599"),
    59: ("0bc527dd", "g5600-g5699"),
    60: ("8ffc5ee5", "g5700-g5799"),
    61: ("c244ca3f", "g5800-g5899"),
    62: ("bd3442dc", "g5900-g5999"),
    63: ("ef184fa3", "g6000-g6099"),
    64: ("4ab1362a", "g6100-g6199"),
    65: ("cf5541a4", "g6200-g6299"),
    66: ("acae62e3", "g6300-g6399"),
    67: ("244669fe", "g6400-g6499"),
    # 68-75 (geo150): the main commit each batch's section names as its first score, itself (its src is the src
    # the batch was scored on; the batch's rows are read from today's set, as for every batch)
    68: ("43e52159", "g6500-g6599"),
    69: ("aa0b0869", "g6600-g6699"),
    70: ("87a2a697", "g6700-g6799"),
    71: ("04abde6d", "g6800-g6899"),
    72: ("70148d92", "g6900-g6999"),
    73: ("7d9f4b0f", "g7000-g7099"),
    74: ("dbd60166", "g7100-g7199"),
    75: ("6a73cdb8", "g7200-g7299"),
    # 76 (geo152): main 7f87d20a, the main its section names as its first score (the batch's commit d7710b67 changed
    # no src: ``git diff --quiet 7f87d20a d7710b67 -- src``)
    76: ("7f87d20a", "g7300-g7399"),
    # 77-79 (geo158): the main commit each batch's section names as its first score
    77: ("64efb523", "g7400-g7499"),
    78: ("c5950c00", "g7500-g7599"),
    79: ("89785d9e", "g7600-g7699"),
    # 80-90 (geofirst): the commit that added each batch's rows (the first commit holding its ids), whose src is that
    # of the main its section names as its first score (80: c4a7e63c, 81: 4e2cf711, 82: 5783fa98, 83: b37a4e0f,
    # 84: c2e1bdaa, 85: 09987d68, 86: 5072b990, 87: bc855d6a, 88: f08fc4c9, 89: 3cc0bbef, 90: 20d12079; checked with
    # ``git diff --quiet``)
    80: ("2b739c9b", "g7700-g7799"),
    81: ("f772e9b0", "g7800-g7899"),
    82: ("2550b747", "g7900-g7999"),
    83: ("6c2fc575", "g8000-g8099"),
    84: ("5884c4de", "g8100-g8199"),
    85: ("37fec85a", "g8200-g8299"),
    86: ("25722cc9", "g8300-g8399"),
    87: ("5f4d65a3", "g8400-g8499"),
    88: ("c24fc288", "g8500-g8599"),
    89: ("b1ec3776", "g8600-g8699"),
    90: ("97fa0f55", "g8700-g8799"),
    # 91 (geo185): the commit that added its rows, whose src is that of ea7968f0, its section's first score (checked
    # with ``git diff --quiet``)
    91: ("58b898b8", "g8800-g8899"),
    # 92 (batch92): the commit that holds all its rows (its second part; the first, 8482aa93, holds g8900-g8958),
    # whose src is that of 64b036d3, its section's first score (checked with ``git diff --quiet``)
    92: ("9db5d869", "g8900-g8999"),
}

NO_ANSWER = "(no answer)"
DISTRICT_HOLDS = "district_holds"  # answer_paths' outcome: a district stand-in whose cell holds the truth
RIGHT = (WITHIN, "rightly_empty")
WRONGS = (WRONG, DISTRICT_HOLDS)
COLUMNS = ("batch", "id", "expected", "outcome", "path", "script", "reader", "flags")

Row = dict[str, Any]


def script_of(text: str) -> str:
    """The script most of the string's letters are written in: han, cyrillic, arabic, indic or latin
    ("latin+diacritics" when Latin letters beyond ASCII are among them: Turkmen, Uzbek, Kazakh Latin;
    "indic" for the Brahmic scripts of the Indic copies, Devanagari to Sinhala, which geo188 took out of "none")."""
    counts = Counter()
    for ch in text:
        if not ch.isalpha() and not "\u0900" <= ch <= "\u0dff":  # a Devanagari vowel sign is no letter to isalpha
            continue
        if "\u0900" <= ch <= "\u0dff":
            counts["indic"] += 1
        elif "\u4e00" <= ch <= "\u9fff":
            counts["han"] += 1
        elif "\u0400" <= ch <= "\u04ff":
            counts["cyrillic"] += 1
        elif "\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff":
            counts["arabic"] += 1
        elif ch.isascii():
            counts["latin"] += 1
        elif "\u00c0" <= ch <= "\u024f":
            counts["latin"] += 1
            counts["diacritics"] += 1
    diacritics = counts.pop("diacritics", 0)
    if not counts:
        return "none"
    script = max(counts, key=lambda s: (counts[s], s))
    return "latin+diacritics" if script == "latin" and diacritics else script


def in_range(case_id: str, ids: str) -> bool:
    """Is ``case_id`` (g1234) within ``ids`` (g1200-g1299)?"""
    low, _, high = ids.partition("-")
    return int(low[1:]) <= int(case_id[1:]) <= int((high or low)[1:])


def dev_rows(cases: Iterable[RealCase], resolver: Any, batch: str, split: str = "dev") -> list[Row]:
    """One row per case of ``split``: what the code on the path answers, by which path, and how it is judged.
    Cases of the other split are dropped before anything is resolved; a ``test`` row keeps no id (counts only)."""
    from answer_paths import _district_holds, answer_flags, answer_path
    from real_places import verdict_for

    from incident_tracker.errors import ValidationError
    from incident_tracker.geo.locate import locate
    from incident_tracker.geo.text import name_key

    rows = []
    for case in (c for c in cases if c.split == split):
        try:
            located = locate(case.query, resolver=resolver, named=frozenset(case.context_countries))
        except ValidationError:
            located = None
        chosen = located.chosen if located is not None else None
        outcome = verdict_for(case, chosen, resolver).outcome
        path, flags, reader = NO_ANSWER, [], ""
        if located is not None and located.resolution is not None:
            cut = name_key(located.resolution.parsed.name) != name_key(located.resolution.query)
            reader = "cut" if cut else "whole"
        if chosen is not None and located is not None:
            if outcome == WRONG and located.status == "fallback" and chosen.geo_precision == "admin2":
                outcome = DISTRICT_HOLDS if _district_holds(case, chosen, resolver) else outcome
            path, flags = answer_path(located), answer_flags(located)
        rows.append(
            {
                "batch": batch,
                "id": case.id if split == "dev" else "",
                "expected": case.expected,
                "outcome": outcome,
                "path": path,
                "script": script_of(case.query),
                "reader": reader,
                "flags": flags,
            }
        )
    return rows


def write_rows(rows: list[Row], path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write("\t".join(";".join(row[c]) if c == "flags" else str(row[c]) for c in COLUMNS) + "\n")


def read_rows(path: Path) -> list[Row]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row: Row = dict(zip(COLUMNS, line.split("\t"), strict=True))
        row["flags"] = [f for f in row["flags"].split(";") if f]
        rows.append(row)
    return rows


def cell(counts: Counter[str]) -> str:
    """answers / right / province stands in / wrong (share right), or a dash for none."""
    answers = sum(counts.values())
    if not answers:
        return "–"
    right = sum(counts[o] for o in RIGHT)
    return f"{answers} / {right} / {counts[COARSE]} / {sum(counts[o] for o in WRONGS)} ({right / answers:.2f})"


def summary(rows: list[Row]) -> str:
    """right / province / unlocated / wrong over every string (answered or not), as the bench counts."""
    c = Counter(r["outcome"] for r in rows)
    right, wrong = sum(c[o] for o in RIGHT), sum(c[o] for o in WRONGS)
    return f"{len(rows)} strings: {right} / {c[COARSE]} / {c['unlocated']} / {wrong}"


Key = Callable[[Row], list[str]]
KEYS: list[tuple[str, Key]] = [
    ("path", lambda r: [r["path"]]),
    ("path · script", lambda r: [f"{r['path']} · {r['script']}"]),
    ("script", lambda r: [r["script"]]),
    ("flag", lambda r: r["flags"] or ["(no flag)"]),
    ("label", lambda r: [r["expected"]]),
]


def tables(first: list[Row], now: list[Row], split: str = "dev") -> str:
    """Markdown: per key, answered strings only, out of sample beside in sample."""
    seen = {r["id"] or r["batch"] for r in first}  # a test row has no id: its batch stands for it
    same = [r for r in now if (r["id"] or r["batch"]) in seen]
    lines = [
        f"out of sample (first scores): {summary(first)}",
        f"today, the same strings: {summary(same)}",
        f"today, all {'dev' if split == 'dev' else 'the batches of test'}: {summary(now)}",
    ]
    by_batch: dict[str, list[Row]] = defaultdict(list)
    for row in first:
        by_batch[row["batch"]].append(row)
    lines += [f"  batch {b}: {summary(by_batch[b])}" for b in sorted(by_batch)]
    for title, key in KEYS:
        counted = []
        for rows in (first, same, now):
            counts: dict[str, Counter[str]] = defaultdict(Counter)
            for row in rows:
                if row["path"] != NO_ANSWER:
                    for k in key(row):
                        counts[k][row["outcome"]] += 1
            counted.append(counts)
        lines += ["", f"| {title} | out of sample | today, same strings | today, all {split} |", "|---|---:|---:|---:|"]
        order = sorted(set(counted[0]) | set(counted[2]), key=lambda k: (-sum(counted[0][k].values()), k))
        lines += [f"| {k} | {' | '.join(cell(c[k]) for c in counted)} |" for k in order]
    wrong = [r for r in first if r["outcome"] in WRONGS]
    if any(not r["id"] for r in first):
        return "\n".join(lines)  # test rows: counts only, no case named
    lines += ["", "out-of-sample wrong answers:"]
    lines += [f"  {r['batch']} {r['id']} {r['expected']}: {r['path']} ({r['script']})" for r in wrong]
    return "\n".join(lines)


def judge_rows(rows: list[Row], path: Path) -> None:
    """The rows in bench/abstain_judge.py's form (answered strings; the script as one more flag)."""
    with path.open("w", encoding="utf-8") as out:
        for r in rows:
            if r["path"] != NO_ANSWER:
                flags = ";".join([*r["flags"], f"script {r['script']}"])
                out.write(f"dev\t{r['id']}\t{r['path']}\t{flags}\t{r['outcome']}\t{r['expected']}\n")


def _worker(batch: str, ids: str, out: Path, split: str = "dev") -> None:
    """Run inside an old tree (or today's): this code's answers to the ``split`` strings of ``ids``."""
    from incident_tracker.geo.chain import Resolver
    from incident_tracker.geo.gazetteer import Gazetteer, default_path

    cases = [c for c in load_real_cases() if c.split == split and (not ids or in_range(c.id, ids))]
    resolver = Resolver(gazetteer=Gazetteer.open(default_path()))
    if batch != "now" or split == "dev":
        write_rows(dev_rows(cases, resolver, batch, split), out)
        return
    rows = []  # today's test rows, each under its batch (no id is kept)
    for number, (_, batch_ids) in BATCHES.items():
        rows += dev_rows([c for c in cases if in_range(c.id, batch_ids)], resolver, str(number), split)
    write_rows(rows, out)


def _first_score(batch: int, work: Path, split: str = "dev") -> Path | None:
    commit, ids = BATCHES[batch]
    suffix = "" if split == "dev" else f"-{split}"
    tree, rows = work / f"batch{batch}-{commit}", work / f"first-{batch}{suffix}.tsv"
    if rows.exists():
        return rows
    if not (tree / "src").is_dir():
        tree.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "src"], capture_output=True)
        if archive.returncode:
            print(f"batch {batch}: cannot export {commit}", file=sys.stderr)
            return None
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
    env = {**os.environ, "PYTHONPATH": str(tree / "src"), "TRACKER_CACHE_DIR": str(tree / ".cache")}
    command = [sys.executable, __file__, "--worker", str(batch), "--ids", ids, "--out", str(rows), "--split", split]
    if subprocess.run(command, env=env).returncode:
        print(f"batch {batch}: the old code's run failed", file=sys.stderr)
        rows.unlink(missing_ok=True)
        return None
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, help="Old trees, their gazetteers and the rows (required).")
    parser.add_argument("--batches", default="56-92", help="A range of held-back batches (56-92).")
    parser.add_argument("--judge", action="store_true", help="Also write rows for bench/abstain_judge.py.")
    parser.add_argument(
        "--split",
        choices=("dev", "test"),
        default="dev",
        help="test: the same tables over the batches' test strings, counted only (no id, no string kept).",
    )
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--ids", default="", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        _worker(args.worker, args.ids, args.out, args.split)
        return
    if args.work is None:
        parser.error("--work DIR is required")
    low, _, high = args.batches.partition("-")
    wanted = [b for b in BATCHES if int(low) <= b <= int(high or low)]
    args.work.mkdir(parents=True, exist_ok=True)
    first = [row for b in wanted if (path := _first_score(b, args.work, args.split)) for row in read_rows(path)]
    now_path = args.work / ("now.tsv" if args.split == "dev" else f"now-{args.split}.tsv")
    _worker("now", "", now_path, args.split)
    now = read_rows(now_path)
    print(tables(first, now, args.split))
    if args.judge:
        judge_rows(first, args.work / "first.judge.tsv")
        judge_rows(now, args.work / "now.judge.tsv")


if __name__ == "__main__":
    main()
