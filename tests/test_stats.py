"""``tracker stats``: totals and breakdowns, checked number by number on the report test database."""

from __future__ import annotations

import pytest

import test_timeline_fixtures as fixtures
from incident_tracker.report import build_stats
from incident_tracker.store import Filters

report_db = fixtures.report_db
report_store = fixtures.report_store


def breakdown(stats, name):
    """(label, incidents, killed toll, no toll) rows of one breakdown."""
    found = next(b for b in stats.breakdowns if b.name == name)
    return [(r.label, r.figures.count, r.figures.toll("killed"), r.figures.unknown("killed")) for r in found.rows]


def test_totals_and_dates(report_store):
    stats = build_stats(report_store, Filters())
    totals = stats.totals
    assert (totals.count, totals.toll("killed"), totals.unknown("killed")) == (9, "≥18", 1)  # #8 (deleted) never counts
    assert (totals.injured, totals.unknown("injured")) == (6, 5)
    assert (stats.first["id"], stats.first["date"]) == (10, "2023-06-10")
    assert (stats.last["id"], stats.last["date"]) == (5, "2025-03-15")  # by first possible day
    assert stats.without_coordinates == 8


def test_breakdowns(report_store):
    stats = build_stats(report_store, Filters())
    assert [b.name for b in stats.breakdowns] == [
        "country",
        "admin1",
        "event_type",
        "sub_event_type",
        "attribution",
        "perpetrator",
        "actor",
        "weapon",
        "victim_nationality",
    ]
    assert breakdown(stats, "country") == [("Tajikistan (TJ)", 5, "≥9", 1), ("Afghanistan (AF)", 4, "9 (9–11)", 0)]
    assert breakdown(stats, "admin1") == [
        ("Badakhshan", 3, "8 (8–10)", 0),
        ("Khatlon", 3, "≥8", 0),
        ("unknown", 2, "2", 0),
        ("Gorno-Badakhshan", 1, "?", 1),
    ]
    assert breakdown(stats, "event_type") == [
        ("Battles", 5, "≥13", 0),
        ("Explosions/Remote violence", 2, "3 (3–5)", 0),
        ("Violence against civilians", 2, "2", 1),
    ]
    assert breakdown(stats, "attribution") == [
        ("unattributed", 2, "1", 1),
        ("unattributed (default)", 0, "0", 0),  # every status here was stated
        ("alleged", 2, "5 (5–7)", 0),
        ("suspected", 1, "≥4", 0),
        ("claimed", 2, "7", 0),
        ("confirmed", 1, "0", 0),
        ("disputed", 1, "1", 0),
    ]
    assert breakdown(stats, "perpetrator") == [
        ("none named", 4, "5 (5–7)", 1),
        ("Group A", 3, "7", 0),
        ("Group B", 2, "≥6", 0),
    ]
    assert breakdown(stats, "weapon") == [
        ("firearms", 1, "2", 0),
        ("ied", 1, "0", 0),
        ("mortar", 1, "3 (3–5)", 0),
        ("none recorded", 6, "≥13", 1),
    ]
    assert breakdown(stats, "victim_nationality") == [
        ("unknown", 6, "≥9", 1),
        ("Afghanistan (AF)", 1, "5", 0),
        ("China (CN)", 1, "2", 0),
        ("Tajikistan (TJ)", 1, "2", 0),
    ]
    for name in ("country", "admin1", "event_type", "attribution", "perpetrator", "victim_nationality"):
        assert sum(row[1] for row in breakdown(stats, name)) == 9, name


def test_deadliest(report_store):
    stats = build_stats(report_store, Filters())
    assert [(i["id"], i["killed"]) for i in stats.deadliest] == [
        (10, 5),
        (4, 4),
        (2, 3),
        (9, 2),
        (1, 2),
        (7, 1),
        (6, 1),
    ]


def test_top_limits_rows_and_counts_the_rest(report_store):
    stats = build_stats(report_store, Filters(), top=2)
    admin1 = next(b for b in stats.breakdowns if b.name == "admin1")
    assert (len(admin1.rows), admin1.more) == (2, 2)
    assert len(next(b for b in stats.breakdowns if b.name == "attribution").rows) == 7  # six statuses, default apart
    assert [i["id"] for i in stats.deadliest] == [10, 4]


def test_filters_apply(report_store):
    stats = build_stats(report_store, Filters(countries=["TJ"], since="2025-01-01"))
    assert stats.totals.count == 5 and stats.description == "since 2025-01-01; country TJ"
    assert breakdown(stats, "country") == [("Tajikistan (TJ)", 5, "≥9", 1)]


def test_cli_json(report_db, run_json):
    data = run_json("stats", "--json")
    assert data["totals"]["count"] == 9 and data["totals"]["killed"] == 18 and data["totals"]["killed_high"] is None
    assert data["without_coordinates"] == 8 and data["without_death_toll"] == 1 and data["without_injured_count"] == 5
    assert data["first"]["event_date"] == "2023-06-10" and data["last"]["date"] == "2025-03-15"
    countries = data["breakdowns"]["country"]["rows"]
    assert [(r["key"], r["count"], r["killed"]) for r in countries] == [("TJ", 5, 9), ("AF", 4, 9)]
    assert data["breakdowns"]["admin1"]["rows"][2]["key"] is None  # not given: null, labelled "unknown"
    assert data["breakdowns"]["weapon"]["note"].startswith("An incident with several weapons")
    assert [i["id"] for i in data["deadliest"]] == [10, 4, 2, 9, 1, 7, 6]


def test_cli_markdown(report_db, run):
    md = run("stats", "--format", "md").stdout
    lines = md.splitlines()
    assert lines[0] == "# Incident statistics"
    assert "- **Incidents:** 9" in lines
    assert "- **Killed:** ≥18  (death toll unknown for 1 incident)" in lines
    assert "- **Without coordinates:** 8" in lines
    assert "## By country" in lines
    assert "| Tajikistan (TJ) | 5 | 56% | ≥9 | 1 |" in lines
    assert "## Deadliest incidents" in lines
    assert "| 10 | 2023-06-10 | Badakhshan, Afghanistan | Battles | 5 | claimed: Group A |" in lines


def test_cli_table(report_db, run):
    out = run("stats", "--format", "table", "--top", "3").stdout
    for text in ("Incident statistics", "By country", "By weapon", "Deadliest incidents", "C claimed: Group A"):
        assert text in out
    assert "… 1 more" in out  # admin1 has 4 values, 3 shown


def test_cli_example_article(example_db, run_json):
    data = run_json("stats", "--json")
    assert data["totals"]["count"] == 2 and data["totals"]["killed"] == 5
    assert [(r["label"], r["count"]) for r in data["breakdowns"]["victim_nationality"]["rows"]] == [("China (CN)", 2)]
    assert [(r["key"], r["count"]) for r in data["breakdowns"]["weapon"]["rows"]] == [
        ("drone", 1),
        ("firearms", 1),
        ("grenade", 1),
        ("unknown", 1),
    ]


def test_nothing_matches(report_db, run):
    result = run("stats", "--country", "KG", "--format", "table")
    assert result.stdout == "" and "No incidents match (country KG)." in result.stderr
    assert run("stats", "--country", "KG", "--json").stdout.startswith("{")


@pytest.mark.parametrize("args", [("--format", "csv"), ("--top", "0"), ("--json", "--md")])
def test_bad_options(report_db, run, args):
    run("stats", *args, expect=2)
