"""A stretch of the border told in the sentences leading up to the act, when the act's own sentences name no place.

Issue 14 (extract209, the place field's misses by shape). A border service's report often names the stretch where its
men were at work in the sentence before the one that tells the fire: "Guards checking a sector of the Panj stretch of
the border with Afghanistan detained a man", then, two sentences on, "At that moment automatic fire was opened on the
guards" (REGNUM 920, coded "the Panj stretch of Tajikistan's border with Afghanistan"). The reader reads the place
only from the sentences it read into the draft, which begin with the fire; :mod:`.border_line` likewise. So, after
every other reading, a draft still unplaced takes the stretch of the border, the border area between two named places
or the tripoint (:func:`.border_points.border_point`) told in one of the three sentences right before its first own
sentence, the nearest first, and not in the background nor in a wrong role (where someone spoke).

Only these: a stretch of the border names where along the line men stood, and a report's lead-in tells it for the act
that follows. A town, district or post told before the act is left alone: it may be where someone came from, or an
earlier act's scene, and wrong is worse than empty. A draft with no sentence of its own is left too (nothing to count
back from). The phrase is kept as written and not located, as :mod:`.border_line`'s. Run with the finished readings
(:func:`.draft_passes.read_each_finished`), after :func:`.border_line.border_line`.
"""

from __future__ import annotations

from .border_points import border_point
from .draft import Draft
from .roles import wrong_role
from .sentences import Sentence

#: How many sentences before the act's first one may carry its stretch: a lead-in, not the report's other news.
_LOOK_BACK = 3


def stretch_told_before(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Place an unplaced draft on the border stretch told just before its first sentence (see the module)."""
    own = draft.own_sentences(sentences, background)
    if draft.values.get("place") or not own:
        return
    first = min(sentence.index for sentence in own)
    for sentence in reversed(sentences[max(0, first - _LOOK_BACK) : first]):
        if sentence.index in background or (found := border_point(sentence.text)) is None:
            continue
        phrase, start = found
        if wrong_role(sentence.text[:start], ""):
            continue  # "said at the Batken stretch of the frontier": where a speaker stood
        draft.set("place", phrase, sentence, path="a stretch told before the act")
        draft.notes.append(f"Place {phrase!r}: the stretch of the border told just before the act (.stretch_before).")
        return
