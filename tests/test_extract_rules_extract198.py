"""A clash blamed on another state's forces, one side's soldiers or police hit (extract198): no target type, as the
rulings' *Country and target* leave it empty for exchanges of fire between two states' forces; an attack by men who
are no state's force keeps its target, and so do border guards hit (the coders' practice for two border services).

Every sentence here is written for this file; none is a report's. The tests of what the rule mends fail on main's
code before this branch; the guards pass on both. The dev counts are in docs/extract-journal.md (*… : rules
(extract198)*).
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
AFTER_KABUL_FELL = dt.date(2023, 6, 6)  # a Tuesday, the Taliban holding Afghanistan


def _victims(text: str, published: dt.date = PUBLISHED) -> tuple[Any, Any, Any]:
    """The one draft's event type, target type and victims' nationality for a house-written report of ``text``."""
    draft = one_draft(text, published, locate=None)
    return draft.get("sub_event_type"), draft.get("target_type"), draft.get("victim_nationality")


def _target(text: str, published: dt.date = PUBLISHED) -> Any:
    """The one draft's target type alone."""
    return _victims(text, published)[1]


# --- what the rule mends: another state's forces blamed, soldiers or police hit ---------------------------------------


def test_soldiers_wounded_by_fire_from_the_other_states_forces_have_no_target() -> None:
    assert _victims(
        "Three Frontier Corps soldiers were wounded on Monday when Afghan forces opened fire on a border post in "
        "Pakistan's Kurram district, officials said."
    ) == ("Armed clash", None, None)


def test_police_hit_in_a_clash_with_a_neighbours_soldiers_have_no_target() -> None:
    assert _victims(
        "Two policemen were wounded on Monday in a clash with Iranian soldiers near the Islam Qala crossing in "
        "Afghanistan's Herat province, Afghan officials said. The Iranian soldiers opened fire first, they said."
    ) == ("Armed clash", None, None)


#: The Taliban and Iran's soldiers in a fight at the border, told by one side's media.
TALIBAN_CLASH = (
    "Two Iranian soldiers were killed on Monday in an exchange of fire with the Taliban near the border in Sistan and "
    "Baluchestan province, Iranian media said."
)


def test_the_taliban_as_afghanistans_forces_fight_another_states_soldiers() -> None:
    assert _target(TALIBAN_CLASH, AFTER_KABUL_FELL) is None


# --- guards: what it leaves as it was -----------------------------------------------------------------------------


def test_guard_militants_attacking_a_post_from_a_side_keep_the_soldiers_target() -> None:
    text = (
        "Militants from the Afghan side of the border attacked a border post in Pakistan's Bajaur district on Monday, "
        "wounding three soldiers, the military said."
    )
    assert _target(text) == "military"


def test_guard_border_guards_hit_by_the_other_states_guards_stay_border_guards() -> None:
    text = (
        "A Kyrgyz border guard was wounded on Monday when Tajik border guards opened fire on a Kyrgyz patrol near the "
        "village of Kok-Tash, the Kyrgyz border service said."
    )
    assert _target(text) == "border_guards"


def test_guard_the_taliban_before_they_held_kabul_are_no_state() -> None:
    assert _target(TALIBAN_CLASH) == "military"


def test_cli_the_clash_of_two_states_forces_reaches_the_json_draft_without_a_target(tmp_path: Path) -> None:
    article = tmp_path / "clash.txt"
    article.write_text(
        "Three Frontier Corps soldiers were wounded on Monday when Afghan forces opened fire on a border post in "
        "Kurram district, officials said.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", str(article), "--published", PUBLISHED.isoformat(), "--json"])
    assert result.exit_code == 0, result.output
    drafts = [d["values"] for d in json.loads(result.stdout)]
    assert [(d["perpetrator"], d.get("target_type")) for d in drafts] == [("Afghan forces", None)]


# --- the forces' own operation, told by their side (extract/own_losses.py) --------------------------------------------


def test_soldiers_killed_in_the_forces_own_operation_are_not_its_target() -> None:
    draft = one_draft(
        "Two soldiers were martyred and five terrorists were killed on Monday when the security forces carried out "
        "an intelligence-based operation in Pakistan's Tank district, the ISPR said.",
        PUBLISHED,
        locate=None,
    )
    assert (draft.get("attribution"), draft.get("target_type")) == ("confirmed", None)


def test_guard_another_states_guard_killed_by_confirmed_forces_stays_the_target() -> None:
    text = (
        "Tajik border guards shot dead an Uzbek border guard in Tajikistan's Sughd province on Monday, the Tajik "
        "border service confirmed. The Uzbek guards had crossed into Tajik territory, it said."
    )
    assert _target(text) == "border_guards"
