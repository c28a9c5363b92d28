"""China's far namesakes (issue 13; docs/geocoding-journal.md, "What is no one point, and China's far namesakes:
rules (geo130)"): a place of China outside Xinjiang and Tibet is *far* (geo/region.py): it ranks after the border
land's places and is no rival of one ten times its size, so "Hotan" is Hotan, not the hamlet of Jiangxi whose
recorded spelling it is. Cities of a million, provinces and places in the province the text names are never far;
a far place that alone bears the name still answers. Strings written for the tests, none of the set's."""

from __future__ import annotations

import pytest

from _geo_helpers import chosen_for
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.gazetteer import haversine_km
from incident_tracker.geo.locate import locate

HOTAN = (37.109, 79.934)


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("Hotan", "CN"),
        ("Hotan", ""),
        ("Hotan", "CN;KG;TJ"),
        ("Hotan, China", ""),  # the country named: still not the hamlet in Jiangxi
        ("the Chinese city of Hotan", "CN"),
        ("Khotan", "CN"),  # as before
    ],
)
def test_hotan_is_the_border_city(resolver: Resolver, query: str, named: str) -> None:
    chosen = chosen_for(resolver, query, named)
    assert chosen is not None, query
    assert chosen.admin1 == "Xinjiang" and haversine_km(*HOTAN, chosen.latitude, chosen.longitude) < 5, chosen.label


@pytest.mark.parametrize(
    ("query", "named", "province"),
    [
        ("Hetan, Jiangxi", "CN", "Jiangxi"),  # the province the text names: its places are not far
        ("Hetan", "CN", "Jiangxi"),  # the one place of that name: answers, far or not
        ("Nanchang", "CN", "Jiangxi"),
        ("Beijing", "CN;KG", "Beijing"),  # a city of a million is known by its name
        ("Shanghai", "CN", "Shanghai"),
    ],
)
def test_far_places_still_answer(resolver: Resolver, query: str, named: str, province: str) -> None:
    chosen = chosen_for(resolver, query, named)
    assert chosen is not None and chosen.admin1 == province, (query, chosen)


def test_explain_marks_the_far_namesake(resolver: Resolver) -> None:
    """The hamlet stays a candidate, ranked after Hotan, and is no rival of it."""
    result = locate("Hotan", resolver=resolver, named=frozenset({"CN"}))
    assert result.resolution is not None and result.chosen is not None
    candidates = result.resolution.candidates
    hetan = [c for c in candidates if c.admin1 == "Jiangxi" and c.match == "variant"]
    assert hetan and hetan[0].far and hetan[0].in_region
    assert candidates.index(hetan[0]) > candidates.index(result.chosen)
    assert not result.resolution.rivals
