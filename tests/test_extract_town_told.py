"""A town told by its kind after its name, and a district's seat told as "the district centre of X", place the
incident (issue 14, extract149).

Every sentence here is written for this file, read against Monday 1 December 2025. The fill tests fail on the code
before this change ("X, a small town … in Y", told after a lead that placed the incident in the region Y, left the
region as the place; "at the district centre of X" gave no place); the guards pass on both. docs/extract-journal.md,
"A reading that runs away, the second incident told after the first, and background days and places: rules
(extract149)", gives the measurement behind each.
"""

from __future__ import annotations

import pytest

from _extract_helpers import one_draft


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Four mortar rounds fired from across the border landed in Pakistan's Kurram tribal region on Sunday, "
            "officials said. The rounds fell near a police post at Sarkai Kalay, a small town on the border in "
            "Kurram.",
            "Sarkai Kalay",
        ),
        (
            "Gunmen fired on a border patrol in Zarin district on Sunday, killing a guard. The patrol was passing "
            "through Dara Kot, a mountain town in Zarin, when it came under fire.",
            "Dara Kot",
        ),
    ],
)
def test_a_town_told_with_its_kind_narrows_the_region_told_first(text: str, place: str) -> None:
    assert one_draft(text).get("place") == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Hundreds of insurgents attacked the police at the district centre of Sang-e-Darra on Sunday, "
            "killing three policemen.",
            "Sang-e-Darra",
        ),
        (
            "The insurgents fired rockets at the district center of Nurak Tepa on Sunday, wounding two guards.",
            "Nurak Tepa",
        ),
    ],
)
def test_a_district_centre_told_by_its_name_is_the_place(text: str, place: str) -> None:
    assert one_draft(text).get("place") == place


def test_a_town_told_first_keeps_its_place_before_a_town_told_with_its_kind() -> None:
    """A guard: a town the lead names stays the place; a town apposed later is no narrower than a town."""
    text = (
        "Gunmen killed two guards near the town of Sarkai on Sunday. Sarkai lies close to Dara Kot, a small town "
        "on the border."
    )
    assert one_draft(text).get("place") == "near the town of Sarkai"
