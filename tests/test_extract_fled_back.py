"""Attackers told as fleeing back to a state after the attack: the origin of an alleged attack (issue 14, extract155).

Every sentence here is written for this file; none is a report's. The tests of what the rule reads fail on main's code
before this work; the guards of what it leaves alone pass on main's code too.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft

PUBLISHED = dt.date(2024, 6, 11)  # a Tuesday


def _one(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED)


# --- the rule: the state they fled back to is the origin -------------------------------------------------------------


def test_the_rest_fled_back_to_a_country_gives_the_origin() -> None:
    text = (
        "Pakistani military officials said that Taliban militants attacked a border post in the Bajaur region "
        "on Monday night. The troops fired back, killing four of the attackers and wounding six; the rest fled back to "
        "Afghanistan, the officials said."
    )
    draft = _one(text)
    assert draft["attribution"] == "alleged"
    assert draft["origin_country"] == "AF"


def test_gunmen_fled_back_into_a_country_gives_the_origin() -> None:
    text = (
        "Tajikistan's border service said that Afghan drug smugglers attacked a Tajik border patrol near the Panj "
        "river on Sunday night. Two smugglers were killed in the firefight and the other gunmen fled back into "
        "Afghanistan."
    )
    draft = _one(text)
    assert draft["attribution"] == "alleged"
    assert draft["origin_country"] == "AF"


def test_shepherds_who_went_back_to_their_country_give_the_origin() -> None:
    text = (
        "Kyrgyzstan's border service said on Monday that a group of Tajik shepherds threw stones at Kyrgyz border "
        "guards near a village in Batken region. The guards fired into the air, after which the Tajik shepherds "
        "went back to Tajikistan."
    )
    draft = _one(text)
    assert draft["attribution"] == "alleged"
    assert draft["origin_country"] == "TJ"


# --- guards: what the rule leaves alone -------------------------------------------------------------------------------


def test_guard_the_incidents_own_country_is_no_origin() -> None:
    text = (
        "Iranian officials said that Jaish al-Adl militants attacked a border post near Saravan in Iran on Monday "
        "night, killing two guards. After the fighting the attackers fled back to Iran's Baluch hinterland, where they "
        "hide."
    )
    draft = _one(text)
    assert draft["country"] == "IR"
    assert draft.get("origin_country") is None


def test_guard_residents_who_fled_back_are_not_the_attackers() -> None:
    text = (
        "Pakistani military officials said that Taliban militants attacked a border post in the Bajaur region "
        "on Monday night. The troops fired back, killing four of the attackers. Hundreds of refugees later fled "
        "back to Tajikistan."
    )
    assert _one(text).get("origin_country") is None


def test_guard_fleeing_back_across_the_border_names_no_state() -> None:
    text = (
        "Iranian border guards clashed with a terrorist group trying to infiltrate the country near Saravan on Monday, "
        "an Iranian official said; its members fled back across the border once the fighting was over."
    )
    assert _one(text).get("origin_country") is None
