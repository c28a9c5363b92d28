"""Round 59's dev misses (issue 14): crossers who fought the guards, their resistance, their arms and their homes.

Each sentence is written for this file (no real report's wording). The fill tests fail on main's code before this
change: armed men told crossing who then fought are the perpetrators, ``alleged``, by the text's label and with
the origin it gives; smugglers' armed resistance to guards is a clash; "fought back with their weapons" is
firearms; a village named as the dead men's home is not the scene. The guards pass on both: a crossing with no
fight, flight back across, the guards' fire alone, and a home told beside the real scene change nothing.
docs/extract-journal.md, "Round 59's dev misses".
"""

from __future__ import annotations

import datetime as dt

from _extract_helpers import one_draft

PUBLISHED = dt.date(2025, 5, 12)


def _draft(text: str) -> dict[str, object]:
    return one_draft(text, PUBLISHED)


def test_crossers_who_resisted_are_alleged_with_their_origin() -> None:
    values = _draft(
        "Border guards killed two suspected drug smugglers from Afghanistan who had crossed the river on Saturday "
        "night near the Kevron frontier post, the State Committee for National Security said. The smugglers ignored "
        "the order to halt and put up armed resistance, the committee said."
    )
    assert values["attribution"] == "alleged"
    assert values["perpetrator"] == "suspected drug smugglers from Afghanistan"
    assert values["origin_country"] == "AF"


def test_fought_back_with_their_weapons_is_firearms() -> None:
    values = _draft(
        'Two men whom officials call "Afghan smugglers" were killed by Tajikistan\'s border forces on Saturday. '
        "Officials said four armed smugglers crossed the Panj onto Tajik soil and fought back with their weapons "
        "when told to surrender."
    )
    assert values["weapons"] == ["firearms"]


def test_a_group_trying_to_infiltrate_is_blamed_without_an_origin() -> None:
    values = _draft(
        "Three border guards died on Sunday in fighting with an armed gang near Saravan. Officials said the gang "
        "attacked the post and tried to cross into the country."
    )
    assert values["attribution"] == "alleged"
    assert values["perpetrator"] == "armed gang"
    assert not values.get("origin_country")


# a clash already where the sentence is read alone (the rule moves the attack typed from other sentences)


def test_smugglers_armed_resistance_is_a_clash() -> None:
    values = _draft(
        "Two drug smugglers were killed on Saturday near the river, local media said. The smugglers died after "
        "putting up armed resistance against the border guards."
    )
    assert values["sub_event_type"] == "Armed clash"
    assert not values.get("target_type")


def test_the_dead_mens_home_is_not_the_scene() -> None:
    values = _draft(
        'Officials say they killed two "drug smugglers" in a clash on Saturday after they crossed from Afghanistan. '
        "The statement names both as residents of Dorak village in Yangi Qala district of Takhar province."
    )
    assert not values.get("place")


# guards: pass on both


def test_a_crossing_with_no_fight_blames_no_one() -> None:
    values = _draft(
        "Border guards shot dead two men who had crossed the river illegally on Saturday near the Kevron post, "
        "officials said."
    )
    assert values.get("attribution") != "alleged"


def test_flight_back_is_no_crossing() -> None:
    values = _draft(
        "Three smugglers were killed in a clash with border guards on Saturday near the river, and two others fled "
        "back to Afghanistan, officials said."
    )
    assert values.get("attribution") != "alleged"


def test_a_home_beside_the_scene_keeps_the_scene() -> None:
    values = _draft(
        "A resident of Kurshab village, aged 40, was walking towards the village of Jarkyshtak on Saturday when "
        "border guards fired at him and killed him."
    )
    assert values.get("place")
