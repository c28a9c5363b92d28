"""The border provinces' other districts (issue 13; docs/geocoding-journal.md, "The border provinces' other
districts"; ``geo/data/border_places.tsv``).

The pack held the districts that touch a border; reports of border incidents also name the other
districts of Khyber Pakhtunkhwa, Balochistan and Iran's eastern provinces, and a name missing from
the pack let a far sound-alike answer (the Urdu name of Swat sounded like Shovot in Uzbekistan). The
rows added have an empty ``border_with`` and say so in their notes. Every string here is written for
these tests. The first group fails on the tree before the rows; the guards pass on both: a bare town
name keeps the town of the city list.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from importlib import resources

import pytest
from typer.testing import Result

from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.gazetteer import haversine_km
from incident_tracker.geo.locate import locate

SAIDU_SHARIF = (34.74655, 72.35568)  # Swat's seat (GeoNames 1166475)
DAGGAR = (34.51106, 72.48438)  # Buner's seat (GeoNames 1180787)
BANNU = (32.98527, 70.60403)  # GeoNames 1183460
DERA_ISMAIL_KHAN = (31.83129, 70.9017)  # GeoNames 1180281
BIRJAND = (32.86628, 59.22114)  # GeoNames 140463


@pytest.mark.parametrize(
    ("text", "chosen_line"),
    [
        ("Swat district, Khyber Pakhtunkhwa", "Chosen: Swat District, Khyber Pakhtunkhwa, Pakistan (admin2)."),
        ("the Shangla district", "Chosen: Shangla District, Khyber Pakhtunkhwa, Pakistan (admin2)."),
        ("Buner district", "Chosen: Buner District, Khyber Pakhtunkhwa, Pakistan (admin2)."),
        ("Birjand County, South Khorasan", "Chosen: Birjand County, South Khorasan Province, Iran (admin2)."),
    ],
)
def test_explain_names_the_inland_district(run: Callable[..., Result], text: str, chosen_line: str) -> None:
    result = run("geocode", text, "--explain")
    assert chosen_line in result.output
    assert "from the regional place pack" in result.output


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        ("ضلع سوات", "Swat District", SAIDU_SHARIF),
        ("سوات", "Swat District", SAIDU_SHARIF),
        ("Bunair district", "Buner District", DAGGAR),
        ("ضلع بنوں", "Bannu District", BANNU),
        ("D.I. Khan", "Dera Ismail Khan District", DERA_ISMAIL_KHAN),
        ("Birjand county", "Birjand County", BIRJAND),
    ],
)
def test_the_district_answers_at_its_seat(resolver: Resolver, text: str, name: str, point: tuple[float, float]) -> None:
    chosen = locate(text, resolver=resolver).chosen
    assert chosen is not None, text
    assert (chosen.name, chosen.geo_precision) == (name, "admin2")
    assert chosen.border_with == ()
    assert haversine_km(*point, chosen.latitude, chosen.longitude) < 1


def test_urdu_swat_is_no_longer_the_uzbek_sound_alike(resolver: Resolver) -> None:
    chosen = locate("سوات", resolver=resolver).chosen
    assert chosen is not None and chosen.country == "PK"


# --- guards: the same on both trees ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "town"), [("Quetta", "Quetta"), ("Kohat", "Kohat"), ("Mashhad", "Mashhad")])
def test_a_bare_seat_name_keeps_the_town(resolver: Resolver, text: str, town: str) -> None:
    chosen = locate(text, resolver=resolver).chosen
    assert chosen is not None and chosen.name == town and chosen.geo_precision != "admin2"


def test_a_district_off_the_line_says_so() -> None:
    """A district row with no country across the line says in its notes that it is off the line, or
    that it is a twin kept beside another (the two Muqur districts)."""
    text = resources.files("incident_tracker.geo").joinpath("data", "border_places.tsv").read_text("utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        if row["kind"] == "district" and not row["border_with"]:
            notes = row["notes"]
            marks = ("not touch", "Not a border district", "border_with is empty", "twin of")
            assert any(mark in notes for mark in marks), row["name"]


def test_a_sound_alike_of_a_district_off_the_line_is_not_taken(resolver: Resolver) -> None:
    """The pack's sound rule takes a transliteration-alike only for a place on a border (its
    ``border_with`` names a country): "Peshawer" sounds like Peshawar District, which lies off the
    line, and stays a suggestion, as the city of that sound does."""
    located = locate("Peshawer", resolver=resolver)
    assert located.chosen is None


def test_the_town_is_suggested_before_the_district_of_its_name(resolver: Resolver) -> None:
    """The "Did you mean" list offers the city Peshawar first, as a bare "Peshawar" chooses it; the district
    row (at the same point, outranking GeoNames places of the same score) comes after it."""
    suggestions = locate("Peshawer", resolver=resolver).resolution.suggestions
    names = [c.name for c in suggestions]
    assert names.index("Peshawar") < names.index("Peshawar District")
