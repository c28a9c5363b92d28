"""Follow-ups of a desk analyst's probe, each driven through the real CLI against a real database.

A check whose last line hid its warnings, duplicates paired across tolls far apart, an
edit whose error suggested the wrong fix, an event dated after its own source: each
misled (or said nothing) before its fix.
"""

from __future__ import annotations

import json

ADD = ["add", "--country", "TJ", "--type", "battles", "--no-input"]


def test_a_check_with_warnings_counts_them_in_its_closing_line(run):
    run(*ADD, "--date", "2026-02-10")
    run(*ADD, "--date", "2026-02-11")
    result = run("check")
    warnings = [line for line in result.stdout.splitlines() if line.startswith("warning")]
    assert len(warnings) == 2
    assert result.stderr.splitlines()[-1].endswith("; 2 warnings.")
    assert result.stderr.splitlines()[-1].startswith("No problems found in ")


def test_a_check_in_json_counts_its_warnings_too(run):
    run(*ADD, "--date", "2026-02-10")
    result = run("check", "--json")
    assert len(json.loads(result.stdout)["warnings"]) == 2
    assert result.stderr.endswith("; 2 warnings.\n")


def test_making_a_week_a_day_says_to_clear_the_stored_end_date(run):
    run(*ADD, "--date", "2026-02-02", "--date-precision", "week")
    result = run("edit", "1", "--date-precision", "day", expect=2)
    assert "clear end_date in the same edit" in result.stderr
    assert "2026-02-02 to 2026-02-08" in result.stderr
    run("edit", "1", "--date-precision", "day", "--clear", "end_date")


def test_an_event_after_its_sources_publication_is_stored_with_a_warning(run, run_json):
    result = run(*ADD, "--date", "2026-02-20", "--outlet", "Desk Wire", "--published", "14 Feb 2026")
    assert result.stderr.splitlines()[0] == (
        "Warning: the event date 2026-02-20 is after the publication date of source 1 (2026-02-14). "
        "Kept as given; check it."
    )
    assert run_json("show", "1", "--json")["event_date"] == "2026-02-20"


def test_a_source_published_the_same_month_as_its_event_raises_no_warning(run):
    result = run(*ADD, "--date", "2026-02-20", "--outlet", "Desk Wire", "--published", "Feb 2026")
    assert "Warning" not in result.stderr


def test_duplicates_help_says_what_tolls_far_apart_do(run):
    run(*ADD, "--date", "2026-02-10", "--killed", "5")
    run(*ADD, "--date", "2026-02-10", "--killed", "1")
    assert "5 and 1 killed" in run("duplicates").stdout  # paired: the toll only lowers the score
    help_text = " ".join(run("duplicates", "--help").stdout.split())
    assert "similar toll" not in help_text
    assert "lower a pair's score but do not rule it out" in help_text
