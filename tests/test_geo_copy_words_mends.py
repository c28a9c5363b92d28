"""Mends geo171 noticed in its section of docs/geocoding-journal.md ("Batch 86's dev failures: the words around a known
name (geo171)"), and the precision of a bare sound-alike (docs/geocoding-journal.md, section "Batch 86's notes mended: a
kept "Ch", Hungarian letters, a split name, a sound-alike's precision (geo173)"). Strings are house-written: none is
the set's, whole or inside one of its strings (each was checked against the set's ``query`` column, unread)."""

from __future__ import annotations

from typing import Any

import pytest

from incident_tracker.geo.azerbaijani_latin import azerbaijani_off
from incident_tracker.geo.copy_words import readings, spellings
from incident_tracker.geo.locate import locate

AF_PK = frozenset({"AF", "PK"})
AF_TJ = frozenset({"AF", "TJ"})


def _answer(resolver: Any, query: str, named: frozenset[str]) -> tuple[str, str] | None:
    chosen = locate(query, resolver=resolver, named=named).chosen
    return None if chosen is None else (chosen.name, chosen.geo_precision)


def test_an_english_ch_is_kept_in_turkish_and_azerbaijani_copy() -> None:
    """Neither language writes "ch": a "C" before an "h" begins an English spelling, not a "J"."""
    assert azerbaijani_off("Chaman yakınında") == "Chaman yakininda"
    assert azerbaijani_off("Chitral sınır kapısı") == "Chitral crossing"
    assert azerbaijani_off("Chagai bölgəsində") == "Chagai bolgasinda"
    assert azerbaijani_off("Cəlalabad") == "Jalalabad"  # a "c" alone is still a "j"


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Chaman keçid məntəqəsi", "Chaman"),  # Azerbaijani: the Chaman crossing point
        ("Chaman sərhəd keçidi", "Chaman"),
        ("Chaman sınır kapısı", "Chaman"),  # Turkish: the Chaman border gate
    ],
)
def test_a_crossing_named_in_english_letters_is_read(resolver: Any, query: str, name: str) -> None:
    answer = _answer(resolver, query, AF_PK)
    assert answer is not None and answer[0] == name


def test_hungarian_spellings_are_folded() -> None:
    assert "Chaman közelében" in spellings("Csaman közelében")
    assert "Spin Boldak közelében" in spellings("Szpin Boldak közelében")
    assert "Jalalabad" in spellings("Dzsalalabad")
    assert spellings("Peshawar") == []  # an English "s" is no Hungarian "s" for "sh"


@pytest.mark.parametrize(
    ("query", "answer"),
    [
        ("Csaman közelében", ("Chaman", "near")),
        ("Szpin Boldak közelében", ("Spin Boldak", "near")),
    ],
)
def test_a_hungarian_near_frame_with_hungarian_letters_is_read(resolver: Any, query: str, answer: Any) -> None:
    assert _answer(resolver, query, AF_PK) == answer


def test_hungarian_letters_alone_are_not_read(resolver: Any) -> None:
    """A bare name with no other sign of the language is not folded: "cs" is no proof of Hungarian."""
    assert _answer(resolver, "Csaman", AF_PK) is None


def test_a_bare_sound_alike_is_never_stored_as_exact(resolver: Any) -> None:
    """Issue 13: a match not by a recorded name is never `exact`. "Darkad" sounds as Darqad and gets the district row
    at the same point (`admin2`); the recorded spelling "Darqad" is the town, `exact`."""
    assert _answer(resolver, "Darkad", AF_TJ) == ("Darqad District", "admin2")
    assert _answer(resolver, "Darqad", AF_TJ) == ("Darqad", "exact")


def test_tracker_add_keeps_an_english_ch_in_turkish_copy(run: Any, run_json: Any) -> None:
    """The real CLI on a real SQLite file: ``tracker add`` stores Chaman for a Turkish border gate named "Chaman"."""
    run("add", "--date", "2025-11-24", "--place", "Chaman sınır kapısı", "--type", "explosions", "--no-input")
    record = run_json("show", "1", "--json")
    assert (record["location"], record["country"]) == ("Chaman", "PK")


@pytest.mark.parametrize(
    ("query", "answer"),
    [
        ("à Shamsiddini, district Shokhin", ("Shamsiddin Shohin District", "admin2")),  # a name split by the comma
        ("in Zarbolak, Bezirk Shokhin", None),  # the two words are no name the gazetteer records
        ("in Shamsiddini, Bezirk Zarbolak", None),
    ],
)
def test_a_units_name_split_by_a_comma_is_joined_only_to_a_recorded_name(
    resolver: Any, query: str, answer: Any
) -> None:
    assert _answer(resolver, query, AF_TJ) == answer


def test_the_split_names_reading() -> None:
    assert list(readings("in Shamsiddini, Bezirk Shokhin"))[-1] == "Bezirk Shamsiddini Shokhin"
    assert not any("Bezirk Chaman Kila" in read for read in readings("Chaman, Bezirk Kila Abdullah"))
