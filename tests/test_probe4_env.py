"""One rule for every TRACKER_* variable (probe4, item 6): empty is not set; spaces only are refused."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from incident_tracker.config import ENVIRONMENT_VARIABLES, ConfigError, value

SOURCE = Path(__file__).resolve().parent.parent / "src" / "incident_tracker"


@pytest.mark.parametrize("name", ["TRACKER_CACHE_DIR", "TRACKER_GEONAMES_URL", "TRACKER_BUSY_TIMEOUT", "TRACKER_TZ"])
def test_a_variable_of_spaces_only_is_refused_in_one_line(
    run: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.setenv(name, "  ")
    result = run("list", expect=2)
    assert result.stderr.startswith(f"Error: {name} is empty (only spaces)") and result.stderr.count("\n") == 1


def test_an_empty_variable_is_not_set(run: Callable[..., Result], monkeypatch: pytest.MonkeyPatch) -> None:
    run("add", "--date", "2024-01-15", "--country", "IQ", "--type", "riots")
    for name in ("TRACKER_CACHE_DIR", "TRACKER_GEONAMES_URL", "TRACKER_BUSY_TIMEOUT", "TRACKER_FORMAT"):
        monkeypatch.setenv(name, "")
    assert run("list", "--json").stdout.count('"id"') == 1


def test_the_library_settings_refuse_spaces_only_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_FORMAT", " ")
    with pytest.raises(ConfigError, match=r"^TRACKER_FORMAT is empty"):
        value("format")


def test_every_variable_the_code_reads_is_under_the_rule() -> None:
    named = {
        match
        for path in SOURCE.rglob("*.py")
        for match in re.findall(r"\"(TRACKER_[A-Z_]+)\"", path.read_text(encoding="utf-8"))
    }
    assert named <= set(ENVIRONMENT_VARIABLES), named - set(ENVIRONMENT_VARIABLES)
