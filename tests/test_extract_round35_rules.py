"""Round 35's dev misses, fixed as mechanisms of how wire reports are built (not as one report's phrasing).

Each mechanism is tested with short sentences written for this file, and with a near sentence it must
leave alone. The figures the mechanisms moved on the dev split are in docs/extract-journal.md, "Round 35's dev
misses".
"""

from __future__ import annotations

import datetime as dt

from incident_tracker.extract import extract_drafts
from incident_tracker.extract.actors import canonical_actor
from incident_tracker.extract.casualties import find_tolls
from incident_tracker.extract.groups import known_group, known_groups

#: A Saturday.
PUBLISHED = dt.date(2025, 3, 8)


def _draft(text: str, published: dt.date = PUBLISHED) -> dict[str, object]:
    drafts = extract_drafts(text, published)
    assert len(drafts) == 1, [d.values for d in drafts]
    return drafts[0].values


def _killed(sentence: str) -> list[int | None]:
    return [t.casualties.best for t in find_tolls(sentence) if t.what == "killed"]


# --- An age is never a toll ------------------------------------------------------------------------------------------


def test_an_age_is_no_toll() -> None:
    assert _killed("Protests spread after the death of 19-year-old student Ali Rahimi in custody.") == []
    assert _killed("The death of a 30 year old herder in March set off the dispute.") == []


def test_a_count_of_the_dead_is_still_read() -> None:
    assert _killed("The death of 19 soldiers in the ambush shocked the province.") == [19]


def test_an_age_in_the_background_gives_the_incident_no_toll() -> None:
    values = _draft(
        "Gunmen attacked a post near Saravan on Saturday and fled, officials said. "
        "Unrest has gripped the country since the death of 22-year-old Leila Ahmadi in police custody."
    )
    assert values.get("killed") != 22


# --- Coordinated counts add up ---------------------------------------------------------------------------------------


def test_one_and_more_each_told_with_their_force() -> None:
    assert _killed(
        "A senior officer of the Frontier Corps (FC) and two members of the Levies volunteer force were martyred."
    ) == [3]


def test_a_ranked_name_and_more_named_in_an_aside() -> None:
    assert _killed(
        "The army said that Captain Asad Mehmood and two sepoys, named as Ali Raza and Umar Din, were killed."
    ) == [3]


def test_members_of_two_forces_are_one_group() -> None:
    assert _killed("Five members of the Border Police (BP) and of its reserve force were killed on Sunday.") == [5]


def test_one_with_no_second_count_is_left_alone() -> None:
    assert _killed("A senior officer of the Frontier Corps (FC) was martyred.") == [1]


# --- "Without causing casualties" is a toll of none ------------------------------------------------------------------


def test_without_causing_casualties_is_none() -> None:
    values = _draft(
        "Three mortar shells fired from across the border landed near Chaman on Saturday, officials said. "
        "The shells fell in open ground without causing damage or casualties."
    )
    assert values["killed"] == 0
    assert values["injured"] == 0


def test_without_suffering_casualties_is_one_sides_toll() -> None:
    values = _draft(
        "Guards traded fire with smugglers near Chaman on Saturday, officials said. "
        "The guards drove them back without suffering casualties."
    )
    assert "killed" not in values
    assert "injured" not in values


# --- What was said before the incident is background -----------------------------------------------------------------


def test_a_statement_made_before_the_incident_tells_another_event() -> None:
    values = _draft(
        "A guard was killed on Saturday when gunmen attacked a base in the town of Rask, officials said. "
        "On Tuesday, the group said it had set off two bombs outside a police station in Zahedan."
    )
    assert values.get("place") == "Rask"
    assert values["sub_event_type"] == "Armed clash"
    assert "explosives" not in (values.get("weapons") or [])


def test_bombings_earlier_in_the_week_are_another_event() -> None:
    values = _draft(
        "A guard was killed on Saturday when gunmen attacked a base in the town of Rask, officials said. "
        "The group also said it was behind two bombings earlier in the week that wounded police in Zahedan."
    )
    assert values.get("place") == "Rask"
    assert values["sub_event_type"] == "Armed clash"


def test_a_statement_made_on_the_day_still_tells_the_incident() -> None:
    values = _draft(
        "A guard was killed on Saturday when gunmen attacked a base, officials said. "
        "On Saturday, the governor said the attackers had fired rockets at the base in Rask."
    )
    assert values.get("place") == "Rask"


# --- The group's transliterations ------------------------------------------------------------------------------------


def test_the_groups_transliterations_are_its_spellings() -> None:
    for spelling in ("Jaysh-ol-Adl", "Jeish el Adl", "Jaish-ul-Adl", "Jaysh al-Adl"):
        assert canonical_actor(spelling) == "Jaish al-Adl"
        assert known_group(f"a channel said to belong to {spelling} posted it") == spelling


def test_a_spelling_is_given_back_as_the_text_writes_it() -> None:
    assert known_groups("Both Jeish-ol-Adl and the TTP denied it.") == ["Jeish-ol-Adl", "TTP"]
    assert known_group("the Jaish-e-Mohammed cell") == "Jaish-e-Mohammed"


def test_a_claim_by_a_transliterated_name_is_the_groups_claim() -> None:
    values = _draft(
        "A guard was killed on Saturday when gunmen attacked a base in Rask, officials said. "
        "Later that day, an account said to belong to Jaysh-ol-Adl, a Sunni armed group, took responsibility."
    )
    assert values["attribution"] == "claimed"
    assert canonical_actor(str(values["perpetrator"])) == "Jaish al-Adl"


# --- A downing the military says it made -----------------------------------------------------------------------------


def test_drones_the_military_says_its_forces_neutralised() -> None:
    values = _draft(
        "Security forces intercepted and neutralised three drones that crossed into Balochistan from "
        "Afghanistan, the military said on Friday. The ISPR said the air defence network picked them up at once."
    )
    assert values["sub_event_type"] == "Disrupted weapons use"
    assert values["attribution"] == "confirmed"
    assert values["perpetrator"] == "Security forces"
    assert values["weapons"] == ["unknown"]  # what fired at them is not told


def test_drones_brought_down_make_an_incident_dated_by_the_lead() -> None:
    values = _draft(
        "The neighbouring regime sent three drones across the border, the military said on Friday. "
        "The security forces brought down all three incoming drones, the ISPR said."
    )
    assert values["sub_event_type"] == "Disrupted weapons use"
    assert (values["event_date"], values["event_date_end"]) == ("2025-03-01", "2025-03-07")
    assert values["attribution"] == "confirmed"


def test_a_drone_strike_that_killed_stays_a_strike() -> None:
    values = _draft("A drone strike killed three people in a village near Khost on Friday, officials said.")
    assert values["sub_event_type"] == "Air/drone strike"


# --- The attackers told again give the scene -------------------------------------------------------------------------


def test_the_attackers_told_again_give_a_coarse_place_its_town() -> None:
    values = _draft(
        "Gunmen attacked a base on Saturday, killing a guard, officials said.\n\n"
        "The assault took place in Sistan and Baluchestan province.\n\n"
        "According to the agency, the attackers went for a militia base in the town of Rask."
    )
    assert values.get("place") == "Rask"
