"""Victims told by a civilian calling in the toll's own sentence (extract203): ``civilians``, as the codebook's
target types read "villagers", "passengers", "a driver", "a shepherd"; the nationality only when a people's word
stands before the calling. Nobody hit, the attackers' own dead, armed men and strikes from the air are left as they
were: wrong is worse than empty.

Every sentence here is written for this file; none is a report's. The tests of what the rule mends fail on main's
code before this branch; the guards pass on both. The dev counts are in docs/extract-journal.md (*… : rules
(extract203)*).
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


def _victims(text: str) -> tuple[Any, Any]:
    """The one draft's target type and victims' nationality for a house-written report of ``text``."""
    draft = one_draft(text, PUBLISHED, locate=None)
    return draft.get("target_type"), draft.get("victim_nationality")


# --- what the rule mends: the victims told by their calling ----------------------------------------------------------

#: Gunmen stop a bus and kill its passengers: the passengers told first, their dead counted "of them".
BUS = (
    "Gunmen stopped a bus on the coastal highway on Monday, ordered the passengers off and shot dead 11 of them, "
    "officials said."
)


def test_passengers_counted_of_them_are_civilians() -> None:
    assert _victims(BUS) == ("civilians", None)


def test_a_driver_of_a_truck_hurt_is_a_civilian() -> None:
    text = (
        "Shots were fired at a lorry near the border on Monday, the border service said. The driver of a cargo truck "
        "was hurt."
    )
    assert _victims(text)[0] == "civilians"


def test_herders_killed_by_unknown_attackers_are_civilians_with_their_nation() -> None:
    text = "Unknown attackers shot dead two Tajik herders near the border village of Chorkuh on Monday, police said."
    assert _victims(text) == ("civilians", "TJ")


def test_the_cli_drafts_foresters_killed_as_civilians(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(
        "Gunmen opened fire on a forest lodge near the border on Monday, killing two foresters, police said.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", str(report), "--published", PUBLISHED.isoformat(), "--json"])
    assert result.exit_code == 0, result.output
    drafts = [d["values"] for d in json.loads(result.stdout)]
    assert [d.get("target_type") for d in drafts] == ["civilians"]


# --- guards: what it leaves as it was -----------------------------------------------------------------------------


def test_guard_nobody_hit_tells_no_victims() -> None:
    text = (
        "A landmine went off in a pasture near the border on Monday, killing 40 sheep. No local residents were hurt, "
        "officials said."
    )
    assert _victims(text)[0] is None


def test_guard_armed_herders_are_no_civilians() -> None:
    text = "Border guards shot dead two armed herders who fired at a patrol near the border on Monday, officials said."
    assert _victims(text)[0] != "civilians"


def test_guard_a_calling_that_did_the_killing_tells_no_victims() -> None:
    text = "Two smugglers were killed by villagers near the border on Monday after a quarrel, police said."
    assert _victims(text)[0] != "civilians"


def test_guard_a_strike_from_the_air_keeps_no_target() -> None:
    text = "A drone strike near the border killed two woodcutters on Monday, officials said."
    assert _victims(text)[0] is None
