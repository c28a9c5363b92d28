"""The twenty-second round's held-back batch of real reports (docs/extract.md, *The twenty-second round*).

The round changed no rule: it collected reports nobody had tuned on, so that their first score measures what the
rules do out of sample. These tests check that the batch is there, split by event with the eighth round's rule (an
event the corpus already told keeps its side), and scored on its own with ``--round 22``.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from _extract_helpers import REAL
from incident_tracker.extract import gazetteer_locator

ROOT = Path(__file__).resolve().parent.parent
LOCATE = gazetteer_locator(ROOT / "no-such-file.db")


def _specs() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(REAL.glob("*.json"))]


def test_the_twenty_second_rounds_reports_are_there_and_split_by_event_with_the_rounds_rule():
    specs = [s for s in _specs() if s.get("round") == 22]
    assert len(specs) == 13
    earlier = {s["event"]: s["split"] for s in _specs() if s.get("round") != 22}
    for spec in specs:
        rule = earlier.get(spec["event"]) or (
            "test" if hashlib.md5(spec["event"].encode()).hexdigest()[0] in "012345" else "dev"
        )
        assert spec["split"] == rule, spec["event"]
    before = {s["url"] for s in _specs() if s.get("round") != 22}
    new = [s["url"] for s in specs]
    assert len(new) == len(set(new)) and before.isdisjoint(new), "a report already in the corpus was added again"
    # Three reports tell events the corpus already held (107's Aral Paygambar liquorice pickers on dev, 249's
    # Shulum herder and 21-23's Sasouli clash on test); the other ten tell eight events new to it.
    told = {s["event"] for s in specs} & set(earlier)
    assert told == {"aral-paygambar-2022-08", "tj-uz-shulum-2017-04", "iran-afghan-2023-05"}


def test_the_twenty_second_round_is_scored_on_its_own():
    sys.path.insert(0, str(ROOT / "scripts"))
    from eval_extract import evaluate_real

    result = evaluate_real(None, locate=LOCATE, round_=22)
    assert result["texts"] == 13
