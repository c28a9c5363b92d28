"""The thirty-ninth round's held-back batch of real reports (docs/extract-journal.md, *The thirty-ninth round: held back
(round 39)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 38 did. These tests check that the batch is there (its split by the eighth
round's rule, each page once and each border's day on one side are checked for the whole corpus in
``tests/test_extract_corpus.py``), that its events carry the slugs written down before any was hashed, that every
event it tells is new to the corpus, and that it is scored on its own with ``--round 39``.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from _extract_helpers import REAL

ROOT = Path(__file__).resolve().parent.parent


def _specs() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(REAL.glob("*.json"))]


def test_the_thirty_ninth_rounds_reports_are_there() -> None:
    specs = [s for s in _specs() if s.get("round") == 39]
    assert len(specs) == 8
    # Two events, none of them in the corpus before, each told by four outlets, on the two sides of the
    # Iranian-Pakistani border in 2019: the suicide car bombing of a Revolutionary Guards bus on the Khash-Zahedan
    # road (February) and the gunmen who shot bus passengers at Buzi Top near Ormara (April). The slugs are the
    # ones committed before hashing (docs/extract.md); both hash to dev, so the round has no test part.
    assert {s["event"]: s["split"] for s in specs} == {
        "khash-zahedan-suicide-2019-02": "dev",
        "ormara-gunmen-2019-04": "dev",
    }
    # The sides are the eighth round's rule: test when the MD5 of the slug starts with 0-5.
    for spec in specs:
        first = hashlib.md5(spec["event"].encode()).hexdigest()[0]
        assert spec["split"] == ("test" if first in "012345" else "dev"), spec["event"]
    assert [
        sum(s["event"] == e for s in specs) for e in ("khash-zahedan-suicide-2019-02", "ormara-gunmen-2019-04")
    ] == [
        4,
        4,
    ]
    assert {s["border"] for s in specs} == {"IR-PK"}
    kinds = {(s["event"], incident["sub_event_type"]) for s in specs for incident in s["incidents"]}
    assert kinds == {("khash-zahedan-suicide-2019-02", "Suicide bomb"), ("ormara-gunmen-2019-04", "Attack")}
    earlier = [s for s in _specs() if s.get("round") != 39]
    assert not {s["event"] for s in specs} & {s["event"] for s in earlier}, "an event already in the corpus"
    before = {s["url"] for s in earlier}
    assert before.isdisjoint(s["url"] for s in specs), "a report already in the corpus was added again"
    assert len({s["url"] for s in specs}) == 8


def test_the_thirty_ninth_round_is_scored_on_its_own() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from docgen import offline_drafts, real_round

    result = real_round(39)
    assert result["texts"] == 8
    assert result["incidents"]["expected"] == 8
    # Scored on dev only: no report of the round is on test.
    from eval_extract import evaluate_real

    assert evaluate_real("test", round_=39, drafts_of=offline_drafts)["texts"] == 0
    assert evaluate_real("dev", round_=39, drafts_of=offline_drafts)["texts"] == 8
