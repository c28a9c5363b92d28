"""Tolls told per side (extract208): the wounded of both sides of a fight, told in two counts, add up; and the other
state's own dead, told later by their nation where the first count's sentence names that nation's force as the one
that fired, add to the dead of the side it fired on, with the wounded of the same later sentence. The same dead told
again, a count of "people" that may hold every side, a vague count and another time's dead are left as they were:
wrong is worse than empty.

Every sentence here is written for this file; none is a report's. The tests of what the rules mend fail on main's
code before this branch; the guards pass on both. The dev counts are in docs/extract-journal.md (*… : rules
(extract208)*).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from _extract_helpers import one_draft
from incident_tracker.cli import app

PUBLISHED = dt.date(2019, 3, 12)  # a Tuesday


def _toll(text: str) -> tuple[Any, Any]:
    """The one draft's killed and injured best figures for a house-written report of ``text``."""
    draft = one_draft(text, PUBLISHED, locate=None)
    return draft.get("killed"), draft.get("injured")


# --- what the rules mend ----------------------------------------------------------------------------------------------

#: A post attacked: the soldiers' dead and wounded first, the attackers' told later with "several" wounded.
POST = (
    "Three soldiers were killed and five more wounded on Monday when militants attacked a border post in the "
    "Zarang valley, officials said. Seven militants were also killed and several wounded when the troops fired back."
)


def test_the_attackers_wounded_told_later_add_to_the_soldiers_wounded() -> None:
    assert _toll(POST) == (10, 8)


def test_the_side_hit_told_after_the_attackers_wounded_adds_to_them() -> None:
    text = (
        "Border guards killed two smugglers and wounded four others in a gunfight near the river on Monday, the "
        "border service said. One guard was lightly wounded in the exchange, it added."
    )
    assert _toll(text) == (2, 5)


#: Fire from one state's forces told by the other's army, then that state's own losses told by its own official.
ACROSS = (
    "Four villagers were killed and nine others wounded on Monday by fire from Afghan forces across the border, "
    "the army said. An Afghan provincial spokesman said two Afghan soldiers had been killed and six other "
    "people wounded in the exchange."
)


def test_the_other_states_dead_and_wounded_told_later_add_up() -> None:
    assert _toll(ACROSS) == (6, 15)


def test_the_cli_adds_the_other_states_dead(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(
        "At least three soldiers were killed on Monday when they came under fire from the Iranian side of the "
        "border, officials said.\n\nAt least two Iranian border guards were killed in the clash, Iranian media "
        "said.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", str(report), "--published", PUBLISHED.isoformat(), "--json"])
    assert result.exit_code == 0, result.output
    drafts = [d["values"] for d in json.loads(result.stdout)]
    assert [(d.get("killed"), d.get("killed_low")) for d in drafts] == [(5, 5)]
    assert not [key for key in drafts[0] if key in ("_other_side_told", "_injured_side")]  # the rules' marks not kept


# --- guards: what they leave as they were --------------------------------------------------------------------------


def test_guard_the_same_sides_wounded_told_again_add_nothing() -> None:
    text = (
        "Two soldiers were killed and four wounded on Monday when militants attacked a border post, officials said. "
        "The army said two soldiers had been killed and four hurt in the attack."
    )
    assert _toll(text) == (2, 4)


def test_guard_people_wounded_may_be_of_every_side() -> None:
    text = (
        "Eleven people were wounded on Monday in a gunfight between guards and smugglers near the river, officials "
        "said. Three smugglers were also wounded, the border service said."
    )
    assert _toll(text)[1] == 11


def test_guard_the_same_nations_dead_told_by_another_source_are_no_other_side() -> None:
    text = (
        "Four Afghan soldiers were killed on Monday by fire from Pakistani forces across the border, the Afghan "
        "defence ministry said. Local officials said five Afghan soldiers had been killed."
    )
    assert _toll(text)[0] != 9


def test_guard_a_nation_fired_on_not_from_is_no_other_side() -> None:
    text = (
        "Two soldiers were killed on Monday near the Pak-Afghan border when militants fired on their post, officials "
        "said. Three Afghan soldiers were killed in a separate clash in Khost last month."
    )
    assert _toll(text)[0] == 2


def test_guard_a_vague_count_of_the_other_side_adds_nothing() -> None:
    text = (
        "Three civilians were killed on Monday by shelling from Afghan forces, the army said. Several Afghan soldiers "
        "were killed when the troops answered, officials said."
    )
    assert _toll(text)[0] == 3


def test_guard_a_groups_own_competing_count_adds_no_wounded() -> None:
    text = (
        "The fighting ended on Monday with 12 militants killed, the district chief said. One policeman was also "
        "killed and three were wounded, he added. A spokesman for the militants said four of their fighters were "
        "killed and nine wounded."
    )
    assert _toll(text)[1] == 3


def test_guard_a_nations_forces_hit_beside_the_others_did_not_fire() -> None:
    text = (
        "Militants attacked two outposts near the border on Monday, killing five US soldiers and as many as four "
        "members of the Afghan forces, officials said. Three Afghan soldiers were killed, a police chief said."
    )
    assert _toll(text)[0] != 8
