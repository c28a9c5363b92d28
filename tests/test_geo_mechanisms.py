"""The paths by which the geocoder answers, and the guard on the loosest of them (issue 13:
"never confidently wrong"; docs/geocoding-journal.md, section "Where confident wrong answers come from")."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from _geo_helpers import assert_answers
from incident_tracker.geo.locate import locate

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import answer_paths


def test_a_sound_alike_in_a_third_country_is_no_answer(resolver: Any) -> None:
    # Bulak-Bashy sounds like Buloqboshi District (Uzbekistan); a report on Kyrgyzstan and
    # Tajikistan has said where its place is not (the fifteenth batch's one first-score dev error).
    located = locate("Bulak-Bashy area", resolver=resolver, named=frozenset({"KG", "TJ"}))
    assert located.chosen is None
    assert "only a sound-alike match" in located.note
    assert "Buloqboshi" in located.note


@pytest.mark.parametrize("named", ["", "UZ;KG"])
def test_a_sound_alike_stays_when_no_country_or_its_own_is_named(resolver: Any, named: str) -> None:
    # A border district lies wholly on one side: its neighbour (KG) named alone would not keep it.
    located = locate("Bulak-Bashy", resolver=resolver, named=frozenset(filter(None, named.split(";"))))
    assert located.chosen is not None and located.chosen.name.startswith("Buloqboshi")
    assert located.chosen.match == "sound"


@pytest.mark.parametrize("named", ["AF", "PK"])
def test_a_crossing_by_sound_counts_for_both_its_sides(resolver: Any, named: str) -> None:
    assert_answers(resolver, "Angoorr Adda", named, "Angur Ada", (32.5156, 69.2825))


def test_a_crossing_by_sound_is_no_answer_when_neither_side_is_named(resolver: Any) -> None:
    located = locate("Angoorr Adda", resolver=resolver, named=frozenset({"IR"}))
    assert located.chosen is None and "outside the countries the text names (IR)" in located.note


@pytest.mark.parametrize(
    ("query", "named", "path"),
    [
        ("Torkham", "AF;PK", "pack place by name"),
        ("Angoorr Adda", "PK", "sound-alike: pack place"),
        ("Bogh, in Khatlon Province's Shuroobod district", "TJ;AF", "stand-in: admin2 named in the text"),
    ],
)
def test_the_path_of_an_answer_is_named(resolver: Any, query: str, named: str, path: str) -> None:
    located = locate(query, resolver=resolver, named=frozenset(named.split(";")))
    assert answer_paths.answer_path(located) == path


def test_a_bare_name_is_flagged(resolver: Any) -> None:
    located = locate("Torkham", resolver=resolver, named=frozenset({"AF", "PK"}))
    assert "bare one-word name" in answer_paths.answer_flags(located)
