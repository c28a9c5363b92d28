"""Raiders told only as coming from across the border, and the military's own intelligence-based operation
(issue 14, extract156).

Every sentence here is written for this file; none is a report's. The tests of what the rules read fail on main's code
before this work; the guards of what they leave alone pass on main's code too.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft

PUBLISHED = dt.date(2024, 6, 11)  # a Tuesday


def _one(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED)


# --- rule 1: raiders from across the border give the origin, alleged (the actor: extract170's men_from) ---------------


def test_raiders_who_crossed_over_from_a_side_give_its_origin() -> None:
    text = (
        "Two herders were shot dead on a high pasture of Chitral district on Monday. Police told reporters that a "
        "band of raiders who had crossed over from the Afghan side opened fire on the herders and drove off their "
        "sheep."
    )
    draft = _one(text)
    assert draft["attribution"] == "alleged"
    assert draft["origin_country"] == "AF"
    # the phrase that carries the origin is the actor since the ruling of 2026-12-07 (codenotes29 f): .men_from
    assert draft.get("perpetrator") == "a band of raiders who had crossed over from the Afghan side"


def test_attackers_thought_to_have_come_across_from_a_country_give_its_origin() -> None:
    text = (
        "Armed men stormed a paramilitary post in Upper Dir district late on Monday, sources said. The sources said "
        "the attackers were believed to have come across from Afghanistan's Kunar province. Two soldiers were killed "
        "in the fighting, the sources said."
    )
    draft = _one(text)
    assert draft["attribution"] == "alleged"
    assert draft["origin_country"] == "AF"


def test_intruders_from_across_the_border_take_the_state_they_were_from() -> None:
    text = (
        "A herdsman was wounded when armed intruders from across the border drove off some 400 goats from a pasture "
        "in Chitral on Monday, villagers said. They were probably from Afghanistan's Nuristan province. A second "
        "herdsman was wounded as he ran from the intruders, the villagers said."
    )
    draft = _one(text)
    assert draft["attribution"] == "alleged"
    assert draft["origin_country"] == "AF"


def test_guard_raiders_who_fled_across_give_no_origin() -> None:
    text = (
        "Two herders were shot dead on a high pasture of Chitral district on Monday, police said. The raiders later "
        "fled across the border, police said."
    )
    draft = _one(text)
    assert draft.get("origin_country") is None
    assert draft.get("attribution") != "alleged"


def test_guard_from_across_the_border_with_no_state_told_stays_unattributed() -> None:
    text = "Two herders were shot dead on a high pasture on Monday when gunmen from across the border opened fire."
    draft = _one(text)
    assert draft.get("origin_country") is None
    assert draft.get("attribution") != "alleged"


# --- rule 2: the military's intelligence-based operation is its own act, confirmed -----------------------------------


def test_an_intelligence_based_operation_is_the_forces_confirmed_act() -> None:
    text = (
        "Five terrorists were killed on Monday in an intelligence-based operation (IBO) in the Mir Ali area of North "
        "Waziristan, the military's media wing said. According to the Inter-Services Public Relations (ISPR), the "
        "troops surrounded the hideout and engaged the terrorists, killing five of them."
    )
    draft = _one(text)
    assert draft["attribution"] == "confirmed"
    assert draft["perpetrator"] == "the troops"


def test_an_ibo_by_the_security_forces_outranks_the_label_of_the_dead() -> None:
    text = (
        "Four terrorists were killed by the security forces in an intelligence-based operation (IBO) in Khyber "
        "district, the ISPR said on Monday. The security forces engaged terrorists of the Tehreek-i-Taliban "
        "Pakistan, killing four, it said."
    )
    draft = _one(text)
    assert draft["attribution"] == "confirmed"
    assert draft["perpetrator"] == "the security forces"


def test_guard_an_operation_against_infiltrators_stays_theirs() -> None:
    text = (
        "Four terrorists were killed by the security forces in an intelligence-based operation (IBO) in Khyber "
        "district, the ISPR said on Monday. The terrorists had been trying to cross the Pakistan-Afghanistan border, "
        "it said."
    )
    assert _one(text).get("attribution") != "confirmed"


def test_guard_an_operation_no_military_tells_is_not_confirmed() -> None:
    text = (
        "Four militants were killed by the security forces in an intelligence-based operation in Khyber district "
        "on Monday, local residents told reporters."
    )
    assert _one(text).get("attribution") != "confirmed"


# --- rule 3: the origin the actor's own words carry -------------------------------------------------------------------


def test_terrorists_operating_from_a_country_come_from_it() -> None:
    text = (
        "Two Iranian border guards were killed on Monday when terrorists operating from Pakistan attacked their post "
        "near Saravan in Iran, the Iranian border police said."
    )
    draft = _one(text)
    assert draft["perpetrator"] == "terrorists operating from Pakistan"
    assert draft["origin_country"] == "PK"


def test_smugglers_from_a_country_come_from_it() -> None:
    text = (
        "A Tajik border guard was killed in Tajikistan's Shamsiddin Shohin district on Monday when smugglers from "
        "Afghanistan opened fire on a patrol, the Tajik border service said."
    )
    draft = _one(text)
    assert draft["perpetrator"] == "smugglers from Afghanistan"
    assert draft["origin_country"] == "AF"


def test_guard_an_actor_with_handlers_abroad_names_no_origin() -> None:
    text = (
        "Two soldiers were killed on Monday when terrorists with handlers in Afghanistan and India attacked a post in "
        "Panjgur, Pakistan, the Inter-Services Public Relations said."
    )
    assert _one(text).get("origin_country") is None
