"""A province stands in for no list of two places within it.

"ولسوالی شاه جوی و دایچوپان ولایت زابل" (Dari: the districts of Shah Joy and Daychopan,
Zabul province; the sixty-eighth batch's dev error g6554) names two districts under one
singular unit word, then their province. The phrase rules read "شاه جوی و دایچوپان" as one
unknown district and let the province stand in: confidently wrong, since two districts are
no one point, as "between X and Y" (:mod:`.joined_guard`) is not. The plural unit word
("ولسوالی های X و Y", "X and Y districts") was read as a list already; the singular was not,
in any script ("Shah Joy and Daychopan district of Zabul", Pashto "د شاه جوی او دایچوپان
ولسوالۍ"). The set labels such strings ``unlocated`` ("Kamdesh and Barg-e-Matal districts
of Nuristan", "the Goshta and Lal Pur districts of Nangarhar Province"), and the codebook
gives a province no standing for a list within it, so no stand-in is given.

:func:`listed_standin` drops a province standing in when the unknown name splits at one
"and" of any script into two parts and one part, looked up alone, is a place of that very
province: the text then names two places of it, not one place it did not know. A name that
merely holds "and" ("Sistan and Baluchestan") is known whole and never reaches this guard;
an unknown name whose parts are both unknown keeps its stand-in (nothing says it is a list), but in Cyrillic
where both parts are names (capitalised words, after a preposition or none): "в Торт-Кочо и Жаны-Жер в Баткенской
области" names two villages whether the reader knows them or not (geo185: wrong is worse than empty).
A district standing in for villages within it is left alone: the set labels "the Lenburg and
Devayron villages of Sokh district" ``coarser`` at the district.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .alone import place_alone

if TYPE_CHECKING:
    from .candidates import Candidate, Resolution
    from .chain import Resolver

__all__ = ["listed_standin"]

#: One "and" between two names: English, Russian, Uzbek, Kyrgyz, Kazakh, Tajik, Persian and
#: Dari, Urdu, Pashto, Arabic, Chinese.
_AND = re.compile(
    r"\s+(?:and|&|и|ва|va|жана|және|و|اور|او)\s+|\s*[和及与與]\s*",
    re.IGNORECASE,
)

#: A Cyrillic name of one or two capitalised words (a hyphen may join two), after a Russian preposition or none: the
#: two halves of "в Торт-Кочо и Жаны-Жер" are two names, a list though neither is known (geo185: batch 91's g8830,
#: its first name in Kyrgyz letters, was answered at its province, confidently wrong).
_CYRILLIC_NAME = re.compile(
    r"(?:(?:в|во|на|у)\s+)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*(?:\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*)?"
)


def listed_standin(chosen: Candidate, resolution: Resolution, chain: Resolver) -> str | None:
    """Why a province standing in for ``X and Y`` must not answer (one of them is a place of it), or None."""
    if chosen.match != "context" or chosen.geo_precision != "admin1":
        return None
    parts = [part.strip() for part in _AND.split(resolution.parsed.name)]
    if len(parts) != 2 or not all(parts):
        return None
    for part in parts:
        place = place_alone(part, chain, resolution.named)
        if place is not None and place.country == chosen.country and place.admin1 == chosen.admin1:
            return (
                f"left unlocated: '{resolution.parsed.name}' names two places, '{parts[0]}' and "
                f"'{parts[1]}', and {place.name} is one of {chosen.label}: the province stands in "
                "for no list within it"
            )
    if all(_CYRILLIC_NAME.fullmatch(part) for part in parts):
        return (
            f"left unlocated: '{resolution.parsed.name}' names two places, '{parts[0]}' and '{parts[1]}', neither "
            f"known: the province ({chosen.label}) stands in for no list, read or not"
        )
    return None
