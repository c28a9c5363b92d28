"""Wrappers around known names, the leftovers (issue 13; docs/geocoding-journal.md, section "Wrappers, the leftovers:
rules"): the Urdu "Z کے <direction> میں واقع سرحدی علاقہ X" (the border area X, lying in a direction from Z), read as
X and kept near Z; a Chinese border word before a name and a thing "near" it after ("边境X村", "…X村附近的供水设施");
the Russian "житель (таджикского) села X" (a resident of the village X); the Urdu and Persian "وادی X" (the X valley)
where X is the pack's.
Every string here is written for the tests (none is the set's); the readings fail on the code before this round, the
guards pass on both."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from typer.testing import Result

from _geo_helpers import label_for
from incident_tracker.geo.chain import Resolver

Run = Callable[..., Result]


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        # Urdu: the border area X, south-west (north-east…) of Z: X is the scene, Z only says where it lies
        ("زاہدان کے جنوب مغرب میں واقع سرحدی علاقہ میرجاوه", "IR;PK", "Mirjaveh"),
        ("پشاور کے مغرب میں واقع سرحدی علاقہ طورخم", "PK;AF", "Torkham"),
        # Chinese: a border word before the village, and the water works near it
        ("边境科克塔什村", "KG;TJ", "Kek-Tash"),
        ("吉尔吉斯斯坦南部与塔吉克斯坦接壤的科克塔什村附近的水渠", "KG;TJ", "Kek-Tash"),
        # Russian: a resident of the (Tajik) village X, on the border with Y
        ("житель таджикского села Ворух на границе с Кыргызстаном", "TJ;KG", "Vorukh"),
        ("жителя села Ворух", "TJ;KG", "Vorukh"),
        # Urdu: the valley of a district of the pack
        ("وادی کرم", "PK;AF", "Kurram District"),
    ],
)
def test_leftover_wrappers_read(resolver: Resolver, query: str, named: str, name: str) -> None:
    label = label_for(resolver, query, named)
    assert label is not None and label.startswith(name), (query, label)


@pytest.mark.parametrize(
    ("query", "named"),
    [
        # the area north-west of Z is no place 1,000 km from Z (Golestan of Iran is not Gulistan by Chaman)
        ("چمن کے شمال مغرب میں واقع سرحدی علاقہ گلستان", "PK;AF"),
        # the reference of the direction never answers, nor stands in
        ("زاہدان کے جنوب مشرق میں واقع سرحدی علاقہ نامعلوم", "IR;PK"),
        # a residence in a town or a province stays a person's home
        ("житель города Исфара", "TJ;KG"),
        ("жители провинции Тахор", "TJ;AF"),
        # a name the transcription reader does not hear stays empty behind its border word
        ("边境阿克塞村", "KG;TJ"),
        # a name with an outlet in brackets stays a dateline (left as it is: see the docs)
        ("KHYBER (Dunya News)", "PK;AF"),
        ("Torkham (AFP)", "PK;AF"),
        # "between X and Y" in Persian is answered as the English one is: not at all
        ("بین چمن و اسپین بولدک", "PK;AF"),
        ("between Chaman and Spin Boldak", "PK;AF"),
        # a valley whose name the pack does not hold letter for letter is not read so
        ("وادی نامعلوم", "PK;AF"),
    ],
)
def test_leftover_wrappers_guards(resolver: Resolver, query: str, named: str) -> None:
    assert label_for(resolver, query, named) is None, query


def test_a_direction_far_from_its_reference_is_explained(run: Run) -> None:
    """Through the CLI: the area read, then set aside because it lies 1,000 km from the place the text measures from."""
    explained = " ".join(run("geocode", "چمن کے شمال مغرب میں واقع سرحدی علاقہ گلستان", "--explain").stderr.split())
    assert "the text puts the place in a direction from Chaman" in explained, explained
    assert "Chosen:" not in explained


def test_the_border_area_south_east_of_a_town_is_chosen(run: Run) -> None:
    """Through the CLI: the border area named after the direction is chosen, the town it is measured from is not."""
    shown = " ".join(run("geocode", "زاہدان کے جنوب مشرق میں واقع سرحدی علاقہ میرجاوه", "--explain").stderr.split())
    assert "Chosen: Mirjaveh" in shown, shown
