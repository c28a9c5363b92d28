"""The seventeenth round's reading of a draft's date (docs/extract-journal.md, *The seventeenth round*), in sentences of
our own.

A report that opens on the week of a statement ("the army said on Saturday", "last week") and tells the event's
own day in a later sentence of the same incident is dated by that day; each test pairs the reading with a near
phrasing it must leave alone (background, another day, two days that disagree).
"""

from __future__ import annotations

from typing import Any

from _extract_helpers import one_draft


def _date(values: dict[str, Any]) -> tuple[str, str | None, str]:
    return values["event_date"], values.get("event_date_end"), values["date_precision"]


LEAD = "Gunmen killed three border guards near the Kalat crossing last week, provincial officials said."


def test_a_later_sentence_referring_back_to_the_attack_gives_its_day() -> None:
    assert _date(one_draft(f"{LEAD}\n\nThe attack took place on November 26, a police officer told reporters.")) == (
        "2025-11-26",
        None,
        "day",
    )
    # a day outside the lead's week is background, not this attack's day
    assert _date(one_draft(f"{LEAD}\n\nThe attack was the deadliest since November 2, the officer said."))[2] == "week"
    # a day of the week in a sentence that names neither the attack, nor its place, nor its toll
    assert _date(one_draft(f"{LEAD}\n\nTalks on border trade resumed in Islamabad on November 27."))[2] == "week"


def test_the_night_a_later_sentence_gives_with_the_same_toll_is_the_events_span() -> None:
    text = (
        "Four soldiers were martyred when militants attacked a border post in Bajaur last week, the army said.\n\n"
        "The militants had crossed from Afghanistan with heavy weapons, the statement added.\n\n"
        "The four soldiers were killed in the night between November 26 and 27, it said."
    )
    assert _date(one_draft(text)) == ("2025-11-26", "2025-11-27", "days")


def test_two_later_sentences_giving_different_days_keep_the_week() -> None:
    one = f"{LEAD}\n\nThe attack took place on November 26, a police officer said."
    assert _date(one_draft(one))[2] == "day"
    two = f"{one}\n\nVillage elders said the attack took place on November 27."
    assert _date(one_draft(two)) == ("2025-11-24", "2025-11-30", "week")


def test_a_similar_incident_in_the_same_week_dates_nothing() -> None:
    told = f"{LEAD}\n\nThe shooting at the Kalat crossing happened on November 25, the officials added."
    assert _date(one_draft(told)) == ("2025-11-25", None, "day")
    similar = (
        f"{LEAD}\n\nA similar incident at the Kalat crossing on November 25 left nobody hurt, the officials added."
    )
    assert one_draft(similar)["date_precision"] == "week"


def test_a_later_sentence_naming_the_place_gives_its_day_one_naming_nothing_does_not() -> None:
    assert _date(one_draft(f"{LEAD}\n\nWitnesses at Kalat said the men arrived there on November 25.")) == (
        "2025-11-25",
        None,
        "day",
    )
    assert one_draft(f"{LEAD}\n\nWitnesses said the men arrived there on November 25.")["date_precision"] == "week"
