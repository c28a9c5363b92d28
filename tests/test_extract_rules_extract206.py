"""What dev's blamed groups the reader did not tie to the act missed (extract206): a named armed group told as the
doer in the incident's own sentence by a verb the side readings lack ("the Taliban captured the crossing", "TTP
militants raided a post", "ran into Taliban fighters, who opened fire"), read as the codebook's ``alleged`` to the
group (the tenth rulings' *The outlet's own voice, for every actor*; extract/group_did.py).

Every sentence here is written for this file; none is a report's. The tests of what the rule mends fail on main's
code before this branch; the guards pass on both. The dev counts are in docs/extract-journal.md (*… : rules
(extract206)*).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from _extract_helpers import one_draft
from incident_tracker.cli import app

PUBLISHED = dt.date(2024, 5, 10)  # a Friday
TALIBAN = "Taliban"


def _draft(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED, locate=None)


# --- what the rule reads: the group as the doer --------------------------------------------------------------------


def test_ground_taken_after_fighting_in_a_quote_is_the_groups_act() -> None:
    draft = _draft(
        '"Sadly, this morning, after two hours of fighting, the Taliban captured the Sher Khan crossing and every '
        'border post along the river," said a member of the provincial council.'
    )
    assert draft["attribution"] == "alleged"
    assert draft["perpetrator"] == TALIBAN


def test_a_group_told_in_a_relative_clause_after_the_men_the_patrol_met() -> None:
    draft = _draft(
        "Two soldiers died on Sunday in a firefight near a border post in Paktika province, the army said. The "
        "patrol ran into Taliban fighters, who opened fire on it."
    )
    assert draft["attribution"] == "alleged"
    assert draft["perpetrator"] == TALIBAN


def test_the_groups_men_ambushing_a_patrol() -> None:
    draft = _draft("Taliban fighters ambushed a border patrol in Kurram district on Friday, officials said.")
    assert draft["attribution"] == "alleged"
    assert draft["perpetrator"] == TALIBAN


def test_the_groups_men_raiding_a_post_with_a_toll() -> None:
    draft = _draft(
        "TTP militants raided a border post in Kurram district on Friday, killing two soldiers, officials said."
    )
    assert draft["attribution"] == "alleged"
    assert draft["perpetrator"] == "Tehrik-i-Taliban Pakistan"


def test_the_groups_own_fighters_by_its_possessive() -> None:
    draft = _draft(
        "The TTP's fighters raided a border post in Kurram district on Friday, killing two soldiers, officials said."
    )
    assert draft["attribution"] == "alleged"
    assert draft["perpetrator"] == "Tehrik-i-Taliban Pakistan"


def test_militants_of_the_group_in_a_relative_clause_stay_read() -> None:  # control: main reads it already
    draft = _draft(
        "Two guards were killed on Friday in Batken region in fighting with militants of the Islamic Movement of "
        "Uzbekistan, who ambushed their patrol, officials said."
    )
    assert draft["attribution"] == "alleged"
    assert "Islamic Movement of Uzbekistan" in draft["perpetrator"]


def test_cli_writes_the_group_as_the_doer(tmp_path: Path) -> None:
    article = tmp_path / "report.txt"
    article.write_text(
        "Taliban fighters ambushed a border patrol in Kurram district on Friday, officials said.", encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["extract", str(article), "--published", PUBLISHED.isoformat(), "--json"])
    assert result.exit_code == 0, result.output
    drafts = [d["values"] for d in json.loads(result.stdout)]
    assert [(d.get("attribution"), d.get("perpetrator")) for d in drafts] == [("alleged", TALIBAN)]


# --- guards: no doer read where the group is not told as the doer --------------------------------------------------


def test_the_group_as_what_was_raided_is_no_doer() -> None:
    draft = _draft(
        "Security forces raided a TTP hideout in Kurram district on Friday, killing two militants, officials said."
    )
    assert draft.get("perpetrator") != "Tehrik-i-Taliban Pakistan"


def test_the_outlets_hedge_on_the_group_reads_no_allegation() -> None:
    draft = _draft("Suspected Taliban fighters ambushed a border patrol in Kurram district on Friday, officials said.")
    assert draft.get("attribution") != "alleged"
    assert draft.get("perpetrator") is None


def test_a_denial_in_the_sentence_reads_no_allegation() -> None:
    draft = _draft(
        "A border patrol came under fire in Kurram district on Friday, and officials denied that Taliban fighters "
        "had ambushed it."
    )
    assert draft.get("perpetrator") is None


def test_ground_taken_in_a_clause_of_time_is_the_background() -> None:
    draft = _draft(
        "Gunmen attacked a border post in Kurram district on Friday, killing two soldiers, in the worst attack there "
        "since the Taliban captured Kabul."
    )
    assert draft.get("perpetrator") != TALIBAN


def test_the_groups_word_on_the_other_sides_deed_gives_the_group_nothing() -> None:
    draft = _draft(
        "Two Taliban fighters were killed on Friday near Sher Khan Bandar, and the Taliban said border guards had "
        "ambushed their men."
    )
    assert draft.get("perpetrator") != TALIBAN


def test_two_sides_attacking_each_other_give_neither() -> None:
    draft = _draft(
        "Border guards and Taliban fighters attacked each other near Sher Khan Bandar on Friday, a resident said."
    )
    assert draft.get("perpetrator") != TALIBAN
