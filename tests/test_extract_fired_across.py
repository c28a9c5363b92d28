"""Who fired across, suspects, and fighters named with their origin (issue 14, extract150).

Every sentence here is written for this file. The fill tests fail on the code before this change: shots told only
by where they came from ("unknown people fired shots from the Uzbek side", "shells fired from Iran fell") were left
at the default, and two states' standing quarrel ("have each accused the other of …", "trading charges over
terrorism") was read as this event's ``disputed``. The guards pass on both. docs/extract-journal.md, "Who fired
across, suspects, and fighters named with their origin: rules (extract150)", gives the counts behind each.
"""

from __future__ import annotations

import pytest

from _extract_helpers import one_draft
from incident_tracker.extract.attribution import read_attribution
from incident_tracker.extract.shots_across import fire_origin

# --- who fired across ---------------------------------------------------------------------------------------------

FIRE_FROM_ACROSS = [
    (
        "At about nine on Sunday evening, unknown people fired five shots from the Uzbek side near the village of "
        "Ak-Tash. Nobody was hurt.",
        "UZ",
    ),
    (
        "A farmer was wounded on Sunday when mortar shells fired from Iran fell on fields near Mand in Kech district.",
        "IR",
    ),
    (
        "The border service has reported shooting from Tajik territory near the village of Kairagach on Sunday "
        "night. A border guard was wounded in the leg.",
        "TJ",
    ),
    (
        "According to the statement, unidentified men on the Kyrgyz side fired several times at a Tajik post near "
        "Chorkuh on Sunday night, wounding a guard.",
        "KG",
    ),
]


@pytest.mark.parametrize(("text", "origin"), FIRE_FROM_ACROSS)
def test_fire_told_from_across_the_border_is_alleged_with_its_origin(text: str, origin: str) -> None:
    draft = one_draft(text)
    assert draft["attribution"] == "alleged"
    assert draft["origin_country"] == origin
    assert not draft.get("perpetrator")


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Six mortar shells in all were fired from Afghanistan and landed near the village.", "AF"),
        ("The rockets had been fired from Afghanistan's Khost province, he said.", "AF"),
        ("Unknown people opened fire from Tajik territory on the patrol.", "TJ"),
        ("He said the guards fired back from their posts.", None),
        ("The ministry denied that any shots were fired from Uzbekistan.", None),
        ("The troops returned fire from the Afghan side.", None),
        ("The shells fired at the village came down in a field.", None),
    ],
)
def test_where_the_fire_came_from(text: str, origin: str | None) -> None:
    assert fire_origin(text) == origin


def test_fire_from_the_incidents_own_country_names_no_side_across() -> None:
    draft = one_draft(
        "A woman was wounded on Sunday when a shell fired from Afghan territory fell on a house in Asadabad, in "
        "Afghanistan's Kunar province."
    )
    assert draft.get("origin_country") != "AF" or draft.get("attribution") != "alleged"


def test_a_side_already_named_keeps_its_reading() -> None:
    draft = one_draft(
        "Iranian border guards fired on a group of fuel carriers near Mand on Sunday, killing one, local officials "
        "said. The shots came from Iran."
    )
    assert draft["perpetrator"]
    assert draft["attribution"] == "alleged"


# --- two states' standing quarrel ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Iran and Pakistan, which share a long border, have each accused the other of firing mortars across it.",
        "Ties between Kabul and Islamabad have soured, with officials on both sides trading charges over terrorism.",
    ],
)
def test_a_standing_quarrel_is_no_dispute_over_this_event(text: str) -> None:
    found = read_attribution(text)
    assert found is None or found.status != "disputed"


@pytest.mark.parametrize(
    "text",
    [
        "Each side blamed the other for opening fire first on Sunday.",
        "The two governments traded charges over the shooting of the herders.",
    ],
)
def test_each_side_blaming_the_other_for_this_event_stays_disputed(text: str) -> None:
    found = read_attribution(text)
    assert found is not None and found.status == "disputed"


# --- suspects -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers died on Sunday when suspected Taliban militants attacked a post near Wana, officials said.",
        "Suspected TTP fighters fired rockets at a checkpoint in Bajaur on Sunday, killing a policeman.",
    ],
)
def test_a_named_group_told_as_suspected_is_suspected(text: str) -> None:
    found = read_attribution(text)
    assert found is not None and found.status == "suspected"


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed on Sunday when suspected militants attacked a post near Wana, officials said.",
        "Taliban militants attacked a post near Wana on Sunday, killing two soldiers, officials said.",
    ],
)
def test_a_label_suspected_or_a_group_not_suspected_is_not_suspected(text: str) -> None:
    found = read_attribution(text)
    assert found is None or found.status != "suspected"


# --- a named group's men crossing, then striking ------------------------------------------------------------------

GROUP_CROSSED: list[tuple[str, str, str | None]] = [
    (
        "Dozens of Taliban fighters, most of them Afghans, crossed the border on Sunday night and attacked two "
        "Frontier Corps posts in Bajaur, an official said.",
        "Taliban fighters",
        "AF",
    ),
    (
        "About 200 Taliban militants crossed the frontier before dawn on Sunday and stormed a police station in "
        "Upper Dir, killing three policemen, officials said.",
        "Taliban",
        None,
    ),
    (
        "Some 300 Pakistani Taliban and foreign fighters slipped in from Pakistan on Sunday and raided a district "
        "centre in Kunar, the governor said.",
        "Pakistani Taliban and foreign fighters",
        "PK",
    ),
]


@pytest.mark.parametrize(("text", "actor", "origin"), GROUP_CROSSED)
def test_a_group_that_crossed_and_struck_is_the_actor(text: str, actor: str, origin: str | None) -> None:
    found = read_attribution(text)
    assert found is not None and found.status == "alleged"
    assert found.perpetrator is not None and actor in found.perpetrator
    assert found.origin_country == origin


@pytest.mark.parametrize(
    "text",
    [
        "Shepherds crossed the border on Sunday and grazed their flocks near the post.",
        "The Taliban crossed the river on Sunday and set up a checkpoint, residents said.",
    ],
)
def test_a_crossing_with_no_strike_or_no_group_names_no_one(text: str) -> None:
    found = read_attribution(text)
    assert found is None or not found.perpetrator
