"""The opt-in online tier: OpenStreetMap's Nominatim through geopy.

Off unless asked for (``tracker geocode --online``, or ``TRACKER_ONLINE_GEOCODER=nominatim``
for add/edit/--near). Nominatim's usage policy is followed: an identifying User-Agent,
at most one request per second (geopy's :class:`~geopy.extra.rate_limiter.RateLimiter`,
configured so that errors are raised, not swallowed — its default would hide an
outage as "no result"), and every answer cached on disk so a query is sent once.

``TRACKER_NOMINATIM_URL`` points at another Nominatim server (a self-hosted one, or
the local stub the tests start); ``TRACKER_CONTACT`` adds an e-mail address to the
User-Agent, as the policy asks of heavy users.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .. import __version__
from ..errors import GeocodingError
from ..store import geocache
from .chain import make_location
from .gazetteer import cache_dir
from .online_answers import OnlineServiceError, plain_name, sound_answers
from .phrase import ParsedQuery

if TYPE_CHECKING:
    from geopy.location import Location

ENABLE_ENV = "TRACKER_ONLINE_GEOCODER"
URL_ENV = "TRACKER_NOMINATIM_URL"
CONTACT_ENV = "TRACKER_CONTACT"
DEFAULT_DOMAIN = "nominatim.openstreetmap.org"
MIN_DELAY_SECONDS = 1.0

#: Nominatim's ``addresstype`` → our geo_precision.
_PRECISION = {
    "country": "country",
    "state": "admin1",
    "province": "admin1",
    "region": "admin1",
    "state_district": "admin2",
    "county": "admin2",
    "district": "admin2",
    "municipality": "admin2",
}


def _same_name(name: str, parsed: ParsedQuery) -> bool:
    from .phrase_patterns import strip_kind
    from .text import name_key

    wanted = {name_key(parsed.name), name_key(parsed.bare or "")} - {""}
    return bool({name_key(name), name_key(strip_kind(name)[0])} & wanted)


def online_enabled() -> bool:
    """Has the user opted in to the online tier ($TRACKER_ONLINE_GEOCODER, else the config file)?"""
    from ..config import value

    return bool(value("geocoder.online"))


def user_agent() -> str:
    """The config's ``geocoder.user_agent`` if set, else ours with $TRACKER_CONTACT appended; either on one
    line (a line break in it had urllib refuse the request with its own error, or could add a header)."""
    from ..config import value

    configured = plain_name(value("geocoder.user_agent"))  # one header line: no CR/LF to start another
    if configured:
        return configured
    contact = plain_name(os.environ.get(CONTACT_ENV, ""))
    suffix = f"; {contact}" if contact else ""
    return f"incident-tracker/{__version__} (offline-first incident log{suffix})"


def server_address(url: str) -> tuple[str, str]:
    """The scheme and the host (with its port and path) of the configured server, or one line saying why not:
    an address geopy could not ask ("http://[::1", a port that is no number, a space) ended in a bare
    ValueError, or in "closed the connection" for a server never reached."""
    wrong = GeocodingError(
        f"{URL_ENV}={url!r} is not the address of a Nominatim server (http://host[:port][/path] or https://…). "
        f"Correct it, or unset it to use {DEFAULT_DOMAIN}."
    )
    try:
        parts = urlsplit(url if "://" in url else f"https://{url}")
        port = parts.port  # raises on a port that is no number
    except ValueError:
        raise wrong from None
    shown = parts.netloc + parts.path.rstrip("/")
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        raise wrong
    if port == 0 or any(ch.isspace() or not ch.isprintable() for ch in shown):
        raise wrong
    return parts.scheme, shown


class OnlineGeocoder:
    """Nominatim via geopy, rate-limited and cached."""

    source = "nominatim"

    def __init__(
        self,
        *,
        url: str | None = None,
        cache_path: Path | None = None,
        timeout: float | None = None,
        min_delay: float = MIN_DELAY_SECONDS,
    ) -> None:
        from ..config import value

        url = url or os.environ.get(URL_ENV) or f"https://{DEFAULT_DOMAIN}"
        self.scheme, self.domain = server_address(url)
        #: The deadline for a whole answer: ``geocoder.timeout`` in the config, or $TRACKER_ONLINE_TIMEOUT.
        self.timeout = float(timeout if timeout is not None else value("geocoder.timeout"))
        self.min_delay = min_delay
        self.cache_path = cache_path or cache_dir() / "online-cache.sqlite"
        self._geocode: Any = None
        #: The one line of this command's first failed request, if any: no request is made after it.
        self.failure: str | None = None

    # --- cache ----------------------------------------------------------------------

    def _cache(self) -> sqlite3.Connection:
        return geocache.open_cache(self.cache_path)

    def _wait_turn(self, conn: sqlite3.Connection) -> None:
        """One request per second across processes too: the last request time is shared in the cache, and so is a
        server's request to wait (429's Retry-After), which refuses the request until then."""
        until = geocache.take_turn(conn, self.min_delay)
        if until is not None:
            shown = time.strftime("%H:%M:%S UTC", time.gmtime(until))
            raise OnlineServiceError(
                f"asked to wait until {shown} (its Retry-After, kept from an earlier command); nothing was asked"
            )

    # --- requests -------------------------------------------------------------------

    def _client(self) -> Any:
        if self._geocode is None:
            from geopy.extra.rate_limiter import RateLimiter
            from geopy.geocoders import Nominatim

            from .online_http import GuardedAdapter

            nominatim = Nominatim(
                user_agent=user_agent(),
                domain=self.domain,
                scheme=self.scheme,
                timeout=self.timeout,
                adapter_factory=GuardedAdapter,
            )
            self._geocode = RateLimiter(
                nominatim.geocode, min_delay_seconds=self.min_delay, max_retries=0, swallow_exceptions=False
            )
        return self._geocode

    def _failed(self, what: str) -> GeocodingError:
        """The one line for a failed request; kept, so that the rest of this command does not ask again."""
        self.failure = (
            f"The online geocoder ({self.domain}) {what}. Work offline (leave the online geocoder off: "
            f"unset {ENABLE_ENV}), or give the coordinates."
        )
        return GeocodingError(self.failure)

    def search(self, query: str, country: str | None = None, limit: int = 5) -> list[dict[str, Any]]:
        """Nominatim's raw answers for a query (from the cache when it has been asked before), each one a
        place with finite coordinates (:func:`.online_http.sound_answers`).

        After a failure the geocoder asks no more in this command (``geocode --missing`` of a hundred
        incidents against a server that is down asked a hundred times, a timeout each)."""
        if self.failure is not None:
            raise GeocodingError(f"{self.failure.split('. Work offline')[0]}: not asked again in this command.")
        request = json.dumps(
            {
                "server": f"{self.scheme}://{self.domain}",
                "q": " ".join(query.split()),
                "country": country,
                "limit": limit,
            },
            sort_keys=True,
        )
        conn = self._cache()
        try:
            cached = geocode_cache_read(conn, request, self.cache_path)
            if cached is not None:
                return cached
            from geopy.exc import GeopyError

            try:
                self._wait_turn(conn)
                found = self._client()(
                    query,
                    exactly_one=False,
                    limit=limit,
                    addressdetails=True,
                    language="en",
                    country_codes=country.lower() if country else None,
                )
            except OnlineServiceError as exc:
                if exc.wait_seconds:
                    geocache.hold_off(conn, exc.wait_seconds)
                raise self._failed(exc.what) from None
            except GeopyError as exc:
                raise self._failed(f"refused the request ({type(exc).__name__})") from None
            answers = [loc.raw for loc in found or []]
            geocache.store_answer(conn, request, json.dumps(answers))
            return answers
        except sqlite3.Error as error:
            raise geocache.unusable(self.cache_path, error) from None
        finally:
            conn.close()

    def geocode(self, parsed: ParsedQuery, country: str | None = None, limit: int = 5) -> list[Location]:
        """The online tier of the chain: Locations with our fields in ``raw``.

        An answer in another country than the one asked for, or lying more than
        :data:`~incident_tracker.store.outside_country.FAR_KM` outside the country it names
        (a Badakhshan village answered at Santiago de Chile, filed under Afghanistan), is left out:
        the tier gives nothing rather than a confident wrong place."""
        from ..store.outside_country import FAR_KM, km_outside

        query = ", ".join([parsed.name, *parsed.context])
        locations = []
        for rank, answer in enumerate(self.search(query, country, limit)):
            given = answer.get("address")
            address: dict[str, Any] = given if isinstance(given, dict) else {}
            code = plain_name(address.get("country_code")).upper() or None
            latitude, longitude = float(answer["lat"]), float(answer["lon"])
            if country and code != country.upper():
                continue
            if code and (km_outside(latitude, longitude, code) or 0.0) > FAR_KM:
                continue
            precision = answer_precision(answer)
            if parsed.near and precision == "exact":
                precision = "near"
            name = plain_name(answer.get("name")) or plain_name(answer.get("display_name")).split(",")[0]
            raw = {
                "name": name,
                "admin1": plain_name(address.get("state") or address.get("province") or address.get("region")) or None,
                "country": code,
                "latitude": latitude,
                "longitude": longitude,
                "geo_precision": precision,
                "source": self.source,
                "score": max(60.0, 80.0 - 5 * rank),
                # Trusted (choosable without asking) only when Nominatim's place bears the name asked for.
                "match": "name" if _same_name(name, parsed) else "online",
                "id": plain_name(f"{answer.get('osm_type', '')}/{answer.get('osm_id', '')}"),
                "population": 0,
                "display_name": plain_name(answer.get("display_name")),
            }
            locations.append(make_location(raw))
        return locations


def answer_precision(answer: dict[str, Any]) -> str:
    """Our geo_precision for a Nominatim place: by its ``addresstype`` when it names a unit, else by its
    ``place_rank`` (4 a country, 5-9 a province, 10-12 a district); a settlement or point only when
    Nominatim says so (a rank of 13 or more, or the class ``place``). An answer that says neither is
    ``near``, never ``exact``: a country's boundary answered for a village had come back ``exact``."""
    kind = str(answer.get("addresstype") or answer.get("type") or "")
    if kind in _PRECISION:
        return _PRECISION[kind]
    try:
        place_rank = int(answer.get("place_rank"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        place_rank = None
    if place_rank is not None and place_rank > 0:
        for most, precision in ((4, "country"), (9, "admin1"), (12, "admin2")):
            if place_rank <= most:
                return precision
        return "exact"
    return "exact" if answer.get("class") == "place" else "near"


def geocode_cache_read(conn: sqlite3.Connection, request: str, path: Path) -> list[dict[str, Any]] | None:
    """A cached answer, held to the same checks as a fresh one (the file is only as sound as what wrote it)."""
    cached = geocache.cached_answer(conn, request)
    if cached is None:
        return None
    try:
        return sound_answers(json.loads(cached))
    except (ValueError, OnlineServiceError):
        raise geocache.CacheError(
            f"The online geocoder's cache {path} holds an answer that is not Nominatim's; remove the file "
            "(it is made again)."
        ) from None
