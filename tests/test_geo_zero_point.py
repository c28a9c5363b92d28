"""The zero point of a province's border (issue 13; docs/geocoding-journal.md, section "Dev leftovers by mechanism:
rules"): a spot on the line, which the province's point does not place, is left unlocated; the zero point at a
crossing or a border town is answered as before. Every string here is written for the tests (none is the set's)."""

from __future__ import annotations

import pytest

from _geo_helpers import label_for
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.zero_point import names_zero_point


@pytest.mark.parametrize(
    "query",
    [
        "نقطه صفر مرزی گلستان با کشور ترکمنستان",  # the zero point of Golestan's border with Turkmenistan
        "نقطهٔ صفر مرزی استان گلستان",
        "نقطه صفر مرزی خراسان رضوی",
    ],
)
def test_zero_point_of_a_province_is_unlocated(resolver: Resolver, query: str) -> None:
    assert label_for(resolver, query, "IR;TM") is None, query


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        ("نقطه صفر مرزی اینچه برون", "IR;TM", "Incheh Borun"),  # a crossing: the spot is the crossing's
        ("منطقه مرزی گلستان", "IR;TM", "Golestan"),  # the border area of a province: the province, as before
    ],
)
def test_zero_point_of_a_place_and_a_border_area_are_answered(
    resolver: Resolver, query: str, named: str, name: str
) -> None:
    label = label_for(resolver, query, named)
    assert label is not None and label.startswith(name), (query, label)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("نقطه صفر مرزی گلستان", True),
        ("زیرو پوائنٹ تفتان", True),
        ("the zero-point at Taftan", True),
        ("صفر", False),
        ("منطقه صفری", False),
    ],
)
def test_names_zero_point(text: str, says: bool) -> None:
    assert names_zero_point(text) is says
