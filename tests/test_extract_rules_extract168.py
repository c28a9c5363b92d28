"""Abstentions where a reading was wrong out of sample, and an abduction drafted twice, as general shapes (extract168).

Every sentence here is written for this file; none is a report's. Each shape has tests of what it mends (each fails
on main's code before this branch) and guards of what it leaves as it was (a unit named inside the province, a
group's members held elsewhere, smugglers crossing); the dev figures are in
docs/extract-journal.md (*… : rules (extract168)*).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import drafts_of, one_draft

PUBLISHED = dt.date(2024, 6, 4)  # a Tuesday


def _draft(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED, locate=None)


# --- a release's kidnapping replaces the reader's draft of the same seizing (.release_report) -------------------------


_RELEASE = (
    "Twelve villagers held by unknown militants somewhere in Afghanistan for 90 days have been freed and came home on "
    "Saturday.\n\nUnidentified gunmen kidnapped the 12 villagers on March 3, 2024, while they were mending a canal in "
    "Shpola Kandao, a remote area on the border."
)


def test_a_kidnapping_told_in_a_release_report_is_drafted_once() -> None:
    drafts = drafts_of(_RELEASE, PUBLISHED, locate=None)
    assert len(drafts) == 1, drafts
    assert drafts[0].get("sub_event_type") == "Abduction/forced disappearance"
    assert drafts[0].get("event_date") == "2024-03-03"


def test_where_the_hostages_were_held_gives_the_kidnapping_no_country() -> None:
    (draft,) = drafts_of(_RELEASE, PUBLISHED, locate=None)
    assert draft.get("country") != "AF"


# --- regions wider than any scene the coding takes (.wide_region) ----------------------------------------------------


def test_a_clash_in_the_fergana_valley_is_left_unplaced() -> None:
    draft = _draft(
        "Two people were killed on Monday in clashes between Kyrgyz and Tajik villagers in the Fergana Valley, "
        "officials said."
    )
    assert draft.get("place") is None


def test_the_whole_of_khyber_pakhtunkhwa_is_no_place_but_keeps_the_country() -> None:
    draft = _draft(
        "One person was killed and seven were hurt when Afghan forces shelled civilian areas near the border in "
        "Pakistan's northwestern Khyber Pakhtunkhwa on Monday, officials said."
    )
    assert draft.get("place") is None
    assert draft.get("country") == "PK"


def test_waziristan_alone_is_no_place() -> None:
    draft = _draft("A soldier was killed on Monday when militants attacked a check post in Waziristan, officials said.")
    assert draft.get("place") is None


def test_a_district_of_khyber_pakhtunkhwa_keeps_its_place() -> None:
    draft = _draft(
        "A soldier was wounded on Monday when militants attacked a check post in Khyber Pakhtunkhwa's Bajaur "
        "district, the military said."
    )
    assert "Bajaur" in (draft.get("place") or "")


def test_north_waziristan_keeps_its_place() -> None:
    draft = _draft(
        "A soldier was killed on Monday when militants attacked a check post in North Waziristan, officials said."
    )
    assert draft.get("place") == "North Waziristan"


# --- a force's own dead told as "N of its men" (.force_men) ----------------------------------------------------------


def test_the_guards_announcing_three_of_their_men_killed_are_the_target() -> None:
    draft = _draft(
        "Iran's Revolutionary Guards said on Monday that three of their men had been killed in an ambush by gunmen "
        "near Saravan."
    )
    assert draft.get("target_type") == "military"


def test_three_members_of_the_force_killed_after_its_vehicles_were_fired_on() -> None:
    draft = _draft(
        "Gunmen fired on two vehicles of the Revolutionary Guard on Monday and killed three members of the force near "
        "the town of Rask, state media said."
    )
    assert draft.get("target_type") == "military"


def test_a_groups_members_held_elsewhere_are_no_target() -> None:
    draft = _draft(
        "Gunmen attacked a convoy near Saravan on Monday, killing two drivers; the group has demanded the release of "
        "20 of its members held by Iran."
    )
    assert draft.get("target_type") != "military"


# --- people of a nation fired on as they crossed, told only as the fire's object (.crossers_told) --------------------


def test_a_group_of_afghans_fired_on_as_they_forced_their_way_in_are_civilians() -> None:
    draft = _draft(
        "Pakistani border forces opened fire on Monday on a group of Afghans who were trying to force their way into "
        "the country at the Torkham crossing, killing two of them, officials said."
    )
    assert draft.get("target_type") == "civilians"
    assert draft.get("victim_nationality") == "AF"


def test_a_kyrgyz_citizen_who_had_crossed_is_a_civilian_with_his_nationality() -> None:
    draft = _draft(
        "A Kyrgyz citizen who had crossed the border was wounded by gunfire on Monday in the Gulistan area of "
        "Uzbekistan's Namangan region, the border service said."
    )
    assert draft.get("target_type") == "civilians"
    assert draft.get("victim_nationality") == "KG"


def test_smugglers_fired_on_as_they_crossed_get_no_target_from_the_crossing() -> None:
    draft = _draft(
        "Iranian border guards opened fire on Monday on a group of Afghans who were trying to get into Iran with a "
        "load of opium, killing two of them, officials said."
    )
    assert draft.get("target_type") != "civilians"


def test_crossers_placed_in_their_own_country_keep_their_nationality() -> None:
    draft = _draft(
        "Iranian border guards beat a group of Afghans who were trying to cross the border in Afghanistan's Herat "
        "province on Monday, and two of them drowned, witnesses said."
    )
    assert draft.get("target_type") == "civilians"
    assert draft.get("victim_nationality") == "AF"
