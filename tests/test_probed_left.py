"""What the third probe left (docs/reliability.md, "Probed again"), each fixed with a test here."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
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


def _overwrite(path: Path, offset: int, length: int) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(b"\xa5" * length)


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda p: _overwrite(p, 4096 * 2, 4096 * 6), id="pages-overwritten"),
        pytest.param(lambda p: _overwrite(p, 100, 200), id="schema-page"),
    ],
)
def test_check_reports_a_damaged_file_instead_of_sending_the_user_back_to_check(
    example_db: Path, run: Any, file_digest: Any, damage: Any
) -> None:
    conn = sqlite3.connect(example_db)
    conn.execute("PRAGMA journal_mode = DELETE")  # one whole file, as a copied database would be
    conn.close()
    damage(example_db)
    before = file_digest(example_db)
    result = run("check", expect=1)
    assert "tracker check" not in result.stderr
    assert "PROBLEM  integrity: the file is damaged" in result.stdout
    assert "Restore it from a backup" in result.stdout and ".recover" in result.stdout
    assert json.loads(run("check", "--json", expect=1).stdout)["problems"][0]["check"] == "integrity"
    assert file_digest(example_db) == before


def test_list_limit_0_means_every_incident_and_a_negative_is_one_line(run: Any, run_json: Any) -> None:
    for _ in range(3):
        run(*ADD)
    assert len(run_json("list", "-n", "0", "--json")) == 3
    assert "3 incidents" in run("list", "-n", "0", "--format", "table").stderr
    assert len(run_json("list", "-n", "2", "--json")) == 2
    refused = run("list", "-n", "-1", expect=2)
    assert len(refused.stderr.strip().splitlines()) == 1 and "-1 is not in the range" in refused.stderr


def test_export_refuses_null_geometry_without_geojson(run: Any, tmp_path: Path) -> None:
    run(*ADD)
    for args in ([], ["-f", "json"], ["-o", str(tmp_path / "out.csv")]):
        refused = run("export", "--null-geometry", *args, expect=2)
        assert refused.stdout == ""
        (line,) = refused.stderr.strip().splitlines()
        assert line.startswith("Error: --null-geometry: Null geometries are for GeoJSON only")
    assert not (tmp_path / "out.csv").exists()
    assert '"geometry": null' in run("export", "--null-geometry", "-f", "geojson").stdout


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["list", "--place", "Khorugh"], "No such option: --place (Possible options: --search, --near)."),
        (["list", "--contry", "TJ"], "No such option: --contry (Possible options: --country)."),
        (["list", "--xyzzy", "1"], "No such option: --xyzzy. See 'tracker list -h'."),
    ],
)
def test_an_unknown_option_suggests_options_that_do_the_work(run: Any, args: list[str], line: str) -> None:
    refused = run(*args, expect=2)
    assert len(refused.stderr.strip().splitlines()) == 1
    assert line in refused.stderr
    assert "--type" not in refused.stderr


def test_search_finds_dotted_and_dotless_i_either_way(run: Any, run_json: Any) -> None:
    run(*ADD, "--description", "Shots were heard near Iğdır at night.")
    run(*ADD, "--description", "A patrol passed through KIZILTEPE.")
    for query, expected in (("IĞDIR", [1]), ("ığdır", [1]), ("iğdir", [1]), ("Kızıltepe", [2]), ("kiziltepe", [2])):
        assert [r["id"] for r in run_json("list", "--search", query, "--json")] == expected, query
    assert run_json("list", "--search", "Iğdır Kızıltepe", "--json") == []  # words are still ANDed


def test_bidi_marks_are_left_out_of_tables_and_kept_in_the_record(run: Any, run_json: Any) -> None:
    victims = "\u200fرهگذران\u200e (3)\u061c"
    run(*ADD, "--victims", victims, "--place", "\u200fنزدیک مرز")
    shown = run("show", "1").stdout + run("list", "--format", "table").stdout
    for mark in ("\u200e", "\u200f", "\u061c"):
        assert mark not in shown and f"\\u{ord(mark):04x}" not in shown
    assert "رهگذران (3)" in shown and "نزدیک مرز" in shown
    assert run_json("show", "1", "--json")["victims"] == victims


def test_gazetteer_build_removes_what_a_killed_build_left_and_nothing_live(run: Any) -> None:
    import os
    import subprocess
    import sys
    import time

    from incident_tracker.geo.gazetteer import default_path

    folder = default_path().parent
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = int(ended.stdout)
    hour_ago = time.time() - 3600 - 5
    minutes_ago = time.time() - 120
    name = default_path().name
    killed = [folder / f".{name}.{dead}.abcd1234", folder / f".{name}.part.{dead}.efgh5678"]
    kept = [
        folder / f".{name}.{dead}.fresh123",  # written a moment ago: the process may be another machine's
        folder / f".{name}.{os.getpid()}.live1234",  # a running process's
        folder / f".other.db.{dead}.abcd1234",  # not a build's naming
    ]
    ancient = folder / f".{name}.oldstyle"  # named before the pid was in the name, idle for an hour
    for path in [*killed, *kept, ancient]:
        path.write_bytes(b"SQLite format 3\x00")
    for path in killed:
        os.utime(path, (minutes_ago, minutes_ago))
    os.utime(kept[1], (hour_ago + 60, hour_ago + 60))
    os.utime(ancient, (hour_ago, hour_ago))
    try:
        result = run("gazetteer", "build")
        assert "Removed 3 temporary files a stopped build left." in result.stderr
        assert not any(path.exists() for path in [*killed, ancient])
        assert all(path.exists() for path in kept)
    finally:
        for path in [*killed, *kept, ancient]:
            path.unlink(missing_ok=True)


def test_known_elsewhere_names_the_namesakes_worth_telling_only(run: Any) -> None:
    result = run("geocode", "Kabul", "--country", "TJ", expect=1)
    note = next(line for line in result.stderr.splitlines() if "known elsewhere" in line)
    assert "Kabul, Afghanistan" in note
    assert "Israel" not in note and "Missouri" not in note  # villages of the same name far away


def test_a_namesake_worth_telling_is_in_the_region_or_a_city() -> None:
    from incident_tracker.geo.candidates import Candidate
    from incident_tracker.geo.elsewhere import worth_telling

    def place(country: str, population: int) -> Candidate:
        return Candidate(name="X", latitude=0.0, longitude=0.0, geo_precision="near", source="geonames",
                         score=100.0, country=country, population=population)  # fmt: skip

    village_near, village_far, city_far = place("AF", 900), place("IL", 9000), place("US", 400_000)
    assert worth_telling([village_near, village_far, city_far], frozenset({"AF", "TJ"})) == [village_near, city_far]
    assert worth_telling([village_far, place("US", 2000)], frozenset({"TJ"})) == [village_far]  # the biggest
