"""What a desk analyst's day found, each driven through the real CLI against a real database.

A toll typed as a range in words, an export whose file name says JSON, a tag typed in
another case: each failed (or wrote the wrong thing) before its fix.
"""

from __future__ import annotations

import json

import pytest

ADD = ["add", "--date", "2026-03-03", "--country", "PK", "--type", "battles", "--no-input"]


@pytest.mark.parametrize(
    ("typed", "low", "high"),
    [
        ("between 3 and 7", 3, 7),
        ("Between two and five", 2, 5),
        ("eight to eleven", 8, 11),
        ("2 or 3", 2, 3),
    ],
)
def test_a_range_in_words_is_stored_as_the_range(run_json, typed, low, high):
    record = run_json(*ADD, "--killed", typed, "--json")
    assert (record["killed"], record["killed_low"], record["killed_high"]) == (low, low, high)
    assert record["killed_text"] == typed


def test_a_range_in_words_the_wrong_way_round_is_refused_and_nothing_is_written(run):
    result = run(*ADD, "--injured", "between nine and four", expect=2)
    assert result.stderr == "Error: Injured range 'between nine and four' has low > high: write it as 4-9.\n"
    assert "No database at" in run("list", expect=1).stderr


def test_a_range_in_words_that_is_not_numbers_is_still_refused(run):
    result = run(*ADD, "--killed", "between some and many", expect=2)
    assert result.stderr.startswith("Error: Cannot read killed 'between some and many'")


@pytest.mark.parametrize(
    ("name", "first"),
    [("week.json", "["), ("week.jsonl", "{"), ("week.geojson", '{"type": "FeatureCollection"'), ("week.csv", "id,")],
)
def test_export_writes_the_format_its_file_name_asks_for(run, tmp_path, name, first):
    run(*ADD, "--lat", "30.9", "--lon", "66.4")
    target = tmp_path / name
    run("export", "-o", str(target))
    assert target.read_text().startswith(first)


def test_an_export_to_a_json_name_imports_back(run, tmp_path):
    run(*ADD, "--killed", "4-6", "--tag", "border")
    target = tmp_path / "handover.json"
    run("export", "-o", str(target))
    exported = json.loads(target.read_text())
    other = tmp_path / "colleague.db"
    result = run("--db", str(other), "import", str(target))
    assert "1 added" in result.stderr
    back = json.loads(run("--db", str(other), "list", "--json").stdout)
    assert [(r["uid"], r["killed_high"], r["tags"]) for r in back] == [
        (r["uid"], r["killed_high"], r["tags"]) for r in exported
    ]


def test_an_explicit_format_still_wins_over_the_file_name(run, tmp_path):
    run(*ADD)
    target = tmp_path / "odd.json"
    run("export", "-f", "csv", "-o", str(target))
    assert target.read_text().startswith("id,uid,")


def test_the_acled_layout_refuses_a_json_file_name_rather_than_write_csv_into_it(run, tmp_path):
    run(*ADD)
    target = tmp_path / "acled.json"
    result = run("export", "--layout", "acled", "-o", str(target), expect=2)
    assert result.stderr == (
        f"Error: The acled layout writes CSV only (ACLED's own format), and {target.name} names a json file: "
        "give the output file a .csv name.\n"
    )
    assert not target.exists()


def test_a_tag_filter_matches_in_any_case(run, run_json):
    run(*ADD, "--tag", "TTP")
    run(*ADD, "--tag", "ttp")
    run(*ADD, "--tag", "border")
    for typed in ("ttp", "TTP", "Ttp "):
        assert [r["id"] for r in run_json("list", "--tag", typed, "--json", "--sort", "id")] == [1, 2]
    assert "2 incidents" in run("stats", "--tag", "ttp").stdout


def test_since_help_tells_that_an_imprecise_date_counts_if_any_of_its_days_could_be(run, run_json):
    run("add", "--date", "2026", "--country", "PK", "--type", "battles", "--no-input")
    run(*ADD)
    window = run_json("list", "--since", "2026-03-06", "--until", "2026-03-06", "--json")
    assert [r["date_precision"] for r in window] == ["year"]
    assert "counts if any of its days could be" in " ".join(run("list", "--help").stdout.split())


def test_a_point_out_of_range_after_near_is_blamed_on_near_not_on_lat(run):
    run(*ADD)
    result = run("list", "--near", "95,70", "--within", "5", expect=2)
    assert result.stderr == "Error: --near: Latitude 95.0 is out of range: it must be between -90 and 90.\n"
