"""Near, how far, and in what (issue 14, extract106): the place phrase the reader hands the geocoder.

A wire lead that puts an attack "near the town of X", "15 kilometres north of X" or "a few miles from X" names X as
the point that stands in for the scene (the codebook's geo_precision ``near``); one that puts it "near the village of
K in X county" names where K lies, for the geocoder to fall back on when it does not know K. The reader used to drop
the "near" before a unit noun, every distance, and the county. Every sentence here is written for this file;
tests/test_extract_place_grid.py crosses the same phrasings with more places.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from incident_tracker.extract import extract_drafts, gazetteer_locator

PUBLISHED = dt.date(2026, 5, 24)
LEAD = "TEHRAN, May 24: Gunmen killed three Iranian border guards in an attack {where}, state media said on Sunday."


def first(where: str, tmp_path: Path) -> dict[str, Any]:
    drafts = extract_drafts(LEAD.format(where=where), PUBLISHED, locate=gazetteer_locator(tmp_path / "none.db"))
    assert drafts, where
    return drafts[0].values


@pytest.mark.parametrize(
    "where",
    [
        "near the town of Saravan",
        "near the border city of Saravan",
        "15 kilometres north of Saravan",
        "a few miles from Saravan",
        "some 20 km from the border town of Saravan",
        "12 km south-east of the city of Saravan",
    ],
)
def test_a_place_near_a_town_is_near_it(where: str, tmp_path: Path) -> None:
    """The words are kept, and the town's point stands in with precision near (main gave exact, or nothing)."""
    values = first(where, tmp_path)
    assert values.get("place") == where
    assert values.get("geo_precision") == "near"
    assert values.get("latitude") == pytest.approx(27.37, abs=0.05)


def test_a_village_the_gazetteer_lacks_is_placed_in_its_county(tmp_path: Path) -> None:
    values = first("near the village of Kalagan in Saravan county", tmp_path)
    assert values.get("place") == "near the village of Kalagan"
    assert values.get("geo_precision") == "admin2"
    assert values.get("latitude") == pytest.approx(27.37, abs=0.05)


@pytest.mark.parametrize("where", ["200 km south of Saravan", "about 340 kilometres southeast of Zahedan"])
def test_a_long_distance_is_never_near(where: str, tmp_path: Path) -> None:
    """Wrong is worse than empty: the geocoder leaves a place far from its reference unlocated."""
    values = first(where, tmp_path)
    assert values.get("place") == where
    assert values.get("geo_precision") != "near"
    assert values.get("latitude") is None


def test_a_town_measured_from_is_not_the_scene(tmp_path: Path) -> None:
    """ "in X, some 30 km from the town of Y": X is the scene (main gave Y, exact)."""
    values = first("in Nok Kundi, some 30 km from the town of Taftan", tmp_path)
    assert values.get("place") == "Nok Kundi"


@pytest.mark.parametrize(
    ("where", "place", "precision"),
    [
        ("in the town of Saravan", "Saravan", "exact"),  # no "near": the town itself
        ("near Saravan", "near Saravan", "near"),
        ("in Saravan, 15 km from the border", "Saravan", "exact"),  # the distance of another thing
        ("5 kilometres from the Gazbostan post", None, "country"),  # a post measured from is not the scene
    ],
)
def test_guards_keep_their_reading(where: str, place: str | None, precision: str, tmp_path: Path) -> None:
    values = first(where, tmp_path)
    assert (values.get("place"), values.get("geo_precision")) == (place, precision)
