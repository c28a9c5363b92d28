"""Men told coming in across the border are the actor under the report's phrase for them, and a strike's owner told
as its doer with no article before it (extract211).

``extract/came_across.py`` read "some 250 militants crossed the border from Afghanistan and attacked …" as an
allegation with its origin and no actor, as the codings did before the generic-label ruling of 2026-12-04; the
rulings since (a generic label with its origin is ``alleged`` with the label as the actor; the seventh's whole noun
phrase; the eighth's count before a label) give the men's phrase as the actor: the label with its count where the
crossing is the clause's verb, the label with its clause where a relative clause tells the crossing. "Gunmen" or
"attackers" told crossing, with no clause of their own, still name no one (``extract/generic_labels.py``), and a later
sentence that names the group ("followers of …") still takes the place of the label (``reader_patterns._names_them``).
``extract/owner_subject.py`` reads the owner of a drafted drone strike told as its doer in three shapes the owner
readings before it pass by: the owner's craft counted or plural with no article ("Three US drones fired"), the agency's
craft by its possessive ("the CIA's spy planes carried out another missile attack"), and the state as the subject of
the toll with the strike told after it ("The US killed seven … in a drone strike"); the campaign is not read.
Every sentence here is written for this file; none is a report's. The tests of what the rule reads fail on main's
code before this branch; the guards pass on both. The dev counts are in docs/extract-journal.md (*… : rules
(extract211)*).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from incident_tracker.cli import app
from incident_tracker.extract import extract_drafts

PUBLISHED = dt.date(2026, 6, 3)


def _drafts(text: str) -> list[dict[str, Any]]:
    return [draft.values for draft in extract_drafts(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "actor", "origin"),
    [
        (
            "Some 120 armed rebels crossed the border from Kyrgyzstan before dawn on Monday and attacked a police post "
            "in the Lakkon area, killing two policemen, officials said.",
            "some 120 armed rebels",
            "KG",
        ),
        (
            "Scores of militants in pickups crossed the frontier from Afghanistan on Monday and fell on a checkpoint "
            "in the Mohmand district, killing four soldiers, security officials said.",
            "scores of militants",  # how they came ("in pickups") is the act's, not the actor's
            "AF",
        ),
        (
            "Insurgents who slipped in from neighbouring Iran ambushed a border patrol in Nimroz province on Monday, "
            "killing three guards, a provincial spokesman said.",
            "insurgents who slipped in from neighbouring Iran",  # the origin in the label's own clause stays with it
            "IR",
        ),
    ],
)
def test_men_told_coming_in_are_the_actor(text: str, actor: str, origin: str) -> None:
    drafts = _drafts(text)
    assert [(d.get("perpetrator"), d.get("attribution"), d.get("origin_country")) for d in drafts] == [
        (actor, "alleged", origin)
    ]


@pytest.mark.parametrize(
    "men", ["Some 60 militants", "A group of armed militants", "More than twenty heavily armed militants"]
)
def test_a_later_name_still_takes_the_labels_place(men: str) -> None:
    """Whatever count or manner the crossing's label opens with (the words ``came_across.crossing_label`` keeps), a
    later name takes its place: the label is weighed by its noun alone (``came_across.label_noun``)."""
    text = (
        f"{men} crossed the border from Afghanistan on Monday and stormed a checkpoint in the Kurram "
        "district, killing three soldiers, officials said.\n\nFive of the soldiers were beheaded, the military said."
        "\n\nSome intelligence officials blamed followers of Mullah Sadiq Gul, a commander who fled to Afghanistan "
        "last year."
    )
    assert [d.get("perpetrator") for d in _drafts(text)] == ["followers of Mullah Sadiq Gul"]


def test_cli_writes_the_crossers_label(tmp_path: Path) -> None:
    article = tmp_path / "report.txt"
    article.write_text(
        "Some 120 armed rebels crossed the border from Kyrgyzstan before dawn on Monday and attacked a police post "
        "in the Lakkon area, killing two policemen, officials said.",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", str(article), "--published", PUBLISHED.isoformat(), "--json"])
    assert result.exit_code == 0, result.output
    drafts = json.loads(result.stdout)
    assert [(d["values"].get("perpetrator"), d["values"].get("origin_country")) for d in drafts] == [
        ("some 120 armed rebels", "KG")
    ]


# Guards: words that name no one, the crossing told of no one's act, people who are not attackers.
@pytest.mark.parametrize(
    "text",
    [
        "Gunmen crossed the border from Afghanistan on Monday and attacked a checkpoint in the Kurram district, "
        "killing three soldiers, officials said.",
        "Three soldiers were killed on Monday in an attack on a checkpoint in the Kurram district. Officials said the "
        "attackers had crossed the border from Afghanistan.",
    ],
)
def test_gunmen_or_attackers_told_coming_in_name_no_one(text: str) -> None:
    drafts = _drafts(text)
    assert [(d.get("perpetrator"), d.get("attribution"), d.get("origin_country")) for d in drafts] == [
        (None, "alleged", "AF")
    ]


def test_people_who_came_across_are_no_actor() -> None:
    text = (
        "Two shepherds who came from Afghanistan were shot dead by border guards near the Kurram district on Monday, "
        "officials said."
    )
    assert [d.get("perpetrator") for d in _drafts(text)] == [None]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "MIRANSHAH: A drone strike hit a compound in North Waziristan on Thursday, killing ten people. "
            '"Three US drones fired six missiles at men who had gathered at the compound," a local security official '
            "told reporters.",
            "Military Forces of the United States",
        ),
        (
            "WANA: The CIA's spy planes carried out another missile attack on Wednesday, killing six more people in "
            "South Waziristan, tribal sources said.",
            "CIA",  # the agency as the report names it: the dictionary does not fold it into the state
        ),
        (
            "The US killed seven suspected militants in a drone strike in North Waziristan on Tuesday.",
            "Military Forces of the United States",
        ),
    ],
)
def test_a_strikes_owner_told_as_its_doer(text: str, actor: str) -> None:
    drafts = _drafts(text)
    # "suspected militants" is the dead's hedge, not the owner's: the outlet's word as fact, alleged
    assert [(d.get("perpetrator"), d.get("attribution")) for d in drafts] == [(actor, "alleged")]


@pytest.mark.parametrize(
    "campaign",
    [
        "US drones have killed hundreds of people in the region since 2008.",
        "The US has killed hundreds of militants in drone strikes since 2008.",
    ],
)
def test_the_campaign_names_no_owner_of_the_strike(campaign: str) -> None:
    text = f"A drone strike killed seven suspected militants in North Waziristan on Tuesday, officials said. {campaign}"
    assert [d.get("perpetrator") for d in _drafts(text)] == [None]
