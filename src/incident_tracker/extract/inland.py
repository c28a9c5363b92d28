"""The state's word "terrorists" for attackers of a report that names no border: no allegation.

The corpus codes a military statement that "terrorists attacked the post" as ``alleged`` against "terrorists"
when the report is about the border: the label then says who crossed or fired from the other side ("terrorists
inside Afghanistan fired across the border", Business Recorder 276; The News 100). A report that names no border,
no crossing and no country but its own tells an attack inside the country (the Zhob Garrison's, 593, 595, 605):
there the state's "terrorists" is only its word for whoever attacked, names no one and no origin, and the coding
leaves the attack ``unattributed`` with no perpetrator. Only the bare label is dropped ("terrorists", "a group of
terrorists"); a group's name, an origin or handlers abroad stay, and so does any report naming a border or a
second country.
"""

from __future__ import annotations

import re

from .draft import ATTRIBUTION_FIELDS, Draft
from .sentences import Sentence

#: The bare label, as the reader keeps it ("terrorists", "Terrorists", "a group of terrorists").
_LABEL = re.compile(r"^[\"“]?(?:(?:a\s+)?group\s+of\s+|the\s+)?terrorists[\"”]?$", re.IGNORECASE)
#: What makes a report the border's: the line, a crossing, fire from the other side.
_BORDER = re.compile(r"\b(?:borders?|cross-border|across|Durand|infiltrat\w*|frontier(?!\s+Corps))\b", re.IGNORECASE)


def label_without_border(draft: Draft, sentences: list[Sentence], named: set[str]) -> None:
    """Drop a bare "terrorists" allegation from a report naming no border and at most one country (see module)."""
    values = draft.values
    if values.get("attribution") != "alleged" or not _LABEL.match(str(values.get("perpetrator") or "")):
        return
    if values.get("origin_country") or values.get("origin_place") or len(named) > 1:
        return
    if any(_BORDER.search(sentence.text) for sentence in sentences):
        return
    draft.forget("attribution", *ATTRIBUTION_FIELDS)
    draft.notes.append('The state\'s "terrorists" names no one, and the report names no border: left unattributed.')
