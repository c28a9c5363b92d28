"""A long run of hyphenated capitalised words is read once, not split every way (issue 14's reader on pasted text).

Found by the lead at the session's end after extract146's note (its first ``taken_place`` pattern tried every split
of such a run): the same shape, a name that may hold hyphens repeated across hyphens, stood in ``place_patterns``'s
``_ADMIN``, ``place``'s ``_DISTRICT_TOLD`` and ``_AREA_AFTER``, ``border_points``'s ``_STRETCH`` and
``spokesman_claim``'s group, so ``tracker extract`` on a text holding 20 such words before "province" took 27 s and
24 words minutes (2**n splits). Each name is now read one way only (a possessive repeat); the drafts of all 1,010
corpus and fixture reports are the same byte for byte (``bench/draft_digest.py --compare``). The reading runs in a
daemon thread with a time limit (a regular expression holds the interpreter while it searches, so a reading that
runs away still stalls the run: before the change these cases took minutes each). Left: "on the <run> stretch of the
border" is still exponential through another pattern (1.8 s at 22 words), not found in the time the session had.
"""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from incident_tracker.extract import extract_drafts

RUN = "-".join(["Kala"] * 30)


@pytest.mark.parametrize(
    "text",
    [
        f"On Monday, gunmen attacked a post in the {RUN} province of the east, killing two soldiers.",
        f"Gunmen attacked a border post in the village of {RUN} Dara in Kunar province, killing two soldiers.",
        f"A Taliban spokesman, {RUN}, said their fighters had stormed the post on Monday.",
        f"Two soldiers were killed in the {RUN} area in the {RUN} district on Monday.",
    ],
)
def test_a_long_hyphenated_run_is_read_at_once(text: str) -> None:
    drafts: list[object] = []
    reader = threading.Thread(
        target=lambda: drafts.append(extract_drafts(text, published=dt.date(2024, 1, 2))), daemon=True
    )
    reader.start()
    reader.join(timeout=20)
    assert len(drafts) == 1, "the reading did not finish in 20 s"
