"""The crossing a report is about, named in its lead, as the place of the one incident it tells.

A report of an attack at a border crossing is built around the crossing: its lead names it ("The Torkham
crossing …, which Pakistani guards shut on Friday, was still closed on Saturday", "Pakistani officials
have opened the Torkham crossing again, a day after a grenade attack there"), and the sentences that tell
the attack then say "there", "the crossing" or "the gate" without the name. When the one incident read
from such a report has no place of its own, the crossing the lead names — one crossing, not two — is its
place. A photo caption or a headline before the lead is not the lead.
"""

from __future__ import annotations

import re

from .draft import Draft
from .sentences import Sentence

#: A named crossing: "the Torkham crossing", "the Chaman border crossing", "the Angoor Adda crossing point".
_CROSSING = re.compile(
    r"\b(?:[Tt]he\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:border\s+)?crossing\b(?!\s+(?:of|into)\b)"
)
#: A line that only describes a picture or a link, never the lead.
_CAPTION = re.compile(r"^\s*(?:Photo|Picture|Image|File photo|Caption|Read more|Also read)\s*[:|-]", re.IGNORECASE)


def lead_sentence(sentences: list[Sentence], headline: int | None) -> Sentence | None:
    """The report's first sentence, a headline or a caption left out."""
    for sentence in sentences:
        if sentence.index != headline and not _CAPTION.match(sentence.text):
            return sentence
    return None


def crossing_of_the_lead(drafts: list[Draft], lead: Sentence | None) -> None:
    """Give the one incident with no place the crossing its report's lead names."""
    if lead is None or len(drafts) != 1 or "place" in drafts[0].values:
        return
    names = {m.group("name") for m in _CROSSING.finditer(lead.text) if m.group("name").split()[0] != "The"}
    if len(names) != 1:
        return
    name = names.pop()
    drafts[0].set("place", f"{name} crossing", lead, path="crossing of the lead")
    drafts[0].notes.append(f"Placed at the crossing the report's lead names ({name} crossing).")
