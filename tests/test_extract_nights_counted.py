"""Nights told by the day they ran into, the earlier attacks a report counts, another event set apart after a lead
whose toll is not read, and the country phrase of a sentence whose place a "kind of" reading took (issue 14,
extract143).

Every sentence here is written for this file, read against Monday 1 December 2025 ("on Wednesday" is 26 November).
The fill tests fail on the code before this change ("the night to Wednesday" was Wednesday alone; "the night of
November 4 to 5" was 4 November alone; "on November 18 and 22" was a span of five days; the clashes a report counted
before its own attack started the incident; "Separately, …" after a lead whose toll was not read gave its toll, place
and kind to the lead, and the day told right after it went back to the lead's incident of that day; "a Tajik border
post at the village of X" gave no country; "Pakistan Today reported" was a day); the guards pass on both.
docs/extract-journal.md, "Nights and days not paired, a second incident merged, and the place left: rules
(extract143)", gives the measurement behind each.
"""

from __future__ import annotations

import datetime as dt

import pytest

from _extract_helpers import MONDAY, drafts_of, one_draft
from incident_tracker.extract.counted_before import counts_earlier_attacks
from incident_tracker.extract.dates import find_dates

NIGHTS = [
    ("The fighting took place on the night to Wednesday near the border.", "2025-11-25", "2025-11-26"),
    ("Guards opened fire on the night to November 14, the ministry said.", "2025-11-13", "2025-11-14"),
    ("The post came under fire on the night into Sunday.", "2025-11-29", "2025-11-30"),
    ("The blast happened on the night of November 4 to 5 on the railway.", "2025-11-04", "2025-11-05"),
    ("Smugglers crossed during the night of 4 to 5 November.", "2025-11-04", "2025-11-05"),
    ("Militants attacked a post during the night of Saturday to Sunday.", "2025-11-29", "2025-11-30"),
]


@pytest.mark.parametrize(("text", "first", "second"), NIGHTS)
def test_a_night_told_by_the_day_it_ran_into_is_its_two_days(text: str, first: str, second: str) -> None:
    (night,) = find_dates(text, MONDAY)
    assert (night.start.isoformat(), night.end and night.end.isoformat(), night.precision) == (first, second, "days")


NO_NIGHT = [
    # two days that do not follow each other are no night; "the night" with no day after it names none
    ("Shells fell during the night of Monday to Wednesday.", [("Monday", "day"), ("Wednesday", "day")]),
    ("Guards fired through the night to come.", []),
    ("The shelling went on during the night of November 4 to 9.", [("November 4", "day")]),
]


@pytest.mark.parametrize(("text", "found"), NO_NIGHT)
def test_days_that_do_not_follow_each_other_are_no_night(text: str, found: list[tuple[str, str]]) -> None:
    assert [(d.text, d.precision) for d in find_dates(text, MONDAY)] == found


def test_two_days_joined_by_and_are_a_span_only_when_they_follow_each_other() -> None:
    (apart,) = find_dates("Troops fought militants in clashes on November 18 and 22.", MONDAY)
    assert (apart.start, apart.end, apart.precision) == (dt.date(2025, 11, 18), None, "day")
    (night,) = find_dates("They slipped across on the night of November 18 and 19.", MONDAY)
    assert (night.start, night.end, night.precision) == (dt.date(2025, 11, 18), dt.date(2025, 11, 19), "days")


def test_the_night_told_after_the_leads_day_opens_the_incident_the_evening_before() -> None:
    draft = one_draft(
        "A border guard was killed on Wednesday in a clash with an armed group near Saravan, state media said.\n\n"
        "State television said the fighting took place on the night to Wednesday in the hills outside the town."
    )
    assert (draft["event_date"], draft["event_date_end"], draft["date_precision"]) == (
        "2025-11-25",
        "2025-11-26",
        "days",
    )


def test_a_night_of_the_same_day_told_after_the_lead_leaves_its_day() -> None:
    draft = one_draft(
        "A border guard was killed on Wednesday in a clash with an armed group near Saravan, state media said.\n\n"
        "State television said the fighting took place on Wednesday night in the hills outside the town."
    )
    assert (draft["event_date"], draft.get("event_date_end"), draft["date_precision"]) == ("2025-11-26", None, "day")


COUNTS = [
    "It was the third such attack in the tehsil in two weeks, the sources said.",
    "The raid was the group's second this week and its fourth this year.",
    "For the second time in a week, the two forces traded fire along the line.",
    "The spokesman added that it was the third attack across the border in the past ten days.",
]


@pytest.mark.parametrize("text", COUNTS)
def test_an_attack_counted_among_others_of_a_period_is_read(text: str) -> None:
    assert counts_earlier_attacks(text)


@pytest.mark.parametrize(
    "text",
    ["It was the second day of the talks in the capital.", "A third soldier died in hospital this week."],
)
def test_an_ordinal_with_no_attack_counted_is_no_count(text: str) -> None:
    assert not counts_earlier_attacks(text)


def test_the_earlier_attacks_a_report_counts_do_not_date_its_own() -> None:
    drafts = drafts_of(
        "Militants from across the border attacked two checkposts in Bajaur, killing three soldiers, officials said "
        "on Friday.\n\nIt was the third such attack in the district in two weeks. Some 12 militants were killed "
        "in clashes with the troops on November 18 and 22."
    )
    assert [(d["event_date"], d.get("event_date_end"), d.get("killed")) for d in drafts] == [
        ("2025-11-22", "2025-11-28", 3)
    ]


def test_an_earlier_skirmish_told_after_a_count_leaves_the_incidents_day() -> None:
    draft = one_draft(
        "For the second time in a week, Afghan and Pakistani forces traded fire on Monday near the Goshta gate.\n\n"
        "The fighting began when troops set about repairing a post hit in Wednesday's skirmish, in which a guard "
        "was killed."
    )
    assert (draft["event_date"], draft.get("event_date_end"), draft["date_precision"]) == ("2025-12-01", None, "day")


def test_an_undated_leads_count_leaves_its_own_day_told_after_it() -> None:
    # the count opens the report and frames its own news: the day told in the next paragraph is the incident's
    draft = one_draft(
        "For the second time in three months, Turkmen troops on the Afghan border have suffered losses.\n\n"
        "A small armed group that crossed the border killed three soldiers on Thursday.\n\n"
        "In February, three guards were also killed across the border from Badghis."
    )
    assert (draft["event_date"], draft["date_precision"], draft.get("killed")) == ("2025-11-27", "day", 3)


def test_a_day_before_the_counted_attack_still_opens_it() -> None:
    # a day either side is the incident's, count or no count: "began late on Wednesday" of Thursday's attack
    draft = one_draft(
        "Militants attacked a border post on Thursday, killing two soldiers. It was the second such attack this "
        "week.\n\nThe attack began late on Wednesday, the officials said."
    )
    assert (draft["event_date"], draft.get("event_date_end")) == ("2025-11-26", "2025-11-27")


def test_an_event_set_apart_after_a_lead_whose_toll_is_not_read_is_its_own() -> None:
    rest = (
        " on Sunday in clashes with gunmen in the city of Khash.\n\nThe clashes ended with the martyrdom of the "
        "officer as he confronted the gunmen.\n\nSeparately, a boy was killed and three people were wounded when "
        "gunmen fired on a family's car on the Khash-Zahedan road."
    )
    # (the lead's toll is not read: "lost a second lieutenant" is no count; the boy is the other event's dead)
    drafts = drafts_of("The police's special forces lost a second lieutenant" + rest)
    assert [(d["event_date"], d.get("killed"), d.get("injured")) for d in drafts] == [
        ("2025-11-30", None, None),
        ("2025-11-25", 1, 3),
    ]
    # "A second lieutenant of the police's special forces was killed" is one since extract172 (.one_of_unit): the
    # lead's own dead, and the other event still its own
    drafts = drafts_of("A second lieutenant of the police's special forces was killed" + rest)
    assert [(d["event_date"], d.get("killed"), d.get("injured")) for d in drafts] == [
        ("2025-11-30", 1, None),
        ("2025-11-25", 1, 3),
    ]


def test_the_day_told_right_after_an_event_set_apart_is_its_own() -> None:
    # the other event's day is the lead's day too: it stays with the other event, told right after it
    drafts = drafts_of(
        "Pakistani check posts in Chitral came under shelling from across the border on Thursday, the foreign "
        "ministry said.\n\nSeparately, seven soldiers were martyred when terrorists ambushed a convoy in North "
        "Waziristan, the military said on Friday.\n\nThe military said the terrorists attacked a vehicle in the "
        "Isham area of the district on Thursday."
    )
    assert [(d["event_date"], d.get("place"), d.get("killed")) for d in drafts] == [
        ("2025-11-27", "Chitral", None),
        ("2025-11-27", "Isham area", 7),
    ]


def test_a_day_told_after_an_event_set_apart_in_another_province_is_not_its_own() -> None:
    # the next paragraph names a province the set-apart event's sentence does not: a third event, on its own day
    drafts = drafts_of(
        "The centre of Khamab district fell to the Taliban this morning, the police said.\n\n"
        "In Sar-e-Pul province, a local source said the Taliban had also taken the Bolghili area; six soldiers were "
        "killed in the fighting.\n\nAnd two nights ago the Taliban took 15 police stations in Baghlan province; "
        "nearly 20 police were killed."
    )
    assert [(d["event_date"], d.get("killed")) for d in drafts][1:] == [("2025-11-25", 6), ("2025-11-29", 20)]


def test_a_paragraph_not_set_apart_stays_with_the_lead() -> None:
    drafts = drafts_of(
        "A second lieutenant of the police's special forces was killed on Sunday in clashes with gunmen in the city "
        "of Khash.\n\nThe clashes ended with the martyrdom of the officer as he confronted the gunmen.\n\n"
        "His driver was wounded when the gunmen fired on their car."
    )
    assert [d["event_date"] for d in drafts] == ["2025-11-30"]


def test_the_country_phrase_of_a_sentence_placed_by_its_village_is_read() -> None:
    draft = one_draft(
        "Armed men crossed from the neighbouring state on Friday and attacked a Tajik border post at the village "
        "of Kulkand, killing two soldiers."
    )
    assert (draft["place"], draft["country"]) == ("Kulkand", "TJ")


def test_an_outlets_name_is_no_day() -> None:
    assert find_dates("Gatherings were banned in the province, Pakistan Today reported.", MONDAY) == []
    (today,) = find_dates("Today, guards fired on a truck near the crossing.", MONDAY)
    assert today.start == MONDAY
