"""The twenty-fifth round's held-back batch of real reports (docs/extract-journal.md, *The twenty-fifth round*).

The round changed no rule: rounds 23 and 24 wrote rules from the fresh dev reports of rounds 18, 19 and 22, so
this round collected a new batch nobody had tuned on, whose first score measures what the rules do out of sample.
These tests check that the batch is there (its split by the eighth round's rule, each page once and each border's
day on one side are checked for the whole corpus in ``tests/test_extract_corpus.py``) and scored on its own with
``--round 25``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from _extract_helpers import REAL

ROOT = Path(__file__).resolve().parent.parent


def _specs() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(REAL.glob("*.json"))]


def test_the_twenty_fifth_rounds_reports_are_there() -> None:
    specs = [s for s in _specs() if s.get("round") == 25]
    assert len(specs) == 16
    assert sorted(s["split"] for s in specs).count("test") == 4
    # One report tells an event the corpus already held: 434's Vorukh flagpole clash of 22 July 2019, which
    # 302 (test) gives as background to the Ak-Sai road conflict; it keeps its side. The other fifteen tell
    # twelve new events.
    earlier = {s["event"]: s["split"] for s in _specs() if s.get("round") != 25}
    told = {s["event"] for s in specs} & set(earlier)
    assert told == {"kg-tj-aksai-2019-07"}
    assert all(s["split"] == earlier[s["event"]] for s in specs if s["event"] in told)
    assert len({s["event"] for s in specs} - told) == 12
    before = {s["url"] for s in _specs() if s.get("round") != 25}
    assert before.isdisjoint(s["url"] for s in specs), "a report already in the corpus was added again"


def test_the_twenty_fifth_round_is_scored_on_its_own() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from docgen import real_round

    result = real_round(25)
    assert result["texts"] == 16
