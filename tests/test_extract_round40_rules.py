"""Round 40's dev misses as general mechanisms of the reader (the forty-seventh round).

Every sentence here is written for this file; none is a report's. Each mechanism has a test of what it fills and
one of what it leaves as it was; the dev figures are in docs/extract-journal.md (*Round 40's dev misses*).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from typer.testing import CliRunner

from incident_tracker.cli import app
from incident_tracker.extract import extract_drafts
from incident_tracker.extract.attribution import read_attribution
from incident_tracker.extract.draft import Draft

PUBLISHED = dt.date(2024, 6, 14)  # a Friday


def _drafts(text: str) -> list[Draft]:
    return extract_drafts(text, PUBLISHED)


def _draft(text: str) -> Draft:
    drafts = _drafts(text)
    assert len(drafts) == 1, [d.values for d in drafts]
    return drafts[0]


# --- incidents: two places, each told with its own toll -------------------------------------------------------------

TWO_PLACES = (
    "Gunmen attacked army posts in two places in Balochistan, Turbat and Pasni, late on Tuesday.\n\n"
    "In Turbat, the attackers tried to storm a post from the north. Two soldiers were martyred in the firing.\n\n"
    "In Pasni, militants tried to get into a checkpoint. Three attackers were killed and a soldier was wounded."
)


def test_two_places_each_with_its_own_toll_are_two_incidents() -> None:
    turbat, pasni = _drafts(TWO_PLACES)
    assert (turbat.values["place"], turbat.values["killed"], turbat.values.get("injured")) == ("Turbat", 2, None)
    assert (pasni.values["place"], pasni.values["killed"], pasni.values["injured"]) == ("Pasni", 3, 1)
    assert turbat.values["event_date"] == pasni.values["event_date"] == "2024-06-11"


def test_a_place_told_as_the_rest_of_the_whole_takes_the_whole_less_the_other() -> None:
    pasni, turbat = _drafts(
        "Seven soldiers and 12 attackers were killed in the attacks in Turbat and Pasni on Tuesday night, the army "
        "said on Wednesday.\n\n"
        "In Pasni, the army said, troops killed three more attackers, taking the number killed there to eight, "
        "while two soldiers were martyred."
    )
    assert (pasni.values["place"], pasni.values["killed"]) == ("Pasni", 10)
    assert (turbat.values["place"], turbat.values["killed"]) == ("Turbat", 9)
    assert any("less" in note for note in turbat.notes)


def test_one_place_told_apart_with_no_count_of_its_own_leaves_one_incident() -> None:
    draft = _draft(
        "Gunmen attacked posts in Turbat and Pasni on Tuesday night, and at least nine attackers and two soldiers "
        "were killed.\n\n"
        "In Pasni, three attackers were killed and a soldier was wounded."
    )
    assert draft.values["killed"] == 11


def test_two_countries_named_together_are_no_two_places() -> None:
    draft = _draft(
        "Gunmen attacked posts in Iran and Pakistan on Tuesday night.\n\n"
        "In Pakistan, two soldiers were martyred.\n\nIn Iran, three guards were killed."
    )
    assert "place" not in draft.values or draft.values["place"] not in ("Iran", "Pakistan")


def test_the_cli_drafts_two_places_each_with_its_own_toll(tmp_path: Path) -> None:
    article = tmp_path / "report.txt"
    article.write_text(TWO_PLACES, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--published", PUBLISHED.isoformat(), "--json"])
    assert result.exit_code == 0, result.output
    drafts = [d["values"] for d in json.loads(result.stdout)]
    assert [(d["place"], d["killed"]) for d in drafts] == [("Turbat", 2), ("Pasni", 3)]


# --- killed: a count of more told with the running figure ---------------------------------------------------------


def test_more_killed_taking_the_number_to_a_figure_is_that_figure() -> None:
    draft = _draft("Troops killed four more militants near Pasni on Tuesday, taking the number killed there to seven.")
    assert draft.values["killed"] == 7


def test_more_killed_with_no_running_figure_stays_the_count() -> None:
    draft = _draft("Troops killed four more militants near Pasni on Tuesday, officials said.")
    assert draft.values["killed"] == 4


# --- weapons ----------------------------------------------------------------------------------------------------


def test_an_attack_beaten_back_is_no_beating() -> None:
    draft = _draft("The attack on a post near Pasni on Tuesday was beaten back, and two soldiers were martyred.")
    assert "melee" not in draft.values.get("weapons", [])


def test_men_beaten_by_guards_are_still_beaten() -> None:
    draft = _draft("Two men were beaten by guards near Pasni on Tuesday, and one of them died.")
    assert "melee" in draft.values["weapons"]


def test_arms_in_pictures_of_the_dead_are_no_weapon_used() -> None:
    draft = _draft(
        "Gunmen attacked a post near Pasni on Tuesday night with heavy gunfire, and two soldiers were martyred.\n\n"
        "The army released pictures of the dead attackers with hand grenades and night-vision goggles."
    )
    assert draft.values["weapons"] == ["firearms"]


def test_grenades_thrown_are_still_a_weapon() -> None:
    draft = _draft("Gunmen hurled hand grenades at a post near Pasni on Tuesday night, and two soldiers were wounded.")
    assert "grenade" in draft.values["weapons"]


def test_a_gunbattle_is_told_with_firearms() -> None:
    draft = _draft("Two soldiers were martyred in a gunbattle with militants near Pasni on Tuesday.")
    assert draft.values["weapons"] == ["firearms"]


# --- attribution ---------------------------------------------------------------------------------------------------


def test_handlers_abroad_named_by_the_military_are_an_allegation() -> None:
    draft = _draft(
        "Two soldiers were martyred when terrorists attacked a post near Pasni on Tuesday.\n\n"
        "The ISPR said the terrorists had been in touch with their handlers in Afghanistan."
    )
    assert draft.values["attribution"] == "alleged"
    assert draft.values["perpetrator"] == "terrorists with handlers in Afghanistan"
    assert draft.values["attributed_by"] == "ISPR"
    assert "origin_country" not in draft.values


def test_handlers_named_beside_a_claim_leave_the_claim() -> None:
    draft = _draft(
        "Two soldiers were martyred when terrorists attacked a post near Pasni on Tuesday.\n\n"
        "The ISPR said the terrorists had been in touch with their handlers in Afghanistan.\n\n"
        "The Baloch Liberation Army said in a statement that it had carried out the attack."
    )
    assert draft.values["attribution"] == "claimed"


def test_handlers_in_no_country_are_no_allegation() -> None:
    draft = _draft(
        "Two soldiers were martyred when terrorists attacked a post near Pasni on Tuesday.\n\n"
        "The ISPR said the terrorists had been in touch with their handlers in the mountains."
    )
    assert draft.values.get("attribution") != "alleged"


def test_a_group_saying_it_carried_out_the_attack_claims_it() -> None:
    found = read_attribution(
        "Gunmen struck two posts near Pasni on Tuesday night; the Baloch Liberation Army said it had carried out "
        "the attacks."
    )
    assert found is not None and found.status == "claimed"


def test_a_state_force_saying_it_carried_out_a_strike_confirms_it() -> None:
    found = read_attribution("The Pakistani military said it had carried out the strikes on Tuesday.")
    assert found is not None and found.status == "confirmed"


# --- victims: an officer at a Frontier Corps camp -----------------------------------------------------------------


def test_an_officer_wounded_at_a_frontier_corps_camp_is_military() -> None:
    draft = _draft("Gunmen tried to storm a Frontier Corps camp near Pasni on Tuesday, and an officer was wounded.")
    assert draft.values["target_type"] == "military"


def test_an_officer_wounded_at_a_border_post_is_a_border_guard() -> None:
    draft = _draft("Gunmen fired on a border post near Pasni on Tuesday, and an officer was wounded.")
    assert draft.values["target_type"] == "border_guards"
