"""What the third probe left (docs/reliability.md, "Probed again"), each fixed with a test here."""

from __future__ import annotations

from typing import Any

import pytest

ADD = ["add", "--date", "2025-11-24", "--country", "TJ", "--type", "battles", "--no-input"]


def test_show_lays_out_a_long_note_line_by_line(run: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Rich splits a segment holding many line breaks in time quadratic in its length; every
    value show prints reaches that splitter one line at a time (``LinearText``)."""
    from rich.segment import Segment

    lines = [f"Line {number} of a long pasted note." for number in range(1, 2001)]
    run(*ADD, "--notes", "\n".join(lines))
    most = 0
    original = Segment.split_and_crop_lines.__func__  # type: ignore[attr-defined]

    def counting(cls: Any, segments: Any, *args: Any, **kwargs: Any) -> Any:
        def counted() -> Any:
            nonlocal most
            for segment in segments:
                most = max(most, segment.text.count("\n"))
                yield segment

        return original(cls, counted(), *args, **kwargs)

    monkeypatch.setattr(Segment, "split_and_crop_lines", classmethod(counting))
    out = run("show", "1").stdout
    assert most <= 1
    assert "Line 1 of a long pasted note." in out and "Line 2000 of a long pasted note." in out
