"""The sixty-seventh batch's dev failures, by mechanism (issue 13; docs/geocoding-journal.md, section
"Sixty-seventh batch: rules (geo134)"): the border of two units, in Russian, is no one point
(geo/joined_guard.py). Every string here is written for the tests (none is the set's); each fails on the code
before this round."""

from __future__ import annotations

import pytest

from _geo_helpers import chosen_for
from incident_tracker.geo.chain import Resolver


@pytest.mark.parametrize(
    ("query", "named"),
    [
        # "on the border of" two provinces: the line they share, not the second alone (which answered)
        ("на границе Сурхандарьинской области и Хатлонской области", "UZ;TJ"),
        ("на границе Исфаринского района и Баткенского района", "TJ;KG"),
        ("на стыке Сурхандарьинской области и Хатлонской области", "UZ;TJ"),
    ],
)
def test_the_border_of_two_units_is_no_one_point(resolver: Resolver, query: str, named: str) -> None:
    assert chosen_for(resolver, query, named) is None, query
