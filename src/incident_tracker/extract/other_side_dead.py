"""The other state's own dead, told in a later sentence by their nation: added to the dead of the side they fired on
(issue 14, extract208).

A fight across a border is often told from one side first ("six civilians were killed by fire from Afghan forces,
the army said") and the other side's losses after, in its own officials' words ("the Kandahar police spokesman said
one Afghan soldier had been killed and 10 other people wounded"). The codebook's best figure counts every side's
dead, as the attackers' dead told later are added (:func:`.fields.read_toll`): the two counts are of different
people, not two figures for the same dead. Read only where the text tells it plainly: the later count names its
victims by a nation, the first count's own sentence names that nation's force or side as the one that fired, and the
dead counted so far are not of that nation (nor "people", who may be of every side). The wounded that the same later
sentence counts are that side's too, and are added with them. A vague count ("several Afghan soldiers") is no
figure of the other side's and is left out, as is a count told with another time ("last month").
"""

from __future__ import annotations

import re

from .casualties import Toll
from .draft import Draft
from .other_day_toll import ANOTHER_TIME
from .sentences import Sentence
from .vocab import DEMONYMS, VAGUE_WORDS

#: The sentence whose count of the other side's dead was added: its wounded are that side's too.
TOLD_BY_OTHER_SIDE = "_other_side_told"

#: A nation's force or side after its word: "Afghan border forces", "the Afghan side".
_FORCE = (
    r"\s+(?:(?:border|security|regular|Taliban|army|national)\s+){0,2}"
    r"(?:forces|troops|soldiers|guards|army|military|side|police)\b"
)
#: A nation's fire itself after its word: "Afghan fire", "Afghan shelling".
_FIRE = r"\s+(?:fire|firing|shelling|gunfire|artillery|rockets|mortars)\b"
#: What the force did, told right after it: it fired.
_FIRED = r"(?:\s+\w+){0,2}?\s+(?:fired|opened\s+fire|shelled|attacked|struck|launched|pounded|targeted)\b"

#: Everyone, or more than one group: a count so far that may already hold the other side's dead.
_EVERY_SIDE = re.compile(r"\b(?:and|people|persons|individuals)\b", re.IGNORECASE)


def _fired_by(text: str, nation: str) -> bool:
    """Whether a sentence names ``nation``'s force or side as the one that fired ("fire from Afghan forces", "from
    the Afghan side", "Afghan border forces fired") or its fire itself ("Afghan shelling"): not the nation's forces
    hit beside the others ("killing eight US soldiers and seven members of the Afghan forces"), nor a word of a
    compound ("the Pak-Afghan border")."""
    for word in (word for word, code in DEMONYMS.items() if code == nation):
        nation_word = rf"(?<![\w-]){re.escape(word)}"
        told = (
            rf"\b(?:from|by)\s+(?:the\s+)?{nation_word}{_FORCE}",
            rf"{nation_word}{_FORCE}{_FIRED}",
            rf"{nation_word}{_FIRE}",
        )
        if any(re.search(shape, text, re.IGNORECASE) for shape in told):
            return True
    return False


def other_state_dead(draft: Draft, toll: Toll, sentence: Sentence) -> bool:
    """Whether a later count of the dead is the other state's own, to add to the dead counted so far."""
    if toll.what != "killed" or draft.values.get("_attackers_counted") or not toll.nationality or not toll.victims:
        return False
    if toll.casualties.best is None or toll.casualties.text in VAGUE_WORDS:
        return False
    told = draft.evidence.get("killed", "")
    before = str(draft.values.get("_killed_who") or "")
    if not told or told == sentence.text or _EVERY_SIDE.search(before) or ANOTHER_TIME.search(sentence.text):
        return False
    if draft.values.get("victim_nationality") == toll.nationality:
        return False
    if any(DEMONYMS.get(word.lower()) == toll.nationality for word in re.findall(r"[\w-]+", before)):
        return False
    return _fired_by(told, toll.nationality)


def wounded_of_other_side(draft: Draft, toll: Toll, sentence: Sentence) -> bool:
    """Whether a count of the wounded is told in the sentence whose other side's dead were just added: theirs too."""
    return (
        toll.what == "injured"
        and draft.values.get(TOLD_BY_OTHER_SIDE) == sentence.text
        and draft.evidence.get("injured") != sentence.text
        and toll.casualties.best is not None
        and toll.casualties.text is None
    )
