"""People of a nation fired on as they crossed, told by a phrase the victims' readings do not take: civilians.

:mod:`.crossers_hit` reads migrants whose victims' value is their nation's plural ("Afghans"); where the victims were
never read, because the sentence tells them only as the object of the fire or by their citizenship, the target stayed
empty: "Pakistani border forces opened fire on a group of Afghans who were trying to force their way into the
country" (A News 529), "Two Pakistanis trying to get into Iran without papers were killed when Iranian security forces
opened fire" (Neo News 658), "A Kyrgyz citizen who had crossed the border was wounded by gunfire" (Super.kg 1202). The
coders code such people ``civilians`` with their nationality where they were hit abroad (the codebook's migrants;
dev: 4 reports of 4 outlets with no target read, 529, 658, 1202 and Knews 536's "a citizen of Kyrgyzstan"; issue 14,
extract168).

Read only for a draft already typed violence against civilians with no target, from its own sentences (not the
background's) that tell both the people, by a nation's plural, "citizen(s) of <Country>" or "<Demonym> citizen(s)",
and a crossing tried or made ("trying to get into", "force their way into", "who had crossed the border"); never
people told as smugglers or couriers (:mod:`.crossers_hit`'s rule), nor anyone who only "strayed" across. The
nationality is kept even where the event was placed in the crossers' own country: people leaving it were hit by the
other state's guards, abroad or on the line, and the coders keep the migrants' nationality whatever the country (AT
News 114, "Afghans" drowned by Iranian guards at an outfall the gazetteer puts in Afghanistan: coded AF; dropped as
nationals at home, the target would have been a new wrong value).
"""

from __future__ import annotations

import re

from .crossers_hit import SMUGGLING
from .draft import Draft, country_code
from .sentences import Sentence
from .vocab import DEMONYMS, NATIONAL_NOUNS
from .where_hit import TRY_TO_CROSS

#: A crossing tried or made: "trying to get into Iran", "trying to force their way into", "who had crossed the border".
_CROSSING = re.compile(
    rf"{TRY_TO_CROSS}|\b(?:trying|tried|attempting)\s+to\s+force\s+their\s+way\s+(?:in|into)\b|"
    r"\b(?:who|which)\s+(?:had|have|has)\s+(?:illegally\s+)?crossed\s+(?:the\s+(?:border|frontier)|into)\b",
    re.IGNORECASE,
)
#: The people, by their nation: "Afghans", "a citizen of Kyrgyzstan", "Kyrgyz citizens".
_PEOPLE = re.compile(
    r"\b(?P<plural>[A-Z][a-z]+s)\b|\bcitizens?\s+of\s+(?P<country>[A-Z][a-z]+)\b|"
    r"\b(?P<demonym>[A-Z][a-z]+)\s+(?:citizens?|nationals?|migrants?)\b"
)


def _nationality(text: str) -> tuple[str, str] | None:
    """The first people of a nation the sentence tells, with their country."""
    for found in _PEOPLE.finditer(text):
        if found.group("plural"):
            code = NATIONAL_NOUNS.get(found.group("plural").lower())
        elif found.group("country"):
            code = country_code(found.group("country"))
        else:
            code = DEMONYMS.get(found.group("demonym").lower())
        if code:
            return found.group(0), code
    return None


def crossers_told(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Set ``civilians`` and the nationality for people of a nation fired on as they crossed (see the module)."""
    values = draft.values
    if values.get("target_type") or values.get("event_type") != "Violence against civilians":
        return
    own = set(draft.sentences)
    for sentence in sentences:
        if sentence.index in background or sentence.index not in own:
            continue
        people = _nationality(sentence.text)
        if people is None or not _CROSSING.search(sentence.text) or SMUGGLING.search(sentence.text):
            continue
        draft.set("target_type", "civilians", sentence)
        draft.set("victims", people[0], sentence)
        if not values.get("victim_nationality"):
            draft.set("victim_nationality", people[1], sentence)
        draft.notes.append(f"{people[0]} fired on as they crossed: civilians, as the codebook codes migrants.")
        return
