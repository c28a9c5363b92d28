"""``tracker timeline``: the numbers in every grouping, imprecise dates, lanes, formats.

The test database (``test_timeline_fixtures.py``) mixes day, span, month and year
precision, unknown tolls, ranges, an open-ended figure and a deleted incident; the
expected figures below are worked out by hand from its table.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

import test_timeline_fixtures as fixtures
from incident_tracker.report import build_timeline
from incident_tracker.report.markdown import cell
from incident_tracker.store import Filters

report_db = fixtures.report_db
report_store = fixtures.report_store

SINCE_2025 = Filters(since="2025-01-01")


def rows(timeline):
    """(label, count, killed toll, incidents with no toll) per row, in order."""
    return [(p.label, p.figures.count, p.figures.toll("killed"), p.figures.unknown("killed")) for p in timeline.periods]


def check_totals_add_up(timeline):
    """Every incident is counted in exactly one row; the rows add up to the totals."""
    for name in ("count", "killed_known", "killed_sum", "killed_low_gap", "injured_known", "injured_sum"):
        assert sum(getattr(p.figures, name) for p in timeline.periods) == getattr(timeline.totals, name), name
    for period in timeline.periods:
        assert sum(period.figures.attribution.values()) == period.figures.count


# --- the numbers, grouping by grouping --------------------------------------------


def test_month(report_store):
    timeline = build_timeline(report_store, SINCE_2025, group="month")
    assert rows(timeline) == [
        ("Jan 2025", 5, "≥10", 1),
        ("Feb 2025", 0, "0", 0),
        ("Mar 2025", 1, "0", 0),
        ("date uncertain, Q1 2025", 1, "2", 0),  # 28 Feb – 2 Mar crosses months
        ("date uncertain, 2025", 1, "1", 0),  # known only to the year
    ]
    january = timeline.periods[0].figures
    assert (january.killed, january.low("killed"), january.high("killed")) == (10, 10, None)  # "at least 4" is open
    assert (january.injured, january.unknown("injured")) == (1, 3)
    assert january.attribution == {"unattributed": 2, "alleged": 1, "suspected": 1, "claimed": 1}
    assert [i["id"] for i in timeline.periods[0].incidents] == [1, 2, 4, 7, 3]  # by last possible day
    assert timeline.periods[1].incidents == [] and timeline.periods[1].figures.count == 0
    totals = timeline.totals
    assert (totals.count, totals.killed, totals.unknown("killed"), totals.injured, totals.unknown("injured")) == (
        8,
        13,
        1,
        6,
        4,
    )
    check_totals_add_up(timeline)


def test_week(report_store):
    timeline = build_timeline(report_store, SINCE_2025, group="week")
    assert rows(timeline) == [
        ("30 Dec 2024 – 5 Jan 2025", 0, "0", 0),  # --since 2025-01-01 falls in this week
        ("6–12 Jan 2025", 2, "5 (5–7)", 0),
        ("13–19 Jan 2025", 0, "0", 0),
        ("20–26 Jan 2025", 2, "≥5", 0),  # the 20–22 Jan span fits in this week
        ("27 Jan – 2 Feb 2025", 0, "0", 0),
        ("date uncertain, Jan 2025", 1, "?", 1),  # after the week holding 31 Jan
        ("3–9 Feb 2025", 0, "0", 0),
        ("10–16 Feb 2025", 0, "0", 0),
        ("17–23 Feb 2025", 0, "0", 0),
        ("24 Feb – 2 Mar 2025", 1, "2", 0),  # 28 Feb – 2 Mar, Friday to Sunday
        ("3–9 Mar 2025", 0, "0", 0),
        ("10–16 Mar 2025", 1, "0", 0),
        ("date uncertain, 2025", 1, "1", 0),
    ]
    check_totals_add_up(timeline)


def test_day(report_store):
    timeline = build_timeline(report_store, SINCE_2025, group="day")
    assert len(timeline.regular) == 31 + 28 + 15  # 1 Jan to 15 Mar, empty days included
    busy = [r for r in rows(timeline) if r[1]]
    assert busy == [
        ("2025-01-06 Mon", 1, "2", 0),
        ("2025-01-08 Wed", 1, "3 (3–5)", 0),
        ("2025-01-20 Mon", 1, "≥4", 0),
        ("date uncertain, 20–26 Jan 2025", 1, "1", 0),
        ("date uncertain, Jan 2025", 1, "?", 1),
        ("date uncertain, 24 Feb – 2 Mar 2025", 1, "2", 0),
        ("2025-03-15 Sat", 1, "0", 0),
        ("date uncertain, 2025", 1, "1", 0),
    ]
    labels = [p.label for p in timeline.periods]
    # Never on a made-up day: each uncertain row comes right after its last possible day.
    assert labels.index("date uncertain, 20–26 Jan 2025") == labels.index("2025-01-26 Sun") + 1
    assert labels.index("date uncertain, Jan 2025") == labels.index("2025-01-31 Fri") + 1
    assert labels.index("date uncertain, 24 Feb – 2 Mar 2025") == labels.index("2025-03-02 Sun") + 1
    assert labels[-1] == "date uncertain, 2025"
    month_row = timeline.periods[labels.index("date uncertain, Jan 2025")]
    assert [i["date"] for i in month_row.incidents] == ["Jan 2025"]
    span_row = timeline.periods[labels.index("date uncertain, 20–26 Jan 2025")]
    assert [i["date"] for i in span_row.incidents] == ["2025-01-20 – 2025-01-22"]
    check_totals_add_up(timeline)


def test_quarter_over_everything(report_store):
    timeline = build_timeline(report_store, Filters(), group="quarter")
    assert rows(timeline) == [
        ("Q2 2023", 1, "5", 0),
        ("Q3 2023", 0, "0", 0),
        ("Q4 2023", 0, "0", 0),
        ("Q1 2024", 0, "0", 0),
        ("Q2 2024", 0, "0", 0),
        ("Q3 2024", 0, "0", 0),
        ("Q4 2024", 0, "0", 0),
        ("Q1 2025", 7, "≥12", 1),
        ("date uncertain, 2025", 1, "1", 0),
    ]
    assert (timeline.totals.count, timeline.totals.killed) == (9, 18)  # the deleted 100 never counts
    check_totals_add_up(timeline)


def test_year(report_store):
    timeline = build_timeline(report_store, Filters(), group="year")
    assert rows(timeline) == [("2023", 1, "5", 0), ("2024", 0, "0", 0), ("2025", 8, "≥13", 1)]
    assert not timeline.uncertain
    check_totals_add_up(timeline)


@pytest.mark.parametrize("group", ["day", "week", "month", "quarter", "year"])
@pytest.mark.parametrize(
    "filters",
    [Filters(), SINCE_2025, Filters(countries=["TJ"]), Filters(until="2025-01-31"), Filters(attributions=["alleged"])],
    ids=["all", "since", "country", "until", "attribution"],
)
def test_every_grouping_counts_every_incident_once(report_store, group, filters):
    timeline = build_timeline(report_store, filters, group=group, max_incidents=None)
    assert timeline.totals.count == report_store.count(filters)
    assert sum(len(p.incidents) for p in timeline.periods) == timeline.totals.count
    check_totals_add_up(timeline)
    for period in timeline.periods:
        assert len(period.incidents) == period.figures.count
        for incident in period.incidents:
            last = incident["event_date_end"] or incident["event_date"]
            assert period.start.isoformat() <= incident["event_date"] and last <= period.end.isoformat()


# --- the automatic grouping ---------------------------------------------------------


def test_auto_group_from_the_span(report_store):
    assert build_timeline(report_store, Filters()).group == "month"  # Jun 2023 to Mar 2025
    assert build_timeline(report_store, SINCE_2025).group == "week"  # 1 Jan to 15 Mar
    three_weeks = Filters(countries=["TJ"], since="2025-01-06", until="2025-01-25")
    timeline = build_timeline(report_store, three_weeks)
    assert timeline.group == "day" and timeline.auto_group
    assert [p.label for p in timeline.uncertain] == ["date uncertain, 20–26 Jan 2025", "date uncertain, Jan 2025"]


def test_auto_group_coarsens_when_most_dates_are_vague(report_store):
    # 1–20 Jan would be a day view, but 2 of 3 of these are dated to the month or the year.
    vague = Filters(attributions=["unattributed", "disputed"])
    timeline = build_timeline(report_store, vague)
    assert timeline.group == "month"
    assert rows(timeline) == [("Jan 2025", 2, "1", 1), ("date uncertain, 2025", 1, "1", 0)]


# --- lanes --------------------------------------------------------------------------


def test_lanes_by_country(report_store):
    timeline = build_timeline(report_store, SINCE_2025, group="month", by="country")
    assert [(lane.key, lane.label) for lane in timeline.lanes] == [
        ("TJ", "Tajikistan (TJ)"),
        ("AF", "Afghanistan (AF)"),
    ]
    january = timeline.periods[0]
    assert january.lanes["TJ"].count == 4 and january.lanes["TJ"].toll("killed") == "≥7"
    assert january.lanes["AF"].count == 1 and january.lanes["AF"].toll("killed") == "3 (3–5)"
    assert {i["lane"] for i in january.incidents} == {"TJ", "AF"}
    for period in timeline.periods:
        assert sum(f.count for f in period.lanes.values()) == period.figures.count
        assert sum(f.killed_sum for f in period.lanes.values()) == period.figures.killed_sum


def test_lanes_past_the_limit_fold_into_other(report_store):
    timeline = build_timeline(report_store, SINCE_2025, group="year", by="perpetrator", max_lanes=2)
    assert [(lane.key, lane.label) for lane in timeline.lanes] == [(None, "none named"), ("(other)", "other")]
    year = timeline.periods[0]
    assert year.lanes[None].count == 4 and year.lanes["(other)"].count == 4  # Group A 2 + Group B 2
    assert {i["lane"] for i in year.incidents} == {None, "(other)"}


def test_attribution_lanes_follow_the_codebook_order(report_store):
    timeline = build_timeline(report_store, Filters(), group="year", by="attribution")
    assert [lane.key for lane in timeline.lanes] == [
        "unattributed",
        "alleged",
        "suspected",
        "claimed",
        "confirmed",
        "disputed",
    ]


# --- listing incidents --------------------------------------------------------------


def test_max_incidents_keeps_the_most_recent_and_says_so(report_store):
    timeline = build_timeline(report_store, SINCE_2025, group="month", max_incidents=3)
    assert timeline.listed == 3
    listed = {p.label: [i["id"] for i in p.incidents] for p in timeline.periods}
    assert listed == {
        "Jan 2025": [7],
        "Feb 2025": [],
        "Mar 2025": [5],
        "date uncertain, Q1 2025": [9],
        "date uncertain, 2025": [],
    }
    assert timeline.periods[0].omitted == 4
    assert timeline.totals.count == 8  # the figures still count everything


def test_cli_cap_note(report_db, run):
    out = run("timeline", "--since", "2025-01-01", "--group", "month", "--max-incidents", "3", "--format", "table")
    assert "Listed the 3 most recent incidents of 8" in out.stdout
    assert "… 4 earlier incidents not listed" in out.stdout
    none = run("timeline", "--since", "2025-01-01", "--max-incidents", "0", "--json").stdout
    data = json.loads(none)
    assert data["incidents_listed"] == 0 and all(p["incidents"] == [] for p in data["periods"])
    assert data["totals"]["count"] == 8


# --- the example article ------------------------------------------------------------


def test_example_article_timeline(example_db, run):
    out = run("timeline", "--format", "table").stdout
    assert "Incidents by day, 24–30 Nov 2025" in out
    assert "2 incidents: 5 killed; number injured unknown for both." in out  # issue 16: no "unknown for 0"
    first = out.index("#1 Air/drone strike · Shamsiddin Shohin District, Khatlon, Tajikistan · 3 killed")
    second = out.index("#2 Attack · Tajikistan · 2 killed")
    assert first < second
    assert "A alleged: from Badakhshan" in out[first:second]
    assert "U unattributed" in out[second:]
    assert "… 5 quiet days, 25–29 Nov 2025 …" in out  # the gap, in one line
    assert "Attribution: U unattributed · A alleged" in out


def test_example_article_json(example_db, run_json):
    data = run_json("timeline", "--json")
    assert data["group"] == "day" and data["group_chosen_automatically"] is True
    assert [p["start"] for p in data["periods"]] == [f"2025-11-{d}" for d in range(24, 31)]
    assert [p["count"] for p in data["periods"]] == [1, 0, 0, 0, 0, 0, 1]
    assert sum(p["killed"] for p in data["periods"]) == data["totals"]["killed"] == 5
    assert data["totals"]["injured"] is None and data["totals"]["injured_unknown"] == 2
    incidents = [i for p in data["periods"] for i in p["incidents"]]
    assert [(i["id"], i["killed"], i["attribution"]) for i in incidents] == [(1, 3, "alleged"), (2, 2, "unattributed")]
    assert incidents[0]["origin_place"] == "Badakhshan" and incidents[0]["date"] == "2025-11-24"


def test_piped_default_is_the_table_and_json_is_asked_for(example_db, run):
    """Issue 16: the format never depends on whether stdout is a terminal."""
    assert "2025-11-24" in run("timeline").stdout
    data = json.loads(run("timeline", "--json").stdout)
    assert data["totals"]["count"] == 2


# --- formats ------------------------------------------------------------------------


def test_markdown_brief(report_db, run):
    md = run("timeline", "--since", "2025-01-01", "--group", "month", "--format", "md").stdout
    lines = md.splitlines()
    assert lines[0] == "# Incidents by month, Jan – Mar 2025"
    assert "*Filter: since 2025-01-01. Grouped by month (as asked).*" in lines
    assert "**8 incidents: ≥13 killed (death toll unknown for 1); 6 injured (number injured unknown for 4).**" in lines
    assert "| Period | Incidents | Killed | Injured | No toll | Attribution |" in lines
    assert "| Jan 2025 | 5 | ≥10 | 1 | 1 | unattributed 2, alleged 1, suspected 1, claimed 1 |" in lines
    assert "| Feb 2025 | 0 | 0 | 0 | 0 |  |" in lines
    assert "| *date uncertain, Q1 2025* | 1 | 2 | 3 | 0 | alleged 1 |" in lines
    assert any(line.startswith("| **Total** | **8** | **≥13** | **6** | **1** |") for line in lines)
    headings = [line for line in lines if line.startswith("## ")]
    assert headings == [
        "## Jan 2025: 5 incidents, ≥10 killed",
        "## Mar 2025: 1 incident, 0 killed",
        "## date uncertain, Q1 2025: 1 incident, 2 killed",
        "## date uncertain, 2025: 1 incident, 1 killed",
    ]
    assert "| Jan 2025 | Gorno-Badakhshan, Tajikistan | Attack | ? | ? | unattributed | 3 |" in lines
    assert "| 2025-01-20 | Khatlon, Tajikistan | Battles | ≥4 | 0 | suspected: Group B | 4 |" in lines


def test_markdown_with_lanes(report_db, run):
    md = run("timeline", "--since", "2025-01-01", "--group", "month", "--by", "country", "--md").stdout
    lines = md.splitlines()
    assert "| Period | Country | Incidents | Killed | Injured | No toll | Attribution |" in lines
    assert "| Jan 2025 | all | 5 | ≥10 | 1 | 1 | unattributed 2, alleged 1, suspected 1, claimed 1 |" in lines
    assert "|  | Tajikistan (TJ) | 4 | ≥7 | 1 | 1 | unattributed 2, suspected 1, claimed 1 |" in lines
    assert "|  | Afghanistan (AF) | 1 | 3 (3–5) | ? | 0 | alleged 1 |" in lines


def test_markdown_cells_are_escaped():
    assert cell("a | b\nc") == "a \\| b c"


def test_json_structure(report_db, run_json):
    data = run_json("timeline", "--since", "2025-01-01", "--group", "week", "--format", "json")
    assert data["group"] == "week" and data["by"] is None and data["group_chosen_automatically"] is False
    assert (data["start"], data["end"]) == ("2024-12-30", "2025-03-16")
    assert len(data["periods"]) == 13
    uncertain = [p for p in data["periods"] if p["date_uncertain"]]
    assert [(p["label"], p["start"], p["end"]) for p in uncertain] == [
        ("date uncertain, Jan 2025", "2025-01-01", "2025-01-31"),
        ("date uncertain, 2025", "2025-01-01", "2025-12-31"),
    ]
    jan_6 = data["periods"][1]
    assert (jan_6["killed"], jan_6["killed_low"], jan_6["killed_high"], jan_6["killed_unknown"]) == (5, 5, 7, 0)
    assert (jan_6["injured"], jan_6["injured_unknown"]) == (1, 1)
    assert jan_6["attribution"]["claimed"] == 1 and jan_6["attribution"]["alleged"] == 1
    jan_20 = data["periods"][3]
    assert (jan_20["killed"], jan_20["killed_high"]) == (5, None)  # open-ended: no upper bound
    assert [i["id"] for i in jan_20["incidents"]] == [4, 7]
    empty = data["periods"][0]
    assert (empty["count"], empty["killed"], empty["incidents"]) == (0, 0, [])
    assert data["totals"]["count"] == sum(p["count"] for p in data["periods"]) == 8


def test_csv_one_row_per_period(report_db, run):
    text = run("timeline", "--since", "2025-01-01", "--group", "month", "--csv").stdout
    table = list(csv.DictReader(io.StringIO(text)))
    assert [r["period"] for r in table] == [
        "Jan 2025",
        "Feb 2025",
        "Mar 2025",
        "date uncertain, Q1 2025",
        "date uncertain, 2025",
    ]
    jan = table[0]
    assert (jan["period_start"], jan["period_end"], jan["date_uncertain"]) == ("2025-01-01", "2025-01-31", "false")
    assert (jan["count"], jan["killed"], jan["killed_low"], jan["killed_high"], jan["killed_unknown"]) == (
        "5",
        "10",
        "10",
        "",
        "1",
    )
    assert jan["attribution_unattributed"] == "2" and jan["lane"] == ""
    assert table[3]["date_uncertain"] == "true"
    assert sum(int(r["count"]) for r in table) == 8


def test_csv_one_row_per_period_and_lane(report_db, run):
    text = run("timeline", "--since", "2025-01-01", "--group", "month", "--by", "country", "--format", "csv").stdout
    table = list(csv.DictReader(io.StringIO(text)))
    assert len(table) == 5 * 2  # every lane in every period, zeros included
    assert [(r["period"], r["lane"], r["count"]) for r in table[:4]] == [
        ("Jan 2025", "TJ", "4"),
        ("Jan 2025", "AF", "1"),
        ("Feb 2025", "TJ", "0"),
        ("Feb 2025", "AF", "0"),
    ]
    assert sum(int(r["count"]) for r in table) == 8


def test_table_output_with_lanes_and_uncertain_rows(report_db, run):
    out = run("timeline", "--since", "2025-01-01", "--group", "day", "--by", "country", "-f", "table").stdout
    assert "date uncertain, Jan 2025" in out
    assert "  ▸ Tajikistan (TJ)" in out
    assert "Jan 2025  #3 Attack · Gorno-Badakhshan, Tajikistan · ? killed, ? injured · U unattributed" in out
    assert "'date uncertain' rows hold incidents whose possible dates span more than one day" in out
    assert "\x1b[" not in out  # NO_COLOR: markers, not colours, carry the attribution


# --- empty results and errors -------------------------------------------------------


def test_nothing_matches(report_db, run):
    result = run("timeline", "--country", "KG", "--format", "table")
    assert result.stdout == "" and "No incidents match (country KG)." in result.stderr
    data = json.loads(run("timeline", "--country", "KG", "--json").stdout)
    assert data["periods"] == [] and data["totals"]["count"] == 0


def test_an_empty_window_still_shows_its_periods(report_db, run_json):
    data = run_json("timeline", "--since", "2024-01-01", "--until", "2024-06-30", "--group", "month", "--json")
    assert [p["label"] for p in data["periods"]] == [
        "Jan 2024",
        "Feb 2024",
        "Mar 2024",
        "Apr 2024",
        "May 2024",
        "Jun 2024",
    ]
    assert all(p["count"] == 0 for p in data["periods"])


def test_deleted_incidents_only_with_deleted(report_db, run_json):
    data = run_json("timeline", "--deleted", "--json")
    assert [i["id"] for p in data["periods"] for i in p["incidents"]] == [8]
    assert data["totals"]["killed"] == 100


@pytest.mark.parametrize(
    "args",
    [
        ("--group", "fortnight"),
        ("--by", "weapon"),
        ("--max-incidents", "-1"),
        ("--json", "--csv"),
        ("--format", "md", "--json"),
        ("--format", "xml"),
    ],
)
def test_bad_options_are_usage_errors(report_db, run, args):
    result = run("timeline", *args, expect=2)
    assert "Traceback" not in result.stderr


def test_no_database_is_a_clear_error(run, tmp_path):
    result = run("--db", str(tmp_path / "missing.db"), "timeline", expect=1)
    assert result.stderr.startswith("Error: No database at") and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "missing.db").exists()


def test_narrow_terminal_keeps_period_lines_on_one_line(report_db, run, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    out = run("timeline", "--since", "2025-01-01", "--group", "day", "-f", "table").stdout
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 80
    day = next(line for line in lines if line.startswith("2025-01-06 Mon"))
    assert day.split()[-1] == "C1" and " 1 " in day  # bar, count, figures and mix still on one line
