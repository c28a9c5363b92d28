"""Actors and sides: the dictionary, alias matching, merges with history, ACLED's actor
columns both ways, and deaths by side against the totals."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from incident_tracker.errors import ValidationError
from incident_tracker.models import check_record
from incident_tracker.sides import Actor, interaction, parse_actor_type, side_one, side_two
from incident_tracker.store import IncidentStore
from incident_tracker.store.actors import ActorStore, seed_rows


def _add(run, *args: str) -> int:
    return int(run("add", "--date", "2025-10-12", "--type", "battle", *args).stdout.strip())


def _acled(run, *args: str) -> list[dict[str, str]]:
    text = run("export", "--layout", "acled", "--no-spreadsheet-safe", *args).stdout
    return list(csv.DictReader(io.StringIO(text)))


# --- the pure side rules ---------------------------------------------------------


def test_interaction_puts_the_lower_code_first_and_one_side_alone_is_n0():
    assert interaction(7, 1) == "17"
    assert interaction(2, 2) == "22"
    assert interaction(3, None) == "30"
    assert interaction(None, None) == ""


def test_actor_types_are_read_as_numbers_names_or_short_forms():
    assert parse_actor_type("rebel") == 2
    assert parse_actor_type("State forces") == 1
    assert parse_actor_type("7") == 7
    with pytest.raises(ValidationError, match="1 to 8"):
        parse_actor_type(9)
    with pytest.raises(ValidationError, match="Unknown actor type"):
        parse_actor_type("goblins")


def test_an_unnamed_perpetrator_is_an_unidentified_group_of_the_origin_country():
    record = {"event_type": "Battles", "country": "TJ", "origin_country": "AF", "attribution": "alleged"}
    one = side_one(record, lambda name: None)
    assert one is not None and (one.name, one.actor_type) == ("Unidentified Armed Group (Afghanistan)", 3)
    # No attribution names an origin: the event's country.
    record["attribution"] = "unattributed"
    assert side_one(record, lambda name: None).name == "Unidentified Armed Group (Tajikistan)"


def test_a_named_perpetrator_the_dictionary_lacks_keeps_its_name_and_no_guessed_type():
    one = side_one({"event_type": "Battles", "perpetrator": "criminal groups"}, lambda name: None)
    assert one is not None and (one.name, one.actor_type) == ("criminal groups", None)


def test_the_side_hit_follows_the_target_type_and_the_victims_nationality():
    lookup = {"Military Forces of Tajikistan": Actor(5, "Military Forces of Tajikistan", 1, "TJ")}.get
    civilians = {"target_type": "business", "victims": "Chinese workers", "victim_nationality": "CN", "country": "TJ"}
    two = side_two(civilians, lookup)
    assert two is not None and (two.name, two.actor_type, two.associated) == ("Civilians (China)", 7, "Chinese workers")
    soldiers = side_two({"target_type": "border_guards", "country": "TJ"}, lookup)
    assert soldiers is not None and (soldiers.name, soldiers.actor_type) == ("Military Forces of Tajikistan", 1)
    assert soldiers.actor is not None and soldiers.actor.id == 5


# --- the dictionary ---------------------------------------------------------------


def test_every_seed_actor_has_a_type_and_a_source_and_no_spelling_is_shared():
    rows = seed_rows()
    assert len(rows) >= 20
    for row in rows:
        assert 1 <= int(row["type"]) <= 8, row["name"]
        assert row["source"].startswith("https://"), row["name"]


def test_a_new_database_is_seeded_and_seeding_again_adds_nothing(run, db_path):
    _add(run, "--country", "PK")
    listed = json.loads(run("actors", "list", "--json").stdout)
    assert {"Tehrik-i-Taliban Pakistan", "Islamic State Khorasan Province", "Jaish al-Adl"} <= {
        a["name"] for a in listed
    }
    assert "Every seed actor is already in the dictionary" in run("actors", "seed").stderr


def test_aliases_match_in_list_perpetrator_actor_and_stats(run, run_json, db_path):
    _add(run, "--country", "PK", "-p", "ISKP", "--killed", "5")
    _add(run, "--country", "AF", "-p", "Islamic State Khorasan Province", "--killed", "4")
    _add(run, "--country", "PK", "-p", "TTP", "--killed", "2")
    by_text = {i["id"] for i in run_json("list", "-p", "ISKP", "--json")}
    assert by_text == {1, 2}  # the long spelling does not contain "ISKP", its actor does
    assert {i["id"] for i in run_json("list", "--actor", "isis-k", "--json")} == {1, 2}
    assert {i["id"] for i in run_json("list", "--actor", "Pakistani Taliban", "--json")} == {3}
    stats = run_json("stats", "--json")
    rows = {r["label"]: r["count"] for r in stats["breakdowns"]["actor"]["rows"]}
    assert rows == {"Islamic State Khorasan Province": 2, "Tehrik-i-Taliban Pakistan": 1}
    assert len(stats["breakdowns"]["perpetrator"]["rows"]) == 3  # as written, unchanged
    only = run_json("stats", "--by", "actor", "--json")["breakdowns"]
    assert list(only) == ["actor"] and len(only["actor"]["rows"]) == 2
    assert "Valid: country" in run("stats", "--by", "actors", expect=2).stderr


def test_add_alias_and_merge_keep_history(run, run_json, db_path):
    _add(run, "--country", "PK", "-p", "Khawarij of Bajaur")
    run("actors", "add", "Bajaur local cell", "--type", "rebel", "--country", "PK", "--alias", "Khawarij of Bajaur")
    assert run_json("list", "--actor", "Bajaur local cell", "--json")[0]["id"] == 1
    run("actors", "alias", "Bajaur local cell", "BLC", "--reason", "name used by ISPR")
    merged = run("actors", "merge", "BLC", "TTP", "--reason", "a TTP faction")
    assert "Merged into actor" in merged.stderr
    shown = run_json("actors", "show", "TTP", "--json")
    assert {"Bajaur local cell", "Khawarij of Bajaur", "BLC"} <= set(shown["aliases"])
    assert shown["incidents"] == 1
    actions = [(h["action"], h["reason"]) for h in shown["history"]]
    assert ("alias", "name used by ISPR") in actions and ("merge", "a TTP faction") in actions
    assert ("create", None) in actions  # the merged actor's own history came along
    # The merged actor is gone; its names find the kept one.
    assert run_json("actors", "show", "Bajaur local cell", "--json")["name"] == "Tehrik-i-Taliban Pakistan"


def test_a_spelling_already_taken_is_refused_in_one_line(run, db_path):
    _add(run, "--country", "PK")
    result = run("actors", "add", "Another group", "--alias", "TTP", expect=1)
    assert result.stderr.count("\n") == 1 and "already names actor" in result.stderr
    assert "Traceback" not in result.stderr
    assert run("actors", "show", "Another group", expect=1).stderr.startswith("Error: No actor")


# --- ACLED both ways ---------------------------------------------------------------


def test_acled_export_fills_actors_types_and_interaction(run, db_path):
    _add(run, "--country", "PK", "-p", "TTP", "--target", "military", "--killed", "3")
    run(
        "add", "--date", "2025-11-24", "--type", "explosions", "--sub-type", "drone strike", "--country", "TJ",
        "--place", "Shamsiddin Shohin", "--origin", "Badakhshan, Afghanistan", "--attribution", "alleged",
        "--target", "business", "--victims", "Chinese workers", "--victim-nationality", "CN", "--killed", "3",
    )  # fmt: skip
    ttp, drone = _acled(run, "--sort", "date")
    assert (ttp["actor1"], ttp["inter1"], ttp["actor2"], ttp["inter2"], ttp["interaction"]) == (
        "Tehrik-i-Taliban Pakistan",
        "2",
        "Military Forces of Pakistan",
        "1",
        "12",
    )
    assert drone["actor1"] == "Unidentified Armed Group (Afghanistan)"  # the origin, not the event's country
    assert (drone["inter1"], drone["actor2"], drone["assoc_actor_2"], drone["interaction"]) == (
        "3",
        "Civilians (China)",
        "Chinese workers",
        "37",
    )


def test_acled_round_trip_keeps_origin_actors_and_victims(run, run_json, db_path, tmp_path):
    run(
        "add", "--date", "2025-11-24", "--type", "explosions", "--country", "TJ", "--origin", "Afghanistan",
        "--attribution", "alleged", "--target", "business", "--victims", "Chinese workers",
        "--victim-nationality", "CN", "--killed", "3",
    )  # fmt: skip
    _add(run, "--country", "PK", "-p", "ISIS-K", "--killed", "1")
    out = tmp_path / "acled.csv"
    run("export", "--layout", "acled", "-o", str(out))
    other = tmp_path / "other.db"
    run("--db", str(other), "import", str(out))
    records = {r["event_date"]: r for r in run_json("--db", str(other), "list", "--json")}
    drone = records["2025-11-24"]
    assert (drone["attribution"], drone["origin_country"], drone["perpetrator"]) == ("alleged", "AF", None)
    assert (drone["victims"], drone["victim_nationality"]) == ("Chinese workers", "CN")
    assert records["2025-10-12"]["perpetrator"] == "Islamic State Khorasan Province"


def test_acled_import_adds_unknown_actors_to_the_dictionary_with_their_type(run, run_json, tmp_path):
    path = tmp_path / "acled.csv"
    header = "event_id_cnty,event_date,event_type,actor1,inter1,actor2,inter2,country,fatalities"
    path.write_text(
        f"{header}\nPAK1,2025-03-01,Battles,Lashkar-e-Kurram,3,Military Forces of Pakistan,1,Pakistan,2\n"
        f"PAK2,2025-03-02,Battles,Unidentified Armed Group (Pakistan),3,Civilians (Pakistan),7,Pakistan,1\n",
        encoding="utf-8",
    )
    run("import", str(path))
    shown = run_json("actors", "show", "Lashkar-e-Kurram", "--json")
    assert (shown["type"], shown["country"], shown["incidents"]) == (3, None, 1)
    assert "named in an imported file" in shown["history"][0]["reason"]
    names = {a["name"] for a in run_json("actors", "list", "--json")}
    assert not any(n.startswith(("Unidentified Armed Group", "Civilians")) for n in names)


def test_a_refused_acled_import_adds_no_actor(run, run_json, tmp_path):
    path = tmp_path / "acled.csv"
    header = "event_id_cnty,event_date,event_type,actor1,inter1,country,fatalities"
    path.write_text(
        f"{header}\nA1,2025-03-01,Battles,New Group One,2,Pakistan,2\nA2,2025-03-02,Battles,X,2,Pakistan,-4\n",
        encoding="utf-8",
    )
    run("import", str(path), expect=2)
    store = IncidentStore.open(tmp_path / "incidents.db")
    assert ActorStore(store.conn).lookup("New Group One") is None


# --- deaths by side, clarity, source reliability --------------------------------------


def test_deaths_by_side_must_agree_with_the_totals():
    whole = {"event_date": "2025-01-01", "event_type": "Battles", "country": "PK", "killed": 5}
    check_record({**whole, "deaths_a": 2, "deaths_b": 3, "deaths_civilians": 0, "deaths_unknown": 0})
    check_record({**whole, "deaths_a": 2})  # some parts, within the total
    with pytest.raises(ValidationError, match="do not add up to killed"):
        check_record({**whole, "deaths_a": 2, "deaths_b": 2, "deaths_civilians": 0, "deaths_unknown": 0})
    with pytest.raises(ValidationError, match="more than the killed total"):
        check_record({**whole, "deaths_a": 4, "deaths_b": 2})
    ranged = {**whole, "killed": 5, "killed_high": 8}
    check_record({**ranged, "deaths_a": 4, "deaths_b": 3})  # within the high figure


def test_deaths_by_side_that_disagree_are_refused_and_nothing_is_written(run, db_path):
    _add(run, "--country", "PK", "--killed", "5")
    before = db_path.read_bytes()
    result = run("edit", "1", "--deaths-a", "9", expect=2)
    assert "more than the killed total" in result.stderr and "Traceback" not in result.stderr
    assert db_path.read_bytes() == before
    run("edit", "1", "--deaths-a", "2", "--deaths-b", "3", "--deaths-civilians", "0", "--deaths-unknown", "0")
    shown = json.loads(run("show", "1", "--json").stdout)
    assert [shown[f] for f in ("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown")] == [2, 3, 0, 0]


def test_clarity_filter_and_source_reliability_survive_a_csv_round_trip(run, run_json, tmp_path):
    _add(run, "--country", "PK", "--clarity", "unclear", "--source", "https://example.org/a")
    _add(run, "--country", "PK", "--clarity", "clear")
    run("source", "add", "1", "https://example.org/b", "--reliability", "state media, one side's figures")
    assert [i["id"] for i in run_json("list", "--clarity", "unclear", "--json")] == [1]
    out = tmp_path / "all.csv"
    run("export", "-o", str(out))
    other = tmp_path / "other.db"
    run("--db", str(other), "import", str(out))
    copied = run_json("--db", str(other), "show", "1", "--json")
    assert copied["event_clarity"] == "unclear"
    assert [s["reliability"] for s in copied["sources"]] == [None, "state media, one side's figures"]


def test_show_names_both_sides(run, run_json, db_path):
    _add(run, "--country", "PK", "-p", "TTP", "--target", "police")
    sides = run_json("show", "1", "--json")["sides"]
    assert sides["actor1"]["name"] == "Tehrik-i-Taliban Pakistan"
    assert sides["actor2"]["name"] == "Police Forces of Pakistan"
    assert sides["interaction"] == "12"
    text = run("show", "1").stdout
    assert "Side 1 (acted)" in text and "Tehrik-i-Taliban Pakistan" in text


def test_the_dictionary_tables_exist_after_migration(tmp_path: Path):
    IncidentStore.open(tmp_path / "x.db").close()
    conn = sqlite3.connect(tmp_path / "x.db")
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"actors", "actor_aliases", "actor_history"} <= names
