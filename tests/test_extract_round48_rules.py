"""Round 48's dev misses as general mechanisms of the reader (the fifty-fourth rule round).

Every sentence here is written for this file; none is a report's. Each mechanism has a test of what it fills
(each fails on main's code before this round) and, where a wrong reading is near, a guard of what it leaves as it
was (the guards pass on main's code too); the dev figures are in docs/extract.md (*Round 48's dev misses*).
"""

from __future__ import annotations

import datetime as dt

from incident_tracker.extract import extract_drafts
from incident_tracker.extract.draft import Draft

PUBLISHED = dt.date(2024, 6, 3)  # a Monday, early in the month


def _draft(text: str) -> Draft:
    drafts = extract_drafts(text, PUBLISHED, locate=None)
    assert len(drafts) == 1, [d.values for d in drafts]
    return drafts[0]


# --- a month and year inside a clause describing the claimant ---------------------------------------------------------


def test_a_month_and_year_describing_the_claimants_leaves_their_claim_this_events() -> None:
    draft = _draft(
        "The army said on Monday that it had lost nine men when its post near the village of Dara came under "
        "attack on Sunday. Rebels who left the "
        "valley during the offensive of March 2019, and who are said to live across the border, claimed to have "
        "killed nine soldiers."
    )
    assert draft.values["event_type"] == "Battles"
    assert draft.values["target_type"] == "military"
    assert draft.values["victims"] == "soldiers"


def test_an_earlier_month_and_years_toll_is_still_background() -> None:
    draft = _draft(
        "Villagers threw stones at border guards near the village of Dara on Sunday, police said, in a dispute that "
        "recalls the riots of August 2019 in the valley, which killed dozens and wounded hundreds."
    )
    assert draft.values.get("killed") is None


# --- beheading is melee; an attack with heavy weapons is firearms ----------------------------------------------------


def test_soldiers_beheaded_are_killed_by_the_blade() -> None:
    draft = _draft(
        "Militants crossed the border near the village of Dara on Sunday and killed five soldiers, beheading two of "
        "them, officials said."
    )
    assert draft.values["weapons"] == ["melee"]


def test_a_sentence_telling_only_a_beheading_feeds_the_incident() -> None:
    draft = _draft(
        "Fighters who crossed the border beheaded three guards, officials said on Monday. "
        "Gun battles with the fighters went on near the village of Dara on Sunday."
    )
    assert "melee" in draft.values["weapons"]


def test_an_attack_with_heavy_weapons_is_a_firefight() -> None:
    draft = _draft(
        "More than 50 militants attacked the border post with heavy weapons near the village of Dara on Sunday, "
        "killing four soldiers, officials said."
    )
    assert draft.values["weapons"] == ["firearms"]


def test_heavy_weapons_used_still_name_no_kind() -> None:
    draft = _draft(
        "Four soldiers were killed near the village of Dara on Sunday when militants used heavy weapons, officials "
        "said."
    )
    assert "firearms" not in (draft.values.get("weapons") or [])
