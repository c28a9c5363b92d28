"""Chains in other scripts hand their finest part and units to the English fallback (issue 13, point 4;
docs/geocoding-journal.md, section "Chains in other scripts: rules").

"X village, Y district, Z" falls back to the coarser unit that is known. A Chinese chain of known
units followed by a name the reader's table lacks ("…县…乡X") now reads as "X, … township, … County";
an Arabic "قرية X بمديرية Y" (the village X in the district Y) keeps its district word, so that Y is
looked up as a district. Every string is written for these tests (none is the real set's); the first
group fails on the code before the rule, the guards pass on both.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from typer.testing import Result

from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.locate import locate
from incident_tracker.geo.phrase_han import read_han


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("塔什库尔干县塔什库尔干乡阿依布拉克", "阿依布拉克, Taxkorgan township, Taxkorgan county"),
        ("塔什库尔干县阿依布拉克村", "阿依布拉克 village, Taxkorgan county"),
    ],
)
def test_an_unknown_name_after_a_han_chain_is_its_finest_part(text: str, read: str) -> None:
    assert read_han(text) == read


def test_the_han_chain_falls_back_to_its_county(run: Callable[..., Result]) -> None:
    result = run("geocode", "--explain", "塔什库尔干县塔什库尔干乡阿依布拉克")
    assert "'阿依布拉克' is not known" in result.output
    assert "as the coarser place the text names" in result.output
    assert "Chosen: Taxkorgan Tajik Autonomous County, Xinjiang, China (admin2)" in result.output


def test_the_arabic_district_word_after_a_village_is_kept(run: Callable[..., Result]) -> None:
    # the district only by its consonant skeleton, which a district word lets count (geo/scope.py, anchor_of)
    result = run("geocode", "--explain", "قرية سرخ آب بمديرية شمس الدين شخين")
    assert "as the coarser place the text names" in result.output
    assert "Chosen: Shamsiddin Shohin District, Khatlon, Tajikistan (admin2)" in result.output


# --- guards ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "塔什库尔干县发生冲突",  # a verb after the county, not a place
        "塔什库尔干县和阿依布拉克",  # a list
        "某某县阿依布拉克",  # the county is not known: nothing to fall back to
        "塔什库尔干县塔什库尔干乡",  # no unknown part: read as before
        "伊斯法拉市警察局",  # the police station of a city: a building, not a part of a unit
        "巴特肯州的边防医院",  # after "的" (of): what stands there, not a named part
    ],
)
def test_a_tail_that_is_no_name_is_not_read(text: str) -> None:
    read = read_han(text)
    assert read is None or "," not in read.split("township")[0], read


def test_an_unknown_arabic_district_stays_empty(resolver: Resolver) -> None:
    assert locate("قرية سرخ آب بمديرية قرقره بلو", resolver=resolver).chosen is None


def test_a_known_finest_part_far_from_the_county_is_not_taken(resolver: Resolver) -> None:
    # Isfara (Tajikistan) after a Chinese county: the English guard keeps the far namesake out
    chosen = locate("塔什库尔干县伊斯法拉", resolver=resolver).chosen
    assert chosen is None or chosen.country == "CN", chosen
