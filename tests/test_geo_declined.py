"""Known places the reader declined (issue 13; docs/geocoding-journal.md, section "Known places left empty").

Each cause is a word class read in one position and missed in another; each case here puts
the class in a position the real strings did not, so the test checks the rule, not a phrase.
"""

from __future__ import annotations

import pytest

from _geo_helpers import assert_answers
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.locate import locate
from incident_tracker.geo.phrase import context_parts, parse_query
from incident_tracker.geo.phrase_declined import juxtaposed, noun_then_direction
from incident_tracker.geo.slavic_words import rewrite_village_chain

ISFARA_TOWN = (40.1265, 70.6253)


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        ("район Хамадони", [("Хамадони", "admin2")]),
        ("в районе Шамсиддин Шохин", [("Шамсиддин Шохин", "admin2")]),
        ("области Баткен", [("Баткен", "admin1")]),
        ("районная больница", [("районная больница", None)]),  # no name after the noun: nothing read
        ("Kok-Tash village of Batken region", [("Kok-Tash", None), ("Batken", "admin1")]),
    ],
)
def test_a_unit_noun_before_a_name_in_a_context_part_gives_its_level(
    part: str, expected: list[tuple[str, str | None]]
) -> None:
    assert context_parts(part) == expected


@pytest.mark.parametrize(
    ("head", "place"),
    [
        ("a check post northeast of Angoor Adda", "Angoor Adda"),
        ("a Frontier Corps picket 3 km south of Torkham", "Torkham"),
        ("the border village just west of Chaman", "Chaman"),
        ("Ghulam Khan north of Miranshah", None),  # a name before the direction: it may be the place
        ("northeast of Angoor Adda", None),  # no noun: the prefix rule reads it
    ],
)
def test_a_noun_then_a_direction_of_a_place(head: str, place: str | None) -> None:
    assert noun_then_direction(head) == place


def test_the_village_of_a_jamoat_of_a_district_is_read_near_the_village_in_the_district() -> None:
    assert rewrite_village_chain("у кишлака Навобод района Хамадони") is None  # no jamoat: phrase_around reads it
    text = "у кишлака Навобод джамоата имени Мирзо Турсунзода района Хамадони"
    assert rewrite_village_chain(text) == "near Навобод, район Хамадони"
    text = "возле села Навобод сельского джамоата Панч района Хамадони"
    assert rewrite_village_chain(text) == "near Навобод, район Хамадони"
    parsed = parse_query(text)
    assert (parsed.name, parsed.context, parsed.near) == ("Навобод", ["Хамадони"], True)


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Kili Mashkail", "the Kili Mashkail area", ("Kili", "Mashkail")),
        ("Kili Mashkail", "Kili Mashkail", None),  # no village or area word: not read so
        ("Spin Boldak", "the Spin Boldak area", ("Spin", "Boldak")),  # the whole name is tried after
        ("health centre Mashkail", "the health centre Mashkail area", None),  # lowercase words name no place
        ("Kili Kurram", "the Kili Kurram area", None),  # a district is no border place of the pack
    ],
)
def test_a_place_before_the_border_place_it_lies_in(name: str, text: str, expected: tuple[str, str] | None) -> None:
    assert juxtaposed(name, text) == expected


@pytest.mark.parametrize(
    ("query", "named", "name", "point"),
    [
        # A Russian village, its jamoat and its district: the namesake village 90 km off is not it.
        (
            "около кишлака Сомониён сельского джамоата Навобод района Хамадони",
            "TJ;AF",
            "Hamadoni District",
            (37.6610, 69.6285),
        ),
        ("Сомониён, район Хамадони", "TJ;AF", "Hamadoni District", (37.6610, 69.6285)),
        ("an FC check post 4 km northeast of Angoor Adda", "AF;PK", "Angur Ada", (32.5156, 69.2825)),
        ("a shop near the bazaar in Kok-Tash village of Batken region", "KG;TJ", "Kek-Tash", (39.9497, 70.5358)),
        ("the Mazan Sar Mashkel area", "PK;IR", "Mashkel", (27.9239, 62.9252)),
        # The town word prefers the town over the district of its name, in any position.
        ("город Исфара", "TJ;KG", "Isfara, Sughd", ISFARA_TOWN),
        ("в городе Исфара", "TJ;KG", "Isfara, Sughd", ISFARA_TOWN),
        ("шаҳри Исфара", "TJ;KG", "Isfara, Sughd", ISFARA_TOWN),
        # An Arabic-script crossing named after a town: the pack's crossing of that town.
        ("معبر چمن الحدودي", "AF;PK", "Chaman border crossing", (30.9222, 66.4447)),
        ("معبر سپین بولدک", "AF;PK", "Wesh", (30.96528, 66.43944)),
    ],
)
def test_known_places_are_no_longer_left_empty(
    resolver: Resolver, query: str, named: str, name: str, point: tuple[float, float]
) -> None:
    assert_answers(resolver, query, named, name, point)


def test_a_bare_name_still_answers_the_district_and_a_far_namesake_is_no_district(resolver: Resolver) -> None:
    assert locate("Исфара", resolver=resolver, named=frozenset({"TJ"})).chosen.label.startswith("Isfara District")  # type: ignore[union-attr]
    # The village alone, with no district: the namesake elsewhere in the country stays possible.
    chosen = locate("Сомониён, район Хамадони", resolver=resolver, named=frozenset({"TJ"})).chosen
    assert chosen is not None and chosen.geo_precision == "admin2"


def test_the_order_of_the_context_countries_changes_no_answer(resolver: Resolver) -> None:
    """The bench's context column holds "TJ;AF" and "AF;TJ" both: a set, so the order cannot matter."""
    for query in ("Ишкашим", "the Spin Boldak area", "معبر سپین بولدک"):
        one = locate(query, resolver=resolver, named=frozenset(["TJ", "AF", "PK"])).chosen
        other = locate(query, resolver=resolver, named=frozenset(["PK", "AF", "TJ"])).chosen
        assert (one and one.label) == (other and other.label)
