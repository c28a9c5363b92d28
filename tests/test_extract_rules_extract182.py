"""Who acted and who said so, from dev's actor and attribution misses (extract182): a crowd named by its state told
beating in the passive or trying to seize a force's men, a village's crowd answering with stones, a group owning its
act in other words than "claimed responsibility", and the military's own intelligence-based operation that names no
forces.

Every phrase and sentence here is written for this file; none is a report's. Each shape has tests of what it mends
(each fails on main's code before this branch) and guards of what it leaves as it was; the dev counts are in
docs/extract-journal.md (*… : rules (extract182)*).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from _extract_helpers import one_draft
from incident_tracker.cli import app

PUBLISHED = dt.date(2020, 5, 14)  # a Thursday


def _draft(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED, locate=None)


# --- a crowd named by its state, or a village's crowd, told acting (extract/crowd_actor.py) --------------------------


def test_a_man_beaten_by_citizens_of_a_state_names_them() -> None:
    draft = _draft(
        "On Wednesday a herder from the Kyrgyz village of Ak-Sai was said to have been beaten by citizens of "
        "Tajikistan near the border and taken to hospital, the district police said."
    )
    assert draft["attribution"] == "alleged"
    assert draft["perpetrator"] == "citizens of Tajikistan"


def test_citizens_of_the_neighbouring_country_are_the_crowd_as_told() -> None:
    draft = _draft(
        "On Wednesday a farmer from a Kyrgyz border village was beaten by citizens of the neighbouring country "
        "and taken to hospital with head injuries, the border service said."
    )
    assert draft["attribution"] == "alleged"
    assert draft["perpetrator"] == "citizens of the neighbouring country"


def test_citizens_of_a_state_trying_to_seize_guards_are_the_mobs_actor() -> None:
    draft = _draft(
        "Citizens of Uzbekistan tried to seize two Kyrgyz border guards and take their rifles on Wednesday, "
        "according to the Kyrgyz border service."
    )
    assert draft["sub_event_type"] == "Mob violence"
    assert draft["attribution"] == "alleged"
    assert draft["perpetrator"] == "Citizens of Uzbekistan"


def test_a_villages_crowd_answering_with_stones_names_it() -> None:
    draft = _draft(
        "Residents of Khoja Alo asked the builders on Wednesday to stop putting up the fence on the disputed "
        "stretch, and the Dostuk residents answered by throwing stones at them, the border service said."
    )
    assert draft["attribution"] == "alleged"
    assert draft["perpetrator"] == "Dostuk residents"


def test_guard_beaten_by_a_villages_residents_names_no_side() -> None:
    draft = _draft(
        "Three young men from a Tajik village were beaten by 12 residents of Kok-Tash on Wednesday as they walked "
        "home from a football match, a border spokesman said."
    )
    assert not draft.get("perpetrator")


def test_guard_angry_residents_answering_with_stones_name_no_one() -> None:
    draft = _draft(
        "Angry residents answered by throwing stones at the border guards on Wednesday after the road was closed, "
        "the district police said."
    )
    assert not draft.get("perpetrator")


# --- a group owning its act in other words (extract/group_said_it.py, extract/who_took.py) --------------------------


def test_a_group_confirming_the_attack_was_its_own_claims_it() -> None:
    draft = _draft(
        "Taliban fighters tried to storm a police headquarters in Qala-i-Zal district on Wednesday night, and "
        "several policemen were killed or wounded. The Taliban later confirmed that the attack had been theirs."
    )
    assert draft["attribution"] == "claimed"
    assert draft["perpetrator"] == "Taliban"


def test_a_spokesperson_phoning_to_claim_responsibility_claims_for_the_group() -> None:
    draft = _draft(
        "At least 20 people were killed when militants attacked three checkposts in the Mohmand tribal region on "
        "Wednesday, officials said. Umar Khalid, spokesperson of the Tehreek-i-Taliban Pakistan (TTP) Mohmand "
        "chapter, phoned reporters to claim responsibility for the attacks."
    )
    assert draft["attribution"] == "claimed"
    assert draft["perpetrator"] == "Tehrik-i-Taliban Pakistan"


def test_the_group_by_its_noun_saying_it_seized_the_district_claims_the_capture() -> None:
    draft = _draft(
        "The district of Khwaja Ghar fell to the Taliban on Wednesday after heavy fighting with the police, a "
        "provincial council member said. In a statement, the militant group said it had seized the district "
        "along with two armoured vehicles."
    )
    assert draft["sub_event_type"] == "Non-state actor overtakes territory"
    assert draft["attribution"] == "claimed"


def test_guard_a_group_denying_the_attack_was_its_own_claims_nothing() -> None:
    draft = _draft(
        "Gunmen stormed a police post in Qala-i-Zal district on Wednesday night, killing four policemen, officials "
        "said. The Taliban denied that the attack had been theirs."
    )
    assert draft.get("attribution") != "claimed"


def test_guard_a_state_saying_it_seized_ground_claims_nothing() -> None:
    draft = _draft(
        "The district of Khwaja Ghar fell to the Taliban on Wednesday after heavy fighting, officials said. The "
        "army said it had seized two villages nearby."
    )
    assert draft.get("attribution") != "claimed"


# --- the military's own operation that names no forces (extract/own_operation.py) -----------------------------------


def test_an_intelligence_based_operation_with_no_forces_named_is_the_security_forces() -> None:
    draft = _draft(
        "In an intelligence-based operation in the Spinwam area of North Waziristan on Wednesday, nine terrorists "
        "were killed, the military's media wing said."
    )
    assert draft["attribution"] == "confirmed"
    assert draft["perpetrator"] == "security forces"


def test_guard_an_operation_no_military_tells_stays_unconfirmed() -> None:
    draft = _draft(
        "In an intelligence-based operation in the Spinwam area of North Waziristan on Wednesday, nine terrorists "
        "were killed, residents told reporters."
    )
    assert draft.get("attribution") != "confirmed"


def test_cli_the_crowd_of_a_state_reaches_the_json_draft(tmp_path: Path) -> None:
    article = tmp_path / "crowd.txt"
    article.write_text(
        "On Wednesday a shepherd from a Kyrgyz border village was beaten by citizens of Tajikistan, the Batken "
        "district police said.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", str(article), "--published", PUBLISHED.isoformat(), "--json"])
    assert result.exit_code == 0, result.output
    drafts = [d["values"] for d in json.loads(result.stdout)]
    assert [(d["attribution"], d["perpetrator"]) for d in drafts] == [("alleged", "citizens of Tajikistan")]
