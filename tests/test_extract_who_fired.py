"""Who did it: smugglers who opened fire, a label told with its origin, a distance that is no origin, and a state's
forces named for their period (issue 14, extract152).

Every sentence here is written for this file. The fill tests fail on the code before this change: "the smugglers
opened fire on the guards" (and "they opened fire on them" a sentence after the smugglers are named) was left at
the default; "Unidentified militants fired four rockets from Afghanistan" named nobody; a town "ten kilometres from
the Afghan border" kept the bare label "militants" as if they came from there; and "Afghan forces" on a day of 2014
was not the actor "Afghan National Army". The guards pass on both. docs/extract-journal.md, "Who fired, the label
and its origin, and a state's forces by period: rules (extract152)", gives the counts behind each.
"""

from __future__ import annotations

import datetime as dt

import pytest
from eval_extract import _real_same, _same_actor

from _extract_helpers import one_draft
from incident_tracker.extract.actors import canonical_actor, label_origin
from incident_tracker.extract.attribution import read_attribution

# --- smugglers who opened fire ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Border guards in Mirjaveh county ambushed a convoy of drug smugglers on Sunday night, the provincial "
            "police chief said, and the smugglers opened fire on the guards before fleeing toward the border. "
            "The guards seized 600 kilograms of opium.",
            "smugglers",
        ),
        (
            "Guards at the Taftan post stopped two pickups on Sunday night, the commander said. The drug "
            "traffickers were carrying 400 kilograms of hashish. When they saw the patrol they opened fire on "
            "them, and the guards answered; the traffickers left the pickups and ran.",
            "drug traffickers",
        ),
        (
            "The border guards had word of a smuggling gang bringing opium across near Jalq, the commander said. "
            "On Sunday night the smugglers opened fire on the border guards who stopped them near the village.",
            "a smuggling gang",
        ),
        (
            "Two villagers and three kidnappers died in a fight on the Tajik-Afghan border on Sunday night, Radio "
            "Ozodi reported. According to villagers, three armed Afghan smugglers had come to the village of Chubek "
            "the night before. They seized two farmers and tried to take them across the river, but the farmers "
            "fought back and two of the smugglers were killed.",
            "armed Afghan smugglers",
        ),
    ],
)
def test_smugglers_who_opened_fire_on_the_guards_are_alleged(text: str, actor: str) -> None:
    draft = one_draft(text)
    assert draft["attribution"] == "alleged"
    assert draft["perpetrator"] == actor


@pytest.mark.parametrize(
    "text",
    [
        # the guards fired on the smugglers: the state's act, not the smugglers'
        "Border guards opened fire on a group of smugglers near Mirjaveh on Sunday night, the police chief said.",
        # the smugglers only answered
        "Border guards fired on a smugglers' convoy near Saravan on Sunday night, and the smugglers fired back at "
        "the guards, the commander said.",
        # "they" of the guards, the smugglers named only as their quarry
        "The guards were looking for the smugglers near Jalq on Sunday. When they saw the pickups they opened fire "
        "on them, the commander said.",
    ],
)
def test_fire_on_smugglers_or_in_answer_blames_no_smuggler(text: str) -> None:
    draft = one_draft(text)
    assert "smuggl" not in str(draft.get("perpetrator") or "")


# --- a label told with its origin ---------------------------------------------------------------------------------


def test_unidentified_militants_firing_from_a_country_are_alleged_with_the_origin() -> None:
    draft = one_draft("Unidentified militants fired four rockets from Afghanistan into Bajaur Agency on Sunday.")
    assert draft["attribution"] == "alleged"
    assert draft["perpetrator"] == "Unidentified militants"
    assert draft["origin_country"] == "AF"


@pytest.mark.parametrize(
    ("text", "actor", "origin"),
    [
        ("Militants fired six rockets from Afghanistan into Kurram on Sunday.", "Militants", "AF"),
        ("Terrorists from the Afghan side attacked the post.", "Terrorists", "AF"),
        ("Iranian border guards fired rockets from Iran into Panjgur.", "Iranian border guards", None),
        ("Militants fired six rockets into Kurram on Sunday.", "Militants", None),
    ],
)
def test_where_labelled_attackers_came_from(text: str, actor: str, origin: str | None) -> None:
    assert label_origin(text, actor) == origin


# --- a distance from the border is no origin ----------------------------------------------------------------------


def test_a_town_some_kilometres_from_the_border_tells_no_origin_of_the_militants() -> None:
    draft = one_draft(
        "At least six people were killed on Sunday when a rocket fired by militants hit a shop in a town on the "
        "Pakistani-Afghan border. A local official said the militants fired three rockets at a Frontier Corps camp "
        "in Landi Kotal, a town some ten kilometres from the Afghan border, but one fell on a shop."
    )
    assert draft.get("perpetrator") is None
    assert draft.get("attribution") in (None, "unattributed")


def test_militants_who_came_from_across_the_border_keep_the_allegation() -> None:
    draft = one_draft(
        "Militants who came from Afghanistan attacked a Frontier Corps post in Landi Kotal, a town some ten "
        "kilometres from the Afghan border, on Sunday, killing two soldiers, officials said."
    )
    assert draft["attribution"] == "alleged"


# --- a state's forces named for their period ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "day", "actor"),
    [
        ("Afghan forces", dt.date(2014, 3, 29), "Military Forces of Afghanistan (2004-2021)"),
        ("the Afghan troops", dt.date(2009, 6, 1), "Military Forces of Afghanistan (2004-2021)"),
        ("Afghan forces", dt.date(2023, 9, 6), "Taliban"),
        # 2021: the Republic's forces until August, the Taliban's after: the year does not tell which
        ("Afghan forces", dt.date(2021, 7, 26), None),
        ("Afghan forces", None, None),
        # before the Republic's army
        ("Afghan forces", dt.date(2001, 11, 1), None),
        # a border force is no army of the period
        ("Afghan border forces", dt.date(2014, 3, 29), None),
        ("Pakistani troops", dt.date(2014, 3, 29), "Military Forces of Pakistan"),
    ],
)
def test_a_states_forces_named_for_the_period_they_served(phrase: str, day: dt.date | None, actor: str | None) -> None:
    assert canonical_actor(phrase, day) == actor


def test_the_scorer_takes_afghan_forces_of_2014_for_the_afghan_national_army() -> None:
    assert _same_actor("the Afghan National Army", "Afghan forces", dt.date(2014, 3, 29))
    assert _real_same("actor", "the Afghan National Army", "Afghan forces", on=dt.date(2014, 3, 29))
    assert not _same_actor("the Afghan National Army", "Afghan forces")
    assert not _same_actor("the Afghan National Army", "Afghan forces", dt.date(2023, 9, 6))
    assert _same_actor("the Taliban", "Afghan forces", dt.date(2023, 9, 6))


# --- a group's claim told as a noun by the other side -------------------------------------------------------------


def test_a_claim_the_other_side_rejects_is_still_the_groups_claim() -> None:
    draft = one_draft(
        "Hundreds of Taliban fighters attacked police posts in Kamdesh district of Nuristan on Monday night, the "
        "provincial police chief told reporters on Tuesday. He rejected the Taliban's claim to have captured nine "
        "police checkpoints in the district, and said two policemen were killed."
    )
    assert draft["attribution"] == "claimed"
    assert "Taliban" in draft["perpetrator"]


@pytest.mark.parametrize(
    ("text", "status", "actor"),
    [
        ("Officials dismissed the TTP's claims that its fighters had killed 20 soldiers.", "claimed", "TTP"),
        # a state's forces' claim is no group's
        ("The ministry rejected the ISPR's claim that it had killed 30 terrorists in the raid.", None, None),
        # a claim of no act
        ("He dismissed the Taliban's claim that the talks had failed.", None, None),
    ],
)
def test_a_claim_told_as_a_noun(text: str, status: str | None, actor: str | None) -> None:
    found = read_attribution(text)
    assert (found.status if found else None) == status
    assert (found.perpetrator if found else None) == actor


# --- an officer told by an army's rank ----------------------------------------------------------------------------


def test_an_officer_with_an_armys_rank_in_the_military_statement_is_the_military() -> None:
    draft = one_draft(
        "Captain Bilal Khan, a young officer, was martyred when terrorists from Afghanistan attacked the Bagh area "
        "of the Tirah valley in Khyber district on Sunday, the Inter-Services Public Relations said."
    )
    assert draft["target_type"] == "military"


def test_a_police_lieutenant_stays_the_police() -> None:
    draft = one_draft(
        "Lieutenant Reza Karimi, a police officer, was shot dead by gunmen in Saravan on Sunday, the police said. "
        "The army said it would help find the attackers."
    )
    assert draft.get("target_type") != "military"
