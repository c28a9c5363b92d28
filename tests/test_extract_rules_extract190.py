"""What round 108's dev part missed (extract190): a drone strike's owner told in its lead in shapes the earlier owner
readings pass by (the craft as the subject of the toll, a long place before the toll, the strike "carried out by"
the owner's drones, the owner in the strike's noun whatever the verb).

Every sentence here is written for this file; none is a report's. The tests of what the rule mends fail on main's
code before this branch; the guards pass on both. The dev counts are in docs/extract-journal.md (*… : rules
(extract190)*).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft

PUBLISHED = dt.date(2012, 3, 10)  # a Saturday
US_FORCES = "Military Forces of the United States"


def _strike(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED, locate=None)


def test_the_craft_as_the_subject_of_its_toll_is_the_owners() -> None:
    draft = _strike(
        "WANA: A US drone killed at least three militants in a missile strike on Friday on a house in South "
        "Waziristan, tribal elders said."
    )
    assert draft["perpetrator"] == US_FORCES
    assert draft["attribution"] == "alleged"


def test_a_remotely_piloted_aircraft_is_a_drone_of_its_owner() -> None:
    draft = _strike(
        "An American remotely-piloted aircraft struck a compound in North Waziristan on Friday. Five suspected "
        "militants were killed in the drone attack, officials said."
    )
    assert draft["perpetrator"] == US_FORCES
    assert draft["attribution"] == "alleged"


def test_the_strike_opening_the_lead_with_a_long_place_before_its_toll() -> None:
    draft = _strike(
        "MIRANSHAH: A US drone strike on a car near Spalga village, in the Datta Khel subdivision of North "
        "Waziristan Agency, killed four people on Friday, sources said."
    )
    assert draft["perpetrator"] == US_FORCES
    assert draft["attribution"] == "alleged"


def test_strikes_carried_out_by_the_owners_drones() -> None:
    draft = _strike(
        "Two strikes thought to have been carried out by US drones killed at least nine people in South Waziristan "
        "on Friday, Pakistani officials said."
    )
    assert draft["perpetrator"] == US_FORCES
    assert draft["attribution"] == "alleged"


def test_the_lead_condemning_the_owners_drone_strike() -> None:
    draft = _strike(
        "Pakistan on Friday condemned a US drone strike on a seminary near Thall that killed six people, and "
        "summoned the American envoy."
    )
    assert draft["perpetrator"] == US_FORCES
    assert draft["attribution"] == "alleged"


def test_an_earlier_owned_strike_in_the_lead_is_not_this_ones_owner() -> None:  # guard: "after a US drone strike"
    draft = _strike(
        "A drone fired two missiles at a house in Tirah valley on Friday, killing 12 fighters, a week after a US "
        "drone strike hit the same valley."
    )
    assert draft.get("perpetrator") is None


def test_the_campaigns_plural_strikes_name_no_owner() -> None:  # guard: "US drones" as the campaign's subject
    draft = _strike(
        "A drone fired two missiles at a vehicle near Mir Ali on Friday, killing four people, in a tribal area "
        "where US drone strikes are widely resented."
    )
    assert draft.get("perpetrator") is None


# --- the strike taken up and placed in a village or town (extract/struck_object.py) ---------------------------------

LEAD_WIDE = (
    "A US drone fired two missiles into a compound in North Waziristan on Friday, killing four militants, "
    "officials said."
)


def test_the_strike_taken_up_in_the_next_sentence_is_placed_in_its_village() -> None:
    draft = _strike(f"{LEAD_WIDE}\n\nThe strike hit the village of Spalga, some 20 kilometres west of Miranshah.")
    assert draft["place"] == "Spalga"


def test_in_the_attack_a_house_in_a_town_places_the_strike() -> None:
    draft = _strike(
        "A US drone strike in North Waziristan killed five people on Friday, officials said.\n\n"
        "In the attack, the drone fired two missiles at a house in the town of Mir Ali, leaving five dead."
    )
    assert draft["place"] == "Mir Ali"


def test_a_strike_placed_far_after_the_lead_is_not_taken() -> None:  # guard: a later sentence may be another's
    draft = _strike(
        f"{LEAD_WIDE}\n\nResidents said the dead were foreigners. The area has been struck many times. Local "
        "elders protested in Miranshah.\n\nThe strike hit the village of Spalga, some 20 kilometres west of Miranshah."
    )
    assert draft["place"] == "North Waziristan"


def test_an_attack_on_the_ground_is_not_placed_by_the_strike_shape() -> None:  # guard: strikes from the air only
    draft = _strike(
        "Gunmen attacked a police checkpoint in North Waziristan on Friday, killing four policemen, officials "
        "said.\n\nThe attack hit the village of Spalga, some 20 kilometres west of Miranshah."
    )
    assert draft["place"] == "North Waziristan"
