"""The thirtieth round's held-back batch of real reports (docs/extract-journal.md, *The thirtieth round*).

The round changed no rule: rounds 28 and 29 wrote rules at the same time, so this round collected a new batch
nobody had tuned on, whose first score measures what the rules do out of sample. These tests check that the batch
is there (its split by the eighth round's rule, each page once and each border's day on one side are checked for
the whole corpus in ``tests/test_extract_corpus.py``) and scored on its own with ``--round 30``.
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


def test_the_thirtieth_rounds_reports_are_there() -> None:
    specs = [s for s in _specs() if s.get("round") == 30]
    assert len(specs) == 14
    assert sorted(s["split"] for s in specs).count("test") == 2
    # Seven reports tell six events the corpus already held, and keep their sides: Ak-Bosogo 2024, the Panjgur
    # mortars of February and May 2017, Chatkal 2025 (twice) and the Spin Boldak clash of May 2017 on dev, the
    # Aksy shooting of July 2013 on test. The other seven tell six new events.
    earlier = {s["event"]: s["split"] for s in _specs() if s.get("round") != 30}
    told = {s["event"] for s in specs} & set(earlier)
    assert told == {
        "ak-bosogo-2024-05",
        "panjgur-mortar-2017-05",
        "panjgur-parom-2017-02",
        "kg-uz-chatkal-2025-08",
        "chaman-2017-05",
        "aksy-2013-07",
    }
    assert all(s["split"] == earlier[s["event"]] for s in specs if s["event"] in told)
    assert len({s["event"] for s in specs} - told) == 6
    before = {s["url"] for s in _specs() if s.get("round") != 30}
    assert before.isdisjoint(s["url"] for s in specs), "a report already in the corpus was added again"


def test_the_thirtieth_round_is_scored_on_its_own() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from docgen import real_round

    result = real_round(30)
    assert result["texts"] == 14
