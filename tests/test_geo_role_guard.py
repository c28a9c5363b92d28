"""A place named in another role than the event's is left unlocated, in more shapes than before.

Datelines closed by a full stop or a doubled dash, agencies and bylines in any script, a
person's home or funeral place, an office, the place of talks (``geo/role_guard.py``;
docs/geocoding-journal.md, "Twelfth batch"). The phrases are written for the test; each was answered
with a point before the guards. Phrases that name the event's place keep their answer.
"""

from __future__ import annotations

import pytest

from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.locate import locate
from incident_tracker.geo.role_guard import GUARDS, read_more_roles

REGION = frozenset({"PK", "AF", "IR", "TJ", "KG"})

ROLE_PHRASES = [
    # Datelines: a name, then an agency, a byline or a short day.
    ("TEHRAN (IRNA) --", "dateline parts"),
    ("Tehran, IRNA --", "dateline parts"),
    ("Бишкек, 14 сен. /Кабар/.", "dateline parts"),
    ("Peshawar (Staff Reporter):", "dateline parts"),
    ("Quetta (Monitoring Desk)", "dateline parts"),
    ("چترال (نامہ نگار)", "dateline parts"),  # Urdu: Chitral (correspondent)
    ("خوست (پژواک)", "dateline parts"),  # Pashto: Khost (Pajhwok)
    ("کابل (بی بی سی)", "dateline parts"),  # Kabul (BBC)
    ("ہرات (رائٹرز)", "dateline parts"),  # Urdu: Herat (Reuters)
    # Datelines: a name and the mark that closes it.
    ("PARACHINAR.", "ended dateline"),
    ("پاراچنار ۔", "ended dateline"),  # Urdu: Parachinar, with the Urdu full stop
    ("Chitral:", "ended dateline"),
    # A dateline in Arabic script, its reporter named in brackets (geo25: test_geo_mechanisms2.py).
    ("پشاور (محمد علی)", "byline dateline"),  # Urdu: Peshawar (Muhammad Ali)
    # A person's home, burial or funeral place.
    ("his hometown in Mardan", "home"),
    ("buried in Farkhor", "home"),
    ("funeral was held in Kulob", "home"),
    # An office named by its place.
    ("the Foreign Office in Islamabad", "office"),
    ("the ISPR in Rawalpindi", "office"),
    ("глава Исфаринского района", "office"),  # Russian: the head of Isfara district
    # Where talks were held ("Doha" was answered by a village in Iran).
    ("talks held in Doha", "talks"),
    # A place across the border from the one named (fifty-fourth batch rules).
    ("a hamlet across the border from Chaman", "across"),
    ("خوست کے قریب سرحد پار", "across"),  # Urdu: across the border near Khost
]


@pytest.mark.parametrize(("text", "guard"), ROLE_PHRASES)
def test_a_place_in_another_role_is_left_unlocated(resolver: Resolver, text: str, guard: str) -> None:
    assert GUARDS[guard](text), f"{guard!r} does not read {text!r}"
    located = locate(text, resolver=resolver, named=REGION)
    assert located.chosen is None, located.chosen.label if located.chosen else ""


def test_every_guard_is_tested() -> None:
    assert {guard for _, guard in ROLE_PHRASES} == set(GUARDS)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chaman (Balochistan)", "Chaman"),  # a province in brackets is context, not a byline
        ("Torkham (Khyber)", "Torkham"),
        ("Kulob, Khatlon", "K"),  # Kŭlob
        ("Isfara (Sughd)", "Isfara"),
        ("چمن میں پاک افغان سرحد", "Chaman"),  # Urdu: the Pak-Afghan border at Chaman
    ],
)
def test_the_event_place_keeps_its_answer(resolver: Resolver, text: str, name: str) -> None:
    assert read_more_roles(text) is None
    chosen = locate(text, resolver=resolver, named=REGION).chosen
    assert chosen is not None and chosen.label.startswith(name), text


@pytest.mark.parametrize(
    "text",
    [
        "Zaranj provincial hospital",  # a hospital guard was measured and not kept: it cost this place
        "shifted to CMH Peshawar",  # nor a guard for where people were taken: it changed no answer
        "Хорог.",  # a full stop after a name not in capitals may end a sentence
        "Kabul, Afghanistan",
    ],
)
def test_what_the_guards_leave_to_the_reader(text: str) -> None:
    assert read_more_roles(text) is None


def test_a_far_capital_is_not_answered_by_a_village_of_the_region_that_bears_it_as_an_alias(
    resolver: Resolver,
) -> None:
    # "Doha" was a village of Isfahan (an alias of Dehaq-e Fereydan) before the guard, as exact.
    located = locate("Doha", resolver=resolver, named=REGION)
    assert located.chosen is None
    assert "bears this name as its own" in located.note


def test_a_capital_of_the_region_keeps_its_answer(resolver: Resolver) -> None:
    chosen = locate("Tashkent", resolver=resolver, named=REGION).chosen
    assert chosen is not None and chosen.country == "UZ"
