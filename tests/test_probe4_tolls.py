"""A count above a million for one incident is refused by add, edit and import alike (probe4, item 3)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from typer.testing import Result


def test_add_refuses_a_toll_of_ten_billion_in_one_line(run: Callable[..., Result]) -> None:
    result = run(
        "add", "--date", "2024-05-02", "--country", "SY", "--type", "battles", "--killed", "10000000000", expect=2
    )
    assert "not a plausible count" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_million_itself_is_accepted(run: Callable[..., Result]) -> None:
    run("add", "--date", "2024-05-02", "--country", "SY", "--type", "battles", "--killed", "1000000")


def test_edit_refuses_an_injured_range_above_the_bound(run: Callable[..., Result]) -> None:
    run("add", "--date", "2024-05-02", "--country", "SY", "--type", "battles")
    result = run("edit", "1", "--injured", "at least 2000000", expect=2)
    assert "injured 2000000 is not a plausible count" in result.stderr


def test_import_refuses_a_high_bound_above_the_bound(run: Callable[..., Result], tmp_path: Path) -> None:
    table = tmp_path / "rows.csv"
    table.write_text("event_date,country,event_type,killed_high\n2024-05-02,SY,battles,3000000\n", encoding="utf-8")
    result = run("import", str(table), expect=2)
    assert "column killed_high" in result.stderr and "not a plausible count" in result.stderr
