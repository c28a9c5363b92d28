"""The twenty-seventh round's held-back batch of real reports (docs/extract-journal.md, *The twenty-seventh round*).

The round changed no rule: the twenty-sixth round wrote rules from round 25's fresh dev reports, so this round
collected a new batch nobody had tuned on, whose first score measures what the rules do out of sample. These tests
check that the batch is there (its split by the eighth round's rule, each page once and each border's day on one
side are checked for the whole corpus in ``tests/test_extract_corpus.py``) and scored on its own with ``--round 27``.
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


def test_the_twenty_seventh_rounds_reports_are_there() -> None:
    specs = [s for s in _specs() if s.get("round") == 27]
    assert len(specs) == 13
    assert sorted(s["split"] for s in specs).count("test") == 6
    # Two reports tell events the corpus already held, and keep their sides: 451 the Tajik guard killed on the
    # night before the September 2022 Kyrgyz-Tajik fighting (test), 452 the Pakistani rockets on Kunar of
    # November 2017 (dev). The other eleven tell eight new events.
    earlier = {s["event"]: s["split"] for s in _specs() if s.get("round") != 27}
    told = {s["event"] for s in specs} & set(earlier)
    assert told == {"kg-tj-2022-09", "kunar-rockets-2017-11"}
    assert all(s["split"] == earlier[s["event"]] for s in specs if s["event"] in told)
    assert len({s["event"] for s in specs} - told) == 8
    before = {s["url"] for s in _specs() if s.get("round") != 27}
    assert before.isdisjoint(s["url"] for s in specs), "a report already in the corpus was added again"


def test_the_twenty_seventh_round_is_scored_on_its_own() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from docgen import real_round

    result = real_round(27)
    assert result["texts"] == 13
