"""What abstaining on a path or flag of the geocoder would cost and gain on dev, from answer_paths rows.

    python bench/abstain_judge.py --first ROWS [ROWS ...] --now ROWS [--pairs]

The rows are ``bench/answer_paths.py --rows FILE`` output (split, id, path, flags, outcome,
expected per answer): ``--first`` those of each batch's first score (the code of the commit
that added the batch, run over that batch, its own gazetteer; docs/geocoding-journal.md, section
"Where confident wrong answers come from"), ``--now`` today's over the whole set. For each
candidate rule (abstain whenever an answer came by this path and carries these flags) the
table gives, on ``dev`` only, the right answers it would empty (its cost; a province that
stands in and holds the truth counted apart) and the wrong ones (its gain), at the first
score and today. Issue 13's weighing: a rule is worth keeping only if it removes more wrong
answers than it costs right ones, one wrong removed being worth at most two rights lost
(:data:`WORTH`).

``--pairs`` also tries every path with up to two flags and lists those that remove at least
one wrong answer, best first. Test rows are skipped: test is counted once, at the end, and
never tuned on.
"""

from __future__ import annotations

import argparse
import itertools
from collections import Counter
from collections.abc import Callable
from pathlib import Path

#: One wrong answer removed is worth at most this many right answers lost.
WORTH = 2.0
RIGHT = ("within", "rightly_empty")
WRONG = ("wrong", "district_holds")

Row = tuple[str, str, str, frozenset[str], str, str]
Rule = Callable[[str, frozenset[str]], bool]

BARE = "bare one-word name"
CONTEXT = "context part(s) given"
FAR = "a trusted namesake > 100 km away lost"
FAR_NAMED = "a trusted namesake > 100 km away, in the text's countries, lost"
NOT_CALLED = "a province for a name the text does not call a province"

#: The candidates docs/geocoding-journal.md ("Abstaining where the path is unreliable") reports.
RULES: dict[str, Rule] = {
    "a district standing in": lambda p, f: p == "stand-in: admin2 named in the text",
    "a province by any path": lambda p, f: "province" in p or "admin1" in p,
    "a province for a name the text does not call one": lambda p, f: NOT_CALLED in f,
    "a province standing in, likewise": lambda p, f: p.startswith("stand-in: admin1") and NOT_CALLED in f,
    "a sound-alike of a province": lambda p, f: p == "sound-alike: province",
    "a GeoNames alias with context parts": lambda p, f: "alias" in p and CONTEXT in f,
    "a GeoNames alias": lambda p, f: "alias" in p,
    "a sound-alike without context": lambda p, f: p.startswith("sound-alike") and CONTEXT not in f,
    "a bare name with a trusted namesake far off": lambda p, f: BARE in f and FAR in f,
    "... the namesake in a country the text names": lambda p, f: BARE in f and FAR_NAMED in f,
}


def load(paths: list[Path]) -> list[Row]:
    rows: list[Row] = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            split, ident, answer_path, flags, outcome, expected = line.split("\t")
            rows.append((split, ident, answer_path, frozenset(filter(None, flags.split(";"))), outcome, expected))
    return [r for r in rows if r[0] == "dev"]


def removed(rows: list[Row], rule: Rule) -> tuple[int, int, int]:
    """(right, province standing in, wrong) answers the rule would empty."""
    counts = Counter(r[4] for r in rows if rule(r[2], r[3]))
    return sum(counts[o] for o in RIGHT), counts["coarse"], sum(counts[o] for o in WRONG)


def verdict(first: tuple[int, int, int], now: tuple[int, int, int]) -> tuple[float, str]:
    """The weighed balance over both scores (right and province lost against wrong removed)."""
    lost = first[0] + first[1] + now[0] + now[1]
    gained = first[2] + now[2]
    balance = WORTH * gained - lost
    return balance, "keep" if gained and balance >= 0 else "no"


def cell(counts: tuple[int, int, int]) -> str:
    right, province, wrong = counts
    return f"{right}{f' + {province} province' if province else ''} / {wrong}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", type=Path, nargs="+", required=True, help="answer_paths rows of first scores")
    parser.add_argument("--now", type=Path, required=True, help="answer_paths rows of today's code")
    parser.add_argument("--pairs", action="store_true", help="Also try every path with up to two flags.")
    args = parser.parse_args()
    first, now = load(args.first), load([args.now])
    print("| Abstain on | first score: right lost / wrong removed | today: right lost / wrong removed | kept |")
    print("|---|---|---|---|")
    for name, rule in RULES.items():
        a, b = removed(first, rule), removed(now, rule)
        print(f"| {name} | {cell(a)} | {cell(b)} | {verdict(a, b)[1]} |")
    if not args.pairs:
        return
    paths = [*sorted({r[2] for r in first + now}), "any path"]
    flags = sorted({f for r in first + now for f in r[3]})
    found = []
    for path in paths:
        for chosen in itertools.chain([()], itertools.combinations(flags, 1), itertools.combinations(flags, 2)):

            def rule(p: str, f: frozenset[str], path: str = path, chosen: tuple[str, ...] = chosen) -> bool:
                return path in ("any path", p) and all(x in f for x in chosen)

            a, b = removed(first, rule), removed(now, rule)
            if a[2] + b[2]:
                found.append((verdict(a, b)[0], path, " & ".join(chosen) or "-", a, b))
    print("\n| balance | path | flags | first score | today |\n|---:|---|---|---|---|")
    for balance, path, chosen_flags, a, b in sorted(found, key=lambda x: -x[0])[:15]:
        print(f"| {balance:g} | {path} | {chosen_flags} | {cell(a)} | {cell(b)} |")


if __name__ == "__main__":
    main()
