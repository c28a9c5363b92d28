"""A province named by its seat where GeoNames keeps its old name (issue 13; docs/geocoding-journal.md, section "A
province by its new seat's name, and two things noticed that were not wrong (geo186)"). South Kazakhstan became
Turkistan Region in 2018; GeoNames' province list still calls it South Kazakhstan, but puts the town of Turkistan in it,
and the gazetteer holds Turkistan as its seat. Strings are house-written ("Kzzyqtau" is no place): none is the set's,
whole or inside one of its strings. The first group fails on main (the province word was ignored); the controls pass
on both."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from typer.testing import Result

from incident_tracker.geo.locate import locate


def _chosen(
    resolver: Any, query: str, country: str | None = None, named: frozenset[str] = frozenset()
) -> tuple[str | None, str | None]:
    """The chosen place's name and precision (None, None when nothing is chosen); ``named``, the countries the
    report names (as `tracker extract` passes them), join the region without fixing the country."""
    chosen = locate(query, resolver=resolver, country=country, named=named).chosen
    return (None, None) if chosen is None else (chosen.name, chosen.geo_precision)


@pytest.mark.parametrize(
    ("query", "country"),
    [
        ("Kzzyqtau, Turkistan region, Kazakhstan", None),  # the string names the country
        ("Kzzyqtau, Turkistan region", "KZ"),  # the user names it
        ("Kzzyqtau, Туркестанская область", "KZ"),  # Russian: the seat's adjective, read back to "Туркестан"
    ],
)
def test_the_province_seated_at_the_named_town_stands_in(resolver: Any, query: str, country: str | None) -> None:
    """An unknown village "in Turkistan region" falls back to the province, as one in "Jizzakh region" does."""
    assert _chosen(resolver, query, country) == ("South Kazakhstan", "admin1")


def test_the_village_of_the_province_still_answers_itself(resolver: Any) -> None:
    """A known town in the province is the answer; the province only narrows where to look."""
    assert _chosen(resolver, "Saryagash, Turkistan region", "KZ") == ("Saryaghash", "exact")


def test_the_cli_names_the_province(run: Callable[..., Result]) -> None:
    result = run("geocode", "Kzzyqtau, Turkistan region", "--country", "KZ")
    assert "Chosen: South Kazakhstan, Kazakhstan (admin1)" in result.output


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Kzzyqtau, Saryagash region, Kazakhstan", (None, None)),  # a town of the province, not its seat
        ("Kzzyqtau, Jizzakh region", ("Jizzax", "admin1")),  # a province bearing its seat's name, as before
        ("Kzzyqtau, Shymkent region, Kazakhstan", ("Shymkent", "admin1")),  # the city that is a province of its own
    ],
)
def test_a_town_that_is_no_seat_names_no_province(
    resolver: Any, query: str, expected: tuple[str | None, str | None]
) -> None:
    assert _chosen(resolver, query) == expected


#: A report on the Kazakh-Uzbek line names both countries; the string itself names neither (geo187).
KZ_UZ = frozenset({"KZ", "UZ"})


@pytest.mark.parametrize("query", ["Kzzyqtau, Turkistan region", "Kzzyqtau, Туркестанской области"])
def test_the_province_is_read_where_the_report_only_names_the_country(resolver: Any, query: str) -> None:
    """Kazakhstan is outside the default region: its seat was looked for among the region's towns alone, so "Turkistan
    region" was ignored unless the string or the user fixed the country. A country the report names holds it too."""
    assert _chosen(resolver, query, named=KZ_UZ) == ("South Kazakhstan", "admin1")


def test_the_named_province_settles_two_places_of_a_name(resolver: Any) -> None:
    """ "Jibek Joly" alone, in a report on Kazakhstan and Uzbekistan, is a town of Almaty province by a recorded name
    and the pack's crossing by sound, 632 km apart: nothing (geo184). The province the string names holds the
    crossing, not the town: the crossing, by sound (`near`)."""
    assert _chosen(resolver, "Jibek Joly", named=KZ_UZ) == (None, None)
    assert _chosen(resolver, "Jibek Joly, Turkistan region", named=KZ_UZ) == ("Zhibek Zholy", "near")
