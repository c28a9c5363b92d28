"""The tenth round's readings (docs/extract-journal.md, *The tenth round*): how a report is split into incidents.

Each test writes, in sentences of our own, one shape of report the round's dev reports showed —
several incidents announced before they are told, told in one sentence by day and count, told
by "another" or "in the same district", or an earlier week told twice — and checks the split;
the last one checks the dev split's incidents found, missed and spurious.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from incident_tracker.extract import extract_drafts
from incident_tracker.extract.clauses import clause_named, dated_clauses
from incident_tracker.extract.dates import find_dates
from incident_tracker.extract.roles import find_dateline

MONDAY = dt.date(2025, 12, 1)


def _drafts(text: str, published: dt.date = MONDAY) -> list[dict[str, Any]]:
    return [d.values for d in extract_drafts(text, published)]


# --- incidents announced before they are told -----------------------------------------------


def test_two_separate_attacks_announced_without_a_day_are_two_drafts() -> None:
    drafts = _drafts(
        "Ten soldiers were martyred in two separate attacks, the military said on Saturday.\n\n"
        "Terrorists firing from across the border hit a patrol near Gurbaz. Six soldiers were martyred.\n\n"
        "In the other attack, terrorists opened fire on troops near Turbat. Four soldiers were martyred."
    )
    assert sorted(d.get("killed") for d in drafts) == [4, 6]
    # dated by the statement, as an undated event is: the week up to Saturday
    assert {(d["event_date"], d["date_precision"]) for d in drafts} == {("2025-11-23", "week")}


def test_another_victim_on_a_day_is_the_next_announced_incident() -> None:
    drafts = _drafts(
        "Four soldiers have been killed in two separate attacks near the border, military sources say.\n\n"
        "Three soldiers were killed in the Dir district, where troops came under attack.\n\n"
        "Late on Friday another soldier was killed when militants ambushed a patrol in North Waziristan."
    )
    assert len(drafts) == 2
    friday = [d for d in drafts if d["event_date"] == "2025-11-28"]
    assert len(friday) == 1 and friday[0]["killed"] == 1
    assert [d["killed"] for d in drafts if d is not friday[0]] == [3]


def test_the_second_incident_dates_the_announced_one_it_names() -> None:
    drafts = _drafts(
        "Four soldiers were martyred and four terrorists killed in two separate incidents, the military said on "
        "Wednesday.\n\nTerrorists attacked a convoy in the Chukab area on Wednesday, killing four soldiers.\n\n"
        "The second incident took place on Tuesday in the Talsar area, where four terrorists were killed in a raid.",
        dt.date(2025, 12, 4),
    )
    assert sorted(d["event_date"] for d in drafts) == ["2025-12-02", "2025-12-03"]


def test_a_day_told_later_dates_the_announced_incident_being_read() -> None:
    drafts = _drafts(
        "Three soldiers were killed in two separate attacks, officials said on Saturday.\n\n"
        "In the first attack, two soldiers were killed in the Dir district. The attack took place on Friday.\n\n"
        "In the second attack, a soldier was killed in Bajaur."
    )
    assert len(drafts) == 2
    dir_ = [d for d in drafts if d.get("killed") == 2]
    assert len(dir_) == 1 and dir_[0]["event_date"] == "2025-11-28"


def test_a_day_told_with_another_victim_dates_the_announced_incident_being_read() -> None:
    # "two separate clashes" is counted but not a "separate attacks" round-up: the day is the one being read's
    drafts = _drafts(
        "Five guards were killed in two separate clashes, officials said.\n\n"
        "In the first clash, three guards were killed in Dir.\n\n"
        "In the second clash, two guards were killed in Bajaur. Another guard died of his wounds on Friday."
    )
    assert [(d["event_date"], d.get("killed")) for d in drafts] == [("2025-11-25", 3), ("2025-11-28", 2)]


def test_announced_incidents_never_told_are_not_drafted() -> None:
    drafts = _drafts(
        "Four soldiers were killed in two separate attacks in the northwest, officials said on Saturday.\n\n"
        "The prime minister praised the armed forces."
    )
    assert len(drafts) <= 1  # an announcement alone is no second incident


# --- one sentence, several incidents by day and count ----------------------------------------


SAT_AND_FRI = (
    "Militants killed ten soldiers, six of them in an attack in North Waziristan district on Saturday and "
    "four in an assault in Kech district on Friday, the military said."
)


def test_one_sentence_with_a_count_and_a_day_per_clause_is_one_incident_each() -> None:
    drafts = _drafts(SAT_AND_FRI + "\n\nThe Friday attack took place in Kech district, in the mountains.")
    by_day = {d["event_date"]: d for d in drafts}
    assert set(by_day) == {"2025-11-29", "2025-11-28"}
    assert by_day["2025-11-29"]["killed"] == 6 and by_day["2025-11-28"]["killed"] == 4
    assert "Kech" in by_day["2025-11-28"]["place"]


def test_a_sentence_naming_one_clauses_place_goes_on_about_that_incident() -> None:
    drafts = extract_drafts(
        SAT_AND_FRI + "\n\nNo group said it was behind Friday's attack.\n\n"
        "In the North Waziristan attack, the troops were fired on near the Mana post.",
        MONDAY,
    )
    saturday = [d for d in drafts if d.values["event_date"] == "2025-11-29"]
    assert len(saturday) == 1 and saturday[0].sentences == [2]  # the last sentence is Saturday's


def test_clauses_need_their_own_count_and_a_toll_word() -> None:
    text = "Militants crossed the border on Tuesday and were killed on Wednesday in a gunfight with guards."
    assert dated_clauses(text, find_dates(text, MONDAY)) == []
    assert len(_drafts(text)) == 1
    counted = find_dates(SAT_AND_FRI, MONDAY)
    assert [c.toll.casualties.best for c in dated_clauses(SAT_AND_FRI, counted)] == [6, 4]


def test_a_later_sentence_goes_on_about_the_clause_whose_name_it_repeats() -> None:
    clauses = ["six of them in an attack in North Waziristan on Saturday", "four in an assault in Kech on Friday"]
    assert clause_named("Officials said that in the North Waziristan attack, militants fired first.", clauses) == 0
    assert clause_named("Members of the Frontier Corps in Kech came under fire.", clauses) == 1
    assert clause_named("The military named the soldiers.", clauses) is None


# --- another incident told by "another N" or "in the same district" ---------------------------


def test_another_count_on_a_day_of_its_own_is_another_incident() -> None:
    drafts = _drafts(
        "Security forces killed three militants on the night between November 28 and 29, the military said. "
        "Another 14 were shot dead on November 26."
    )
    assert sorted((d["event_date"], d["killed"]) for d in drafts) == [("2025-11-26", 14), ("2025-11-28", 3)]
    # more dead on a day the incident already covers are that incident's
    same = "Guards killed three smugglers on November 28 and 29. Another two were shot dead on November 29."
    assert len(_drafts(same)) == 1


def test_in_the_same_district_opens_another_attack_of_the_day() -> None:
    drafts = _drafts(
        "In North Waziristan, a bomb went off near a security post in Razmak on Sunday, killing two civilians.\n\n"
        "In the same district, a roadside bomb struck a vehicle near Miramshah. Two people were wounded."
    )
    assert len(drafts) == 2
    assert {d["event_date"] for d in drafts} == {"2025-11-30"}


def test_a_similar_attack_at_the_same_time_is_another_incident_and_an_earlier_one_is_not() -> None:
    lead = "Six civilians were killed when rockets hit Shelton district before dawn on Saturday, officials said.\n\n"
    drafts = _drafts(lead + "An official said a similar attack was carried out before dawn in Khost province.")
    assert len(drafts) == 2 and {d["event_date"] for d in drafts} == {"2025-11-29"}
    assert [d.get("killed") for d in drafts] == [6, None]
    assert len(_drafts(lead + "A similar attack took place in Khost province in 2021.")) == 1


# --- background: an earlier week told twice, last January -------------------------------------


def test_a_week_told_as_background_stays_background_when_told_again() -> None:
    drafts = _drafts(
        "Gunmen shot dead nine workers near the border, officials said on Saturday, as the two neighbours try to "
        "mend ties after last week's exchange of strikes.\n\nThe envoys had been recalled when the two sides fired "
        "missiles at each other last week."
    )
    assert len(drafts) == 1
    assert drafts[0]["killed"] == 9
    assert drafts[0]["event_date_end"] == "2025-11-29"  # the week up to Saturday, not last week
    assert drafts[0].get("weapons") != ["missile"]


def test_last_january_in_a_january_report_is_a_year_ago() -> None:
    text = (
        "Border guards returned three men to China on January 11.\n\nLast January, eleven armed men crossed the "
        "border and killed a forest ranger."
    )
    assert _drafts(text, dt.date(2015, 1, 12)) == []


# --- a bracketed wire dateline, a report with no toll -----------------------------------------


def test_a_dateline_with_the_outlet_and_its_day_in_brackets_is_not_the_event_date() -> None:
    found = find_dateline("KABUL (UrduPoint News / Sputnik - 18th April, 2022) The toll rose.", dt.date(2022, 4, 18))
    assert found is not None and found.day == dt.date(2022, 4, 18) and found.city == "Kabul"
    drafts = _drafts(
        "KABUL (Wire News / Agency - 18th April, 2022) The number of people killed by air strikes in Khost has "
        "risen to 44, a health official said on Sunday.",
        dt.date(2022, 4, 18),
    )
    assert [(d["event_date_end"], d["date_precision"]) for d in drafts] == [("2022-04-17", "week")]


def test_a_report_with_no_toll_and_no_day_of_violence_drafts_nothing() -> None:
    text = (
        "The crossing reopened to trucks on Wednesday after talks between elders of both sides.\n\n"
        "It will open to travellers on Friday, once the customs buildings, which were damaged by firing from "
        "the other side, have been repaired."
    )
    assert _drafts(text) == []
    assert _drafts("Uzbekistan has dismissed a claim by a militant group that it fired rockets at a border town.") == []
    # a weapon used, told as the report's event, still drafts one
    assert len(_drafts("Officials said on Monday that troops had been firing about 40 missiles into Kunar.")) == 1
