"""``tracker chart``: real PNG and SVG files with one bar per period, written atomically."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import test_timeline_fixtures as fixtures
from incident_tracker.report import build_timeline
from incident_tracker.report.chart import draw_chart
from incident_tracker.store import Filters

report_db = fixtures.report_db
report_store = fixtures.report_store

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
SVG = "{http://www.w3.org/2000/svg}"


def svg_ids(path: Path, prefix: str) -> list[str]:
    root = ET.parse(path).getroot()  # raises if the file is not well-formed XML
    assert root.tag == f"{SVG}svg"
    return [el.get("id") for el in root.iter() if (el.get("id") or "").startswith(prefix)]


def svg_text(path: Path) -> str:
    root = ET.parse(path).getroot()
    return " ".join(t.strip() for el in root.iter(f"{SVG}text") for t in el.itertext() if t.strip())


def test_png(report_db, run, tmp_path):
    out = tmp_path / "month.png"
    result = run("chart", "--since", "2025-01-01", "--group", "month", "--out", str(out))
    assert result.stdout.strip() == str(out)
    assert "3 month periods, 6 incidents (2 with imprecise dates not drawn)" in result.stderr
    assert out.read_bytes()[:8] == PNG_MAGIC
    assert out.stat().st_size > 5_000


def test_svg_has_one_bar_per_period_and_says_what_it_shows(report_db, run, tmp_path):
    out = tmp_path / "week.svg"
    run("chart", "--since", "2025-01-01", "--group", "week", "--out", str(out))
    incident_bars = svg_ids(out, "incidents-")
    killed_bars = svg_ids(out, "killed-")
    assert len(incident_bars) == len(killed_bars) == 11  # 30 Dec 2024 … 10 Mar 2025, empty weeks included
    text = svg_text(out)
    assert "Incidents and fatalities by week, 30 Dec 2024 – 16 Mar 2025" in text
    assert "Filter: since 2025-01-01" in text
    for label in ("Incidents", "Killed (best estimate)", "Week (Monday to Sunday)"):
        assert label in text
    assert "Not drawn: 2 incidents dated less precisely than a week" in text


def test_library_result_matches_the_timeline(report_store, tmp_path):
    timeline = build_timeline(report_store, Filters(), group="quarter", max_incidents=0)
    result = draw_chart(timeline, tmp_path / "q.svg")
    assert result.periods == len(timeline.regular) == 8
    assert (result.incidents_drawn, result.killed_drawn, result.not_drawn) == (8, 17, 1)
    assert len(svg_ids(tmp_path / "q.svg", "incidents-")) == 8


def test_lanes_are_stacked(report_db, run, tmp_path):
    out = tmp_path / "lanes.svg"
    run("chart", "--since", "2025-01-01", "--group", "month", "--by", "country", "--out", str(out))
    segments = svg_ids(out, "incidents-")
    assert {s.split("-")[1] for s in segments} == {"0", "1", "2"}  # 3 months
    assert {s.split("-")[2] for s in segments} == {"0", "1"}  # 2 countries
    assert "Tajikistan (TJ)" in svg_text(out) and "Afghanistan (AF)" in svg_text(out)


def test_example_article(example_db, run, tmp_path):
    out = tmp_path / "article.png"
    result = run("chart", "--out", str(out))
    assert "7 day periods, 2 incidents." in result.stderr
    assert out.read_bytes()[:8] == PNG_MAGIC


@pytest.mark.parametrize("name", ["chart.jpg", "chart", "chart.PNG.txt"])
def test_unknown_extension_is_one_clear_line(run, tmp_path, name):
    # No database exists: the extension is refused before anything is opened.
    result = run("chart", "--out", str(tmp_path / name), expect=2)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: --out: Cannot write a chart as")
    assert "give a file name ending in .png or .svg" in lines[0]
    assert list(tmp_path.iterdir()) == []


def test_missing_folder(report_db, run, tmp_path):
    result = run("chart", "--out", str(tmp_path / "nowhere" / "c.png"), expect=2)
    assert "does not exist" in result.stderr


def test_nothing_to_draw(report_db, run, tmp_path):
    out = tmp_path / "empty.png"
    result = run("chart", "--country", "KG", "--out", str(out), expect=1)
    assert "No incidents to chart (country KG); no file written." in result.stderr
    assert not out.exists()


def test_an_interrupted_write_leaves_the_old_file_and_no_debris(report_store, tmp_path, monkeypatch):
    from matplotlib.figure import Figure

    out = tmp_path / "chart.png"
    out.write_bytes(b"previous chart")

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Figure, "savefig", broken)
    from incident_tracker.errors import TrackerError

    with pytest.raises(TrackerError, match=r"Cannot write .*No space left on device"):
        draw_chart(build_timeline(report_store, Filters(), group="year"), out)
    assert out.read_bytes() == b"previous chart"
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("incidents.db")] == ["chart.png"]


def test_only_the_chart_command_imports_matplotlib(example_db):
    code = (
        "import sys\n"
        "from incident_tracker.cli import app\n"
        "try:\n"
        "    app(['timeline', '--json'], prog_name='tracker')\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('matplotlib' in sys.modules, 'rich' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip().splitlines()[-1] == "False False"
