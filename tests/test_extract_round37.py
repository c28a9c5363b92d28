"""The thirty-seventh round's held-back batch of real reports (docs/extract-journal.md, *The thirty-seventh round: held
back (round 37)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the thirty-fourth, thirty-fifth and thirty-sixth rounds did. These tests check that the batch
is there (its split by the eighth round's rule, each page once and each border's day on one side are checked for
the whole corpus in ``tests/test_extract_corpus.py``), that every event it tells is new to the corpus, and that it
is scored on its own with ``--round 37``.
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


def test_the_thirty_seventh_rounds_reports_are_there() -> None:
    specs = [s for s in _specs() if s.get("round") == 37]
    assert len(specs) == 16
    assert sorted(s["split"] for s in specs).count("test") == 8
    # Four events, none of them in the corpus before, each told by four outlets: the suicide attack on the joint
    # check post at MaliKhel in Bannu of November 2024 and the suicide bombing of the Frontier Corps convoy near
    # Noshki of March 2025 hashed to dev; the attack on a Zahedan police station of July 2023 and on the Zahedan
    # courthouse of July 2025 hashed to test.
    assert {s["event"]: s["split"] for s in specs} == {
        "bannu-mali-khel-2024-11": "dev",
        "noshki-convoy-2025-03": "dev",
        "zahedan-police-2023-07": "test",
        "zahedan-courthouse-2025-07": "test",
    }
    # The sides are the eighth round's rule: test when the MD5 of the slug starts with 0-5.
    for spec in specs:
        first = hashlib.md5(spec["event"].encode()).hexdigest()[0]
        assert spec["split"] == ("test" if first in "012345" else "dev"), spec["event"]
    # Leant, as asked, to militant attacks on posts and convoys as Pakistani outlets tell them and to attacks in
    # Sistan-Baluchestan as Iranian English-language outlets tell them.
    assert sorted(s["border"] for s in specs).count("AF-PK") == 8
    assert sorted(s["border"] for s in specs).count("IR-PK") == 8
    earlier = [s for s in _specs() if s.get("round") != 37]
    assert not {s["event"] for s in specs} & {s["event"] for s in earlier}, "an event already in the corpus"
    before = {s["url"] for s in earlier}
    assert before.isdisjoint(s["url"] for s in specs), "a report already in the corpus was added again"
    assert len({s["url"] for s in specs}) == 16


def test_the_thirty_seventh_round_is_scored_on_its_own() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from docgen import real_round

    result = real_round(37)
    assert result["texts"] == 16
    assert result["incidents"]["expected"] == 16
