"""A state's guards or troops told by a witness as the doers of an attack (extract193): ``alleged``, the force's
phrase as the actor and the teller as the accuser.

Every sentence here is written for this file; none is a report's. The tests of what the rule reads fail on main's
code before this branch; the guards pass on both. The dev counts are in docs/extract-journal.md (*… : rules
(extract193)*).
"""

from __future__ import annotations

import datetime as dt

from _extract_helpers import one_draft

PUBLISHED = dt.date(2024, 9, 2)  # a Monday


def _blame(text: str) -> tuple[object, object, object]:
    """The one draft's attribution, perpetrator and accuser for a house-written report of ``text``."""
    draft = one_draft(text, PUBLISHED, locate=None)
    return draft.get("attribution"), draft.get("perpetrator"), draft.get("attributed_by")


# --- what the rule reads (extract/guards_told.py) ---------------------------------------------------------------------


def test_a_rights_worker_telling_that_border_guards_beat_a_trader_alleges_it() -> None:
    assert _blame(
        "A cotton trader died on Friday near the Kazakh border. Karim Nazarov of a local rights group told the "
        "radio that the trader died after border guards beat him and two other men."
    ) == ("alleged", "border guards", "Karim Nazarov of a local rights group")


def test_the_guards_people_word_stays_in_the_actor() -> None:
    assert _blame(
        "A shepherd was wounded on Sunday near the Tajik border. A villager told reporters that Uzbek border "
        "guards shot at him while he was grazing his sheep."
    ) == ("alleged", "Uzbek border guards", "A villager")


# --- guards: what the rule leaves ------------------------------------------------------------------------------------


def test_a_service_telling_of_its_guards_fire_is_not_an_allegation() -> None:
    attribution, perpetrator, _ = _blame(
        "A man who had crossed the border illegally was wounded on Sunday. The border service told reporters that "
        "guards fired at him when he ignored an order to stop."
    )
    assert attribution != "alleged" or perpetrator is None


def test_a_spokesman_named_with_his_role_speaks_for_his_side() -> None:
    attribution, perpetrator, _ = _blame(
        "A man who had crossed the border illegally was wounded on Sunday. Ali Karimov, a border service spokesman, "
        "told reporters that guards fired at him when he ignored an order to stop."
    )
    assert attribution != "alleged" or perpetrator is None


def test_guards_named_as_the_victims_are_not_the_doers() -> None:
    _, perpetrator, _ = _blame(
        "Two border guards were wounded on Sunday. A villager told reporters that gunmen shot at the border guards "
        "near the post."
    )
    assert perpetrator != "border guards"


def test_a_denial_reads_nothing() -> None:
    _, perpetrator, _ = _blame(
        "A trader died on Friday near the border. His brother told the radio that border guards had not beaten him."
    )
    assert perpetrator is None
