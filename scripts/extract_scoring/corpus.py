"""Where the evaluation's reports live and how one is read: shared by the fixture scorer, the real-corpus
scorer, the agreement between codings and the benches that replay the reports."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "extract"
REAL = ROOT / "tests" / "fixtures" / "extract-real"
#: A blind second coding of a sample of the corpus (docs/extract-journal.md, "Two coders").
RECODE = ROOT / "tests" / "fixtures" / "extract-recode"
ADJUDICATION = ROOT / "tests" / "fixtures" / "extract-adjudication"


def article_text(path: Path) -> str:
    """The report without its citation header."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.startswith("#"))


def _real_fixtures(split: str | None, fixtures: Path, round_: int | None = None) -> list[Path]:
    """The reports of one split (all with None); with ``round_``, only those added in that round
    (their ``"round"`` key), so a new batch can be scored out of sample before any tuning."""
    chosen = []
    for path in sorted(fixtures.glob("*.json")):
        spec = json.loads(path.read_text(encoding="utf-8"))
        if (split is None or spec.get("split") == split) and (round_ is None or spec.get("round") == round_):
            chosen.append(path)
    return chosen
