"""What abstaining on a reading path of the extractor would cost and gain on dev, from extract_first_scores rows.

    python bench/extract_abstain_judge.py ROWS

The rows are ``bench/extract_first_scores.py --rows FILE`` output: every scored value of each held-back round's dev
part as the code that first scored it read it (``out`` of sample), and of all dev as today's code reads it (``in``
sample), each with its reading path. For each candidate rule (abstain whenever a value came by this path) the table
gives, per sample, the right values it would empty (its cost), the wrong or unwanted ones (its gain), the values it
turns from wrong to right or right to wrong (an actor dropped leaves the attribution at the ``unattributed``
default), and the all-fields F1 before and after. Issue 13's weighing, as ``bench/abstain_judge.py`` does for
places: a rule is worth keeping only if it removes more wrong values than it costs right ones, one wrong removed
being worth at most two rights lost (:data:`WORTH`); here on each sample apart (:func:`verdict`). And for F1 a kind
of proposal is only worth dropping where its precision is below half the F1, so the F1 out of sample must rise too.

A simulation on the rows, not the reader: a rule kept is then written into the reader and measured there
(``scripts/eval_extract.py --real dev``, ``bench/draft_digest.py --compare``). Test rows do not exist here.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: One wrong value removed is worth at most this many right values lost.
WORTH = 2.0
WRONG = ("wrong", "filled, nothing coded", "spurious draft")

Row = dict[str, Any]
#: Whether a rule empties this value.
Rule = Callable[[Row], bool]

RULES: dict[str, Rule] = {
    "an actor that is a generic label ('terrorists', 'militants'), read as the act's subject": lambda r: (
        r["field"] == "actor" and r["path"] == "a generic label, the act's subject"
    ),
    "any actor that is a generic label": lambda r: r["field"] == "actor" and r["path"].startswith("a generic label"),
    "weapons: several kinds, firearms among them": lambda r: (
        r["field"] == "weapons" and r["path"] == "several, with firearms"
    ),
    "weapons: several kinds": lambda r: r["field"] == "weapons" and r["path"].startswith("several"),
    "injured: none (0)": lambda r: r["field"] == "injured" and r["path"] == "none (0)",
    "attribution: the unattributed default": lambda r: r["field"] == "attribution" and r["path"].startswith("default"),
}


def load(path: Path) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as rows:
        return [dict(row) for row in csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE)]


def outcomes(rows: list[Row]) -> Counter[str]:
    return Counter(row["outcome"] for row in rows)


def f1(counts: Counter[str]) -> float:
    """The all-fields F1 of a sample's outcomes, as ``evaluate_real`` counts them."""
    right = counts["right"]
    proposed = right + sum(counts[o] for o in WRONG)
    expected = right + counts["wrong"] + counts["missed"]
    return 2 * right / (proposed + expected) if proposed + expected else 0.0


def _emptied(row: Row) -> str:
    """The outcome of a value once emptied."""
    if row["outcome"] == "spurious draft":
        return "gone"
    return "missed" if row["coded"] not in ("", "null") else "empty, right"


def _unattributed(row: Row) -> str:
    """The outcome of an attribution set back to the ``unattributed`` default."""
    if row["outcome"] == "spurious draft":
        return "spurious draft"
    if row["coded"] in ("", "null"):
        return "filled, nothing coded"
    return "right" if row["coded"] == "unattributed" else "wrong"


def apply(rows: list[Row], rule: Rule) -> list[Row]:
    """The rows as they would be with the rule: its values emptied; an actor's attribution back to the default."""
    hit = {(r["sample"], r["report"], r["incident"]) for r in rows if rule(r) and r["field"] == "actor"}
    after = []
    for row in rows:
        if rule(row):
            outcome = _emptied(row)
        elif row["field"] == "attribution" and (row["sample"], row["report"], row["incident"]) in hit:
            outcome = _unattributed(row)
        else:
            outcome = row["outcome"]
        if outcome != "gone":
            after.append(row | {"outcome": outcome})
    return after


def judge(rows: list[Row], rule: Rule) -> dict[str, dict[str, Any]]:
    """Per sample: right lost, wrong removed, wrong → right, right → wrong, and F1 before → after."""
    after = apply(rows, rule)
    result = {}
    for sample in ("out", "in"):
        before_rows = [r for r in rows if r["sample"] == sample]
        moves: Counter[str] = Counter()
        for was, now in _pairs(before_rows, rule):
            gone = now in ("missed", "empty, right", "gone")
            if was == "right" and now != "right":
                moves["right lost" if gone else "right → wrong"] += 1
            elif was in WRONG and (gone or now == "right"):
                moves["wrong removed" if gone else "wrong → right"] += 1
        after_rows = [r for r in after if r["sample"] == sample]
        result[sample] = {"moves": moves, "before": f1(outcomes(before_rows)), "after": f1(outcomes(after_rows))}
    return result


def _pairs(rows: list[Row], rule: Rule) -> list[tuple[str, str]]:
    """(outcome before, outcome after) for every row of one sample."""
    hit = {(r["report"], r["incident"]) for r in rows if rule(r) and r["field"] == "actor"}
    pairs = []
    for row in rows:
        if rule(row):
            pairs.append((row["outcome"], _emptied(row)))
        elif row["field"] == "attribution" and (row["report"], row["incident"]) in hit:
            pairs.append((row["outcome"], _unattributed(row)))
    return pairs


def balance(moves: Counter[str]) -> float:
    """Issue 13's weighing of one sample's moves: wrong values removed or mended, each worth :data:`WORTH` rights,
    against right values lost or made wrong."""
    gained = moves["wrong removed"] + moves["wrong → right"]
    return WORTH * gained - (moves["right lost"] + moves["right → wrong"])


def verdict(result: dict[str, dict[str, Any]]) -> str:
    """Kept only if the out-of-sample F1 rises and the weighing holds on each sample apart: the old code's wrong
    values on a path may have been mended since by a rule of their own, so the path today is not the path then,
    and today's dev is where the reader that would change is judged."""
    out, now = result["out"], result["in"]
    if out["after"] <= out["before"]:
        return "no (F1 out of sample falls)"
    if balance(out["moves"]) < 0:
        return "no (out of sample)"
    return "yes" if balance(now["moves"]) >= 0 else "no (today's dev)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=Path, help="bench/extract_first_scores.py --rows output")
    args = parser.parse_args(argv)
    rows = load(args.rows)
    print(
        "| rule | out: right lost | wrong removed | → right | → wrong | F1 | balance | in: right lost | wrong removed |"
        " → right | → wrong | F1 | balance | kept |"
    )
    print("|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---|---:|---|")
    for name, rule in RULES.items():
        result = judge(rows, rule)
        cells = []
        for sample in ("out", "in"):
            m = result[sample]["moves"]
            cells += [str(m["right lost"]), str(m["wrong removed"]), str(m["wrong → right"]), str(m["right → wrong"])]
            cells.append(f"{result[sample]['before']:.4f} → {result[sample]['after']:.4f}")
            cells.append(f"{balance(m):+.0f}")
        print(f"| {name} | " + " | ".join(cells) + f" | {verdict(result)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
