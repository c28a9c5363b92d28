"""A clash between two states' border services, one of them blamed: the other state's guards were its target.

"The Tajik border guards ignored demands to leave and opened fire at the Kyrgyz servicemen. The border detachments
of the two countries then exchanged fire" (24.kg), "Kyrgyz and Tajik border guards exchanged fire … Tajik border
guards who came up to help then opened fire with a grenade launcher" (Interfax), "Border guards of Kyrgyzstan and
Uzbekistan have clashed … The Uzbek border guards then suddenly opened fire": a battle between two armed sides has
no single target (:func:`.finish._no_single_target`), but when the report blames one state's guards, what they
fought is the other state's guards, and the coders code the target ``border_guards`` (dev, extract129: five such
clashes of four borders, one of the same shape coded with no target). Only a battle whose blame names one of the
two border services, only when no target was read, and never when the victims told are civilians ("an Afghan
teacher was killed in clashes between Iranian and Afghan border guards").
"""

from __future__ import annotations

import re

from .draft import Draft, state_code
from .sentences import Sentence

_DEMONYMS = r"Kyrgyz|Tajik|Uzbek|Turkmen|Afghan|Iranian|Pakistani|Chinese|Kazakh"
_COUNTRIES = r"Kyrgyzstan|Tajikistan|Uzbekistan|Turkmenistan|Afghanistan|Iran|Pakistan|China|Kazakhstan"
#: A state's border service named: "Tajik border guards", "a Kyrgyz border detachment", "Kyrgyz and Tajik border
#: patrols", "border guards of Kyrgyzstan and Uzbekistan".
_SERVICE = re.compile(
    rf"\b(?P<dem>{_DEMONYMS})(?:\s+and\s+(?P<dem2>{_DEMONYMS}))?\s+(?:(?:border|frontier)\s+"
    r"(?:guards?|troops|patrols?|detachments?|squads?|units?|servicemen|service|forces)|servicemen)\b|"
    rf"\b(?:[Bb]order|[Ff]rontier)\s+guards\s+of\s+(?P<land>{_COUNTRIES})(?:\s+and\s+(?P<land2>{_COUNTRIES}))?\b"
)

#: Victims told as no guards: a civilian, a teacher, villagers, a shepherd.
_OTHERS_HIT = re.compile(
    r"\b(?:civilians?|teachers?|villagers?|residents?|farmers?|shepherds?|children|child|wom[ae]n|drivers?|"
    r"citizens?|people)\b",
    re.IGNORECASE,
)


def other_service_hit(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Target ``border_guards`` for a battle of two border services whose blame names one of them (see the module)."""
    values = draft.values
    if values.get("event_type") != "Battles" or values.get("target_type") or values.get("attribution") != "alleged":
        return
    tolls = f"{values.get('victims') or ''} {draft.evidence.get('killed', '')} {draft.evidence.get('injured', '')}"
    if _OTHERS_HIT.search(tolls):
        return  # "an Afghan teacher was killed in clashes between Iranian and Afghan border guards": a civilian hit
    blamed = {code for word in str(values.get("perpetrator") or "").split() if (code := state_code(word))}
    if len(blamed) != 1:
        return
    services: set[str] = set()
    for sentence in draft.own_sentences(sentences, background):
        for match in _SERVICE.finditer(sentence.text):
            services |= {code for name in match.groupdict().values() if name and (code := state_code(name))}
    if len(services) != 2 or not blamed <= services:
        return
    told = draft.evidence.get("perpetrator") or draft.evidence.get("attribution", "")
    values["target_type"] = "border_guards"
    draft.evidence["target_type"] = told
    draft.notes.append("A clash of two border services, one blamed: the other's guards were its target.")
