"""A report pasted without --published: read against its dateline's day, stored with no publication date.

Read against today, an old report's "on Sunday" fell in this week, and its event, months before
"publication", was cut as background with its toll; and the source was stored as published today,
a day no text gave. House reports, written for these tests.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from incident_tracker.extract.roles import reading_day

LEAD = "Gunmen attacked a police post in Bannu district on Sunday night, killing two policemen."


def _write(tmp_path, dateline: str):
    path = tmp_path / "report.txt"
    path.write_text(f"{dateline} {LEAD}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("dateline", "day"),
    [
        ("PESHAWAR, March 3:", "2026-03-03"),
        ("PESHAWAR, March 3, 2026 (Reuters) -", "2026-03-03"),
        ("Peshawar, Mar 3 (AFP) –", "2026-03-03"),
        ("PESHAWAR, Dec 30:", "2025-12-30"),  # a day after today is last year's
    ],
)
def test_the_dateline_day_anchors_a_report_without_a_publication_date(dateline, day):
    found, dateline_read = reading_day(f"{dateline} {LEAD}", dt.date(2026, 12, 5))
    assert (found.isoformat(), dateline_read is not None) == (day, True)


@pytest.mark.parametrize("text", [f"PESHAWAR: {LEAD}", LEAD, f"PESHAWAR, March 3, 2027: {LEAD}"])
def test_without_a_dated_dateline_today_anchors(text):
    assert reading_day(text, dt.date(2026, 12, 5)) == (dt.date(2026, 12, 5), None)


def test_extract_without_published_reads_the_dateline_day_and_keeps_the_toll(run, tmp_path):
    result = run("extract", str(_write(tmp_path, "PESHAWAR, March 3, 2026:")), "--json")
    (draft,) = json.loads(result.stdout)
    assert (draft["values"]["event_date"], draft["values"]["killed"]) == ("2026-03-01", 2)
    assert "read against the dateline's day (2026-03-03)" in result.stderr


def test_extract_without_a_dateline_says_it_reads_against_today(run, tmp_path):
    result = run("extract", str(_write(tmp_path, "PESHAWAR:")), "--json")
    assert f"read against today ({dt.date.today().isoformat()})" in result.stderr


def test_a_source_added_without_published_has_no_publication_date(run, run_json, tmp_path):
    path = _write(tmp_path, "PESHAWAR, March 3, 2026:")
    run("extract", str(path), "--outlet", "House Wire", "--add", "--yes")
    (source,) = run_json("show", "1", "--json")["sources"]
    assert (source["outlet"], source["published"]) == ("House Wire", None)


def test_a_given_published_date_is_stored_and_anchors(run, run_json, tmp_path):
    path = _write(tmp_path, "PESHAWAR, March 3, 2026:")
    result = run("extract", str(path), "--published", "2026-03-04", "--outlet", "House Wire", "--add", "--yes")
    assert "No --published" not in result.stderr
    record = run_json("show", "1", "--json")
    assert (record["event_date"], record["sources"][0]["published"]) == ("2026-03-01", "2026-03-04")


def test_an_empty_published_is_refused_and_nothing_is_stored(run, tmp_path):
    """An empty --published stored no date (never ''); since probe20 it is refused, as every empty value given
    explicitly is (a script's unset variable), and nothing is added."""
    path = _write(tmp_path, "PESHAWAR, March 3, 2026:")
    result = run("extract", str(path), "--published", "", "--outlet", "House Wire", "--add", "--yes", expect=2)
    assert result.stderr == "Error: --published was given an empty value: give one, or leave --published out.\n"
    assert not (tmp_path / "incidents.db").exists()
