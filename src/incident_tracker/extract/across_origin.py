"""Where attackers crossed from one of two states the report names, the event is in the other.

"Tajik officials say they have killed three drug smugglers who were crossing from Afghanistan onto their country's
soil" (Afghanirca 798), "unprovoked fire from Afghanistan on the Chitral border area" (Times of Islamabad 665),
"unknown people fired seven or eight shots from the Tajik side" (Bulak 1038): the report tells the origin of the
attack (``origin_country``, read by the attribution's readings, some of them after :func:`.finish.finish`) and names
only one other state. Where no reading gave the event a country (no place located, none told with the place or the
summary), that other state is the scene's: over every dev draft with an origin and exactly one other state named,
the coders put the event in that other state in 63 of 64 (129, a protest the report places on the origin's side, is
the one exception; its country is read otherwise, so this reading never reaches it). A report that names a third
state, or none but the origin, gives nothing: wrong is worse than empty.
"""

from __future__ import annotations

from .draft import Draft


def country_across_origin(draft: Draft, named: set[str] | None) -> None:
    """Give a draft with no country the one state the article names (``named``) besides the attack's origin."""
    values = draft.values
    origin = values.get("origin_country")
    if values.get("country") or not origin or not named or origin not in named:
        return
    others = named - {origin}
    if len(others) != 1:
        return
    values["country"] = next(iter(others))
    draft.evidence["country"] = draft.evidence.get("origin_country", "")
    draft.notes.append(f"Country {values['country']}: the one state the report names besides the attack's origin.")
