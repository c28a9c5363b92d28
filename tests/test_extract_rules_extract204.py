"""What dev's drone strikes told in the outlet's own voice missed (extract204): the craft named by its make, its owner
before it ("US Predator strike aircraft hit", "Unmanned US Predator or Reaper aircraft killed"), as the subject of the
strike or its toll, read as the owner's act, ``alleged`` (the tenth rulings' *The outlet's own voice, for every
actor*).

Every sentence here is written for this file; none is a report's. The tests of what the rule mends fail on main's
code before this branch; the guards pass on both. The dev counts are in docs/extract-journal.md (*… : rules
(extract204)*).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft

PUBLISHED = dt.date(2011, 5, 14)  # a Saturday
US_FORCES = "Military Forces of the United States"


def _strike(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED, locate=None)


def test_the_owners_predator_opening_the_lead_is_the_owners_strike() -> None:
    draft = _strike(
        "US Predator strike aircraft hit a militant compound in the hills of North Waziristan on Friday.\n\n"
        "The drones fired four missiles at the compound before dawn, and six fighters died in the strike."
    )
    assert draft["sub_event_type"] == "Air/drone strike"
    assert draft["perpetrator"] == US_FORCES
    assert draft["attribution"] == "alleged"


def test_an_unmanned_predator_or_reaper_killing_is_the_owners_strike() -> None:
    draft = _strike(
        "Unmanned US Predator or Reaper aircraft killed five fighters on Friday in South Waziristan, in a strike "
        "on a house near Wana.\n\nThe drones fired two missiles at the house at night."
    )
    assert draft["perpetrator"] == US_FORCES
    assert draft["attribution"] == "alleged"


def test_a_reaper_drone_with_its_article_firing() -> None:
    draft = _strike(
        "A US Reaper drone fired two missiles at a vehicle near Mir Ali on Friday, killing four militants in a "
        "drone strike, officials said."
    )
    assert draft["perpetrator"] == US_FORCES
    assert draft["attribution"] == "alleged"


def test_a_predator_with_no_owner_names_no_one() -> None:  # guard: the make alone tells no owner
    draft = _strike(
        "A swarm of Predators fired six missiles at a compound in North Waziristan on Friday, killing five "
        "fighters in the drone strike."
    )
    assert draft.get("perpetrator") is None


def test_the_owners_predators_as_the_campaign_name_no_owner() -> None:  # guard: the programme, not this strike
    draft = _strike(
        "A drone fired two missiles at a house near Wana on Friday, killing five fighters.\n\n"
        "US Predators have struck the agency dozens of times this year."
    )
    assert draft.get("perpetrator") is None


def test_suspected_missiles_in_an_officials_quote_are_not_read_as_a_drone_strike() -> None:  # guard: 1526's shape
    draft = _strike(
        "Suspected US missiles struck a house in South Waziristan on Friday, killing six militants, intelligence "
        "officials said."
    )
    assert draft.get("perpetrator") is None


# --- a counted label told crossing the border from a country, then striking (extract/came_across.py) -----------------


def test_militants_who_crossed_the_border_from_a_country_and_stormed() -> None:
    draft = _strike(
        "PESHAWAR: Dozens of armed militants crossed the border from Afghanistan on Friday and stormed a village in "
        "Chitral, killing three villagers, officials said."
    )
    assert draft["attribution"] == "alleged"
    assert draft["origin_country"] == "AF"
    # extract211: the label with its count is the actor, as the eighth rulings' a has it (the scorer sets the count
    # aside, so a coder's other count of the same men is the same actor); extract204 kept only the origin
    assert draft.get("perpetrator") == "dozens of armed militants"


def test_guerrillas_in_trucks_who_crossed_the_border_and_fell_on_a_post() -> None:
    draft = _strike(
        "Insurgents attacked a district police post in Paktika province late on Friday, killing six policemen. "
        "The attack began when some 300 guerrillas in trucks crossed the border from Pakistan and fell on the post, "
        "the governor said."
    )
    assert draft["attribution"] == "alleged"
    assert draft["origin_country"] == "PK"


def test_soldiers_who_crossed_the_border_are_no_label_of_attackers() -> None:  # guard: a state's men, not the label
    draft = _strike(
        "Gunmen attacked a police post in Chitral on Friday, killing three policemen, after soldiers crossed the "
        "border from Afghanistan, officials said."
    )
    assert draft.get("origin_country") is None
