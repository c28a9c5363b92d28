"""The thirty-sixth round's held-back batch of real reports (docs/extract-journal.md, *The thirty-sixth round: held back
(round 36)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the thirty-second, thirty-fourth and thirty-fifth rounds did. These tests check that the batch
is there (its split by the eighth round's rule, each page once and each border's day on one side are checked for
the whole corpus in ``tests/test_extract_corpus.py``), that every event it tells is new to the corpus, and that it
is scored on its own with ``--round 36``.
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


def test_the_thirty_sixth_rounds_reports_are_there() -> None:
    specs = [s for s in _specs() if s.get("round") == 36]
    assert len(specs) == 12
    assert sorted(s["split"] for s in specs).count("test") == 3
    # Six events, none of them in the corpus before: the Pakistani fire on Afghans at Torkham of August 2021, the
    # clash over the border fence at Chaman and Shir Ab of December 2022, the Kyrgyz herder from Azhek shot by an
    # Uzbek patrol in January 2018 and the stoning of Tajik border guards at Somoniyon in December 2021 hashed to
    # dev; the stoning of Kyrgyz cars at Eki-Tash in December 2021 and the Taliban-Iranian clash in Nimroz of April
    # 2024 hashed to test.
    assert {s["event"]: s["split"] for s in specs} == {
        "torkham-refugees-2021-08": "dev",
        "chaman-fence-2022-12": "dev",
        "kg-uz-azhek-2018-01": "dev",
        "tj-kg-somoniyon-2021-12": "dev",
        "kg-tj-eki-tash-2021-12": "test",
        "nimroz-guard-2024-04": "test",
    }
    # Leant to the borders the corpus held least of: four of the six events are not on the Afghan-Pakistani border.
    assert sorted(s["border"] for s in specs).count("AF-PK") == 7
    earlier = [s for s in _specs() if s.get("round") != 36]
    assert not {s["event"] for s in specs} & {s["event"] for s in earlier}, "an event already in the corpus"
    before = {s["url"] for s in earlier}
    assert before.isdisjoint(s["url"] for s in specs), "a report already in the corpus was added again"


def test_the_thirty_sixth_round_is_scored_on_its_own() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from docgen import real_round

    result = real_round(36)
    assert result["texts"] == 12
    assert result["incidents"]["expected"] == 12
