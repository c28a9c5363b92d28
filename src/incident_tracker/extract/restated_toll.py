"""A side's toll told again with the attackers' dead beside it: both sides' dead (issue 14, extract142).

"At least 23 soldiers were martyred on Tuesday when terrorists attacked a security forces' post", then "twenty-three
soldiers embraced shahadat, and all six terrorists were engaged and killed" (Daily Pakistan 622, Indian Defence News
624, the ISPR's words): the second sentence restates the soldiers' count and adds the attackers' dead, which the coders
count (29, as the codebook's tolls count every side's dead). One sentence's counts are summed already
(:func:`.fields.add_up`: "23 soldiers … and six terrorists" is 29), but a later sentence whose sum differs from the
count read is no new figure of it and was dropped. Only when the sentence's own side's count is the one already read,
and the rest are the attackers', is their number added; a count of the attackers already read, or a different
figure for the side hit (another source's), stays as before.
"""

from __future__ import annotations

from .casualties import Toll, find_tolls
from .draft import Draft
from .sentences import Sentence
from .vocab import ATTACKERS


def attackers_beside_restated(draft: Draft, sentence: Sentence, toll: Toll) -> int | None:
    """The attackers' dead a sentence adds beside a restated count of the side hit, else None (``toll``: the
    sentence's summed count of the dead)."""
    known = draft.values.get("killed")
    if toll.what != "killed" or not toll.both_sides or known is None or draft.values.get("_attackers_counted"):
        return None
    before = str(draft.values.get("_killed_who") or "")
    if not before or ATTACKERS.search(before):
        return None
    parts = [t for t in find_tolls(sentence.text) if t.what == "killed" and t.casualties.best is not None]
    theirs = [t for t in parts if ATTACKERS.search(t.victims or "")]
    own = [t for t in parts if t not in theirs]
    if len(own) != 1 or not theirs or own[0].casualties.best != known:
        return None
    return sum(t.casualties.best or 0 for t in theirs)
