"""Shells that hit shops, livestock or homes told another way: civilians, as the coding rules it.

Issue 14 (extract166): the rulings of 2026-12-07 (*Shelling that hurts no one*) code `civilians` when a shelling's
report tells houses, shops, property or livestock hit, and no target when it tells only where the shells fell.
:mod:`.reader_patterns`' ``_HOMES_HIT`` reads houses, homes, vehicles and property struck; the dev reports name the rest
of the ruling's list, or the homes, in other words: "One missile hit a shop in the Shingak area" (1021), "a number of
livestock in the border area had died in the bombardment" (Salam Watandar 130), "most were aimed at homes" (The Pashtun
Times 366), "The rockets have come down in residential areas" (Salaam Times 452; its "have come down" read since
extract191), "the shop was destroyed" (JPNN 1022), "damaging people's property" (Pajhwok 1243), "damaged residents'
property" (DND 217, extract191: property told as the residents' own; "property were damaged" alone, Anadolu 216, is
coded no target), and the sentence that tells it is often not one the reader took into the draft (a governor's quote, a
later detail). So once the draft is finished, a shelling (mortars, rockets, missiles, artillery; never from the air)
with no target, whose sentences from its first to its last tell these things hit, hit civilians, as
:func:`.finish.finish` codes houses hit in the draft's own sentences. ``_HOMES_HIT``'s own words ("hit a house") are not
looked for past the draft's own sentences: there they are as often a missile strike on one house, aimed at whoever was
in it (BBC 781, The Boston Globe 783, The Washington Post 784, The New York Times 785, which the coders leave without a
target), or one side's account of a two-sided exchange (Soch Times 344).
"""

from __future__ import annotations

import re

from .draft import Draft
from .people_hit import from_the_air
from .sentences import Sentence

#: The weapons of a shelling: fire from afar, not from the air.
_INDIRECT = frozenset({"mortar", "rocket", "missile", "artillery"})

_PROPERTY_HIT = re.compile(
    # a shop hit: "One missile hit a shop", "shops were damaged"
    r"\b(?:hit|hits|struck|landed\s+on|fell\s+on|damaged|destroyed)\s+(?:an?\s+|the\s+|several\s+|two\s+|three\s+)?"
    r"(?:[a-z]+\s+)?(?:shops?|stores?)\b|"
    r"\b(?:shops?|stores?)\s+(?:were\s+|was\s+|had\s+been\s+)?(?:damaged|destroyed|hit)\b|"
    # livestock killed: "a number of livestock … had died in the bombardment", "killing dozens of sheep"
    r"\b(?:livestock|cattle|sheep|goats|cows)\b[^.;]{0,50}?\b(?:died|perished|(?:were|was|had\s+been)\s+killed)\b|"
    r"\b(?:killed|killing)\s+(?:[\w-]+\s+){0,3}?(?:livestock|cattle|sheep|goats|cows)\b|"
    # homes told another way: "came down in residential areas", "most were aimed at homes"
    r"\b(?:came\s+down|come\s+down|landed|fell|hit)\s+(?:in|on)\s+(?:the\s+)?residential\s+(?:areas?|quarters?|neighbou?rhoods?)\b|"
    r"\baimed\s+at\s+(?:people['’]s\s+|residents['’]\s+|civilian\s+)?(?:homes|houses)\b|"
    # people's property damaged, in any form of the verb: "damaging people's property", "damaged residents' property"
    # (extract191); property alone ("crops, forests and property were damaged", 216) is no one's, and no target
    r"\b(?:damag|destroy)(?:e|ed|es|ing|s)?\s+(?:the\s+)?(?:people|residents|villagers|civilians|locals)['’]s?\s+"
    r"propert(?:y|ies)\b|"
    r"\b(?:people|residents|villagers|civilians|locals)['’]s?\s+propert(?:y|ies)\s+(?:was|were|had\s+been)\s+"
    r"(?:damaged|destroyed)\b",
    re.IGNORECASE,
)


def property_hit(text: str) -> bool:
    """Whether a sentence tells a shop, livestock or homes hit in the words above (see the module)."""
    return _PROPERTY_HIT.search(text) is not None


def property_hit_told(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """A shelling with no target whose sentences tell homes, shops or livestock hit: civilians (see the module)."""
    values = draft.values
    if values.get("target_type") or not _INDIRECT & set(values.get("weapons") or []) or from_the_air(values):
        return
    spanned = draft.spanned_sentences(sentences, background)
    told = next((s for s in spanned if property_hit(s.text)), None)
    if told is None:
        return
    draft.set("target_type", "civilians", told)
    draft.notes.append("Civilians: the shells hit homes, shops or livestock, as the coding rules it (.property_hit).")
