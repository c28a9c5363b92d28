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
