"""The border provinces' districts from source lists (issue 13; docs/geocoding-journal.md, "The border provinces'
districts from source lists (geo136)"; ``geo/data/border_places.tsv``).

Every district of the provinces on an international border was asked of the geocoder as "<name> district" (with the
country, and with the province); the pack gained a row only where nothing or a wrong place came back. Every string
here is written for these tests. The first group fails on the tree before the rows. A name that a far place also
bears is read only whole, with its unit word, so the bare name gets no new answer; a district whose name is a unit
of another country of the region was left out, so "X district" written of that country still reaches it. The
guards pass on both trees.
"""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from _geo_helpers import assert_district_row_answers
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.locate import locate

MASHHAD_OF_KISHIM = (36.81665, 70.10211)  # Kishim's seat (GeoNames 1133749, PPLA2, via Who's On First's copy)
KISHK_E_NAKHUD = (31.62519, 65.05511)  # Maywand's seat (GeoNames 1137745, PPLA2, via Who's On First's copy)
KAJAKI_SEAT = (32.32406, 65.10748)  # Kajaki's seat since geo145 (GeoNames 1474737, via Who's On First's copy)
YANGIRABOT = (40.02539, 65.96095)  # Xatirchi's capital (GeoNames 1512348)
CHILAS = (35.41287, 74.10407)  # Diamer's capital (GeoNames 1181138)
BELOVODSKOYE = (42.82944, 74.1083)  # Moskva district's seat (GeoNames 1528702, PPLA2)


@pytest.mark.parametrize(
    ("text", "country", "name", "point"),
    [
        ("Kishim district", "AF", "Kishim District", MASHHAD_OF_KISHIM),
        ("Maywand district, Kandahar", "AF", "Maywand District", KISHK_E_NAKHUD),
        ("Kajaki district of Helmand", "AF", "Kajaki District", KAJAKI_SEAT),
        ("Xatirchi district", "UZ", "Xatirchi District", YANGIRABOT),
        ("Diamer district", "PK", "Diamer District", CHILAS),
        ("Diamir district", "PK", "Diamer District", CHILAS),
        ("Moskva district", "KG", "Moskovsky District", BELOVODSKOYE),
    ],
)
def test_the_listed_district_answers(
    resolver: Resolver, text: str, country: str, name: str, point: tuple[float, float]
) -> None:
    assert_district_row_answers(resolver, text, country, name, point)


# --- guards: the same on both trees ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "country"), [("Kajaki", "AF"), ("Xatirchi", "UZ"), ("Moskva", "KG")])
def test_a_guarded_name_alone_is_not_the_district(resolver: Resolver, text: str, country: str) -> None:
    """Kajaki is also a village far from the district's point, Moskva a city: the rows are read only whole."""
    chosen = locate(text, country=country, resolver=resolver).chosen
    assert chosen is None or chosen.geo_precision != "admin2"


@pytest.mark.parametrize(
    ("text", "country", "province"),
    [
        ("Gulistan district", "UZ", "Sirdaryo Region"),  # Farah's Gulistan left out: Guliston of Sirdaryo
        ("Baharak district, Badakhshan", "AF", "Badakhshan"),  # Takhar's Baharak left out: it took this one
        ("Jani Khel district, Paktika", "AF", "Paktika"),  # Paktia's Jani Khel left out, likewise
    ],
)
def test_a_namesake_left_out_keeps_its_answer(resolver: Resolver, text: str, country: str, province: str) -> None:
    located = locate(text, country=country, resolver=resolver)
    assert located.chosen is not None, located.note
    assert located.fields["admin1"] == province


def test_each_row_of_the_block_says_where_its_point_comes_from() -> None:
    """The rows appended by geo136 (after Qalat District, geo137's row, which follows geo134's last, and before
    Ellikqala District, the first of geo138's block) name their point's source in their notes."""
    text = resources.files("incident_tracker.geo").joinpath("data", "border_places.tsv").read_text("utf-8")
    rows = list(csv.DictReader([line for line in text.splitlines() if not line.startswith("#")], delimiter="\t"))
    names = [row["name"] for row in rows]
    block = rows[names.index("Qalat District") + 1 : names.index("Ellikqala District")]
    assert len(block) == 112
    kinds = ("seat of a second-order division", "village that names", "district capital", "county seat", "Label point")
    for row in block:
        assert row["kind"] == "district" and row["source"].startswith("https://"), row["name"]
        assert any(kind in row["notes"] for kind in kinds), row["name"]
