"""The article's incidents, recorded through the CLI, come back exactly as entered."""

from __future__ import annotations


def test_example_incidents_round_trip(example_db, run_json):
    first, second = run_json("list", "--json", "--sort", "date")
    assert first["event_date"] == "2025-11-24"
    assert first["date_precision"] == "day"
    assert first["place"] == "near the Esteqlol border crossing"
    assert first["geo_precision"] == "admin2"  # the district its second source names stands in
    assert first["event_type"] == "Explosions/Remote violence"
    assert first["sub_event_type"] == "Air/drone strike"
    assert first["weapons"] == ["drone", "grenade", "firearms"]
    assert first["killed"] == 3 and first["killed_low"] is None and first["injured"] is None
    assert first["attribution"] == "alleged"
    assert (first["origin_place"], first["origin_country"]) == ("Badakhshan", "AF")
    assert first["attributed_by"] == "Tajik authorities"
    assert first["victim_nationality"] == "CN" and first["target_type"] == "business"
    assert first["civilian_targeting"] is True
    assert first["sources"][0]["outlet"] == "Inter Bellum News"
    assert first["links"] == [{"id": 2, "uid": second["uid"], "kind": "related"}]
    assert second["event_date"] == "2025-11-30"
    assert second["country"] == "TJ" and second["place"] is None
    assert second["geo_precision"] == "country"
    assert second["killed"] == 2 and second["attribution"] == "unattributed"
    assert second["weapons"] == ["unknown"]
