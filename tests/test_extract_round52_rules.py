"""Round 52's dev misses as general mechanisms of the reader (the fifty-eighth rule round).

Every sentence here is written for this file; none is a report's. Each mechanism has a test of what it fills or
mends (each fails on main's code before this round) and, where a wrong reading is near, a guard of what it leaves as
it was (the guards pass on main's code too); the dev figures are in docs/extract.md (*Round 52's dev misses*).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from incident_tracker.extract import extract_drafts

PUBLISHED = dt.date(2024, 6, 7)  # a Friday


def _draft(text: str, published: dt.date = PUBLISHED) -> dict[str, Any]:
    drafts = [d.values for d in extract_drafts(text, published, locate=None)]
    assert len(drafts) == 1, drafts
    return drafts[0]


# --- a kidnapping's "gunmen" name no weapon ---------------------------------------------------------------------------


def test_gunmen_who_kidnap_name_no_weapon() -> None:
    draft = _draft(
        "Three farm labourers were kidnapped on Thursday by gunmen who crossed from the other side of the river, "
        "district officials said."
    )
    assert draft.get("sub_event_type") == "Abduction/forced disappearance"
    assert draft.get("weapons") == ["unknown"]


def test_gunmen_who_kill_are_coded_with_firearms() -> None:  # guard
    draft = _draft("Gunmen attacked a border post on Thursday, killing four guards, officials said.")
    assert draft.get("weapons") == ["firearms"]


def test_a_kidnapping_with_shots_fired_keeps_the_firearms() -> None:  # guard
    draft = _draft(
        "Gunmen opened fire on a car and kidnapped three farm labourers on Thursday near the river, officials said."
    )
    assert draft.get("weapons") == ["firearms"]
