"""The real-corpus scorer: precision, recall and F1 per field over one split of
``tests/fixtures/extract-real/``, and the sums the tables and the other evaluations take from it."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .corpus import REAL, _real_fixtures, article_text
from .matching import REAL_FIELDS, SIDE_FIELDS, _pair_real, _real_same, _real_value, _span


def evaluate_real(
    split: str | None = "dev",
    fixtures: Path = REAL,
    locate: Any = None,
    *,
    spans: bool = True,
    round_: int | None = None,
    drafts_of: Callable[[Path, str, dt.date], list[dict[str, Any]]] | None = None,
) -> dict[str, Any]:
    """Precision, recall and F1 per field over the real reports of one split.

    A report's drafts pair with its coded incidents by the best pairing the dates allow (:func:`_pair_real`: the
    most incidents paired, then the most fields right), so a report's score does not hang on the order its
    incidents were coded or its drafts made.

    ``drafts_of(path, text, published)``, when given, makes a report's drafts (their values)
    instead of ``extract_drafts`` with ``locate``: ``docgen.offline_drafts`` keeps them for
    the other evaluations of a test session, which score the same reports again.

    A field whose expected value is null counts against precision when a value is
    proposed; places and actors match when the words of one phrase are all in the
    other ("Pakistani forces" ~ "Pakistani armed forces"), and actors also when the actor dictionary
    gives both one canonical name ("Iranian border forces" ~ "Military Forces of Iran"); coordinates within 25 km;
    the victims are the target type and the victims' nationality together; killed
    and injured compare the best estimate. A field listed under ``"unscored"`` (e.g.
    the country of a clash on a disputed line) is left out for that report. ``"side"`` holds the fields scored
    beside the F1, never in it (:data:`SIDE_FIELDS`: the origin country), their differences among ``"misses"``.
    """
    from incident_tracker.extract import extract_drafts

    counts = {field: {"correct": 0, "proposed": 0, "expected": 0} for field in (*REAL_FIELDS, *SIDE_FIELDS)}
    incidents = {"correct": 0, "proposed": 0, "expected": 0, "missed": 0, "spurious": 0}
    misses: list[str] = []
    paths = _real_fixtures(split, fixtures, round_)
    for path in paths:
        spec = json.loads(path.read_text(encoding="utf-8"))
        text = article_text(path.with_suffix(".txt"))
        published = dt.date.fromisoformat(spec["published"])
        if drafts_of is not None:
            drafts = drafts_of(path, text, published)
        else:
            drafts = [d.values for d in extract_drafts(text, published, locate=locate)]
        expected, unscored = spec["incidents"], set(spec.get("unscored", []))
        unscored |= {"country"} if "country" in unscored else set()
        matched = _pair_real(expected, drafts, unscored, spans=spans)
        incidents["proposed"] += len(drafts)
        incidents["expected"] += len(expected)
        incidents["correct"] += len(matched)
        incidents["missed"] += len(expected) - len(matched)
        incidents["spurious"] += len(drafts) - len(matched)
        for i, incident in enumerate(expected):
            got = drafts[matched[i]] if i in matched else {}
            if i not in matched:
                misses.append(f"{path.stem}: missed the incident of {incident['event_date']}")
            for field in (*REAL_FIELDS, *SIDE_FIELDS):
                if field in unscored:
                    continue
                want, have = _real_value(field, incident, unscored), _real_value(field, got, unscored)
                counts[field]["expected"] += want is not None
                counts[field]["proposed"] += have is not None
                if want is not None and have is not None and _real_same(field, want, have, on=_span(incident)[0]):
                    counts[field]["correct"] += 1
                elif want is not None or have is not None:
                    misses.append(f"{path.stem}: {field} expected {want!r}, got {have!r}")
        for j, draft in enumerate(drafts):
            if j in matched.values():
                continue
            misses.append(f"{path.stem}: spurious draft dated {draft.get('event_date')}")
            for field in (*REAL_FIELDS, *SIDE_FIELDS):
                counts[field]["proposed"] += _real_value(field, draft, unscored) is not None
    side = {field: counts.pop(field) for field in SIDE_FIELDS}
    return {
        "fields": counts,
        "side": side,
        "incidents": incidents,
        "misses": misses,
        "texts": len(paths),
        "split": split,
    }


def f1(counts: dict[str, int]) -> float:
    """The harmonic mean of precision and recall (0 when either is 0)."""
    precision = counts["correct"] / counts["proposed"] if counts["proposed"] else 0.0
    recall = counts["correct"] / counts["expected"] if counts["expected"] else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def totals(result: dict[str, Any]) -> dict[str, int]:
    """Correct, proposed and expected values summed over every field."""
    return {k: sum(c[k] for c in result["fields"].values()) for k in ("correct", "proposed", "expected")}
