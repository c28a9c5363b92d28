"""What this session's rule helpers left (extract186): the craft of a drone campaign told by its names, and a night
told by the weekday it ran into glossed with that day's date.

"Predator" and "Reaper" (and their designations MQ-1 and MQ-9) name the armed drones of the strikes the corpus codes
``Air/drone strike`` with ``drone``; read in capitals only, so that a "predatory raid" stays no weapon. Every sentence
here is written for this file; none is a report's. The dev counts are in docs/extract-journal.md (*… : rules
(extract186)*).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft

PUBLISHED = dt.date(2010, 3, 11)  # a Thursday


def _draft(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED, locate=None)


def test_predators_that_fired_missiles_are_drones() -> None:
    draft = _draft(
        "Two Predators fired four missiles at a compound in the Shawal area of North Waziristan on Wednesday, "
        "killing six militants, officials said."
    )
    assert "drone" in draft["weapons"]
    assert draft["sub_event_type"] == "Air/drone strike"


def test_a_reaper_strike_is_a_drone_strike() -> None:
    draft = _draft(
        "A Reaper struck a car near Miran Shah in North Waziristan on Wednesday, killing three militants, "
        "security officials said."
    )
    assert "drone" in draft["weapons"]
    assert draft["sub_event_type"] == "Air/drone strike"


def test_an_mq9_is_a_drone() -> None:
    draft = _draft(
        "An MQ-9 fired two missiles at a house in the Datta Khel area of North Waziristan on Wednesday, killing "
        "five militants, officials said."
    )
    assert "drone" in draft["weapons"]


def test_a_predatory_raid_is_no_drone() -> None:  # guard: the word in lower case, of a raid
    draft = _draft(
        "Border guards said on Wednesday that smugglers had carried out a predatory raid on a village near the "
        "border, killing two herders with rifles."
    )
    assert "drone" not in draft.get("weapons", [])


# --- a night told by its weekday and that day's date (extract/nights.py) ----------------------------------------------


def test_a_night_to_a_weekday_glossed_with_its_date_is_two_days() -> None:
    draft = one_draft(
        "Border guards fought a band of smugglers near Saravan in the night to Sunday, Feb. 22, killing three of "
        "them, officials said.",
        dt.date(2026, 2, 24),
        locate=None,
    )
    assert draft["event_date"] == "2026-02-21"
    assert draft["event_date_end"] == "2026-02-22"
    assert draft["date_precision"] == "days"


def test_a_night_to_a_weekday_alone_is_read_as_before() -> None:  # guard: no gloss, the weekday's own night
    draft = one_draft(
        "Border guards fought a band of smugglers near Saravan in the night to Sunday, killing three of them, "
        "officials said.",
        dt.date(2026, 2, 24),
        locate=None,
    )
    assert draft["event_date"] == "2026-02-21"
    assert draft["date_precision"] == "days"
