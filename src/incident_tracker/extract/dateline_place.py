"""The dateline's town as the place, when the report's own words point back to it and name no other.

A regional desk files from the town it reports on and then calls it "the city" or "here": "PARACHINAR: A car bomb
went off near the gate of an imambargah in the centre of the city" (Jasarat 645), "PARACHINAR: A bomb … in a market
for second-hand clothes here" (The News 641). The corpus codes that town. Only a report read as one incident with no
place of its own, a dateline of one town with no wire agency (a bureau abroad, "DUBAI (Reuters) -", files far from
the scene), a lead that points back to the town ("here", "the city", "the town") and a town the gazetteer finds in
the incident's country: a dateline alone is where the reporter sat, not a scene.
"""

from __future__ import annotations

import re

from ..errors import TrackerError
from .datelines import Dateline
from .draft import Draft, Locator
from .sentences import Sentence

#: The lead pointing back to the town it was filed from: "here", "in the centre of the city", "the town's market".
_POINTS_BACK = re.compile(
    r"\bhere\b|\b(?:in|of|near|outside)\s+the\s+(?:(?:centre|center|heart|middle|outskirts|edge)\s+of\s+the\s+)?"
    r"(?:city|town)\b|\bthe\s+(?:city|town)['’]s\b",
    re.IGNORECASE,
)


#: A spot inside a town, not a town: "Turi Market", "Kissa Khwani Bazaar", "Liberty Chowk".
_SPOT = re.compile(r"\b(?:[Mm]arket|[Bb]azaar|[Cc]howk|[Ss]quare)$")


def place_of_the_dateline(
    drafts: list[Draft], dateline: Dateline | None, lead: Sentence | None, locate: Locator | None
) -> None:
    """Give the one unplaced incident the dateline's town when the lead points back to it (see the module)."""
    if len(drafts) != 1 or dateline is None or lead is None or locate is None or dateline.agency:
        return
    draft = drafts[0]
    if "/" in dateline.city or not dateline.city:  # two cities, or a day heading the text with no city
        return
    after = lead.text[len(dateline.text) :]
    spot = str(draft.values.get("place") or "")
    # "PARACHINAR: Two blasts … ripped through one of the busiest quarters of Parachinar" and then "in Turi Market"
    # (The Express Tribune 601): a market or a square is a spot in the town the lead names, the dateline's
    town = re.search(rf"\b(?:of|in)\s+(?P<town>{re.escape(dateline.city)})\b", after, re.IGNORECASE)
    if spot and not (_SPOT.search(spot) and town):
        return
    if not spot and not _POINTS_BACK.search(after):
        return
    try:
        found, _ = locate(dateline.city, None)
    except TrackerError:
        return
    country = draft.values.get("country") or draft.values.get("_country_mention")
    if found.get("country") is None or (country is not None and found.get("country") != country):
        return
    if spot and town:
        draft.set("place", town.group("town"), lead, replace=True, path="dateline town holding the spot")
        draft.notes.append(
            f"Placed at the dateline's town ({town.group('town')}), which the lead names: {spot!r} is in it."
        )
        return
    draft.set("place", dateline.city, lead, path="dateline town pointed back to")
    draft.notes.append(f"Placed at the dateline's town ({dateline.city}), which the lead calls the city or 'here'.")


def dateline_country(
    dateline: Dateline | None, sentences: list[Sentence], index: int | None, locate: Locator | None
) -> tuple[str | None, str | None]:
    """The country of a wire dateline ("QUETTA — …"): where the reporter files from, a hint only. A desk filing
    from two cities ("QUETTA/GWADAR:", Dawn 577) is placed by the cities' one country, when both are found in it."""
    if locate is None or dateline is None or index is None or not dateline.city:
        return None, None
    countries: set[str | None] = set()
    for city in dateline.city.split("/"):
        try:
            found, _ = locate(city.strip(), None)
        except TrackerError:
            return None, None
        countries.add(found.get("country"))
    return (countries.pop(), sentences[index].text) if len(countries) == 1 else (None, None)
