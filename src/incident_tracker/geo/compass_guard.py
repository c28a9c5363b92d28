"""A compass word in the name that the answer's own name contradicts: "Ouest Azerbaidjan" is not East Azerbaijan.

geo163 found the French "Ouest Azerbaidjan" (West Azerbaijan) answered with East Azerbaijan: the phonetic key folds
the vowels, so "Ouest" and "East" share one (``ast``), and the sound-alike took the other province. Three pairs of
the region's units differ by their compass word alone (East and West Azerbaijan, North and South Khorasan, North and
South Waziristan), and a report writes the word in its own language: French
"Ouest"/"Est"/"Nord"/"Sud", German "West-"/"Ost-"/"Nord-"/"Süd-", Russian "Западный"/"Восточный"/"Северный"/"Южный",
Persian and Urdu "غربی"/"شرقی"/"شمالی"/"جنوبی", Uzbek "g'arbiy"/"sharqiy"/"shimoliy"/"janubiy".

The rule, for the class: where the name looked up (not a bearing elsewhere in the text: "Datta Khel, west of
Miranshah" may still be answered by North Waziristan) holds a compass word, an answer whose own name holds another
compass word and not that one is no answer. Wrong is worse than empty: the word is never dropped.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .candidates import Candidate, Resolution

__all__ = ["compass_mismatch", "compass_words"]

#: Each direction's words, whole words (lower case); Russian adjectives by their stems, in any case ending.
_WORDS = {
    "north": ("north", "northern", "nord", "nördlich", "shomali", "shimoliy", "شمال", "شمالی", "شمالي"),
    "south": ("south", "southern", "sud", "süd", "sued", "südlich", "jonubi", "janubiy", "جنوب", "جنوبی", "جنوبي"),
    "east": ("east", "eastern", "est", "ost", "östlich", "oriental", "orientale", "sharqi", "sharqiy", "شرق", "شرقی"),
    "west": ("west", "western", "ouest", "westlich", "occidental", "occidentale", "gharbi", "g'arbiy", "غرب", "غربی"),
}
_RU_STEMS = {"north": "северн", "south": "южн", "east": "восточн", "west": "западн"}
_TOKENS = re.compile(r"[^\s\-–,()]+")


def compass_words(text: str) -> frozenset[str]:
    """The directions ``text``'s compass words name, in any of the languages above ("Ouest Azerbaidjan": west)."""
    found: set[str] = set()
    for token in _TOKENS.findall(text.casefold().replace("‘", "'").replace("’", "'")):
        for direction, words in _WORDS.items():
            if token in words or token.startswith(_RU_STEMS[direction]):
                found.add(direction)
    return frozenset(found)


def compass_mismatch(chosen: Candidate, resolution: Resolution) -> str | None:
    """Why ``chosen`` must not answer (its name's compass word is not the one the name looked up holds), or None."""
    asked = compass_words(resolution.parsed.name)
    if not asked:
        return None
    own = compass_words(chosen.name)
    if not own or own & asked:
        return None
    return (
        f"left unlocated: {resolution.parsed.name!r} names the {'/'.join(sorted(asked))}, "
        f"{chosen.label} the {'/'.join(sorted(own))}: a compass word is not dropped"
    )
