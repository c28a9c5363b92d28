"""Who is blamed, read from the common ways a report says so (issue 14): a grid of phrasings, not the corpus's.

The reader learnt blame from the dev reports' own sentences; on the test part it names far fewer perpetrators than
are coded. This file crosses, for one house lead report per region (a Pakistani police post, an Iranian border post
in Sistan-Baluchestan, a Tajik post on the Afghan border, a Kyrgyz post in a clash with Tajik guards), the usual
accusers (police, officials, an officer, a ministry, a spokesman, the army's media wing, security sources,
residents, a governor, state media) with the usual verb frames ("blamed X for the E", "blamed the E on X", "accused
X of carrying out the E", "held X responsible", "said X was behind", "attributed the E to X", "suspected X of",
"pointed the finger at X", "X is believed to be behind") and the actor dictionary's groups under several spellings.
Every sentence is written for this file. Each cell must give ``alleged`` (or ``suspected``) with the perpetrator the
dictionary knows; the guards (claims, denials, negations, questions, an earlier event's blame, a generic label)
must not give an allegation against the side they name. docs/extract-journal.md, "Who is blamed: a grid of phrasings",
prints the share of cells right before and after the rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import NamedTuple

import pytest

from _extract_helpers import one_draft
from incident_tracker.extract.actors import canonical_actor

PUBLISHED = dt.date(2026, 5, 4)

#: One lead per region: an attack (or a clash) with no one blamed in it.
LEADS = {
    "PK": "BANNU, May 4: Three policemen were killed when gunmen stormed a police post in the Domel area of Bannu "
    "district in Khyber Pakhtunkhwa late on Sunday.",
    "IR": "ZAHEDAN, May 4: Two Iranian border guards were killed when gunmen opened fire on their post near Saravan "
    "in Sistan-Baluchestan province on Sunday.",
    "TJ": "DUSHANBE, May 4: A Tajik border guard was killed when armed men attacked a frontier post in Shamsiddin "
    "Shohin district, on the border with Afghanistan, on Sunday night.",
    "KG": "BISHKEK, May 4: Two Kyrgyz border guards were wounded in a shootout at a frontier post in Batken region, "
    "on the border with Tajikistan, on Sunday.",
}


class Perpetrator(NamedTuple):
    words: str
    canonical: str
    plural: bool = False


#: The dictionary's actors of each region, in spellings reports use, with and without "the".
PERPETRATORS = {
    "PK": (
        Perpetrator("the TTP", "Tehrik-i-Taliban Pakistan"),
        Perpetrator("Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan"),
        Perpetrator("the Pakistani Taliban", "Tehrik-i-Taliban Pakistan", plural=True),
        Perpetrator("the Hafiz Gul Bahadur group", "Hafiz Gul Bahadur Group"),
        Perpetrator("Lashkar-e-Islam", "Lashkar-e-Islam"),
    ),
    "IR": (
        Perpetrator("Jaish al-Adl", "Jaish al-Adl"),
        Perpetrator("the Jaish ul-Adl group", "Jaish al-Adl"),
        Perpetrator("Jaysh al-Adl", "Jaish al-Adl"),
        Perpetrator("Ansar al-Furqan", "Ansar al-Furqan"),
    ),
    "TJ": (
        Perpetrator("Jamaat Ansarullah", "Jamaat Ansarullah"),
        Perpetrator("the Islamic Movement of Uzbekistan", "Islamic Movement of Uzbekistan"),
        Perpetrator("Ansarullah", "Jamaat Ansarullah"),
        Perpetrator("the IMU", "Islamic Movement of Uzbekistan"),
    ),
    "KG": (
        Perpetrator("Tajik border guards", "Tajik Border Troops", plural=True),
        Perpetrator("the Tajik border troops", "Tajik Border Troops", plural=True),
        Perpetrator("Tajik forces", "Military Forces of Tajikistan", plural=True),
    ),
}

#: Who blames, as reports name them.
ACCUSERS = (
    "Police",
    "Officials",
    "A police officer",
    "A senior security official",
    "The interior ministry",
    "A spokesman for the provincial police",
    "The army's media wing",
    "Security sources",
    "Residents",
    "The provincial governor",
    "The foreign ministry",
    "State media",
)

EVENTS = (
    "attack",
    "raid",
    "ambush",
    "blast",
    "bombing",
    "killing",
    "firing",
    "shelling",
    "incident",
    "assault",
    "strike",
)

#: The verb frames: {A} the accuser, {P} the perpetrator, {E} the event noun, {be} "was" or "were".
FRAMES = (
    "{A} blamed {P} for the {E}.",
    "{A} blamed the {E} on {P}.",
    "{A} accused {P} of carrying out the {E}.",
    "{A} held {P} responsible for the {E}.",
    "{A} said {P} {be} behind the {E}.",
    "{A} attributed the {E} to {P}.",
    "{A} suspected {P} of carrying out the {E}.",
    "{A} pointed the finger at {P} for the {E}.",
    "{P} {is} believed to be behind the {E}, {a} said.",
    # said plainly, the event left to the lead (issue 14, "Blame said plainly")
    "{A} blamed {P}.",
    "{A} suspected {P}.",
    "{A} said {they} suspected {P}.",
    "{A} blamed {P}, who have attacked posts in the area before.",
    "Suspicion fell on {P}, {a} said.",
)

#: How each accuser is taken up again ("Officials said they suspected …", "The interior ministry said it …").
PRONOUNS = {
    "Police": "they",
    "Officials": "they",
    "A police officer": "he",
    "A senior security official": "she",
    "The interior ministry": "it",
    "A spokesman for the provincial police": "he",
    "The army's media wing": "it",
    "Security sources": "they",
    "Residents": "they",
    "The provincial governor": "he",
    "The foreign ministry": "it",
    "State media": "it",
}


class Cell(NamedTuple):
    region: str
    sentence: str
    canonical: str

    @property
    def text(self) -> str:
        return f"{LEADS[self.region]} {self.sentence}"


def grid() -> Iterator[Cell]:
    """Every accuser with every frame once; region, spelling and event noun turn with the cell's place."""
    regions = tuple(LEADS)
    used = dict.fromkeys(regions, 0)
    for i, accuser in enumerate(ACCUSERS):
        for j, frame in enumerate(FRAMES):
            region = regions[(i + j) % len(regions)]
            perp = PERPETRATORS[region][used[region] % len(PERPETRATORS[region])]
            used[region] += 1
            event = EVENTS[(i + 2 * j) % len(EVENTS)]
            words = perp.words[0].upper() + perp.words[1:] if frame.startswith("{P}") else perp.words
            sentence = frame.format(
                A=accuser,
                a=accuser[0].lower() + accuser[1:],
                P=words,
                E=event,
                be="were" if perp.plural else "was",
                they=PRONOUNS[accuser],
                **{"is": "are" if perp.plural else "is"},
            )
            yield Cell(region, sentence, perp.canonical)


#: Cells the rules leave unread (docs/extract.md says why).
NOT_READ: frozenset[str] = frozenset()


@pytest.mark.parametrize("cell", [c for c in grid() if c.sentence not in NOT_READ], ids=lambda c: c.sentence[:60])
def test_each_accuser_and_verb_frame_blames_the_named_group(cell: Cell) -> None:
    values = one_draft(cell.text, PUBLISHED)
    assert values.get("attribution") in ("alleged", "suspected"), values
    assert canonical_actor(str(values.get("perpetrator"))) == cell.canonical, values
    assert values.get("attributed_by"), values  # the accuser, as the sentence names them


@pytest.mark.parametrize(
    ("region", "sentence", "status"),
    [
        # a group's own claim outranks any accuser
        ("PK", "The TTP claimed responsibility for the attack in a message to reporters.", "claimed"),
        ("IR", "Jaish al-Adl said in a statement that it had carried out the raid.", "claimed"),
        # a denial names the group but blames no one
        ("PK", "The Pakistani Taliban denied any involvement in the attack.", None),
        ("TJ", "A spokesman for Jamaat Ansarullah denied that the group was behind the raid.", None),
        # a denial does not undo another side's blame told in the same sentence
        ("PK", "Police blamed the TTP for the attack, but the group denied any role.", "alleged"),
        # negations: nobody is blamed
        ("PK", "Police did not blame any group for the attack.", None),
        ("IR", "Officials have not blamed Jaish al-Adl for the ambush.", None),
        ("TJ", "No one has been blamed for the attack so far.", "unattributed"),
        ("PK", "Police said the TTP was not behind the attack.", None),
        # a question is no allegation
        ("IR", "Was Jaish al-Adl behind the raid?", None),
        # blame for another, earlier event, told as background
        ("PK", "Police blamed the TTP for a similar attack on the same post last year.", None),
        ("IR", "Last month officials blamed Jaish al-Adl for an ambush near Mirjaveh.", None),
        ("PK", "Police blamed the TTP for the 2014 attack on a school in the same city.", None),
        # a generic label is no perpetrator (the coding's "Generic labels, recoded" ruling): unattributed
        ("PK", "Officials blamed militants for the raid.", None),
        ("IR", "Police blamed terrorists for the attack.", None),
        # said plainly (issue 14): a negation, no side, each other, a question, an earlier event, a generic label
        ("PK", "Officials did not blame the Pakistani Taliban.", None),
        ("PK", "Officials blamed the weather.", None),
        ("KG", "Officials on both sides blamed each other.", "disputed"),
        ("TJ", "Did officials suspect Jamaat Ansarullah?", None),
        ("PK", "Officials blamed the TTP for last year's attack on the same post.", None),
        ("IR", "Authorities suspected Jaish al-Adl over a separate raid last month.", None),
        ("PK", "Suspicion fell on militants.", None),
        # the older accuser pattern too ("Local officials", "A police official"), even when the reader has cut the
        # earlier event off as background and the sentence it sees ends "… blamed the TTP for (an) "
        ("PK", "Local officials blamed the TTP for last year's attack on the same post.", None),
        ("PK", "A police official blamed the TTP for an earlier attack.", None),
        ("IR", "Local officials blamed Jaish al-Adl for a similar ambush last month.", None),
        ("PK", "Officials suspected militants, who have attacked posts in the area before.", None),
    ],
)
def test_guards_give_no_allegation_against_the_side_they_name(region: str, sentence: str, status: str | None) -> None:
    values = one_draft(f"{LEADS[region]} {sentence}", PUBLISHED)
    if status == "claimed":
        assert values.get("attribution") == "claimed", values
        return
    if status == "alleged":
        assert canonical_actor(str(values.get("perpetrator"))) == "Tehrik-i-Taliban Pakistan", values
        return
    if status is not None:
        assert values.get("attribution") == status, values
    assert values.get("attribution") != "alleged" or not values.get("perpetrator"), values
