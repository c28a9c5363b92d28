"""A paragraph that tells what a speaker "said then": earlier news, not the report's event (issue 14, extract151).

"On August 3, the security forces raided a hideout in Zangutai. Two terrorists were killed …, the ISPR said then."
(ARY News 1015, whose own event, the fire on a post, it tells undated in its lead). Reading the paragraph's first
sentence, nothing says the raid is old: its day lies within the week the undated lead is dated by, and it opens on
its day as a report's own news does. Only the paragraph's last words say so: what was said *then* was said before
this report, of an event before it. Over all dev texts, "said then", "said at the time" and "reported then" are 16
sentences in 16 reports, every one about earlier news (extract149 counted, extract151 read them again).

API: :func:`told_then` gives the paragraphs of an article that say so, read before the sentences are fed, since the
sentence that tells the day comes before the one that says "then"; :func:`.told_apart.lead_kept_apart` asks it of
the first dated sentence after an undated lead.
"""

from __future__ import annotations

import re

from .sentences import Sentence

#: "the ISPR said then", "the military said at the time", "The Express Tribune reported at the time".
_SAID_THEN = re.compile(
    r"\b(?:said|reported|announced|stated|added|claimed)\s+(?:then|at\s+the\s+time)\b(?!\s+(?:of|when)\b)",
    re.IGNORECASE,
)


def told_then(sentences: list[Sentence]) -> set[int]:
    """The paragraphs (by number) in which a speaker is told saying something then, at the time."""
    return {sentence.paragraph for sentence in sentences if _SAID_THEN.search(sentence.text)}
