"""The origin an actor's own words carry: "terrorists inside Afghanistan" come from Afghanistan.

Many readings keep the actor as the report writes it, with where the men are: "terrorists from Afghanistan" (Daily NHT
101, Nawa-i-Waqt 1013), "terrorists inside Afghanistan" (The Express Tribune 1014, ARY 1015, Dawn 1016), "militants
based in Afghanistan's Kunar province" (The News 102, Dawn 97), "terrorists operating from the Iranian side" (Mid-day
191), "Terrorists operating from Pakistan" (Press TV 98), "militants inside Pakistan" (896), "forces of the US-led
coalition in Afghanistan" (BBC 915). The coders give each the origin its words name (the codebook's
``origin_country``: "where the perpetrator came from or operated from"), while the reading that wrote the actor left
the origin empty. This gives it, from the actor's words alone: one state named after "from", "inside", "in", "based
in" or "operating from" (by its name, its possessive, or its people's word before "side", "territory" or "soil"),
never the incident's own country, nor with no country read ("militants based in Pakistan" of an attack in Pakistan
say where they live, not that they crossed), never two states ("handlers in Afghanistan and India"), never over an
origin already read.
"""

from __future__ import annotations

import re

from .draft import Draft, state_code

#: Where the actor is, in its own words: "from Afghanistan", "inside Afghanistan", "based in Afghanistan's Kunar
#: province", "operating from the Iranian side", "in Afghanistan".
_WHERE = re.compile(
    r"\b(?:from|inside|in|based\s+in|operating\s+(?:from|in|out\s+of))\s+(?:the\s+)?(?:neighbou?ring\s+)?"
    r"(?P<where>[A-Z][a-z]+)(?=[’']s\b|\s+(?:side|territory|soil)\b|[\s,.;]|$)"
)
#: Men told with handlers or sponsors abroad: where the handlers are, not where the men came from.
_SPONSORS = re.compile(r"\b(?:handlers|sponsors|masters|backers)\b", re.IGNORECASE)


def origin_in_the_actor(draft: Draft) -> None:
    """The one state the actor's own words place it in, as the origin, when none was read (see the module)."""
    values = draft.values
    actor = str(values.get("perpetrator") or "")
    if not actor or values.get("origin_country") or values.get("origin_place") or _SPONSORS.search(actor):
        return
    states = {code for match in _WHERE.finditer(actor) if (code := state_code(match.group("where")))}
    if len(states) != 1:
        return
    origin = next(iter(states))
    if not values.get("country") or origin == values.get("country"):
        return  # with no country read, "militants based in Pakistan" may be the attack's own side (887's second)
    values["origin_country"] = origin
    draft.evidence["origin_country"] = draft.evidence.get("perpetrator", "")
    draft.notes.append(f"The actor's own words place it in {origin}: the origin.")
