"""Where it happened, read from the common ways a report says so (issue 14): a grid of phrasings, not the corpus's.

The reader learnt places from the dev reports' own sentences; on the test part it names fewer scenes, and more of
them wrong, than on dev. This file crosses the usual ways a lead tells the scene ("in X district", "in the X district
of Y province", "near the village of X", "at the X border crossing", "on the outskirts of X", "in X tehsil", "in X,
the capital of Y province", "in the X jamoat of Y district", …) with places of each region, spelt as the border pack
(src/incident_tracker/geo/data/border_places.tsv) spells them, and with a sentence after the lead that names a place
in another role (where officials spoke, where the ministry sits, where the wounded were taken, an earlier attack).
Every sentence is written for this file. Each cell must give the scene as the corpus codes it (the finest named
place, as written; compared as scripts/eval_extract.py compares places: the words of one all in the other) and
never a distractor. docs/extract-journal.md, "Where it happened: a grid of phrasings", prints the share right before and
after the rules.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

import pytest
from eval_extract import _alike

from _extract_helpers import drafts_of

PUBLISHED = dt.date(2026, 5, 4)

#: One lead per region: a dateline in the capital (never the scene), then the event; {where} is the phrasing.
LEADS = {
    "PK": "ISLAMABAD, May 4: Gunmen shot dead two policemen {where} on Sunday.",
    "AF": "KABUL, May 4: A roadside bomb killed three civilians {where} on Sunday.",
    "IR": "TEHRAN, May 4: Gunmen killed two Iranian border guards {where} on Sunday.",
    "TJ": "DUSHANBE, May 4: A Tajik border guard was shot dead {where} on Sunday.",
    "KG": "BISHKEK, May 4: Two Kyrgyz border guards were wounded in a shootout with Tajik guards {where} on Sunday.",
}

#: A second sentence naming a place in another role: {d} is the region's own distractor.
DISTRACTORS = {
    "none": "",
    "told": " A senior official told reporters in {d} that an inquiry had begun.",
    "ministry": " The interior ministry in {d} said the attackers had fled.",
    "hospital": " The wounded were taken to a hospital in {d}.",
    "earlier": " A similar attack in {d} last year killed four people.",
}
#: The distractor's town for each region and role: a capital, a hospital's city, an earlier attack's town.
DISTRACTOR_PLACE = {
    "PK": {"told": "Islamabad", "ministry": "Islamabad", "hospital": "Quetta", "earlier": "Wana"},
    "AF": {"told": "Kabul", "ministry": "Kabul", "hospital": "Jalalabad", "earlier": "Khost"},
    "IR": {"told": "Tehran", "ministry": "Tehran", "hospital": "Zahedan", "earlier": "Khash"},
    "TJ": {"told": "Dushanbe", "ministry": "Dushanbe", "hospital": "Khujand", "earlier": "Farkhor"},
    "KG": {"told": "Bishkek", "ministry": "Bishkek", "hospital": "Osh", "earlier": "Kerben"},
}


class Cell(NamedTuple):
    phrasing: str
    region: str
    where: str
    expected: str


#: The phrasings, each with the places of the regions it is said of: (region, the words, the scene as coded).
PHRASINGS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "in X district": (
        ("PK", "in Bajaur district", "Bajaur district"),
        ("AF", "in Achin district", "Achin district"),
        ("TJ", "in Shamsiddin Shohin district", "Shamsiddin Shohin district"),
    ),
    "in the X district of Y province": (
        ("AF", "in the Dangam district of Kunar province", "Dangam district"),
        ("AF", "in the Spin Boldak district of Kandahar province", "Spin Boldak district"),
        ("PK", "in the Zhob district of Balochistan province", "Zhob district"),
    ),
    "in Y's X district": (
        ("AF", "in Nangarhar's Achin district", "Achin district"),
        ("AF", "in Paktika's Gomal district", "Gomal district"),
        ("PK", "in Balochistan's Chagai district", "Chagai district"),
    ),
    # "near" and the kind stay with the name, as the codebook writes a place (its point stands in: precision near)
    "near the village of X": (
        ("AF", "near the village of Shkin", "near the village of Shkin"),
        ("KG", "near the village of Samarkandyk", "near the village of Samarkandyk"),
        ("TJ", "near the village of Chorkuh", "near the village of Chorkuh"),
    ),
    "in X village of Y district": (
        ("PK", "in Mand village of Kech district", "Mand village"),
        ("KG", "in Maksat village of Leilek district", "Maksat village"),
        ("TJ", "in Surkh village of Isfara district", "Surkh village"),
    ),
    "at the X border crossing": (
        ("PK", "at the Torkham border crossing", "Torkham border crossing"),
        ("IR", "at the Milak border crossing", "Milak border crossing"),
        ("PK", "at the Ghulam Khan border crossing", "Ghulam Khan border crossing"),
    ),
    "at the X crossing point": (
        ("PK", "at the Kharlachi crossing point", "Kharlachi crossing point"),
        ("TJ", "at the Panji Poyon crossing point", "Panji Poyon crossing point"),
        ("KG", "at the Kyzyl-Bel crossing point", "Kyzyl-Bel crossing point"),
    ),
    "at a checkpoint in X": (
        ("PK", "at a checkpoint in Mir Ali", "Mir Ali"),
        ("IR", "at a checkpoint in Mirjaveh", "Mirjaveh"),
        ("AF", "at a checkpoint in Spin Boldak", "Spin Boldak"),
    ),
    "on the outskirts of X": (
        ("PK", "on the outskirts of Landi Kotal", "Landi Kotal"),
        ("IR", "on the outskirts of Saravan", "Saravan"),
        ("KG", "on the outskirts of Kek-Tash", "Kek-Tash"),
    ),
    "in the X area of Y district": (
        ("PK", "in the Datta Khel area of North Waziristan district", "Datta Khel area"),
        ("PK", "in the Buleda area of Kech district", "Buleda area"),
        ("AF", "in the Shkin area of Gomal district", "Shkin area"),
    ),
    "in X tehsil": (
        ("PK", "in Landi Kotal tehsil", "Landi Kotal tehsil"),
        ("PK", "in Drosh tehsil", "Drosh tehsil"),
        ("PK", "in Mashkel tehsil", "Mashkel tehsil"),
    ),
    "in the X bazaar of Y": (
        ("PK", "in the Landi Kotal bazaar of Khyber district", "Landi Kotal bazaar"),
        ("PK", "in the Mir Ali bazaar of North Waziristan", "Mir Ali bazaar"),
        ("AF", "in the Shkin bazaar of Paktika province", "Shkin bazaar"),
    ),
    "along the border in X": (
        ("PK", "along the border in Kurram district", "Kurram district"),
        ("IR", "along the border in Saravan county", "Saravan county"),
        ("TJ", "along the border in Isfara district", "Isfara district"),
    ),
    "near X, a town on the border with Z": (
        ("PK", "near Mashkel, a town on the border with Iran,", "Mashkel"),
        ("IR", "near Mirjaveh, a town on the border with Pakistan,", "Mirjaveh"),
        ("TJ", "near Vorukh, a town on the border with Kyrgyzstan,", "Vorukh"),
    ),
    "X, some 30 km from Y": (
        ("PK", "in Nok Kundi, some 30 km from Taftan,", "Nok Kundi"),
        ("AF", "in Shkin, some 30 km from Sharana,", "Shkin"),
        ("KG", "in Samarkandyk, some 30 km from Batken,", "Samarkandyk"),
    ),
    "in the remote X region": (
        ("PK", "in the remote Tirah region", "Tirah region"),
        ("AF", "in the remote Wakhan region", "Wakhan region"),
        ("PK", "in the remote Mashkel region", "Mashkel region"),
    ),
    "in X, the capital of Y province": (
        ("AF", "in Asadabad, the capital of Kunar province,", "Asadabad"),
        ("AF", "in Zaranj, the capital of Nimroz province,", "Zaranj"),
        ("AF", "in Sharana, the capital of Paktika province,", "Sharana"),
    ),
    "at the X post": (
        ("PK", "at the Ghulam Khan post", "Ghulam Khan post"),
        ("TJ", "at the Tem post", "Tem post"),
        ("KG", "at the Bordobo post", "Bordobo post"),
    ),
    "in X (a county of Y)": (
        ("IR", "in Saravan (a county of Sistan-Baluchestan)", "Saravan"),
        ("IR", "in Zahak (a county of Sistan-Baluchestan)", "Zahak"),
        ("IR", "in Mirjaveh (a county of Sistan and Baluchestan)", "Mirjaveh"),
    ),
    "in X's Y county": (
        ("IR", "in Sistan-Baluchestan's Saravan county", "Saravan county"),
        ("IR", "in Sistan and Baluchestan's Rask county", "Rask county"),
        ("IR", "in Sistan-Baluchestan's Hirmand county", "Hirmand county"),
    ),
    "the Kyrgyz village of X": (
        ("KG", "in the Kyrgyz village of Maksat", "Maksat"),
        ("KG", "near the Kyrgyz village of Kek-Tash", "near the Kyrgyz village of Kek-Tash"),
        ("KG", "in the Kyrgyz village of Samarkandyk", "Samarkandyk"),
    ),
    "X jamoat of Y district": (
        ("TJ", "in the Chorkuh jamoat of Isfara district", "Chorkuh jamoat"),
        ("TJ", "in the Vorukh jamoat of Isfara district", "Vorukh jamoat"),
        ("TJ", "in the Surkh jamoat of Isfara district", "Surkh jamoat"),
    ),
    # more of the common ways, found while probing the reader with the phrasings above
    "in Y province's X district": (
        ("AF", "in Kunar province's Dangam district", "Kunar province's Dangam district"),
        ("TJ", "in Khatlon province's Panj district", "Khatlon province's Panj district"),
        ("KG", "in Batken region's Leilek district", "Batken region's Leilek district"),
    ),
    "in C Y province": (
        ("AF", "in eastern Kunar province", "Kunar province"),
        ("AF", "in southern Kandahar province", "Kandahar province"),
        ("IR", "in southeastern Sistan-Baluchestan province", "Sistan-Baluchestan province"),
    ),
    "the Tajik exclave of X": (
        ("TJ", "in the Tajik exclave of Vorukh", "Vorukh"),
        ("KG", "near the Tajik exclave of Vorukh", "Vorukh"),
        ("TJ", "in the Tajik exclave of Lolazor", "Lolazor"),
    ),
    "at a camp or station in X": (
        ("PK", "at the Frontier Corps camp in Turbat", "Turbat"),
        ("PK", "at the Levies station in Mashkel", "Mashkel"),
        ("IR", "at the Revolutionary Guards base in Saravan", "Saravan"),
    ),
    # near, how far, and in what (extract106): "near" before a unit noun, a distance and its direction, the county
    # or district a village lies in
    "near the town of X": (
        ("IR", "near the town of Saravan", "near the town of Saravan"),
        ("PK", "near the town of Chaman", "near the town of Chaman"),
        ("KG", "near the town of Batken", "near the town of Batken"),
    ),
    "near the city of X": (
        ("IR", "near the city of Zabol", "near the city of Zabol"),
        ("AF", "close to the city of Asadabad", "close to the city of Asadabad"),
        ("TJ", "outside the city of Isfara", "outside the city of Isfara"),
    ),
    "near the border town of X": (
        ("IR", "near the border town of Mirjaveh", "near the border town of Mirjaveh"),
        ("AF", "near the border town of Spin Boldak", "near the border town of Spin Boldak"),
        ("PK", "near the border town of Chaman", "near the border town of Chaman"),
    ),
    "N km C of X": (
        ("IR", "15 kilometres north of Saravan", "15 kilometres north of Saravan"),
        ("PK", "12 km south of Chaman", "12 km south of Chaman"),
        ("TJ", "10 kilometers east of Isfara", "10 kilometers east of Isfara"),
    ),
    "a few miles from X": (
        ("IR", "a few miles from Mirjaveh", "a few miles from Mirjaveh"),
        ("AF", "a few miles from Spin Boldak", "a few miles from Spin Boldak"),
        ("KG", "a few miles from Batken", "a few miles from Batken"),
    ),
    "some N km from the border town of X": (
        ("IR", "some 20 km from the border town of Saravan", "some 20 km from the border town of Saravan"),
        ("PK", "about 8 km from the border town of Chaman", "about 8 km from the border town of Chaman"),
        ("TJ", "some 5 km from the town of Isfara", "some 5 km from the town of Isfara"),
    ),
    "near the village of X in Y county": (
        ("IR", "near the village of Kalagan in Saravan county", "near the village of Kalagan"),
        ("IR", "near the village of Gonich in Rask county", "near the village of Gonich"),
        ("PK", "near the village of Sorap in Kech district", "near the village of Sorap"),
    ),
}

#: The evaluation's match, taken from scripts/eval_extract.py (on the path by conftest) rather than copied: a copy
#: of its filler words had drifted ("frontier" missing), so the grid no longer compared as the figures do.
alike = _alike


#: The kinds a place phrase ends with; the grid wants the one written (stricter than the evaluation, which leaves
#: them out): "Asadabad province" for a town told as a province's capital is no province, "Chorkuh" for "the
#: Chorkuh jamoat" loses what the report wrote.
_KINDS = frozenset(
    ["district", "province", "county", "region", "village", "area", "tehsil", "jamoat", "bazaar", "crossing", "post"]
)


def as_written(expected: str, got: str) -> bool:
    """The evaluation's match, and the kind of place the same as the report's."""
    kinds = [{w for w in re.findall(r"[\w-]+", p.lower()) if w in _KINDS} for p in (expected, got)]
    return alike(expected, got) and kinds[0] == kinds[1]


def cells() -> Iterator[tuple[Cell, str]]:
    for phrasing, rows in PHRASINGS.items():
        for region, where, expected in rows:
            for distractor in DISTRACTORS:
                yield Cell(phrasing, region, where, expected), distractor


def report(cell: Cell, distractor: str) -> str:
    lead = LEADS[cell.region].format(where=cell.where)
    if distractor == "none":
        return lead
    return lead + DISTRACTORS[distractor].format(d=DISTRACTOR_PLACE[cell.region][distractor])


@cache
def place_of(text: str) -> object:
    """The place of the report's first draft (None when it drafts nothing or names no place).

    Kept for the module (suite27): the grid's own test reads each cell once, and the share's test reads every cell
    again; a cell's drafts depend only on its text, so the share reads back what the cells' tests drafted.
    """
    drafts = drafts_of(text, PUBLISHED)
    return drafts[0].get("place") if drafts else None


def right(cell: Cell, distractor: str) -> bool:
    got = place_of(report(cell, distractor))
    wrong = distractor != "none" and isinstance(got, str) and alike(DISTRACTOR_PLACE[cell.region][distractor], got)
    return isinstance(got, str) and as_written(cell.expected, got) and not wrong


def share() -> tuple[int, int]:
    """How many cells are right, of all (printed in docs/extract.md)."""
    results = [right(cell, d) for cell, d in cells()]
    return sum(results), len(results)


@pytest.mark.parametrize(
    ("cell", "distractor"),
    list(cells()),
    ids=[f"{c.phrasing}|{c.where}|{d}" for c, d in cells()],
)
def test_the_scene_is_read_from_a_common_phrasing(cell: Cell, distractor: str) -> None:
    text = report(cell, distractor)
    got = place_of(text)
    assert isinstance(got, str) and as_written(cell.expected, got), (text, got)
    if distractor != "none":
        assert not alike(DISTRACTOR_PLACE[cell.region][distractor], got), (text, got)


#: Guards, right before the rules and after: what each rule must leave as it was.
GUARDS = (
    # a possessive owner that is a country still gives the country, not a name: "Iran's Saravan county"
    ("TEHRAN, May 4: Gunmen killed two Iranian border guards in Iran's Saravan county on Sunday.", "Saravan county"),
    # a province told as a town's, in apposition, still makes the province ("the troubled province in …")
    (
        "TEHRAN, May 4: Gunmen killed two border guards in Sistan-Baluchestan, the restive province in the southeast, "
        "on Sunday.",
        "Sistan-Baluchestan province",
    ),
    # a country after a compass word is no place
    ("ISLAMABAD, May 4: Gunmen shot dead two policemen in southwestern Pakistan on Sunday.", None),
    # a named area, told after the province, is still the narrower place
    (
        "KABUL, May 4: A roadside bomb killed three civilians in the eastern province of Kunar on Sunday. The blast "
        "hit a car in the Shigal area of the province.",
        "Shigal area",
    ),
    # "the town of X" without "near" is still the town itself
    ("TEHRAN, May 4: Gunmen killed two Iranian border guards in the town of Saravan on Sunday.", "Saravan"),
    # a distance told of the scene's own town is no new place: "in X, 15 km from the border"
    ("TEHRAN, May 4: Gunmen killed two Iranian border guards in Saravan, 15 km from the border, on Sunday.", "Saravan"),
    # a distance from the border, or from a town not named, names no place
    ("TEHRAN, May 4: Gunmen killed two Iranian border guards 15 km from the Pakistan-Iran border on Sunday.", None),
    ("TEHRAN, May 4: Gunmen killed two Iranian border guards at the border, 15 km from the town, on Sunday.", None),
    # an area told first stays the scene, measured from the town after it
    (
        "TEHRAN, May 4: Gunmen killed two Iranian border guards in the Jakigur area 20 km from Saravan on Sunday.",
        "Jakigur area",
    ),
    # a town told as the provincial capital, with no province after it
    (
        "KABUL, May 4: A roadside bomb killed three civilians in Asadabad, the provincial capital, on Sunday.",
        "Asadabad",
    ),
)


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards_keep_their_place(text: str, expected: str | None) -> None:
    got = place_of(text)
    if expected is None:
        assert got is None, got
    else:
        assert isinstance(got, str) and as_written(expected, got), got


def test_the_grid_share_is_the_documented_one() -> None:
    """docs/extract.md prints the share; every cell is right on this branch (the 390 cells of extract101 were 295
    right on the code before it; the 105 of extract106, and the near-village cells rewritten, 18 before it)."""
    right_cells, total = share()
    assert right_cells == total == 495
