"""``extract.town_told.town_inside`` takes the draft's place so far as it is: a name, or None before one is set.

Its ``current`` was typed ``object``; its one caller (``extract.place``) passes ``draft.values.get("place")``, a
place name or None, and the type now says so (mypy --strict checks the body against it: ``tests/test_lint.py``).
These hold what the function does with each: a name ties a town only when the words after it say so, None never.
"""

from __future__ import annotations

from incident_tracker.extract.town_told import town_inside


def test_a_town_said_to_lie_in_the_place_told_before_narrows_it() -> None:
    rest = " on the border in North Waziristan, officials said"
    assert town_inside("town", rest, "North Waziristan")
    assert town_inside("town", " in Zarin, near the crossing", "Zarin district")  # the unit's word left out


def test_a_town_with_no_tie_or_no_place_before_it_does_not() -> None:
    assert not town_inside("town", " close to the border", "North Waziristan")
    assert not town_inside("town", " in North Waziristan", None)
    assert not town_inside("town", " in North Waziristan", "")


def test_any_other_kind_narrows_whatever_came_before() -> None:
    assert town_inside("post", " on the border", None)
    assert town_inside("village", " close to the border", "Kurram district")
