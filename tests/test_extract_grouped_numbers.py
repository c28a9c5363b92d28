"""A number written with thousands separators is read whole, and no count is read out of a longer number.

extract161 saw "killing more than 1,000" read as a count of 1: a plausible toll, and wrong (issue 14: wrong is worse
than empty). The texts are written in the house.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from incident_tracker.extract import extract_drafts
from incident_tracker.extract.vocab import NUMBER, number_value


@pytest.mark.parametrize(("text", "value"), [("1,000", 1000), ("12,500", 12500), ("1,250,000", 1250000), ("40", 40)])
def test_a_grouped_number_has_its_whole_value(text: str, value: int) -> None:
    found = re.search(NUMBER, f"more than {text} people")
    assert found is not None and found.group(0) == text
    assert number_value(found.group(0)) == value


@pytest.mark.parametrize("text", ["a 2.5 km stretch", "the 1,00 mark", "version 3,4"])
def test_no_count_is_read_out_of_a_longer_number(text: str) -> None:
    assert re.search(NUMBER, text) is None


def test_a_grouped_toll_is_the_whole_figure() -> None:
    text = (
        "QUETTA, March 3: A suicide bomber struck a crowd at the Chaman border crossing on Monday, killing 1,250 "
        "people, officials said."
    )
    (draft,) = extract_drafts(text, dt.date(2025, 3, 3))
    assert draft.values["killed"] == 1250
