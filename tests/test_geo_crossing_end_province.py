"""A crossing stored in the country across its line, filed under a province that does not hold its end; and the note
of "near X, in Y" in Hindi (docs/geocoding-journal.md, section "A crossing filed under the wrong province, and the
note of Hindi near X in Y (geo178)"). Strings are house-written: none is the set's, whole or inside one of its
strings."""

from __future__ import annotations

from typing import Any

import pytest

from _geo_helpers import chosen_for, countries
from incident_tracker.geo.indic import indic_phrase
from incident_tracker.geo.locate import locate


@pytest.mark.parametrize(
    ("query", "named", "end"),
    [
        ("Torkham, Kunar", "AF;PK", "Nangarhar"),  # the Pakistani row's Afghan end is Nangarhar's, not Kunar's
        ("the Torkham crossing in Paktia province", "AF;PK", "Nangarhar"),
        ("Dogharoun, Tehran", "AF;IR", "Razavi Khorasan"),  # Islam Qala's Iranian end
        ("Ayritom, Samarqand", "AF;UZ", "Surxondaryo"),  # the Termez-Hairatan bridge's Uzbek end
    ],
)
def test_a_province_that_does_not_hold_the_crossings_end_does_not_stand_in(
    resolver: Any, query: str, named: str, end: str
) -> None:
    answer = locate(query, resolver=resolver, named=countries(named))
    assert answer.chosen is None, answer.chosen.label
    assert f"lies in {end}, which it does not hold" in answer.note, answer.note


@pytest.mark.parametrize(
    ("query", "named", "answer"),
    [
        ("Torkham, Nangarhar", "AF;PK", ("Torkham", "PK", "exact")),  # the province of the crossing's Afghan end
        ("Torkham, Khyber Pakhtunkhwa", "AF;PK", ("Torkham", "PK", "exact")),  # the row's own province
        ("Zarmelo, Kunar", "AF;PK", ("Kunar", "AF", "admin1")),  # an unknown name: the province stands in
        ("Torkham, Batken region", "KG", ("Batken", "KG", "admin1")),  # not the crossing's line
    ],
)
def test_a_province_still_answers_or_stands_in_where_it_may_hold_the_place(
    resolver: Any, query: str, named: str, answer: tuple[str, str, str]
) -> None:
    chosen = chosen_for(resolver, query, named)
    assert chosen is not None and (chosen.name, chosen.country, chosen.geo_precision) == answer, chosen


def test_tracker_geocode_leaves_torkham_in_kunar_unchosen(run_json: Any) -> None:
    """The real CLI: Kunar is listed for "Torkham, Kunar", and not chosen."""
    found = run_json("geocode", "Torkham, Kunar", "--json")
    assert [(row["name"], row["chosen"]) for row in found] == [("Kunar", False)]


def test_near_a_province_in_another_country_names_the_province_read(resolver: Any) -> None:
    """Hindi "X के पास Y में" (near X, in Y) is read "near X": Y is where the place is, not where X is, so X is not
    looked for inside Y, and the note names the Iranian province the text names, not Pakistan's Balochistan."""
    text = "सिस्तान-बलूचिस्तान प्रांत के पास पाकिस्तान में"
    assert indic_phrase(text) == "near sistan-baluchistan province"
    answer = locate(text, resolver=resolver, named=countries("IR;PK"))
    assert answer.chosen is None
    assert "near Sistan and Baluchestan, Iran" in answer.note, answer.note
    assert indic_phrase("पाकिस्तान में चमन के पास") == "near chaman, pakistan"  # Y before the word for near: kept
