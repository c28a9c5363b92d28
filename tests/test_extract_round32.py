"""The thirty-second round's held-back batch of real reports (docs/extract-journal.md, *The thirty-second round*).

The round changed no rule: another round wrote rules at the same time, so this one collected a new batch nobody
had tuned on, whose first score measures what the rules do out of sample. These tests check that the batch is
there (its split by the eighth round's rule, each page once and each border's day on one side are checked for the
whole corpus in ``tests/test_extract_corpus.py``) and scored on its own with ``--round 32``.
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


def test_the_thirty_second_rounds_reports_are_there() -> None:
    specs = [s for s in _specs() if s.get("round") == 32]
    assert len(specs) == 16
    assert sorted(s["split"] for s in specs).count("test") == 6
    # Nine reports tell four events the corpus already held, and keep their sides: the Darqad strike after the
    # forest rangers' killing of August 2018 and the Pikertyk shootout of January 2014 on dev; the Saravan migrants
    # of March 2023 and the Istiqlol camp drone of November 2025 on test. The other seven tell two new events, the
    # Jakigour abduction of February 2014 and the Iranian drone downed over Panjgur in June 2017, both hashed to dev.
    # (A report of the Dand-e-Patan clash of November 2022, 489, was dropped: tests/test_extract_round19.py holds
    # that round's events to its own reports.)
    earlier = {s["event"]: s["split"] for s in _specs() if s.get("round") != 32}
    told = {s["event"] for s in specs} & set(earlier)
    assert told == {
        "tj-rangers-2018-08",
        "kg-cn-2014-01",
        "saravan-afghans-2023-03",
        "tj-chinese-2025-11",
    }
    assert all(s["split"] == earlier[s["event"]] for s in specs if s["event"] in told)
    assert {s["event"] for s in specs} - told == {"jakigour-guards-2014-02", "panjgur-drone-2017-06"}
    before = {s["url"] for s in _specs() if s.get("round") != 32}
    assert before.isdisjoint(s["url"] for s in specs), "a report already in the corpus was added again"


def test_the_thirty_second_round_is_scored_on_its_own() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from docgen import real_round

    result = real_round(32)
    assert result["texts"] == 16
