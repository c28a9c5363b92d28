"""The open cases of geocoding's list after geo174 (docs/geocoding-journal.md, section "Another name that spells a
bigger place's, variants across the line, Hungarian and Spanish unit words, a city by its own border (geo175)").
Strings are house-written: none is the set's, whole or inside one of its strings (each was checked against the set's
``query`` column, unread)."""

from __future__ import annotations

from typing import Any

import pytest

from incident_tracker.geo.candidates import Candidate
from incident_tracker.geo.copy_words import readings
from incident_tracker.geo.hungarian_units import hungarian_unit
from incident_tracker.geo.locate import locate
from incident_tracker.geo.other_name import by_other_name

NONE: frozenset[str] = frozenset()
AF = frozenset({"AF"})
AF_PK = frozenset({"AF", "PK"})
AF_TJ = frozenset({"AF", "TJ"})
IR = frozenset({"IR"})
IR_PK = frozenset({"IR", "PK"})
KG = frozenset({"KG"})
PK = frozenset({"PK"})
TJ = frozenset({"TJ"})


def _answer(resolver: Any, query: str, named: frozenset[str]) -> tuple[str, str | None, str] | None:
    chosen = locate(query, resolver=resolver, named=named).chosen
    return None if chosen is None else (chosen.name, chosen.country, chosen.geo_precision)


# 1. Another name of a town that spells a bigger place's own name elsewhere -------------------------------------


@pytest.mark.parametrize("query", ["Dzsalálábád", "Dzsalalabad", "Zhalalabad"])
def test_another_name_that_spells_a_bigger_places_own_is_no_answer_with_no_country_named(
    resolver: Any, query: str
) -> None:
    """GeoNames files Hungarian and Russian spellings of Jalalabad among the other names of Kyrgyzstan's
    Jalal-Abad (Manas) alone; each spells the own name of Afghanistan's Jalālābād, a bigger city: either may be
    meant, and nothing in the text says which."""
    located = locate(query, resolver=resolver)
    assert located.chosen is None
    assert "Jalālābād" in located.note


@pytest.mark.parametrize(
    ("query", "named", "answer"),
    [
        ("Dzsalálábád", AF_PK, ("Jalālābād", "AF", "exact")),  # geo174's: the Afghan city, by the Hungarian fold
        ("Dzsalal-Abad", KG, ("Manas", "KG", "exact")),  # Hungarian for the Kyrgyz town, in a report on Kyrgyzstan
        ("Жалал-Абад шаарында", KG, ("Manas", "KG", "exact")),  # Kyrgyz copy: "in the town of Jalal-Abad"
        ("Жалалабат", NONE, ("Manas", "KG", "exact")),  # the Kyrgyz spelling spells no bigger place's name
        ("Ленинабад", NONE, ("Khujand", "TJ", "exact")),  # Khujand's Soviet name: no bigger place is called so
    ],
)
def test_controls_of_another_name_keep_their_answers(
    resolver: Any, query: str, named: frozenset[str], answer: Any
) -> None:
    assert _answer(resolver, query, named) == answer


def _town(name: str, match: str) -> Candidate:
    return Candidate(
        name=name, latitude=40.0, longitude=72.0, geo_precision="exact", source="geonames", score=97.0,
        country="KG", match=match,
    )  # fmt: skip


def test_another_name_is_an_alias_or_a_variant_that_does_not_sound_as_the_own_name() -> None:
    assert by_other_name(_town("Manas", "alias"), "Dzsalalabad")
    assert by_other_name(_town("Manas", "variant"), "Жалалабат")  # Manas's "Zhalalabat" in Cyrillic letters
    assert not by_other_name(_town("Quetta", "variant"), "Кветта")  # Quetta's own name in Cyrillic letters
    assert not by_other_name(_town("Peshawar", "variant"), "Пешавар")
    assert not by_other_name(_town("Lahore", "alias"), "Лахор")  # a recorded name that sounds as the own one
    assert not by_other_name(_town("Manas", "name"), "Manas")
    assert not by_other_name(_town("Manas", "sound"), "Manaz")  # a sound-alike: its own guards


# 2. A variant that is another name, outside the named countries -----------------------------------------------


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("Жалалабат", PK),  # Manas's other name in Cyrillic letters, in a report on Pakistan
        ("Ленинабад", AF),  # Khujand's Soviet name, in a report on Afghanistan
        ("Сталинабад", AF),  # Dushanbe's
    ],
)
def test_a_variant_that_is_another_name_is_held_outside_the_named_countries(
    resolver: Any, query: str, named: frozenset[str]
) -> None:
    located = locate(query, resolver=resolver, named=named)
    assert located.chosen is None
    assert "only as another name, outside the countries the text names" in located.note


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        ("Кветта", AF, "Quetta"),  # a city's own name in other letters still answers outside the named countries
        ("Кандагар", IR, "Kandahār"),
        ("Пешавар", AF, "Peshawar"),
        ("Лахор", AF, "Lahore"),  # a recorded Cyrillic name that sounds as Lahore: held by geo174's guard before
        ("Газни", TJ, "Ghazni"),
        ("Ходжент", AF, "Khujand"),
    ],
)
def test_a_variant_of_the_own_name_still_answers_outside_the_named_countries(
    resolver: Any, query: str, named: frozenset[str], name: str
) -> None:
    answer = _answer(resolver, query, named)
    assert answer is not None and answer[0] == name


# 3. Spanish "distrito X" and Hungarian unit words; a city by its own border -------------------------------------


@pytest.mark.parametrize(
    ("query", "named", "answer"),
    [
        ("en Shamsiddini, distrito Shokhin", AF_TJ, ("Shamsiddin Shohin District", "TJ", "admin2")),
        ("en el distrito Spin Boldak", AF_PK, ("Spin Boldak District", "AF", "admin2")),
        ("Kandahár tartományban", AF_PK, ("Kandahar", "AF", "admin1")),
        ("a Nangarhár tartományból", AF_PK, ("Nangarhar", "AF", "admin1")),
        ("a Spin Boldak körzetben", AF_PK, ("Spin Boldak District", "AF", "admin2")),
        ("Spin Boldak körzet közelében", AF_PK, ("Spin Boldak District", "AF", "admin2")),
    ],
)
def test_spanish_and_hungarian_unit_words_are_read(
    resolver: Any, query: str, named: frozenset[str], answer: Any
) -> None:
    assert _answer(resolver, query, named) == answer


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("en Zarbolak, distrito Shokhin", AF_TJ),  # the two words are no name the gazetteer records
        ("a Zarbolak körzetben", AF_PK),  # an unknown name
        ("Kandahár tartományban", TJ),  # a province of a country the text does not name
    ],
)
def test_unit_words_read_give_no_answer_the_retry_does_not_trust(
    resolver: Any, query: str, named: frozenset[str]
) -> None:
    assert _answer(resolver, query, named) is None


def test_the_hungarian_unit_reading() -> None:
    assert hungarian_unit("Kandahár tartományban") == "Kandahár province"
    assert hungarian_unit("az Iskasim járásban") == "Iskasim district"
    assert hungarian_unit("a Zahedan megyében") == "Zahedan county"
    assert hungarian_unit("a tartományban") is None  # no name
    assert hungarian_unit("Kandahár") is None
    assert "distrito de Shamsiddini Shokhin" in readings("en Shamsiddini, distrito Shokhin")


@pytest.mark.parametrize("named", [NONE, PK, IR_PK])
def test_a_city_near_its_own_countrys_border_named_so_is_read(resolver: Any, named: frozenset[str]) -> None:
    """No Zahedan lies outside Iran, and the text names Iran's border, which the city is near: the far-side reading
    of "near the Iranian border" has nothing to choose among and yields."""
    assert _answer(resolver, "Zahedan near the Iranian border", named) == ("Zahedan", "IR", "exact")


@pytest.mark.parametrize(
    ("query", "named", "answer"),
    [
        ("Mirjaveh near the Iranian border", IR_PK, None),  # a town, not a city known in its own right: a twin
        ("Taftan town near the Iranian border", IR_PK, ("Taftan", "PK", "exact")),  # across the line, as before
        ("Kurram district close to the Afghan border", AF_PK, ("Kurram District", "PK", "admin2")),
    ],
)
def test_the_far_side_reading_still_holds_elsewhere(
    resolver: Any, query: str, named: frozenset[str], answer: Any
) -> None:
    assert _answer(resolver, query, named) == answer


def test_tracker_add_stores_zahedan_and_geocode_chooses_no_kyrgyz_town(run: Any, run_json: Any) -> None:
    """The real CLI on a real SQLite file: ``tracker add`` stores Zahedan, Iran; ``tracker geocode`` lists Manas for
    "Dzsalálábád" but chooses it not."""
    place = "Zahedan near the Iranian border"
    run("add", "--date", "2025-11-24", "--place", place, "--type", "explosions", "--no-input")
    record = run_json("show", "1", "--json")
    assert (record["location"], record["country"]) == ("Zahedan", "IR")
    found = run_json("geocode", "Dzsalálábád", "--json")
    assert [(row["name"], row["chosen"]) for row in found][:1] == [("Manas", False)]
