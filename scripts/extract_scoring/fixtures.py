"""The fixture scorer: ``tests/fixtures/extract/``'s short wire-style reports, every field of
:data:`SCORED` compared as coded (weapons as sets)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .corpus import FIXTURES, article_text
from .matching import _match

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


def _same(field: str, expected: Any, got: Any) -> bool:
    if field == "weapons":
        return set(expected or []) == set(got or [])
    return bool(expected == got)


def _agreeing(unscored: set[str]) -> Callable[[dict[str, Any], dict[str, Any]], int]:
    """How many of :data:`SCORED`'s fields (less ``unscored``) a draft gets right of an expected incident: what
    :func:`_match`'s best pairing maximises here, as the real reports' scorer does with its own fields."""

    def agree(incident: dict[str, Any], draft: dict[str, Any]) -> int:
        return sum(
            field not in unscored
            and incident.get(field) is not None
            and draft.get(field) is not None
            and _same(field, incident[field], draft[field])
            for field in SCORED
        )

    return agree


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
        pairs = _match(expected, drafts, agree=_agreeing(unscored))
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
