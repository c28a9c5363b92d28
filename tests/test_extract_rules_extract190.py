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
