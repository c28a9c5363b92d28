"""The toll told only in a headline-like first line: the lone incident's, when the body tells none.

A report's first line is often its headline, one unpunctuated line above the body ("Herat: 25 members of the border
forces captured, three killed and nine missing in a Taliban group attack", Salam Watandar 722). The reader keeps such
a line out of the body, as its figures are usually the body's, rounded or summed. When the body tells the one incident
it reports with no count of dead or wounded at all (a stored excerpt that ends after the lead), the line's count is
the only one the report gives, and the coding takes it. Only then: a report of several incidents, a body with any
count of its own, and a print edition's deck (partial figures, see ``drafts._deck``) keep the line unread.
"""

from __future__ import annotations

from .casualties import find_tolls
from .draft import Draft
from .fields import read_toll
from .sentences import Sentence


def toll_of_the_headline(drafts: list[Draft], headline: tuple[Sentence, str] | None) -> None:
    """Give the lone incident the dead and wounded its headline-like first line counts, when it has none."""
    if headline is None or len(drafts) != 1 or any(k in drafts[0].values for k in ("killed", "injured")):
        return
    sentence, text = headline
    tolls = find_tolls(text)
    for toll in tolls:
        read_toll(drafts[0], sentence, toll, update=False, conflict=False)
    if tolls:
        drafts[0].notes.append(f"The body tells no toll; the first line's ({text[:80]}) is read.")
