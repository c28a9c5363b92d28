"""What probe18-22 did not reach (probe23): each failed against main's ``src`` before this branch
(docs/reliability.md, the seventh pass)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from typer.testing import Result

from conftest import add_a_battle

Run = Callable[..., Result]


@pytest.mark.parametrize("command", [["show", "1"], ["list"], ["stats"], ["timeline"]])
def test_columns_zero_is_read_as_unset(run: Run, monkeypatch: pytest.MonkeyPatch, command: list[str]) -> None:
    """``COLUMNS=0`` (set by some CI runners, and by ``docker exec`` without a terminal): Python reads it as unset,
    Rich took it for a width of 0, and these commands printed nothing at all, exit 0. Now 80 columns (no terminal)."""
    add_a_battle(run)
    monkeypatch.setenv("COLUMNS", "0")
    shown = run(*command).stdout
    assert "2025-11-24" in shown or "Tajikistan" in shown, shown
    assert max(len(line) for line in shown.splitlines()) <= 80
