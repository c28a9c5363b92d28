"""Fire answered in kind: the other side fired back, so two forces fought.

"Afghan border forces opened unprovoked artillery fire on Pakistani military positions … Pakistani troops answered
in kind" (The News 663, Dunya News 666). The codebook types an exchange of fire between two states' forces as
``Battles / Armed clash``, whatever they fired; a report that tells the shelled side "answered", "responded",
"replied" or "retaliated in kind" tells such an exchange, often in a short sentence of its own that names no
weapon, date or toll and so is read into no incident. With one incident in the report, that sentence (outside the
background) marks the incident as a clash, as the clash words of its own sentences do.
"""

from __future__ import annotations

import re

from .sentences import Sentence

_IN_KIND = re.compile(r"\b(?:answered|responded|replied|retaliated|hit\s+back)\s+in\s+kind\b", re.IGNORECASE)


def answered_in_kind(sentences: list[Sentence], background: set[int]) -> bool:
    """Whether a sentence outside the background tells fire answered in kind (see the module)."""
    return any(_IN_KIND.search(s.text) for s in sentences if s.index not in background)
