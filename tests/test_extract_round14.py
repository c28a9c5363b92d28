"""The fourteenth round's readings of tolls, victims and attribution (docs/extract-journal.md, *The fourteenth round*),
each in sentences of our own.

Each test writes one phrasing of the kind the round's dev reports showed and checks the reading the round
added, and a near phrasing it must leave alone; the last ones check that the round's batch of real reports
is there, split by event with the eighth round's rule, and scored on its own with ``--round 14``.
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


def _tolls(sentence: str) -> list[tuple[str, int | None, str | None, str | None]]:
    return [(t.what, t.casualties.best, t.nationality, t.target_type) for t in find_tolls(sentence)]


# --- the wounded who died ---------------------------------------------------------------------------------


def test_a_victim_hit_who_later_died_is_one_dead_not_one_wounded() -> None:
    assert _tolls(
        "The army said a Frontier Corps (FC) soldier, Gul Zaman, was hit in the crossfire and later died of his wounds."
    ) == [("killed", 1, None, "military")]
    assert _tolls("The four men were hit by gunfire and taken to the district hospital, where they died.") == [
        ("killed", 4, None, None)
    ]
    assert _tolls("Guards fired, and both Tajik shepherds were hit and died.") == [("killed", 2, "TJ", "civilians")]


def test_only_some_of_the_wounded_dying_is_not_read_as_all_of_them() -> None:
    # "one of them … died": the wounded stay wounded; the one who died is not counted as all of them
    assert _tolls("Three people were wounded, and one of them, Karim, died in hospital.") == [
        ("injured", 3, None, None)
    ]
    # another victim dying is another count
    assert _tolls("Two soldiers were wounded and two civilians died.") == [
        ("injured", 2, None, "military"),
        ("killed", 2, None, "civilians"),
    ]


# --- who the victims were ---------------------------------------------------------------------------------


def test_victims_told_after_the_noun_give_the_count_and_the_nationality() -> None:
    assert _tolls("Three citizens of Tajikistan died after border guards opened fire.") == [
        ("killed", 3, "TJ", "civilians")
    ]
    assert _tolls("Two members of the Pakistani forces were killed in the exchange.") == [("killed", 2, "PK", None)]
    # a unit that is not a country gives no nationality
    assert _tolls("Two soldiers of the Frontier Corps were martyred.") == [("killed", 2, None, "military")]


def test_one_person_and_a_group_add_up_and_the_group_names_the_force() -> None:
    assert _tolls("An officer and four soldiers of the Afghan army were killed when the bomb went off.") == [
        ("killed", 5, None, "military")
    ]
    assert _tolls("A captain and a sepoy were martyred on Friday.") == [("killed", 2, None, "military")]
    # two kinds of victim: no one target
    assert _tolls("An Afghan border guard and a villager were also killed.") == [("killed", 2, "AF", None)]
    # a rank alone is never a count
    assert _tolls("A major attack was repulsed, and two soldiers were killed.") == [("killed", 2, None, "military")]


def test_a_nationality_said_as_a_noun_gives_the_nationality_and_no_target() -> None:
    assert _tolls("Iranian guards shot dead at least five Pakistanis near the border.") == [("killed", 5, "PK", None)]
    assert _tolls("Seven Afghans were killed.") == [("killed", 7, "AF", None)]


# --- who did it -------------------------------------------------------------------------------------------


def test_used_weapons_against_is_the_shooting_and_names_who_shot() -> None:
    values = _one(
        "Uzbek border guards used their weapons against two citizens of Kyrgyzstan on Thursday, the Kyrgyz border "
        "service said. Both men were hit and died."
    )
    assert values["event_date"] == "2025-11-27"
    assert values["attribution"] == "alleged"
    assert values["perpetrator"] == "Military Forces of Uzbekistan"
    assert values["killed"] == 2
    # the phrase alone, with no violence word, still makes an incident
    assert _one("Tajik border guards used weapons against a Kyrgyz shepherd on Sunday.")["event_date"] == "2025-11-30"


def test_unnamed_attackers_told_by_where_they_came_from_are_alleged_with_that_origin() -> None:
    crossed = read_attribution("One guard was killed after armed men crossed into Tajikistan from Afghanistan.")
    assert crossed is not None and (crossed.status, crossed.perpetrator, crossed.origin_country) == (
        "alleged",
        None,
        "AF",
    )
    territory = read_attribution("Unknown persons on the territory of Kyrgyzstan fired a shot at a Tajik guard.")
    assert territory is not None and (territory.status, territory.origin_country) == ("alleged", "KG")
    adjective = read_attribution("Unknown people fired from Afghan territory and wounded a border guard.")
    assert adjective is not None and (adjective.status, adjective.origin_country) == ("alleged", "AF")
    # unknown attackers with no origin stay unattributed, as before
    unknown = read_attribution("Unknown gunmen opened fire on the patrol.")
    assert unknown is not None and unknown.status == "unattributed"


# --- the round's batch ------------------------------------------------------------------------------------


def _specs() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(REAL.glob("*.json"))]


def test_the_fourteenth_rounds_reports_are_there() -> None:
    """The split by slug and each page once are checked for every round in tests/test_extract_corpus.py."""
    specs = [s for s in _specs() if s.get("round") == 14]
    assert len(specs) == 24


def test_the_fourteenth_round_is_scored_on_its_own() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from docgen import real_round

    result = real_round(14)
    assert result["texts"] == 24
