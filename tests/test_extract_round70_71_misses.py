"""Rounds 70 and 71's dev misses, by mechanism (issue 14, *Rounds 70 and 71's dev misses: rules*).

Every sentence here is written for this file; none is a report's. Each mechanism has tests of what it reads (they fail
on main's code before this work) and guards of what it leaves as it was, which pass on main's code too.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from _extract_helpers import drafts_of
from incident_tracker.extract.casualties import find_tolls

PUBLISHED = dt.date(2024, 6, 11)  # a Tuesday


def _one(text: str, **kwargs: Any) -> dict[str, Any]:
    drafts = drafts_of(text, PUBLISHED, **kwargs)
    assert len(drafts) == 1, drafts
    return drafts[0]


def _counts(sentence: str) -> list[tuple[str, int | None]]:
    return [(toll.what, toll.casualties.best) for toll in find_tolls(sentence)]


# --- one figure of the dead and the wounded together: no toll of either -------------------------------------------


def test_a_figure_of_killed_or_wounded_is_no_toll() -> None:
    assert _counts("Local officials said at least 25 soldiers had been killed or wounded in the shelling.") == []
    assert _counts("The raiders killed or wounded some 40 guards before they fled.") == []
    text = (
        "Two armies fired at each other across the river on Monday, local officials said. "
        "They said at least 25 soldiers of the other side had been killed or wounded, without saying how many of each."
    )
    assert _one(text).get("killed") is None


def test_guard_separate_figures_of_dead_and_wounded_stay() -> None:
    assert _counts("Five soldiers were killed and seven wounded in the shelling.") == [("killed", 5), ("injured", 7)]
    text = "Militants attacked a checkpoint on Monday. No one was killed or wounded, the police said."
    draft = _one(text)
    assert (draft.get("killed"), draft.get("injured")) == (0, 0)


# --- none reported "at first": the toll was not yet known ---------------------------------------------------------


def test_none_reported_at_first_is_no_toll_of_none() -> None:
    text = (
        "Border troops of two states traded fire for an hour on Monday, officials said. "
        "No casualties were reported at first."
    )
    draft = _one(text)
    assert (draft.get("killed"), draft.get("injured")) == (None, None)
    text = "Border troops of two states traded fire for an hour on Monday. No casualties were initially reported."
    draft = _one(text)
    assert (draft.get("killed"), draft.get("injured")) == (None, None)


def test_guard_none_reported_stays_a_toll_of_none() -> None:
    text = "Border troops of two states traded fire for an hour on Monday, officials said. No casualties were reported."
    draft = _one(text)
    assert (draft.get("killed"), draft.get("injured")) == (0, 0)


# --- "suffered no casualties" of one nation's force: no toll of the incident -----------------------------------------


def test_one_nations_force_without_casualties_is_no_toll_of_none() -> None:
    text = (
        "Afghan and Pakistani troops fought over a border post on Monday, officials said. "
        "The fighting ended by noon, and the Afghan border police suffered no casualties, a spokesman said."
    )
    draft = _one(text)
    assert (draft.get("killed"), draft.get("injured")) == (None, None)


def test_guard_an_attack_that_caused_no_casualties_is_a_toll_of_none() -> None:
    text = "A rocket hit an empty field near a border post on Monday. The strike caused no casualties, officials said."
    draft = _one(text)
    assert (draft.get("killed"), draft.get("injured")) == (0, 0)


# --- the killings "carried out on Monday on Iranian territory": the scene's side -------------------------------------


def test_killings_carried_out_on_a_sides_territory_give_the_country() -> None:
    text = (
        "KABUL: The Foreign Ministry said on Tuesday it had protested to Tehran over the killing of a number of Afghan "
        "citizens by Iranian forces. The killings, carried out on Monday on Iranian territory close to Herat "
        "province, were the second this month, it said."
    )
    draft = _one(text)
    assert draft.get("country") == "IR"
    assert draft.get("victim_nationality") == "AF"


def test_guard_the_killing_of_citizens_at_home_gives_no_foreign_nationality(tmp_path: Path) -> None:
    from incident_tracker.extract import gazetteer_locator

    text = (
        "KABUL: The Foreign Ministry said on Tuesday it had protested to Tehran over the killing of two Afghan "
        "citizens by Iranian forces in Herat province of Afghanistan on Monday."
    )
    draft = _one(text, locate=gazetteer_locator(tmp_path / "none.db"))
    assert draft.get("country") == "AF"
    assert draft.get("victim_nationality") is None


def test_guard_a_mourners_word_of_killing_gives_no_nationality() -> None:
    text = "A blast killed two men in Herat on Monday. Residents condemned the killing of Afghan citizens in the city."
    assert _one(text).get("victim_nationality") is None


# --- a habit told beside the event: no clash of the event -------------------------------------------------------------


def test_a_clash_told_as_a_habit_does_not_make_a_battle() -> None:
    text = (
        "KABUL: The Foreign Ministry said on Tuesday it had protested to Tehran over the killing of a number of Afghan "
        "citizens by Iranian forces on Iranian soil on Monday. The area is mostly quiet, though smugglers now and "
        "then clash with the border forces."
    )
    assert _one(text).get("sub_event_type") == "Attack"


def test_guard_a_clash_of_the_day_is_still_a_battle() -> None:
    text = (
        "Iranian and Afghan border forces clashed on Monday near Islam Qala, officials said. "
        "Two guards were wounded, the officials said."
    )
    assert _one(text).get("sub_event_type") == "Armed clash"


# --- one province's name in two words joined by "and" -------------------------------------------------------------


def test_a_province_named_with_and_is_read_whole(tmp_path: Path) -> None:
    from incident_tracker.extract import gazetteer_locator

    locate = gazetteer_locator(tmp_path / "none.db")
    text = (
        "An Iranian border guard was killed in a clash with armed smugglers in Sistan and Balouchestan, the "
        "country's south-eastern province, the police said on Monday."
    )
    assert _one(text, locate=locate).get("country") == "IR"


def test_guard_a_province_named_alone_keeps_its_country(tmp_path: Path) -> None:
    from incident_tracker.extract import gazetteer_locator

    locate = gazetteer_locator(tmp_path / "none.db")
    text = "Two Levies soldiers were killed in a clash with militants in Balochistan on Monday, officials said."
    assert _one(text, locate=locate).get("country") == "PK"


# --- the attackers' dead by a vague word, then by a figure -------------------------------------------------------


def test_several_of_the_hyphenated_attackers_are_counted_beside_the_guard() -> None:
    assert _counts("Several of the fuel-smugglers were killed in the fight.") == [("killed", 3)]
    text = (
        "A border guard was killed on Monday in a clash with drug smugglers, a commander said. "
        '"Several of the drug-smugglers were killed in the fight, and our officer was martyred," he said.'
    )
    assert _one(text).get("killed") == 4


def test_guard_a_figure_of_the_attackers_replaces_the_vague_word() -> None:
    text = (
        "Nine policemen were killed on Monday night when gunmen stormed a police station, officials said. "
        "Police killed several of the attackers in the exchange of fire, a governor said. "
        "Three gunmen were killed and one was arrested, a minister said."
    )
    assert _one(text).get("killed") == 12


def test_guard_the_attackers_figure_alone_is_added_as_before() -> None:
    text = (
        "Nine policemen were killed on Monday night when gunmen stormed a police station, officials said. "
        "Three gunmen were killed and one was arrested, a minister said."
    )
    assert _one(text).get("killed") == 12


# --- the weapons of the fire that answered an attack ---------------------------------------------------------------


def test_the_answers_artillery_is_not_the_rockets_weapon() -> None:
    text = (
        "Militants fired four rockets at a coalition base in Paktia on Monday night, officials said. "
        "The troops answered in self-defence with artillery fire on the launch site."
    )
    assert drafts_of(text, PUBLISHED)[0].get("weapons") == ["rocket"]  # the answer is its own draft: answer_across


def test_guard_an_answer_told_alone_keeps_its_weapon() -> None:
    text = "Border guards responded with mortar fire on Monday after gunmen attacked a post, officials said."
    assert "mortar" in _one(text).get("weapons", [])


def test_guard_stones_answered_by_a_crowd_stay() -> None:
    text = (
        "Guards opened fire on Monday at a crowd digging a canal, officials said. "
        "The villagers answered by pelting the guards with stones."
    )
    assert "melee" in _one(text).get("weapons", [])


# --- the shooters told with the country they fired from -------------------------------------------------------------


def test_shooters_inside_one_country_put_no_scene_there() -> None:
    text = (
        "Insurgents inside Pakistan fired rockets at a coalition base in eastern Afghanistan on Monday, killing two "
        "guards, officials said."
    )
    assert _one(text).get("country") == "AF"


def test_guard_rounds_that_landed_inside_a_country_put_the_scene_there() -> None:
    text = "Three mortar rounds fired from Afghanistan landed inside Pakistan on Monday, wounding two villagers."
    assert _one(text).get("country") == "PK"
