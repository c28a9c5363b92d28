"""The thirty-fifth round's held-back batch of real reports (docs/extract-journal.md, *The thirty-fifth round: held
back*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the thirty-second and thirty-fourth rounds did. These tests check that the batch is there (its
split by the eighth round's rule, each page once and each border's day on one side are checked for the whole corpus
in ``tests/test_extract_corpus.py``), that every event it tells is new to the corpus, and that it is scored on its
own with ``--round 35``.
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


def test_the_thirty_fifth_rounds_reports_are_there() -> None:
    specs = [s for s in _specs() if s.get("round") == 35]
    assert len(specs) == 16
    assert sorted(s["split"] for s in specs).count("test") == 5
    # Six events, none of them in the corpus before: the gunmen's attack on the Basij base at Nikshahr of February
    # 2019, the IRGC and Basij dead of Saravan of December 2022 and the drones brought down over Balochistan at the
    # end of June 2026 hashed to dev; the Saravan clash of July 2019 and the Khugakhel protests at Landi Kotal of
    # May 2021 and January 2022 hashed to test.
    assert {s["event"]: s["split"] for s in specs} == {
        "nikshahr-basij-2019-02": "dev",
        "saravan-irgc-2022-12": "dev",
        "balochistan-drones-2026-06": "dev",
        "saravan-irgc-2019-07": "test",
        "landi-kotal-protest-2021-05": "test",
        "landi-kotal-protest-2022-01": "test",
    }
    earlier = [s for s in _specs() if s.get("round") != 35]
    assert not {s["event"] for s in specs} & {s["event"] for s in earlier}, "an event already in the corpus"
    before = {s["url"] for s in earlier}
    assert before.isdisjoint(s["url"] for s in specs), "a report already in the corpus was added again"


def test_the_thirty_fifth_round_is_scored_on_its_own() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from docgen import real_round

    result = real_round(35)
    assert result["texts"] == 16
    assert result["incidents"]["expected"] == 16
