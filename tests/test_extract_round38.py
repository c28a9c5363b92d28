"""The thirty-eighth round's held-back batch of real reports (docs/extract-journal.md, *The thirty-eighth round: held
back (round 38)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 37 did. These tests check that the batch is there (its split by the eighth
round's rule, each page once and each border's day on one side are checked for the whole corpus in
``tests/test_extract_corpus.py``), that every event it tells is new to the corpus, and that it is scored on its own
with ``--round 38``.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from _extract_helpers import REAL, as_first_coded

ROOT = Path(__file__).resolve().parent.parent


def _specs() -> list[dict[str, Any]]:
    return [as_first_coded(json.loads(p.read_text(encoding="utf-8")), p) for p in sorted(REAL.glob("*.json"))]


def test_the_thirty_eighth_rounds_reports_are_there() -> None:
    specs = [s for s in _specs() if s.get("round") == 38]
    assert len(specs) == 16
    # Four events, none of them in the corpus before, each told by four outlets: Pakistani strikes inside
    # Afghanistan in 2025 (the drone strikes on Nangarhar and Khost of August, the Kabul strike and the Paktika
    # strike that killed three cricketers in Urgun of October, the strike on a house in Gurbuz, Khost, of
    # November). All four slugs hash to test, so the round has no dev part.
    assert {s["event"]: s["split"] for s in specs} == {
        "nangarhar-khost-drones-2025-08": "test",
        "kabul-strike-2025-10": "test",
        "paktika-urgun-2025-10": "test",
        "khost-gurbuz-2025-11": "test",
    }
    # The sides are the eighth round's rule: test when the MD5 of the slug starts with 0-5.
    for spec in specs:
        first = hashlib.md5(spec["event"].encode()).hexdigest()[0]
        assert spec["split"] == ("test" if first in "012345" else "dev"), spec["event"]
    # Leant, as asked, to the Afghan-Pakistani strikes of 2025: air and drone strikes, several of them per report.
    assert {s["border"] for s in specs} == {"AF-PK"}
    kinds = {incident["sub_event_type"] for s in specs for incident in s["incidents"]}
    assert kinds == {"Air/drone strike"}
    earlier = [s for s in _specs() if s.get("round") != 38]
    assert not {s["event"] for s in specs} & {s["event"] for s in earlier}, "an event already in the corpus"
    before = {s["url"] for s in earlier}
    assert before.isdisjoint(s["url"] for s in specs), "a report already in the corpus was added again"
    assert len({s["url"] for s in specs}) == 16


def test_the_thirty_eighth_round_is_scored_on_its_own() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from docgen import real_round

    result = real_round(38)
    assert result["texts"] == 16
    # 22 as first coded; a blind adjudication (docs/extract-journal.md, *Two coders*) kept two more incidents a second
    # coder had drafted.
    assert result["incidents"]["expected"] == 24
    # Scored on test only: no report of the round is on dev.
    from eval_extract import evaluate_real

    assert evaluate_real("dev", round_=38)["texts"] == 0
