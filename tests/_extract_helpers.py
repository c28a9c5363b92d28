"""What the extraction tests share: the real-report fixtures, a fixed "today", and one way to read drafts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from incident_tracker.extract import extract_drafts

#: The real reports of the evaluation (tests/fixtures/extract-real: a .txt and its labels, a .json).
REAL = Path(__file__).resolve().parent / "fixtures" / "extract-real"
#: Publication day the sentences of the rule tests are read against ("on Saturday" = 29 November).
MONDAY = dt.date(2025, 12, 1)


def drafts_of(text: str, published: dt.date = MONDAY, **kwargs: Any) -> list[dict[str, Any]]:
    """The values of every draft the extractor makes of ``text``."""
    return [draft.values for draft in extract_drafts(text, published, **kwargs)]


def one_draft(text: str, published: dt.date = MONDAY, **kwargs: Any) -> dict[str, Any]:
    """The values of the one draft ``text`` must give (the test fails, showing them all, if not one)."""
    drafts = drafts_of(text, published, **kwargs)
    assert len(drafts) == 1, drafts
    return drafts[0]
