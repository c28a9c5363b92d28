"""Where the evaluation's reports live and how one is read: shared by the fixture scorer, the real-corpus
scorer, the agreement between codings and the benches that replay the reports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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
        side, its_round = _side_and_round(path)
        if (split is None or side == split) and (round_ is None or its_round == round_):
            chosen.append(path)
    return chosen


#: Each labels file's split and round, by path, with the file's stat when it was read (see :func:`_side_and_round`).
_SIDES: dict[Path, tuple[tuple[int, int, int, int], Any, Any]] = {}


def _side_and_round(path: Path) -> tuple[Any, Any]:
    """A labels file's ``"split"`` and ``"round"``, read again only when the file changed.

    A test session selects a round's or a split's reports hundreds of times (each held-back round's tests score it
    three ways), and parsing the 1,137 labels files was ~27 ms of each selection's ~37; a stat of each is ~4 ms. The
    file's inode, size and change times tell a rewritten file (a test's own folder of fixtures) from the one read."""
    stat = path.stat()
    key = (stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)
    kept = _SIDES.get(path)
    if kept is None or kept[0] != key:
        spec = json.loads(path.read_text(encoding="utf-8"))
        kept = _SIDES[path] = (key, spec.get("split"), spec.get("round"))
    return kept[1], kept[2]
