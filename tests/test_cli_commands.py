"""Each command, driven exactly as a user drives it, against a real database file."""

from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import copy_of_built

ADD = ["add", "--country", "TJ", "--type", "battles", "--no-input"]


def test_add_prints_id_on_stdout_and_a_summary_on_stderr(run):
    result = run(*ADD, "--date", "2025-11-24", "--place", "Khorugh")
    assert result.stdout == "1\n"
    assert "Added incident 1: 2025-11-24, Khorugh, Battles, killed ?, unattributed" in result.stderr
    assert "Located 'Khorugh' → Khorugh" in result.stderr


@pytest.mark.parametrize(
    ("typed", "start", "end", "precision"),
    [
        ("2025-11-24", "2025-11-24", None, "day"),
        ("24 Nov 2025", "2025-11-24", None, "day"),
        ("November 24, 2025", "2025-11-24", None, "day"),
        ("Nov 24th, 2025", "2025-11-24", None, "day"),
        ("2025-11", "2025-11-01", "2025-11-30", "month"),
        ("Nov 2025", "2025-11-01", "2025-11-30", "month"),
        ("February 2024", "2024-02-01", "2024-02-29", "month"),
        ("2025", "2025-01-01", "2025-12-31", "year"),
    ],
)
def test_add_date_forms(run, run_json, typed, start, end, precision):
    run(*ADD, "--date", typed)
    (record,) = run_json("list", "--json")
    assert (record["event_date"], record["event_date_end"], record["date_precision"]) == (start, end, precision)


def test_add_span_infers_precision_and_override(run, run_json):
    run(*ADD, "--date", "2025-11-24", "--end-date", "2025-11-26")
    run(*ADD, "--date", "2025-11-24", "--end-date", "2025-11-30")
    run(*ADD, "--date", "2025-11-24", "--date-precision", "week")  # a week given by its first day
    # A 3-day span is not a week (issue 15: a precision and its span always agree).
    run(*ADD, "--date", "2025-11-24", "--end-date", "2025-11-26", "--date-precision", "week", expect=2)
    records = run_json("list", "--json", "--sort", "id")
    assert [(r["event_date_end"], r["date_precision"]) for r in records] == [
        ("2025-11-26", "days"),
        ("2025-11-30", "week"),
        ("2025-11-30", "week"),
    ]


@pytest.mark.parametrize(
    ("typed", "best", "low", "high", "text"),
    [
        ("3", 3, None, None, None),
        ("0", 0, None, None, None),
        ("3-5", 3, 3, 5, None),
        ("3 to 5", 3, 3, 5, None),
        ("at least 3", 3, 3, None, "at least 3"),
        ("several", 3, 3, None, "several"),
        ("dozens", 12, 12, None, "dozens"),
        ("unknown", None, None, None, None),
    ],
)
def test_add_casualty_forms(run, run_json, typed, best, low, high, text):
    run(*ADD, "--date", "2025-11-24", "--killed", typed)
    (record,) = run_json("list", "--json")
    assert (record["killed"], record["killed_low"], record["killed_high"], record["killed_text"]) == (
        best,
        low,
        high,
        text,
    )
    assert record["injured"] is None  # not given: unknown, never 0


@pytest.mark.parametrize("typed", ["TJ", "tj", "TJK", "Tajikistan", "tajikistan"])
def test_add_country_forms(run, run_json, typed):
    run("add", "--date", "2025", "--type", "riots", "--country", typed, "--no-input")
    assert run_json("list", "--json")[0]["country"] == "TJ"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Battles", ("Battles", None)),
        ("battles", ("Battles", None)),
        ("explosions", ("Explosions/Remote violence", None)),
        ("VAC", ("Violence against civilians", None)),
        ("strategic developments", ("Strategic developments", None)),
    ],
)
def test_add_event_type_forms(run, run_json, typed, expected):
    run("add", "--date", "2025", "--country", "AF", "--type", typed, "--no-input")
    record = run_json("list", "--json")[0]
    assert (record["event_type"], record["sub_event_type"]) == expected


def test_sub_type_alone_implies_its_type(run, run_json):
    run("add", "--date", "2025", "--country", "AF", "--sub-type", "armed clash", "--no-input")
    record = run_json("list", "--json")[0]
    assert (record["event_type"], record["sub_event_type"]) == ("Battles", "Armed clash")


def test_add_with_coordinates_and_json_output(run):
    result = run(*ADD, "--date", "2025-11-24", "--lat", "37.49", "--lon", "71.55", "--json")
    record = json.loads(result.stdout)
    assert (record["latitude"], record["longitude"], record["geocoder"], record["geo_precision"]) == (
        37.49,
        71.55,
        "user",
        "exact",
    )


def test_add_several_sources_pairs_outlets_in_order(run, run_json):
    run(
        *ADD, "--date", "2025-11-24",
        "--source", "https://a.example/1", "--outlet", "Outlet A", "--published", "2025-11-25",
        "--source", "https://b.example/2", "--outlet", "Outlet B", "--published", "Nov 27, 2025",
    )  # fmt: skip
    sources = run_json("list", "--json")[0]["sources"]
    assert [(s["url"], s["outlet"], s["published"]) for s in sources] == [
        ("https://a.example/1", "Outlet A", "2025-11-25"),
        ("https://b.example/2", "Outlet B", "2025-11-27"),
    ]


def test_edit_keeps_history_with_reason(example_db, run, run_json):
    result = run("edit", "1", "--date", "2025-11-26", "--killed", "4", "--reason", "toll revised by second report")
    assert "killed: 3 → 4" in result.stderr
    record = run_json("show", "1", "--json")
    assert (record["event_date"], record["killed"]) == ("2025-11-26", 4)
    updates = [h for h in record["history"] if h["action"] == "update"]
    assert {(h["field"], h["old_value"], h["new_value"], h["reason"]) for h in updates} == {
        ("event_date", "2025-11-24", "2025-11-26", "toll revised by second report"),
        ("killed", "3", "4", "toll revised by second report"),
    }
    history = run_json("history", "1", "--json")
    assert [h["action"] for h in history] == ["create", "source", "link", "update", "update"]


def test_edit_range_then_clear(example_db, run, run_json):
    run("edit", "2", "--killed", "2-4", "--injured", "1")
    record = run_json("show", "2", "--json")
    assert (record["killed"], record["killed_low"], record["killed_high"], record["injured"]) == (2, 2, 4, 1)
    run("edit", "2", "--clear", "injured", "--reason", "retracted")
    assert run_json("show", "2", "--json")["injured"] is None


def test_edit_weapons_replaces_the_list(example_db, run, run_json):
    run("edit", "1", "--weapon", "drone", "--weapon", "explosives")
    assert run_json("show", "1", "--json")["weapons"] == ["drone", "explosives"]


def test_edit_same_value_changes_nothing(example_db, run, run_json):
    result = run("edit", "1", "--killed", "3")
    assert "nothing changed" in result.stderr
    assert [h["action"] for h in run_json("history", "1", "--json")] == ["create", "source", "link"]


def test_edit_checks_the_whole_record(example_db, run):
    run("edit", "1", "--killed", "3-5")
    result = run("edit", "1", "--killed", "9", expect=0)
    assert "killed: 3 → 9" in result.stderr  # a new best estimate replaces the range as a whole


def test_source_add_is_shown_and_logged(example_db, run, run_json):
    result = run(
        "source", "add", "1", "https://trt.example/report", "--outlet", "TRT World", "--published", "2025-11-27",
        "--note", "reports 26 Nov and 4 killed", "--source-original", "Tajik foreign ministry",
    )  # fmt: skip
    assert result.stdout == "4\n"  # source ids count across incidents; the example has three already
    record = run_json("show", "1", "--json")
    assert [s["outlet"] for s in record["sources"]] == ["Inter Bellum News", "Global Times", "TRT World"]
    assert record["sources"][2]["source_original"] == "Tajik foreign ministry"
    assert record["history"][-1]["action"] == "source"
    assert run_json("list", "--json", "--search", "26 Nov")[0]["id"] == 1  # source notes are searchable


def test_link_unlink(example_db, run, run_json):
    uid_1 = run_json("show", "1", "--json")["uid"]
    assert run_json("show", "2", "--json")["links"] == [{"id": 1, "uid": uid_1, "kind": "related"}]
    run("unlink", "1", "2")
    assert run_json("show", "2", "--json")["links"] == []
    run("link", "2", "1", "--kind", "duplicate_of")
    assert [(link["id"], link["kind"]) for link in run_json("show", "1", "--json")["links"]] == [(2, "duplicated_by")]


def test_delete_restore_keeps_the_record(example_db, run, run_json):
    run(*ADD, "--date", "2025-11-24", "--description", "same drone attack, reported twice")
    result = run("delete", "3", "--reason", "duplicate of 1", "--duplicate-of", "1")
    assert "Deleted incident 3" in result.stderr
    assert [r["id"] for r in run_json("list", "--json")] == [2, 1]
    deleted = run_json("list", "--json", "--deleted")
    assert [(r["id"], r["deleted_reason"]) for r in deleted] == [(3, "duplicate of 1")]
    assert (1, "duplicate_of") in [(link["id"], link["kind"]) for link in deleted[0]["links"]]
    assert run_json("show", "3", "--json")["deleted_at"] is not None
    restored = run("restore", "3", "--reason", "not a duplicate after all")
    # The link the delete made stays (a restore undoes the delete only), and the command says so.
    assert "still linked as a duplicate of incident 1" in restored.stderr and "unlink 3 1" in restored.stderr
    assert sorted(r["id"] for r in run_json("list", "--json")) == [1, 2, 3]
    assert [h["action"] for h in run_json("history", "3", "--json")][-2:] == ["delete", "restore"]
    run(*ADD, "--date", "2025")
    assert run_json("list", "--json", "--sort", "-id", "--limit", "1")[0]["id"] == 4  # ids are never reused
    run("delete", "4", "--reason", "test")
    assert "still linked" not in run("restore", "4").stderr  # no link, no note


@pytest.fixture
def varied_db(example_db, run):
    """The example database and two more incidents (built once a session, then copied)."""
    return copy_of_built("varied_db", example_db, lambda _: add_varied(run), on_top=True)


def add_varied(run):
    run(
        "add", "--date", "Oct 2025", "--country", "AF", "--admin1", "Badakhshan", "--type", "battles",
        "--sub-type", "armed clash", "--killed", "5-8", "--attribution", "claimed", "--perpetrator",
        "Jamaat Ansarullah", "--weapon", "firearms", "--target", "border_guards", "--tag", "border", "--no-input",
    )  # fmt: skip
    run(
        "add", "--date", "2024-06-02", "--country", "Kyrgyzstan", "--type", "protests", "--sub-type",
        "peaceful protest", "--killed", "0", "--attribution", "unattributed", "--no-input",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("args", "ids"),
    [
        ([], [2, 1, 3, 4]),
        (["--country", "TJ"], [2, 1]),
        (["--country", "TJ", "--country", "Afghanistan"], [2, 1, 3]),
        (["--admin1", "badakhshan"], [3]),
        (["--since", "2025-11-25"], [2]),
        (["--since", "2025-10-15", "--until", "2025-11-24"], [1, 3]),  # the month-precise event overlaps
        (["--until", "2024"], [4]),
        (["--type", "explosions"], [1]),
        (["--sub-type", "attack"], [2]),
        (["--attribution", "alleged", "--attribution", "claimed"], [1, 3]),
        (["--perpetrator", "ansar"], [3]),
        (["--weapon", "drone"], [1]),
        (["--target", "border guards"], [3]),
        (["--min-killed", "3"], [1, 3]),
        (["--min-killed", "0"], [2, 1, 3, 4]),
        (["--tag", "border"], [3]),
        (["--search", "drone"], [1]),
        (["--search", "30 November"], [2]),  # source notes are searched too
        (["--near", "37.49,71.55", "--within", "10"], []),
        (["--sort", "killed"], [4, 2, 1, 3]),
        (["--sort", "-killed"], [3, 1, 2, 4]),
        (["--sort", "id", "--limit", "2"], [1, 2]),
    ],
)
def test_list_filters(varied_db, run_json, args, ids):
    assert [r["id"] for r in run_json("list", "--json", *args)] == ids


def test_near_filter_uses_distance(run, run_json):
    run(*ADD, "--date", "2025-01-01", "--lat", "37.49", "--lon", "71.55")  # Khorugh
    run(*ADD, "--date", "2025-01-02", "--lat", "37.12", "--lon", "70.58")  # Fayzabad, ~95 km away
    assert [r["id"] for r in run_json("list", "--json", "--near", "37.49,71.55", "--within", "50")] == [1]
    assert [r["id"] for r in run_json("list", "--json", "--near", "37.49,71.55", "--within", "120")] == [2, 1]


def test_empty_results(example_db, run):
    assert run("list", "--json", "--country", "AF").stdout == "[]\n"
    assert run("list", "--format", "jsonl", "--country", "AF").stdout == ""
    result = run("list", "--format", "table", "--country", "AF")
    assert result.stdout == ""
    assert result.stderr == "No incidents match (country AF).\n"


def test_list_table_jsonl_csv(example_db, run):
    table = run("list", "--format", "table").stdout
    assert "Air/drone strike" in table and "alleged: from Badakhshan" in table and "unattributed" in table
    lines = run("list", "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [2, 1]
    rows = list(csv.DictReader(io.StringIO(run("list", "--csv", "--sort", "date").stdout)))
    assert rows[0]["weapons"] == "drone; grenade; firearms"
    assert rows[0]["injured"] == ""  # unknown stays empty, never 0
    assert [s["outlet"] for s in json.loads(rows[0]["sources"])] == ["Inter Bellum News", "Global Times"]
    assert rows[1]["killed"] == "2"


def test_show_text(example_db, run):
    out = run("show", "1").stdout
    for expected in (
        "Incident 1",
        "near the Esteqlol border crossing",
        "Explosions/Remote violence → Air/drone strike",
        "drone, grenade, firearms",
        "Badakhshan, Afghanistan",
        "Tajik authorities",
        "Inter Bellum News",
        "related → 2",
        "History",
    ):
        assert expected in out, expected


def test_export_to_file_and_stdout(example_db, run, tmp_path):
    target = tmp_path / "out.csv"
    result = run("export", "-o", str(target))
    assert result.stderr == f"Wrote 2 incidents to {target}.\n"
    rows = list(csv.DictReader(target.open()))
    assert [r["event_date"] for r in rows] == ["2025-11-24", "2025-11-30"]
    data = json.loads(run("export", "--format", "json", "--country", "TJ").stdout)
    assert len(data) == 2 and data[0]["sources"][0]["outlet"] == "Inter Bellum News"
    run("delete", "2", "--reason", "test")
    assert len(json.loads(run("export", "--format", "json", "--deleted").stdout)) == 1


def test_export_failure_leaves_no_partial_file(example_db, run, tmp_path):
    target = tmp_path / "missing-folder" / "out.csv"
    result = run("export", "-o", str(target), expect=2)
    assert "does not exist" in result.stderr and not target.exists()


def test_version_credits_geonames(run):
    out = run("--version").stdout
    assert out.startswith("tracker (incident-tracker) ")
    assert "GeoNames" in out and "CC BY 4.0" in out


def test_db_option_and_env(tmp_path, run, run_json, monkeypatch):
    other = tmp_path / "other.db"
    run("--db", str(other), *ADD, "--date", "2025")
    assert run_json("--db", str(other), "list", "--json")[0]["id"] == 1
    monkeypatch.setenv("TRACKER_DB", str(other))
    assert len(run_json("list", "--json")) == 1


def test_no_color_output_has_no_escape_codes(example_db, run):
    assert "\x1b[" not in run("list", "--format", "table").stdout
    assert "\x1b[" not in run("show", "1").stdout


@pytest.mark.parametrize(("value", "colourless"), [("1", True), ("", False)])
def test_no_color_counts_only_when_set_and_not_empty(monkeypatch, value, colourless):
    """no-color.org: NO_COLOR turns colour off "when present and not an empty string"; an empty one changes nothing
    (probe23's note: any NO_COLOR, even empty, turned it off)."""
    from incident_tracker.cli.render import console

    monkeypatch.setenv("NO_COLOR", value)
    assert console().no_color is colourless


def test_help_for_every_command(run):
    for command in (
        [], ["add"], ["edit"], ["list"], ["show"], ["history"], ["link"], ["unlink"],
        ["delete"], ["restore"], ["export"], ["source", "add"],
    ):  # fmt: skip
        assert "Usage: tracker" in run(*command, "--help").stdout


def test_edit_end_date_alone_infers_precision(example_db, run, run_json):
    run("edit", "1", "--end-date", "2025-11-26", "--reason", "another outlet says 26 Nov")
    record = run_json("show", "1", "--json")
    assert (record["event_date"], record["event_date_end"], record["date_precision"]) == (
        "2025-11-24",
        "2025-11-26",
        "days",
    )
    assert "2025-11-24 – 2025-11-26" in run("show", "1").stdout
    result = run("edit", "1", "--end-date", "2025-11-01", expect=2)
    assert "before the start date" in result.stderr


def test_long_spans_are_shown_as_spans_not_as_a_year(run, run_json):
    run(*ADD, "--date", "2025-11-24", "--end-date", "Dec 2025")
    record = run_json("list", "--json")[0]
    # Not a calendar year, so not 'year' (fixes12): a span of days, its precision 'days'.
    assert (record["event_date_end"], record["date_precision"]) == ("2025-12-31", "days")
    assert "2025-11-24 – 2025-12-31" in run("list", "--format", "table").stdout


def test_an_incident_cannot_be_its_own_duplicate(example_db, run):
    result = run("delete", "2", "--reason", "dup", "--duplicate-of", "2", expect=2)
    assert result.stderr == "Error: An incident cannot be a duplicate of itself.\n"
