"""Round 50's dev misses as general mechanisms of the reader (the fifty-sixth rule round).

Every sentence here is written for this file; none is a report's. Each mechanism has a test of what it fills or
mends (each fails on main's code before this round) and, where a wrong reading is near, a guard of what it leaves as
it was (the guards pass on main's code too); the dev figures are in docs/extract-journal.md (*Round 50's dev misses*).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import drafts_of, one_draft

PUBLISHED = dt.date(2024, 6, 4)  # a Tuesday


def _drafts(text: str, published: dt.date = PUBLISHED) -> list[dict[str, Any]]:
    return drafts_of(text, published, locate=None)


def _draft(text: str, published: dt.date = PUBLISHED) -> dict[str, Any]:
    return one_draft(text, published, locate=None)


# --- a roundup's attacks, each in its own paragraph, are each a record ------------------------------------------------

_ROUNDUP = (
    "On Tuesday, three attacks took place in Sistan and Baluchestan: a shooting by a mosque in the town of Zarabad, "
    "gunfire at a convoy of the Mirabad border regiment, and gunfire at officers of the province.\n\n"
    "In the shooting by the mosque in Zarabad, gunmen killed three soldiers.\n\n"
    "In another incident, vehicles of the Mirabad border regiment were attacked near the village of Kalatak, and two "
    "border guards were killed.\n\n"
    "In the shooting at officers on the Mirabad-Sarbaz road, four were wounded."
)


def test_a_roundups_attacks_told_apart_are_one_draft_each() -> None:
    drafts = _drafts(_ROUNDUP)
    assert len(drafts) == 3, drafts
    assert [d.get("killed") for d in drafts] == [3, 2, None]
    assert [d.get("injured") for d in drafts] == [None, None, 4]
    assert {d["event_date"] for d in drafts} == {"2024-06-04"}  # the lead's day is said of all three


def test_a_later_attacks_place_and_wounded_stay_its_own() -> None:
    first = _drafts(_ROUNDUP)[0]
    assert first["place"] == "Zarabad"
    assert first.get("injured") is None


def test_another_incident_with_no_day_is_the_week_up_to_the_report() -> None:
    drafts = _drafts(
        "On Tuesday morning, gunmen shot dead four soldiers in the Zarabad district, the governor said.\n\n"
        "In another incident, gunmen ambushed a police car on a road in Sarbaz County, killing two policemen."
    )
    assert len(drafts) == 2, drafts
    assert drafts[0]["event_date"] == "2024-06-04"
    assert (drafts[1]["event_date"], drafts[1]["event_date_end"], drafts[1]["date_precision"]) == (
        "2024-05-29",
        "2024-06-04",
        "week",
    )


def test_the_same_attack_told_again_in_its_own_paragraph_stays_one_draft() -> None:
    # guard: in a report of one attack, "In the attack on the post" goes on about that attack
    drafts = _drafts(
        "Militants attacked a border post in the Zarabad district on Tuesday, killing three soldiers.\n\n"
        "In the attack on the post, two more soldiers were wounded, officials said."
    )
    assert len(drafts) == 1, drafts


# --- last year's bombing, told as background, is not the scene ------------------------------------------------------


def test_a_background_paragraphs_next_sentence_gives_no_place() -> None:
    draft = _draft(
        "Three guards were killed and several wounded in an armed attack in the town of Zarabad, the Guards said.\n\n"
        "Last year, a suicide bombing of a bus killed 27 members of the Guards. State media said that the bus was "
        "blown up near the Khash-Zahedan road.\n\n"
        "A few days later, a commander of the Basij was killed in an armed attack in the district of Shadegan."
    )
    assert draft["place"] == "Zarabad"


# --- a group's past attacks are no attribution, and the compass names the country -------------------------------------


def test_a_groups_record_in_the_past_is_no_attribution() -> None:
    draft = _draft(
        "Three guards were killed on Tuesday in an attack by unknown gunmen near the town of Zarabad.\n\n"
        "Fighters of the Jaish al-Adl group have attacked Iranian forces many times in the past, and have kidnapped "
        "Iranian guards."
    )
    assert draft["attribution"] == "unattributed"
    assert draft.get("perpetrator") is None


def test_in_the_southeast_of_a_country_names_it() -> None:
    draft = _draft(
        "Three guards were killed on Tuesday in an attack by unknown gunmen in Sistan, in the southeast of Iran, in "
        "western Balochistan."
    )
    assert draft["country"] == "IR"


def test_a_claim_told_with_the_event_still_counts() -> None:
    # guard: "in the past" only marks a clause of history; the claim of this attack is read
    draft = _draft(
        "Three guards were killed on Tuesday in an attack near the town of Zarabad. Jaish al-Adl claimed "
        "responsibility for the attack."
    )
    assert draft["attribution"] == "claimed"


# --- the Revolutionary Guards' men are the military ------------------------------------------------------------------


def test_bare_guards_beside_the_irgc_are_the_military() -> None:
    draft = _draft(
        "Two vehicles of the IRGC's base in the town of Zarabad were attacked on Tuesday, and three guards lost "
        "their lives."
    )
    assert draft["target_type"] == "military"


def test_bare_guards_beside_a_border_unit_stay_border_guards() -> None:
    # guard: with the border named, "guards" are its guards
    draft = _draft(
        "Gunmen attacked a border post of the IRGC's ground force near Zarabad on Tuesday, and three guards were "
        "killed."
    )
    assert draft["target_type"] == "border_guards"


def test_the_dead_listed_with_a_guards_commander_are_the_military() -> None:
    draft = _draft(
        "On Tuesday morning, gunmen shot dead four people in the Zarabad district as they left a school. The dead "
        "were Ali Karimi, the IRGC commander of the district; Yusuf Sharifi, the head of the council; and two "
        "conscripts."
    )
    assert draft["target_type"] == "military"


def test_officers_of_a_border_regiment_are_border_guards() -> None:
    draft = _draft(
        "In the shooting at officers on the Mirabad-Sarbaz road on Tuesday, two were wounded; a conscript of the "
        "Mirabad border regiment was among them."
    )
    assert draft["target_type"] == "border_guards"


# --- the day: "today", and an undated attack's week ------------------------------------------------------------------


def test_the_incidents_of_today_are_the_reports_day() -> None:
    draft = _draft(
        "The minister ordered an inquiry into a shooting near a school in the town of Zarabad, where gunmen killed "
        "three soldiers. He said every side of the incidents of today must be examined."
    )
    assert (draft["event_date"], draft["date_precision"]) == ("2024-06-04", "day")


def test_an_undated_attack_is_the_week_up_to_the_report_not_an_outlets_day() -> None:
    draft = _draft(
        'Three guards were killed in an armed attack in the town of Zarabad. "The attackers fled," the '
        "headquarters said, as Al-Masdar News reported on Monday, citing the Mehr news agency.",
        dt.date(2024, 6, 6),
    )
    assert (draft["event_date"], draft["event_date_end"]) == ("2024-05-31", "2024-06-06")


def test_an_officials_day_still_bounds_the_week() -> None:
    # guard: the day of the statement itself bounds it, as before
    draft = _draft("Three guards were killed in an armed attack in the town of Zarabad, the army said on Monday.")
    assert (draft["event_date"], draft["event_date_end"]) == ("2024-05-28", "2024-06-03")
