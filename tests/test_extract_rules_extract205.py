"""The unit a named village or area lies in, told with a capital or in the region's own unit word (extract205).

``extract/place_patterns.py``'s ``_LIES_IN`` reads where a village the geocoder may not know lies ("the village of K
in X district"), so that the draft is placed at the district. It knew the unit only in lower case and only the
English words: "in Bannu District" or "in Saravan County" left the village unlocated, and "in the X jamoat" was not
read. Every sentence here is written for this file; none is a report's. The tests of what the rule reads fail on
main's code before this branch; the guards pass on both. The dev counts are in docs/extract-journal.md (*… : rules
(extract205)*).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from incident_tracker.cli import app
from incident_tracker.extract import extract_drafts, gazetteer_locator
from incident_tracker.extract.place_patterns import _LIES_IN

PUBLISHED = dt.date(2026, 5, 24)
IRAN = "TEHRAN, May 24: Gunmen killed three Iranian border guards in an attack {where}, state media said on Sunday."
TAJIK = "DUSHANBE, May 24: A landmine killed a Tajik shepherd {where}, officials said on Sunday."
PAKISTAN = "PESHAWAR, May 24: Militants killed two Pakistani soldiers in an attack {where}, the army said on Sunday."


def _located(text: str, tmp_path: Path) -> dict[str, Any]:
    drafts = extract_drafts(text, PUBLISHED, locate=gazetteer_locator(tmp_path / "none.db"))
    assert len(drafts) == 1, [draft.values for draft in drafts]
    return drafts[0].values


@pytest.mark.parametrize(
    ("text", "place", "latitude"),
    [
        (IRAN.format(where="in the village of Kalagan of Saravan County"), "Kalagan", 27.37),
        (TAJIK.format(where="in the village of Kuldara in Isfara District"), "Kuldara", 40.13),
        (PAKISTAN.format(where="in the village of Kuldara in Bannu District"), "Kuldara", 32.99),
        (PAKISTAN.format(where="in the general area of Tarkhel in Bannu District"), "Tarkhel", 32.99),
    ],
)
def test_a_unit_told_with_a_capital_places_the_village(text: str, place: str, latitude: float, tmp_path: Path) -> None:
    values = _located(text, tmp_path)
    assert values.get("place") == place
    assert values.get("geo_precision") == "admin2"
    assert values.get("latitude") == pytest.approx(latitude, abs=0.05)


@pytest.mark.parametrize(
    ("after", "within"),
    [
        (" in the Chorkuh jamoat on Monday", "Chorkuh jamoat"),
        (", in the Vorukh Jamoat of Isfara", "Vorukh Jamoat"),
        (" in Kuva tuman", "Kuva tuman"),
        (" of the Ak-Sai ayil", "Ak-Sai ayil"),
        (" in Dand Woleswali", "Dand Woleswali"),
    ],
)
def test_the_regions_own_unit_words_are_read(after: str, within: str) -> None:
    match = _LIES_IN.match(after)
    assert match is not None
    assert match.group("within") == within


def test_cli_places_a_village_in_its_capitalised_district(tmp_path: Path) -> None:
    article = tmp_path / "report.txt"
    article.write_text(PAKISTAN.format(where="in the village of Kuldara in Bannu District"), encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--published", PUBLISHED.isoformat(), "--json"])
    assert result.exit_code == 0, result.output
    drafts = [d["values"] for d in json.loads(result.stdout)]
    assert [d.get("place") for d in drafts] == ["Kuldara"]
    assert drafts[0].get("latitude") == pytest.approx(32.99, abs=0.05)


# Guards: the lower-case unit placed the village already; no unit word, no unit read.
def test_a_lower_case_district_still_places_the_village(tmp_path: Path) -> None:
    values = _located(TAJIK.format(where="in the village of Kuldara in Isfara district"), tmp_path)
    assert values.get("place") == "Kuldara"
    assert values.get("latitude") == pytest.approx(40.13, abs=0.05)


@pytest.mark.parametrize(
    "after",
    [" in District Bannu", " in the Chorkuh Valley", " in Bannu on Monday", " of the district"],
)
def test_no_unit_word_no_unit(after: str) -> None:
    assert _LIES_IN.match(after) is None
