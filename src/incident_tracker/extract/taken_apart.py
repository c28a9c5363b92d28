"""Ground taken elsewhere, told after an undated lead: its own incident, and what names it after (issue 14).

"Militants have taken Sarvan district, the police said on Monday." … "The militants also said they had captured the
Dasht district of Tirmak province." "Fighting has gone on in Dasht for days; a dozen guards were wounded there.": the
report tells two captures, and the second's district is one the lead's sentences never named
(:func:`.another_event.taken_names`). Read as the lead's, its place, its claim and the next sentence's toll went to
the lead's capture. The capture is set apart (drafted beside the lead, dated as the lead is: :mod:`.set_apart`), and
a later sentence that names its district goes with it, not with the lead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .also_elsewhere import also_elsewhere
from .another_event import names_any, taken_names

if TYPE_CHECKING:
    from .reader_steps import FeedSteps
    from .sentences import Sentence


def set_taken_apart(reader: FeedSteps, sentence: Sentence, text: str) -> bool:
    """Set apart from the undated lead ground taken in a district the lead never named, and a sentence after it that
    names that district; whether the sentence was so set apart."""
    lead = " ".join(told for _, told in reader.summary)
    names = taken_names(text, lead)
    # "He said the fighters had also taken five posts in the Dand Patan area" (IANS 1237): the same side's other
    # attack in a place the lead never named (.also_elsewhere), set apart too, and drafted (the act is the incident)
    if not names and not names_any(reader.taken_apart, text) and not also_elsewhere(text, lead):
        return False
    reader.set_apart.append((sentence, text))  # its own draft, or (naming its district) the capture's
    reader.taken_apart |= names
    reader.background.append(sentence)
    reader.lead = [told for told in reader.lead if told[0] is not sentence]
    return True
