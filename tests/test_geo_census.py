"""The census of the border belt (geo124, issue 13): ``scripts/pack_census.py`` lists what the tiers
should hold from public lists (``scripts/pack_census.tsv``), and the tehsils it found missing are
rows of ``geo/data/subdistricts.tsv``, each cited, each answered by its district.

House-written sentences; the gazetteer is the session's (``resolver`` fixture).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

from _geo_helpers import assert_answers
from incident_tracker.geo.subdistrict import with_district

ROOT = Path(__file__).resolve().parent.parent
KECH = (26.00122, 63.04849)


def _census() -> Any:
    spec = importlib.util.spec_from_file_location("pack_census", ROOT / "scripts" / "pack_census.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_census_row_names_its_list() -> None:
    census = _census()
    rows = census._rows(census.CENSUS)
    assert len(rows) > 200
    assert all(row["list_source"].startswith("http") for row in rows)
    assert {row["level"] for row in rows} == set(census.LEVELS)


def test_the_census_finds_the_tehsils_of_the_new_rows() -> None:
    census = _census()
    held = census.tiers()
    rows = [row for row in census._rows(census.CENSUS) if row["level"] == "tehsil"]
    found = {row["name"]: census.holder(row, held) for row in rows}
    assert found["Gichk"] == "subdistricts"
    assert found["Dalbandin"] == "city list"  # a tehsil named after a town the city list holds
    assert found["Central Kurram"] is None  # listed, held by no tier: printed as missing


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("a levies post in Zamuran tehsil", "Kech District"),
        ("the Hoshab tehsil of the Makran belt", "Kech District"),
        ("villages of Mastuj tehsil near the Wakhan", "Upper Chitral District"),
        ("Qamar Din Karez tehsil", "Zhob District"),
        ("Tehsil Muslim Bagh", "Killa Saifullah District"),
        ("Mullagori tehsil", "Khyber District"),
        ("the Suntsar tehsil", "Gwadar District"),
        ("Samar Bagh tehsil of the Panjkora valley", "Lower Dir District"),
        ("Gojal tehsil", "Hunza District"),
        ("the Ishkoman tehsil", "Ghizer District"),
    ],
)
def test_a_census_tehsil_is_given_its_district(text: str, district: str) -> None:
    assert with_district(text) == f"{text}, {district}"


def test_a_tehsil_with_its_district_named_is_left_alone() -> None:
    assert with_district("Tump tehsil of Kech district") is None


def test_a_bare_tehsil_name_is_not_read_as_one() -> None:
    assert with_district("the Dasht plain") is None  # no unit word: "dasht" is also a common noun


def test_a_kech_tehsil_is_answered_by_kech_district(resolver: Any) -> None:
    assert_answers(resolver, "firing in Tump tehsil", "PK;IR", "Kech District", KECH)
