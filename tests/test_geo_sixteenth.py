"""The sixteenth batch's rules (issue 13): places counted, not named, in a unit ("nine villages
of Lalpoor", "two border localities of Mamond tehsil"), tehsils the gazetteer lacks read as lying
in their district (``geo/subdistrict.py``, ``data/subdistricts.tsv``), and the Dari spelling of
Sarkani district on the pack.

Each check reads the session gazetteer through the module-scoped ``resolver`` fixture; no
gazetteer is built here.
"""

from __future__ import annotations

from typing import Any

import pytest

from _geo_helpers import assert_answers
from incident_tracker.geo.pack import read_pack
from incident_tracker.geo.phrase_unlocated import rewrite_unlocated
from incident_tracker.geo.subdistrict import _tehsils, with_district

BAJAUR = (34.683, 71.5)
LALPUR = (34.23916, 71.04545)
MOHMAND = (34.32114, 71.39825)
SARKANI = (34.79023, 71.10962)


@pytest.mark.parametrize(
    "query",
    [
        "two border localities of Mamond tehsil",  # g1321
        "a bordering locality of Mamond tehsil",  # g1325
        "Tehsil Mamund",
        "the Wara Mamund tehsil",
        "Salarzai tehsil",
        "several villages of Nawagai tehsil",
    ],
)
def test_a_tehsil_of_bajaur_is_answered_by_the_district(resolver: Any, query: str) -> None:
    assert_answers(resolver, query, "AF;PK", "Bajaur District", BAJAUR)


def test_a_tehsil_of_mohmand_is_answered_by_its_own_district(resolver: Any) -> None:
    assert_answers(resolver, "Pindiali tehsil", "AF;PK", "Mohmand District", MOHMAND)


@pytest.mark.parametrize(
    "query", ["nine villages of Lalpoor", "three border areas of Lalpur", "dozens of villages of Lalpur"]
)
def test_places_counted_in_a_district_are_its_area(resolver: Any, query: str) -> None:
    assert_answers(resolver, query, "AF;PK", "Lalpur District", LALPUR)


def test_the_dari_spelling_of_sarkani_district(resolver: Any) -> None:
    assert_answers(resolver, "ولسوالی سرکانو", "AF;PK", "Sarkani District", SARKANI)


def test_the_village_of_x_names_x_and_is_left_to_the_reader() -> None:
    """ "the village of Lakkon" names the village; only counted or unnamed places are rewritten."""
    assert rewrite_unlocated("the village of Lakkon in Isfara district") is None
    assert rewrite_unlocated("nine villages of Lalpoor") == "Lalpoor area"
    assert rewrite_unlocated("two border localities of Mamond tehsil") == "Mamond tehsil, Bajaur District"


def test_a_tehsil_is_given_its_district_only_when_the_text_lacks_it() -> None:
    assert with_district("Mamond tehsil") == "Mamond tehsil, Bajaur District"
    assert with_district("three border areas of Mamond tehsil, in Bajaur district") is None
    assert with_district("Mamund tehsil of Bajaur Agency") is None
    assert with_district("Khar tehsil") is None  # a town's name: the town answers
    assert with_district("Mamond") is None  # no unit word: a tribe's or a person's name as well


def test_every_tehsil_lies_in_a_district_row_of_the_pack() -> None:
    districts = {entry.name for entry in read_pack() if entry.kind == "district"}
    assert _tehsils()
    assert set(_tehsils().values()) <= districts


KURRAM = (33.89968, 70.10012)
SHAMSIDDIN_SHOHIN = (37.84, 70.04194)


def test_arabic_in_the_middle_of_a_district(resolver: Any) -> None:
    """g928: "the Marghan area, in central Kurram": Marghan is unknown, Kurram holds it."""
    assert_answers(resolver, "منطقة مارغان بوسط كورام", "AF;PK", "Kurram District", KURRAM)
    assert rewrite_unlocated("منطقة مارغان في وسط كورام") == "منطقة مارغان، كورام"


@pytest.mark.parametrize(
    "query",
    [
        "близ таджикско-афганской границы в районе Шохин",  # g531: near the border, in the Shohin district
        "Шохин",  # the district's name shortened, on the pack row
    ],
)
def test_russian_near_the_border_in_a_district(resolver: Any, query: str) -> None:
    assert_answers(resolver, query, "TJ;AF", "Shamsiddin Shohin District", SHAMSIDDIN_SHOHIN)


def test_near_the_border_alone_is_not_rewritten() -> None:
    assert rewrite_unlocated("близ таджикско-афганской границы") is None


NORTH_WAZIRISTAN = (33.00059, 70.07117)


# "Ghulam Khan tehsil" is now answered by the village that names it (tests/test_pack_crossings.py).
@pytest.mark.parametrize("query", ["Razmak tehsil", "Tehsil Spinwam"])
def test_a_tehsil_of_north_waziristan_is_answered_by_the_district(resolver: Any, query: str) -> None:
    assert_answers(resolver, query, "AF;PK", "North Waziristan District", NORTH_WAZIRISTAN)


def test_a_district_of_two_words_already_named_is_not_added_again() -> None:
    """The check is on the whole folded text: "North Waziristan" is two words."""
    assert with_district("Razmak tehsil") == "Razmak tehsil, North Waziristan District"
    assert with_district("Razmak tehsil, North Waziristan District") is None
    assert with_district("Razmak tehsil of North Waziristan") is None
