"""probe13: the online tier against a hostile Nominatim (a real socket on 127.0.0.1, never the internet).

A broken server (slow, closing, 5xx, 429, a redirect elsewhere, HTML, bad or huge JSON) must end in one
line and a clear exit, or in the offline answer with a note that says so; a server that answers wrongly
(a latitude of 999, a point across the world, control characters in a name, a country for a village)
must never have its answer stored as a confident place. Nothing is ever asked of a host but the one
configured.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from incident_tracker.errors import GeocodingError
from incident_tracker.geo.online import OnlineGeocoder
from incident_tracker.geo.text import parse_query

Run = Callable[..., Result]
Behaviour = Callable[[BaseHTTPRequestHandler], None]

#: A village in Badakhshan no offline tier knows: only the online tier can answer for it.
VILLAGE = "Qqrzzt"

ANSWER: dict[str, Any] = {
    "place_id": 7,
    "osm_type": "node",
    "osm_id": 42,
    "lat": "37.10",
    "lon": "70.55",
    "class": "place",
    "type": "village",
    "addresstype": "village",
    "place_rank": 19,
    "name": VILLAGE,
    "display_name": f"{VILLAGE}, Badakhshan, Afghanistan",
    "address": {"state": "Badakhshan", "country": "Afghanistan", "country_code": "af"},
}


class Hostile(ThreadingHTTPServer):
    daemon_threads = True
    requests: list[str]
    behave: Behaviour
    #: Set when the test ends: a server that never answers (:func:`_slow`, :func:`_trickle`) stops then.
    released: threading.Event


class Handler(BaseHTTPRequestHandler):
    server: Hostile

    def do_GET(self) -> None:
        self.server.requests.append(self.path)
        self.server.behave(self)

    def log_message(self, *args: Any) -> None:
        pass

    def answer(self, body: bytes, status: int = 200, kind: str = "application/json", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)


def _serve() -> Hostile:
    server = Hostile(("127.0.0.1", 0), Handler)
    server.requests = []
    server.released = threading.Event()
    server.behave = lambda handler: handler.answer(json.dumps([ANSWER]).encode())  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _serving() -> Iterator[Hostile]:
    made = _serve()
    yield made
    made.released.set()
    made.shutdown()
    made.server_close()


@pytest.fixture
def server() -> Iterator[Hostile]:
    yield from _serving()


@pytest.fixture
def elsewhere() -> Iterator[Hostile]:
    """A second host a hostile server may send the client to: it must never be asked."""
    yield from _serving()


def url(server: Hostile, host: str = "127.0.0.1") -> str:
    return f"http://{host}:{server.server_address[1]}"


def online(server: Hostile, tmp_path: Path, timeout: float = 2.0) -> OnlineGeocoder:
    return OnlineGeocoder(url=url(server), cache_path=tmp_path / "online.sqlite", min_delay=0.0, timeout=timeout)


def json_body(payload: Any) -> Behaviour:
    return lambda handler: handler.answer(json.dumps(payload).encode())  # type: ignore[attr-defined]


def one_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


# --- broken servers: one line, no traceback, nothing stored -----------------------------------------------------


#: How long a server that never answers holds the request: far past any client's deadline here, so that only
#: the client's deadline can end the request however long the machine makes the test wait (probe24).
HELD_S = 30.0


def _slow(handler: BaseHTTPRequestHandler) -> None:
    """No answer at all until the test ends. Before probe24 it slept 3 s and hung up, so a client whose 1 s deadline
    fired late under load would have met "closed the connection" instead."""
    handler.server.released.wait(HELD_S)  # type: ignore[attr-defined]


def _trickle(handler: BaseHTTPRequestHandler) -> None:
    """Headers at once, then a byte every 0.3 s until the test ends: each read is within the timeout, the whole is
    not."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    try:
        while not handler.server.released.wait(0.3):  # type: ignore[attr-defined]
            handler.wfile.write(b" ")
            handler.wfile.flush()
    except OSError:
        pass  # the client hung up: what it should do


def _closed(handler: BaseHTTPRequestHandler) -> None:
    handler.close_connection = True
    handler.connection.close()


def _status(code: int, **headers: str) -> Behaviour:
    return lambda handler: handler.answer(b"<html>busy</html>", code, "text/html", **headers)  # type: ignore[attr-defined]


def _html(handler: BaseHTTPRequestHandler) -> None:
    page = b"<html><body>\x1b]0;owned\x07Welcome to our captive portal</body></html>\n" * 20
    handler.answer(page, 200, "text/html")  # type: ignore[attr-defined]


def _truncated(handler: BaseHTTPRequestHandler) -> None:
    body = json.dumps([ANSWER]).encode()
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body[: len(body) // 2])
    handler.close_connection = True


def _huge(handler: BaseHTTPRequestHandler) -> None:
    chunk = json.dumps(ANSWER).encode() + b","
    count = 40_000_000 // len(chunk)
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(1 + len(chunk) * count + len(json.dumps(ANSWER)) + 1))
    handler.end_headers()
    try:
        handler.wfile.write(b"[")
        for _ in range(count):
            handler.wfile.write(chunk)
        handler.wfile.write(json.dumps(ANSWER).encode() + b"]")
    except OSError:
        pass  # the client hung up: what it should do


BROKEN: dict[str, tuple[Behaviour, str]] = {
    "slow": (_slow, "did not answer within"),
    "trickle": (_trickle, "did not answer within"),
    "closed": (_closed, "closed the connection"),
    "500": (_status(500), "HTTP 500"),
    "503": (_status(503), "HTTP 503"),
    "html": (_html, "not a Nominatim answer"),
    "truncated": (_truncated, "closed the connection"),
    "malformed": (lambda h: h.answer(b'[{"lat": "37.1", "lon": }]'), "not a Nominatim answer"),  # type: ignore[attr-defined]
    "object": (json_body({"lat": "37.1", "lon": "70.5", "name": VILLAGE}), "not a Nominatim answer"),
    "list of strings": (json_body(["37.1", "70.5"]), "not a Nominatim answer"),
    "huge": (_huge, "larger than"),
}


#: The broken servers whose fault is time: given 1 s, the client must give up on its own. Every other server answers
#: at once, and is given 30 s: with 1 s, a loaded machine that let the server's thread run only after a second made
#: `malformed` fail as "did not answer within" (probe24); the answer's words are what those cases check.
TIMED = {"slow": 1.0, "trickle": 1.0}


@pytest.mark.parametrize("name", list(BROKEN))
def test_a_broken_server_is_one_clear_error(name: str, server: Hostile, tmp_path: Path) -> None:
    server.behave, expected = BROKEN[name]
    began = time.monotonic()
    with pytest.raises(GeocodingError) as raised:
        online(server, tmp_path, timeout=TIMED.get(name, HELD_S)).search(VILLAGE)
    text = str(raised.value)
    assert expected in text and "\n" not in text and "<html" not in text and "\x1b" not in text, text
    assert len(text) < 400, text
    # The timed servers never end the request themselves (HELD_S): "did not answer within" above is the client's
    # own deadline, and it gave up long before the server would have.
    assert time.monotonic() - began < HELD_S / 2
    assert len(_recorded(server)) == 1  # no silent retries
    with sqlite3.connect(tmp_path / "online.sqlite") as cache:
        assert cache.execute("SELECT count(*) FROM answers").fetchone() == (0,)  # a failure is not cached


def _recorded(server: Hostile) -> list[str]:
    """The requests the server has read, once it has read one: a client that gave up at its 1 s deadline may have
    done so before a loaded machine let the server's thread read the request it had sent (the client is done by
    now, so nothing more can come)."""
    waited = time.monotonic() + HELD_S
    while not server.requests and time.monotonic() < waited:
        time.sleep(0.01)
    return server.requests


@pytest.mark.parametrize("name", ["closed", "503", "html", "object", "huge"])
def test_add_keeps_the_offline_answer_and_says_why(
    name: str, server: Hostile, run: Run, run_json: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    server.behave = BROKEN[name][0]
    monkeypatch.setenv("TRACKER_ONLINE_GEOCODER", "nominatim")
    monkeypatch.setenv("TRACKER_NOMINATIM_URL", url(server))
    result = run("add", "--date", "2025-11-24", "--type", "battles", "--place", f"{VILLAGE}, Badakhshan", "--no-input")
    assert "Traceback" not in result.stderr and "kept as reported" in result.stderr
    incident = run_json("show", "1", "--json")
    assert incident["geocoder"] != "nominatim"


def test_geocode_online_against_a_broken_server_is_a_note_not_a_traceback(
    server: Hostile, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.behave = _status(500)
    monkeypatch.setenv("TRACKER_NOMINATIM_URL", url(server))
    result = run("geocode", VILLAGE, "--online", expect=1)
    assert "HTTP 500" in result.stderr and "Traceback" not in result.stderr


def test_429_keeps_its_wait_across_commands(server: Hostile, tmp_path: Path) -> None:
    server.behave = _status(429, Retry_After="120")
    with pytest.raises(GeocodingError, match=r"asked to wait 120 s"):
        online(server, tmp_path).search(VILLAGE)
    server.behave = json_body([ANSWER])
    with pytest.raises(GeocodingError, match=r"asked to wait"):  # a new command (process) waits too
        online(server, tmp_path).search("another village")
    assert len(server.requests) == 1


def test_a_redirect_to_another_host_is_not_followed(server: Hostile, elsewhere: Hostile, tmp_path: Path) -> None:
    target = f"{url(elsewhere, 'localhost')}/search?q=x&format=json"
    server.behave = lambda handler: handler.answer(b"", 302, "text/plain", Location=target)  # type: ignore[attr-defined]
    with pytest.raises(GeocodingError, match=r"redirect"):
        online(server, tmp_path).search(VILLAGE)
    assert elsewhere.requests == []


def test_geocode_missing_stops_asking_a_server_that_is_down(
    server: Hostile, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    for day in ("2025-11-24", "2025-11-25", "2025-11-26"):
        run("add", "--date", day, "--type", "battles", "--place", f"Qqrzz{day[-1]}t, Badakhshan", "--no-input")
    server.behave = _status(503)
    monkeypatch.setenv("TRACKER_NOMINATIM_URL", url(server))
    result = run("geocode", "--missing", "--online")
    assert len(server.requests) == 1, server.requests  # the first failure stops the asking for this command
    assert result.stderr.count("HTTP 503") == 1, result.stderr


# --- answers that are wrong rather than broken: never a confident wrong place ------------------------------------


def _answer(**changes: Any) -> dict[str, Any]:
    return {**ANSWER, **changes}


WRONG: dict[str, dict[str, Any]] = {
    "latitude 999": _answer(lat="999"),
    "latitude NaN": _answer(lat="NaN"),
    "longitude inf": _answer(lon="inf"),
    "no coordinates": {k: v for k, v in ANSWER.items() if k not in ("lat", "lon")},
    "null island": _answer(lat="0", lon="0"),
    "far side of the world": _answer(lat="-33.45", lon="-70.66"),  # Santiago de Chile, filed under Afghanistan
    "another country": _answer(address={"country": "Chile", "country_code": "cl"}, lat="-33.45", lon="-70.66"),
}


@pytest.mark.parametrize("name", list(WRONG))
def test_a_wrong_answer_is_not_stored(
    name: str, server: Hostile, run: Run, run_json: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    server.behave = json_body([WRONG[name]])
    monkeypatch.setenv("TRACKER_ONLINE_GEOCODER", "nominatim")
    monkeypatch.setenv("TRACKER_NOMINATIM_URL", url(server))
    result = run("add", "--date", "2025-11-24", "--type", "battles", "--place", f"{VILLAGE}, Badakhshan", "--no-input")
    assert "Traceback" not in result.stderr
    incident = run_json("show", "1", "--json")
    assert incident["geocoder"] != "nominatim", incident
    assert incident["latitude"] is None or -90 <= incident["latitude"] <= 90
    assert incident["latitude"] is None or incident["latitude"] > 25  # never Chile


def test_a_country_answered_for_a_village_is_not_exact(server: Hostile, tmp_path: Path) -> None:
    country = _answer(
        **{"class": "boundary", "type": "administrative", "place_rank": 4, "lat": "33.9", "lon": "67.7"},
        name="Afghanistan",
    )
    country.pop("addresstype")
    server.behave = json_body([country])
    (location,) = online(server, tmp_path).geocode(parse_query(VILLAGE), "AF")
    assert location.raw["geo_precision"] == "country"
    province = _answer(**{"class": "boundary", "type": "administrative", "place_rank": 8, "addresstype": "unknown"})
    server.behave = json_body([province])
    (location,) = online(server, tmp_path).geocode(parse_query("Qqrzzu"), "AF")
    assert location.raw["geo_precision"] == "admin1"
    unranked = _answer(**{"class": "highway", "type": "residential", "addresstype": "road"})
    unranked.pop("place_rank")
    server.behave = json_body([unranked])
    (location,) = online(server, tmp_path).geocode(parse_query("Qqrzzv"), "AF")
    assert location.raw["geo_precision"] != "exact"


def test_control_characters_and_bidi_overrides_are_not_stored_or_shown(
    server: Hostile, run: Run, run_json: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    hostile = f"{VILLAGE}\x1b]0;owned\x07\u202e\u2066"
    server.behave = json_body([_answer(name=hostile, display_name=f"{hostile}\x1b[2J, Badakhshan, Afghanistan")])
    monkeypatch.setenv("TRACKER_ONLINE_GEOCODER", "nominatim")
    monkeypatch.setenv("TRACKER_NOMINATIM_URL", url(server))
    result = run("geocode", VILLAGE, "--online")
    for shown in (result.stdout, result.stderr):
        assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown and "\u2066" not in shown
    run("add", "--date", "2025-11-24", "--type", "battles", "--place", f"{VILLAGE}, Badakhshan", "--no-input")
    stored = json.dumps(run_json("show", "1", "--json"), ensure_ascii=False)
    assert "\x1b" not in stored and "\x07" not in stored and "\u202e" not in stored and "\u2066" not in stored


# --- the cache: a file of its own, or nothing is asked -------------------------------------------------------------


def test_a_cache_that_is_a_symlink_to_the_database_is_not_followed(
    server: Hostile, run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "incidents.db"
    run("add", "--date", "2025-11-24", "--country", "AF", "--type", "battles", "--no-input")
    before = database.read_bytes()
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "online-cache.sqlite").symlink_to(database)
    with pytest.raises(GeocodingError, match=r"is a symbolic link; it is not followed") as raised:
        OnlineGeocoder(url=url(server), cache_path=cache / "online-cache.sqlite", min_delay=0).search(VILLAGE)
    one_line(str(raised.value))
    assert database.read_bytes() == before and server.requests == []
    with sqlite3.connect(database) as conn:
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name IN ('answers', 'state')").fetchone() == (0,)


def _own_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A cache folder of the test's own (the session's is shared), with the session's gazetteer linked in."""
    cache = tmp_path / "cache"
    cache.mkdir()
    for built in Path(os.environ["TRACKER_CACHE_DIR"]).glob("gazetteer-*.sqlite"):
        (cache / built.name).symlink_to(built.resolve())
    monkeypatch.setenv("TRACKER_CACHE_DIR", str(cache))
    return cache


def test_a_read_only_cache_is_one_line_and_nothing_is_asked(
    server: Hostile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from test_files import run_read_only

    cache = _own_cache(monkeypatch, tmp_path)
    OnlineGeocoder(url=url(server), cache_path=cache / "online-cache.sqlite", min_delay=0).search("warm")
    server.requests.clear()
    monkeypatch.setenv("TRACKER_NOMINATIM_URL", url(server))
    done = run_read_only(cache / "online-cache.sqlite", "geocode", VILLAGE, "--online")
    assert "Traceback" not in done.stderr and done.returncode == 1, done.stderr
    assert "Cannot use the online geocoder's cache" in done.stderr and "nothing was asked online" in done.stderr
    assert server.requests == []


@pytest.mark.parametrize("damage", ["not sqlite", "a folder"])
def test_a_cache_that_cannot_be_used_is_one_line_and_nothing_is_asked(
    damage: str, server: Hostile, tmp_path: Path
) -> None:
    path = tmp_path / "online-cache.sqlite"
    if damage == "not sqlite":
        path.write_bytes(b"this is no database, only text" * 200)
    else:
        path.mkdir()
    with pytest.raises(GeocodingError) as raised:
        OnlineGeocoder(url=url(server), cache_path=path, min_delay=0).search(VILLAGE)
    assert "online geocoder's cache" in one_line(str(raised.value))
    assert server.requests == []


def test_a_hand_edited_cache_answer_is_held_to_the_same_checks(server: Hostile, tmp_path: Path) -> None:
    online(server, tmp_path).search(VILLAGE)
    with sqlite3.connect(tmp_path / "online.sqlite") as conn:
        conn.execute("UPDATE answers SET response = ?", [json.dumps([_answer(lat="NaN")])])
    assert online(server, tmp_path).search(VILLAGE) == []
    with sqlite3.connect(tmp_path / "online.sqlite") as conn:
        conn.execute("UPDATE answers SET response = '{\"lat\": 1'")
    with pytest.raises(GeocodingError, match=r"holds an answer that is not Nominatim's"):
        online(server, tmp_path).search(VILLAGE)


ASK = """
import sys, time
from pathlib import Path
from incident_tracker.geo.online import OnlineGeocoder
online = OnlineGeocoder(url=sys.argv[1], cache_path=Path(sys.argv[2]), min_delay=1.0, timeout=10)
for query in sys.argv[3:]:
    online.search(query)
"""


def test_two_processes_share_the_cache_and_the_rate_limit(server: Hostile, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    cache = tmp_path / "online.sqlite"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    stamps: list[float] = []
    behave = server.behave
    server.behave = lambda handler: (stamps.append(time.time()), behave(handler))  # type: ignore[func-returns-value]
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", ASK, url(server), str(cache), f"q{who}-1", f"q{who}-2", "shared"], env=env
        )
        for who in range(2)
    ]
    assert [p.wait(timeout=60) for p in processes] == [0, 0]
    assert len(stamps) in (5, 6)  # "shared" asked once, or by both when they reach it together
    gaps = [b - a for a, b in zip(sorted(stamps), sorted(stamps)[1:], strict=False)]
    assert min(gaps) >= 0.7, gaps  # one request a second between the two processes, less a loaded machine's lag
    with sqlite3.connect(cache) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM answers").fetchone() == (5,)


def test_the_rate_limit_holds_across_two_commands(
    server: Hostile, run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _own_cache(monkeypatch, tmp_path)
    monkeypatch.setenv("TRACKER_NOMINATIM_URL", url(server))
    stamps: list[float] = []
    behave = server.behave
    server.behave = lambda handler: (stamps.append(time.time()), behave(handler))  # type: ignore[func-returns-value]
    run("geocode", "Qqrzzt", "--online", expect=None)
    run("geocode", "Qqrzzw", "--online", expect=None)
    assert len(stamps) == 2 and stamps[1] - stamps[0] >= 0.9


def test_an_empty_answer_is_no_place_and_is_cached(server: Hostile, tmp_path: Path) -> None:
    """What held: an empty list is "nothing found", cached like any answer (asked once)."""
    server.behave = json_body([])
    assert online(server, tmp_path).search(VILLAGE) == []
    assert online(server, tmp_path).search(VILLAGE) == []
    assert len(server.requests) == 1


def test_a_line_break_in_the_contact_stays_out_of_the_request(
    server: Hostile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """TRACKER_CONTACT with a CR LF in it made urllib refuse the request ("Invalid header value", the header
    quoted with its line break in the analyst's message); the contact is one line of the User-Agent now."""
    agents: list[str] = []
    behave = server.behave
    server.behave = lambda handler: (agents.append(handler.headers["User-Agent"]), behave(handler))  # type: ignore[func-returns-value]
    monkeypatch.setenv("TRACKER_CONTACT", "desk@example.org\r\nX-Injected: 1")
    assert online(server, tmp_path).search(VILLAGE)
    assert agents == ["incident-tracker/" + agents[0].split("/", 1)[1]] and "\r" not in agents[0]
    assert agents[0].endswith("; desk@example.org X-Injected: 1)")


@pytest.mark.parametrize("address", ["http://[::1", "http://127.0.0.1:notaport", "ftp://127.0.0.1:9", "http://a b"])
def test_a_server_address_that_is_no_address_is_one_line(
    address: str, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`TRACKER_NOMINATIM_URL=http://[::1` ended in a bare ValueError (Invalid IPv6 URL); a port that is no
    number or a space in the host in "closed the connection", as if a server had been reached."""
    monkeypatch.setenv("TRACKER_NOMINATIM_URL", address)
    result = run("geocode", VILLAGE, "--online", expect=None)
    assert result.exit_code == 1 and "is not the address of a Nominatim server" in one_line(result.stderr)
