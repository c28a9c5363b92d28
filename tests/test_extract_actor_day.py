"""A weekday and a link word are never part of the side named as the actor (extract163 noticed "Monday when the
Taliban" as a perpetrator: a wrong value where the text names the side plainly). The texts are written in the house."""

from __future__ import annotations

import datetime as dt

import pytest

from incident_tracker.extract import extract_drafts


@pytest.mark.parametrize(
    "text",
    [
        "KABUL, May 6: Three border guards were killed on Monday when the Taliban stormed a post in Spin Boldak "
        "district, officials said.",
        "KABUL, May 6: Three border guards were killed on Monday after the Taliban stormed a post in Spin Boldak "
        "district, officials said.",
    ],
)
def test_the_day_before_the_side_is_not_the_side(text: str) -> None:
    (draft,) = extract_drafts(text, dt.date(2025, 5, 6))
    assert draft.values["perpetrator"] == "Taliban"
