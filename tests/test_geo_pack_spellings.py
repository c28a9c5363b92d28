"""Spellings of pack places that `dev` strings used and the pack lacked (issue 13; docs/geocoding-journal.md,
section "Dev's unknown names: cited rows"; ``geo/data/border_places.tsv``).

Each spelling is on the row of the place it names: Qarqeen (Qarqin District), the Russian Сераван
(Saravan), Hongerab (the Khunjerab Pass), the bare Persian شیرخان (Sher Khan Bandar) and Drosht
(Drosh); one new row, Ovchikalacha, a Tajik border jamoat facing the Kyrgyz Kulundu post; and Paroom,
a tehsil of Panjgur, in ``geo/data/subdistricts.tsv``. Every string
here is written for these tests (none is a report's): the first group fails on the tree before the
spellings; the guards pass on both.
"""

from __future__ import annotations

import pytest

from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.gazetteer import haversine_km
from incident_tracker.geo.locate import locate

QARQIN = (37.41853, 66.04358)  # the district centre, GeoNames 1129516
SARAVAN = (27.37089, 62.33096)  # the county centre, GeoNames 1159713
KHUNJERAB_PASS = (36.85, 75.42778)  # Wikipedia's infobox
SHER_KHAN_BANDAR = (37.18333, 68.41694)  # French Wikipedia
DROSH = (35.568, 71.802)  # Wikipedia's infobox
PANJGUR_DISTRICT = (26.97186, 64.09459)  # the district centre, GeoNames 1168446
OVCHIKALACHA = (40.13333, 69.68333)  # the jamoat, Wikipedia's infobox (to the minute)


@pytest.mark.parametrize(
    ("text", "point", "name"),
    [
        ("Qarqeen", QARQIN, "Qarqin District"),
        ("the district town of Qarqeen", QARQIN, "Qarqin District"),
        ("город Сераван", SARAVAN, "Saravan County"),
        ("Hongerab", KHUNJERAB_PASS, "Khunjerab Pass"),
        ("Сераван, Иран", SARAVAN, "Saravan County"),
        ("trucks queued at Hongerab", KHUNJERAB_PASS, "Khunjerab Pass"),
        ("بندر شیرخان", SHER_KHAN_BANDAR, "Sher Khan Bandar"),
        ("گذرگاه شیرخان", SHER_KHAN_BANDAR, "Sher Khan Bandar"),
        ("Drosht", DROSH, "Drosh"),
        ("two hamlets near Drosht", DROSH, "Drosh"),
        ("Paroom tehsil", PANJGUR_DISTRICT, "Panjgur District"),
        ("the Tajik village of Ovchi Kalacha", OVCHIKALACHA, "Ovchikalacha"),
        ("село Овчикалача Гафуровского района", OVCHIKALACHA, "Ovchikalacha"),
        ("Ovchi-Kalacha, Sughd", OVCHIKALACHA, "Ovchikalacha"),
        ("shells fell in Parom tehsil", PANJGUR_DISTRICT, "Panjgur District"),
    ],
)
def test_the_new_spellings_answer_their_places(
    resolver: Resolver, text: str, point: tuple[float, float], name: str
) -> None:
    chosen = locate(text, resolver=resolver).chosen
    assert chosen is not None, text
    assert chosen.name == name, (text, chosen.label)
    assert haversine_km(*point, chosen.latitude, chosen.longitude) < 1.0, (text, chosen.label)


@pytest.mark.parametrize(
    ("text", "point"),
    [("Sher Khan Bandar", SHER_KHAN_BANDAR), ("Qarqin, Jowzjan", QARQIN), ("Saravan", SARAVAN)],
)
def test_the_old_spellings_keep_their_answers(resolver: Resolver, text: str, point: tuple[float, float]) -> None:
    chosen = locate(text, resolver=resolver).chosen
    assert chosen is not None, text
    assert haversine_km(*point, chosen.latitude, chosen.longitude) < 1.0, (text, chosen.label)


def test_a_city_that_sounds_alike_is_not_the_pass(resolver: Resolver) -> None:
    chosen = locate("Hong Kong", resolver=resolver).chosen
    assert chosen is None or chosen.name != "Khunjerab Pass"
