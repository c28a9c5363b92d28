"""A wire dateline's city and a place found in the same country agree: the place is located.

"QUETTA (Reuters) -" is a bureau, not the event's country: a bureau covers its neighbours, so the
reader never takes the country from it alone. But a report that names only a district of the
bureau's own country ("… in Panjgur") was refused as "a country the article never names"; the two
facts of the text point the same way. House reports, written for these tests.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from incident_tracker.extract import extract_drafts, gazetteer_locator

PUBLISHED = dt.date(2026, 3, 5)


def _values(text: str, tmp_path: Path) -> dict[str, object]:
    drafts = extract_drafts(text, PUBLISHED, locate=gazetteer_locator(tmp_path / "none.db"))
    assert len(drafts) == 1, [d.values for d in drafts]
    return drafts[0].values


@pytest.mark.parametrize(
    "lead",
    [
        "Two soldiers were killed in a militant attack on a checkpoint in Panjgur on Tuesday.",
        "Two soldiers were killed in a militant attack on a checkpoint near the Iranian border in Panjgur on Tuesday.",
        "Two FC personnel were killed in an attack in Panjgur district on Tuesday.",
    ],
)
def test_a_place_in_the_bureaus_own_country_is_located(lead, tmp_path):
    values = _values(f"QUETTA, March 5 (Reuters) - {lead}", tmp_path)
    assert (values.get("country"), values.get("admin1")) == ("PK", "Balochistan")
    assert values.get("latitude") is not None


def test_a_bureau_abroad_still_gives_no_country(tmp_path):
    """Saravan lies in Iran, which the report never names; Dubai's country is no answer either."""
    values = _values(
        "DUBAI, March 5 (Reuters) - Gunmen killed two border guards in an attack on a post in Saravan on Tuesday.",
        tmp_path,
    )
    assert values.get("country") in (None, "IR")
    assert values.get("country") != "AE"


def test_a_named_country_still_rules_over_the_bureau(tmp_path):
    values = _values(
        "ISLAMABAD, March 5 (Reuters) - Two Afghan border guards were killed by shelling in Dangam district of "
        "Afghanistan's Kunar province on Tuesday.",
        tmp_path,
    )
    assert values.get("country") == "AF"
