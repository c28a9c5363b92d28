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
    """The config's ``geocoder.user_agent`` if set, else ours with $TRACKER_CONTACT appended."""
    from ..config import value

    configured = value("geocoder.user_agent")
    if configured:
        return str(configured)
    contact = os.environ.get(CONTACT_ENV, "").strip()
    suffix = f"; {contact}" if contact else ""
    return f"incident-tracker/{__version__} (offline-first incident log{suffix})"


class OnlineGeocoder:
    """Nominatim via geopy, rate-limited and cached."""

    source = "nominatim"

    def __init__(
        self,
        *,
        url: str | None = None,
        cache_path: Path | None = None,
        timeout: float = 10.0,
        min_delay: float = MIN_DELAY_SECONDS,
    ) -> None:
        url = url or os.environ.get(URL_ENV) or f"https://{DEFAULT_DOMAIN}"
        parts = urlsplit(url if "://" in url else f"https://{url}")
        self.scheme = parts.scheme or "https"
        self.domain = parts.netloc + parts.path.rstrip("/")
        self.timeout = timeout
        self.min_delay = min_delay
        self.cache_path = cache_path or cache_dir() / "online-cache.sqlite"
        self._geocode: Any = None

    # --- cache ----------------------------------------------------------------------

    def _cache(self) -> sqlite3.Connection:
        return geocache.open_cache(self.cache_path)

    def _wait_turn(self, conn: sqlite3.Connection) -> None:
        """One request per second across processes too: the last request time is shared in the cache."""
        last = geocache.last_request(conn)
        if last is not None:
            wait = last + self.min_delay - time.time()
            if 0 < wait <= self.min_delay:
                time.sleep(wait)
        geocache.mark_request(conn)

    # --- requests -------------------------------------------------------------------

    def _client(self) -> Any:
        if self._geocode is None:
            from geopy.extra.rate_limiter import RateLimiter
            from geopy.geocoders import Nominatim

            nominatim = Nominatim(user_agent=user_agent(), domain=self.domain, scheme=self.scheme, timeout=self.timeout)
            self._geocode = RateLimiter(
                nominatim.geocode, min_delay_seconds=self.min_delay, max_retries=0, swallow_exceptions=False
            )
        return self._geocode

    def search(self, query: str, country: str | None = None, limit: int = 5) -> list[dict[str, Any]]:
        """Nominatim's raw answers for a query (from the cache when it has been asked before)."""
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
            cached = geocache.cached_answer(conn, request)
            if cached is not None:
                return list(json.loads(cached))
            self._wait_turn(conn)
            from geopy.exc import GeopyError

            try:
                found = self._client()(
                    query,
                    exactly_one=False,
                    limit=limit,
                    addressdetails=True,
                    language="en",
                    country_codes=country.lower() if country else None,
                )
            except GeopyError as exc:
                raise GeocodingError(
                    f"The online geocoder ({self.domain}) could not be reached or refused the request "
                    f"({type(exc).__name__}: {exc}). Work offline (leave the online geocoder off: unset {ENABLE_ENV}), "
                    "or give the coordinates."
                ) from None
            answers = [loc.raw for loc in found or []]
            geocache.store_answer(conn, request, json.dumps(answers))
            return answers
        finally:
            conn.close()

    def geocode(self, parsed: ParsedQuery, country: str | None = None, limit: int = 5) -> list[Location]:
        """The online tier of the chain: Locations with our fields in ``raw``."""
        query = ", ".join([parsed.name, *parsed.context])
        locations = []
        for rank, answer in enumerate(self.search(query, country, limit)):
            address = answer.get("address") or {}
            kind = answer.get("addresstype") or answer.get("type") or ""
            precision = _PRECISION.get(kind, "near" if parsed.near else "exact")
            if parsed.near and precision == "exact":
                precision = "near"
            name = answer.get("name") or str(answer.get("display_name", "")).split(",")[0]
            code = str(address.get("country_code") or "").upper() or None
            raw = {
                "name": name,
                "admin1": address.get("state") or address.get("province") or address.get("region"),
                "country": code,
                "latitude": float(answer["lat"]),
                "longitude": float(answer["lon"]),
                "geo_precision": precision,
                "source": self.source,
                "score": max(60.0, 80.0 - 5 * rank),
                # Trusted (choosable without asking) only when Nominatim's place bears the name asked for.
                "match": "name" if _same_name(name, parsed) else "online",
                "id": f"{answer.get('osm_type', '')}/{answer.get('osm_id', '')}",
                "population": 0,
                "display_name": answer.get("display_name"),
            }
            locations.append(make_location(raw))
        return locations
