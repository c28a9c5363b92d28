"""Every value a user gives reaches SQLite as a bound parameter, never as SQL text.

The connection is the real one with a recording subclass in its place (the factory
``store.database._open`` uses): each statement's SQL text and parameters are kept as
the library hands them to SQLite. A hostile marker given as every filter and every
free-text field must appear among the parameters and never in the SQL text.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from incident_tracker.store import Filters, IncidentStore, database

MARKER = "ZQ9'); DROP TABLE incidents; --"


class Recorder:
    def __init__(self) -> None:
        self.statements: list[tuple[str, Any]] = []

    def check(self) -> None:
        assert self.statements, "nothing was recorded"
        texts = [sql for sql, _ in self.statements]
        assert not [sql for sql in texts if "ZQ9" in sql], "a value was pasted into SQL text"
        assert any("ZQ9" in json.dumps(params, default=str) for _, params in self.statements), (
            "the marker never reached SQLite: the test did not test anything"
        )


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    found = Recorder()

    class RecordingConnection(database.TrackerConnection):
        def execute(self, sql: str, parameters: Any = (), /) -> Any:  # type: ignore[override]
            found.statements.append((sql, parameters))
            return super().execute(sql, parameters)

        def executemany(self, sql: str, parameters: Any, /) -> Any:  # type: ignore[override]
            rows = list(parameters)
            found.statements.append((sql, rows))
            return super().executemany(sql, rows)

    monkeypatch.setattr(database, "TrackerConnection", RecordingConnection)
    return found


@pytest.mark.parametrize(
    "args",
    [
        ["list", "--admin1", MARKER, "--format", "json"],
        ["list", "--perpetrator", MARKER, "--format", "json"],
        ["list", "--tag", MARKER, "--format", "json"],
        ["list", "--search", MARKER, "--format", "json"],
        ["export", "--perpetrator", MARKER, "--tag", MARKER, "--format", "json"],
        ["timeline", "--search", MARKER, "--admin1", MARKER, "--format", "json"],
        ["stats", "--perpetrator", MARKER, "--json"],
    ],
    ids=lambda a: " ".join(a[:2]),
)
def test_cli_filters_are_bound_parameters(example_db, run, recorder, args):
    run(*args)
    recorder.check()


def test_cli_writes_are_bound_parameters(example_db, run, recorder):
    free_text = ["--victims", "--perpetrator", "--attributed-by", "--description", "--notes", "--tag", "--location"]
    args = ["add", "--date", "2025-12-01", "--country", "TJ", "--type", "battles", "--no-input"]
    for option in free_text:
        args += [option, MARKER]
    url = f"https://example.org/{MARKER.replace(' ', '%20')}"  # a URL has no spaces (issue 16)
    run(*args, "--source", url, "--outlet", MARKER, "--reason", MARKER)
    run("edit", "3", "--notes", MARKER + " again", "--reason", MARKER)
    run("source", "add", "3", "--outlet", MARKER, "--note", MARKER)
    run("delete", "3", "--reason", MARKER)
    recorder.check()


def test_library_filters_are_bound_parameters_even_unchecked(example_db, recorder):
    """The library takes Filters from Python callers that skip the CLI's checks."""
    from incident_tracker.report.stats import build_stats
    from incident_tracker.report.timeline import build_timeline

    store = IncidentStore.open(example_db)
    filters = Filters(
        since="2025-01-01",  # dates are ISO by then (timeline computes with them)
        until="2025-12-31",
        countries=[MARKER],
        admin1=[MARKER],
        event_type=MARKER,
        sub_event_type=MARKER,
        attributions=[MARKER],
        perpetrator=MARKER,
        weapon=MARKER,
        target_type=MARKER,
        tag=MARKER,
        search=MARKER,
    )
    assert list(store.query(filters)) == []
    assert store.count(filters) == 0
    build_timeline(store, filters, group="month", by=None, max_incidents=0)
    build_stats(store, filters, top=5)
    store.close()
    recorder.check()


def test_sort_keys_are_a_whitelist(example_db):
    from incident_tracker.errors import ValidationError

    store = IncidentStore.open(example_db)
    with pytest.raises(ValidationError, match="Unknown sort key"):
        store.query(Filters(), sort=MARKER)
    store.close()
