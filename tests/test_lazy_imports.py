"""The everyday commands do not pay for libraries they do not use.

Each command runs as a fresh process (``python -X importtime -m incident_tracker``), as a
user runs it, and the modules it imported are read from the import-time report:
``tracker --help`` and ``tracker list`` must not import geopy, the gazetteer or its
fuzzy matching (rapidfuzz), sqlite-utils (only a pending migration needs it),
matplotlib, or what only ``map`` and ``brief`` use (their report modules, zoneinfo);
``--help`` and ``list --json`` not even Rich.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from incident_tracker.store import IncidentStore

HEAVY = (
    "geopy",
    "rapidfuzz",
    "sqlite_utils",
    "matplotlib",
    "numpy",
    "pandas",
    "pydantic",
    "dateparser",
    "incident_tracker.geo.gazetteer",
    "incident_tracker.geo.places",
    "incident_tracker.geo.chain",
    "incident_tracker.geo.online",
    "incident_tracker.report.chart",
    # tracker map / tracker brief only: the country outlines and everything that draws or writes them.
    "countryinfo",
    "incident_tracker.outlines",
    "incident_tracker.report.basemap",
    "incident_tracker.report.geomap",
    "incident_tracker.report.mapweb",
    "incident_tracker.report.brief",
    "incident_tracker.report.brief_render",
    "zoneinfo",
)


def imported(*args: str) -> set[str]:
    """Every module a fresh ``tracker`` process imports to run ``args``."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "incident_tracker", *args],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = [line for line in result.stderr.splitlines() if line.startswith("import time:")]
    assert lines, "no -X importtime report"
    return {line.rsplit("|", 1)[1].strip() for line in lines}


def loaded(modules: set[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


@pytest.fixture
def migrated_db(db_path: Path) -> Path:
    """An up-to-date database with one incident: nothing is pending, nothing to migrate."""
    store = IncidentStore.open(db_path)
    store.add({"event_date": "2025-11-24", "event_type": "Battles", "country": "TJ", "description": "clash"})
    store.close()
    return db_path


@pytest.mark.parametrize(
    "args",
    [
        ("--help",),
        ("list", "--limit", "20", "--json"),
        ("list", "--limit", "20", "--format", "table"),
        ("list", "--country", "Tajikistan", "--since", "Nov 2025", "--search", "clash", "--csv"),
    ],
    ids=["help", "list-json", "list-table", "list-filtered"],
)
def test_everyday_commands_import_nothing_heavy(migrated_db: Path, args: tuple[str, ...]) -> None:
    modules = imported("--db", str(migrated_db), *args)
    assert "incident_tracker.cli" in modules  # the report is real: our own modules are in it
    heavy = [name for name in HEAVY if loaded(modules, name)]
    assert not heavy, f"tracker {' '.join(args)} imported {heavy}"
    if "table" not in args:
        assert not loaded(modules, "rich"), f"tracker {' '.join(args)} imported Rich without drawing anything"


def test_the_check_sees_a_heavy_import(migrated_db: Path) -> None:
    """The test can fail: the report does show what a command loads beyond the list's needs,
    and each of our own modules it looks for exists under that name (a renamed one would
    never be found loaded, and the check would pass whatever the commands import).

    One command shows the first (``places list`` loads the gazetteer's places); ``chart``,
    ``map`` and ``brief`` showed it too, at ~2 s of CPU each for drawing what nobody looks at.
    """
    import importlib.util

    modules = imported("--db", str(migrated_db), "places", "list", "--json")
    assert loaded(modules, "incident_tracker.geo.places")
    ours = [name for name in HEAVY if name.startswith("incident_tracker.")]
    assert len(ours) >= 10
    missing = [name for name in ours if importlib.util.find_spec(name) is None]
    assert not missing, f"HEAVY names modules that do not exist: {missing}"
