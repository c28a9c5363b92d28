"""The twenty-second round's held-back batch of real reports (docs/extract-journal.md, *The twenty-second round*).

The round changed no rule: it collected reports nobody had tuned on, so that their first score measures what the
rules do out of sample. These tests check that the batch is there (its split by the eighth round's rule is
checked for the whole corpus in ``tests/test_extract_corpus.py``) and scored on its own with ``--round 22``.
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


def test_the_twenty_second_rounds_reports_are_there() -> None:
    """The split by slug and each page once are checked for every round in tests/test_extract_corpus.py
    (on main since 9228217); here, the batch's counts and the events it shares with the corpus."""
    specs = [s for s in _specs() if s.get("round") == 22]
    assert len(specs) == 13
    assert sorted(s["split"] for s in specs).count("test") == 3
    # Three reports tell events the corpus already held (107's Aral Paygambar liquorice pickers on dev, 249's
    # Shulum herder and 21-23's Sasouli clash on test); they keep their side. The other ten tell eight new events.
    earlier = {s["event"]: s["split"] for s in _specs() if s.get("round") != 22}
    told = {s["event"] for s in specs} & set(earlier)
    assert told == {"aral-paygambar-2022-08", "tj-uz-shulum-2017-04", "iran-afghan-2023-05"}
    assert all(s["split"] == earlier[s["event"]] for s in specs if s["event"] in told)
    before = {s["url"] for s in _specs() if s.get("round") != 22}
    assert before.isdisjoint(s["url"] for s in specs), "a report already in the corpus was added again"


def test_the_twenty_second_round_is_scored_on_its_own() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from docgen import real_round

    result = real_round(22)
    assert result["texts"] == 13
