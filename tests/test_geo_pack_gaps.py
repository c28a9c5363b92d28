"""Border places a desk analyst types and the pack lacked (issue 13; docs/geocoding-journal.md, section
"Border places a desk types, audited"; ``geo/data/border_places.tsv``).

Names typed as an analyst would, found empty: of them only three had a citable point in the stored
public pages, Sarhad-e Broghil and Bozai Gumbaz in the Wakhan and Dila District of Paktika, and
those are the rows added. Every string here is written for these tests (none is a report's). The
first group fails on the tree before the rows; the guards pass on both: the bare "Sarhad" (Iran's
Sarhad region, and the Persian and Urdu word for a border) is not the Wakhan village, a Dila named
in Ethiopia stays there, and a tehsil named with its unit word still answers its district.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from typer.testing import Result

from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.gazetteer import haversine_km
from incident_tracker.geo.locate import locate

SARHAD_E_BROGHIL = (36.98333, 73.45)  # the village, Wikipedia's infobox (to the minute)
BOZAI_GUMBAZ = (37.13333, 74.0)  # the settlement, Wikipedia's infobox (to the minute)
DILA_DISTRICT = (32.56389, 68.13111)  # the district, Wikipedia's infobox
BAJAUR_DISTRICT = (34.7, 71.5)  # roughly the district centre: the tehsils lie within 30 km


def _chosen_near(resolver: Resolver, text: str, point: tuple[float, float], km: float = 1.0) -> tuple[str, str, str]:
    chosen = locate(text, resolver=resolver).chosen
    assert chosen is not None, text
    assert haversine_km(*point, chosen.latitude, chosen.longitude) < km, (text, chosen.label)
    return chosen.name, chosen.country, chosen.geo_precision


@pytest.mark.parametrize(
    "text",
    [
        "Sarhad-e Broghil",
        "Sarhad-e Wakhan, Badakhshan",
        "Sarhad-i-Broghil, Wakhan",
    ],
)
def test_the_wakhan_roadhead_answers(resolver: Resolver, text: str) -> None:
    name, country, _ = _chosen_near(resolver, text, SARHAD_E_BROGHIL)
    assert (name, country) == ("Sarhad-e Broghil", "AF")


@pytest.mark.parametrize("text", ["Bozai Gumbaz", "Bozai Gonbad, Little Pamir", "Baza'i Gonbad, Wakhan"])
def test_the_little_pamir_settlement_answers(resolver: Resolver, text: str) -> None:
    name, country, _ = _chosen_near(resolver, text, BOZAI_GUMBAZ)
    assert (name, country) == ("Bozai Gumbaz", "AF")


@pytest.mark.parametrize("text", ["Dila", "Dila district of Paktika", "the Dila district"])
def test_the_paktika_district_answers_as_a_district(resolver: Resolver, text: str) -> None:
    name, country, precision = _chosen_near(resolver, text, DILA_DISTRICT)
    assert (name, country, precision) == ("Dila District", "AF", "admin2")


def test_the_cli_names_the_wakhan_settlement(run: Callable[..., Result]) -> None:
    result = run("geocode", "Bozai Gumbaz")
    assert "Chosen: Bozai Gumbaz, Badakhshan, Afghanistan" in result.output


# --- guards: the same on both trees ----------------------------------------------------------------


@pytest.mark.parametrize("text", ["Sarhad", "the Sarhad region", "Sarhadd"])
def test_the_bare_word_for_border_is_not_the_wakhan_village(resolver: Resolver, text: str) -> None:
    """Sarhad is also Iran's highland round Khash and the word "border": the row indexes only the
    village's longer names."""
    chosen = locate(text, resolver=resolver).chosen
    assert chosen is None or chosen.name != "Sarhad-e Broghil", text


def test_a_dila_in_ethiopia_stays_in_ethiopia(resolver: Resolver) -> None:
    chosen = locate("Dila, Ethiopia", resolver=resolver).chosen
    assert chosen is not None and chosen.country == "ET"


@pytest.mark.parametrize("text", ["clashes in Barang tehsil", "Mamund tehsil"])
def test_a_bajaur_tehsil_with_its_unit_word_answers_the_district(resolver: Resolver, text: str) -> None:
    name, country, precision = _chosen_near(resolver, text, BAJAUR_DISTRICT, km=30)
    assert (name, country, precision) == ("Bajaur District", "PK", "admin2")


def test_the_bare_tribe_name_mamund_stays_empty(resolver: Resolver) -> None:
    """Mamund is a tribe as well as a tehsil: alone it claims no place."""
    assert locate("Mamund", resolver=resolver).chosen is None
