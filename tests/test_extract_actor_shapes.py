"""The actor and attribution shapes left empty out of sample (issue 14, extract138): one man of a state's force told
acting, the agent of the fire inside a speaker's clause, the attackers told by their trade, an origin told as "the
X side", and a duty that is no claim.

Every sentence here is written for this file. The fill tests fail on the code before this change (the lone man, the
agent after "fired by" and the trade were left empty; "from the Afghan side" gave the origin place "Afghan"; "said it
was responsible for security" was a claim); the guards pass on both. docs/extract-journal.md, "The actor and
attribution shapes left empty out of sample: rules (extract138)", gives the counts behind each.
"""

from __future__ import annotations

import pytest

from _extract_helpers import one_draft
from incident_tracker.extract.attribution import read_attribution
from incident_tracker.extract.lone_man import lone_man_acted
from incident_tracker.extract.said_acted import side_said_to_act

LONE_MAN = [
    (
        "Army officials said an Afghan soldier was shot and wounded by a Tajik border guard near Panj on Sunday.",
        "a Tajik border guard",
    ),
    (
        "A spokesman said a Kyrgyz border guard opened fire on the herders near Ak-Sai on Sunday.",
        "a Kyrgyz border guard",
    ),
    ("The bombing came after an Iranian soldier fired on the patrol near Taftan on Sunday.", "an Iranian soldier"),
]


@pytest.mark.parametrize(("text", "man"), LONE_MAN)
def test_one_man_of_a_state_told_acting_is_the_actor_as_written(text: str, man: str) -> None:
    assert lone_man_acted(text) == man
    found = read_attribution(text)
    assert found is not None
    assert found.status == "alleged"


def test_the_lone_man_reaches_the_draft() -> None:
    draft = one_draft("A farmer was shot and wounded by an Uzbek border guard near Kaitpas on Sunday, officials said.")
    assert draft["attribution"] == "alleged"
    assert draft["perpetrator"]  # the dictionary's name for Uzbekistan's forces, or the man as written


NOT_A_LONE_MAN = [
    # a victim, not who fired
    "A Kyrgyz border guard was wounded near Ak-Sai on Sunday.",
    "An Uzbek soldier was shot by unknown gunmen near the post on Sunday.",
    # an exchange with him tells two sides, not who fired
    "One soldier was wounded in an exchange of gunfire with a Pakistani border guard on Sunday.",
    # a man of no nation named
    "A border guard opened fire on the herders on Sunday.",
]


@pytest.mark.parametrize("text", NOT_A_LONE_MAN)
def test_a_victim_an_exchange_or_no_nation_names_no_lone_man(text: str) -> None:
    assert lone_man_acted(text) is None


def test_the_agent_of_the_fire_in_a_speakers_clause_is_the_actor() -> None:
    found = read_attribution(
        "Local officials say four herders died on Sunday when rockets fired by foreign forces from across the border "
        "came down on their camp."
    )
    assert found is not None
    assert (found.status, found.perpetrator) == ("alleged", "foreign forces")


def test_a_generic_agent_of_the_fire_is_no_side_of_the_speakers_clause() -> None:
    assert side_said_to_act(" four herders died when rockets fired by militants came down on their camp.") is None


def test_fire_from_the_x_side_gives_the_country_not_a_place() -> None:
    found = read_attribution("Police said on Sunday that shells fired from the Iranian side hit two houses in Mand.")
    assert found is not None
    assert (found.origin_place, found.origin_country) == (None, "IR")


def test_the_attackers_told_by_their_trade_are_the_actor() -> None:
    found = read_attribution("The attackers were drug traffickers, according to a local official.")
    assert found is not None
    assert (found.status, found.perpetrator) == ("alleged", "drug traffickers")


@pytest.mark.parametrize(
    "text",
    [
        "The attackers were killed in the gunfight, according to a local official.",
        "The attackers were militants, according to a local official.",
    ],
)
def test_the_attackers_dead_or_labelled_are_no_trade(text: str) -> None:
    found = read_attribution(text)
    assert found is None or found.perpetrator not in ("killed", "militants")


@pytest.mark.parametrize(
    "text",
    [
        "The Levies said they were responsible for security on the road where the convoy was ambushed on Sunday.",
        "The Frontier Corps said it was responsible for guarding the post where two soldiers were killed on Sunday.",
    ],
)
def test_a_duty_is_no_claim_and_no_blame(text: str) -> None:
    assert read_attribution(text) is None


def test_a_group_owning_the_attack_still_claims_it() -> None:
    found = read_attribution("The Sistan Liberation Front said it was responsible for the attack on the post.")
    assert found is not None
    assert found.status == "claimed"


THE_SIDE = [
    "The Uzbek side ignored the warnings and opened fire on the Kyrgyz post near Kerkidon, the service said.",
    "The border service said the Tajik side threw stones at the guards near Ak-Sai on Sunday.",
]


@pytest.mark.parametrize("text", THE_SIDE)
def test_the_x_side_told_doing_violence_is_the_actor(text: str) -> None:
    found = read_attribution(text)
    assert found is not None
    assert found.status == "alleged"
    assert found.perpetrator in ("the Uzbek side", "the Tajik side")


NOT_THE_SIDE_ACTING = [
    # what set a clash off, not violence
    "The Tajik side began fixing cameras to a pole near the canal, the service said.",
    # a negated act
    "The Uzbek side did not open fire, the service said.",
    # the side as where the attackers came from, not who acted
    "Officials said gunmen operating from the Iranian side attacked the patrol.",
]


@pytest.mark.parametrize("text", NOT_THE_SIDE_ACTING)
def test_a_side_that_set_no_violence_or_is_only_a_place_is_no_actor(text: str) -> None:
    found = read_attribution(text)
    assert found is None or "side" not in (found.perpetrator or "")


def test_the_side_gives_way_to_its_men_named_in_a_later_sentence() -> None:
    draft = one_draft(
        "The Tajik border service said on Monday that the Kyrgyz side used firearms against the villagers of Chorkuh "
        "on Sunday. Some 40 residents of the Kyrgyz village of Ak-Sai threw stones at the villagers, and nine people "
        "were hurt, the statement said."
    )
    assert draft["perpetrator"] == "Some 40 residents of the Kyrgyz village of Ak-Sai"


def test_crossers_who_answered_the_guards_with_fire_are_the_actor() -> None:
    found = read_attribution(
        "A band of armed Afghan traffickers met the patrol's order to stop with automatic fire, the press centre said."
    )
    assert found is not None
    assert (found.status, found.perpetrator, found.origin_country) == (
        "alleged",
        "a band of armed Afghan traffickers",
        "AF",
    )


def test_a_states_reply_with_fire_is_no_crossers_act() -> None:
    found = read_attribution("The security forces answered at once with heavy fire on the positions.")
    assert found is None or found.perpetrator is None


ACCOUNTS_APART = [
    "The accounts of the two sides were far apart on who fired first.",
    "The Kyrgyz border service gave a different account: its guards fired only after stones were thrown.",
    "Both sides gave conflicting accounts of the shooting near the post on Sunday.",
]


@pytest.mark.parametrize("text", ACCOUNTS_APART)
def test_two_sides_accounts_told_apart_are_disputed(text: str) -> None:
    found = read_attribution(text)
    assert found is not None
    assert found.status == "disputed"


NOT_ACCOUNTS_APART = [
    # witnesses are not a side
    "Local sources and witnesses had given the radio a different account, saying Uzbek guards fired first.",
    # why it started, not who did it
    "The Tajik army and the Kyrgyz militia gave different reasons for the clash near the post.",
]


@pytest.mark.parametrize("text", NOT_ACCOUNTS_APART)
def test_witnesses_account_or_different_reasons_are_not_disputed(text: str) -> None:
    found = read_attribution(text)
    assert found is None or found.status != "disputed"


@pytest.mark.parametrize(
    "text",
    [
        "The BLA said it had not killed the two guards found near the post on Sunday.",
        "TTP spokesman Ali Khan said the group's fighters had not attacked the convoy on Sunday.",
        "TTP spokesman Ali Khan denies that the group's fighters had killed the guards on Sunday.",
    ],
)
def test_one_list_of_negations_keeps_a_denial_from_being_a_claim(text: str) -> None:
    found = read_attribution(text)
    assert found is None or found.status != "claimed"
