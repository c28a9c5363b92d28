"""The town that holds the scene, over the market inside it or the district around it.

The corpus codes the most specific *settlement* a report puts the event in. Two readings give the reader a place
that is not one:

- *a market inside a town* (:func:`town_of_the_market`): "in the Turi Bazaar area of Parachinar" (5 Dariya News
  599), "in the Turi Bazaar area, near a crowded bus terminal in Parachinar" (Neo News 600), "at Akbar Market in
  the main Turi Bazaar", told after "a shopping area of Parachinar city" (The Nation 607): a bazaar or market is a
  quarter of the town the report names with it, and the coding takes the town. Only a place read as a market or
  bazaar is replaced, and only by a town named with it ("… of Parachinar", "in Parachinar", "Parachinar city");
  the corpus's "areas" of districts ("the Hassan Khel area of North Waziristan") are not markets and stay. A place
  read as the agency, district or region around the town is replaced alike ("in the Kurram region", then "in the
  market of Parachinar, the main town of Kurram", Gulf News 626; extract153);
- *a town inside the district* (:func:`town_in_the_district`): "a rally … in Bajur district", then "under way on
  the edge of Khar" (CNews Live 596) or "the rally was held in Khar, a town …" (Mint 598): the district is where
  the report first puts it, the town where the event itself was. Only a district is replaced, and only by a town
  told as the scene ("held in", "on the edge / outskirts of"), never by one followed by "district" or "agency";
- *the unit beside its town* (:func:`town_beside_the_unit`): "in the central bazaar of Parachinar, in Kurram
  Agency" (Mid-day 647): the agency or district the place was read as is told right after the town it holds, in
  the same sentence; the town is the place.
"""

from __future__ import annotations

import re

from .draft import Draft, country_code
from .sentences import Sentence

_NAME = r"(?P<town>(?-i:[A-Z][a-z]{2,}))"
#: Not a town: the name of a larger unit.
#: Nor the first word of a longer name: "the Mir Ali bazaar of North Waziristan" names a district, not "North".
_UNIT_AFTER = (
    r"(?![’']s\b|\s+(?:district|District|Agency|agency|province|Province|tehsil|region|valley|tribal)"
    r"|[\s-]+(?-i:[A-Z]))"
)
#: A place read as a market or bazaar.
_MARKET_PLACE = re.compile(r"\b(?:bazaa?r|market)\b", re.IGNORECASE)
#: The town named with the market: "the Turi Bazaar area of Parachinar", "a shopping area of Parachinar city",
#: "in the Turi Bazaar area, near a crowded bus terminal in Parachinar".
_MARKET_OF = re.compile(
    rf"\b(?:bazaa?r|market|shopping)(?:\s+(?:area|quarter))?\b[^.;]{{0,50}}?\b(?:of|in)\s+{_NAME}{_UNIT_AFTER}\b",
    re.IGNORECASE,
)
#: The town told as the event's scene: "held in Khar", "on the edge of Khar", "on the outskirts of Khar".
_SCENE_TOWN = re.compile(
    rf"\b(?:(?:was|were)\s+held\s+in|(?:on|at)\s+the\s+(?:edge|outskirts)\s+of)\s+{_NAME}{_UNIT_AFTER}\b",
    re.IGNORECASE,
)
_DISTRICT_PLACE = re.compile(r"\bdistrict\b", re.IGNORECASE)
#: A place read as a tribal agency or district: "Kurram Agency", "Kurram district".
_UNIT_PLACE = re.compile(r"\b(?:[Aa]gency|[Dd]istrict)$")
#: A place read as a unit or region around the market's town: "in the Kurram region", then "in the market of
#: Parachinar, the main town of Kurram" (Gulf News 626); "the restive Kurram Agency", then "inside the Eidgah Bazaar of
#: Parachinar" (Udayavani 627): the town that holds the market is the settlement the corpus codes.
_UNIT_OR_REGION = re.compile(r"\b(?:[Aa]gency|[Dd]istrict|[Rr]egion)$")


def _beside(unit: str) -> re.Pattern[str]:
    """The town told right before the unit that holds it: "the central bazaar of Parachinar, in Kurram Agency",
    "in Parachinar, in Kurram Agency", "in Parachinar, the main town of Kurram Agency"."""
    return re.compile(
        rf"\b(?:in|of|at)\s+{_NAME}{_UNIT_AFTER},?\s+"
        rf"(?:in|the\s+(?:main\s+town|capital|headquarters)\s+of)\s+(?:the\s+)?{re.escape(unit)}\b"
    )


def _own(draft: Draft, sentences: list[Sentence], background: set[int], *, alone: bool = False) -> list[Sentence]:
    """The incident's own sentences, the place's evidence first; with ``alone`` (the report's only incident),
    every sentence not background: "The rally was held in Khar" tells no violence, yet is the event's."""
    indices = range(len(sentences)) if alone else sorted(set(draft.sentences))
    own = [sentences[i] for i in indices if i < len(sentences) and i not in background]
    evidence = draft.evidence.get("place")
    return sorted(own, key=lambda s: s.text != evidence)


def _town(found: re.Match[str] | None, place: str) -> str | None:
    """The town a match names: not the place already read, and not a country ("a market in Pakistan's …")."""
    if found is None:
        return None
    town = found.group("town")
    return None if town.lower() in place.lower() or country_code(town) else town


def _replace(draft: Draft, town: str, sentence: Sentence, why: str) -> None:
    old = str(draft.values["place"])
    draft.set("place", town, sentence, replace=True, path=f"town {why}")
    draft.set("_within", old, sentence, replace=True)
    draft.notes.append(f"Place {town!r}, the town {why} ({old!r}).")


def town_of_the_market(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """A place read as a market: the town the report names it in (see the module)."""
    place = str(draft.values.get("place") or "")
    if not _MARKET_PLACE.search(place) and not _UNIT_OR_REGION.search(place):
        return
    for sentence in _own(draft, sentences, background):
        town = _town(_MARKET_OF.search(sentence.text), place)
        if town is not None:
            _replace(draft, town, sentence, "that holds the market")
            return


def town_beside_the_unit(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """A place read as an agency or district that the place's own sentence names a town in, right before it ("the
    central bazaar of Parachinar, in Kurram Agency", Mid-day 647): the town, as the corpus codes the settlement."""
    place = str(draft.values.get("place") or "")
    evidence = draft.evidence.get("place")
    if not _UNIT_PLACE.search(place) or not evidence:
        return
    for sentence in _own(draft, sentences, background):
        if sentence.text != evidence:
            continue
        town = _town(_beside(place).search(sentence.text), place)
        if town is not None:
            _replace(draft, town, sentence, "named beside the unit that holds it")
            return


def town_in_the_district(drafts: list[Draft], sentences: list[Sentence], background: set[int]) -> None:
    """A place read as a district: the town the report tells as the event's scene (see the module); a report of
    one incident is read whole for it."""
    for draft in drafts:
        place = str(draft.values.get("place") or "")
        if not _DISTRICT_PLACE.search(place):
            continue
        for sentence in _own(draft, sentences, background, alone=len(drafts) == 1):
            town = _town(_SCENE_TOWN.search(sentence.text), place)
            if town is not None:
                _replace(draft, town, sentence, "the event was in, inside the district")
                break
