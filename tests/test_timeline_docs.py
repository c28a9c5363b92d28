"""docs/reports.md shows real output of the report commands, and says so truthfully."""

from __future__ import annotations

from pathlib import Path

import pytest
from cogapp import Cog

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "reports.md"


@pytest.mark.slow
def test_report_examples_are_current(monkeypatch):
    """The examples are regenerated from the shipped incidents.db; stale output fails."""
    monkeypatch.chdir(ROOT)
    status = Cog().main(["cog", "--check", "docs/reports.md"])
    assert status == 0, "docs/reports.md is stale: run 'cog -r docs/reports.md'"


def test_each_report_has_an_example():
    text = DOC.read_text(encoding="utf-8")
    for command in ("$ tracker timeline\n", "$ tracker timeline --format md", "$ tracker stats"):
        assert command in text
    assert "date uncertain, 24–30 Nov 2025" in text
    image = ROOT / "docs" / "images" / "reports-chart.png"
    assert f"]({image.relative_to(DOC.parent)})" in text
    assert image.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
