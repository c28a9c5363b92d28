"""The default ``unattributed`` is findable and counted apart (issue 14, the codebook's "a
default must be visible as a default"): ``list`` selects it, ``stats`` (and the brief,
which reads the stats) keeps it apart from a stated ``unattributed``, ``check`` counts
it as a review item. House data: four made-up incidents at the Torkham crossing."""

from __future__ import annotations

import csv
import io
from typing import Any

from incident_tracker.store import IncidentStore
from incident_tracker.store.filters import Filters

ADD = ["add", "--date", "2025-11-24", "--type", "battles", "--country", "PK", "--place", "Torkham"]


def _four(run: Any) -> None:
    """#1 default (3 killed), #2 stated unattributed, #3 claimed, #4 default later settled
    as unattributed by an edit (so ``attribution_default`` is 0, not empty)."""
    run(*ADD, "--killed", "3")
    run(*ADD, "--attribution", "unattributed")
    run(*ADD, "--attribution", "claimed", "--killed", "1")
    run(*ADD)
    run("edit", "4", "--attribution", "unattributed", "--reason", "read the notice: no group named")


def _ids(run_json: Any, *args: str) -> list[int]:
    return sorted(r["id"] for r in run_json("list", *args, "--json"))


def test_list_finds_the_defaults_and_the_stated_unattributed(run, run_json):
    _four(run)
    assert _ids(run_json, "--default-attribution") == [1]
    assert _ids(run_json, "--attribution", "unattributed", "--stated-attribution") == [2, 4]
    assert _ids(run_json, "--stated-attribution") == [2, 3, 4]
    listed = run("list", "--default-attribution")
    assert "1 incident (default attribution, not yet read)." in listed.stderr


def test_the_stated_statuses_select_as_before(run, run_json):
    """Guard (passes on main too): --attribution keeps meaning the status, defaults included."""
    _four(run)
    assert _ids(run_json, "--attribution", "unattributed") == [1, 2, 4]
    assert _ids(run_json, "--attribution", "claimed") == [3]
    assert _ids(run_json) == [1, 2, 3, 4]


def test_export_filters_and_carries_the_column(run):
    _four(run)
    exported = run("export", "--format", "csv", "--default-attribution").stdout
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert [(r["id"], r["attribution"], r["attribution_default"]) for r in rows] == [("1", "unattributed", "true")]


def test_the_library_filter(tmp_path):
    store = IncidentStore.open(tmp_path / "lib.db")
    first = store.add({"event_date": "2025-11-24", "event_type": "Battles", "country": "TJ"})
    second = store.add({"event_date": "2025-11-24", "event_type": "Battles", "country": "TJ", "attribution": "alleged"})
    assert [r["id"] for r in store.query(Filters(attribution_default=True, countries=["TJ"]))] == [first]
    assert [r["id"] for r in store.query(Filters(attribution_default=False, countries=["TJ"]))] == [second]
    store.close()


def _attribution_rows(run_json: Any, *args: str) -> dict[str, dict[str, Any]]:
    stats = run_json("stats", "--by", "attribution", "--json", *args)
    return {row["key"]: row for row in stats["breakdowns"]["attribution"]["rows"]}


def test_stats_keeps_the_default_apart(run, run_json):
    _four(run)
    # Without a filter the summary tables answer; with one, a pass over the incidents: both agree.
    for args in ((), ("--country", "PK")):
        rows = _attribution_rows(run_json, *args)
        assert list(rows) == [
            "unattributed", "unattributed (default)", "alleged", "suspected", "claimed", "confirmed", "disputed"
        ]  # fmt: skip
        assert (rows["unattributed"]["count"], rows["unattributed"]["killed"]) == (2, None)
        assert (rows["unattributed (default)"]["count"], rows["unattributed (default)"]["killed"]) == (1, 3)
        assert rows["claimed"]["count"] == 1
    totals = run_json("stats", "--json")["totals"]
    assert (totals["count"], totals["killed"], totals["attribution"]["unattributed"]) == (4, 4, 3)
    table = run("stats", "--by", "attribution").stdout
    assert "unattributed (default)" in table


def test_stats_without_a_default_shows_an_empty_row(run, run_json):
    run(*ADD, "--attribution", "unattributed")
    rows = _attribution_rows(run_json)
    assert (rows["unattributed"]["count"], rows["unattributed (default)"]["count"]) == (1, 0)


def test_check_counts_the_defaults_as_a_review_item(run, run_json):
    _four(run)
    warnings = run_json("check", "--json")["warnings"]
    found = [w["message"] for w in warnings if w["check"] == "attribution"]
    assert len(found) == 1 and found[0].startswith(
        "1 incident(s) keep the default 'unattributed', not yet read (ids 1)"
    )
    run("edit", "1", "--attribution", "suspected", "--reason", "a source names a suspect")
    assert not [w for w in run_json("check", "--json")["warnings"] if w["check"] == "attribution"]


def test_timeline_lists_the_default_as_a_default(run, run_json):
    _four(run)
    incidents = {i["id"]: i for p in run_json("timeline", "--json")["periods"] for i in p["incidents"]}
    assert [incidents[n]["attribution_default"] for n in (1, 2, 3, 4)] == [True, None, None, False]
    shown = run("timeline", "--default-attribution").stdout
    assert "unattributed (default)" in shown and "#2 " not in shown
