"""Geocoding a place phrase of a draft: a thin call to the library's one rule (offline by default)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .draft import Locator

#: A hedge before a distance that opens a place phrase: "some 20 km from …", "about 15 kilometres north of …".
_HEDGED_DISTANCE = re.compile(
    r"^(?:some|about|around|nearly|roughly|approximately)\s+(?=\d+(?:[.,]\d+)?\s*-?\s*(?:km|kms|kilomet|mi))",
    re.IGNORECASE,
)


def gazetteer_locator(db_path: str | Path | None = None) -> Locator:
    """A locator using the user's places (from ``db_path``, if it exists) and the offline gazetteer.

    The rule is :func:`incident_tracker.geo.locate.locate`'s, as for ``tracker add``:
    only a trusted candidate in the region (or in the country the article points to)
    fills the location fields; an ambiguous or unknown place is kept as written, with
    the one-line note saying why.
    """
    from ..geo import resolver_for
    from ..geo.locate import locate as locate_place

    resolver = resolver_for(db_path, online=False)

    def locate(
        place: str, country: str | None, /, named: frozenset[str] = frozenset()
    ) -> tuple[dict[str, Any], str | None]:
        # "some 20 km from the border town of Saravan": the geocoder reads a distance by its number; a hedge before
        # it ("some", "about") is no part of the name (the place itself is kept as written)
        place = _HEDGED_DISTANCE.sub("", place)
        located = locate_place(place, country=country, resolver=resolver, named=named)
        resolution = located.resolution
        # The article's country may be the reporter's, not the place's ("North Waziristan" in a
        # report read as Afghan): when no candidate lies in it, try without it, but take only a place
        # found by its own name. A namesake by another recorded name or by sound, across the border from
        # where the report puts the scene ("the Kaga area" of a Bajaur village as Kazhah in Nangarhar,
        # "Parom" in Panjgur as Param in East Azerbaijan), is a near-miss: a suggestion, never a location.
        if (
            located.chosen is None
            and country
            and resolution
            and all(c.country != country for c in resolution.candidates)
        ):
            elsewhere = locate_place(place, resolver=resolver, named=named)
            if elsewhere.chosen is not None and elsewhere.chosen.match != "name":
                return {}, (
                    f"{place!r} is not known in {country}; {elsewhere.chosen.name} ({elsewhere.chosen.country}) "
                    "only resembles it: kept as reported, without coordinates."
                )
            located = elsewhere
        if located.chosen is None:
            return {}, located.note
        return {k: v for k, v in located.fields.items() if v is not None}, None

    return locate
