"""A place found in another country than the district the report puts it in: a namesake, not the scene (issue 14).

Border villages share their names across the line. "The mine blew up in the mountain area of Langar, in the northern
Ayni district" names a Langar that the gazetteer's first match puts in Uzbekistan's Fergana valley, and the draft took
Uzbekistan from it, though Ayni is a district of Tajikistan's Sughd province and the coders code ``TJ`` (Asia-Plus 420);
"Sokh, in Batken region" matched the Uzbek town, coded ``KG`` by where the report puts it (RFE/RL 212).

The district (or province) the reader kept as where the place lies (``_within``: "X, in Y district", "the X area of
Y", or the coarser place told first) is the report's own word on the country. When the gazetteer knows it as a unit
(province or district) of a country the article names, or as a province, and the place was found in another country,
the place's match is dropped and :func:`.finish_place.locate_draft` places the draft by that unit instead, as it does
for an area the gazetteer does not know. A unit the gazetteer does not know, or knows only as a town, decides nothing.
"""

from __future__ import annotations

from typing import Any

from ..errors import TrackerError
from .draft import Draft, Locator


def found_outside_within(
    draft: Draft, located: dict[str, Any], within: str, locate: Locator, named: set[str] | None
) -> bool:
    """Whether ``located`` (the place's match) lies in another country than ``within``, the unit the report puts
    the place in; the reason is noted on the draft."""
    if not located.get("country"):
        return False
    try:
        outer, _ = locate(within, None)
    except TrackerError:
        return False
    country = outer.get("country")
    precision = outer.get("geo_precision")
    if not country or precision not in ("admin1", "admin2") or country == located["country"]:
        return False
    if named is not None and country not in named and precision != "admin1":
        return False  # a district of a country the article never names: likely a namesake of its own
    draft.notes.append(
        f"Place {draft.values.get('place')!r} matched {located.get('location')} ({located['country']}), but the "
        f"report puts it in {within!r} ({country}): not geocoded there."
    )
    return True
