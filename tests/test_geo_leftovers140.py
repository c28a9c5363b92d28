"""The twentieth session's leftovers (issue 13; docs/geocoding-journal.md, section "The twentieth session's
leftovers: rules (geo140)"): a place and its unit in Tajik word order without the izofa, and in Pashto without "د"
between them. Every string here is written for the tests (none is the set's); the readings fail on the code before
this round, the guards beside them pass on both.
"""

from __future__ import annotations

import pytest

from _geo_helpers import assert_chosen_at, label_for
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.phrase_cyrillic import rewrite_phrase


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        # Tajik: the place, then its province in the izofa form, no izofa on the place ("Имом Соҳиб вилояти Қундуз")
        ("Имом Соҳиб вилояти Қундуз", "AF;TJ", "Imam Sahib District"),
        ("Ҳамадонӣ вилояти Хатлон", "TJ", "Hamadoni District"),
        ("Панҷ ноҳияи Хатлон", "TJ", "Panj District"),
    ],
)
def test_a_tajik_place_before_its_unit_without_the_izofa(resolver: Resolver, query: str, named: str, name: str) -> None:
    assert_chosen_at(resolver, query, named, name, "admin2")


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        # the reading itself: the place first, the unit chain after it
        ("Имом Соҳиб вилояти Қундуз", "Имом Соҳиб, Қундуз province"),
        # "дар" (in) opening the text is no name
        ("Дар вилояти Хатлон", "Хатлон province"),
    ],
)
def test_the_tajik_reading_of_a_place_before_its_unit(text: str, reading: str) -> None:
    assert rewrite_phrase(text) == reading


@pytest.mark.parametrize(
    "text",
    [
        # Uzbek writes the unit after its name: "Андижон вилояти" is Andijan province, not a place of a province
        "Андижон вилояти Марҳамат тумани",
        "Наманган вилояти Поп туманидаги Оқтепа қишлоғи",
    ],
)
def test_an_uzbek_chain_is_not_read_as_tajik(text: str) -> None:
    reading = rewrite_phrase(text)
    assert reading is None or not reading.startswith(text.split()[0] + ","), reading


@pytest.mark.parametrize(
    ("query", "name"),
    [
        # Pashto: the level word after the name, with no "د" before it
        ("برمل ولسوالۍ", "Barmal District"),
        ("خماب ولسوالۍ", "Khamyab District"),
        # the province, then the district, each with its level word after it: the district, in that province
        ("پکتیکا ولایت برمل ولسوالۍ", "Barmal District"),
        ("د جوزجان ولایت خماب ولسوالۍ", "Khamyab District"),
        ("د کندز ولایت امام صاحب ولسوالۍ", "Imām Şāḩib"),
    ],
)
def test_a_pashto_district_after_its_province_without_the_link(resolver: Resolver, query: str, name: str) -> None:
    assert_chosen_at(resolver, query, "AF;PK", name, "admin2")


def test_dari_this_province_after_a_district_stays_dari(resolver: Resolver) -> None:
    # "ولسوالی X این ولایت" (X district of this province): the level word first, as Dari writes it
    assert_chosen_at(resolver, "ولسوالی برمل این ولایت", "AF;PK", "Barmal District", "admin2")


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        # a building in a town: the town, next to the building (near), in every script the pack reads
        ("a customs post in Chaman", "PK;AF", "Chaman"),
        ("the main police station in Khorog", "TJ", "Khorugh"),
        ("a mosque in Kulob", "TJ", "Kŭlob"),
        ("کویته میں ایک چوکی", "PK", "Quetta"),
        ("په چمن کې یوه روغتون", "PK;AF", "Chaman"),
        ("巴特肯的一所学校", "KG", "Batken"),
    ],
)
def test_a_building_in_a_town_is_near_the_town(resolver: Resolver, query: str, named: str, name: str) -> None:
    assert_chosen_at(resolver, query, named, name, "near")


def test_a_building_in_a_district_is_the_district(resolver: Resolver) -> None:
    # near a district is the district: the building lies in it
    assert_chosen_at(resolver, "a police post in Kurram district", "PK", "Kurram District", "admin2")


@pytest.mark.parametrize(
    ("query", "named"),
    [
        # near a province is no answer: a building "in Batken province" may be anywhere in it
        ("a school in Batken province", "KG"),
        # a person or a body in a town is a role, not a building: the place is not the event's
        ("an official in Quetta", "PK"),
        ("the embassy in Kabul", "AF"),
    ],
)
def test_a_building_in_a_province_or_a_role_names_no_point(resolver: Resolver, query: str, named: str) -> None:
    assert label_for(resolver, query, named) is None, query


@pytest.mark.parametrize(
    ("query", "name"),
    [
        # a whole alias in Kyrgyz, with the unit word the Kyrgyz reader would take off: reached as written
        ("Ысык-Көл району", "Issyk-Kul District"),
        # a Russian adjective, in any case: the district whose Latin whole alias it spells letter for letter,
        # not the village or town that bears the bare name (Manas of Jalal-Abad; Balykchy, once Issyk-Kul)
        ("Иссык-Кульский район", "Issyk-Kul District"),
        ("в Манасском районе", "Manas District"),
        ("Тонский район", "Ton District"),
        ("Москва району", "Moskovsky District"),
    ],
)
def test_a_kyrgyz_district_by_its_kyrgyz_or_russian_name(resolver: Resolver, query: str, name: str) -> None:
    assert_chosen_at(resolver, query, "KG", name, "admin2")


def test_a_bare_name_a_district_keeps_whole_stays_the_town(resolver: Resolver) -> None:
    # the whole alias answers only with its unit word: bare "Манас" is still the town that bears it
    label = label_for(resolver, "Манас", "KG")
    assert label is not None and label.startswith("Manas, Jalal-Abad"), label


@pytest.mark.parametrize(
    ("query", "named"),
    [
        # a direction from a city of half a million or more, with no distance: its point is no stand-in
        ("some villages north-west of Quetta", "PK"),
        ("west of Zahedan", "IR"),
        ("south-east of Peshawar", "PK;AF"),
    ],
)
def test_a_direction_from_a_big_city_without_a_distance_is_no_answer(
    resolver: Resolver, query: str, named: str
) -> None:
    assert label_for(resolver, query, named) is None, query


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        # a smaller place, a border place of the pack, "just" before the direction, or a near distance: near it
        ("north of Khorog", "TJ", "Khorugh"),
        ("a check post east of Angoor Adda", "PK;AF", "Angur Ada"),
        ("just south of Quetta", "PK", "Quetta"),
        ("8 km west of Quetta", "PK", "Quetta"),
    ],
)
def test_a_direction_from_a_small_place_or_a_near_distance_stays_near(
    resolver: Resolver, query: str, named: str, name: str
) -> None:
    assert_chosen_at(resolver, query, named, name, "near")
