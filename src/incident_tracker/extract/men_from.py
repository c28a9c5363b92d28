"""Unnamed men told with where they came from, as the actor of an allegation already read.

"A gang of armed men from Kyrgyzstan killed five people" (Reuters 947), "when armed intruders from across the border
drove off hundreds of goats" (Chitral Today 1110), "a group of attackers who had crossed over from the Afghan side
opened fire" (Dawn 1108): a report that names no group tells the attackers by a plain noun and the place they came
from, in one phrase, as the subject of the act. The reader read the allegation and its origin from those sentences
(``alleged``, the origin AF or KG) and left the actor empty, since "gunmen" and "armed men" alone only describe.
The coding notes' ruling of 2026-12-07 (*a generic label with its origin*) codes such men by that phrase whole,
the origin in it, from the incident's own sentences: the phrase is the actor as the source wrote it.

Only for a draft already ``alleged`` with its origin read and no actor, and only a phrase whose origin is that very
origin (a state by its name or its side, "across the border" for any): the reading names who, it never makes the
allegation. Where a draft's sentences give two such phrases, the one that names the state is taken (1108's lead has
"attackers from across the border", its next sentence the coded "… from the Afghan side").
"""

from __future__ import annotations

import re

from .draft import Draft, state_code
from .sentences import Sentence

#: The men by a plain noun, counted or gathered or not: "armed men", "a gang of armed men", "armed intruders",
#: "a group of attackers", "gunmen".
_MEN = (
    r"(?:(?:[Aa]|[Aa]n|[Tt]he)\s+(?:large\s+|small\s+)?(?:gang|group|band)\s+of\s+)?"
    r"(?:(?:armed|unidentified|unknown|masked)\s+)?(?:men|gunmen|attackers|intruders|raiders|assailants)"
)
#: Where they came from, in the same phrase: "from Kyrgyzstan", "who had crossed over from the Afghan side", "who had
#: come over from Afghanistan", "from across the border".
_FROM = (
    r"(?:\s+who\s+(?:had\s+)?(?:come|came|crossed)(?:\s+(?:over|in))?)?\s+from\s+"
    r"(?:(?P<across>across\s+the\s+border)|the\s+(?P<side>[A-Z][a-z]+)\s+side|(?P<state>[A-Z][a-z]+))"
)
#: What they did, right after the phrase (a day may come between): the act, never a crossing or a flight.
_ACT = (
    r"(?:\s+(?:early\s+|late\s+)?on\s+[A-Z][a-z]+)?\s+(?:had\s+)?"
    r"(?:struck|attacked|opened\s+fire|fired\s+(?:on|at)|killed|raided|stormed|drove\s+off|abducted|kidnapped|"
    r"seized|shot|ambushed)\b"
)
_MEN_FROM = re.compile(rf"\b(?P<men>{_MEN}{_FROM}){_ACT}")


def _origin(match: re.Match[str]) -> str | None:
    """The state the phrase names, "" for "across the border", None for a word that is no state."""
    if match.group("across"):
        return ""
    return state_code(match.group("side") or match.group("state"))


def men_from(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Name the unnamed men of an allegation by the phrase that says where they came from (see the module)."""
    values = draft.values
    origin = values.get("origin_country")
    if values.get("perpetrator") or values.get("attribution") != "alleged" or not origin:
        return
    found: list[tuple[bool, Sentence, str]] = []
    for sentence in draft.own_sentences(sentences, background):
        for match in _MEN_FROM.finditer(sentence.text):
            state = _origin(match)
            if state is None or state not in ("", origin):
                continue
            found.append((state == origin, sentence, match.group("men")))
    if not found:
        return
    _, sentence, men = max(found, key=lambda f: f[0])  # the first that names the state, else the first
    men = men[0].lower() + men[1:] if re.match(r"(?:A|An|The)\s", men) else men
    draft.set("perpetrator", men, sentence, replace=True)
    draft.notes.append(f"The men of the allegation are told as {men!r}: the actor, its origin in the phrase.")
