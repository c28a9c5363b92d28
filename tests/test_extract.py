"""tracker extract and tracker duplicates, driven as a user drives them.

The example article must give exactly its two attacks, coded as the shipped
incidents.db codes them by hand; the test set under tests/fixtures/extract keeps
the field-level figures from slipping; nothing is written without --add.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incident_tracker.extract import extract_drafts
from incident_tracker.extract.casualties import find_tolls
from incident_tracker.extract.dates import find_dates

ROOT = Path(__file__).resolve().parent.parent
#: The example article the docs walk through, kept with the tests too.
ARTICLE = ROOT / "tests" / "fixtures" / "news-afghan-tajik-talks.txt"
DOCS_EXAMPLE = ROOT / "docs" / "examples" / "news-afghan-tajik-talks.txt"
PUBLISHED = ["--published", "2025-12-02"]
WORDS = [
    *("killed ", "wounded ", "at least ", "dozens ", "twenty-one ", "between ", " and ", "toll rose to "),
    *("on Tuesday ", "last week ", "November 24 ", "said ", "no group has claimed ", "in Tajikistan ", "near the "),
    *("Badakhshan ", "drone ", "The second incident ", "In the first ", "two separate incidents ", "Chinese workers "),
]


def test_the_article_is_the_one_the_docs_ship():
    """Issue 16: the docs point at their own copy (no ../shared, no absolute path); the tests
    read the same text, so the docs' figures are what extract gives on it, on any clone."""
    assert ARTICLE.read_bytes() == DOCS_EXAMPLE.read_bytes()
    for page in (ROOT / "docs" / "getting-started.md", ROOT / "docs" / "extract.md"):
        assert "examples/news-afghan-tajik-talks.txt" in page.read_text(encoding="utf-8")


def _drafts(run, *args: str, input: str | None = None) -> list[dict]:
    return json.loads(run("extract", *args, *PUBLISHED, "--json", input=input).stdout)


def test_example_article_gives_exactly_the_two_attacks_as_coded_by_hand(run):
    drafts = _drafts(run, str(ARTICLE))
    assert [d["values"]["event_date"] for d in drafts] == ["2025-11-24", "2025-11-30"]
    first, second = (d["values"] for d in drafts)
    assert {k: first.get(k) for k in ("killed", "victims", "victim_nationality", "target_type", "country")} == {
        "killed": 3,
        "victims": "Chinese workers",
        "victim_nationality": "CN",
        "target_type": "business",
        "country": "TJ",
    }
    assert first["weapons"] == ["drone", "grenade", "firearms"]
    assert (first["event_type"], first["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert (first["place"], first["geo_precision"]) == ("near the Esteqlol border crossing", "near")
    assert (first["attribution"], first["attributed_by"]) == ("alleged", "Tajik authorities")
    assert (first["origin_place"], first["origin_country"]) == ("Badakhshan", "AF")
    assert "perpetrator" not in first  # nobody claimed it
    assert {k: second.get(k) for k in ("killed", "victims", "victim_nationality", "country", "attribution")} == {
        "killed": 2,
        "victims": "Chinese workers",
        "victim_nationality": "CN",
        "country": "TJ",
        "attribution": "unattributed",
    }
    assert (second["event_type"], second["sub_event_type"], second["weapons"]) == (
        "Violence against civilians",
        "Attack",
        ["unknown"],
    )
    assert (second["geo_precision"], second.get("place")) == ("country", None)


def test_every_field_of_a_draft_carries_a_sentence_of_the_article(run):
    text = " ".join(ARTICLE.read_text(encoding="utf-8").split())
    for draft in _drafts(run, str(ARTICLE)):
        for name, value in draft["values"].items():
            if name == "weapons" and value == ["unknown"]:
                continue
            evidence = draft["evidence"][name]
            assert evidence and evidence in text, (name, evidence)
    first = _drafts(run, str(ARTICLE))[0]
    assert "originated from across the border" in first["evidence"]["origin_place"]
    assert "deaths of 3 Chinese workers" in first["evidence"]["killed"]


def test_the_phone_call_the_visit_and_casa_1000_give_no_incident(run):
    text = ARTICLE.read_text(encoding="utf-8")
    drafts = _drafts(run, str(ARTICLE))
    dates = {d["values"]["event_date"] for d in drafts}
    assert "2025-12-02" not in dates  # Tuesday's phone call
    # Only the paragraph about the attacks is evidence for anything.
    evidence = {e for d in drafts for e in d["evidence"].values()}
    for phrase in ("phone conversation", "delegation visited Kabul", "CASA-1000"):
        assert phrase in text
        assert not any(phrase in e for e in evidence), phrase
    # The background paragraphs alone propose nothing.
    background = "\n\n".join(p for p in text.split("\n\n") if "November 24" not in p and "second incident" not in p)
    assert _drafts(run, "-", input=background) == []


def test_nothing_is_written_without_add(run, db_path, example_db, file_digest):
    before = file_digest(db_path)
    result = run("extract", str(ARTICLE), *PUBLISHED)
    assert result.stdout.startswith("Draft 1: 2025-11-24")
    assert "nothing was written" in result.stderr
    assert file_digest(db_path) == before


def test_without_a_database_extract_creates_none(run, db_path):
    run("extract", str(ARTICLE), *PUBLISHED)
    assert not db_path.exists()


def test_add_yes_adds_every_draft_with_the_article_as_source(run, run_json):
    url = "https://interbellumnews.com/afghan-tajik-talks"
    result = run(
        "extract", str(ARTICLE), *PUBLISHED, "--source", url, "--outlet", "Inter Bellum News", "--add", "--yes"
    )
    assert result.stdout.split() == ["1", "2"]
    first = run_json("show", "1", "--json")
    assert (first["event_date"], first["killed"], first["attribution"], first["origin_country"]) == (
        "2025-11-24",
        3,
        "alleged",
        "AF",
    )
    assert [(s["url"], s["outlet"], s["published"]) for s in first["sources"]] == [
        (url, "Inter Bellum News", "2025-12-02")
    ]
    assert first["sources"][0]["note"] == (
        "Gives 2025-11-24, 3 killed, attributed by Tajik authorities (drafted by tracker extract)."
    )
    second = run_json("show", "2", "--json")
    assert (second["sources"][0]["url"], second["sources"][0]["note"]) == (
        url,
        "Gives 2025-11-30, 2 killed (drafted by tracker extract).",
    )


def test_drafts_like_recorded_incidents_are_flagged(run, example_db):
    drafts = _drafts(run, str(ARTICLE))
    assert [[m["second"] for m in d["possible_duplicates"]] for d in drafts] == [[1], [2]]
    assert "same day" in drafts[0]["possible_duplicates"][0]["reasons"]
    shown = run("extract", str(ARTICLE), *PUBLISHED).stdout
    assert "possible duplicate of #1" in shown and "possible duplicate of #2" in shown


@pytest.mark.parametrize(
    ("args", "code", "fragment"),
    [
        (["extract", "missing.txt", *PUBLISHED], 2, "No such file: missing.txt"),
        (["extract", str(ARTICLE), "--published", "someday"], 2, "Cannot read date 'someday'"),
        (["extract", str(ARTICLE), "--published", "Dec 2025"], 2, "--published needs a day"),
        (["extract", str(ARTICLE), *PUBLISHED, "--add", "--yes"], 2, "A source needs a URL or an outlet"),
        (["extract", str(ARTICLE), *PUBLISHED, "--add", "--outlet", "X"], 2, "--add needs --yes"),
        (["duplicates"], 1, "No database at"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(run, db_path, args, code, fragment):
    result = run(*args, expect=code)
    assert fragment in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not db_path.exists()


def test_duplicates_lists_likely_pairs_until_they_are_linked(run, run_json, example_db):
    assert run("duplicates").stdout == ""  # the two attacks are six days apart
    run("add", "--date", "2025-11-25", "--country", "TJ", "--type", "explosions", "--sub-type", "drone strike",
        "--killed", "3", "--no-input")  # fmt: skip
    run("add", "--date", "2025-11-24", "--country", "AF", "--type", "protests", "--no-input")
    pairs = run_json("duplicates", "--json")
    assert [(p["first"], p["second"]) for p in pairs] == [(1, 3)]
    assert pairs[0]["reasons"] == ["1 day apart", "both in TJ", "same toll (3 killed)", "both Air/drone strike"]
    result = run("duplicates")
    lines = result.stdout.splitlines()  # issue 16: a table, both incidents one above the other
    assert lines[0].split() == ["IDs", "Date", "Place", "Killed", "Score", "Why"]
    rows = [line.split()[:3] for line in lines[2:] if line[:3].strip()]
    assert rows == [["1", "2025-11-24", "Shamsiddin"], ["3", "2025-11-25", "Tajikistan"]]
    assert "0." in lines[2]  # the score, on the pair's first row
    assert "1 day apart; both in TJ; same toll (3 killed)" in " ".join(result.stdout.split())
    assert "tracker link 3 1 --kind duplicate_of" in result.stderr
    assert run_json("duplicates", "--days", "0", "--json") == []
    run("link", "3", "1", "--kind", "duplicate_of")
    assert run_json("duplicates", "--json") == []


def test_duplicates_uses_distance_when_both_have_coordinates(run, run_json):
    base = ["add", "--type", "battles", "--killed", "2", "--country", "TJ", "--no-input"]
    run(*base, "--date", "2025-11-24", "--lat", "37.49", "--lon", "71.55")
    run(*base, "--date", "2025-11-24", "--lat", "37.50", "--lon", "71.56")
    run(*base, "--date", "2025-11-24", "--lat", "39.0", "--lon", "69.0")
    pairs = run_json("duplicates", "--json")
    assert [(p["first"], p["second"]) for p in pairs] == [(1, 2)]
    assert pairs[0]["reasons"][1] == "1 km apart"


# --- the parts, on their own -------------------------------------------------------

TUESDAY = dt.date(2025, 12, 2)


@pytest.mark.parametrize(
    ("text", "start", "end", "precision", "reporting"),
    [
        ("The attack happened on Tuesday.", "2025-12-02", None, "day", False),
        ("Gunmen struck late on Sunday night.", "2025-11-30", None, "day", False),
        ("Fighting broke out last Tuesday.", "2025-11-25", None, "day", False),
        ("Clashes erupted last week.", "2025-11-24", "2025-11-30", "week", False),
        ("The incident on November 24 killed three.", "2025-11-24", None, "day", False),
        ("It happened on 28 December.", "2024-12-28", None, "day", False),
        ("Officials said on Monday that two died.", "2025-12-01", None, "day", True),
        ("Two were killed yesterday.", "2025-12-01", None, "day", False),
    ],
)
def test_dates_are_read_against_the_publication_date(text, start, end, precision, reporting):
    found = find_dates(text, TUESDAY)
    assert len(found) == 1
    date = found[0]
    assert (date.start.isoformat(), date.end.isoformat() if date.end else None, date.precision, date.reporting) == (
        start,
        end,
        precision,
        reporting,
    )


@pytest.mark.parametrize(
    ("text", "what", "best", "low", "high", "phrase", "victims"),
    [
        ("It led to the deaths of 3 Chinese workers.", "killed", 3, None, None, None, "Chinese workers"),
        ("At least six soldiers were wounded.", "injured", 6, 6, None, "at least 6", "soldiers"),
        ("Dozens of villagers were killed.", "killed", 12, 12, None, "dozens", None),
        ("Between 15 and 17 people were wounded.", "injured", 15, 15, 17, None, "people"),
        ("The blast killed twenty-one Pakistani policemen.", "killed", 21, None, None, None, "Pakistani policemen"),
        ("Seventeen more died, bringing the toll to 20.", "killed", 20, None, None, None, None),
        ("Two border guards and one fighter were killed.", "killed", 3, None, None, None, "border guards and fighter"),
        (
            "It killed five Chinese nationals and their driver.",
            "killed",
            6,
            None,
            None,
            None,
            "Chinese nationals and driver",
        ),
    ],
)
def test_casualty_phrases(text, what, best, low, high, phrase, victims):
    tolls = [t for t in find_tolls(text) if t.what == what]
    assert tolls, text
    toll = tolls[-1]
    assert (toll.casualties.best, toll.casualties.low, toll.casualties.high) == (best, low, high)
    assert toll.casualties.text == phrase
    if victims:
        assert toll.victims == victims


def test_the_test_set_keeps_its_figures():
    """Field-level precision and recall over tests/fixtures/extract must not slip (see docs/extract.md)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from eval_extract import evaluate

    from incident_tracker.extract import gazetteer_locator

    result = evaluate(locate=gazetteer_locator(ROOT / "no-such-file.db"))
    assert result["texts"] >= 10
    totals = {k: sum(c[k] for c in result["fields"].values()) for k in ("correct", "proposed", "expected")}
    assert totals["correct"] / totals["proposed"] >= 0.85, result["misses"]
    assert totals["correct"] / totals["expected"] >= 0.78, result["misses"]
    assert result["incidents"]["correct"] == result["incidents"]["expected"] == result["incidents"]["proposed"]


def test_add_json_prints_the_added_records(run):
    result = run("extract", str(ARTICLE), *PUBLISHED, "--outlet", "Inter Bellum News", "--add", "--yes", "--json")
    output = json.loads(result.stdout)
    assert [(r["id"], r["event_date"], r["killed"]) for r in output["added"]] == [
        (1, "2025-11-24", 3),
        (2, "2025-11-30", 2),
    ]
    assert output["attached_to"] == []


def test_a_draft_without_place_or_country_is_refused_whole(run, db_path):
    text = "Three soldiers were killed in a clash on Monday, officials said."
    result = run("extract", "-", *PUBLISHED, "--outlet", "Wire", "--add", "--yes", input=text, expect=2)
    assert result.stderr.strip().splitlines()[-1] == (  # after "Created new database …" (issue 16)
        "Error: Draft 1 cannot be added: Missing place: give a place, a country or coordinates. Nothing was added."
    )
    assert run("extract", "-", *PUBLISHED, "--json", input=text).stdout.count('"event_date": "2025-12-01"') == 1


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([*"abc 0123456789.,-'\n", *WORDS]), max_size=60).map("".join))
def test_extraction_never_fails_on_any_text(text):
    for draft in extract_drafts(text, TUESDAY):
        assert draft.values["event_date"] <= "2025-12-02"
        assert set(draft.evidence) >= {"event_date", "event_type"}
