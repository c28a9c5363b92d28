"""Round 45's dev misses as general mechanisms of the reader (the fifty-first rule round).

Every sentence here is written for this file; none is a report's. Each mechanism has a test of what it fills or
empties and, where a wrong reading is near, a guard of what it leaves as it was (the guards pass on main's code too);
the dev figures are in docs/extract.md (*Round 45's dev misses*).
"""

from __future__ import annotations

import datetime as dt

from incident_tracker.extract import extract_drafts
from incident_tracker.extract.draft import Draft

PUBLISHED = dt.date(2024, 6, 16)  # a Sunday


def _draft(text: str) -> Draft:
    drafts = extract_drafts(text, PUBLISHED, locate=None)
    assert len(drafts) == 1, [d.values for d in drafts]
    return drafts[0]


# --- a suicide bombing only named beside fire from afar ---------------------------------------------------------------


def test_shelling_that_killed_a_trainer_of_suicide_bombers_is_a_shelling() -> None:
    draft = _draft(
        "Artillery fire by the army on Saturday destroyed six camps across the border and killed nine militants, "
        "a known trainer of suicide bombers among them, officials said."
    )
    assert draft.values["sub_event_type"] == "Shelling/artillery/missile attack"
    assert "explosives" not in draft.values["weapons"]


def test_rockets_after_a_suicide_bombing_elsewhere_are_a_shelling() -> None:
    draft = _draft(
        "Rockets fired across the border hit the village of Dara on Saturday, killing three people, officials said. "
        "The government blames groups across the border for the suicide bombing of a shrine in the south."
    )
    assert draft.values["sub_event_type"] == "Shelling/artillery/missile attack"
    assert draft.values["weapons"] == ["rocket"]


def test_a_bomber_who_blew_himself_up_beside_rocket_fire_stays_a_suicide_bombing() -> None:
    draft = _draft(
        "Militants fired rockets at the post on Saturday and a suicide bomber then blew himself up at its gate, "
        "killing five soldiers, officials said."
    )
    assert draft.values["sub_event_type"] == "Suicide bomb"
    assert "explosives" in draft.values["weapons"]


def test_a_suicide_bombing_without_fire_from_afar_stays_a_suicide_bombing() -> None:
    draft = _draft("A suicide bombing at a market in Kohat on Saturday killed seven people, police said.")
    assert draft.values["sub_event_type"] == "Suicide bomb"
