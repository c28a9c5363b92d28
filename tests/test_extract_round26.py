"""The twenty-sixth round's readings (docs/extract-journal.md, *The twenty-sixth round*), each in sentences of our own.

The round added no reports: it read what the held-back dev reports of round 25 (420-435) miss and fixed the
causes seen in at least two dev reports from different outlets, or that the codebook rules ("Toll: only from
sentences about this event; history is not a toll"). Each test writes one phrasing of that kind and checks the
reading, and a near phrasing it must leave alone.
"""

from __future__ import annotations

from _extract_helpers import one_draft as _one
from incident_tracker.extract.attribution import read_attribution

# --- tolls taken from other counts ----------------------------------------------------------------------------


def test_dead_livestock_are_no_toll() -> None:
    # Asia-Plus 420 "killed more than 70 sheep and goats", BBC Monitoring 421 "killed more than 70 head of livestock"
    draft = _one("A mine went off near the border village of Langar on Sunday and killed more than 40 sheep.")
    assert draft.get("killed") is None
    draft = _one("A mine exploded on the border on Sunday, killing some 30 head of livestock owned by villagers.")
    assert draft.get("killed") is None
    # people killed beside the animals still count
    draft = _one("A mine exploded on the border on Sunday, killing two shepherds and their sheep.")
    assert draft["killed"] == 2


def test_a_running_total_told_with_its_years_at_the_end_is_history() -> None:
    # Asia-Plus 420 "... have killed 68 people ... and wounded 83, ... since 2000" (the cut at "since 2000" left
    # the counts); News.tj 423 "counts 600 victims of landmine blasts from 1992 to 2016, more than 300 of them killed"
    text = (
        "A mine went off near the Afghan border on Sunday, wounding a shepherd. "
        "Mines on the border have killed 50 people and wounded 70 since 2001, the border service says."
    )
    draft = _one(text)
    assert draft.get("killed") is None and draft["injured"] == 1
    text = (
        "A mine went off near the Afghan border on Sunday, wounding a shepherd. "
        "The mine action centre counts 500 victims from 1992 to 2016, more than 200 of them killed."
    )
    draft = _one(text)
    assert draft.get("killed") is None and draft["injured"] == 1
    # an earlier day cut away is no running total: the day's toll stays
    draft = _one("Two guards were killed on Sunday near the post that was attacked on 3 March 2024.")
    assert draft["killed"] == 2


def test_no_people_hurt_is_a_toll_of_none() -> None:
    # Asia-Plus 420 "No local residents were hurt this time", BBC Monitoring 421 "No people were reported hurt"
    draft = _one("A mine exploded on the Tajik-Uzbek border on Sunday. No local residents were hurt.")
    assert (draft["killed"], draft["injured"]) == (0, 0)
    draft = _one("A mine exploded on the Tajik-Uzbek border on Sunday. No people were reported hurt.")
    assert (draft["killed"], draft["injured"]) == (0, 0)
    # "no civilians were hurt" says nothing of the others hit
    draft = _one("Militants attacked a border post on Sunday. No civilians were hurt.")
    assert draft.get("injured") is None


# --- the actor of the story's next step -----------------------------------------------------------------------


def test_a_side_that_then_opened_fire_is_the_actor() -> None:
    # Tajik foreign ministry 430 "The Kyrgyz border guards then suddenly opened fire", Afghanistan International 43
    # "Iranian border guards then opened fire"
    found = read_attribution("The Uzbek border guards then suddenly opened fire on the herders.")
    assert found is not None and found.perpetrator == "Uzbek border guards"
    found = read_attribution("Iranian border guards then opened fire on the migrants.")
    assert found is not None and found.perpetrator == "Iranian border guards"
    # "then" does not make the victims the actor
    assert read_attribution("The herders then fled across the border.") is None
