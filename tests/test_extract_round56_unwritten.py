"""Round 56's "Not written" list, as general mechanisms of the reader (the sixty-second rule round).

Every sentence here is written for this file; none is a report's. Each mechanism has tests that fail on main's code
before this round and guards, of what it leaves as it was, that pass on both (docs/extract.md, "Where wrong values
come from, rounds 40-56").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft

PUBLISHED = dt.date(2024, 11, 13)  # a Wednesday


def _draft(text: str, published: dt.date = PUBLISHED) -> dict[str, Any]:
    return one_draft(text, published, locate=None)


# --- a clash begun by one state's forces coming across: that side alleged --------------------------------------------


def test_a_clash_begun_by_a_patrol_coming_across_blames_its_state() -> None:
    draft = _draft(
        "Tajik and Kyrgyz border guards exchanged fire on Tuesday, and one Kyrgyz guard was wounded, the Kyrgyz "
        "border service said.\n\n"
        "The fighting started after a Tajik patrol had come into Kyrgyzstan near the village, the service said."
    )
    assert draft.get("attribution") == "alleged"
    assert draft.get("perpetrator") == "Tajik forces"


def test_a_clash_begun_when_border_guards_came_in_blames_them() -> None:
    draft = _draft(
        "A Kyrgyz border guard was wounded on Tuesday in the fighting, the Kyrgyz ministry said.\n\n"
        "The fighting started on Monday night, it said, after Uzbek border guards came into the Batken region of "
        "Kyrgyzstan."
    )
    assert draft.get("attribution") == "alleged"
    assert "Uzbek" in str(draft.get("perpetrator"))


def test_a_crossing_that_is_no_start_of_the_fighting_blames_nobody() -> None:  # guard
    draft = _draft(
        "Tajik and Kyrgyz border guards exchanged fire on Tuesday, and one Kyrgyz guard was wounded, the Kyrgyz "
        "border service said.\n\nA Tajik patrol had come into the area a week before."
    )
    assert draft.get("perpetrator") is None


def test_a_named_side_is_not_replaced() -> None:  # guard
    draft = _draft(
        "Kyrgyz border guards opened fire on Tajik guards on Tuesday, wounding one of them, the Tajik border "
        "service said.\n\nThe fighting started after a Tajik patrol had come into the disputed area, Kyrgyz "
        "officials said."
    )
    assert draft.get("perpetrator") != "Tajik forces"
