"""Who took the district, claims read as allegations, and "terrorists" in official statements (issue 14, extract147).

Every sentence here is written for this file. The fill tests fail on the code before this change: "Taliban militants
overran the district" gave the generic "militants", which was then dropped as naming no one; a spokesman named after
his title ("Taliban spokesman X said the fighters had seized …") or told by "their spokesman" was not the group's
claim; the forces taking a district back were drafted as the group's capture; "put out a statement claiming the
killing" was no claim; "gunmen of the … group X" gave "gunmen"; a state's "terrorists" stayed alleged where only an
earlier attack told an origin; and a speaker's account that names no one was ``alleged``. The guards pass on both.
docs/extract-journal.md, "Who took the district, claims read as allegations, and terrorists in official statements:
rules (extract147)", gives the counts behind each.
"""

from __future__ import annotations

import datetime as dt

import pytest

from _extract_helpers import one_draft
from incident_tracker.extract.account_only import names_no_one
from incident_tracker.extract.attribution import read_attribution
from incident_tracker.extract.generic_labels import group_of_label
from incident_tracker.extract.who_took import taker

# --- who took the district -------------------------------------------------------------------------------------

TAKEN_BY_NAME = [
    "Taliban militants overran the Almar district of Faryab province on Friday, a provincial councillor said.",
    "The Taliban insurgents seized the district centre of Shortepa on Friday after a night of fighting, local "
    "officials said.",
    "The Taliban's push in the north went on as the militants captured two border posts near Aqina on Friday, a "
    "police spokesman said.",
]


@pytest.mark.parametrize("text", TAKEN_BY_NAME)
def test_the_group_named_before_the_capture_is_its_actor(text: str) -> None:
    draft = one_draft(text)
    assert draft["sub_event_type"] == "Non-state actor overtakes territory"
    assert draft["perpetrator"] == "Taliban"
    assert draft["attribution"] == "alleged"


@pytest.mark.parametrize(
    ("named", "who"),
    [
        (["Taliban", "militants"], "Taliban"),
        (["insurgents", "Taliban", "rebels"], "Taliban"),
        (["militants"], "militants"),
        (["Taliban", "Islamic State"], "Islamic State"),
    ],
)
def test_a_name_wins_over_the_word_for_its_men(named: list[str], who: str) -> None:
    assert taker(named) == who


SPOKESMAN_TELLS = [
    "The Taliban overran the Khan Abad district on Friday. Taliban spokesman Qari Yusuf, for his part, said the "
    "fighters had seized nine police posts in the district.",
    "The Taliban overran the Khan Abad district on Friday, officials said. Their spokesman, Qari Yusuf, said their "
    "fighters had taken all the weapons in the district centre.",
    "The Taliban overran the Khan Abad district on Friday. In a message to reporters, Taliban spokesman Qari Yusuf "
    "said the fighting began before dawn and that the insurgents took the governor's compound.",
]


@pytest.mark.parametrize("text", SPOKESMAN_TELLS)
def test_the_group_s_spokesman_telling_the_capture_is_its_claim(text: str) -> None:
    draft = one_draft(text)
    assert draft["perpetrator"] == "Taliban"
    assert draft["attribution"] == "claimed"


@pytest.mark.parametrize(
    "text",
    [
        # an official, not the group, tells the capture
        "The Taliban overran the Khan Abad district on Friday. The governor's spokesman said the fighters had seized "
        "nine police posts.",
        # the group's spokesman denies it
        "The Taliban overran the Khan Abad district on Friday, officials said. Taliban spokesman Qari Yusuf said the "
        "fighters had not captured the district centre.",
    ],
)
def test_a_capture_not_told_by_the_group_stays_alleged(text: str) -> None:
    draft = one_draft(text)
    assert draft["perpetrator"] == "Taliban"
    assert draft["attribution"] == "alleged"


def test_ground_taken_back_is_the_forces_act() -> None:
    draft = one_draft(
        "Afghan security forces backed by tribal elders have driven the Taliban out of Dasht-e Archi, a district on "
        "the Tajik border, officials said on Friday.\n\n"
        "The district was said to have fallen to the Taliban three weeks earlier. Some 30 militants were killed in "
        "the operation on Thursday, the army said."
    )
    assert draft["perpetrator"] == "Afghan security forces"
    assert draft["attribution"] == "confirmed"


def test_a_capture_after_a_lead_about_something_else_stays_the_group_s() -> None:
    draft = one_draft(
        "Taliban fighters overran the Dasht-e Archi district on the Tajik border on Friday, officials said. "
        "Government forces had retaken the district last year."
    )
    assert draft["perpetrator"] == "Taliban"
    assert draft["attribution"] == "alleged"


# --- claims told otherwise ------------------------------------------------------------------------------------------


def test_a_statement_claiming_the_killing_is_the_group_s_claim() -> None:
    found = read_attribution(
        "The militant group Jaish al-Adl put out a statement claiming the killing of the police chief and two of "
        "his guards."
    )
    assert found is not None
    assert (found.status, found.perpetrator) == ("claimed", "Jaish al-Adl")


@pytest.mark.parametrize(
    "text",
    [
        "The militant group Jaish al-Adl put out a statement claiming the killing was a reply to executions.",
        "The militant group Jaish al-Adl put out a statement claiming that the police had fired first.",
    ],
)
def test_a_statement_claiming_something_else_is_no_claim(text: str) -> None:
    found = read_attribution(text)
    assert found is None or found.status != "claimed"


@pytest.mark.parametrize(
    ("label", "sentence", "group"),
    [
        (
            "gunmen",
            "Two policemen died in a clash with gunmen of the Sunni militant group Jaish al-Adl.",
            "Jaish al-Adl",
        ),
        ("militants", "A soldier was killed by militants of the TTP near the post.", "TTP"),
        ("gunmen", "A policeman was killed by gunmen of the area, the police said.", None),
        ("Jaish al-Adl", "A policeman was killed by Jaish al-Adl gunmen.", None),
    ],
)
def test_the_group_a_label_is_told_of(label: str, sentence: str, group: str | None) -> None:
    assert group_of_label(label, sentence) == group


def test_gunmen_of_a_group_reach_the_draft_as_the_group() -> None:
    draft = one_draft(
        "A police sergeant was killed on Sunday in Saravan in clashes with gunmen of the Baluch militant group "
        "Jaish al-Adl, the provincial police said."
    )
    assert draft["perpetrator"] == "Jaish al-Adl"
    assert draft["attribution"] == "alleged"


# --- a state's "terrorists" and a speaker's account ---------------------------------------------------------------


def test_terrorists_are_no_one_when_only_an_earlier_attack_told_an_origin() -> None:
    draft = one_draft(
        "Three soldiers were martyred when terrorists attacked a check post near the Iranian border in Panjgur "
        "district on Sunday, the ISPR said.\n\n"
        "In March, two soldiers were martyred when terrorists operating from Iranian soil fired on a patrol in the "
        "same district.",
        dt.date(2025, 12, 1),
    )
    assert draft["attribution"] == "unattributed"
    assert "perpetrator" not in draft


def test_terrorists_with_an_origin_in_the_event_s_own_report_stay() -> None:
    draft = one_draft(
        "Three soldiers were martyred when terrorists attacked a check post near the Iranian border in Panjgur "
        "district on Sunday, the ISPR said. The terrorists had come from Iranian soil, it said."
    )
    assert draft["attribution"] == "alleged"
    assert draft["perpetrator"] == "terrorists"


@pytest.mark.parametrize(
    "text",
    [
        "The police said the two constables were on their way home when they were fired upon near Nikshahr.",
        "Reports say suspects behind the blast in Chabahar on Sunday have been arrested.",
    ],
)
def test_an_account_that_names_no_one_is_no_allegation(text: str) -> None:
    assert read_attribution(text) is None


@pytest.mark.parametrize(
    ("account", "nameless"),
    [
        (" the constables were on their way home when they were fired upon.", True),
        (" Afghan border guards fired on the farmers.", False),
        (" the men who crossed into Tajikistan were armed.", False),
        (" militants fired from the hills.", False),
        (" the Jaish al-Adl cell fired on the post.", False),
        (" those responsible would be punished.", False),
    ],
)
def test_what_an_account_names(account: str, nameless: bool) -> None:
    assert names_no_one(account) is nameless


def test_a_speaker_who_is_nobody_is_left_to_the_negation() -> None:
    assert names_no_one(" where the rockets were fired from.", "No one") is False
    found = read_attribution("Nobody has said where the rockets were fired from.")
    assert found is not None
    assert (found.status, found.attributed_by) == ("unattributed", None)


def test_an_account_that_names_a_side_is_still_alleged() -> None:
    found = read_attribution("Officials said the farmers were fired upon after they crossed into Tajikistan.")
    assert found is not None
    assert found.status == "alleged"
