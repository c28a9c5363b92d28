"""A crossing's road half, named by a suffix in its quotes: "«Жібек жолы-авто»", "«Жибек Жолы-автодорожный»".

Kazakhstan's border service names a crossing's road checkpoint by the crossing's name and "-авто" (or the Russian
"-автодорожный", "-автомобильный") inside the quotes: "«Жібек жолы-авто» бақылау-өткізу бекеті" (batch 83's g8027,
the Zhibek Zholy road crossing). The whole quoted name is no place's, so the string was empty. The suffix is taken
off only where what is left is a crossing, post or bridge of the border pack (a sourced point of the crossing
itself): "«Қапланбек-авто»" (g8026, the Kaplanbek road crossing, which the pack does not hold) is not the village
Qabilanbek that bears the name, and stays empty (its label is `unlocated`: no sourced point for the crossing).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import BORDER_KINDS
from .pack import shipped_pack
from .text import name_key

__all__ = ["road_half_off"]

_ROAD_SUFFIX = re.compile(r"-авто(?:дорожн\w*|мобильн\w*)?(?=[»”\"]?$)", re.IGNORECASE)
_QUOTE_MARKS = re.compile(r"[«»“”„\"‘’]")


@lru_cache(maxsize=1)
def _crossing_keys() -> frozenset[str]:
    """The name keys of the pack's crossings, posts and bridges, by their names and aliases."""
    return frozenset(
        name_key(name)
        for entry in shipped_pack()
        if entry.kind in BORDER_KINDS
        for name in (entry.name, *entry.aliases)
    )


def road_half_off(name: str) -> str:
    """``name`` without a road suffix where what is left is a pack crossing's name ("«Жібек жолы-авто»" →
    "«Жібек жолы»"), else ``name`` unchanged."""
    bare = _ROAD_SUFFIX.sub("", name)
    if bare == name or name_key(_QUOTE_MARKS.sub("", bare).strip()) not in _crossing_keys():
        return name
    return bare
