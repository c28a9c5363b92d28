"""Tables on a narrow terminal: laid out through Rich's public API only, and where even folded
words cannot fit (below 75 to 85 columns) ``tracker list`` leaves out whole columns, and says so (review19).

The layout (report/table_fit.py) computes each column's width itself and hands it to Rich;
where Rich would lay the table out within the width on its own, the output must be Rich's
byte for byte, which these tests check against Rich itself at every width from 12 to 130.
"""

from __future__ import annotations

import io
import random
import shutil
from pathlib import Path

import pytest
from rich import box
from rich.console import Console
from rich.table import Table

from incident_tracker.report.table_fit import FittingTable
from incident_tracker.report.terminal import whole_words

ROOT = Path(__file__).resolve().parent.parent

WORDS = [
    "Tajikistan",
    "Shamsiddin-Shohin",
    "Air/drone",
    "strike",
    "alleged",
    "from",
    "Badakhshan",
    "2025-11-24",
    "–",
    "2025-11-30",
    "a",
]


def _table(seed: int, *, collapse: bool, pad_edge: bool, edge: bool) -> Table:
    """A table shaped as ours are: numbers that never wrap, text that wraps, text that folds."""
    chance = random.Random(seed)
    table = Table(
        box=box.SIMPLE_HEAD if edge else box.SIMPLE, show_edge=edge, pad_edge=pad_edge, collapse_padding=collapse
    )
    kinds = [chance.choice(("number", "wrap", "fold")) for _ in range(chance.randint(2, 7))]
    for index, kind in enumerate(kinds):
        table.add_column(f"Col{index}", no_wrap=kind == "number", overflow="fold" if kind == "fold" else "ellipsis")
    for _ in range(chance.randint(1, 6)):
        table.add_row(
            *(
                str(chance.randint(0, 10**5))
                if kind == "number"
                else " ".join(chance.sample(WORDS, chance.randint(1, 5)))
                for kind in kinds
            )
        )
    return table


def _drawn(renderable: object, width: int) -> str:
    out = io.StringIO()
    Console(file=out, width=width, color_system=None, legacy_windows=False).print(renderable, crop=False)
    return out.getvalue()


@pytest.mark.parametrize("seed", range(12))
def test_a_table_rich_lays_out_within_the_width_is_drawn_exactly_as_rich_draws_it(seed):
    """Rich alone (its private layout) against ours (widths computed here): the same bytes
    wherever Rich's own lines fit; where they do not, ours fit or are Rich's."""
    shapes = [dict(collapse=c, pad_edge=p, edge=e) for c in (True, False) for p in (True, False) for e in (True, False)]
    for shape in shapes:
        fitting = whole_words(_table(seed, **shape))
        assert isinstance(fitting, FittingTable)
        for width in range(12, 131, 4):
            ours, rich_alone = _drawn(fitting, width), _drawn(fitting.table, width)
            if max(map(len, rich_alone.splitlines())) <= width:
                assert ours == rich_alone, (seed, shape, width)
            elif ours != rich_alone:
                assert max(map(len, ours.splitlines())) <= width, (seed, shape, width)


def test_the_table_drawn_is_left_as_it_was_given():
    """The widths are the table's only while it is drawn: drawn again wider, it is laid out anew."""
    fitting = whole_words(_table(3, collapse=True, pad_edge=False, edge=False))
    narrow, wide = _drawn(fitting, 30), _drawn(fitting, 120)
    assert all(column.width is None for column in fitting.table.columns)
    assert _drawn(fitting, 120) == wide and _drawn(fitting, 30) == narrow


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch) -> Path:
    copy = tmp_path / "incidents.db"
    shutil.copy(ROOT / "incidents.db", copy)
    monkeypatch.setenv("TRACKER_DB", str(copy))
    return copy


def _list(run, monkeypatch, columns: int, *args: str):
    monkeypatch.setenv("COLUMNS", str(columns))
    return run("list", *args)


def _header(stdout: str) -> list[str]:
    return stdout.splitlines()[0].split()


@pytest.mark.parametrize("columns", [40, 50, 60, 69, 74])
def test_a_list_too_narrow_even_folded_leaves_out_whole_columns_and_says_which(shipped, run, monkeypatch, columns):
    """Before, the console cut the table at its edge: at 60 columns "Injured" lost its last
    letters and the attribution its column, at 74 "unattributed" read "unattrib", and nothing said so."""
    result = _list(run, monkeypatch, columns)
    assert all(len(line) <= columns for line in result.stdout.splitlines())
    shown = _header(result.stdout)
    assert shown[:3] == ["ID", "Date", "Place"]
    left = [name for name in ("Country", "Type", "Killed", "Injured", "Attribution") if name not in shown]
    assert left and "Injured" in left
    assert f"Left out at {columns} columns: {', '.join(left)}" in result.stderr
    assert "tracker show ID" in result.stderr and "--json" in result.stderr
    for line in result.stdout.splitlines()[2:]:
        assert "…" not in line


def test_the_list_gives_way_injured_first_then_country(shipped, run, monkeypatch):
    assert _header(_list(run, monkeypatch, 69).stdout) == [
        "ID",
        "Date",
        "Place",
        "Country",
        "Type",
        "Killed",
        "Attribution",
    ]
    assert _header(_list(run, monkeypatch, 60).stdout) == ["ID", "Date", "Place", "Type", "Killed", "Attribution"]
    assert _header(_list(run, monkeypatch, 40).stdout) == ["ID", "Date", "Place", "Killed"]


def test_where_folded_words_fit_nothing_is_left_out(shipped, run, monkeypatch):
    for columns in (76, 80, 120):
        result = _list(run, monkeypatch, columns)
        assert _header(result.stdout) == ["ID", "Date", "Place", "Country", "Type", "Killed", "Injured", "Attribution"]
        assert "Left out" not in result.stderr


def test_machine_output_is_never_narrowed(shipped, run, monkeypatch):
    assert '"injured"' in _list(run, monkeypatch, 40, "--json").stdout
    assert "attribution" in _list(run, monkeypatch, 40, "--format", "csv").stdout.splitlines()[0]


def test_the_help_says_what_a_narrow_terminal_gets(run):
    text = " ".join(run("list", "--help").stdout.split())
    assert "too narrow for every column" in text and "Injured, then Country, Attribution, Type and Killed" in text


def test_a_long_toll_needs_more_room_and_the_list_still_fits(shipped, run, monkeypatch):
    """A toll told as a range ("11 (11–15)") never wraps, so it takes room the folded columns
    cannot give back: at 78 columns the list then leaves out Injured (before, the console cut
    the attribution off at the edge; on the extraction corpus's database that happened at 80)."""
    assert "Left out" not in _list(run, monkeypatch, 78).stderr
    run("add", "--date", "2025-12-01", "--country", "TJ", "--type", "battles", "--killed", "11-15", "--no-input")
    result = _list(run, monkeypatch, 78)
    assert all(len(line) <= 78 for line in result.stdout.splitlines())
    assert "11 (11–15)" in result.stdout
    assert _header(result.stdout) == ["ID", "Date", "Place", "Country", "Type", "Killed", "Attribution"]
    assert "Left out at 78 columns: Injured " in result.stderr
