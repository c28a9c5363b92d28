"""Smugglers who fought the guards (extract194): their armed resistance or their fight, told with them as its
subject, makes them the actor, ``alleged``, as the ninth rulings code a clash with crossers or smugglers who fought;
a clash told only as the guards killing smugglers stays ``unattributed`` with no actor.

Every sentence here is written for this file; none is a report's. The tests of what the rule mends fail on main's
code before this branch; the guards pass on both. The dev counts are in docs/extract-journal.md (*… : rules
(extract194)*).
"""

from __future__ import annotations

import datetime as dt

from _extract_helpers import one_draft

PUBLISHED = dt.date(2024, 9, 2)  # a Monday


def _blame(text: str) -> tuple[object, object]:
    """The one draft's attribution and actor for a house-written report of ``text``, published on
    :data:`PUBLISHED`."""
    draft = one_draft(text, PUBLISHED, locate=None)
    return draft.get("attribution"), draft.get("perpetrator")


def test_smugglers_killed_after_their_armed_resistance_are_the_actor() -> None:
    assert _blame(
        "Four smugglers were killed in a clash with border guards in Takhar province on Sunday, local officials said. "
        "The smugglers lost their lives after putting up armed resistance against the guards, the officials said."
    ) == ("alleged", "smugglers")


def test_traffickers_who_offered_resistance_are_the_actor() -> None:
    assert _blame(
        "Two drug traffickers were shot dead in a clash on the border on Sunday, the border service said. The "
        "traffickers were shot dead after offering armed resistance to the patrol, it said."
    ) == ("alleged", "traffickers")


def test_they_fought_in_the_clause_after_the_smugglers_when() -> None:
    assert _blame(
        "Border guards clashed with smugglers near the border on Sunday, a commander said. When the smugglers saw "
        "the patrol coming, he said, they fought for two hours and then fled, leaving their load behind."
    ) == ("alleged", "smugglers")


def test_the_guards_killing_smugglers_alone_stays_unattributed() -> None:  # guard: only the guards' kill told
    assert _blame(
        "Border guards killed three smugglers in a clash near the border on Sunday, the border service said. Two "
        "bags of heroin were seized at the scene, it said."
    ) == ("unattributed", None)


def test_smugglers_who_put_up_no_resistance_are_no_actor() -> None:  # guard: resistance denied
    assert _blame(
        "Border guards killed two smugglers in a clash near the border on Sunday, the border service said. The other "
        "smugglers put up no resistance and were detained, it said."
    ) == ("unattributed", None)


def test_the_guards_who_fought_back_are_no_act_of_the_smugglers() -> None:  # guard: the guards' own fight
    assert _blame(
        "Border guards killed two smugglers in a clash near the border on Sunday, the border service said. The guards "
        "fought back after coming under fire, it said."
    ) == ("unattributed", None)
