"""The weakest fields, actor and victims (extract191): the doer told as "a group of" men is the whole phrase, and a
shelling that damaged people's property hit civilians.

Every sentence here is written for this file; none is a report's. The tests of what the rules mend fail on main's
code before this branch; the guards pass on both. The dev counts are in docs/extract-journal.md (*… : rules
(extract191)*).
"""

from __future__ import annotations

import datetime as dt

from _extract_helpers import one_draft

PUBLISHED = dt.date(2024, 9, 2)  # a Monday


def _read(field: str, text: str) -> object:
    """The one draft's ``field`` for a house-written report of ``text``, published on :data:`PUBLISHED`."""
    return one_draft(text, PUBLISHED, locate=None).get(field)


# --- the doer with its collective head (extract/group_of.py) ---------------------------------------------------------


def test_a_group_of_khwarij_is_the_whole_phrase() -> None:
    assert (
        _read(
            "perpetrator",
            "Two soldiers were martyred on Saturday when a group of khwarij attacked a check post in North Waziristan "
            "district, the ISPR said.",
        )
        == "a group of khwarij"
    )


def test_a_large_band_of_khwarij_keeps_its_size_word() -> None:
    assert (
        _read(
            "perpetrator",
            "Three soldiers were martyred on Saturday when a large band of khwarij attacked a border post in Bajaur "
            "district, the ISPR said.",
        )
        == "a large band of khwarij"
    )


def test_khwarij_with_no_head_keep_the_dictionarys_name() -> None:  # guard: nothing to widen
    assert (
        _read(
            "perpetrator",
            "Three soldiers were martyred on Saturday when khwarij attacked a border post in Bajaur district, the ISPR "
            "said.",
        )
        == "Tehrik-i-Taliban Pakistan"
    )


def test_members_of_a_named_group_keep_the_dictionarys_name() -> None:  # guard: a party of a known body
    assert (
        _read(
            "perpetrator",
            "Three soldiers were martyred on Saturday when members of the outlawed Tehreek-e-Taliban Pakistan attacked "
            "a border post in Bajaur district, the ISPR said.",
        )
        == "Tehrik-i-Taliban Pakistan"
    )


# --- a shelling that damaged people's property (extract/property_hit.py) ---------------------------------------------


def test_rockets_damaging_peoples_property_hit_civilians() -> None:
    assert (
        _read(
            "target_type",
            "Rockets fired from across the border came down in Sirkanay district of Kunar province on Saturday, "
            "damaging people's property, the district chief said.",
        )
        == "civilians"
    )


def test_mortars_damaging_villagers_property_hit_civilians() -> None:
    assert (
        _read(
            "target_type",
            "Mortar shells fired from Pakistan fell in two districts of Khost province on Saturday, an Afghan official "
            "said.\n\n"
            "He said the shells had come down in two villages, damaging villagers' property, but had hurt nobody.",
        )
        == "civilians"
    )


def test_rockets_that_have_come_down_in_residential_areas_hit_civilians() -> None:
    assert (
        _read(
            "target_type",
            "Rockets fired from across the border fell on Kunar province on Saturday, an Afghan official said.\n\n"
            '"The rockets have come down in residential areas," the governor said. He said more than forty rockets '
            "were fired from across the border on Saturday.",
        )
        == "civilians"
    )


def test_property_damaged_with_no_owner_told_gives_no_target() -> None:  # guard: no one's property
    assert (
        _read(
            "target_type",
            "Rockets fired from across the border came down in Sirkanay district of Kunar province on Saturday. "
            "Nobody was hurt, but crops and property were damaged, the district chief said.",
        )
        is None
    )
