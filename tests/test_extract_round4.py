"""Issue 14's fourth round: phenomena of the widened dev split, each in sentences of our own.

Every test writes one phenomenon anew (never a report's sentence) and checks the general
rule that reads it. The geocoding tests use a stub locator, so nothing here touches the
gazetteer or the network.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from incident_tracker.extract import extract_drafts

MONDAY = dt.date(2025, 12, 1)


def _one(text: str, published: dt.date = MONDAY, **kwargs: Any) -> dict[str, Any]:
    drafts = [d.values for d in extract_drafts(text, published, **kwargs)]
    assert len(drafts) == 1, drafts
    return drafts[0]


def test_an_earlier_event_told_in_its_own_paragraph_gives_no_toll():
    draft = _one(
        "Guards exchanged fire on the river on Sunday, the border service said.\n\n"
        "On November 12, troops of the other side opened mortar fire on a post. Four guards were wounded then, "
        "and the other side said three of its men were hurt."
    )
    assert draft["event_date"] == "2025-11-30"
    assert "injured" not in draft


def test_a_day_told_in_passing_does_not_cut_the_paragraph():
    draft = _one(
        "Shells hit the valley on Sunday, killing two shepherds, where rockets had fallen on Thursday night. "
        "Blasts were heard near the town of Qalai."
    )
    assert draft["killed"] == 2
    assert draft["place"] == "Qalai"


def test_a_day_of_asking_is_not_the_event_day():
    draft = _one(
        "Two soldiers were killed when gunmen fired on a post, the army said on Saturday.\n\n"
        "On Thursday the ministry had asked the neighbours to act against the militants who launch attacks."
    )
    assert draft["date_precision"] == "week"
    assert draft["event_date_end"] == "2025-11-29"


def test_mortar_fire_opened_is_violence():
    draft = _one("Guards on the other side opened heavy mortar fire on the village on Sunday.")
    assert draft["event_date"] == "2025-11-30"
    assert "mortar" in draft["weapons"]


def _locator(answers: dict[tuple[str, str | None], dict[str, Any]]) -> Any:
    def locate(place: str, country: str | None, /, named: frozenset[str] = frozenset()) -> Any:
        return answers.get((place, country), answers.get((place, None), {})), None

    return locate


def test_a_place_found_only_in_a_country_the_article_never_names_is_not_geocoded():
    far = {"country": "CN", "latitude": 33.3, "longitude": 105.6, "location": "Elsewhere", "geo_precision": "exact"}
    draft = _one(
        "One fighter was killed on Sunday in a clash in Afghanistan's Nimruz province, in the Kang district, "
        "with Iranian border guards.",
        locate=_locator({("Kang district", None): far}),
    )
    assert "latitude" not in draft
    assert draft.get("country") != "CN"
