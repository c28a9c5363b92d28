"""The sixty-fifth batch's dev failures, by mechanism (issue 13; docs/geocoding-journal.md, section
"Sixty-fifth batch: rules (geo129)"): Chinese chains of the Kashgar prefecture (a prefecture before a finer
unit is no context; offices after a unit word stand in it; "X距离Y约N公里" reads X; Yarkand and Elixku by
their cited Chinese names, geo/phrase_han.py and geo/phrase_han_lead.py); a Russian post of a detachment named
by its district's adjective, the border service of a unit, "в" with a town in the accusative and a quoted
enclave name (geo/phrase_around.py); a Turkmen or Uzbek crossing in the genitive before "near"
(geo/turkic_latin.py). Every string here is written for the tests (none is the set's); the readings fail on
the code before this round, the guards pass on both."""

from __future__ import annotations

import pytest

from _geo_helpers import chosen_for, label_for
from incident_tracker.geo.chain import Resolver


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        # a prefecture before its county: the county, bounded by the province, not by the prefecture's seat
        ("喀什地區莎車縣境內", "CN", "Shache"),
        ("新疆喀什地区莎车县境内", "CN", "Shache"),
        ("莎車", "CN", "Shache"),  # traditional characters
        # offices after a unit word stand in the unit
        ("莎车县艾力西湖镇派出所", "CN", "Elixku"),
        ("莎车县人民政府和公安局", "CN", "Shache"),
        # the subject of a distance, not what it is measured from
        ("艾力西湖镇距离莎车县城约30公里", "CN", "Elixku"),
        # a post of a detachment named by its district's adjective
        ("на заставе «Кайрагач» Лейлекского погранотряда", "KG;TJ", "Leilek"),
        ("у заставы «Кара-Тоо» Баткенского пограничного отряда", "KG;TJ", "Batken"),
        # the border service of a unit, or its people
        ("бойцы погранслужбы Баткенской области", "KG;TJ", "Batken"),
        ("пограничники Баткенской области", "KG;TJ", "Batken"),
        # "в" with a town in the accusative (motion into it), common words before it
        ("беженцы прибыли в Кашгар", "CN;KG", "Kashgar"),
        # a quoted name after an enclave and its adjective
        ("в таджикском анклаве «Ворух»", "TJ;KG", "Vorukh"),
        # a crossing in the genitive before "near", a country owning it
        ("Türkmenistanyň “Farap” serhet geçelgesiniň golaýynda", "TM;UZ", "Farap"),
    ],
)
def test_readings(resolver: Resolver, query: str, named: str, name: str) -> None:
    label = label_for(resolver, query, named)
    assert label is not None and label.startswith(name), (query, label)


def test_crossing_before_near_is_near_it(resolver: Resolver) -> None:
    """ "X serhet geçelgesiniň golaýynda" (near the X border crossing): the crossing's point, one step less precise."""
    chosen = chosen_for(resolver, "Farap serhet geçelgesiniň golaýynda", "TM;UZ")
    assert chosen is not None and chosen.geo_precision == "near", chosen


def test_named_post_of_detachment_gives_way_to_its_district(resolver: Resolver) -> None:
    """A post's name no tier holds is no town's: the district the detachment guards stands in, at its precision."""
    chosen = chosen_for(resolver, "на заставе «Кайрагач» Лейлекского погранотряда", "KG;TJ")
    assert chosen is not None and chosen.geo_precision == "admin2", chosen


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("某地距离莎车约30公里", "CN"),  # the subject is no name: the place measured from is not the answer
        ("莎车政府", "CN"),  # an office after a bare name, no unit word: not read
        ("бежали в Афганистан", "KG;AF"),  # into a country: no place
        ("жители Баткенской области", "KG;TJ"),  # residents: whose, not where
    ],
)
def test_guards(resolver: Resolver, query: str, named: str) -> None:
    assert label_for(resolver, query, named) is None, query
