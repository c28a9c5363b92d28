"""Men told crossing from a state, for a draft whose actor is read but not where it came from: that state is the origin.

"Four armed militants who crossed illegally from Afghanistan into Tajikistan have been killed" (Qalampir 403), "about
30 suspected drug smugglers who crossed into the country from Afghanistan" (RFE/RL 41), "Islamic militants who crossed
from Afghanistan overnight attacked three Pakistani military posts" (AP 672), "Militants crossed into Pakistan from
Afghanistan and killed 13 soldiers" (The Guardian 692), "the border police fired on militants who were crossing from
Pakistan" (Anadolu 304). The readings that wrote the actor ("Four armed militants", "Jamaat-ul-Ahrar", a group's
claim) left the origin empty; :mod:`.from_across` reads the same crossing only for a draft that blames nobody, and
:mod:`.actor_origin` only "from X" inside the actor's own words. The codebook's ``origin_country`` is "where an attack
is said to have come from", and the coders give each of these the state the men crossed from: over dev, 7 origins
given in 7 reports of 7 outlets (AFP 1094 and Pakistan Today 889 besides the five above), all the coded one.

Only in a sentence the draft spans (not the background: "Pakistan started fencing the border to keep terrorists from
crossing over from Afghanistan" tells no day's crossing), never in a sentence with a denial or men told going back, and
never the incident's own country; a state's forces crossing are :mod:`.crossed_in`'s, and a draft with no country read
is left (where the men came from may be the incident's own side).
"""

from __future__ import annotations

import re

from .actor_state import FORCE_WORDS
from .draft import Draft, state_code
from .sentences import Sentence

#: The men, by the words these reports use for those who cross: a label, a trade, or a plain word.
_MEN = (
    r"(?:militants|terrorists|insurgents|khwarij|khawarij|fighters|rebels|infiltrators|smugglers|traffickers|"
    r"drug\s+dealers|attackers|assailants|raiders|intruders|gunmen|armed\s+men)"
)
#: The men, then their crossing, then the state they came from: "militants who crossed illegally from Afghanistan",
#: "smugglers who crossed into the country from Afghanistan", "militants who were crossing from Pakistan".
_CROSSED_FROM = re.compile(
    rf"\b(?i:{_MEN})(?:\s+[\w-]+){{0,3}}?\s+(?:(?:who|that)\s+)?(?:had\s+|have\s+|has\s+|were\s+|was\s+)?"
    r"(?:crossed|crossing|slipped|sneaked|infiltrated|came|come)\b(?P<way>[^.;:]{0,50}?)\s"
    r"from\s+(?:the\s+)?(?:neighbou?ring\s+)?(?P<where>[A-Z][a-z]+)(?=[’']s\b|\s+(?:side|territory|soil)\b|[\s,.;])"
)
#: A denial, a hope or a duty, or the men told going back: no crossing of that day told.
_NOT_ORIGIN = re.compile(
    r"\b(?:denied|denies|deny|rejected|never|not|no)\b|\b(?:fled|escaped|retreated|pushed\s+back|driven\s+back)\b|"
    r"\b(?:to\s+(?:stop|keep|prevent|block)|often|usually)\b",
    re.IGNORECASE,
)


def men_crossed_from(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """The state the draft's men are told crossing from, as its origin, when its actor is read and no origin is."""
    values = draft.values
    actor, country = str(values.get("perpetrator") or ""), values.get("country")
    if not actor or not country or values.get("origin_country") or values.get("origin_place"):
        return
    if FORCE_WORDS.search(actor):
        return  # a state's forces crossing: .crossed_in's
    for sentence in draft.spanned_sentences(sentences, background):
        if _NOT_ORIGIN.search(sentence.text):
            continue
        crossed = _CROSSED_FROM.search(sentence.text)
        origin = state_code(crossed.group("where")) if crossed else None
        if origin is None or origin == country:
            continue
        draft.set("origin_country", origin, sentence, replace=True)
        draft.notes.append(f"The men are told crossing from {origin}: the origin.")
        return
