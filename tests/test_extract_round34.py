"""The thirty-fourth round's held-back batch of real reports (docs/extract-journal.md, *The thirty-fourth round*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the thirty-second round did. These tests check that the batch is there (its split by the eighth
round's rule, each page once and each border's day on one side are checked for the whole corpus in
``tests/test_extract_corpus.py``), that every event it tells is new to the corpus, and that it is scored on its own
with ``--round 34``.
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


def test_the_thirty_fourth_rounds_reports_are_there() -> None:
    specs = [s for s in _specs() if s.get("round") == 34]
    assert len(specs) == 16
    assert sorted(s["split"] for s in specs).count("test") == 9
    # Seven events, none of them in the corpus before: the grenade attack at the Torkham gate of September 2017
    # and the Chaman bombings of 11 July 2013 and 18 September 2017 hashed to dev; the Chaman bombings of 5 July
    # and 2 October 2013, the ambush of four Iranian border guards at Jakigour in July 2016 and the six Afghan
    # traffickers killed by Tajik border troops in February 2009 hashed to test.
    assert {s["event"]: s["split"] for s in specs} == {
        "torkham-grenade-2017-09": "dev",
        "chaman-suicide-2013-07-11": "dev",
        "chaman-suicide-2017-09": "dev",
        "chaman-suicide-2013-07-05": "test",
        "chaman-suicide-2013-10": "test",
        "jakigour-guards-2016-07": "test",
        "tj-traffickers-2009-02": "test",
    }
    earlier = [s for s in _specs() if s.get("round") != 34]
    assert not {s["event"] for s in specs} & {s["event"] for s in earlier}, "an event already in the corpus"
    before = {s["url"] for s in earlier}
    assert before.isdisjoint(s["url"] for s in specs), "a report already in the corpus was added again"


def test_the_thirty_fourth_round_is_scored_on_its_own() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from docgen import real_round

    result = real_round(34)
    assert result["texts"] == 16
    assert result["incidents"]["expected"] == 17
