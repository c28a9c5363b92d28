"""Which incidents, and when: rules from dev failures (issue 14, extract172).

Every sentence here is written for this file; none is a report's. Each rule has a test of what it reads (it fails on
main's code before this work) and a guard of what it leaves as it was.
"""

from __future__ import annotations

import datetime as dt

from _extract_helpers import drafts_of
from incident_tracker.extract.casualties import find_tolls
from incident_tracker.extract.dates import find_dates


def _tolls(sentence: str) -> list[tuple[str, int | None]]:
    """Each count of a sentence: what it counts and its best figure."""
    return [(toll.what, toll.casualties.best) for toll in find_tolls(sentence)]


def _days(sentence: str, published: dt.date) -> list[tuple[dt.date, bool]]:
    """Each date of a sentence with whether it is a day of telling (reporting)."""
    return [(found.start, found.reporting) for found in find_dates(sentence, published)]


# --- one person hit, told by what he was "of" --------------------------------------------------------------------


def test_one_person_told_with_a_long_or_possessive_unit_is_counted() -> None:
    assert _tolls("A guard of the Turkmen State Frontier Service Reserve was killed in the exchange.") == [
        ("killed", 1)
    ]
    assert _tolls("A sergeant of Tajikistan's border troops was wounded by a sniper.") == [("injured", 1)]
    assert _tolls("A worker of the district's water company was hurt when the shell landed.") == [("injured", 1)]
    assert _tolls("The driver of a fuel tanker was wounded.") == [("injured", 1)]


def test_one_person_of_a_unit_fills_the_incidents_toll_but_not_its_victims() -> None:
    text = (
        "Gunmen fired on a patrol near the village of Sarband on Tuesday, and a guard of the Afghan Railway "
        "Protection Force was killed, officials said."
    )
    drafts = drafts_of(text, dt.date(2025, 5, 8))
    assert [d.get("killed") for d in drafts] == [1]
    # the count only: the unit's words make neither the victims nor their nationality
    assert [(d.get("victims"), d.get("victim_nationality")) for d in drafts] == [(None, None)]


def test_guard_one_of_a_unit_leaves_other_counts_and_clauses_alone() -> None:
    # a count already read keeps its reading; a plural is never read as one
    assert _tolls("Two soldiers of the Frontier Corps were killed.") == [("killed", 2)]
    assert ("killed", 1) not in _tolls("Two soldiers of the railway guard battalion were killed.")
    # a clause between the unit and the verb is not a unit's word: the arrest is no toll
    assert _tolls("A commander of the band that attacked the post was arrested.") == []
    # "the driver of the truck": no new referent after "of", so no count is made of the article
    assert _tolls("The driver of the truck was hurt.") == []


# --- a later sentence counting its own separate events on an older day --------------------------------------------


def test_an_older_day_counted_as_separate_operations_is_earlier_news() -> None:
    text = (
        "Five militants were killed on Monday in an operation in the Kach area of Zhob district, the military "
        "said.\n\n"
        "On January 2, three militants were killed in two separate operations in North Waziristan."
    )
    drafts = drafts_of(text, dt.date(2025, 1, 14))
    assert [(d.get("event_date"), d.get("killed")) for d in drafts] == [("2025-01-13", 5)]


def test_guard_separate_events_of_the_report_still_start_incidents() -> None:
    # the lead announces the report's own two attacks: two incidents, as before
    lead = (
        "Six soldiers were killed on Monday in two separate attacks in North Waziristan, the military said.\n\n"
        "In the first attack, four soldiers were killed when militants fired on a post.\n\n"
        "In the other attack, two soldiers were killed by a roadside bomb."
    )
    assert len(drafts_of(lead, dt.date(2025, 1, 14))) == 2
    # set apart by its own words too ("Separately"), a day within the week stays another incident
    text = (
        "Five militants were killed on Monday in an operation in the Kach area of Zhob district, the military "
        "said.\n\n"
        "Separately, on Saturday two soldiers were killed in two separate attacks in Kurram district."
    )
    assert len(drafts_of(text, dt.date(2025, 1, 14))) == 2


# --- a day of saying after the verb is not the speech's own day ---------------------------------------------------

MONDAY = dt.date(2025, 9, 8)


def test_an_event_day_before_a_day_of_saying_stays_the_events() -> None:
    sentence = (
        "A herder was wounded by gunfire on 3 September in the Kara-Suu area, the border service said on 7 September."
    )
    assert _days(sentence, MONDAY) == [(dt.date(2025, 9, 3), False), (dt.date(2025, 9, 7), True)]
    drafts = drafts_of(sentence, MONDAY)
    assert [(d.get("event_date"), d.get("date_precision")) for d in drafts] == [("2025-09-03", "day")]


def test_guard_a_day_before_the_saying_verb_with_the_events_day_after_is_a_day_of_saying() -> None:
    sentence = "On September 5, the spokesman said guards had shot dead a smuggler on September 3."
    assert _days(sentence, MONDAY) == [(dt.date(2025, 9, 5), True), (dt.date(2025, 9, 3), False)]


# --- one of a few, told with no noun ------------------------------------------------------------------------------


def test_one_of_the_two_counts_one() -> None:
    assert _tolls("One of the two was shot dead; the other ran back across the river.") == [("killed", 1)]
    assert _tolls("Two of the five were wounded by the blast.") == [("injured", 2)]
    assert _tolls("One of the three was fatally wounded and died in hospital.") == [("killed", 1)]


def test_guard_the_few_with_their_noun_and_the_whole_alone_stay_as_read() -> None:
    assert _tolls("One of the two herders was killed.") == [("killed", 1)]
    assert _tolls("The two were killed when the mine went off.") == [("killed", 2)]
