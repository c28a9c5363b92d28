"""The seventh round's readings (docs/extract-journal.md, *The seventh round*), each in sentences of our own.

Each test writes one phrasing of the kind the round's new dev reports showed and checks the
reading the round added; the last ones check that the round's batch of real reports is there,
split by event, and scored on its own with ``--round 7``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from _extract_helpers import REAL
from _extract_helpers import drafts_of as _drafts
from _extract_helpers import one_draft as _one
from incident_tracker.extract.attribution import read_attribution
from incident_tracker.extract.casualties import find_tolls

ROOT = Path(__file__).resolve().parent.parent


# --- tolls ---------------------------------------------------------------------------------


def test_a_unit_between_the_count_and_its_verb_keeps_the_count() -> None:
    (toll,) = find_tolls("Three more soldiers of the Frontier Corps were martyred on Sunday morning.")
    assert (toll.what, toll.casualties.best, toll.target_type) == ("killed", 3, "military")


def test_of_a_country_is_no_unit() -> None:
    # "citizens of Tajikistan" is who they were, not a unit: the phrase is not read through to the verb
    assert not [t for t in find_tolls("Three citizens of Tajikistan were killed.") if t.target_type == "military"]


def test_martyring_counts_the_dead_and_injuring_the_wounded() -> None:
    tolls = find_tolls("Terrorists ambushed the troops, martyring four soldiers and injuring six, the ISPR said.")
    assert [(t.what, t.casualties.best) for t in tolls] == [("killed", 4), ("injured", 6)]


def test_a_participle_phrase_between_victim_and_verb_keeps_the_count_and_names_the_service() -> None:
    (toll,) = find_tolls(
        "A conscript serving with the border guard in Zabol, a city in southeastern Iran, was killed on Sunday."
    )
    assert (toll.casualties.best, toll.victims, toll.target_type) == (1, "conscript", "border_guards")
    (two,) = find_tolls("Two soldiers deployed at the post were killed.")
    assert (two.casualties.best, two.target_type) == (2, "military")


# --- who did it -----------------------------------------------------------------------------


def test_a_side_that_shot_people_dead_is_named_as_alleged() -> None:
    found = read_attribution("Uzbek border guards have shot dead two men on a disputed stretch of the border.")
    assert found is not None
    assert (found.status, found.perpetrator) == ("alleged", "Uzbek border guards")


def test_the_acting_sides_own_officials_owning_the_act_confirm_it() -> None:
    found = read_attribution(
        "Uzbek officials told Interfax that their border guards had killed a 22-year-old Kyrgyz citizen."
    )
    assert found is not None
    assert (found.status, found.perpetrator) == ("confirmed", "Uzbek border guards")


def test_their_forces_without_a_nationality_confirm_nothing() -> None:
    found = read_attribution("Officials told reporters that their forces had killed two smugglers.")
    assert found is None or found.status != "confirmed"


# --- who was hit ------------------------------------------------------------------------------


def test_a_group_with_its_size_before_it_is_still_who_was_fired_on() -> None:
    values = _one(
        "Iranian guards opened fire overnight on a large group of Afghan migrants near the border, "
        "killing at least nine of them, Afghan officials said on Sunday."
    )
    assert (values["target_type"], values["victims"]) == ("civilians", "Afghan migrants")


def test_a_citizen_in_the_singular_is_a_civilian() -> None:
    values = _one("Uzbek border guards shot dead a Kyrgyz citizen on Saturday, Kyrgyz officials said.")
    assert values["target_type"] == "civilians"
    assert values["killed"] == 1


# --- weapons ------------------------------------------------------------------------------------


def test_firing_missiles_is_the_missiles_not_firearms() -> None:
    values = _one("Afghan officials said on Monday that Pakistani troops had been firing about 40 missiles into Kunar.")
    assert values["weapons"] == ["missile"]


def test_firing_with_no_heavy_weapon_named_is_still_firearms() -> None:
    values = _one("Gunmen were firing on a border post on Sunday, killing two guards, officials said.")
    assert "firearms" in values["weapons"]


# --- another incident of the same day -------------------------------------------------------------


def test_a_sentence_opening_separately_is_another_incident_of_the_same_day() -> None:
    drafts = _drafts(
        "Three soldiers were martyred on Sunday when a roadside bomb went off near the border in North Waziristan.\n\n"
        "Separately, seven children were injured on Sunday when a hand grenade exploded in Orakzai."
    )
    assert [(d.get("killed"), d.get("injured")) for d in drafts] == [(3, None), (None, 7)]
    assert drafts[1]["weapons"] == ["grenade"]


def test_also_on_the_same_weekday_is_another_incident() -> None:
    drafts = _drafts(
        "Gunmen attacked a checkpoint on the border on Friday, killing two soldiers, the military said.\n\n"
        "Also on Friday, two suicide bombers attacked a training centre in Charsadda, killing a soldier."
    )
    assert len(drafts) == 2


def test_meanwhile_or_a_later_sentence_on_the_same_day_stays_the_same_incident() -> None:
    drafts = _drafts(
        "Gunmen attacked a checkpoint on the border on Friday, killing two soldiers, the military said. "
        "The wounded were taken to hospital on Friday."
    )
    assert len(drafts) == 1


# --- the round's reports ----------------------------------------------------------------------------


def _round7() -> list[dict[str, Any]]:
    specs = [json.loads(p.read_text()) for p in sorted(REAL.glob("*.json"))]
    return [s for s in specs if s.get("round") == 7]


def test_the_seventh_rounds_reports_are_there_and_split_by_event() -> None:
    specs = _round7()
    assert len(specs) >= 15
    test_events = {s["event"] for s in specs if s["split"] == "test"}
    dev_events = {s["event"] for s in specs if s["split"] == "dev"}
    assert test_events and dev_events and not test_events & dev_events
    assert 0.25 <= sum(s["split"] == "test" for s in specs) / len(specs) <= 0.45


def test_the_seventh_round_is_scored_on_its_own() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from docgen import real_round

    result = real_round(7)
    assert result["texts"] == len(_round7())


# --- tolls, continued ------------------------------------------------------------------------------


def test_how_badly_between_the_verb_and_its_auxiliary_keeps_the_count() -> None:
    (toll,) = find_tolls("Seven children, five of them girls, were badly injured when a grenade exploded.")
    assert (toll.what, toll.casualties.best, toll.target_type) == ("injured", 7, "civilians")


def test_fatally_wounded_is_killed() -> None:
    (toll,) = find_tolls("Two men were fatally wounded, and the others got away.")
    assert (toll.what, toll.casualties.best) == ("killed", 2)


def test_a_day_of_the_month_before_a_count_is_not_a_count() -> None:
    tolls = find_tolls("The committee said on February 8 that two suspected traffickers were killed.")
    assert [(t.what, t.casualties.best) for t in tolls] == [("killed", 2)]
    assert tolls[0].phrase == "two suspected traffickers were killed"  # the evidence is the text as written


def test_a_count_so_far_this_year_is_background_from_the_start_of_its_clause() -> None:
    values = _one(
        "Militants attacked the village on Wednesday, wounding six border guards, officials said. "
        "Six soldiers have been killed on the border so far this year."
    )
    assert (values.get("killed"), values["injured"]) == (None, 6)


def test_a_state_by_its_name_as_the_subject_of_firing_is_alleged() -> None:
    found = read_attribution("The security chief said Pakistan fired the rockets on June 28.")
    assert found is not None
    assert (found.status, found.perpetrator) == ("alleged", "Pakistan")
    assert read_attribution("Afghanistan fired back within minutes.") is None


def test_a_campaign_under_way_is_background_and_makes_no_clash() -> None:
    values = _one(
        "At least 71 rockets landed in Kunar on Saturday, fired from Pakistan, the security chief said.\n\n"
        "The Pakistan Army is fighting a full offensive against militants in North Waziristan."
    )
    assert values["sub_event_type"] == "Shelling/artillery/missile attack"


def test_how_badly_with_no_auxiliary_is_no_count_of_the_wounded() -> None:
    # "17 more soldiers critically injured in the brawl had succumbed": they died; not a count of the wounded
    assert not [
        t for t in find_tolls("17 more soldiers critically injured in the brawl had succumbed.") if t.what == "injured"
    ]
