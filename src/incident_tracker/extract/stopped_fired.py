"""Crossers who opened fire when the guards moved to stop them: their act, ``alleged`` against them, by their count.

A border service's account of a crossing it stopped tells the fire as the crossers' answer to its order, naming them
by whatever word comes to hand: "the guards tried to detain them, but the Afghans opened fire on them" (Trud 1377),
"Ordered to stop, the men opened fire" (AP 1379), "When the guards tried to detain them, the trespassers opened fire"
(RIA Novosti via Pravda 1380), "ordered them to stop, but the men opened fire and then ran off" (AP via The
Independent 1381), "tried to detain them, the smugglers opened fire" (Asia-Plus 1200, read already by another
reading). Every such dev report is coded ``alleged`` (the service's word, uncorroborated), the crossers as the actor
in the words that brought them in ("ten drug couriers", "four men", "three men", "the men in the boat" for "a boat
carrying 10 men"), the origin the state they came from. The shape is read by :mod:`.stopped_answer`, which the clash
reading shares. The per-sentence readings of blame leave "the men opened fire" alone: "men" names no one, and
:mod:`.smugglers_fired` takes only smugglers and traffickers.

The actor is the counted phrase that brought the men in, in the fire's sentence or the two before it, which "tried
to detain them" points back to ("ten drug couriers trying to get across", "four men tried to cross"), the one with
the fire's own noun first; the origin is
the state they are told coming "from", or the people's word the fire names them by ("the Afghans"), never the
incident's own country. Only for a draft still blaming nobody; never "they" (the guards as often as the crossers),
fire told as an answer, or a denial. The held-back round 94's dev reports, read first by rules that had not seen them,
are its shape's four reports (extract170).
"""

from __future__ import annotations

import re

from .draft import Draft, state_code
from .sentences import Sentence
from .stopped_answer import stop_answered
from .vocab import DEMONYMS, NUMBER

#: The men by the word the fire names them with: "the men", "the violators", or a people's word ("the Afghans",
#: checked against the demonyms), never the guards.
_CROSSERS = re.compile(r"men|violators|trespassers|intruders|couriers|smugglers|traffickers|infiltrators|[A-Z][a-z]+s")
#: The men brought in by their count: "ten drug couriers", "a boat carrying 10 men", "three armed men".
_COUNTED = re.compile(
    rf"\b(?P<men>(?:{NUMBER}|\d+)\s+(?:armed\s+)?(?:drug\s+)?(?P<noun>men|couriers|smugglers|traffickers|"
    r"violators|trespassers|people|gunmen))\b",
    re.IGNORECASE,
)
#: Where they came from: "from Afghanistan into Tajikistan".
_FROM = re.compile(r"\bfrom\s+(?P<state>[A-Z][a-z]+)\b")
_NOT_THEIRS = re.compile(r"\b(?:den(?:y|ies|ied)|rejected)\b", re.IGNORECASE)


def stopped_fired(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """``alleged`` against crossers told firing when the guards moved to stop them (see the module)."""
    values = draft.values
    if not draft.blame_unread or values.get("perpetrator") or values.get("origin_country"):
        return
    own = draft.spanned_sentences(sentences, background)
    for sentence in own:
        fired = stop_answered(sentence.text)
        if fired is None or _NOT_THEIRS.search(sentence.text) or not _CROSSERS.fullmatch(fired.subject):
            continue  # the men named by one word of theirs ("the men", "the Afghans"), never a denied fire
        noun = fired.noun.lower()
        nation = DEMONYMS.get(noun[:-1]) if fired.noun[0].isupper() else None
        if fired.noun[0].isupper() and nation is None:
            continue  # a capitalised word that is no people's ("the Russians" are a people, "the Guards" are not)
        # "tried to detain them": the men were brought in before, in this sentence or the two before it
        window = [sentences[i] for i in range(max(sentence.index - 2, 0), sentence.index + 1) if i not in background]
        told = [m for s in window for m in _COUNTED.finditer(s.text)]
        if not told:
            continue
        same = [m for m in told if m.group("noun").lower() == noun]
        men = (same or told)[0].group("men")
        draft.read_attribution("alleged", sentence)
        draft.set("perpetrator", men, sentence, replace=True)
        country = values.get("country")
        origins = [state_code(m.group("state")) for s in window for m in _FROM.finditer(s.text)]
        origin = nation or next((o for o in origins if o and o != country), None)
        if origin and origin != country:
            draft.set("origin_country", origin, sentence, replace=True)
        draft.notes.append(f"The crossers ({men!r}) are told opening fire when the guards moved to stop them: alleged.")
        return
