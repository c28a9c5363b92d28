"""Which incidents, and their tolls: rules from dev failures (issue 14, extract165).

Every sentence here is written for this file; none is a report's. Each rule has a test of what it reads (it fails on
main's code before this work) and a guard of what it leaves as it was.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import drafts_of
from incident_tracker.extract.casualties import find_tolls

PUBLISHED = dt.date(2024, 6, 14)  # a Friday


def _all(text: str) -> list[dict[str, Any]]:
    return drafts_of(text, PUBLISHED)


def _tolls(sentence: str) -> list[tuple[str, int | None]]:
    return [(t.what, t.casualties.best) for t in find_tolls(sentence)]


# --- "killed and wounded" told as one figure: no toll of either ---------------------------------------------------


def test_one_figure_of_the_dead_and_the_wounded_is_no_toll() -> None:
    assert _tolls("The ministry said scores of villagers had been killed and wounded in the raids.") == []
    assert _tolls("Jets struck hideouts in Tarsun, killing and wounding several fighters, officials said.") == []
    assert _tolls("The night's shelling left 30 dead and wounded in the two villages.") == []
    assert _tolls("A rocket attack last spring killed and wounded 14 herders.") == []


def test_the_lead_keeps_no_toll_of_both_together() -> None:
    text = (
        "Jets bombed three villages in Barwa district on Thursday, and the district governor said dozens of people "
        "had been killed and wounded, police said."
    )
    draft = _all(text)[0]
    assert draft.get("killed") is None and draft.get("injured") is None


def test_guard_two_tolls_told_in_one_clause_stay() -> None:
    assert _tolls("Gunmen stormed the post, killing two guards and wounding three.") == [("killed", 2), ("injured", 3)]
    assert _tolls("Two soldiers were killed and three wounded.") == [("killed", 2), ("injured", 3)]
    assert _tolls("Two soldiers were killed and one wounded.") == [("killed", 2), ("injured", 1)]
    assert _tolls("The shelling killed one and wounded seven.") == [("killed", 1), ("injured", 7)]


# --- one more hurt after a death, its auxiliary left out or its noun longer ----------------------------------------


def test_one_more_hurt_in_the_clause_of_a_death() -> None:
    assert _tolls("A villager was killed and a police officer wounded in the exchange.") == [
        ("killed", 1),
        ("injured", 1),
    ]
    assert _tolls("One herder was killed and another badly hurt when the mine went off.") == [
        ("killed", 1),
        ("injured", 1),
    ]
    assert _tolls("They said one guard had been killed and that another customs officer had been wounded.") == [
        ("killed", 1),
        ("injured", 1),
    ]


def test_guard_what_is_no_one_hurt() -> None:
    assert _tolls("Two soldiers were killed and a truck damaged.") == [("killed", 2)]
    assert _tolls("Two workers were kidnapped and a third was wounded.") == []  # (.one_more_hit reads the third)


# --- one wound, told with its article ------------------------------------------------------------------------------


def test_one_wound_told_with_its_article_is_one_hurt() -> None:
    assert _tolls("Shots were fired at the post and a border guard suffered a bullet wound.") == [("injured", 1)]
    assert _tolls("A shepherd sustained a shrapnel wound to the leg.") == [("injured", 1)]


def test_guard_a_wound_not_told_of_a_person() -> None:
    assert _tolls("The town's trade suffered a severe injury from the closure.") == []
    assert _tolls("Two guards suffered gunshot wounds.") == [("injured", 2)]


# --- "X also attacked … in <another place>": the same side's other attack ------------------------------------------

_CHECKPOST = (
    "Armed men attacked a police checkpost in Barwa village on Thursday night, killing two policemen and wounding "
    "five, officials said.\n\n"
    "The attackers fled towards the hills after an hour-long gunfight, the officials added.\n\n"
)


def test_also_attacked_in_another_place_is_another_incident() -> None:
    text = _CHECKPOST + "Gunmen also attacked a small shrine overnight in Tarsun and killed three of its keepers."
    drafts = _all(text)
    assert len(drafts) == 2
    post, shrine = sorted(drafts, key=lambda d: "Tarsun" in str(d.get("place")))
    assert post["killed"] == 2 and post["injured"] == 5
    assert "Barwa" in str(post.get("place"))
    assert shrine["killed"] == 3 and shrine.get("injured") is None
    assert "Tarsun" in str(shrine.get("place"))
    assert shrine["event_date"] == post["event_date"] == "2024-06-13"


def test_also_taken_in_another_place_keeps_the_first_place() -> None:
    text = (
        "Fighters took a border outpost in Barwa district on Thursday and killed six soldiers, a spokesman said. "
        "He said the fighters had also taken two posts in the Tarsun area and blown them up."
    )
    drafts = _all(text)
    assert len(drafts) == 2
    assert any("Barwa" in str(d.get("place")) and d.get("killed") == 6 for d in drafts)


def test_also_taken_after_an_undated_lead_leaves_the_lead_its_place() -> None:
    text = (
        "Fighters killed 12 soldiers in clashes on the border, a spokesman said. He said the fighting took place in "
        "Barwa district, where the fighters took an army outpost. He said the fighters had also taken two posts in "
        "the Tarsun area and entered a third."
    )
    drafts = _all(text)
    # set apart, and (extract178) drafted with no toll of its own: the coders record every such act as an incident
    assert len(drafts) == 2
    assert "Barwa" in str(drafts[0].get("place")) and drafts[0]["killed"] == 12
    assert "Tarsun" in str(drafts[1].get("place")) and "killed" not in drafts[1]


def test_guard_also_in_a_place_already_named_is_the_same_fight() -> None:
    text = _CHECKPOST + "The gunmen also attacked a police van at Barwa village before they fled."
    assert len(_all(text)) == 1


def test_guard_also_with_no_place_is_the_same_fight() -> None:
    text = _CHECKPOST + "The gunmen also seized two rifles and a radio from the checkpost."
    assert len(_all(text)) == 1


# --- a dateline with its day in figures ---------------------------------------------------------------------------


def test_a_dateline_in_figures_is_no_event_day() -> None:
    text = (
        "Kabar.Tj, 14.06.2024 - Border guards traded fire with armed herders on the Kyrgyz border on Wednesday, "
        "the border service said. Nobody was hurt in the exchange of fire."
    )
    draft = _all(text)[0]
    assert draft["event_date"] == "2024-06-12"


def test_a_dateline_in_figures_with_its_agency() -> None:
    text = (
        "DUSHANBE, 14.06.2024 (Tarsun Press) - Border guards fired warning shots at a crowd that threw stones at a "
        "post yesterday, the press centre said."
    )
    draft = _all(text)[0]
    assert draft["event_date"] == "2024-06-13"


def test_guard_figures_that_make_no_day_are_no_dateline() -> None:
    from incident_tracker.extract.roles import find_dateline

    assert find_dateline("Kabar.Tj, 34.06.2024 - Border guards traded fire.", PUBLISHED) is None
