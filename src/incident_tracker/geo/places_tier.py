"""The first offline tier of the chain: the analyst's own places, from the incident database.

Apart from :mod:`.tiers` (the gazetteer tier) because it reads another store, the database's
places and their aliases (:mod:`.places`), and matches them its own way: exact aliases, then
one fuzzy pass over all of them. Like the gazetteer tier, it answers a parsed query with
:class:`geopy.location.Location` objects whose ``raw`` dict carries name, province, country,
coordinates, precision, source and a 0–100 score.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .candidates import EXACT, FUZZY_CEILING, make_location
from .gazetteer import Scope
from .phrase import ParsedQuery
from .text import latin_key, name_key, phonetic_key

if TYPE_CHECKING:
    import sqlite3

    from geopy.location import Location


def places_tier(conn: sqlite3.Connection | None) -> PlacesTier | None:
    """The analyst's places as a tier, if the database has any (else None: nothing to ask)."""
    from ..store.places import has_places

    return PlacesTier(conn) if conn is not None and has_places(conn) else None


class PlacesTier:
    """The analyst's own places, from the incident database."""

    source = "places"

    def __init__(self, conn: sqlite3.Connection) -> None:
        from .places import PlaceBook

        self.book = PlaceBook(conn)

    def geocode(self, parsed: ParsedQuery, scope: Scope) -> list[Location]:
        countries, _areas = scope
        key = name_key(parsed.name)
        if not key:
            return []
        found: dict[int, tuple[float, Any]] = {}
        for place in self.book.matches(key):
            found[place.id] = (EXACT, place)
        if not found:
            from rapidfuzz import fuzz

            pkey = phonetic_key(key)
            by_id = {p.id: p for p in self.book.all()}
            for place_id, _alias, alias_key in self.book.names():
                score = fuzz.ratio(latin_key(key), latin_key(alias_key))
                alias_pkey = phonetic_key(alias_key)
                if pkey and alias_pkey:
                    score = (score + fuzz.ratio(pkey, alias_pkey)) / 2
                if score >= 85 and place_id in by_id and score > found.get(place_id, (0.0, None))[0]:
                    found[place_id] = (min(score, FUZZY_CEILING), by_id[place_id])
        locations = []
        for score, place in found.values():
            if countries is not None and place.country and place.country not in countries:
                continue
            raw = {
                "name": place.name,
                "admin1": place.admin1,
                "country": place.country,
                "latitude": place.latitude,
                "longitude": place.longitude,
                "geo_precision": parsed.precision,
                "source": self.source,
                "score": score,
                "id": place.id,
                "kind": place.kind,
                "population": 0,
            }
            locations.append(make_location(raw))
        return locations
