"""Two sides blaming each other across two sentences is the codebook's ``disputed`` (the thirty-seventh round).

The sentences are written for this file. One side's account alone, or the two countries' standing quarrel,
leaves the incident as one side tells it. The dev figures are in docs/extract.md.
"""

from __future__ import annotations

import datetime as dt

from incident_tracker.extract import extract_drafts
from incident_tracker.extract.accusations import Accusation, accusations
from incident_tracker.extract.draft import Draft

PUBLISHED = dt.date(2024, 5, 8)


def _draft(text: str) -> Draft:
    drafts = extract_drafts(text, PUBLISHED)
    assert len(drafts) == 1, [d.values for d in drafts]
    return drafts[0]


def test_each_side_blaming_the_other_in_its_own_sentence_is_disputed() -> None:
    kabul = "Kabul said Pakistani forces opened fire first."
    islamabad = "Islamabad said Afghan forces started the firing."
    draft = _draft(f"Two guards were killed on Tuesday in a clash at the Torkham crossing. {kabul} {islamabad}")
    assert draft.values["attribution"] == "disputed"
    assert "perpetrator" not in draft.values
    # who said what: both accounts, Kabul's first
    evidence = draft.evidence["attribution"]
    assert kabul in evidence and islamabad in evidence
    assert evidence.index(kabul) < evidence.index(islamabad)


def test_a_quoted_account_whose_speaker_follows_the_quotation() -> None:
    draft = _draft(
        "A guard was killed on Monday in a shootout on the border. "
        '"The Uzbek side used weapons, firing at our post. A soldier died," the Kyrgyz border service said. '
        "The Uzbek border troops said the Kyrgyz side had sent more men, who opened fire on residents."
    )
    assert draft.values["attribution"] == "disputed"


def test_one_side_blaming_the_other_stays_that_sides_account() -> None:
    draft = _draft(
        "Two guards were killed on Tuesday in a clash at the Torkham crossing. "
        "Kabul said Pakistani forces opened fire first. Pakistani officials said the guards had been on patrol."
    )
    assert draft.values["attribution"] != "disputed"


def test_the_standing_quarrel_is_no_accusation() -> None:
    assert accusations("Islamabad accuses Kabul of sheltering militants behind the attacks.") == []
    assert accusations("Afghanistan in turn often accuses Pakistan of giving the Taliban safe haven.") == []


def test_fire_answered_or_suffered_accuses_no_one() -> None:
    assert accusations("Afghan officials said Pakistani forces fired back.") == []
    assert accusations("Tajik soldiers were wounded, Kyrgyz officials said.") == []
    assert accusations("Pakistani officials said their troops returned fire after Afghan forces opened fire.") == [
        Accusation("PK", "AF")
    ]


_BORDER_CLASH = "Pakistani and Afghan border forces clashed at a crossing on Thursday, and two soldiers were killed."


def test_a_side_blamed_plainly_against_a_counter_account_is_disputed_in_either_order() -> None:
    # issue 14, "Blame said plainly": the bare blame is one accusation, the fire "from the other side" the other
    blamed = "Afghan officials blamed Pakistani troops."
    for counter in (
        "Pakistan's army said its men had come under unprovoked fire from the Afghan side.",
        "Pakistan's army said its men returned fire after being shot at from Afghan positions.",
    ):
        for first, second in ((blamed, counter), (counter, blamed)):
            draft = _draft(f"{_BORDER_CLASH} {first} {second}")
            assert draft.values["attribution"] == "disputed", (first, second, draft.values)


def test_one_side_blaming_plainly_stays_that_sides_allegation() -> None:
    draft = _draft(f"{_BORDER_CLASH} Afghan officials blamed Pakistani troops.")
    assert draft.values["attribution"] == "alleged"
    assert accusations("Afghan officials blamed Pakistani troops for nothing of the kind, he said.") == []
    assert accusations("Afghan officials blamed the weather.") == []
