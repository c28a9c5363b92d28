"""The actor and the attribution, from the dev failures out of sample (extract179): a strike told with its owner in
its own noun or craft, and an owner the outlet states as fact in its own voice.

Every phrase and sentence here is written for this file; none is a report's. Each shape has tests of what it mends
(each fails on main's code before this branch) and guards of what it leaves as it was; the dev counts are in
docs/extract-journal.md (*… : rules (extract179)*).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft

PUBLISHED = dt.date(2011, 6, 9)  # a Thursday
US_FORCES = "Military Forces of the United States"


def _draft(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED, locate=None)


# --- a strike told with its owner in its own noun or craft (extract/owned_strike.py) ---------------------------------


def test_the_owners_strike_as_the_subject_of_its_toll_names_the_owner() -> None:
    draft = _draft(
        "Tribal elders say a US drone strike on a compound in the hills above Miranshah killed six men and "
        "destroyed two vehicles on Wednesday night."
    )
    assert draft["sub_event_type"] == "Air/drone strike"
    assert draft["perpetrator"] == US_FORCES
    assert draft["attribution"] == "alleged"


def test_the_owners_strike_opening_the_sentence_names_the_owner() -> None:
    draft = _draft(
        "A US drone strike before first light on Wednesday is said to have killed nine fighters in a village "
        "of North Waziristan, residents said."
    )
    assert draft["perpetrator"] == US_FORCES
    assert draft["attribution"] == "alleged"


def test_a_ranked_strike_keeps_the_sources_alleged_and_gains_the_owner() -> None:
    draft = _draft(
        "Eleven men were killed on Wednesday in the deadliest US drone strike in two months.\n\n"
        "Security officials said four missiles were fired at a house in the Shawal valley of North Waziristan."
    )
    assert draft["sub_event_type"] == "Air/drone strike"
    assert draft["perpetrator"] == US_FORCES
    assert draft["attribution"] == "alleged"


def test_the_owners_craft_with_an_auxiliary_names_the_owner() -> None:
    draft = _draft(
        "A US drone has struck a house and a pick-up truck in the Shawal area of North Waziristan, killing at "
        "least five people, local officials said."
    )
    assert draft["perpetrator"] == US_FORCES
    assert draft["attribution"] == "alleged"


def test_missiles_fired_from_the_owners_craft_name_the_owner() -> None:
    draft = _draft(
        "Officials said missiles fired from a US pilotless aircraft killed eight people in the Datta Khel area "
        "of North Waziristan on Tuesday."
    )
    assert draft["sub_event_type"] == "Air/drone strike"
    assert draft["perpetrator"] == US_FORCES
    assert draft["attribution"] == "alleged"


def test_an_older_strike_in_the_background_names_no_owner() -> None:  # guard: "last year … killed", another strike
    draft = _draft(
        "An unmanned aircraft fired two missiles at a house in Spera district of Khost on Monday, killing four "
        "people, officials said, and last year a Pakistani drone attack in the same valley killed twenty."
    )
    assert draft["sub_event_type"] == "Air/drone strike"
    assert not draft.get("perpetrator")


def test_the_campaigns_strikes_name_no_owner_of_this_one() -> None:  # guard: plural strikes are the campaign
    draft = _draft(
        "An unmanned aircraft fired two missiles at a house in the Mir Ali area of North Waziristan on Monday, "
        "killing three people, officials said. US drone strikes have killed hundreds in the region since 2008."
    )
    assert draft["sub_event_type"] == "Air/drone strike"
    assert not draft.get("perpetrator")


# --- the owner in the outlet's own voice (extract/drone_owner.py, owner_attribution) ------------------------------


def test_an_owner_the_outlet_states_as_fact_is_alleged() -> None:
    draft = _draft(
        "Seven people were killed when an American drone fired two missiles at a house in the Datta Khel area of "
        "North Waziristan on Monday night."
    )
    assert draft["perpetrator"] == US_FORCES
    assert draft["attribution"] == "alleged"


def test_an_owner_the_outlet_hedges_is_suspected() -> None:  # guard: the outlet's own hedge, nobody cited
    draft = _draft(
        "Seven people were killed when a drone believed to be American fired two missiles at a house in the Datta "
        "Khel area of North Waziristan on Monday night."
    )
    assert draft["perpetrator"] == US_FORCES
    assert draft["attribution"] == "suspected"
