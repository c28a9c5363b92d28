"""A crossing asked for as a place of the country across its line (issue 13; docs/geocoding-journal.md, "Dev unlocated,
by mechanism"): the stored country and the stored point agree. Where the pack stores the named country's side as a row
of its own, that row answers; where it stores the crossing once, its point is kept and the note says it lies on the
line. Through the CLI, as a desk user met it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from typer.testing import Result

Run = Callable[..., Result]
ADD = ["add", "--date", "2025-11-24", "--type", "Battles", "--no-input"]


def _chosen(run_json: Callable[..., Any], *args: str) -> dict[str, Any]:
    (best,) = [c for c in run_json("geocode", *args, "--json") if c["chosen"]]
    return best


def test_a_crossing_stored_once_keeps_its_point_and_says_it_is_on_the_line(
    run: Run, run_json: Callable[..., Any]
) -> None:
    added = run(*ADD, "--place", "Torkham", "--country", "AF")
    assert "a crossing on the line between Afghanistan and Pakistan" in added.stderr
    incident = run_json("show", "1", "--json")
    assert (incident["country"], incident["admin1"]) == ("AF", None)  # not Khyber Pakhtunkhwa under Afghanistan
    assert (round(incident["latitude"], 2), round(incident["longitude"], 2)) == (34.11, 71.08)
    explained = run("geocode", "Torkham", "--country", "AF", "--explain").stderr
    assert "its point is on the line, not inside Afghanistan" in " ".join(explained.split())


def test_the_named_countrys_own_row_answers_when_the_pack_has_one(run: Run, run_json: Callable[..., Any]) -> None:
    # the Pakistani gate asked for as an Afghan place: the Afghan village facing it, in Kandahar
    afghan = _chosen(run_json, "the Chaman border crossing", "--country", "AF")
    assert (afghan["name"], afghan["country"], afghan["admin1"]) == ("Wesh", "AF", "Kandahar")
    # and the other way round
    run(*ADD, "--place", "Wesh", "--country", "PK")
    incident = run_json("show", "1", "--json")
    assert (incident["location"], incident["country"], incident["admin1"]) == (
        "Chaman border crossing",
        "PK",
        "Balochistan",
    )
    explained = run("geocode", "Wesh", "--country", "PK", "--explain").stderr
    assert "the Pakistan side of the crossing" in " ".join(explained.split())


def test_a_crossing_in_its_own_country_is_left_as_it_was(run_json: Callable[..., Any]) -> None:
    own = _chosen(run_json, "Torkham", "--country", "PK")
    assert (own["name"], own["country"], own["admin1"]) == ("Torkham", "PK", "Khyber Pakhtunkhwa")
    turkmen = _chosen(run_json, "Aqina", "--country", "TM")
    assert (turkmen["name"], turkmen["country"]) == ("Ymamnazar", "TM")
