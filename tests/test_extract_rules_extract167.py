"""Who did it (extract167): the scorer's word match for the same men in other words, and the readings this branch adds.

Every phrase and sentence here is written for this file; none is a report's. Each shape has tests of what it mends
(each fails on main's code before this branch) and guards of what it leaves as it was; the dev counts are in
docs/extract-journal.md (*… : rules (extract167)*).
"""

from __future__ import annotations

import pytest
from eval_extract import _same_actor

# --- the scorer: a count, arms or a collective noun is not who (scripts/extract_scoring/matching.py) ---------------


@pytest.mark.parametrize(
    ("coded", "read"),
    [
        ("nine armed heroin traffickers", "Afghan heroin traffickers"),
        ("12 armed heroin traffickers", "a gang of heroin traffickers"),
        ("Afghan cigarette smugglers", "an armed band of cigarette smugglers"),
        ("Afghan cigarette smugglers", "armed cigarette smugglers from Afghanistan"),
        ("a separatist cell", "armed separatists"),
        ("some 40 armed raiders", "the Kyrgyz raiders"),
    ],
)
def test_the_same_men_told_with_a_count_or_their_arms_are_one_actor(coded: str, read: str) -> None:
    assert _same_actor(coded, read)


@pytest.mark.parametrize(
    ("coded", "read"),
    [
        ("Afghan cigarette smugglers", "Iranian cigarette smugglers"),
        ("nine armed heroin traffickers", "nine armed militants"),
        ("an armed group", "armed men"),
        ("a separatist cell", "a jihadist cell"),
        ("Pakistani forces", "Afghan forces"),
    ],
)
def test_men_of_another_kind_or_side_stay_apart(coded: str, read: str) -> None:
    assert not _same_actor(coded, read)
