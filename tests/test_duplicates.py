"""``tracker duplicates`` finds, through its indexes, exactly the pairs the all-pairs comparison found.

The all-pairs comparison below is the algorithm the command used before it was blocked
(every pair of live incidents within the date window, scored by ``similarity``); it is kept
here only as the oracle the blocked sweep is checked against, on generated databases dense
enough that every kind of pair (located or not, same or other country and type, unknown
tolls, linked and deleted incidents) occurs many times.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from incident_tracker.store import Filters, IncidentStore
from incident_tracker.store.database import rows
from incident_tracker.store.duplicates import (
    Match,
    duplicate_pairs,
    iter_duplicate_pairs,
    pair_reasons,
    scan_duplicate_batches,
    scan_duplicate_pairs,
    similarity,
)

_COLUMNS = "id, event_date, place, country, latitude, longitude, killed, event_type, sub_event_type"
_ALL_PAIRS = f"""
SELECT {", ".join("a." + c.strip() + " AS a_" + c.strip() for c in _COLUMNS.split(","))},
       {", ".join("b." + c.strip() + " AS b_" + c.strip() for c in _COLUMNS.split(","))}
FROM incidents AS a JOIN incidents AS b
  ON b.id > a.id AND abs(julianday(a.event_date) - julianday(b.event_date)) <= ?
WHERE a.deleted_at IS NULL AND b.deleted_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM links AS l WHERE l.kind = 'duplicate_of'
                  AND ((l.incident_id = a.id AND l.other_id = b.id) OR (l.incident_id = b.id AND l.other_id = a.id)))
ORDER BY a.id, b.id
"""


def all_pairs(conn: sqlite3.Connection, *, days: int, km: float, min_score: float) -> list[Match]:
    """The oracle: every pair within the window, scored, as the command did before blocking."""
    names = [c.strip() for c in _COLUMNS.split(",")]
    found = []
    for row in rows(conn, _ALL_PAIRS, [days]):
        a = {n: row[f"a_{n}"] for n in names}
        b = {n: row[f"b_{n}"] for n in names}
        match = similarity(a, b, days=days, km=km)
        if match.score >= min_score and not match.far:
            found.append(match)
    return sorted(found, key=lambda m: (-m.score, m.first or 0, m.second))


SUB_TYPES = ["Armed clash", "Attack", "Air/drone strike", "Shelling/artillery/missile attack", "Peaceful protest"]
#: Clusters of places: two a few km apart, one on the antimeridian, one near a pole.
CENTRES = [(37.5, 71.5), (37.6, 71.6), (36.0, 70.0), (0.0, 179.95), (0.0, -179.95), (89.5, 10.0), (89.5, -170.0)]


def generated(seed: int, count: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    start = dt.date(2025, 1, 1)
    out = []
    for _ in range(count):
        record: dict[str, Any] = {
            "event_date": (start + dt.timedelta(days=rng.randrange(40))).isoformat(),
            "attribution": "unattributed",
        }
        if rng.random() < 0.85:
            record["country"] = rng.choice(["TJ", "AF", "UZ"])
        else:
            record["place"] = rng.choice(["a village", "the border"])
        kind = rng.random()
        if kind < 0.7:
            record["sub_event_type"] = rng.choice(SUB_TYPES)
        elif kind < 0.9:
            record["event_type"] = rng.choice(["Battles", "Violence against civilians", "Protests"])
        else:
            record["event_type"] = "Explosions/Remote violence"
        if rng.random() < 0.8:
            record["killed"] = rng.choice([0, 0, 1, 2, 3, 3, 4, 10])
        if rng.random() < 0.6:
            lat, lon = rng.choice(CENTRES)
            record["latitude"] = round(max(-90.0, min(90.0, lat + rng.gauss(0, 0.3))), 4)
            record["longitude"] = round(((lon + rng.gauss(0, 0.3) + 180) % 360) - 180, 4)
        out.append(record)
    return out


@pytest.fixture(scope="module")
def dense_store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Four hundred incidents over 40 days, some deleted and some linked as duplicates."""
    store = IncidentStore.open(tmp_path_factory.mktemp("dups") / "dense.db")
    ids = store.add_many(generated(17, 400), reason="test")
    rng = random.Random(3)
    for incident_id in rng.sample(ids, 10):
        store.delete(incident_id, reason="test")
    live = [i for i in ids if store.get(i)["deleted_at"] is None]
    for _ in range(15):
        first, second = rng.sample(live, 2)
        store.link(first, second, "duplicate_of")
    yield store
    store.close()


@pytest.mark.parametrize(
    ("days", "km", "min_score"),
    [
        (3, 50.0, 0.6),  # the defaults
        (0, 50.0, 0.6),
        (1, 10.0, 0.5),
        (3, 50.0, 0.3),  # so low that different countries and types come into play
        (7, 200.0, 0.45),
        (5, 2.0, 0.7),
        (2, 500.0, 0.8),
        (3, 50.0, 0.0),  # every pair in the window
        (3, 50.0, 0.5),  # another country reaches it two days apart; other types, a day apart
        (4, 30.0, 0.65),
    ],
)
def test_blocked_pairs_are_the_all_pairs_result(dense_store: IncidentStore, days: int, km: float, min_score: float):
    expected = all_pairs(dense_store.conn, days=days, km=km, min_score=min_score)
    found = duplicate_pairs(dense_store.conn, days=days, km=km, min_score=min_score)
    assert [m.as_dict() for m in found] == [m.as_dict() for m in expected]
    assert len(expected) > (0 if min_score >= 0.7 else 20)  # the data are dense enough to mean something


def test_streamed_pairs_come_in_date_order_and_report_progress(dense_store: IncidentStore):
    seen: list[int] = []
    streamed = list(iter_duplicate_pairs(dense_store.conn, progress=seen.append))
    key = lambda m: (m.first, m.second, m.score, m.reasons)  # noqa: E731
    assert sorted(map(key, streamed)) == sorted(map(key, duplicate_pairs(dense_store.conn)))
    dates = {r[0]: r[1] for r in dense_store.conn.execute("SELECT id, event_date FROM incidents")}
    later = [max(dates[m.first or 0], dates[m.second]) for m in streamed]
    assert later == sorted(later)
    assert seen == []  # 400 incidents: fewer than one progress step


@pytest.mark.parametrize("min_score", [0.6, 0.3])
def test_batches_are_the_pairs_of_one_incident_each_in_date_order(dense_store: IncidentStore, min_score: float):
    """``tracker duplicates`` writes a list at a time: each holds the pairs one incident makes
    with those read before it (the later of each pair), the lists in the order read."""
    batches = list(scan_duplicate_batches(dense_store.conn, min_score=min_score))
    assert all(batches) and len(batches) > 10
    flat = [pair for batch in batches for pair in batch]
    assert flat == list(scan_duplicate_pairs(dense_store.conn, min_score=min_score))
    order = {r[0]: r[1:] for r in dense_store.conn.execute("SELECT id, event_date, id FROM incidents")}
    later = []
    for batch in batches:
        ids = {max((p[0][0], p[1][0]), key=order.__getitem__) for p in batch}
        assert len(ids) == 1  # one incident's pairs
        later.append(order[ids.pop()])
    assert later == sorted(later) and len(set(later)) == len(later)


def test_filters_narrow_both_incidents_of_a_pair(dense_store: IncidentStore):
    filters = Filters(countries=["TJ"], since="2025-01-10", until="2025-01-20")
    found = duplicate_pairs(dense_store.conn, filters=filters, min_score=0.5)
    assert found
    dates = {r[0]: (r[1], r[2]) for r in dense_store.conn.execute("SELECT id, event_date, country FROM incidents")}
    for match in found:
        for incident_id in (match.first or 0, match.second):
            date, country = dates[incident_id]
            assert country == "TJ" and "2025-01-10" <= date <= "2025-01-20"
    everything = {(m.first, m.second) for m in duplicate_pairs(dense_store.conn, min_score=0.5)}
    assert {(m.first, m.second) for m in found} < everything


def test_the_python_api_gives_the_pairs_of_strongest_first_in_its_order(run, run_json, db_path):
    """``duplicate_pairs`` is the library's call for what ``tracker duplicates --strongest-first`` prints
    (``docs/extract.md``, "From Python"): the same pairs, most alike first, a tie by the earlier id, then the later."""
    base = ["add", "--type", "battles", "--no-input", "--country", "TJ"]
    for date, killed in [("2025-11-24", "2"), ("2025-11-25", "2"), ("2025-11-24", "2"), ("2025-11-25", "4")]:
        run(*base, "--date", date, "--killed", killed)
    printed = [(p["first"], p["second"], p["score"]) for p in run_json("duplicates", "--json", "--strongest-first")]
    with IncidentStore.open(db_path) as store:
        found = [(m.first, m.second, round(m.score, 2)) for m in duplicate_pairs(store)]
    assert found == printed
    # the same day and toll; a day apart (two ties, the earlier id first); the same day, tolls apart; both apart
    assert [(first, second) for first, second, _ in found] == [(1, 3), (1, 2), (2, 3), (2, 4), (1, 4), (3, 4)]
    assert [score for *_, score in found] == [0.79, 0.71, 0.71, 0.69, 0.61, 0.61]


def test_the_python_example_in_the_docs_runs(run, db_path, capsys):
    """``docs/extract.md``'s "From Python" for duplicates is the API as it is: its code runs on a small file."""
    text = (Path(__file__).parent.parent / "docs" / "extract.md").read_text(encoding="utf-8")
    section = text[text.index("## `tracker duplicates`") :]
    code = section[section.index("```python\n") + 10 : section.index("\n```\n")]
    base = ["add", "--type", "battles", "--no-input", "--country", "TJ", "--killed", "3"]
    for date in ("2025-11-24", "2025-11-24", "2025-11-25"):
        run(*base, "--date", date)
    exec(code.replace('"incidents.db"', repr(str(db_path))), {})
    shown = capsys.readouterr().out.splitlines()
    assert shown[0].startswith("1 2 ") and any(line.startswith("{'first': 1, 'second': 2") for line in shown)


def test_command_filters_streams_and_sorts(run, run_json):
    base = ["add", "--type", "battles", "--no-input"]
    run(*base, "--date", "2025-11-24", "--country", "TJ", "--killed", "2")
    run(*base, "--date", "2025-11-25", "--country", "TJ", "--killed", "2")
    run(*base, "--date", "2025-11-02", "--country", "AF", "--killed", "5")
    run(*base, "--date", "2025-11-02", "--country", "AF", "--killed", "5", "--lat", "36.7", "--lon", "70.1")
    by_date = run_json("duplicates", "--json")
    assert [(p["first"], p["second"]) for p in by_date] == [(3, 4), (1, 2)]  # as found: the earlier pair first
    strongest = run_json("duplicates", "--json", "--strongest-first")
    assert [p["score"] for p in strongest] == sorted((p["score"] for p in by_date), reverse=True)
    assert [(p["first"], p["second"]) for p in run_json("duplicates", "--json", "--country", "TJ")] == [(1, 2)]
    assert run_json("duplicates", "--json", "--since", "2025-11-20", "--country", "AF") == []
    table = run("duplicates", "--until", "2025-11-10").stdout  # a table for people: the pair's two rows
    rows = [line.split() for line in table.splitlines() if line.strip()[:1].isdigit()]
    assert [row[0] for row in rows] == ["3", "4"], table
    result = run("duplicates", "--deleted", expect=2)  # a usage error, like other bad options
    assert "live incidents only" in result.stderr


def _pair(first: int, second: int, score: float) -> tuple[Any, ...]:
    return ((first, "2025-11-24", *[None] * 7), (second, "2025-11-24", *[None] * 7), score, 0, None)


@pytest.mark.parametrize(
    ("pair", "reasons"),
    [
        (_pair(1, 3, 0.85), ["same day", "both in TJ", "same toll (3 killed)", "both Air/drone strike"]),
        (_pair(2, 5, 0.6049999), []),
        (_pair(7, 9, 1.0), ["1 day apart", 'in "Qal‘a" and TJ', "back\\slash\ttab"]),
    ],
)
def test_a_streamed_json_item_is_what_json_dumps_writes(pair: tuple[Any, ...], reasons: list[str]):
    import json
    import textwrap

    from incident_tracker.cli.duplicates import _JsonItems

    items = _JsonItems(3)
    items._reasons = lambda pair, days: reasons  # type: ignore[method-assign,assignment]
    match = Match(pair[0][0], pair[1][0], pair[2], reasons)
    expected = json.dumps([match.as_dict()], ensure_ascii=False, indent=2)
    assert "[\n" + items.item(pair) + "\n]" == expected
    assert textwrap.indent(json.dumps(match.as_dict(), ensure_ascii=False, indent=2), "  ") == items.item(pair)


def test_pairs_found_by_the_sweep_write_and_explain_themselves_as_matches_do(dense_store: IncidentStore):
    """The tuples ``tracker duplicates`` writes from give the JSON and reasons of the Match."""
    import json
    import textwrap

    from incident_tracker.cli.duplicates import _JsonItems

    item = _JsonItems(3).item
    pairs = list(scan_duplicate_pairs(dense_store.conn, min_score=0.3))
    matches = list(iter_duplicate_pairs(dense_store.conn, min_score=0.3))
    assert len(pairs) == len(matches) > 100
    for pair, match in zip(pairs, matches, strict=True):
        reasons = pair_reasons(pair, 3)
        assert reasons == match.reasons and reasons  # made when read, the same
        written = textwrap.indent(json.dumps(match.as_dict(), ensure_ascii=False, indent=2), "  ")
        assert item(pair) == written


def test_similarity_refuses_a_gap_past_the_records_calendar_as_the_sweep_does():
    """probe23's note: ``duplicates --days`` past 73,413 was refused, but the library's ``similarity`` still tabled a
    score for every gap up to ``days`` (10**8: minutes and gigabytes) before comparing two records."""
    from incident_tracker.errors import ValidationError

    a, b = {"event_date": "2025-11-24", "country": "TJ"}, {"event_date": "2025-11-25", "country": "TJ"}
    with pytest.raises(ValidationError, match="whole number of days"):
        similarity(a, b, days=10**8)
    assert similarity(a, b, days=73_413).score > 0


def test_a_match_reads_like_the_dataclass_it_was():
    match = Match(1, 2, 0.75, ["same day"])
    assert match == Match(1, 2, 0.75, ["same day"]) and match != Match(1, 2, 0.75, [])
    assert repr(match) == "Match(first=1, second=2, score=0.75, reasons=['same day'], far=False)"
    assert Match(None, 4, 0.5).reasons == []
    draft = similarity({"event_date": "2025-11-24", "country": "TJ", "killed": 2},
                       {"id": 5, "event_date": "2025-11-26", "country": "TJ", "killed": 2})  # fmt: skip
    assert (draft.first, draft.second, draft.reasons) == (
        None,
        5,
        ["2 days apart", "both in TJ", "same toll (2 killed)"],
    )
