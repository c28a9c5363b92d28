"""Rules from round 67's dev misses (issue 14): house-written sentences, one behaviour each."""

from __future__ import annotations

import datetime as dt

from incident_tracker.extract import extract_drafts

PUBLISHED = dt.date(2019, 5, 14)  # a Tuesday


def _one(text: str) -> dict[str, object]:
    drafts = extract_drafts(text, PUBLISHED)
    assert len(drafts) == 1, [d.values for d in drafts]
    return drafts[0].values


def test_a_plane_brought_down_by_air_defence_is_a_disrupted_weapons_use() -> None:
    values = _one(
        "Kyrgyzstan's air defense system brought down a Tajik military plane on Monday near the border, "
        "the Defense Ministry said on Tuesday. The ministry said one airman had been hurt."
    )
    assert values["sub_event_type"] == "Disrupted weapons use"
    assert values["event_date"] == "2019-05-13"  # the sentence of the act is dated, not a week's estimate
    # "Kyrgyz air defence forces", written by the dictionary's name since extract164 (air defence is the state's forces)
    assert (values["attribution"], values["perpetrator"]) == ("confirmed", "Military Forces of Kyrgyzstan")
    assert values.get("injured") == 1  # the crew hurt are the downing's own, not a strike's


def test_a_drone_that_wounded_and_was_then_shot_down_is_still_the_strike() -> None:
    values = _one("A drone fired on a post on Monday, wounding two guards, before it was shot down, police said.")
    assert values.get("sub_event_type") != "Disrupted weapons use"


def test_a_group_that_overran_a_district_overtakes_territory_on_its_own_claim() -> None:
    values = _one(
        "The Taliban overran the district centre on Monday after a night of fighting. "
        "The Taliban said their fighters had captured the district headquarters."
    )
    assert values["sub_event_type"] == "Non-state actor overtakes territory"
    assert (values["attribution"], values["perpetrator"]) == ("claimed", "Taliban")


def test_a_district_that_fell_to_a_group_is_alleged_on_the_police_word() -> None:
    values = _one(
        "Police in the province said the Taliban attacked several posts on Sunday night. "
        "The centre of the district fell to the Taliban on Monday morning, the police said."
    )
    assert values["sub_event_type"] == "Non-state actor overtakes territory"
    assert (values["attribution"], values["perpetrator"]) == ("alleged", "Taliban")


def test_ground_taken_back_by_the_state_is_not_a_group_taking_it() -> None:
    values = _one("Troops recaptured the district centre from the Taliban on Monday after a clash that killed four.")
    assert values.get("sub_event_type") != "Non-state actor overtakes territory"


def test_guards_who_used_their_weapons_fired_firearms() -> None:
    values = _one(
        "Two traders were wounded on Monday at the border; the guards then used their weapons, a villager said."
    )
    assert values.get("weapons") == ["firearms"]


def test_a_first_count_of_the_hurt_gives_way_to_the_later_one() -> None:
    values = _one(
        "A border post came under fire on Monday, the guard service said. The service first said one guard had been "
        "hurt. Later on Monday it said three guards had been wounded."
    )
    assert values.get("injured") == 3


def test_two_counts_of_the_hurt_with_no_revision_told_keep_the_first() -> None:
    values = _one(
        "A border post came under fire on Monday, the guard service said. One guard had been hurt, the service said. "
        "A villager said three guards had been wounded."
    )
    assert values.get("injured") != 3


def test_the_weapons_used_reading_keeps_every_violence_word_whole() -> None:
    from incident_tracker.extract.vocab import VIOLENCE

    assert VIOLENCE.search("The guards then used their weapons.") is not None
    assert VIOLENCE.search("The talks ran past the deadline and the raiders' tollgate stayed shut.") is None


def _crossed(text: str) -> bool:
    from incident_tracker.extract.draft import Draft
    from incident_tracker.extract.parties import crossed_into
    from incident_tracker.extract.sentences import split_sentences

    sentences = split_sentences(text)
    draft = Draft()
    draft.values.update(victim_nationality="TJ", target_type="civilians", perpetrator="Uzbek border guards")
    draft.sentences = [s.index for s in sentences]
    crossed_into(draft, sentences, set())
    return "_crossed_into" in draft.values


def test_a_fee_for_crossing_is_no_crossing_into_the_guards_state() -> None:
    assert not _crossed(
        "Two Tajik traders were shot. The guards fired after a quarrel over the fee for crossing the border."
    )
    assert _crossed("Two Tajik traders were shot as they were crossing the border into Uzbekistan.")  # guard
