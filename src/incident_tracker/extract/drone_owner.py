"""The state a drone is told as belonging to: its owner, blamed for the strike.

"A pilotless U.S. aircraft fired a missile", "a drone believed to be American fired", "an American drone … fired a
missile" (Reuters, AP, Rediff, Sky TG24 on the Waziristan strike, 764–767): a report that names whose drone struck
names the state that struck, though nobody is quoted blaming it. The coders code that state as the actor:
``alleged`` when the report's own sentences cite anybody (officials, residents, "reports coming out of Pakistan"),
``suspected`` when the outlet alone names the owner, with no source and no claim. Only for a drafted air or drone
strike still left at the default attribution with no actor; the owner must be told in the draft's own sentences,
before the drone ("a U.S. drone") or as what it was believed to be ("a drone believed to be American"), never as the
target ("a drone shot down by Iranian forces" tells no owner).
"""

from __future__ import annotations

import re

from ..models.country import country_name
from .draft import Draft, state_code
from .sentences import Sentence

_CRAFT = r"(?:drones?|pilotless\s+(?:aircraft|planes?)|unmanned\s+(?:aerial\s+)?(?:aircraft|vehicles?|planes?))"
_STATE = r"(?P<state>U\.S\.|US|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
#: "a U.S. drone", "an American drone", "a pilotless U.S. aircraft", "a United States drone"; an aside may follow
#: the craft ("an American drone, an aircraft with no pilot on board, fired").
_OWNED = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?:suspected\s+)?(?:(?P<pilotless>pilotless|unmanned)\s+)?{_STATE}\s+"
    rf"(?(pilotless)(?:aircraft|planes?|drones?)|{_CRAFT})(?:,[^,.;]{{1,50}},)?\s+(?:fired|struck|hit|launched|attacked|targeted|bombed)\b"
)
#: "a drone believed to be American fired".
_BELIEVED = re.compile(
    rf"\b{_CRAFT}\s+(?:believed|thought|suspected|said)\s+to\s+(?:be|have\s+been)\s+{_STATE}\b[^.;]{{0,40}}?\b"
    r"(?:fired|struck|hit|launched|attacked|targeted)\b"
)
#: "at least 10 militants were killed in the American drone attack, he said": the strike named with its owner, as
#: the one told ("the"); "last year a Pakistani drone attack in Spera killed 20" is another strike (8am 365).
_STRIKE = re.compile(
    rf"\b[Tt]he\s+(?:suspected\s+)?{_STATE}\s+(?:drone|missile|pilotless\s+aircraft)\s+"
    r"(?:attack|strike|raid)\b(?!s)"
)
#: Somebody cited in the report: the owner is then told through a source.
_CITED = re.compile(r"\b(?:according\s+to|said|says|say|told|reported|reports)\b")
#: The states' names the reports give in short.
_SHORT = {"U.S.": "US", "US": "US"}


def _state(word: str) -> str | None:
    return _SHORT.get(word) or state_code(word)


def drone_owner(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Blame the state whose drone the report says struck (see the module)."""
    values = draft.values
    if values.get("sub_event_type") != "Air/drone strike" or values.get("perpetrator"):
        return
    if not draft.blame_unread:
        return
    told = [i for i in draft.sentences if i < len(sentences) and i not in background]
    own = [sentences[i] for i in range(min(told), max(told) + 1) if i not in background] if told else []
    for sentence in own:
        found = _OWNED.search(sentence.text) or _BELIEVED.search(sentence.text) or _STRIKE.search(sentence.text)
        if not found:
            continue
        code = _state(found.group("state"))
        name = country_name(code) if code else None
        if not name:
            continue
        cited = any(_CITED.search(s.text) for s in own)
        values["attribution"] = "alleged" if cited else "suspected"
        values["perpetrator"] = name
        draft.evidence["attribution"] = draft.evidence["perpetrator"] = sentence.text
        draft.defaults.remove("attribution")
        draft.notes.append(
            f"The drone is told as {found.group('state')}'s (by {'a source' if cited else 'the outlet'})."
        )
        return
