"""A country in the possessive where a place's name should stand: its unit is the one told after it.

Issue 14 (extract166): "fired dozens of missiles into the border region of Afghanistan's eastern Kunar province"
(KabulNow 1236) gave the place "Afghanistan's region": the phrase "the <kind> of <name>" took the country's possessive
for the region's name. A country's possessive is never the name of such a phrase: the province or district it owns is
told next, and a later reading finds it or the place stays empty. Shape on dev: "the <kind> of <Country>'s ..." in 7
reports of 7 outlets (VOA Dari 1041, Super.kg 1202, KabulNow 1236, NEWSru 1262, RFE/RL 272, National Herald 543, PTI
547); six name the place before the kind ("the Dehak area of Iran's Saravan county"), which
:func:`.place._kind_of_place` reads by its own branch before this test, so only 1236 moves.
"""

from __future__ import annotations

import re

from .draft import country_code

_POSSESSIVE = re.compile(r"(?P<owner>.+?)['’]s")


def possessed_country(name: str) -> bool:
    """Whether ``name`` is only a country in the possessive ("Afghanistan's")."""
    found = _POSSESSIVE.fullmatch(name.strip())
    return bool(found and country_code(found.group("owner")))
