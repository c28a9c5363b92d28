"""Fire that answered an attack at its launch site: an incident of its own (issue 14, *Answering fire across the
border: rules*).

Every sentence here is written for this file; none is a report's. The first tests fail on main's code (one draft);
the guards pass on both: an exchange of fire at one post, an answer "in kind" or "with" a weapon but at no launch
site, and one told as background stay one incident.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import drafts_of

PUBLISHED = dt.date(2024, 6, 11)  # a Tuesday


def _drafts(text: str) -> list[dict[str, Any]]:
    return drafts_of(text, PUBLISHED)


def test_artillery_on_the_launch_site_across_the_line_is_its_own_incident() -> None:
    text = (
        "Militants fired six rockets at a coalition base in Paktia on Monday night, officials said. "
        "NATO said its gunners had answered with artillery fire on the launch site, about 400 meters inside Pakistan."
    )
    attack, answer = _drafts(text)
    assert attack["weapons"] == ["rocket"]
    assert answer["event_date"] == attack["event_date"] == "2024-06-10"
    assert answer["country"] == "PK"
    assert answer["place"].startswith("the launch site")
    assert answer["weapons"] == ["artillery"]
    assert answer["sub_event_type"] == "Shelling/artillery/missile attack"
    assert (answer["perpetrator"], answer["attribution"]) == ("NATO", "confirmed")
    assert answer.get("killed") is None and answer.get("injured") is None


def test_an_air_strike_on_the_place_the_rockets_came_from_is_its_own_incident() -> None:
    text = (
        "Eight rockets struck an army camp in Khost on Monday, the police said. "
        "The coalition answered with an air strike on the place the rockets had been launched from."
    )
    drafts = _drafts(text)
    assert len(drafts) == 2
    answer = drafts[1]
    assert answer["weapons"] == ["airstrike"]
    assert answer["sub_event_type"] == "Air/drone strike"
    assert answer.get("country") is None  # no country told for its target: empty, not guessed
    assert answer.get("perpetrator") is None  # "The coalition": no named force, no actor


def test_a_launch_site_told_before_the_weapon() -> None:
    text = (
        "Rockets hit two border posts in Kunar on Monday, officials said. "
        "ISAF answered the barrage, launched from a hillside inside Pakistan, with artillery and an airstrike."
    )
    drafts = _drafts(text)
    assert len(drafts) == 2
    answer = drafts[1]
    assert (answer["country"], answer["perpetrator"]) == ("PK", "ISAF")
    assert answer["weapons"] == ["artillery", "airstrike"]
    assert answer["sub_event_type"] == "Shelling/artillery/missile attack"


def test_guard_an_exchange_of_fire_at_one_post_stays_one() -> None:
    text = (
        "Gunmen from across the border opened fire on a checkpost in Kurram on Monday, killing a soldier. "
        "The troops answered with mortars and machine guns, and the exchange went on for two hours."
    )
    assert len(_drafts(text)) == 1


def test_guard_responded_with_inside_one_clash_stays_one() -> None:
    text = (
        "Border guards of the two states clashed near a village on Monday, officials said. "
        "The guards responded with rockets on the positions the fire had come from, and two men were wounded."
    )
    assert len(_drafts(text)) == 1


def test_guard_an_answer_in_kind_stays_one() -> None:
    text = (
        "Afghan forces shelled Pakistani posts in Chitral on Monday, the military said. "
        "Pakistani troops answered in kind, targeting the posts across the border from where the fire came."
    )
    assert len(_drafts(text)) == 1


def test_guard_a_background_answer_starts_nothing() -> None:
    text = (
        "Gunmen killed two guards at a post near Saravan on Monday, officials said. "
        "In January, Iran fired missiles at two camps in Pakistan, and Islamabad answered with missiles on the "
        "launch site of the strikes, inside Iran."
    )
    assert len(_drafts(text)) == 1
