"""Field-level precision and recall of ``tracker extract`` over the test set.

Each ``tests/fixtures/extract/NN-name.txt`` is a short wire-style report (a header of
``#`` lines cites the real incident it is modelled on); ``NN-name.json`` holds the
publication date and the incidents an analyst codes from it. Drafts are matched to
expected incidents by date (same start date first, then the nearest within 3 days);
then, for every scored field:

* precision = correct values ÷ values the extractor proposed,
* recall = correct values ÷ values the analyst coded,

where an expected ``null`` means the field should stay empty. Weapons compare as
sets. Fields listed under ``"unscored"`` in a fixture are left out (e.g. the country
of a clash on a disputed line). Unmatched drafts count against precision, missed
incidents against recall.

Usage: python scripts/eval_extract.py [--markdown]
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "extract"
SCORED = (
    "event_date",
    "date_precision",
    "country",
    "killed",
    "injured",
    "event_type",
    "sub_event_type",
    "weapons",
    "target_type",
    "victim_nationality",
    "attribution",
    "origin_country",
)


def article_text(path: Path) -> str:
    """The report without its citation header."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.startswith("#"))


def _same(field: str, expected: Any, got: Any) -> bool:
    if field == "weapons":
        return set(expected or []) == set(got or [])
    return bool(expected == got)


def _match(expected: list[dict[str, Any]], drafts: list[dict[str, Any]]) -> list[tuple[int, int]]:
    pairs: list[tuple[int, int]] = []
    free = set(range(len(drafts)))
    for window in (0, 3):
        for i, incident in enumerate(expected):
            if any(p[0] == i for p in pairs):
                continue
            day = dt.date.fromisoformat(incident["event_date"])
            near = [
                (abs((dt.date.fromisoformat(drafts[j]["event_date"]) - day).days), j)
                for j in sorted(free)
                if abs((dt.date.fromisoformat(drafts[j]["event_date"]) - day).days) <= window
            ]
            if near:
                j = min(near)[1]
                pairs.append((i, j))
                free.discard(j)
    return pairs


def evaluate(fixtures: Path = FIXTURES, locate: Any = None) -> dict[str, Any]:
    """Counts per field and for whole incidents over every fixture."""
    from incident_tracker.extract import extract_drafts

    counts = {field: {"correct": 0, "proposed": 0, "expected": 0} for field in SCORED}
    incidents = {"correct": 0, "proposed": 0, "expected": 0}
    misses: list[str] = []
    for path in sorted(fixtures.glob("*.json")):
        spec = json.loads(path.read_text(encoding="utf-8"))
        published = dt.date.fromisoformat(spec["published"])
        text = article_text(path.with_suffix(".txt"))
        drafts = [d.values for d in extract_drafts(text, published, locate=locate)]
        expected = spec["incidents"]
        unscored = set(spec.get("unscored", []))
        pairs = _match(expected, drafts)
        incidents["proposed"] += len(drafts)
        incidents["expected"] += len(expected)
        incidents["correct"] += len(pairs)
        matched = {i: j for i, j in pairs}
        for i, incident in enumerate(expected):
            got = drafts[matched[i]] if i in matched else {}
            for field in SCORED:
                if field in unscored:
                    continue
                want, have = incident.get(field), got.get(field)
                counts[field]["expected"] += want is not None
                counts[field]["proposed"] += have is not None
                if have is not None and want is not None and _same(field, want, have):
                    counts[field]["correct"] += 1
                elif want != have and not (field == "weapons" and _same(field, want, have)):
                    misses.append(f"{path.stem}: {field} expected {want!r}, got {have!r}")
        for j, draft in enumerate(drafts):
            if j in matched.values():
                continue
            misses.append(f"{path.stem}: unexpected draft dated {draft.get('event_date')}")
            for field in SCORED:
                counts[field]["proposed"] += draft.get(field) is not None
    return {"fields": counts, "incidents": incidents, "misses": misses, "texts": len(list(fixtures.glob("*.json")))}


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "–"


def markdown(result: dict[str, Any]) -> str:
    """The table docs/extract.md carries."""
    lines = ["| field | precision | recall | correct | proposed | expected |", "|---|---:|---:|---:|---:|---:|"]
    rows = [("**incidents**", result["incidents"]), *result["fields"].items()]
    total = {k: sum(c[k] for c in result["fields"].values()) for k in ("correct", "proposed", "expected")}
    rows.append(("**all fields**", total))
    for name, c in rows:
        lines.append(
            f"| {name} | {_ratio(c['correct'], c['proposed'])} | {_ratio(c['correct'], c['expected'])} "
            f"| {c['correct']} | {c['proposed']} | {c['expected']} |"
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    from incident_tracker.extract import gazetteer_locator

    result = evaluate(locate=gazetteer_locator(ROOT / "no-such-file.db"))
    print(f"{result['texts']} texts")
    print(markdown(result))
    if "--markdown" not in argv:
        print("\nDifferences:")
        for miss in result["misses"]:
            print(f"  {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
