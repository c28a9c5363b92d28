"""Batch 86's dev failures (issue 13; docs/geocoding-journal.md, section "Batch 86's dev failures: the words around a
known name (geo171)"): the function words, unit words, case endings and spellings of German, French, Spanish,
Italian, Turkish, Azerbaijani, Lithuanian, Hungarian and Indonesian copy around a name the gazetteer holds
(:mod:`incident_tracker.geo.copy_words`). Strings are house-written: none is the set's, whole or inside one of its
strings (each was checked against the set's ``query`` column, unread)."""

from __future__ import annotations

from typing import Any

import pytest

from incident_tracker.geo.copy_words import readings, spellings
from incident_tracker.geo.locate import locate

AF_PK = frozenset({"AF", "PK"})
AF_IR = frozenset({"AF", "IR"})
AF_TJ = frozenset({"AF", "TJ"})
KG_TJ = frozenset({"KG", "TJ"})


def _answer(resolver: Any, query: str, named: frozenset[str]) -> str | None:
    chosen = locate(query, resolver=resolver, named=named).chosen
    return None if chosen is None else chosen.name


@pytest.mark.parametrize(
    ("query", "named", "place"),
    [
        # near, before the place or after it
        ("in der Nähe von Chaman", AF_PK, "Chaman"),  # German
        ("nahe Torkham", AF_PK, "Torkham"),
        ("près de Chaman", AF_PK, "Chaman"),  # French
        ("cerca de Chaman", AF_PK, "Chaman"),  # Spanish
        ("vicino a Batken", KG_TJ, "Batken"),  # Italian
        ("vicino al valico di Torkham", AF_PK, "Torkham"),
        ("Torkham sınır kapısı yakınında", AF_PK, "Torkham"),  # Turkish
        ("Vorux kəndi yaxınlığında", KG_TJ, "Vorukh"),  # Azerbaijani
        ("Torkham közelében", AF_PK, "Torkham"),  # Hungarian
        ("dekat Chaman", AF_PK, "Chaman"),  # Indonesian
        # the area of a crossing
        ("Torkham sınır kapısı bölgesinde", AF_PK, "Torkham"),
        ("Torxam keçid məntəqəsi ərazisində", AF_PK, "Torkham"),
        # a crossing word with no "of"
        ("au poste-frontière Torkham", AF_PK, "Torkham"),
        ("paso fronterizo Torkham", AF_PK, "Torkham"),
        ("valico Torkham", AF_PK, "Torkham"),
        # a unit phrase in the genitive, a second unit phrase with no comma
        ("des Bezirks Hamadoni", AF_TJ, "Hamadoni District"),
        ("des Bezirks Hamadoni in der Provinz Chatlon", AF_TJ, "Hamadoni District"),
        ("du district de Hamadoni dans la province de Khatlon", AF_TJ, "Hamadoni District"),
        ("del distrito de Hamadoni en la provincia de Khatlon", AF_TJ, "Hamadoni District"),
        # the border between a place and a country
        ("die Grenze zwischen Isfara und Kirgisistan", KG_TJ, "Isfara"),
        ("la frontière entre Isfara et le Kirghizistan", KG_TJ, "Isfara"),
        ("il confine tra Isfara e il Kirghizistan", KG_TJ, "Isfara"),
        # Lithuanian unit words after a genitive
        ("Batkeno srityje", KG_TJ, "Batken"),
        ("Afganistano šiaurinėje Kunduzo provincijoje", AF_TJ, "Kunduz"),
        ("Chatlono srityje", AF_TJ, "Khatlon"),
        # the languages' spellings of a recorded name
        ("Koktaş", KG_TJ, "Kek-Tash"),  # Turkic ş
        ("la province du Baloutchistan", AF_PK, "Balochistan"),  # French ou, tch
        ("in der Provinz Badachschan", AF_TJ, "Badakhshan"),  # German ch, sch
        ("des Bezirks Darkad", AF_TJ, "Darqad District"),  # k for q
    ],
)
def test_the_words_around_a_known_name_are_read(resolver: Any, query: str, named: frozenset[str], place: str) -> None:
    assert _answer(resolver, query, named) == place


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("die Grenze zwischen Tadschikistan und Afghanistan", AF_TJ),  # a whole line
        ("la frontière entre l'Afghanistan et le Pakistan", AF_PK),
        ("el puesto fronterizo de Zarbolak en la provincia de Herat", AF_IR),  # no fallback to the province
        ("vicino al villaggio di Zarbolak", KG_TJ),  # a name the gazetteer does not hold
        ("près de Zarbolak", AF_PK),
        ("nahe Bozkurtabad", AF_TJ),
        ("près du district de Kong", AF_IR),  # a sound-alike is no answer (geo158's Kang)
        ("près de Malayer", AF_PK),  # a town of a country the text does not name
    ],
)
def test_what_the_words_do_not_support_stays_empty(resolver: Any, query: str, named: frozenset[str]) -> None:
    assert _answer(resolver, query, named) is None


def test_an_answer_of_the_first_reading_is_kept(resolver: Any) -> None:
    located = locate("près du poste-frontière de Torkham", resolver=resolver, named=AF_PK)
    assert located.chosen is not None and located.chosen.name == "Torkham"
    assert located.chosen.geo_precision == "near"


def test_the_readings_and_spellings_shapes() -> None:
    assert list(readings("vicino alla città di Batken")) == ["near the city of Batken"]
    assert list(readings("Torxam keçid məntəqəsi rayonunda")) == ["Torxam keçid məntəqəsi"]
    assert list(readings("le point de passage Torkham")) == ["le point de passage de Torkham"]
    assert list(readings("la frontière entre X et l'Iran")) == ["X, on the border with Iran"]
    assert list(readings("the border between Iran and Afghanistan")) == []
    assert next(iter(readings("Batkeno provincijoje"))) == "Batken province"  # the genitive's -o off
    assert "Kara-Tash" in spellings("Kara-Taş") and "Jarkurghan" in spellings("Djarkourghan")
    assert "der Bezirk Darqad" in spellings("der Bezirk Darkad")  # each name alone: "Bezirk" keeps its k
    assert spellings("Herat") == []


def test_tracker_add_reads_the_words_around_the_name(run: Any, run_json: Any) -> None:
    """The real CLI on a real SQLite file: ``tracker add`` stores the place an Italian "near" frame names."""
    run("add", "--date", "2025-11-24", "--place", "vicino al valico di Torkham", "--type", "explosions", "--no-input")
    record = run_json("show", "1", "--json")
    assert (record["location"], record["country"], record["geo_precision"]) == ("Torkham", "PK", "near")
