"""Dev misses the last rounds left (extract189): fire a place suffers as a habit ("the base comes under rocket fire
almost daily", "hardly a day passes without rockets") is the setting of the incident, not its weapons; a place the
gazetteer finds across the line from the district the report puts it in is a namesake, placed by that district.

Every sentence here is written for this file; none is a report's. The tests of what the rule mends fail on main's
code before this branch; the guards pass on both. The dev counts are in docs/extract-journal.md (*… : rules
(extract189)*).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from _extract_helpers import one_draft
from incident_tracker.extract import gazetteer_locator

PUBLISHED = dt.date(2005, 6, 8)  # a Wednesday
#: The incident: a gunbattle near a base, with small arms only.
GUNBATTLE = (
    "Two soldiers were wounded on Tuesday in a gunbattle with militants near an army base at Lowara Mandi, "
    "officials said."
)


def _weapons_with(setting: str) -> list[str]:
    """The weapons of the gunbattle's draft when ``setting`` (a sentence of the border's setting) follows it."""
    return list(one_draft(f"{GUNBATTLE}\n\n{setting}", PUBLISHED, locate=None)["weapons"])


def test_rocket_fire_the_base_suffers_almost_daily_is_no_weapon_of_the_gunbattle() -> None:
    assert _weapons_with("Bases along this stretch of the border come under rocket fire almost daily.") == ["firearms"]


def test_hardly_a_day_without_a_rocket_attack_is_no_weapon_of_the_gunbattle() -> None:
    setting = "Hardly a day passes without a rocket attack on the posts of the frontier."
    assert _weapons_with(setting) == ["firearms"]


def test_a_habit_told_in_a_which_clause_is_no_weapon_of_the_gunbattle() -> None:
    setting = "The posts of the frontier, which often come under artillery fire, were reinforced last month."
    assert _weapons_with(setting) == ["firearms"]


def test_a_fire_the_incident_suffered_in_the_past_stays_its_weapon() -> None:  # guard: no habit, the past tense
    assert "rocket" in _weapons_with("The base also came under rocket fire during the fighting, officials said.")


def test_a_frequency_beside_the_incidents_own_fire_stays_its_weapon() -> None:  # guard: the fight's own fire
    setting = "Both sides went on firing mortars now and then until dawn, the spokesman said."
    assert "mortar" in _weapons_with(setting)


# --- a place found across the line from the district it is put in (extract/within_namesake.py) ---------------------

MINE_ON_THE_LINE = "A mine went off on the Tajik-Uzbek border on Sunday and killed forty goats, officials said."


def _located(text: str) -> dict[str, Any]:
    """The one draft of ``text``, located with the offline gazetteer."""
    return one_draft(text, dt.date(2007, 5, 16), locate=gazetteer_locator(Path("no-such-file.db").resolve()))


def test_a_village_named_in_a_tajik_district_is_not_placed_in_uzbekistan() -> None:
    draft = _located(f"{MINE_ON_THE_LINE} The blast happened in the hills of Langar, in the northern Ayni district.")
    assert draft["place"] == "Langar"
    assert draft["country"] == "TJ"
    assert draft["geo_precision"] == "admin2"  # the district it lies in, as an area the gazetteer does not know


def test_a_town_found_in_the_province_it_is_put_in_keeps_its_match() -> None:  # guard: the same country
    draft = _located(f"{MINE_ON_THE_LINE} The blast happened near Panjakent, in the Sughd province.")
    assert draft["location"] == "Panjakent"
    assert draft["country"] == "TJ"
