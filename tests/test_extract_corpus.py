"""Checks of the real-report extraction corpus in ``tests/fixtures/extract-real/``.

Each report there is a real wire or regional report rewritten in the project's own words
(its ``#`` header cites the original), with an analyst's hand coding beside it. These
tests keep the corpus honest as it grows: every text has its citation and its coding,
every coded value is one the record accepts, and the dev/test split never cuts an event
in two (otherwise tuning on dev would leak into the test figures).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest

from incident_tracker.models import (
    ATTRIBUTION_STATUSES,
    DATE_PRECISIONS,
    EVENT_TYPES,
    GEO_PRECISIONS,
    TARGET_TYPES,
    WEAPONS,
)

CORPUS = Path(__file__).parent / "fixtures" / "extract-real"
TEXTS = sorted(CORPUS.glob("*.txt"))
SPECS = sorted(CORPUS.glob("*.json"))
HEADER_KEYS = ("Outlet", "Headline", "Published", "URL", "Phenomena")
#: The phenomena a header may list; docs/extract.md counts them.
PHENOMENA = {
    "dateline",
    "weekday-date",
    "explicit-date",
    "relative-date",
    "time-of-day",
    "multi-day",
    "conflicting-dates",
    "no-event-date",
    "vague-date",
    "at-least",
    "vague-quantity",
    "casualty-list",
    "casualty-split-over-clauses",
    "conflicting-tolls",
    "revised-toll",
    "tolls-from-both-sides",
    "victims-include-dead",
    "martyred",
    "background-toll",
    "background-incident",
    "background-context",
    "reactions",
    "official-statement",
    "disputed-attribution",
    "alleged-attribution",
    "confirmed-attribution",
    "claimed",
    "no-claim",
    "cross-border-origin",
    "several-incidents",
    "no-incident",
    "non-english-spelling",
    "outlet-attribution-chain",
    "outlet-place",
    "sources-said",
    "solar-calendar",
    "night-span",
    "running-total",
    "unknown-perpetrator",
}
INCIDENT_KEYS = (
    "event_date",
    "date_precision",
    "country",
    "place",
    "latitude",
    "longitude",
    "killed",
    "killed_low",
    "killed_high",
    "injured",
    "injured_low",
    "injured_high",
    "event_type",
    "sub_event_type",
    "weapons",
    "target_type",
    "victims",
    "victim_nationality",
    "attribution",
    "perpetrator",
    "attributed_by",
    "origin_country",
)
#: Keys an incident carries only when they apply: a span's last day, and for sourced
#: coordinates the resolved name, its precision and the GeoNames id they came from.
OPTIONAL_KEYS = ("event_date_end", "location", "geo_precision", "geonameid")
COUNTRY = re.compile(r"[A-Z]{2}")
#: The borders of the region the corpus covers, as the two countries' ISO codes.
BORDERS = {"AF-PK", "AF-TJ", "KG-TJ", "AF-IR", "IR-PK", "CN-KG", "CN-TJ", "AF-CN", "AF-TM", "AF-UZ", "KG-UZ", "TJ-UZ"}
#: Kazakhstan's lines with Kyrgyzstan and Uzbekistan, first held by the ninetieth held-back round.
BORDERS |= {"KG-KZ", "KZ-UZ"}


def header(path: Path) -> dict[str, str]:
    """The ``# Key: value`` lines at the top of a report."""
    fields: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        key, _, value = line.lstrip("# ").partition(":")
        fields[key.strip()] = value.strip()
    return fields


def body(path: Path) -> str:
    """The article without its header, as the evaluation reads it."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.startswith("#"))


def load(path: Path) -> dict[str, Any]:
    """One report's coding."""
    spec: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return spec


def test_the_corpus_is_there_and_every_text_has_its_coding() -> None:
    assert TEXTS, "no reports found"
    assert [p.stem for p in TEXTS] == [p.stem for p in SPECS]
    assert all(re.fullmatch(r"\d{2,4}-[a-z0-9-]+", p.stem) for p in TEXTS)


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_each_text_cites_its_original_and_is_article_length(path: Path) -> None:
    fields = header(path)
    for key in HEADER_KEYS:
        assert fields.get(key), f"{path.name}: header lacks {key}"
    assert fields["URL"].startswith(("http://", "https://"))
    dt.date.fromisoformat(fields["Published"])
    listed = {p.strip() for p in fields["Phenomena"].split(",")}
    assert listed <= PHENOMENA, f"unknown phenomena {listed - PHENOMENA}"
    # Wire briefs of 60-odd words are real reports too (the seventh round added several).
    assert 60 <= len(body(path).split()) <= 450


@pytest.mark.parametrize("path", SPECS, ids=lambda p: p.stem)
def test_each_coding_uses_the_record_vocabulary(path: Path) -> None:
    spec = load(path)
    fields = header(path.with_suffix(".txt"))
    published = dt.date.fromisoformat(spec["published"])
    assert spec["published"] == fields["Published"]
    assert spec["url"] == fields["URL"]
    assert spec["split"] in ("dev", "test")
    assert spec["event"]
    assert spec["border"] in BORDERS
    assert set(spec["unscored"]) <= set(INCIDENT_KEYS)
    for incident in spec["incidents"]:
        assert tuple(k for k in incident if k not in OPTIONAL_KEYS) == INCIDENT_KEYS
        start = dt.date.fromisoformat(incident["event_date"])
        end = dt.date.fromisoformat(incident.get("event_date_end") or incident["event_date"])
        assert start <= end <= published
        assert incident["date_precision"] in DATE_PRECISIONS
        for key in ("country", "victim_nationality", "origin_country"):
            assert incident[key] is None or COUNTRY.fullmatch(incident[key])
        assert incident["sub_event_type"] in EVENT_TYPES[incident["event_type"]]
        assert incident["weapons"] and set(incident["weapons"]) <= set(WEAPONS)
        assert incident["target_type"] is None or incident["target_type"] in TARGET_TYPES
        assert incident["attribution"] in ATTRIBUTION_STATUSES
        if incident["latitude"] is None:
            assert incident["longitude"] is None and "geonameid" not in incident
            assert {"latitude", "longitude"} <= set(spec["unscored"]) or incident["place"] is None
        else:
            assert -90 <= incident["latitude"] <= 90 and -180 <= incident["longitude"] <= 180
            assert incident["geo_precision"] in GEO_PRECISIONS and isinstance(incident["geonameid"], int)
        for count in ("killed", "injured"):
            low, best, high = (incident[f"{count}{s}"] for s in ("_low", "", "_high"))
            known = [v for v in (low, best, high) if v is not None]
            assert known == sorted(known), f"{count}: low ≤ best ≤ high"
            assert best is not None or (low is None and high is None)


@pytest.mark.parametrize("path", SPECS, ids=lambda p: p.stem)
def test_each_place_is_quoted_from_its_text(path: Path) -> None:
    """The codebook keeps `place` verbatim, as the source reported it."""
    text = " ".join(body(path.with_suffix(".txt")).split())
    for incident in load(path)["incidents"]:
        assert incident["place"] is None or incident["place"] in text


def test_no_event_is_split_between_dev_and_test() -> None:
    sides: dict[str, set[str]] = {}
    for path in SPECS:
        spec = load(path)
        sides.setdefault(spec["event"], set()).add(spec["split"])
    assert all(len(s) == 1 for s in sides.values()), {e: s for e, s in sides.items() if len(s) > 1}


def _url_key(url: str) -> str:
    """A report's address without its scheme, ``www.`` and trailing slash: one page, one key."""
    return url.split("://", 1)[-1].removeprefix("www.").rstrip("/")


def test_no_report_is_on_both_sides_or_twice_in_test() -> None:
    """Rounds collected at the same time cannot see each other's batches: at the merge of the eighteenth and
    nineteenth rounds one report had come in on both sides under two slugs, another twice on test."""
    splits: dict[str, list[str]] = {}
    for path in SPECS:
        spec = load(path)
        splits.setdefault(_url_key(spec["url"]), []).append(spec["split"])
    assert {url: s for url, s in splits.items() if len(set(s)) > 1} == {}
    assert {url: s for url, s in splits.items() if s.count("test") > 1} == {}


#: Border-days told on both sides by two events that are not one: each is named with the events' slugs, and the
#: check below still fails for any other slug told that day. Round 69's night attack on a check-post at Miskini
#: Darra, Lower Dir (test), fell on the first day of round 68's Batwar incursion in Bajaur's Salarzai (dev): two
#: districts apart, one a night's repulsed attack, the other days of fighting. Round 78's report of the Khash clash
#: of 26 March 2024 (dev) tells, with no day, a girl shot in a family's car on the Khash-Iranshahr road at Nowruz,
#: coded as the week to the report, which opens on the day of the Gwadar port attack (test): a city of Sistan and
#: Baluchestan against the port of Gwadar in Balochistan. Round 85's night of fighting in South Waziristan, 12 to 13
#: August 2024 (dev), began on the day of the Torkham clash (test): the Khyber crossing against a district some 250 km
#: to the south, troops against militants in one, the two states' forces in the other.
DISTINCT_EVENTS_ON_ONE_DAY = {
    ("AF-PK", "2012-08-23"): {"miskini-darra-checkpost-2012-08", "batwar-incursion-2012-08"},
    ("IR-PK", "2024-03-20"): {"gwadar-port-2024-03", "khash-lieutenant-2024-03"},
    ("AF-PK", "2024-08-12"): {"torkham-2024-08", "southwaziristan-clash-2024-08"},
}


def test_no_day_of_one_border_is_told_by_events_on_both_sides() -> None:
    """One event under two slugs, one per side, escapes the check by slug: report 350 told on test the
    Saravan ambush of 25 October 2013 that dev already held as ``gazbostan-2013-10``."""
    by_day: dict[tuple[str, str], set[str]] = {}
    events: dict[tuple[str, str], set[str]] = {}
    for path in SPECS:
        spec = load(path)
        for incident in spec["incidents"]:
            if incident.get("event_date"):
                day = (spec["border"], incident["event_date"])
                by_day.setdefault(day, set()).add(spec["split"])
                events.setdefault(day, set()).add(spec["event"])
    both = {day: s for day, s in by_day.items() if len(s) > 1}
    assert {day: s for day, s in both.items() if events[day] != DISTINCT_EVENTS_ON_ONE_DAY.get(day)} == {}


#: From the eighth round on, each round split its new events by the MD5 of the event's slug.
FIRST_ROUND_SPLIT_BY_SLUG = 8


def _by_id() -> list[tuple[int, dict[str, Any]]]:
    numbered = [(int(path.name.split("-", 1)[0]), load(path)) for path in SPECS]
    return sorted(numbered, key=lambda pair: pair[0])


def test_each_rounds_new_events_are_split_by_the_md5_of_their_slug() -> None:
    """An event already in the corpus keeps its side; a new one goes to test when the MD5 of its slug
    starts 0-5. Decided before any report of the round is scored, so no one chose a report's side."""
    first: dict[str, dict[str, Any]] = {}
    for _, spec in _by_id():
        first.setdefault(spec["event"], spec)
    wrong = {
        event: spec["split"]
        for event, spec in first.items()
        if (spec.get("round") or 0) >= FIRST_ROUND_SPLIT_BY_SLUG
        and spec["split"] != ("test" if hashlib.md5(event.encode()).hexdigest()[0] in "012345" else "dev")
    }
    assert wrong == {}


def test_no_report_of_a_splitting_round_was_already_in_the_corpus() -> None:
    """Each page once: a report added twice would count its event twice (two older dev pairs, 39 and
    176, 76 and 175, came before the rounds' rule and lie on one side)."""
    seen: dict[str, int] = {}
    again = []
    for number, spec in _by_id():
        key = _url_key(spec["url"])
        if key in seen and (spec.get("round") or 0) >= FIRST_ROUND_SPLIT_BY_SLUG:
            again.append((seen[key], number))
        seen.setdefault(key, number)
    assert again == []


def test_the_split_is_large_enough_on_both_sides() -> None:
    """Issue 14 asks for at least 60 reports, about 60% to tune on and 40% to report on."""
    splits = [load(path)["split"] for path in SPECS]
    assert splits.count("dev") >= 36
    assert splits.count("test") >= 24
