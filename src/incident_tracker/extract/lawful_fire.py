"""A state's service calling its own guards' fire lawful: it owns the fire, so the blame is ``confirmed``.

"The SNB said weapons had been used lawfully against a border violator" (CACI Analyst 1259, quoting Uzbekistan's
National Security Service), "Rahmatulloyev said ... the Tajik border guards opened fire in line with the rules"
(Asia-Plus 383, the Tajik border service's spokesman): a service that defends its guards' fire as lawful accepts that
they fired, which the codebook calls ``confirmed`` (responsibility accepted), not another side's ``alleged``. Round
90's dev part was read ``alleged`` at first sight (1259), and 383 the same way before it. Read only to strengthen a
blame already read: the draft's attribution is ``alleged``, its actor is one state's force (guards, troops, forces,
servicemen, police), and a sentence within the draft's span (its first sentence to its last, not background:
1259's press release sits between the lead and the SNB's account) tells fire or weapons used "lawfully", "in line
with the rules" or "in accordance with the law" and names that state and no other ("Uzbekistan's National Security
Service", "the Tajik border guards"); "not", "never" or "denied" in it reads nothing. A post chief's warning shots
"within the law" in a crowd's clash (Khovar 537) are not read: the draft's actor there is the crowd.
:mod:`.own_side`'s ``force_justified`` reads the other shape, the guards' fire after an ignored order to stop.
"""

from __future__ import annotations

import re

from .draft import Draft, country_code
from .sentences import Sentence
from .vocab import DEMONYMS

#: Fire told as lawful: the adverb or the rule it kept to.
_LAWFUL = re.compile(
    r"\b(?:lawfully|legitimately|in\s+(?:line|accordance|keeping)\s+with\s+(?:the\s+)?(?:rules|regulations|law|"
    r"instructions|procedures?))\b"
)
#: The fire itself: "opened fire", "weapons had been used", "fired", "shot".
_FIRE = re.compile(
    r"\b(?:opened\s+fire|fired|shot|used\s+(?:their\s+)?(?:weapons|firearms)|weapons\s+(?:had\s+|have\s+)?been\s+used)\b"
)
_DENIED = re.compile(r"\b(?:not|never|denied|denies|deny|rejected)\b")
#: A state's force as the actor: its guards, troops, forces, servicemen or police.
_FORCE = re.compile(r"\b(?:[Gg]uards?|[Tt]roops|[Ff]orces|[Ss]ervicemen|[Pp]olice|[Aa]rmy|[Mm]ilitary)\b")


def lawful_fire(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """``confirmed`` for an alleged force whose own state calls its fire lawful (see the module)."""
    values = draft.values
    actor = values.get("perpetrator")
    if values.get("attribution") != "alleged" or not actor or not _FORCE.search(actor):
        return
    states = _states(actor)
    if len(states) != 1:
        return
    for sentence in draft.spanned_sentences(sentences, background):
        text = sentence.text
        if not (_LAWFUL.search(text) and _FIRE.search(text)) or _DENIED.search(text):
            continue
        if _states(text) != states:
            continue
        draft.read_attribution("confirmed", sentence)
        draft.set("perpetrator", actor, sentence)
        draft.notes.append(f"The fire is told as lawful by {actor}'s own side: responsibility accepted, confirmed.")
        return


def _states(text: str) -> set[str]:
    """The states a phrase names by demonym or by name ("Uzbek", "Uzbekistan's", "Military Forces of Tajikistan")."""
    found: set[str] = set()
    for word in re.findall(r"[A-Z][a-z]+", text):
        if (code := DEMONYMS.get(word.lower())) is not None or (code := country_code(word)) is not None:
            found.add(code)
    return found
