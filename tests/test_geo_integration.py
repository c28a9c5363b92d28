"""Geocoding as the core commands use it: --near honours --db; edit fills from coordinates."""

from __future__ import annotations


def test_near_a_user_place_in_the_db_named_by_option(tmp_path, run, run_json, monkeypatch):
    work = tmp_path / "work.db"
    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "elsewhere.db"))  # must not be the one searched
    run("--db", str(work), "places", "add", "Esteqlol border crossing", "--lat", "37.615", "--lon", "71.455",
        "--country", "TJ", "--kind", "border_crossing")  # fmt: skip
    run("--db", str(work), "add", "--date", "2025-11-24", "--place", "near the Esteqlol border crossing",
        "--type", "explosions", "--killed", "3", "--no-input")  # fmt: skip
    record = run_json("--db", str(work), "show", "1", "--json")
    assert (record["geo_precision"], record["geocoder"], record["country"]) == ("near", "places", "TJ")
    near = run_json("--db", str(work), "list", "--json", "--near", "Esteqlol border crossing", "--within", "5")
    assert [r["id"] for r in near] == [1]


def test_edit_coordinates_fill_province(run, run_json):
    run("add", "--date", "2025-11-30", "--country", "TJ", "--type", "vac", "--no-input")
    result = run("edit", "1", "--lat", "37.49", "--lon", "71.55", "--reason", "located by a second report")
    assert "province" in result.stderr
    record = run_json("show", "1", "--json")
    assert (record["latitude"], record["longitude"], record["country"]) == (37.49, 71.55, "TJ")
    assert record["admin1"] == "Gorno-Badakhshan"
    assert (record["geocoder"], record["geo_precision"]) == ("user", "exact")
