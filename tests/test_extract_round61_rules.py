"""Round 61's dev misses (issue 14): crossers shot by a neighbour's guards, and which side of the line it was.

Each sentence is written for this file (no real report's wording). The fill tests fail on main's code before this
change: the country is where the report puts the victims when hit ("after they had crossed onto Iranian soil",
"it happened on the territory of Uzbekistan"), not the speakers' province; a report that tells only a try at
crossing into the shooters' state, and names no place, gives no country. The guards pass on both: a try into the
shooters' state with their side told elsewhere keeps it, and a clash placed in a province keeps its country.
docs/extract-journal.md, "Round 61's dev misses".
"""

from __future__ import annotations

import datetime as dt

from _extract_helpers import one_draft

PUBLISHED = dt.date(2026, 3, 10)


def _draft(text: str) -> dict[str, object]:
    return one_draft(text, PUBLISHED)


def test_victims_put_on_the_shooters_soil_give_the_country() -> None:
    values = _draft(
        "Iranian border guards shot dead six Afghan labourers, officials said on Tuesday. The six were killed on "
        "Monday night after they had crossed onto Iranian soil near a desert track, the police chief of Afghanistan's "
        "Herat province told reporters."
    )
    assert values["country"] == "IR"


def test_it_happened_on_the_territory_of_a_state_gives_the_country() -> None:
    values = _draft(
        "Tajik border guards shot dead a herder from Kyrgyzstan on Sunday, 8 March, the Kyrgyz border service said. "
        '"It happened on the territory of Tajikistan, near the village of Kok-Jar of Batken region," it said.'
    )
    assert values["country"] == "TJ"


def test_crossers_only_trying_to_enter_the_shooters_state_give_no_country() -> None:
    values = _draft(
        "Three Afghans were shot dead by Iranian border guards on Sunday as they tried to cross into Iran, "
        "officials in the western province of Herat said on Monday."
    )
    assert values.get("country") is None


def test_crossers_trying_to_cross_the_border_give_no_country() -> None:
    values = _draft(
        "KABUL - Five Afghans were shot dead by Iranian forces on Sunday as they tried to cross the border, a source "
        "in Afghanistan's western province of Herat said on Monday."
    )
    assert values.get("country") is None


def test_guard_a_try_with_the_shooters_side_told_keeps_it() -> None:
    values = _draft(
        "Iranian guards shot dead four Afghans on Sunday, 8 March, as they tried to cross into Iran, in a remote "
        "part of eastern Iran, officials said."
    )
    assert values["country"] == "IR"


def test_guard_militants_killed_in_a_province_keep_its_country() -> None:
    values = _draft(
        "Troops killed three militants who tried to cross into Pakistan on Sunday, 8 March, in a gun battle in "
        "northwestern Pakistan, the military said."
    )
    assert values["country"] == "PK"


def test_a_nations_people_shot_trying_to_cross_are_civilians() -> None:
    values = _draft(
        "Iranian border guards shot dead seven Afghans who were trying to get into Iran on Saturday, 7 March, after "
        "they had crossed onto Iranian soil near a dry riverbed, officials said."
    )
    assert values["target_type"] == "civilians"
    assert values["victim_nationality"] == "AF"


def test_a_citizen_of_a_state_shot_gives_the_nationality() -> None:
    values = _draft(
        "Tajik border guards shot dead a citizen of Kyrgyzstan on Sunday, 8 March, near a village in northern "
        "Tajikistan, the Kyrgyz border service said."
    )
    assert values["victim_nationality"] == "KG"


def test_guard_couriers_shot_trying_to_cross_get_no_target_from_the_try() -> None:
    values = _draft(
        "Uzbek guards shot dead two Afghans on Sunday, 8 March, as they tried to cross into Uzbekistan with a load of "
        "heroin, officials said."
    )
    assert values.get("target_type") is None


def test_guard_a_nations_people_who_strayed_across_get_no_target() -> None:
    values = _draft(
        "Iranian border guards shot dead six Pakistanis on Saturday, 7 March, after the men strayed across the "
        "border into Iran, officials said."
    )
    assert values.get("target_type") is None


def test_a_record_of_shelling_before_does_not_set_the_shootings_type() -> None:
    values = _draft(
        "Three Afghans were killed when Iranian border guards opened fire on Saturday, 7 March, officials said. "
        "Gunfire and shelling along the frontier have killed many Afghans before."
    )
    assert values["sub_event_type"] == "Attack"
    assert values["weapons"] == ["firearms"]


def test_guard_shelling_of_the_day_still_sets_the_type() -> None:
    values = _draft(
        "Iranian forces shelled a border village on Saturday, 7 March, killing two Afghans, officials said, and "
        "artillery fire went on into the night."
    )
    assert values["sub_event_type"] == "Shelling/artillery/missile attack"


def test_a_statements_day_is_not_the_events_when_no_time_was_given() -> None:
    values = one_draft(
        "Iranian border guards shot dead five Afghans who were trying to cross into Iran, officials in Herat said. "
        "A statement the police posted on Monday quoted a spokesman as saying that one more man was wounded in the "
        "incident. The statement did not say when the shooting happened.",
        dt.date(2026, 3, 11),
    )
    assert values["date_precision"] == "week"
    assert values["event_date"] == "2026-03-05"
    assert values["event_date_end"] == "2026-03-11"


def test_guard_the_events_own_day_stays_beside_a_statement() -> None:
    values = one_draft(
        "Iranian border guards shot dead five Afghans on Monday, 9 March, officials in Herat said in a statement "
        "posted on Tuesday.",
        dt.date(2026, 3, 11),
    )
    assert values["event_date"] == "2026-03-09"
    assert values["date_precision"] == "day"


def test_a_port_gone_by_way_of_is_the_place() -> None:
    values = _draft(
        "Iranian border guards shot dead four Afghans on Saturday, 7 March, who were trying to get into Iran by way "
        "of the Kuhsan Dasht port, officials said."
    )
    assert values["place"] == "Kuhsan Dasht port"
