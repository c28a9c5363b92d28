"""tests/conftest.py's replay of a blank database's migrations (``FreshSchema``): every test's new
databases get it, but a test marked ``real_migrations`` runs the migrations themselves, in its fixtures
as in its body, and the next test gets the replay again (``pytest_runtest_setup``, suite36)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import FreshSchema
from incident_tracker.store.database import connect

#: Blank databases the replay stood in for, by the phase of the test that opened them.
REPLAYED: dict[str, int] = {}


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    REPLAYED.clear()
    real = FreshSchema.replay

    def replay(self: FreshSchema, conn: object, **options: bool) -> None:
        REPLAYED[PHASE[0]] = REPLAYED.get(PHASE[0], 0) + 1
        real(self, conn, **options)

    monkeypatch.setattr(FreshSchema, "replay", replay)
    yield


PHASE = ["fixture"]


@pytest.fixture
def made_in_a_fixture(counted: None, tmp_path: Path) -> Path:
    """A new database opened while the test's fixtures are set up."""
    PHASE[0] = "fixture"
    connect(tmp_path / "fixture.db").close()
    PHASE[0] = "body"
    return tmp_path / "fixture.db"


def _open_a_new_database(folder: Path) -> None:
    connect(folder / "body.db").close()


def test_a_new_database_is_given_the_replay(made_in_a_fixture: Path, tmp_path: Path) -> None:
    _open_a_new_database(tmp_path)
    assert REPLAYED == {"fixture": 1, "body": 1}


@pytest.mark.real_migrations
def test_a_test_marked_real_migrations_migrates_for_real_in_its_fixtures_and_body(
    made_in_a_fixture: Path, tmp_path: Path
) -> None:
    _open_a_new_database(tmp_path)
    assert REPLAYED == {}


def test_the_test_after_a_marked_one_is_given_the_replay_again(made_in_a_fixture: Path, tmp_path: Path) -> None:
    """In one process (``-n0``) this runs right after the marked test: the replay is on again."""
    _open_a_new_database(tmp_path)
    assert REPLAYED == {"fixture": 1, "body": 1}
