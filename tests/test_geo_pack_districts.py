"""Border districts the pack lacked (issue 13, item 2; docs/geocoding-journal.md, section "Border
districts, audited"; ``geo/data/border_places.tsv``).

The audit compared the pack's district rows with the districts whose outline touches a border
of the region and added those with a citable point: Shighnan (Badakhshan, on the Panj opposite
Khorugh), Adraskan (Herat, on the Iranian border), Rudaki (Tajikistan, on the Uzbek border) and
Mu'minobod (Khatlon, on the Afghan border). Every string here is written for these tests (none is
the real set's). The first group fails on the tree before the rows; the guards pass on both: a
bare Persian شغنان names both sides' districts and stays empty, the Tajik spellings keep the Tajik
district, and a street named after the poet Rudaki is not the district.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from typer.testing import Result

from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.gazetteer import haversine_km
from incident_tracker.geo.locate import locate

SHIGHNAN_DISTRICT = (37.602048, 71.237094)  # Who's On First's label point of the Afghan district
SHUGHNON_DISTRICT = (37.5, 71.58333)  # the Tajik district across the Panj
ADRASKAN = (33.64573, 62.26959)  # the district centre (GeoNames 1149379)
SOMONIYON = (38.44173, 68.77458)  # Rudaki's centre (GeoNames 1221089)
MUMINOBOD = (38.10714, 70.03213)  # Mu'minobod's centre (GeoNames 1221091)


def _district(resolver: Resolver, text: str) -> tuple[str, str, tuple[str, ...], tuple[float, float]]:
    chosen = locate(text, resolver=resolver).chosen
    assert chosen is not None, text
    assert chosen.geo_precision == "admin2", chosen.label
    return chosen.name, chosen.country, chosen.border_with, (chosen.latitude, chosen.longitude)


def _answers_the_district(
    resolver: Resolver, text: str, name: str, country: str, across: str, point: tuple[float, float]
) -> None:
    """``text`` answers the pack's district ``name`` of ``country``, on the border with ``across``, at ``point``."""
    got_name, got_country, border_with, (lat, lon) = _district(resolver, text)
    assert (got_name, got_country) == (name, country)
    assert across in border_with
    assert haversine_km(*point, lat, lon) < 1


@pytest.mark.parametrize(
    ("text", "name", "country", "across", "point"),
    [
        ("Sheghnan district, Badakhshan", "Shighnan District", "AF", "TJ", SHIGHNAN_DISTRICT),
        ("ولسوالی شغنان", "Shighnan District", "AF", "TJ", SHIGHNAN_DISTRICT),
        ("Adraskan district of Herat", "Adraskan District", "AF", "IR", ADRASKAN),
        ("Rudaki district", "Rudaki District", "TJ", "UZ", SOMONIYON),
        ("ноҳияи Рӯдакӣ", "Rudaki District", "TJ", "UZ", SOMONIYON),
        ("Mu'minobod district, Khatlon", "Mu'minobod District", "TJ", "AF", MUMINOBOD),
    ],
)
def test_a_border_district_the_pack_lacked_answers(
    resolver: Resolver, text: str, name: str, country: str, across: str, point: tuple[float, float]
) -> None:
    _answers_the_district(resolver, text, name, country, across, point)


def test_the_persian_name_of_the_tajik_district_keeps_its_side(resolver: Resolver) -> None:
    """ناحیه شغنان is the Tajik Shughnon as Persian names it; before its row recorded the spelling
    it was empty, and with the Afghan row alone it sounded like that one."""
    name, country, _, point = _district(resolver, "ناحیه شغنان")
    assert (name, country) == ("Shughnon District", "TJ")
    assert haversine_km(*SHUGHNON_DISTRICT, *point) < 1


def test_the_cli_names_the_afghan_district(run: Callable[..., Result]) -> None:
    result = run("geocode", "Sheghnan district, Badakhshan")
    assert "Chosen: Shighnan District, Badakhshan, Afghanistan (admin2)." in result.output


# --- guards: the same on both trees ----------------------------------------------------------------


def test_bare_persian_shighnan_stays_empty(resolver: Resolver) -> None:
    """شغنان alone is both sides' district: the Afghan row keeps its Persian names whole."""
    assert locate("شغنان", resolver=resolver).chosen is None


def test_the_tajik_spelling_keeps_the_tajik_district(resolver: Resolver) -> None:
    name, country, _, _ = _district(resolver, "Shugnan district")
    assert (name, country) == ("Shughnon District", "TJ")


def test_a_street_named_after_the_poet_is_not_the_district(resolver: Resolver) -> None:
    chosen = locate("Rudaki Avenue, Dushanbe", resolver=resolver).chosen
    assert chosen is not None and chosen.name != "Rudaki District"


def test_the_bare_town_name_keeps_the_town(resolver: Resolver) -> None:
    """Adraskan alone stays the town of the city list (the same point as the district's centre)."""
    chosen = locate("Adraskan", resolver=resolver).chosen
    assert chosen is not None and chosen.name == "Adraskan" and chosen.geo_precision != "admin2"


def test_mir_ali_is_the_north_waziristan_town_not_a_sound_alike_elsewhere(resolver: Resolver) -> None:
    """Round 43's "the Mir Ali area", with India named in the report, was matched by sound to
    Marālīa in Kashmir: the town was missing from the gazetteer (added to the pack)."""
    for text in ("the Mir Ali area", "Mir Ali, North Waziristan", "میرعلي"):
        chosen = locate(text, resolver=resolver, named=frozenset({"PK", "IN"})).chosen
        assert chosen is not None and chosen.country == "PK" and chosen.name == "Mir Ali", (text, chosen)


# --- the other sides (docs/geocoding-journal.md, "Border districts, audited: the other sides") -----------

ESENGULY = (37.4678, 53.97767)  # the district centre (GeoNames 161371)
GOMISHAN = (37.0718, 54.07654)  # the county centre (GeoNames 40047)
ASADIYEH = (32.9428, 59.71998)  # Darmian's centre (GeoNames 142862)
KALALEH = (37.37899, 55.493)  # the county centre (GeoNames 129512)
ZHAOSU = (43.15295, 81.11777)  # the county seat (GeoNames 1528992)
BESHARIQ = (40.43583, 70.61028)  # the district centre (GeoNames 1514382)
KARGILIK = (37.88256, 77.41255)  # the county seat, Qaghiliq (GeoNames 1279602)


@pytest.mark.parametrize(
    ("text", "name", "country", "across", "point"),
    [
        ("Esenguly district of Balkan province", "Esenguly District", "TM", "IR", ESENGULY),
        ("Gomishan County, Golestan", "Gomishan County", "IR", "TM", GOMISHAN),
        ("شهرستان گمیشان", "Gomishan County", "IR", "TM", GOMISHAN),
        ("Darmian County, South Khorasan", "Darmian County", "IR", "AF", ASADIYEH),
        ("شهرستان درمیان", "Darmian County", "IR", "AF", ASADIYEH),
        ("Kalaleh County in Golestan province", "Kalaleh County", "IR", "TM", KALALEH),
        ("Zhaosu County, Ili", "Zhaosu County", "CN", "KG", ZHAOSU),
        ("Beshariq tumani", "Beshariq District", "UZ", "TJ", BESHARIQ),
        ("Yecheng County", "Kargilik County", "CN", "PK", KARGILIK),
    ],
)
def test_a_district_of_the_other_sides_answers(
    resolver: Resolver, text: str, name: str, country: str, across: str, point: tuple[float, float]
) -> None:
    _answers_the_district(resolver, text, name, country, across, point)


def test_the_persian_word_for_among_is_not_darmian(resolver: Resolver) -> None:
    """درمیان is also the everyday word "among": the county row indexes only its whole name."""
    for text in ("درمیان مرزبانان", "درمیان دو کشور", "درمیان مرزنشینان سیستان"):
        chosen = locate(text, resolver=resolver).chosen
        assert chosen is None or chosen.name != "Darmian County", text


def test_the_bare_persian_town_names_keep_the_towns(resolver: Resolver) -> None:
    """Gomishan and Aq Qala in Persian stay the towns of the city list: the county rows index only
    the whole county names in that script."""
    for text, town in (("گمیشان", GOMISHAN), ("آق قلا", (37.0139, 54.45504))):
        chosen = locate(text, resolver=resolver).chosen
        assert chosen is not None and chosen.geo_precision != "admin2", text
        assert haversine_km(*town, chosen.latitude, chosen.longitude) < 1
