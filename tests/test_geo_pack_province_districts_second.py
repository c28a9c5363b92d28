"""The border provinces' districts from source lists, second pass (issue 13; docs/geocoding-journal.md, "The border
provinces' districts from source lists, second pass (geo138)"; ``geo/data/border_places.tsv``).

The lists geo136 did not reach (Jizzax, Namangan, Andijon, Mary, the Iranian counties made since Who's On First's
layer, Xinjiang's counties, the Pakistani districts made since) and the Uzbek districts whose capital cities500
lacks were asked of the geocoder as "<name> district" ("county" in Iran and Xinjiang); the pack gained a row at the
capital the list names where nothing or a wrong place came back. Every string here is written for these tests. The
first group fails on the tree before the rows; the guards pass on both trees.
"""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from _geo_helpers import assert_answered_by, assert_district_row_answers
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.locate import locate

JARQORGON = (37.50889, 67.42333)  # Jarqoʻrgʻon's capital (GeoNames 1217192, via Who's On First's copy)
SAKARCHAGE = (37.66351, 61.66007)  # Sakarçäge's capital (GeoNames 1218472, via Who's On First's copy)
ADIMI = (31.11144, 61.41189)  # Nimruz County's seat (GeoNames 1161887)
BACHU = (39.78498, 78.54251)  # Maralbexi's seat (GeoNames 13457413)
DASU = (35.29169, 73.2906)  # Upper Kohistan's headquarters (GeoNames 7427390)
KERIYA = (36.86667, 81.7)  # Keriya's seat, Wikipedia's point
YAYPAN = (40.37583, 70.81556)  # the capital of Fergana's Uzbekistan District (GeoNames 1512320)
DERA_MURAD_JAMALI = (28.54657, 68.22308)  # Nasirabad District's headquarters (GeoNames 1397479)
BANDAR_E_TORKAMAN = (36.90124, 54.07195)  # Torkaman County's seat (GeoNames 141653)


@pytest.mark.parametrize(
    ("text", "country", "name", "point"),
    [
        ("Jarqoʻrgʻon district", "UZ", "Jarqoʻrgʻon District", JARQORGON),
        ("Sakarçäge district", "TM", "Sakarçäge District", SAKARCHAGE),
        ("Nimruz county", "IR", "Nimruz County", ADIMI),
        ("Maralbexi county", "CN", "Maralbexi County", BACHU),
        ("Upper Kohistan district", "PK", "Upper Kohistan District", DASU),
        ("Keriya county, Xinjiang", "CN", "Keriya County", KERIYA),  # was Korla, 400 km off, by sound
        ("Uzbekistan district, Fergana", "UZ", "Uzbekistan District", YAYPAN),  # was the country
        ("Nasirabad district", "PK", "Nasirabad District", DERA_MURAD_JAMALI),  # was a village 138 km off
        ("Torkaman district", "IR", "Torkaman County", BANDAR_E_TORKAMAN),  # was a Torkaman 600 km off
    ],
)
def test_the_listed_district_answers(
    resolver: Resolver, text: str, country: str, name: str, point: tuple[float, float]
) -> None:
    assert_district_row_answers(resolver, text, country, name, point)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ولسوالی واخان", "Wakhan District"),
        ("ولسوالی کران و منجان", "Kuran wa Munjan District"),
        ("ولسوالی چخانسور", "Chakhansur District"),
        ("ولسوالی لاش و جوین", "Lash wa Juwayn District"),
    ],
)
def test_a_district_named_in_persian_answers(resolver: Resolver, text: str, name: str) -> None:
    """The Persian names, as the cited Afghan sources write them with the unit word ولسوالی."""
    assert_answered_by(resolver, text, "AF", name)


# --- guards: the same on both trees ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [("Jarqoʻrgʻon", "UZ"), ("Nasirabad", "PK"), ("Keriya", "CN"), ("واخان", "AF"), ("Uzbekistan", "UZ")],
)
def test_a_guarded_name_alone_is_not_the_district(resolver: Resolver, text: str, country: str) -> None:
    """Each name is also a village, a river, the country or (واخان) the Tajik valley across the Panj: the rows
    are read only whole, with the unit word."""
    chosen = locate(text, country=country, resolver=resolver).chosen
    assert chosen is None or chosen.geo_precision != "admin2"


def test_each_row_of_the_block_says_where_its_point_comes_from_and_why_it_is_off_the_line() -> None:
    """The rows appended by geo138 (Ellikqala District to Nasirabad District) name their point's source and say
    that their border was not checked, so that ``border_with`` stays empty."""
    text = resources.files("incident_tracker.geo").joinpath("data", "border_places.tsv").read_text("utf-8")
    rows = list(csv.DictReader([line for line in text.splitlines() if not line.startswith("#")], delimiter="\t"))
    names = [row["name"] for row in rows]
    block = rows[names.index("Ellikqala District") : names.index("Nasirabad District") + 1]
    assert len(block) == 60
    for row in block:
        assert row["kind"] == "district" and row["source"].startswith("https://"), row["name"]
        assert row["notes"].startswith("Coordinates"), row["name"]
        assert row["border_with"] == "" and "border_with is empty" in row["notes"], row["name"]
