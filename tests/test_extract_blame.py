"""Blame the reader did not see (the forty-second round): statements of responsibility worded in ways the reader
left at the ``unattributed`` default.

Every sentence here is written for this file. Each rule has a test of what it fills and one of what it leaves as it
was; the dev figures are in docs/extract-journal.md (*Blame the reader did not see*).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from incident_tracker.cli import app
from incident_tracker.extract import extract_drafts, gazetteer_locator
from incident_tracker.extract.attribution import read_attribution
from incident_tracker.extract.draft import Draft
from incident_tracker.extract.lead_blame import blame_of_the_lead
from incident_tracker.extract.sentences import Sentence

PUBLISHED = dt.date(2024, 6, 12)


def _draft(text: str, **kwargs: Any) -> Draft:
    drafts = extract_drafts(text, PUBLISHED, **kwargs)
    assert len(drafts) == 1, [d.values for d in drafts]
    return drafts[0]


# --- a state's generic name for the party it fought: "a terrorist cell", "terrorist groups" ---------------------


def test_a_clash_with_a_terrorist_cell_with_no_origin_is_unattributed() -> None:
    # The words are still read as the state's label for the party it fought ...
    found = read_attribution("The guards said two soldiers died in a gunfight with a terrorist cell near the post.")
    assert found is not None and found.perpetrator == "terrorist cell"
    # ... but a generic label with no origin, group or sponsor is no one (the coding's line of 2026-12-04; this
    # test read the label as an allegation before the recoding of 518 and 520).
    draft = _draft(
        "Two soldiers died on Monday in a gunfight with a terrorist cell near a post on the Pakistani border, the "
        "guards said in a statement."
    )
    assert draft.values["attribution"] == "unattributed"
    assert draft.values.get("perpetrator") is None


def test_terrorist_groups_pushed_back_across_are_unattributed() -> None:
    found = read_attribution('The provincial governor said "terrorist groups" had attacked a border post.')
    assert found is not None and found.perpetrator == '"terrorist groups"'
    # driven back over the line after the attack is the attack's end, not where the attackers came from
    draft = _draft(
        'The provincial governor said on Monday that "terrorist groups" had attacked a border post near the '
        "Pakistani border, killing a guard, and had then been pushed back into Pakistan."
    )
    assert draft.values["attribution"] == "unattributed"
    assert draft.values.get("perpetrator") is None


def test_a_terrorist_cell_that_came_across_stays_alleged() -> None:  # guard
    draft = _draft(
        "Two soldiers died on Monday in a gunfight with a terrorist cell that had crossed from Pakistan near a "
        "border post, the guards said in a statement."
    )
    assert draft.values["attribution"] == "alleged"


def test_a_cell_that_is_no_armed_party_names_no_one() -> None:
    # a prison cell, a phone's cell: no "terrorist" before it, no allegation
    assert read_attribution("The guard was found dead in his cell near the border post on Monday.") is None
    assert read_attribution("Police said the gunmen had attacked a border post.") is None


# --- "alleges", and an origin told as slipping in from a country ------------------------------------------------


def test_alleges_that_they_slipped_in_from_a_country() -> None:
    found = read_attribution("Iran alleges that the raiders slipped in from Pakistan, which Pakistan denies.")
    assert found is not None and found.status == "alleged"
    assert found.attributed_by == "Iran"
    assert found.origin_country == "PK"
    assert found.perpetrator is None


def test_alleges_without_an_origin_or_a_side_gives_nothing() -> None:
    assert read_attribution("The mayor alleges that the market was closed for two days.") is None


# --- a group's claim told in the lead, the day told later --------------------------------------------------------


def test_a_claim_in_the_lead_reaches_the_dated_incident() -> None:
    draft = _draft(
        "The Jaish al-Adl group, which the authorities call a terrorist outfit funded from abroad, has said it was "
        "behind the abduction of four border guards. The guards were seized on Friday near the town of Saravan."
    )
    assert draft.values["attribution"] == "claimed"
    assert draft.values["perpetrator"] == "Jaish al-Adl"
    assert "attribution" not in draft.defaults


def test_a_generic_label_in_the_lead_is_not_carried() -> None:
    lead, dated = Draft(), Draft()
    told = Sentence("Two soldiers have been killed in attacks by armed militants, officials say.", 0, 0)
    lead.set("attribution", "alleged", told)
    lead.set("perpetrator", "armed militants", told)
    blame_of_the_lead([dated], lead)
    assert "attribution" not in dated.values and "perpetrator" not in dated.values
    lead.set("attribution", "claimed", told, replace=True)
    blame_of_the_lead([dated], lead)  # a claim is carried, with the lead's sentence as its evidence
    assert dated.values["attribution"] == "claimed" and dated.evidence["attribution"] == told.text


# --- the firing side's justified fire: orders ignored, warning shots, then the guards fired ----------------------


def test_orders_ignored_then_the_guards_fired_is_confirmed() -> None:
    draft = _draft(
        "A man was shot dead on Monday as he crossed the border near the village of Khavast. "
        "He ignored the guards' order to stop and a warning shot. The border guards fired at him as he ran."
    )
    assert draft.values["attribution"] == "confirmed"
    assert draft.values["perpetrator"] == "border guards"


def test_forced_the_patrol_to_open_fire() -> None:
    draft = _draft(
        "Two men were killed on Monday near the border in the Bostanlyk district. After warning shots into the air "
        "the men kept moving, which, the service says, forced the patrol to open fire."
    )
    assert draft.values["attribution"] == "confirmed"
    assert draft.values["perpetrator"] == "patrol"


def test_soldiers_who_fired_are_confirmed_but_not_named() -> None:
    draft = _draft(
        "A herder was killed on Monday at the border line near the village of Aygyr. "
        "He did not obey the order to stop. The soldiers then used their firearms, and he was hit and died."
    )
    assert draft.values["attribution"] == "confirmed"
    assert "perpetrator" not in draft.values  # "soldiers" names no service


def test_guards_firing_with_no_defiance_told_stay_unattributed() -> None:
    draft = _draft("A man was shot dead on Monday near the village of Khavast. The border guards fired at him.")
    assert draft.values.get("attribution") != "confirmed"  # empty since extract174 (.unowned_attack): no doer read


def test_a_denied_fire_is_left_alone() -> None:
    draft = _draft(
        "A man was shot dead on Monday near the village of Khavast. He ignored the order to stop. "
        "Officials denied that the border guards fired at him."
    )
    assert draft.values.get("attribution") != "confirmed"  # empty since extract174 (.unowned_attack)


# --- an attack "from the other side", with one neighbour named -----------------------------------------------------


def test_attack_from_the_other_side_takes_the_one_neighbour_as_origin(tmp_path: Path) -> None:
    draft = _draft(
        "Three Pakistani soldiers were killed on Monday in the Dir district near the Afghan border, where troops "
        "building a fence came under attack from the other side, the military said.",
        locate=gazetteer_locator(tmp_path / "none.db"),  # the incident's country, from its place
    )
    assert draft.values["attribution"] == "alleged"
    assert draft.values["origin_country"] == "AF"
    assert "perpetrator" not in draft.values
    assert "attribution" not in draft.defaults


def test_the_other_side_with_two_neighbours_named_stays_the_default(tmp_path: Path) -> None:
    draft = _draft(
        "A guard was killed on Monday in Chitral, where a post came under attack from the other side. "
        "The army has posts on the Afghan border and on the Chinese border.",
        locate=gazetteer_locator(tmp_path / "none.db"),
    )
    assert draft.values["attribution"] == "unattributed"
    assert "origin_country" not in draft.values


def test_the_other_side_of_the_river_is_no_origin() -> None:
    draft = _draft(
        "A villager was killed on Monday near the Afghan border when shots came from the other side of the river."
    )
    assert "origin_country" not in draft.values


# --- the accused side as the subject, its act after an inserted clause --------------------------------------------


def test_a_relative_clause_between_the_side_and_its_act() -> None:
    found = read_attribution(
        "The police said the clash began when Afghan forces, who wanted to build a post on the line, "
        "attacked the Pakistani troops."
    )
    assert found is not None and found.status == "alleged"
    assert found.perpetrator == "Afghan forces"


def test_civilians_provoked_then_attacking() -> None:
    found = read_attribution(
        "Kazakh citizens waiting at the crossing took offence at a guard's remark and attacked him."
    )
    assert found is not None and found.status == "alleged"
    assert found.perpetrator == "Kazakh citizens"


def test_civilians_waiting_who_did_not_attack_name_no_one() -> None:
    assert read_attribution("Kazakh citizens waiting at the crossing took offence at the delay and complained.") is None


# --- through the CLI ---------------------------------------------------------------------------------------------


def test_the_cli_shows_the_justified_fire_as_confirmed(tmp_path: Path) -> None:
    article = tmp_path / "report.txt"
    article.write_text(
        "A man was shot dead on Monday as he crossed the border near the village of Khavast. "
        "He ignored the guards' order to stop and a warning shot. The border guards fired at him as he ran.",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        app,
        ["extract", str(article), "--published", PUBLISHED.isoformat(), "--json"],
    )
    assert result.exit_code == 0, result.output
    drafts = json.loads(result.stdout)
    assert drafts[0]["values"]["attribution"] == "confirmed"
