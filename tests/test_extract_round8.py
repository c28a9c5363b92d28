"""The eighth round's readings (docs/extract-journal.md, *The eighth round*), each in sentences of our own.

Each test writes one phrasing of the kind the round's new dev reports showed and checks the
reading the round added; the last ones check that the round's batch of real reports is there,
split by event with the round's rule, and scored on its own with ``--round 8``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from _extract_helpers import MONDAY, REAL
from _extract_helpers import one_draft as _one
from incident_tracker.extract.attribution import read_attribution
from incident_tracker.extract.casualties import find_tolls
from incident_tracker.extract.dates import find_dates
from incident_tracker.extract.roles import find_dateline

ROOT = Path(__file__).resolve().parent.parent


# --- who did it -----------------------------------------------------------------------------


def test_any_verb_of_harm_with_its_agent_names_who_did_it() -> None:
    found = read_attribution("Eight border guards were martyred by terrorists on Wednesday while on patrol.")
    assert found is not None
    assert (found.status, found.perpetrator) == ("alleged", "terrorists")


def test_a_side_that_has_killed_is_named_but_not_when_it_killed_the_attackers() -> None:
    found = read_attribution("Afghan drug dealers have killed a Tajik border guard on the border.")
    assert found is not None
    assert (found.status, found.perpetrator) == ("alleged", "Afghan drug dealers")
    # the guards who killed the smugglers defended themselves: they are not the perpetrators
    assert read_attribution("Tajik border guards have killed two armed smugglers on the river.") is None
    assert read_attribution("Two Afghan soldiers were killed in the clash.") is None


def test_the_attackers_said_to_be_members_of_a_group_name_it() -> None:
    found = read_attribution('The prosecutor said the attackers were members of "Jaish al-Zulm", a separatist group.')
    assert found is not None
    assert (found.status, found.perpetrator) == ("alleged", "Jaish al-Zulm")


def test_a_gloss_in_brackets_after_the_infiltrators_label_keeps_them_named() -> None:
    found = read_attribution("Troops picked up a group of khwarij (outcasts) who were trying to cross the border.")
    assert found is not None
    assert (found.status, found.perpetrator) == ("alleged", "khwarij")


def test_a_side_said_to_have_acted_by_its_own_officials_is_confirmed() -> None:
    own = read_attribution(
        "Kyrgyz border guards shot and wounded an Uzbek man, a Kyrgyz police official said on Tuesday."
    )
    assert own is not None
    assert (own.status, own.perpetrator) == ("confirmed", "Kyrgyz border guards")
    other = read_attribution("Kyrgyz border guards shot and wounded an Uzbek man, an Uzbek official said on Tuesday.")
    assert other is not None
    assert (other.status, other.perpetrator) == ("alleged", "Kyrgyz border guards")


def test_each_side_saying_the_other_fired_first_is_disputed() -> None:
    found = read_attribution("As usual, each side says the other fired first.")
    assert found is not None and found.status == "disputed"
    blames = read_attribution("Each side blames the other for the shooting.")
    assert blames is not None and blames.status == "disputed"


def test_the_agent_named_after_its_service_keeps_its_country() -> None:
    found = read_attribution("A mounted patrol was suddenly attacked by border guards of Tajikistan.")
    assert found is not None
    assert (found.status, found.perpetrator) == ("alleged", "border guards of Tajikistan")


# --- where ----------------------------------------------------------------------------------


def test_the_post_that_guards_the_area_names_the_scene() -> None:
    values = _one(
        "Border guards killed three armed smugglers on Friday in the area patrolled by the Sayod frontier post "
        "of the Hamadoni border unit, a spokesman said."
    )
    assert values["place"] == "Sayod frontier post"


def test_a_name_before_its_kind_is_the_place_and_what_follows_of_is_where_it_lies() -> None:
    values = _one(
        "A mortar shell hit a house in the Damadola area of War Mamund tehsil on Thursday, injuring four people."
    )
    assert values["place"] == "Damadola area"


def test_a_village_followed_by_said_is_still_the_scene() -> None:
    values = _one(
        "Guards shot and wounded a driver on Monday at a border post near the village of Boz-Adyr, said the local "
        "police chief."
    )
    assert values["place"] == "near the village of Boz-Adyr"  # "near" kept (extract106)


def test_a_part_of_the_world_is_never_the_scene() -> None:
    values = _one("Guards shot dead two smugglers on Tuesday. Shootings are frequent on borders in Central Asia.")
    assert "place" not in values


def test_a_side_that_entered_a_district_names_the_scene() -> None:
    values = _one("Iranian forces entered Kang district on Sunday and clashed with Afghan forces, killing two.")
    assert values["place"] == "Kang district"


def test_what_precedes_from_in_an_origin_phrase_can_be_the_scene() -> None:
    values = _one("Rockets were fired at the Angoor Adda gate from the Afghan side on Tuesday, wounding two soldiers.")
    assert values["place"] == "Angoor Adda gate"


def test_across_the_border_in_a_place_names_where_it_struck() -> None:
    values = _one(
        "Two soldiers were martyred on Sunday when terrorists attacked across the border in Pakistan's Bajaur Agency."
    )
    assert values["place"] == "Bajaur Agency"


# --- when -----------------------------------------------------------------------------------


def test_the_end_of_last_week_is_thursday_to_sunday_of_the_week_before() -> None:
    (found,) = find_dates("Guards stopped the smugglers at the end of last week.", MONDAY)
    assert (found.start, found.end, found.precision) == (dt.date(2025, 11, 27), dt.date(2025, 11, 30), "days")


def test_a_day_after_told_and_an_outlets_hyphenated_name_is_a_day_of_saying() -> None:
    (found,) = find_dates("A spokesman told Asia-Plus on Monday morning.", MONDAY)
    assert found.reporting


def test_two_more_dateline_forms() -> None:
    asia_plus = find_dateline(
        "DUSHANBE, April 11, 2011, Asia-Plus -- Drug dealers killed a guard.", dt.date(2011, 4, 11)
    )
    assert asia_plus is not None
    assert (asia_plus.city, asia_plus.day, asia_plus.agency) == ("Dushanbe", dt.date(2011, 4, 11), "Asia-Plus")
    dawn = find_dateline("KHAR (Bajaur Agency), Jan 13: Eighteen people were killed.", dt.date(2006, 1, 14))
    assert dawn is not None
    assert (dawn.city, dawn.day) == ("Khar", dt.date(2006, 1, 13))
    assert find_dateline("Officials said: the post was hit.", MONDAY) is None


def test_a_month_ago_and_last_thursdays_are_background() -> None:
    values = _one(
        "A Taliban fighter was killed on Sunday in fighting on the border. A month ago, an Iranian border guard "
        "had been killed in the same area."
    )
    assert values["killed"] == 1
    values = _one(
        "The two sides clashed on Wednesday with heavy gunfire. The visit was cancelled over last Thursday's air and "
        "missile attacks on Paktika."
    )
    assert values["weapons"] == ["firearms"]


# --- tolls ----------------------------------------------------------------------------------


def test_the_fallen_in_the_pakistani_press_s_words() -> None:
    for text in (
        "Four soldiers gave their lives on Wednesday night while stopping a group of terrorists.",
        "Four soldiers Wednesday night laid down their precious lives countering an infiltration bid.",
        "In the heavy exchange of fire, four soldiers fought bravely and embraced shahadat.",
    ):
        tolls = find_tolls(text)
        assert [(t.what, t.casualties.best, t.target_type) for t in tolls] == [("killed", 4, "military")], text


def test_soldiers_counted_by_their_ranked_names() -> None:
    (toll,) = find_tolls(
        "Naik Inayat Khan, 36, of Khyber district, Lance Naik Umer Hayat, 35, of Mansehra district and Sepoy Waqar "
        'Khan, 25, of Peshawar district fought "gallantly" in the exchange of fire and embraced martyrdom.'
    )
    assert (toll.what, toll.casualties.best, toll.target_type) == ("killed", 3, "military")
    assert not find_tolls("Captain Ali said militants had fired on the post.")


def test_the_attackers_dead_told_first_and_the_side_they_hit_told_later_add_up() -> None:
    values = _one(
        "Twelve terrorists were killed on Wednesday after they stormed two military posts, the army said. "
        "During the heavy firing, however, four soldiers were martyred."
    )
    assert values["killed"] == 16


# --- who was hit, and with what ------------------------------------------------------------------


def test_troops_stopping_an_infiltration_fought_the_men_crossing_so_no_single_target() -> None:
    values = _one(
        "Four soldiers were martyred on Wednesday night in an exchange of fire with terrorists who tried to "
        "infiltrate from Afghanistan. The troops were alert and the infiltration was foiled, the ISPR said."
    )
    assert values["killed"] == 4
    assert "target_type" not in values


def test_a_clash_whose_sides_blame_each_other_has_no_single_target() -> None:
    values = _one(
        "Three border guards were wounded on Friday in an exchange of fire on the border. "
        "Each side blamed the other for starting the shooting."
    )
    assert values["attribution"] == "disputed"
    assert "target_type" not in values


def test_shots_are_firearms() -> None:
    values = _one("A border guard was attacked from across the river on Sunday night and killed with two shots.")
    assert values["weapons"] == ["firearms"]


# --- the round's batch ------------------------------------------------------------------------------


def _round8() -> list[dict[str, Any]]:
    return [
        s for p in sorted(REAL.glob("*.json")) if (s := json.loads(p.read_text(encoding="utf-8"))).get("round") == 8
    ]


def test_the_eighth_rounds_reports_are_there_and_split_by_event_with_the_rounds_rule() -> None:
    specs = _round8()
    assert len(specs) >= 20
    earlier = {
        s["event"]: s["split"]
        for p in sorted(REAL.glob("*.json"))
        if (s := json.loads(p.read_text(encoding="utf-8"))).get("round") != 8
    }
    for spec in specs:
        # an event already in the corpus keeps its side; a new one goes to test when MD5 of its slug starts 0-5
        rule = earlier.get(spec["event"]) or (
            "test" if hashlib.md5(spec["event"].encode()).hexdigest()[0] in "012345" else "dev"
        )
        assert spec["split"] == rule, spec["event"]
    assert {s["event"] for s in specs if s["split"] == "test"}.isdisjoint(
        s["event"] for s in specs if s["split"] == "dev"
    )


def test_the_eighth_round_is_scored_on_its_own() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from docgen import real_round

    result = real_round(8)
    assert result["texts"] == len(_round8())
