"""Who did it, read from the common ways a report says so (issue 14): a grid of phrasings, not the corpus's.

The reader learnt its actor rules from the dev reports' wordings; on the test part it names far fewer of the coded
actors. This file crosses the usual frames a wire report tells the perpetrator in (a claim, active or passive; a
blame, by officials or on the group; the group as the attack's subject; its fighters, its commander; the attackers
said to belong to it; suspected members) with the actors of the shipped actor dictionary
(src/incident_tracker/data/actors.tsv), each in its common spellings, and with two tenses (the past and the present
perfect). Every sentence is written for this file. A cell is right when the first draft's perpetrator is the
dictionary's actor (compared as scripts/eval_extract.py compares actors) and its attribution the codebook's status.

Wrong is worse than empty: :data:`GUARDS` are sentences that name an actor who is *not* said to have done it (a
denial, "no group claimed", a group named only as an earlier attack's author), whose perpetrator must stay empty.
docs/extract-journal.md, "Who did it: a grid of phrasings", prints the share right before and after the rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

import pytest
from eval_extract import _same_actor

from _extract_helpers import drafts_of

PUBLISHED = dt.date(2026, 5, 4)

#: The scene of each region's attack: a dateline and where it happened (never the actor's name).
SCENES = {
    "KP": ("PESHAWAR, May 4:", "near Wana in South Waziristan on Sunday"),
    "BL": ("QUETTA, May 4:", "near Turbat in Balochistan province on Sunday"),
    "IR": ("TEHRAN, May 4:", "near Saravan in Sistan and Baluchestan province on Sunday"),
    "AF": ("KABUL, May 4:", "near Jalalabad in Nangarhar province on Sunday"),
}

#: Non-state groups: (a spelling, the dictionary's name, the region of the attack).
GROUPS: tuple[tuple[str, str, str], ...] = (
    ("TTP", "Tehrik-i-Taliban Pakistan", "KP"),
    ("Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "KP"),
    ("Pakistani Taliban", "Tehrik-i-Taliban Pakistan", "KP"),
    ("ISKP", "Islamic State Khorasan Province", "AF"),
    ("IS-K", "Islamic State Khorasan Province", "AF"),
    ("Islamic State Khorasan Province", "Islamic State Khorasan Province", "AF"),
    ("Baloch Liberation Army", "Balochistan Liberation Army", "BL"),
    ("BLA", "Balochistan Liberation Army", "BL"),
    ("Jaish al-Adl", "Jaish al-Adl", "IR"),
    ("Jaish ul-Adl", "Jaish al-Adl", "IR"),
    ("Tehrik-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "KP"),
    ("Fitna al-Khawarij", "Tehrik-i-Taliban Pakistan", "KP"),
    ("ISIS-K", "Islamic State Khorasan Province", "AF"),
    ("Balochistan Liberation Army", "Balochistan Liberation Army", "BL"),
    ("Jaysh al-Adl", "Jaish al-Adl", "IR"),
)

#: The frames a group is told in, each in two tenses: (name, past, present perfect, the status the codebook gives).
#: {G} is the group's name as a noun ("the TTP"), {g} bare as a modifier ("TTP militants"); {lead} and {scene}
#: the region's dateline and place.
_ATTACK = "{lead} Gunmen attacked a police checkpoint {scene}, killing two policemen."
GROUP_FRAMES: tuple[tuple[str, str, str, str], ...] = (
    (
        "claimed",
        _ATTACK + " {G} claimed responsibility for the attack.",
        _ATTACK + " {G} has claimed responsibility for the attack.",
        "claimed",
    ),
    (
        "claimed-by",
        _ATTACK + " Responsibility for the attack was claimed by {G}.",
        _ATTACK + " Responsibility for the attack has been claimed by {G}.",
        "claimed",
    ),
    (
        "blamed-on",
        _ATTACK + " The attack was blamed on {G}.",
        _ATTACK + " The attack has been blamed on {G}.",
        "alleged",
    ),
    (
        "officials-blamed",
        _ATTACK + " Officials blamed {G} for the attack.",
        _ATTACK + " Officials have blamed {G} for the attack.",
        "alleged",
    ),
    (
        "militants-attacked",
        "{lead} {g} militants attacked a police checkpoint {scene}, killing two policemen.",
        "{lead} {g} militants have attacked a police checkpoint {scene}, killing two policemen.",
        "alleged",
    ),
    (
        "fighters-of",
        "{lead} Fighters of {G} stormed a police checkpoint {scene}, killing two policemen.",
        "{lead} Fighters of {G} have stormed a police checkpoint {scene}, killing two policemen.",
        "alleged",
    ),
    (
        "said-its-fighters",
        _ATTACK + " {G} said its fighters had carried out the attack.",
        _ATTACK + " {G} has said its fighters carried out the attack.",
        "claimed",
    ),
    (
        "belonged-to",
        _ATTACK + " Police said the attackers belonged to {G}.",
        _ATTACK + " Police have said the attackers belonged to {G}.",
        "alleged",
    ),
    (
        "suspected",
        "{lead} Suspected {g} militants attacked a police checkpoint {scene}, killing two policemen.",
        "{lead} Suspected {g} militants have attacked a police checkpoint {scene}, killing two policemen.",
        "suspected",
    ),
    (
        "commander-led",
        _ATTACK + " A local {g} commander led the assault, officials said.",
        _ATTACK + " A local {g} commander had led the assault, officials said.",
        "alleged",
    ),
    (
        "spokesman",
        _ATTACK + " A spokesman for {G} said the group had carried out the attack.",
        _ATTACK + " A spokesman for {G} has said the group carried out the attack.",
        "claimed",
    ),
    (
        "outlawed-group-said",
        _ATTACK + " The outlawed {g} group said it had carried out the attack.",
        _ATTACK + " The outlawed {g} group has said it carried out the attack.",
        "claimed",
    ),
    (
        "attack-by",
        "{lead} Two policemen were killed in an attack by {G} on a police checkpoint {scene}.",
        "{lead} Two policemen have been killed in an attack by {G} on a police checkpoint {scene}.",
        "alleged",
    ),
    (
        "carried-out-by",
        _ATTACK + " The attack was carried out by {G}, officials said.",
        _ATTACK + " The attack had been carried out by {G}, officials said.",
        "alleged",
    ),
    (
        "passive-militants",
        "{lead} A police checkpoint was attacked by {g} militants {scene}, killing two policemen.",
        "{lead} A police checkpoint has been attacked by {g} militants {scene}, killing two policemen.",
        "alleged",
    ),
    (
        "claim-in-lead",
        "{lead} {G} claimed responsibility for an attack on a police checkpoint {scene} that killed two policemen.",
        "{lead} {G} has claimed responsibility for an attack on a police checkpoint {scene} that killed two policemen.",
        "claimed",
    ),
    (
        "took-responsibility",
        _ATTACK + " {G} took responsibility for the attack in a statement.",
        _ATTACK + " {G} has taken responsibility for the attack in a statement.",
        "claimed",
    ),
    (
        "statement",
        _ATTACK + " In a statement, {G} said it had carried out the attack.",
        _ATTACK + " In a statement, {G} has said it carried out the attack.",
        "claimed",
    ),
    (
        "named-spokesman",
        _ATTACK + " Abdul Karim, a spokesman for {G}, said the group carried out the attack.",
        _ATTACK + " Abdul Karim, a spokesman for {G}, has said the group carried out the attack.",
        "claimed",
    ),
    (
        "was-behind",
        _ATTACK + " Officials said {G} was behind the attack.",
        _ATTACK + " Officials have said {G} was behind the attack.",
        "alleged",
    ),
    (
        "said-militants",
        _ATTACK.replace("Gunmen", "{g} militants") + "",
        _ATTACK.replace("Gunmen attacked", "{g} militants have attacked"),
        "alleged",
    ),
    (
        "claimed-apposition",
        "{lead} The attack on a police checkpoint {scene}, claimed by {G}, killed two policemen.",
        "{lead} The attack on a police checkpoint {scene}, which {G} has claimed, killed two policemen.",
        "claimed",
    ),
)

#: States' forces: (a spelling, the dictionary's name, the dateline and the scene of their fire).
FORCES: tuple[tuple[str, str, tuple[str, str]], ...] = (
    ("Pakistani forces", "Military Forces of Pakistan", ("KABUL, May 4:", "in Kunar province on Sunday")),
    ("Pakistani troops", "Military Forces of Pakistan", ("KABUL, May 4:", "in Kunar province on Sunday")),
    ("Iranian border guards", "Military Forces of Iran", ("QUETTA, May 4:", "near Panjgur on Sunday")),
    ("Taliban forces", "Taliban", ("PESHAWAR, May 4:", "near Chaman on Sunday")),
    ("Tajik border troops", "Tajik Border Troops", ("BISHKEK, May 4:", "near Batken on Sunday")),
    ("Tajik border guards", "Tajik Border Troops", ("BISHKEK, May 4:", "near Batken on Sunday")),
    ("Kyrgyz border guards", "Military Forces of Kyrgyzstan", ("DUSHANBE, May 4:", "near Isfara on Sunday")),
)

#: The frames a state's force is told in: (name, past, present perfect, status). {F} the force as a noun phrase.
_FIRE = "{lead} Two civilians were killed when a village came under fire {scene}."
FORCE_FRAMES: tuple[tuple[str, str, str, str], ...] = (
    (
        "blamed-on",
        _FIRE + " The firing was blamed on {F}.",
        _FIRE + " The firing has been blamed on {F}.",
        "alleged",
    ),
    (
        "officials-blamed",
        _FIRE + " Local officials blamed {F} for the firing.",
        _FIRE + " Local officials have blamed {F} for the firing.",
        "alleged",
    ),
    (
        "opened-fire",
        "{lead} {F} opened fire on a village {scene}, killing two civilians, local officials said.",
        "{lead} {F} have opened fire on a village {scene}, killing two civilians, local officials said.",
        "alleged",
    ),
    (
        "fired-by",
        "{lead} Two civilians were killed {scene} by mortar shells fired by {F}, local officials said.",
        "{lead} Two civilians have been killed {scene} by mortar shells fired by {F}, local officials said.",
        "alleged",
    ),
    (
        "strikes-by",
        "{lead} Air strikes by {F} killed two civilians {scene}, local officials said.",
        "{lead} Air strikes by {F} have killed two civilians {scene}, local officials said.",
        "alleged",
    ),
    (
        "carried-out-strikes",
        "{lead} {F} carried out strikes on a village {scene}, killing two civilians, local officials said.",
        "{lead} {F} have carried out strikes on a village {scene}, killing two civilians, local officials said.",
        "alleged",
    ),
    (
        "shelled",
        "{lead} {F} shelled a village {scene}, killing two civilians, local officials said.",
        "{lead} {F} have shelled a village {scene}, killing two civilians, local officials said.",
        "alleged",
    ),
    (
        "shelled-by",
        "{lead} A village was shelled by {F} {scene}, killing two civilians, local officials said.",
        "{lead} A village has been shelled by {F} {scene}, killing two civilians, local officials said.",
        "alleged",
    ),
    (
        "shot-dead-by",
        "{lead} Two civilians were shot dead by {F} {scene}, local officials said.",
        "{lead} Two civilians have been shot dead by {F} {scene}, local officials said.",
        "alleged",
    ),
    (
        "killed",
        "{lead} {F} killed two civilians {scene}, local officials said.",
        "{lead} {F} have killed two civilians {scene}, local officials said.",
        "alleged",
    ),
)


class Cell(NamedTuple):
    name: str
    text: str
    actor: str
    status: str


#: Names a report writes with "the" as a noun ("the TTP claimed"); the others go bare ("ISKP claimed").
_WITH_THE = frozenset({"TTP", "Pakistani Taliban", "Baloch Liberation Army", "BLA", "Balochistan Liberation Army"})


def _noun(name: str) -> str:
    """A group's name as a noun phrase."""
    return f"the {name}" if name in _WITH_THE else name


def _capital(phrase: str) -> str:
    return phrase[0].upper() + phrase[1:]


def cells() -> Iterator[Cell]:
    """Every group with every frame in both tenses, then every force with every force frame in both tenses."""
    for spelling, actor, region in GROUPS:
        lead, scene = SCENES[region]
        for frame, past, perfect, status in GROUP_FRAMES:
            for tense, template in (("past", past), ("perfect", perfect)):
                noun = _noun(spelling)
                text = template.format(lead=lead, scene=scene, G=noun, g=spelling)
                text = text.replace(f". {noun}", f". {_capital(noun)}")
                yield Cell(f"{frame}/{spelling}/{tense}", text, actor, status)
    for spelling, actor, (lead, scene) in FORCES:
        for frame, past, perfect, status in FORCE_FRAMES:
            for tense, template in (("past", past), ("perfect", perfect)):
                text = template.format(lead=lead, scene=scene, F=spelling)
                yield Cell(f"{frame}/{spelling}/{tense}", text, actor, status)


@cache
def read(text: str) -> tuple[str | None, str | None]:
    """The first draft's perpetrator and attribution, or (None, None) when nothing is drafted.

    Kept for the module (suite27): the grid's own test reads each cell once, and the share's test reads every cell
    again; a cell's drafts depend only on its text, so the share reads back what the cells' tests drafted.
    """
    drafts = drafts_of(text, PUBLISHED)
    if not drafts:
        return None, None
    return drafts[0].get("perpetrator"), drafts[0].get("attribution")


def right(cell: Cell) -> bool:
    actor, status = read(cell.text)
    return actor is not None and _same_actor(cell.actor, actor) and status == cell.status


def share() -> tuple[int, int]:
    """How many cells the reader gets right, of how many."""
    all_cells = list(cells())
    return sum(right(c) for c in all_cells), len(all_cells)


@pytest.mark.parametrize("cell", list(cells()), ids=lambda c: c.name)
def test_grid(cell: Cell) -> None:
    assert right(cell), (cell.text, read(cell.text))


#: Sentences that name an actor who is not said to have done it: the perpetrator stays empty (and the status is the
#: default, or the statement's own): a denial alone, a claim nobody made, a group named only as an earlier attack's
#: author or only for what it is.
_KP = SCENES["KP"]
_IR = SCENES["IR"]
_BL = SCENES["BL"]
GUARDS: tuple[str, ...] = (
    f"{_KP[0]} Gunmen attacked a police checkpoint {_KP[1]}. The TTP denied involvement in the attack.",
    f"{_KP[0]} Gunmen attacked a police checkpoint {_KP[1]}. The TTP has denied any role in the attack.",
    f"{_IR[0]} Gunmen attacked a police checkpoint {_IR[1]}. Jaish al-Adl denied it had carried out the attack.",
    f"{_KP[0]} Gunmen attacked a police checkpoint {_KP[1]}. No group claimed responsibility for the attack.",
    f"{_KP[0]} Gunmen attacked a police checkpoint {_KP[1]}. No group has claimed responsibility so far.",
    f"{_BL[0]} Gunmen attacked a police checkpoint {_BL[1]}. No one has yet claimed the attack.",
    f"{_KP[0]} Gunmen attacked a police checkpoint {_KP[1]}. The TTP carried out a similar attack in the area in 2023.",
    f"{_BL[0]} Gunmen attacked a police checkpoint {_BL[1]}. The BLA has claimed earlier attacks in the district.",
    f"{_IR[0]} Gunmen attacked a police checkpoint {_IR[1]}. Jaish al-Adl has been active in the province for years.",
    f"{_KP[0]} Gunmen attacked a police checkpoint {_KP[1]}. The TTP was banned in Pakistan in 2008.",
    f"{_KP[0]} Gunmen attacked a police checkpoint {_KP[1]}. It was not clear who was behind the attack.",
    f"{_KP[0]} Gunmen attacked a police checkpoint {_KP[1]}. Four men died in a TTP attack on a post there in 2023.",
    f"{_KP[0]} Gunmen attacked a police checkpoint {_KP[1]}. A former TTP commander led a similar assault last year.",
    f"{_BL[0]} Gunmen attacked a police checkpoint {_BL[1]}. Police said the attackers belonged to a local tribe.",
    f"{_BL[0]} Gunmen attacked a police checkpoint {_BL[1]}. Police said the attackers belonged to Afghanistan.",
    f"{_IR[0]} Gunmen attacked a police checkpoint {_IR[1]}. Suspected Jaish al-Adl members were arrested in May.",
    f"{_IR[0]} Two Iranian border guards killed in attack {_IR[1]}.",
    f"{_KP[0]} Gunmen attacked a police checkpoint {_KP[1]}. The TTP commander was killed by troops last month.",
)


@pytest.mark.parametrize("text", GUARDS, ids=[t.split(". ", 1)[-1][:60] for t in GUARDS])
def test_guard(text: str) -> None:
    assert read(text)[0] is None, text


def test_share_is_full() -> None:
    """The figure the docs print: every cell right on this branch."""
    got, total = share()
    assert (got, total) == (total, len(GROUPS) * len(GROUP_FRAMES) * 2 + len(FORCES) * len(FORCE_FRAMES) * 2)
