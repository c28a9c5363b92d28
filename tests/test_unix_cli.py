"""Issue 16: the CLI behaves like a good Unix tool and reads well at 80 columns.

Real processes of the installed ``tracker`` with real pipes, on a copy of the shipped
incidents.db: what a pipe gets is what the terminal shows (without colour); only --json
and --format choose machine output.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import copy_of_built, installed_tracker

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    copy = tmp_path / "incidents.db"
    shutil.copy(ROOT / "incidents.db", copy)
    return copy


def _piped(db: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed tracker with stdout a pipe, colour allowed (NO_COLOR unset), 80 columns."""
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TRACKER_TERMINAL")}
    environment.update({"COLUMNS": "80", "TERM": "xterm-256color", **(env or {})})
    return subprocess.run(
        [installed_tracker(), "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=False,
    )


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize(
    ("args", "shows"),
    [
        (["list"], "Shamsiddin"),
        (["timeline"], "incident"),
        (["stats"], "Killed"),
        (["show", "1"], "Incident 1"),
        (["history", "1"], "History"),
        (["actors", "list"], "incidents"),
    ],
)
def test_piped_output_is_what_the_terminal_shows_without_colour(shipped, args, shows):
    result = _piped(shipped, *args)
    assert result.returncode == 0, result.stderr
    assert shows in result.stdout
    assert not _is_json(result.stdout), f"{args} switched to JSON in a pipe"
    assert "\x1b[" not in result.stdout  # no colour in a pipe, even without NO_COLOR


@pytest.mark.parametrize(
    "args", [["list", "--json"], ["timeline", "--json"], ["stats", "--json"], ["actors", "list", "--json"]]
)
def test_json_is_asked_for(shipped, args):
    result = _piped(shipped, *args)
    assert result.returncode == 0, result.stderr
    assert _is_json(result.stdout)


def test_grep_finds_a_place_in_the_piped_list(shipped):
    listed = _piped(shipped, "list").stdout
    found = subprocess.run(["grep", "Shamsiddin"], input=listed, capture_output=True, text=True, check=False)
    assert found.returncode == 0 and "2025-11-24" in found.stdout


def test_width_follows_columns(shipped):
    narrow = _piped(shipped, "list", env={"COLUMNS": "60"}).stdout
    assert max(len(line) for line in narrow.splitlines()) <= 60


def test_each_command_accepts_only_the_formats_it_writes(run):
    assert "is not one of 'table', 'json', 'jsonl', 'csv'" in run("list", "--format", "md", expect=2).stderr
    assert "is not one of 'table', 'md', 'json'" in run("stats", "--format", "csv", expect=2).stderr


# --- 80 columns -----------------------------------------------------------------------

READING = (["list"], ["show", "1"], ["show", "3"], ["history", "1"], ["stats"], ["timeline"], ["config", "show"])


@pytest.fixture
def busy(shipped: Path, run, monkeypatch) -> Path:
    """The shipped database and one incident with long words in every wrapping column: added once a session, then
    copied over ``shipped`` (``conftest.copy_of_built``, probe24)."""
    monkeypatch.setenv("TRACKER_DB", str(shipped))

    def build(_: Path) -> None:
        run(
            "add", "--date", "2025-11-20", "--country", "AF", "--place", "Khwaja Bahauddin district of Takhar",
            "--type", "Explosions/Remote violence", "--attribution", "suspected",
            "--perpetrator", "Islamic State Khorasan Province", "--killed", "at least 12", "--no-input",
            "--source", "https://example.org/news/2025/11/20/a-very-long-path-for-an-article-about-the-attack-in-takhar",
            "--outlet", "Example Wire", "--source-note", "Says twelve killed, counted by a provincial official.",
        )  # fmt: skip

    return copy_of_built("unix_cli busy", shipped, build, on_top=True)


def _render(run, monkeypatch, columns: int, args: list[str]) -> str:
    monkeypatch.setenv("COLUMNS", str(columns))
    return str(run(*args).stdout)


def _words(text: str) -> set[str]:
    """Words of a render, without rules and bars (their length follows the width)."""
    return {w for w in text.split() if not set(w) <= set("─━█▏▎▍▌▋▊▉ ")}


def _fits(line: str) -> bool:
    """At most 80 columns, not counting one URL or path printed whole (to click or copy)."""
    longest = max(line.split(), key=len, default="")
    whole = longest.startswith(("https://", "/"))
    return len(line.rstrip()) - (len(longest) if whole else 0) <= 80


@pytest.mark.parametrize("args", READING, ids=" ".join)
def test_at_80_columns_no_line_is_wider_and_no_word_is_cut(busy, run, monkeypatch, args):
    """What 80 columns show is made of the words a 400-column render shows: nothing is cut
    ("Tajiki…") or split across lines; only a URL, printed whole on its line, may be wider."""
    _assert_whole_at_80(run, monkeypatch, args)


def test_at_80_columns_a_reason_beside_a_folded_url_keeps_every_word(busy, run, monkeypatch):
    """The history's longest words (a date, a field's name, a URL folded at 24) left a reason
    no room at 80 columns: the console cut every line at its edge, "second report gives"
    shown as "secon", "gives", with no sign that the rest was missing (the README's tour)."""
    run("edit", "1", "--killed", "3-4", "--reason", "second report gives 26 Nov and up to 4 killed")
    _assert_whole_at_80(run, monkeypatch, ["history", "1"])


def test_at_80_columns_the_list_keeps_the_attribution_of_a_week_long_incident(busy, run, monkeypatch):
    """A span of dates, a long sub-event type and a perpetrator: the list's longest words fitted
    side by side, yet Rich laid it out wider than 80 and the console cut the attribution column
    to its first letter ("c" for "confirmed: Security forces")."""
    run(
        "add", "--date", "2026-06-24", "--end-date", "2026-06-30", "--date-precision", "week", "--country", "PK",
        "--place", "Balochistan", "--type", "Strategic developments", "--sub-type", "Disrupted weapons use",
        "--attribution", "confirmed", "--perpetrator", "Security forces", "--killed", "0", "--no-input",
    )  # fmt: skip
    _assert_whole_at_80(run, monkeypatch, ["list"])


def _assert_whole_at_80(run, monkeypatch, args: list[str]) -> None:
    narrow = _render(run, monkeypatch, 80, args)
    wide = _render(run, monkeypatch, 400, args)
    for line in narrow.splitlines():
        assert _fits(line), line
    assert not re.search(r"\w…", narrow), "a word cut short"  # "… 5 quiet days …" is no cut
    paths = [w for w in _words(wide) if "/" in w]
    cut = {w for w in _words(narrow) - _words(wide) if not any(w in path for path in paths)}  # a folded URL or path
    assert not cut, f"{args}: words not in the wide render: {sorted(cut)}"


def test_show_prints_every_source_url_whole_and_history_keeps_the_time(busy, run, monkeypatch):
    shown = _render(run, monkeypatch, 80, ["show", "3"])
    assert "https://example.org/news/2025/11/20/a-very-long-path-for-an-article-about-the-attack-in-takhar" in shown
    history = _render(run, monkeypatch, 80, ["history", "1"])
    assert "outlet: Global Times" in history and '{"' not in history
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", history)
    assert re.search(r"Created +\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC", shown)


def test_the_checked_in_renders_keep_to_80_columns():
    page = (ROOT / "docs" / "at-80-columns.md").read_text(encoding="utf-8")
    blocks = page.split("```console")[1:]
    assert len(blocks) == 5
    for block in blocks:
        for line in block.split("```")[0].splitlines():
            assert _fits(line), line
        assert not re.search(r"\w…", block), "a word cut short"


# --- help -----------------------------------------------------------------------------


def test_tracker_alone_is_a_usage_error_that_shows_the_help_on_stderr(tmp_path):
    """As Click 8.2+ has it for a group without a command: the help, but on stderr and with exit 2."""
    for args in ([], ["places"], ["source"], ["config"]):
        result = subprocess.run([installed_tracker(), *args], capture_output=True, text=True, timeout=60, check=False)
        assert result.returncode == 2, (args, result.stderr)
        assert result.stderr.startswith(f"Usage: tracker {' '.join(args)}".rstrip() + " [OPTIONS] COMMAND"), args
        assert result.stdout == ""


def test_help_command_is_the_help_option(run):
    assert run("help").stdout == run("--help").stdout
    assert run("help", "list").stdout == run("list", "--help").stdout
    assert run("help", "places", "add").stdout == run("places", "add", "--help").stdout
    assert "No command 'places plough'" in run("help", "places", "plough", expect=2).stderr


# --- sources in full --------------------------------------------------------------------

ADD = ["add", "--date", "2025-11-24", "--country", "TJ", "--type", "battles", "--no-input"]


def test_source_edit_and_remove_keep_history(run, run_json):
    run(*ADD, "--source", "https://a.example/1", "--outlet", "Outlet A")
    run("source", "add", "1", "https://b.example/2", "--outlet", "Outlet B")
    run("source", "edit", "2", "--published", "27 Nov 2025", "--headline", "Two", "--reason", "from the page")
    record = run_json("show", "1", "--json")
    second = next(s for s in record["sources"] if s["id"] == 2)
    assert (second["published"], second["headline"]) == ("2025-11-27", "Two")
    last = record["history"][-1]
    assert last["reason"] == "from the page" and '"published": null' in last["old_value"]
    run("source", "edit", "2", "--headline", "")  # '' clears
    assert next(s for s in run_json("show", "1", "--json")["sources"] if s["id"] == 2)["headline"] is None
    assert "Removed source 1 from incident 1" in run("source", "remove", "1", "--reason", "duplicate").stderr
    record = run_json("show", "1", "--json")
    assert [s["id"] for s in record["sources"]] == [2]
    assert record["history"][-1]["new_value"] is None and "Outlet A" in record["history"][-1]["old_value"]
    assert "No source with id 9" in run("source", "remove", "9", expect=1).stderr
    assert "not a URL" in run("source", "edit", "2", "--url", "the ministry", expect=2).stderr


def test_a_source_that_is_not_a_url_is_refused_unless_marked_a_note(run, run_json):
    run(*ADD)
    refused = run("source", "add", "1", "Tajik MFA statement", expect=2)
    assert "--source: " in refused.stderr and "is not a URL" in refused.stderr and "note" in refused.stderr
    assert "not a URL" in run(*ADD, "--source", "www example", expect=2).stderr
    assert "--note-only needs --outlet" in run("source", "add", "1", "Phone call", "--note-only", expect=2).stderr
    run("source", "add", "1", "Phone call: 4 killed", "--note-only", "--outlet", "District administration")
    (source,) = run_json("show", "1", "--json")["sources"]
    assert (source["url"], source["outlet"], source["note"]) == (
        None,
        "District administration",
        "Phone call: 4 killed",
    )


def test_a_lone_published_does_not_attach_to_the_wrong_source(run):
    result = run(*ADD, "--source", "https://a.example/1", "--source", "https://b.example/2",
                 "--published", "2025-11-27", expect=2)  # fmt: skip
    assert "2 sources but 1 --published" in result.stderr


def test_show_prints_a_long_url_whole_even_when_narrow(run, monkeypatch):
    url = "https://example.org/" + "a-very-long-path-segment/" * 6 + "end"
    run(*ADD, "--source", url)
    monkeypatch.setenv("COLUMNS", "60")
    assert f"     {url}" in run("show", "1").stdout.splitlines()  # whole, on its own line


# --- timelines without filler -----------------------------------------------------------


def test_runs_of_quiet_periods_fold_into_one_line_in_terminal_and_markdown(run):
    for date in ("2025-01-06", "2025-05-19", "2025-06-02"):
        run(*ADD[:2], date, *ADD[3:], "--killed", "1")
    table = run("timeline", "--group", "week").stdout
    assert "… 18 quiet weeks, 13 Jan – 18 May 2025 …" in table
    assert "13–19 Jan 2025" not in table and "12–18 May 2025" not in table
    assert "26 May – 1 Jun 2025" in table  # a single empty week between two busy ones stays a line
    md = run("timeline", "--group", "week", "--md").stdout
    assert "| *… 18 quiet weeks, 13 Jan – 18 May 2025 …* | 0 |  |  |  |  |" in md
    data = json.loads(run("timeline", "--group", "week", "--json").stdout)
    assert len(data["periods"]) == 22  # machine output keeps every period


def test_summaries_read_as_sentences(run):
    run(*ADD, "--killed", "2")
    out = run("timeline", "--since", "2025-11-01").stdout
    assert "unknown for 0" not in out and "…." not in out
    assert "Filter: since 2025-11-01." in out
    assert "1 incident: 2 killed; number injured unknown." in out
    stats = run("stats").stdout
    assert "unknown for 0" not in stats


# --- docs stay inside the repository ----------------------------------------------------


def test_docs_never_point_outside_the_repository():
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    outside = re.compile(r"\.\./shared|/work/|(?<![\w.~])/(?:home|root|Users)/(?!analyst/)")
    found = [f"{p.name}: {m.group(0)}" for p in pages for m in outside.finditer(p.read_text(encoding="utf-8"))]
    assert not found, found


# --- input: dates, tolls, a new database ------------------------------------------------

ADD_NO_DATE = ["add", "--country", "TJ", "--type", "battles", "--no-input"]


@pytest.mark.parametrize(("typed", "stored"), [("24.11.2025", "2025-11-24"), ("24/11/2025", "2025-11-24"),
                                               ("11/24/2025", "2025-11-24")])  # fmt: skip
def test_numeric_dates_are_read_when_only_one_reading_exists(run, run_json, typed, stored):
    run(*ADD_NO_DATE, "--date", typed)
    assert run_json("show", "1", "--json")["event_date"] == stored


def test_an_ambiguous_or_impossible_date_is_refused_and_says_why(run):
    ambiguous = run(*ADD_NO_DATE, "--date", "03/04/2022", expect=2).stderr
    assert "Ambiguous date '03/04/2022'" in ambiguous
    assert "3 April 2022" in ambiguous and "March 4, 2022" in ambiguous
    assert (
        "February 2025 has 28 days, so day 31 does not exist"
        in run(*ADD_NO_DATE, "--date", "31 Feb 2025", expect=2).stderr
    )


def test_a_future_date_warns_and_is_kept(run, run_json):
    result = run(*ADD_NO_DATE, "--date", "2099-01-01")
    assert "Warning: the date 2099-01-01 is in the future" in result.stderr
    assert run_json("show", "1", "--json")["event_date"] == "2099-01-01"


TOLLS = [
    ("up to 4", None, None, 4, "up to 4"),
    ("about 20", 20, None, None, "about 20"),
    ("dozens", 12, 12, None, "dozens"),
    ("tens", 12, 12, None, "tens"),
    ("three", 3, None, None, "three"),
    ("a dozen", 12, None, None, "a dozen"),
    ("at least three", 3, 3, None, "at least three"),
]


@pytest.mark.parametrize(("typed", "best", "low", "high", "text"), TOLLS)
def test_tolls_in_words_read_alike_in_add_and_in_a_csv_cell(run, run_json, tmp_path, typed, best, low, high, text):
    run(*ADD_NO_DATE, "--date", "2025-11-24", "--killed", typed)
    added = run_json("show", "1", "--json")
    assert (added["killed"], added["killed_low"], added["killed_high"], added["killed_text"]) == (best, low, high, text)
    sheet = tmp_path / "cells.csv"
    sheet.write_text(f'event_date,country,event_type,killed\n2025-11-25,TJ,Battles,"{typed}"\n', encoding="utf-8")
    run("import", str(sheet))
    imported = run_json("show", "2", "--json")
    got = (imported["killed"], imported["killed_low"], imported["killed_high"], imported["killed_text"])
    assert got == (best, low, high, text)


def test_a_write_to_a_new_database_says_so(run, tmp_path):
    mistyped = tmp_path / "incidnets.db"
    result = run("--db", str(mistyped), *ADD_NO_DATE, "--date", "2025-11-24")
    assert f"Created new database {mistyped}." in result.stderr
    again = run("--db", str(mistyped), *ADD_NO_DATE, "--date", "2025-11-25")
    assert "Created new database" not in again.stderr


# --- item 5: the chart's footnote fits; long spans pick a readable grouping ---------------


def _long_timeline(tmp_path: Path, run, years: int):
    """A record with a few incidents spread over ``years`` years, one with an unknown toll
    and one known only to the year (so the footnote is at its longest)."""
    from incident_tracker.report import build_timeline
    from incident_tracker.store import Filters, IncidentStore

    for year, killed in ((2000, "3"), (2000 + years // 2, "unknown"), (2000 + years, "at least 2")):
        run("add", "--date", f"{year}-03-04", "--country", "TJ", "--type", "battles", "--killed", killed,
            "--place", "Khorugh")  # fmt: skip
    run("add", "--date", str(2000 + years // 3), "--country", "TJ", "--type", "battles", "--place", "Khorugh")
    store = IncidentStore.open(Path(os.environ["TRACKER_DB"]), create=False)
    try:
        return build_timeline(store, Filters(), max_incidents=0)
    finally:
        store.close()


@pytest.mark.parametrize("width", [10.0, 6.0, 4.0])
def test_the_chart_footnote_lies_inside_the_image_and_below_the_axes(tmp_path, run, width):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from incident_tracker.report.chart import chart_figure

    timeline = _long_timeline(tmp_path, run, 3)
    figure, _drawn, left_out = chart_figure(timeline, width=width, height=5.0)
    assert left_out == 1  # "Not drawn: …" makes the footnote long
    renderer = FigureCanvasAgg(figure).get_renderer()
    figure.draw(renderer)
    page = figure.bbox
    note = figure._supxlabel.get_window_extent(renderer)
    assert page.x0 <= note.x0 and note.x1 <= page.x1 + 0.5, (note, page)
    assert page.y0 <= note.y0 and note.y1 <= page.y1, (note, page)
    lowest_axes = min(axes.get_tightbbox(renderer).y0 for axes in figure.axes)
    assert note.y1 <= lowest_axes + 0.5, "the footnote overlaps the tick labels"


@pytest.mark.parametrize(("years", "group"), [(1, "month"), (4, "quarter"), (12, "year")])
def test_long_spans_pick_a_readable_grouping(tmp_path, run, years, group):
    timeline = _long_timeline(tmp_path, run, years)
    assert timeline.group == group and timeline.auto_group
    assert len(timeline.regular) <= 50


def test_a_chart_of_twelve_years_is_drawn_by_year(tmp_path, run):
    _long_timeline(tmp_path, run, 12)
    out = tmp_path / "long.svg"
    run("chart", "--out", str(out))
    text = out.read_text()
    assert "Incidents and fatalities by year" in text and "Year" in text


def test_ctrl_c_while_the_commands_load_is_quiet(tmp_path):
    """Ctrl-C in the first half second (the commands still importing) ends with 130 and no
    traceback, as it does once a command runs. The interrupt is raised by an import hook at
    the import of the config module, which every command loads."""
    hook = (
        "import sys\n"
        "class Interrupt:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'incident_tracker.config':\n"
        "            raise KeyboardInterrupt\n"
        "sys.meta_path.insert(0, Interrupt())\n"
        "sys.argv = ['tracker', 'list']\n"
        "import runpy\n"
        "runpy.run_module('incident_tracker', run_name='__main__')\n"
    )
    done = subprocess.run([sys.executable, "-c", hook], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 130, (done.returncode, done.stderr)
