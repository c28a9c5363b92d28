"""A second death told in one clause after the incident's: "and of one more soldier in the neighbouring Khyber
Agency, killed by terrorists firing from Afghan territory" (Gulf News 671).

A state's protest or statement often lists, after the deaths of the incident reported, one more death elsewhere:
"over the deaths of the five soldiers in Mohmand Agency and of one more soldier in the neighbouring Khyber Agency".
That is another incident, in another place, which no sentence dates. It is drafted on its own, as the codebook
wants every incident: the place the clause names, the one dead and who they were, the week up to the report (as any
incident told with no day), and the fire "from <country> territory" the clause tells as an allegation against the
attackers it names. Only "one more", "another" or "a further" with a victim noun and a named place ("X Agency",
"X district", "X province") that is not the first incident's, in a sentence of that incident, outside the background.
"""

from __future__ import annotations

import datetime as dt
import re

from .draft import Draft, country_code
from .sentences import Sentence
from .vocab import DEMONYMS, target_type

_ONE_MORE = re.compile(
    r"\band\s+(?:of\s+)?(?:one\s+more|another|a\s+further)\s+(?P<noun>soldier|policeman|guard|border\s+guard|"
    r"civilian|officer)\s+in\s+(?:the\s+)?(?:neighbou?ring\s+)?"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:Agency|[Dd]istrict|[Pp]rovince|[Rr]egion))"
    r"(?P<rest>[^.;]*)"
)
#: Who fired, as the clause says: "killed by terrorists firing from Afghan territory".
_BY_FROM = re.compile(
    r"\bkilled\s+by\s+(?P<perp>(?:[\w-]+\s+){0,2}?(?:terrorists|militants|gunmen|insurgents|forces|troops)\s+"
    r"(?:firing|shooting)\s+from\s+(?P<side>[A-Z][a-z]+)\s+(?:territory|soil|side))\b"
)


def one_more_death(drafts: list[Draft], sentences: list[Sentence], background: set[int], anchor: dt.date) -> None:
    """Draft the second death a sentence of the one incident tells after its own (see the module)."""
    if len(drafts) != 1:
        return
    first = drafts[0]
    own = str(first.values.get("place") or "")
    for index in dict.fromkeys(first.sentences):
        if index >= len(sentences) or index in background:
            continue
        sentence = sentences[index]
        found = _ONE_MORE.search(sentence.text)
        if found is None or found.group("place").split()[0].lower() in own.lower():
            continue
        noun = " ".join(found.group("noun").split())
        draft = Draft()
        draft.date_week_up_to(anchor, sentence.text)
        draft.set("description", sentence.text, sentence)
        draft.set("place", found.group("place"), sentence, path="one more death")
        draft.set("killed", 1, sentence)
        draft.set("victims", noun, sentence)
        draft.set("target_type", target_type(noun), sentence)
        by = _BY_FROM.search(found.group("rest"))
        if by:
            draft.set("weapons", ["firearms"], sentence)
            draft.read_attribution("alleged", sentence)
            draft.set("perpetrator", by.group("perp"), sentence)
            code = DEMONYMS.get(by.group("side").lower()) or country_code(by.group("side"))
            draft.set("origin_country", code, sentence)
        draft.sentences.append(index)
        draft.notes.append("One more death told after the incident's, in another place: drafted as its own incident.")
        drafts.append(draft)
        return
