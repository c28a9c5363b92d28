"""Coordinates far outside the record's country: add, edit and import warn in one line and keep
the write; 'tracker check' lists them (probe4, item 5)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from typer.testing import Result

from incident_tracker.store.outside_country import FAR_KM, far_outside, is_far_outside, km_outside, placed_far_outside

#: Points used below: a town in Uzbekistan (Samarkand), one in Kyrgyzstan (Osh) and a point
#: on Tajikistan's border with Afghanistan.
SAMARKAND = ("39.65", "66.96")
OSH = ("40.53", "72.80")
BORDER = ("37.10", "68.30")


def _warnings(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("Warning:")]


def test_add_warns_about_a_point_far_outside_the_country_and_keeps_it(
    run: Callable[..., Result], run_json: Callable[..., Any]
) -> None:
    result = run("add", "--date", "2024-04-09", "--country", "KG", "--type", "battles", "--lat", SAMARKAND[0],
                 "--lon", SAMARKAND[1])  # fmt: skip
    (warning,) = _warnings(result)
    assert "incident 1" in warning and "outside KG" in warning and "kept as given" in warning
    assert run_json("show", "1", "--json")["latitude"] == float(SAMARKAND[0])


def test_a_point_inside_or_at_the_border_is_not_warned_about(run: Callable[..., Result]) -> None:
    inside = run(
        "add", "--date", "2024-04-09", "--country", "KG", "--type", "battles", "--lat", OSH[0], "--lon", OSH[1]
    )
    border = run("add", "--date", "2024-04-09", "--country", "AF", "--type", "battles", "--lat", BORDER[0],
                 "--lon", BORDER[1])  # fmt: skip
    assert _warnings(inside) == [] and _warnings(border) == []


def test_edit_warns_when_new_coordinates_leave_the_country(run: Callable[..., Result]) -> None:
    run("add", "--date", "2024-04-09", "--country", "KG", "--type", "battles", "--lat", OSH[0], "--lon", OSH[1])
    result = run("edit", "1", "--lat", SAMARKAND[0], "--lon", SAMARKAND[1])
    assert len(_warnings(result)) == 1 and "outside KG" in result.stderr


def test_import_counts_the_rows_in_one_line_and_check_lists_them(
    run: Callable[..., Result], run_json: Callable[..., Any], tmp_path: Path
) -> None:
    table = tmp_path / "rows.csv"
    table.write_text(
        "event_date,country,event_type,latitude,longitude\n"
        f"2024-04-09,KG,battles,{OSH[0]},{OSH[1]}\n"
        f"2024-04-10,KG,battles,{SAMARKAND[0]},{SAMARKAND[1]}\n",
        encoding="utf-8",
    )
    result = run("import", str(table))
    (warning,) = _warnings(result)
    assert warning.startswith("Warning: 1 row (line 3) gives coordinates more than 100 km outside their country")
    assert "Imported rows.csv: 2 added" in result.stderr
    checked = run_json("check", "--json")
    (found,) = [w for w in checked["warnings"] if w["check"] == "coordinates"]
    assert "(ids 2)" in found["message"]


def test_the_distance_is_measured_from_the_outline() -> None:
    assert km_outside(float(OSH[0]), float(OSH[1]), "KG") == 0.0
    assert (km_outside(float(SAMARKAND[0]), float(SAMARKAND[1]), "KG") or 0) > FAR_KM
    assert is_far_outside(float(SAMARKAND[0]), float(SAMARKAND[1]), "kg")
    assert km_outside(0.0, 0.0, "ZZ") is None and not is_far_outside(0.0, 0.0, "ZZ")


def test_a_record_without_a_point_or_a_country_is_never_far_outside() -> None:
    lat, lon = float(SAMARKAND[0]), float(SAMARKAND[1])
    assert placed_far_outside(lat, lon, "KG") and placed_far_outside(SAMARKAND[0], SAMARKAND[1], "KG")
    assert not placed_far_outside(None, lon, "KG") and not placed_far_outside(lat, None, "KG")
    assert not placed_far_outside(lat, lon, None) and not placed_far_outside(lat, lon, "")
    rows = [(1, lat, lon, "KG"), (2, None, lon, "KG"), (3, lat, lon, None), (4, lat, lon, "KG"), (5, lat, lon, "UZ")]
    assert far_outside(rows) == [1, 4]
