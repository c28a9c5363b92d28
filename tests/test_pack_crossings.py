"""Rows added to the regional pack by the crossings audit (docs/geocoding-journal.md, "The pack's crossings audited").

Each case is a string the shipped pack must now answer, read against the session gazetteer;
the last ones are crossings the issue names for which no sourced point of the post was found,
and which must stay unanswered rather than be taken by a namesake village.
"""

from __future__ import annotations

import pytest

from _geo_helpers import assert_answers
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.locate import locate

GHULAM_KHAN = (33.13302, 70.03472)


@pytest.mark.parametrize(
    ("query", "named", "name", "point"),
    [
        # The third Afghan-Pakistani trade crossing (GeoNames 1480411, 1.5 km from the line).
        ("Ghulam Khan", "PK;AF", "Ghulam Khan", GHULAM_KHAN),
        ("the Ghulam Khan border crossing in North Waziristan", "PK;AF", "Ghulam Khan", GHULAM_KHAN),
        ("شمالی وزیرستان میں غلام خان سرحد", "PK;AF", "Ghulam Khan", GHULAM_KHAN),
        ("منطقه مرزی غلامخان", "AF;PK", "Ghulam Khan", GHULAM_KHAN),
        # The Uzbek post at the Friendship Bridge answers with the bridge, as Dogharoun does with Islam Qala.
        ("Ayritom", "UZ;AF", "Afghanistan–Uzbekistan Friendship Bridge", (37.2278, 67.4282)),
        # Border districts at the label point of Who's On First's outline, or (since geo145) at a sourced seat.
        ("Barmal district of Paktika", "AF;PK", "Barmal District", (32.689266, 69.259793)),
        ("Tani district of Khost", "AF;PK", "Tani District", (33.19761, 69.743857)),
        ("Jaji Maidan district", "AF;PK", "Jaji Maidan District", (33.651068, 70.081479)),
        ("Shamulzayi district of Zabul", "AF;PK", "Shamulzayi District", (31.90873, 67.64614)),
        ("Khwaja Bahawuddin district", "AF;TJ", "Khwaja Bahauddin District", (37.338328, 69.57105)),
        ("Dusti District", "TJ;AF", "Jilikul District", (37.49167, 68.53106)),
    ],
)
def test_audited_rows_answer(resolver: Resolver, query: str, named: str, name: str, point: tuple[float, float]) -> None:
    assert_answers(resolver, query, named, name, point)


def test_ghulam_khan_tehsil_is_answered_by_the_village_that_names_it(resolver: Resolver) -> None:
    """It was North Waziristan District, whose point is Miranshah, in another tehsil; the village lies in its own."""
    chosen = locate("Ghulam Khan tehsil", resolver=resolver, named=frozenset({"AF", "PK"})).chosen
    assert chosen is not None and chosen.label.startswith("Ghulam Khan")
    assert (chosen.latitude, chosen.longitude, chosen.geo_precision) == (*GHULAM_KHAN, "admin2")


def test_a_ghulam_khan_of_sindh_is_not_the_crossing(resolver: Resolver) -> None:
    """Villages called Ghulam Khan lie all over Pakistan; the province named keeps the row away."""
    chosen = locate("Ghulam Khan, Badin", resolver=resolver, named=frozenset({"PK"})).chosen
    assert chosen is None or not chosen.label.startswith("Ghulam Khan"), chosen and chosen.label


@pytest.mark.parametrize(("query", "named"), [("Dostuk", "KG;UZ"), ("Gabd", "PK;IR"), ("Rimdan", "IR;PK")])
def test_crossings_without_a_sourced_post_stay_unanswered(resolver: Resolver, query: str, named: str) -> None:
    """GeoNames' Dostuk lies in Suzak and its Gabd and Rimdan about 11 and 19 km from the line: no row."""
    assert locate(query, resolver=resolver, named=frozenset(named.split(";"))).chosen is None
