"""A place known by the string only as another recorded name, outside every country the report names, is no answer
(docs/geocoding-journal.md, section "A recorded other name outside the named countries: no answer (geo174)").
Strings are house-written: none is the set's, whole or inside one of its strings."""

from __future__ import annotations

from typing import Any

import pytest

from incident_tracker.geo.answer_guard import alias_outside_named
from incident_tracker.geo.candidates import Candidate
from incident_tracker.geo.locate import locate

AF_PK = frozenset({"AF", "PK"})
KG = frozenset({"KG"})
KG_UZ = frozenset({"KG", "UZ"})


def _answer(resolver: Any, query: str, named: frozenset[str]) -> tuple[str, str | None, str] | None:
    chosen = locate(query, resolver=resolver, named=named).chosen
    return None if chosen is None else (chosen.name, chosen.country, chosen.geo_precision)


def test_the_hungarian_jalalabad_in_a_report_on_afghanistan_is_not_the_kyrgyz_town(resolver: Any) -> None:
    """GeoNames records "Dzsalálábád" only as another name of Kyrgyzstan's Jalal-Abad (Manas): with Afghanistan and
    Pakistan named that answer is set aside, and the Hungarian fold's reading finds Jalalabad by its own name."""
    answer = _answer(resolver, "Dzsalálábád", AF_PK)
    assert answer is None or answer[1] in AF_PK
    assert answer == ("Jalālābād", "AF", "exact")


@pytest.mark.parametrize(
    ("query", "named", "answer"),
    [
        ("Dzsalálábád", frozenset(), None),  # no country named: Manas's other name spells Jalālābād's own (geo175)
        ("Jalal-Abad", KG, ("Manas", "KG", "exact")),  # the Kyrgyz town in a report on Kyrgyzstan
        ("Jalal-Abad", KG_UZ, ("Manas", "KG", "exact")),
        ("Жалал-Абад шаарында", KG, ("Manas", "KG", "exact")),  # Kyrgyz copy: "in the town of Jalal-Abad"
        ("Jalalabad", AF_PK, ("Jalālābād", "AF", "exact")),  # its own name
    ],
)
def test_controls_keep_their_answers(resolver: Any, query: str, named: frozenset[str], answer: Any) -> None:
    assert _answer(resolver, query, named) == answer


def _town(country: str, match: str, border_with: tuple[str, ...] = (), kind: str | None = None) -> Candidate:
    return Candidate(
        name="Town", latitude=40.0, longitude=72.0, geo_precision="exact", source="geonames", score=97.0,
        country=country, match=match, border_with=border_with, kind=kind,
    )  # fmt: skip


def test_the_guard_holds_only_another_name_outside_the_named_countries() -> None:
    assert alias_outside_named(_town("KG", "alias"), AF_PK) is not None
    assert alias_outside_named(_town("KG", "name"), AF_PK) is None  # its own name: another guard's concern
    assert alias_outside_named(_town("KG", "alias"), KG) is None  # in a named country
    assert alias_outside_named(_town("KG", "alias"), frozenset()) is None  # no country named
    assert alias_outside_named(_town("TJ", "alias", ("AF",), "border_crossing"), AF_PK) is None  # on a named line
    assert alias_outside_named(_town("TJ", "alias", ("AF",)), AF_PK) is not None  # a town is wholly on one side


def test_tracker_geocode_without_countries_lists_the_recorded_name_unchosen(run_json: Any) -> None:
    """The real CLI: no country named, Manas is listed by its recorded other name but not chosen, since the string
    spells the own name of Afghanistan's Jalālābād, a bigger city (geo175, :mod:`incident_tracker.geo.other_name`)."""
    found = run_json("geocode", "Dzsalálábád", "--json")
    assert (found[0]["name"], found[0]["chosen"]) == ("Manas", False)
