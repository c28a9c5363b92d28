"""Session 21's hostile probe (probe14), its first half: what probe13 left. The online cache's check of a
symbolic link made on the file SQLite really opened (no window between the look and the open), and the
online tier's timeout a setting. Each test of a fix failed before it (run against the code before it);
docs/reliability.md has the table. The second half, a database someone else has touched, is
tests/test_probe14.py."""

from __future__ import annotations

import os
import select
import socket
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from incident_tracker.errors import GeocodingError
from incident_tracker.geo.online import OnlineGeocoder
from incident_tracker.store import geocache
from test_probe13_online import VILLAGE, Hostile, _serving, one_line, url

Run = Callable[..., Result]


@pytest.fixture
def server() -> Iterator[Hostile]:
    yield from _serving()


def test_a_symlink_swapped_in_as_sqlite_opens_the_cache_is_refused(
    server: Hostile, run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """probe13 refused a cache that was a symbolic link, but looked before SQLite opened the file: a link
    put in its place between the two was followed, and the cache's tables were written into the incident
    database it led to (exit 0). The swap is made for real, on the disk, at the last moment before SQLite's
    own open (the real ``sqlite3.connect`` is called, after it)."""
    database = tmp_path / "incidents.db"
    run("add", "--date", "2025-11-24", "--country", "AF", "--type", "battles", "--no-input")
    before = database.read_bytes()
    cache = tmp_path / "cache"
    cache.mkdir()
    cache_file = cache / "online-cache.sqlite"
    real_connect = sqlite3.connect

    def swap_then_connect(target: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if Path(str(target)) == cache_file and not cache_file.is_symlink():
            link = cache / "swap"
            link.symlink_to(database)
            os.replace(link, cache_file)  # the regular file just looked at becomes a link to the database
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", swap_then_connect)
    with pytest.raises(GeocodingError, match=r"is a symbolic link; it is not followed") as raised:
        OnlineGeocoder(url=url(server), cache_path=cache_file, min_delay=0).search(VILLAGE)
    monkeypatch.setattr(sqlite3, "connect", real_connect)
    one_line(str(raised.value))
    assert cache_file.is_symlink()  # the swap really happened
    assert database.read_bytes() == before and server.requests == []
    with sqlite3.connect(database) as conn:
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name IN ('answers', 'state')").fetchone() == (0,)


def test_the_cache_opens_as_before_when_nothing_is_swapped(server: Hostile, tmp_path: Path) -> None:
    cache_file = tmp_path / "cache" / "online-cache.sqlite"
    first = OnlineGeocoder(url=url(server), cache_path=cache_file, min_delay=0).search(VILLAGE)
    again = OnlineGeocoder(url=url(server), cache_path=cache_file, min_delay=0).search(VILLAGE)
    assert first and again and len(server.requests) == 1  # the second answer came from the cache
    assert cache_file.stat().st_mode & 0o777 == 0o600
    conn = geocache.open_cache(cache_file)
    assert conn.execute("SELECT count(*) FROM answers").fetchone() == (1,)
    conn.close()


def test_the_online_timeout_is_a_setting(
    server: Hostile, run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Before: 10 s, fixed; a slow self-hosted server could not be given longer, nor a desk on a bad line
    told to give up sooner. Now ``geocoder.timeout`` in the config, or TRACKER_ONLINE_TIMEOUT."""
    hung_up: list[float] = []
    seen = threading.Event()
    server.behave = _silent_until_hung_up(hung_up, seen)
    monkeypatch.setenv("TRACKER_NOMINATIM_URL", url(server))
    monkeypatch.setenv("TRACKER_ONLINE_TIMEOUT", "1")
    result = run("geocode", VILLAGE, "--online", expect=1)
    assert "did not answer within 1 s" in result.stderr
    # Timed by the server, from the request to the client's hang-up: the command's start-up (seconds of wall on a
    # loaded machine, conc31) is no part of the timeout. The default (10 s) would hang up after 10.
    assert seen.wait(60) and hung_up[0] < 3, hung_up
    config = tmp_path / "config.toml"
    config.write_text("[geocoder]\ntimeout = 0.5\n", encoding="utf-8")
    monkeypatch.delenv("TRACKER_ONLINE_TIMEOUT")
    assert "did not answer within 0.5 s" in run("geocode", VILLAGE, "--online", expect=1).stderr
    shown = run("config", "show").stdout
    assert "geocoder.timeout" in shown and "0.5" in shown


def _silent_until_hung_up(hung_up: list[float], seen: threading.Event) -> Callable[[BaseHTTPRequestHandler], None]:
    """A server that never answers: it notes how long after the request the client hung up (at most 30 s)."""

    def behave(handler: BaseHTTPRequestHandler) -> None:
        asked = time.monotonic()
        client = handler.connection
        while time.monotonic() - asked < 30:
            if select.select([client], [], [], 0.05)[0] and not client.recv(1, socket.MSG_PEEK):
                break
        hung_up.append(time.monotonic() - asked)
        seen.set()

    return behave


@pytest.mark.parametrize("wrong", ["soon", "0", "-3", "nan", "100000"])
def test_a_timeout_that_is_no_number_of_seconds_is_one_line(
    wrong: str, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRACKER_NOMINATIM_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("TRACKER_ONLINE_TIMEOUT", wrong)
    result = run("geocode", VILLAGE, "--online", expect=2)
    assert "TRACKER_ONLINE_TIMEOUT" in one_line(result.stderr)
