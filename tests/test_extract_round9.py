"""The ninth round's readings (docs/extract-journal.md, *The ninth round*), each in sentences of our own.

Each test writes one phrasing of the kind the round's dev reports showed and checks the reading
the round added; the last ones check that the round's batch of real reports is there, split by
event with the eighth round's rule, and scored on its own with ``--round 9``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from _extract_helpers import REAL
from _extract_helpers import one_draft as _one
from incident_tracker.extract.attribution import read_attribution
from incident_tracker.extract.casualties import find_tolls

ROOT = Path(__file__).resolve().parent.parent


# --- who did it -----------------------------------------------------------------------------


def test_what_was_fired_or_carried_out_by_a_side_names_it() -> None:
    fired = read_attribution("A mortar shell fired by Iranian forces killed a man in the district on Saturday.")
    assert fired is not None
    assert (fired.status, fired.perpetrator) == ("alleged", "Iranian forces")
    carried = read_attribution("The attack was carried out by a terrorist group that meant to cross the border.")
    assert carried is not None
    assert (carried.status, carried.perpetrator) == ("alleged", "terrorist group")
    # a shell fired by nobody named names nobody
    assert read_attribution("A mortar shell fired from the hills killed a man on Saturday.") is None


def test_a_state_by_its_name_can_accuse() -> None:
    found = read_attribution("Afghanistan accused the Pakistani forces of firing heavy artillery into villages.")
    assert found is not None
    assert (found.status, found.perpetrator, found.attributed_by) == ("alleged", "Pakistani forces", "Afghanistan")
    # an outlet is not a state: its name does not make an accusation one side's
    assert read_attribution("Reuters accused the Pakistani forces of firing heavy artillery.") is None


def test_the_label_with_from_across_the_border_names_the_attackers_without_a_speaker() -> None:
    found = read_attribution(
        "Five soldiers were martyred when terrorists from across the Afghan border attacked a post in Kurram."
    )
    assert found is not None
    assert (found.status, found.perpetrator) == ("alleged", "terrorists from across the Afghan border")
    # the bare label with no speaker and no origin stays a description
    assert read_attribution("Five soldiers were martyred when terrorists attacked a post in Kurram.") is None


def test_who_attacked_before_the_two_sides_fired_at_each_other_is_named() -> None:
    found = read_attribution(
        "A mounted patrol was suddenly attacked by border guards of Tajikistan, and the two sides then fired at "
        "each other."
    )
    assert found is not None
    assert (found.status, found.perpetrator) == ("alleged", "border guards of Tajikistan")
    assert read_attribution("Taliban and Pakistani forces fired at each other for two hours.") is None


# --- where ----------------------------------------------------------------------------------


def test_near_a_country_is_beside_it_not_in_it() -> None:
    values = _one(
        "Five border guards were killed late on Saturday in the Maze-Sar area of the Saravan border region, near "
        "Pakistan."
    )
    assert values.get("country") != "PK"
    assert values["place"] == "Maze-Sar area"


def test_inside_a_sides_territory_puts_the_scene_there() -> None:
    values = _one(
        "Armed men attacked a checkpost at Koh-e-Sor inside Iranian territory on Sunday and killed three officials."
    )
    assert values["country"] == "IR"


def test_a_named_area_that_shelling_struck_is_the_scene() -> None:
    values = _one("The shelling began at about 7 pm on Thursday and struck the Spin Boldak area, killing nine.")
    assert values["place"] == "Spin Boldak area"
    # what a strike hit is the scene only when it is a named area, village or post
    values = _one("Pakistani forces struck Waziristan refugees on Thursday, killing nine.")
    assert values.get("place") != "Waziristan"


def test_a_place_in_an_officials_title_is_the_speakers() -> None:
    values = _one(
        "One person was killed on Sunday in clashes between Taliban troops and Iranian border guards. The governor "
        "of Iran's border region of Hirmand, Maysam Barazandeh, told Fars that the fighting had stopped and no one "
        "had been hurt."
    )
    assert "place" not in values


# --- tolls and what was hit ----------------------------------------------------------------------


def test_men_of_a_named_unit_with_an_aside_are_counted() -> None:
    tolls = find_tolls(
        "Four men of the paramilitary Frontier Corps, an officer among them, were martyred and three more were "
        "injured on Sunday."
    )
    assert [(t.what, t.casualties.best) for t in tolls] == [("killed", 4), ("injured", 3)]


def test_shells_that_hit_houses_hit_civilians() -> None:
    values = _one("A mortar shell fired across the border hit a house in the village on Thursday, injuring four.")
    assert values["target_type"] == "civilians"
    values = _one("A mortar shell fired across the border landed in an open field on Thursday, injuring four.")
    assert values.get("target_type") != "civilians"


def test_a_blast_that_killed_outranks_hostages_named_beside_it() -> None:
    values = _one(
        "Four soldiers were martyred on Sunday when a roadside bomb went off near the border. They had been part of "
        "the search for the captors of a family kidnapped in 2012."
    )
    assert values["sub_event_type"] == "Remote explosive/landmine/IED"


# --- the round's batch ------------------------------------------------------------------------------


def _specs() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(REAL.glob("*.json"))]


def test_the_ninth_rounds_reports_are_there() -> None:
    """The split by slug and each page once are checked for every round in tests/test_extract_corpus.py."""
    specs = [s for s in _specs() if s.get("round") == 9]
    assert len(specs) >= 20


def test_the_ninth_round_is_scored_on_its_own() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from docgen import real_round

    result = real_round(9)
    assert result["texts"] == len([s for s in _specs() if s.get("round") == 9])


def test_whose_losses_and_where_the_attackers_fled_are_not_the_scenes_country() -> None:
    values = _one(
        "Pakistani and Afghan forces exchanged heavy fire on Thursday in the Tari Mingal area. The officials knew "
        "of no casualties on the Afghan side."
    )
    assert values.get("country") != "AF"
    values = _one(
        "Two guards were killed on Monday in Bogh. A combat helicopter fired on the intruders and drove them back "
        "into Afghanistan."
    )
    assert values.get("country") != "AF"


def test_a_side_told_with_the_post_it_stood_at_is_still_the_subject_that_fired() -> None:
    found = read_attribution(
        "An Afghan sentry at the Chaman border crossing in Balochistan opened fire on pedestrians, killing two."
    )
    assert found is not None
    assert (found.status, found.perpetrator) == ("alleged", "An Afghan sentry")
