"""Tolls left empty when the sentence they were read from is not this event's (the thirty-ninth round).

The sentences are written for this file. A toll read from a sentence of another year (another event,
a tally over years) or from a figure the report says was denied is emptied with a note; the same
toll told of this event, or beside a year used only as a comparison, is kept. The audit behind the
rules and their dev and test figures are in docs/extract-journal.md ("Where wrong values come from").
"""

from __future__ import annotations

import datetime as dt

from incident_tracker.extract import extract_drafts
from incident_tracker.extract.abstain import other_years
from incident_tracker.extract.draft import Draft

PUBLISHED = dt.date(2014, 2, 10)


def _draft(text: str) -> Draft:
    drafts = extract_drafts(text, PUBLISHED)
    assert len(drafts) == 1, [d.values for d in drafts]
    return drafts[0]


def test_a_toll_of_another_years_event_is_left_empty_with_a_note() -> None:
    draft = _draft(
        "Militants stormed a border post near Jakigour on Saturday and took five guards away, officials said. "
        "The same group killed 12 guards and wounded four others near Saravan on October 25, 2013."
    )
    assert "injured" not in draft.values and "killed" not in draft.values
    assert any(note.startswith("injured left empty") and "2013" in note for note in draft.notes)
    # what it still fills: the event's own day and place
    assert draft.values["event_date"] == "2014-02-08"
    assert draft.values["place"] == "near Jakigour"


def test_a_toll_told_of_this_event_beside_an_old_year_is_kept() -> None:
    draft = _draft("Two guards were killed on Sunday in a clash near Chaman, the worst since May 2013, officials said.")
    assert draft.values["killed"] == 2
    assert not any("left empty" in note for note in draft.notes)


def test_a_toll_of_the_events_own_year_is_kept() -> None:
    draft = _draft("Two guards were killed in a clash near Chaman on 9 February 2014, officials said.")
    assert draft.values["killed"] == 2


def test_a_denied_figure_is_left_empty_and_an_undisputed_one_kept() -> None:
    fire = "Pakistani and Afghan forces exchanged fire at the border near Chaman on Sunday."
    denied = _draft(
        f"{fire} Afghan media said three Pakistani soldiers were killed, a claim the Pakistani military denied."
    )
    assert "killed" not in denied.values
    assert any(note.startswith("killed left empty") and "denied" in note for note in denied.notes)
    assert denied.values["place"] == "near Chaman"
    told = _draft(f"{fire} Afghan officials said three Pakistani soldiers were killed in the fighting.")
    assert told.values["killed"] == 3


def test_other_years() -> None:
    assert other_years("600 mine victims were counted from 1992 to 2013.", {2014}) == ["1992", "2013"]
    assert other_years("The clash was the first since 2013, he said on Monday.", {2014}) == []
    assert other_years("Two were killed in 2014 and one in 2013.", {2014}) == []
    assert other_years("Two were killed in 2013.", set()) == []
