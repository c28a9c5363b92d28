"""Guards who shot at people at their trade, and the state that answers for its guards' fire.

Two readings of a report in which a state's border guards fire on civilians, applied once the draft is finished
(its type and default attribution set):

- *People at their trade*: "Five men … went fishing near the town … border guards shot at their car, killing one
  of them" (News.tj 753), "The border guards shot at a group of fishermen" (Asia-Plus 754). Men told fishing,
  herding, farming or hunting by the river or on the pasture are civilians, as the coders code shepherds and
  farmers, though the toll names them only as "one of them". Only for an incident already typed a one-sided attack
  on civilians (``Violence against civilians``) with no target read: a clash of two forces keeps no target.
- *The state answers for it*: "The border guards have been detained, and the military prosecutor's office has
  opened a criminal case against them" (753). The state holding its own guards to account has accepted that they
  fired: the codebook's ``confirmed``, the actor the guards as the report names them. Only when nobody was blamed
  (the attribution is still the default) and the guards are the subject of the shooting in the incident's own
  sentences; a case opened against anyone else ("against the smugglers") is no such answer.
"""

from __future__ import annotations

import re

from .draft import Draft, state_code
from .sentences import Sentence

#: People at a civilian trade: fishing, herding, farming (the noun, or the trade as what they went to do).
_TRADE = re.compile(
    r"\b(?:(?P<noun>fisherm[ae]n|shepherds?|herders?|farmers?)|went\s+fishing|(?:spent|were)\s+(?:the\s+day\s+)?"
    r"fishing|herding|grazing\s+(?:their|his|the)\s+(?:flocks?|sheep|cattle|livestock))\b",
    re.IGNORECASE,
)
#: A state named by its country or people: "Uzbek", "Kyrgyzstan".
_STATE = re.compile(r"\b[A-Z][a-z]+\b")
#: The guards as the subject of the shooting: "border guards shot at their car", "the border guards opened fire".
_GUARDS_SHOT = re.compile(
    r"\b(?P<perp>(?:[A-Z][a-z]+\s+)?border\s+(?:guards|troops|police))\s+(?:then\s+)?"
    r"(?:shot\s+at|shot|opened\s+fire|fired\s+(?:on|at))\b",
    re.IGNORECASE,
)
#: The state holding them to account: detained, arrested, charged, a criminal case opened against them.
_ANSWERS = re.compile(
    r"\b(?:the\s+)?(?:border\s+)?(?:guards|troops|servicemen|soldiers)\s+(?:have\s+been|had\s+been|were|have\s+been\s+"
    r"both)\s+(?:detained|arrested|charged)\b|"
    r"\b(?:opened|launched|instituted|filed)\s+(?:a\s+)?criminal\s+(?:case|proceedings|investigation)\s+against\s+"
    r"(?:them|the\s+(?:border\s+)?(?:guards|troops|servicemen|soldiers))\b",
    re.IGNORECASE,
)


def _own(draft: Draft, sentences: list[Sentence], background: set[int]) -> list[Sentence]:
    """The draft's sentences and those between its first and last, background left out."""
    told = [i for i in draft.sentences if i < len(sentences)]
    if not told:
        return []
    return [sentences[i] for i in range(min(told), max(told) + 1) if i not in background]


def civilians_at_their_trade(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Target ``civilians`` for an attack on people told at their trade (see the module)."""
    values = draft.values
    if values.get("target_type") or values.get("event_type") != "Violence against civilians":
        return
    own = _own(draft, sentences, background)
    if any(state_code(m.group(0)) for s in own for m in _STATE.finditer(s.text)):
        return
    for sentence in own:
        if trade := _TRADE.search(sentence.text):
            values["target_type"] = "civilians"
            values["civilian_targeting"] = True
            draft.evidence["target_type"] = draft.evidence["civilian_targeting"] = sentence.text
            if not values.get("victims") and trade.group("noun"):
                draft.set("victims", trade.group("noun"), sentence)
            return


def state_answers(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """``confirmed`` against the guards when their state detains or charges them for the fire (see the module)."""
    if "attribution" not in draft.defaults or draft.values.get("perpetrator"):
        return
    own = _own(draft, sentences, background)
    shot = next((m for s in own if (m := _GUARDS_SHOT.search(s.text))), None)
    if shot is None:
        return
    # the answer comes after the story, often in its own paragraph: any later sentence not read as background
    first = min(draft.sentences)
    answer = next((s for s in sentences[first:] if s.index not in background and _ANSWERS.search(s.text)), None)
    if answer is None:
        return
    draft.read_attribution("confirmed", answer)
    draft.set("perpetrator", shot.group("perp"), answer)
