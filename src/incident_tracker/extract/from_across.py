"""Attackers told as coming from across the border, by whatever word: an origin, ``alleged``, no actor.

Regional reports of raids on shepherds and posts name the raiders by no group and by a word the state's label readings
do not take ("attackers", "armed intruders", "raiders", "men carrying guns"), and say only where they came from:
"attackers from across the border struck a remote summer pasture … a group of attackers who had crossed over from the
Afghan side opened fire" (Dawn 1108), "the attackers were thought to have come across from Afghanistan's Kunar and
Nuristan provinces" (HTN World 1109), "armed intruders from across the border drove off hundreds of goats … They were
most likely from Afghanistan's Nooristan province" (Chitral Today 1110). Each is coded ``alleged`` with that origin:
the codebook's "an interested party or a single source names … an origin". The perpetrator stays empty here: the word
alone describes the men and names no one; where a phrase carries the origin too ("armed intruders from across the
border"), :mod:`.men_from` names them by it, as the coding notes' ruling of 2026-12-07 codes them.

The state is the one the sentence names ("from the Afghan side", "from Afghanistan's Kunar"); told only as "from
across the border", it is the one neighbour across the borders the report names (as :func:`.came_across.other_side`
reads "from the other side"), else a state the incident's sentences say the men were from ("They were most likely
from Afghanistan's Nooristan province"). Only for a draft whose attribution is still the default and that names no
perpetrator or origin (its country read or not); only the sentences the draft spans, less the background; never the
incident's own country, a denial, or men told fleeing or pushed back ("fled across the border": flight is no origin,
:mod:`.inland`).
"""

from __future__ import annotations

import re

from .came_across import neighbours_named
from .draft import Draft, state_code
from .sentences import Sentence

#: The men, by the words these reports use for raiders with no group's name.
_MEN = (
    r"(?:attackers|assailants|raiders|intruders|gunmen|armed\s+men|men\s+carrying\s+(?:guns|weapons)|"
    r"militants|terrorists|infiltrators|bandits)"
)
#: "attackers from across the border", "armed intruders from across the line".
_FROM_ACROSS = re.compile(rf"\b{_MEN}\s+from\s+across\s+the\s+(?:border|frontier|line)\b", re.IGNORECASE)
#: "attackers who had crossed over from the Afghan side", "the attackers were thought to have come across from
#: Afghanistan's Kunar": the men, then their coming over from a state named (up to five words between).
_CAME_OVER = re.compile(
    rf"\b(?i:{_MEN})(?:\s+[\w-]+){{0,5}}?\s+(?:had\s+)?(?:crossed|came|come|slipped|sneaked)\s+(?:over|across|in)\s+"
    r"from\s+(?:the\s+)?(?P<where>[A-Z][a-z]+)(?=[’']s\b|\s+(?:side|territory|soil)\b|[\s,.;])"
)
#: "They were most likely from Afghanistan's Nooristan province": where the men were from, told of them.
_WERE_FROM = re.compile(
    r"\b(?:[Tt]hey|[Tt]he\s+(?:attackers|intruders|raiders|gunmen|men))\s+(?:were|are)\s+(?:[\w-]+\s+){0,2}?"
    r"from\s+(?P<where>[A-Z][a-z]+)(?=[’']s\b|[\s,.;])"
)
#: A denial, or the men told going back: no origin alleged.
_NOT_ORIGIN = re.compile(
    r"\b(?:denied|denies|deny|rejected|never|not)\b|\b(?:fled|escaped|retreated|pushed\s+back|driven\s+back)\b",
    re.IGNORECASE,
)


def attackers_from_across(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """The state raiders are told as coming from, ``alleged`` with no actor, for a draft blaming nobody (module)."""
    values = draft.values
    country = values.get("country")
    if not draft.blame_unread or values.get("perpetrator") or values.get("origin_country"):
        return
    own = draft.spanned_sentences(sentences, background)
    for sentence in own:
        if _NOT_ORIGIN.search(sentence.text):
            continue
        came = _CAME_OVER.search(sentence.text)
        origin = state_code(came.group("where")) if came else None
        if origin is None and _FROM_ACROSS.search(sentence.text):
            origin = _one_neighbour(sentences, background, country) or _told_from(own, country)
        if origin is None or origin == country:
            continue
        draft.read_attribution("alleged", sentence)
        draft.set("origin_country", origin, sentence)
        draft.notes.append(f"The attackers are told as coming from across the border, from {origin}: alleged.")
        return


def _one_neighbour(sentences: list[Sentence], background: set[int], country: str | None) -> str | None:
    """The one state across the borders the report names that is not the incident's, or None."""
    sides = neighbours_named(sentences, background)
    across = sides - {country}
    if len(across) != 1 or (country not in sides and len(sides) > 1):  # "the Afghan border", told from Pakistan
        return None
    return next(iter(across))


def _told_from(own: list[Sentence], country: str | None) -> str | None:
    """A state the incident's sentences say the men were from ("They were most likely from Afghanistan's …")."""
    for sentence in own:
        for match in _WERE_FROM.finditer(sentence.text):
            code = state_code(match.group("where"))
            if code and code != country:
                return code
    return None
