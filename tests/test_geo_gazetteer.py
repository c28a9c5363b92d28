"""The offline gazetteer: streaming build, lookups, reverse lookup, status.

The real gazetteer is built once per session in the session's cache folder (the
same one ``TRACKER_CACHE_DIR`` points at), so every geo test file shares it.
"""

from __future__ import annotations

import io
import json
import statistics
import time
from pathlib import Path

import pytest

from incident_tracker.errors import GeocodingError
from incident_tracker.geo.gazetteer import GAZETTEER_VERSION, Gazetteer, iter_records, status
from incident_tracker.geo.text import name_key, phonetic_key


@pytest.fixture(scope="session")
def gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    path = tmp_path_factory.getbasetemp() / "cache" / f"gazetteer-v{GAZETTEER_VERSION}.sqlite"
    return Gazetteer.open(path)


# --- streaming the source ---------------------------------------------------------


def _source(records: dict[str, dict[str, object]]) -> bytes:
    return json.dumps(records, ensure_ascii=False, indent=1).encode()


@pytest.mark.parametrize("chunk", [7, 64, 1 << 20])
def test_iter_records_yields_each_value_whatever_the_chunk_size(chunk: int) -> None:
    records = {str(i): {"geonameid": i, "name": f"Qal‘a {i}", "alternatenames": ["Ḵ", "Хорог"]} for i in range(50)}
    data = _source(records)
    seen: list[tuple[int, int]] = []
    out = list(iter_records(io.BytesIO(data), total=len(data), progress=lambda d, t: seen.append((d, t)), chunk=chunk))
    assert out == list(records.values())
    assert seen[-1] == (len(data), len(data))


def test_iter_records_reports_a_truncated_file() -> None:
    data = _source({"1": {"name": "A"}, "2": {"name": "B"}})[:-12]
    with pytest.raises(GeocodingError, match="truncated"):
        list(iter_records(io.BytesIO(data), chunk=8))


def test_iter_records_refuses_something_else() -> None:
    with pytest.raises(GeocodingError, match="not a JSON object"):
        list(iter_records(io.BytesIO(b"[1, 2]")))


# --- the built gazetteer -----------------------------------------------------------


def test_build_holds_every_place_and_its_provinces(gazetteer: Gazetteer) -> None:
    meta = gazetteer.meta()
    assert int(meta["places"]) > 230_000
    assert int(meta["names"]) > 500_000
    assert "CC BY 4.0" in meta["licence"]
    assert gazetteer.admin1_name("TJ", "01") == "Gorno-Badakhshan"
    assert gazetteer.admin1_name("AF", "01") == "Badakhshan"
    assert {gazetteer.admin1_name("TJ", c) for c in ("02", "03")} == {"Khatlon", "Sughd"}


def test_alternate_and_cyrillic_names_find_the_place(gazetteer: Gazetteer) -> None:
    for spelling in ("Khorugh", "Khorog", "Хорог"):
        found = gazetteer.by_key(name_key(spelling))
        assert [(p.name, p.country, p.admin1) for p in found] == [("Khorugh", "TJ", "Gorno-Badakhshan")]


def test_phonetic_lookup_finds_both_banks_of_the_panj(gazetteer: Gazetteer) -> None:
    found = {(p.name, p.country) for p in gazetteer.by_phonetic(phonetic_key(name_key("Eshkashem")) or "")}
    assert {"TJ", "AF"} <= {country for _, country in found}


def test_scope_restricts_lookups(gazetteer: Gazetteer) -> None:
    key = name_key("Faizabad")
    everywhere = {p.country for p in gazetteer.by_key(key)}
    assert {"AF", "IN"} <= everywhere
    in_badakhshan = gazetteer.by_key(key, (frozenset({"AF"}), frozenset({("AF", "01")})))
    assert [p.name for p in in_badakhshan] == ["Fayzabad"]


def test_exact_and_alternate_lookups_take_under_two_milliseconds(gazetteer: Gazetteer) -> None:
    keys = [name_key(n) for n in ("Khorog", "Kulyab", "Fayzabad", "Kabul", "Хорог", "Qalaikhumb", "Peshawar")]
    for key in keys:
        gazetteer.by_key(key)  # warm the page cache
    timings = []
    for _ in range(30):
        for key in keys:
            started = time.perf_counter()
            gazetteer.by_key(key)
            timings.append(time.perf_counter() - started)
    assert statistics.median(timings) < 0.002


def test_nearest_place_for_reverse_lookup(gazetteer: Gazetteer) -> None:
    found = gazetteer.nearest(37.50, 71.56)
    assert found is not None
    place, km = found
    assert (place.name, place.country, place.admin1) == ("Khorugh", "TJ", "Gorno-Badakhshan")
    assert km < 2
    afghan = gazetteer.nearest(36.70, 71.57, country="AF")
    assert afghan is not None and afghan[0].country == "AF"


def test_representative_points_of_provinces_and_countries(gazetteer: Gazetteer) -> None:
    badakhshan = gazetteer.admin1_area("AF", "01")
    assert badakhshan is not None and badakhshan.seat == "Fayzabad"
    tajikistan = gazetteer.country_area("TJ")
    assert tajikistan is not None and tajikistan.seat == "Dushanbe"


def test_status_describes_the_file(gazetteer: Gazetteer, tmp_path: Path) -> None:
    info = status(gazetteer.path)
    assert info["exists"] and info["up_to_date"]
    assert info["size_bytes"] > 10_000_000
    assert "CC BY 4.0" in info["licence"]
    missing = status(tmp_path / "nothing.sqlite")
    assert missing["exists"] is False and "CC BY 4.0" in missing["licence"]


# --- opening a gazetteer whose path has URI characters ------------------------------


def test_a_gazetteer_path_with_question_mark_hash_and_percent_opens(tmp_path: Path) -> None:
    """The read-only ``file:`` URI escapes the path: an unescaped one reads '?' as the query, '#' as a fragment."""
    import sqlite3

    from incident_tracker.store import gazetteer as sql

    folder = tmp_path / "odd?name#1 50%"
    folder.mkdir()
    path = folder / "gaz%41.sqlite"
    conn = sqlite3.connect(path)
    conn.executescript(sql.SCHEMA)
    sql.set_meta(conn, [("version", "test"), ("source_version", "x")])
    conn.commit()
    conn.close()
    opened = Gazetteer(path)
    try:
        assert opened.meta()["version"] == "test"
        assert opened.by_key("nothing") == []
    finally:
        opened.close()
    assert sql.meta_value(path, "version") == "test"
    assert status(path)["admin1"] == 0
    # Read-only: the connection cannot write.
    ro = sql.open_read_only(path)
    with pytest.raises(sqlite3.OperationalError):
        ro.execute("INSERT INTO meta VALUES ('k', 'v')")
    ro.close()
    # What the old unescaped URI did with the same path: it opened another file, or none.
    with pytest.raises(sqlite3.Error):
        naive = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        naive.execute("SELECT 1 FROM meta").fetchone()
