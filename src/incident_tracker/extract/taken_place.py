"""The place a report tells as taken: a district, a town, a crossing or a post overrun, seized or fought for.

Reports of a district or a crossing changing hands name the place as what was taken, not after a preposition:
"Taliban militants overran the Ghormach district of northern Faryab province", "have taken control of the
Sherkhan-Bandar checkpoint", "the Khwaja Ghar district of Takhar province has fallen to the Taliban", "killed in the
fighting for Darqad, a district on the border", "forces have driven the Taliban out of Kaldar, a strategic district".
None of these was read as a place (round 79's dev part: place 0.53), so the draft was left without one, or took a
province or a word told later ("Herat province", "the Central Asian states").

The name is taken only where the text shows it is a place: it ends with its kind ("Ghormach district", "the
Sherkhan-Bandar checkpoint"), is told as the kind's name ("the customs port of Torghundi", "the headquarters of
Ghormach district"), or ends its clause ("have taken Shir Khan Bandar, the main crossing"), so "captured three
Kalashnikovs", "seized Afghanistan's weapons" or "took control of Afghanistan" (a country) give none. Where the
forces fell back to ("had fallen back to the police headquarters in the Dewo Kala area") is no scene either: that is
read by :func:`fell_back_before`.
"""

from __future__ import annotations

import re

from .draft import country_code
from .place_patterns import NOT_PLACES
from .vocab import DEMONYMS

#: The verbs of taking a place, and the fight told for it.
_TAKEN = (
    r"(?:overran|overrun|captured|seized|took|taken"
    r"|(?:took|taken|seized|gained|assumed)\s+(?:full\s+)?control\s+(?:of|over)"
    r"|(?:drove|driven|pushed|forced|ousted|expelled)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+out\s+of"
    # "the outnumbered forces pulled out of Darqad": the place they lost
    r"|(?:pulled|was\s+pushed|were\s+pushed)\s+out\s+of"
    r"|the\s+(?:battle|fight|fighting|struggle)\s+for(?:\s+control\s+of)?)"
)
#: The kinds a taken place is told with, after its name or before "of" and its name.
_KINDS = (
    r"(?:district|districts|district\s+centre|district\s+center|checkpoint|check-?post|crossing|port|post|outpost|"
    r"town|city|village|area|base)"
)
#: A capitalised word with its hyphened parts ("Sherkhan-Bandar"), and a name of such words: each name is read one way
#: only, so a long run of hyphened words cannot make the pattern try every way of splitting it.
_WORD = r"[A-Z][\w’']*(?:-[\w’']+)*"
_NAME = rf"{_WORD}(?:\s+(?:and\s+)?{_WORD})*"

_TAKEN_OBJECT = re.compile(
    rf"\b{_TAKEN}\s+(?:the\s+)?(?:(?:neighbouring|neighboring|nearby|strategic|key|remote|border)\s+)?"
    # "the customs port of Torghundi", "the headquarters of Ghormach district", "the centre of Khamab district"
    rf"(?:(?P<kind_before>(?:(?:customs|border|trade|main|district)\s+)?(?:port|crossing|checkpoint|post|town|city|district"
    rf"|village)|centre|center"
    rf"|headquarters)\s+of\s+)?"
    rf"(?P<name>{_NAME})(?P<kind>\s+{_KINDS})?\b(?![’'-])"
)
#: "The centre of Khamab district in Jawzjan province fell to the Taliban", "the Khwaja Ghar district of
#: Afghanistan's Takhar province has fallen to the Taliban": a district told as falling to its takers.
_FELL_TO = re.compile(
    rf"\b(?:the\s+)?(?:(?:centre|center|headquarters)\s+of\s+)?(?P<name>{_NAME}\s+district)\b"
    r"(?:\s+(?:of|in)\s+[^.;,]{0,50}?)?\s+(?:has\s+|had\s+|have\s+)?(?:fallen|fell)\s+(?:to|into)\b"
)
#: A name that ends its clause ("took Shir Khan Bandar, Afghanistan's main crossing"), or is told as a district
#: after it ("the fighting for Darqad, a district on the border"), or is followed by its day only ("the forces
#: pulled out of Darqad on September 10;").
_ENDS_CLAUSE = re.compile(
    r"\s*(?:[,;:.)]|$)|\s+on\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d|\d{1,2}\s+[A-Z])"
)

#: Where forces fell back to: "had fallen back to the police headquarters in the Dewo Kala area", "retreated to".
_FELL_BACK = re.compile(
    r"\b(?:(?:fell|fallen|falling|pulled|moved)\s+back|retreated|withdrew|withdrawn)\s+(?:to|towards|into)\b"
    r"[^.;:]{0,60}$",
    re.IGNORECASE,
)


def taken_place(text: str) -> tuple[str, int] | None:
    """The place the sentence tells as taken or fought for, as the report names it, with where its phrase starts
    (for the role of the words before it), or ``None``."""
    for match in _TAKEN_OBJECT.finditer(text):
        name = " ".join(match.group("name").split())
        if not _a_place(name):
            continue
        if match.group("kind"):
            return f"{name} {' '.join(match.group('kind').split())}", match.start()
        kind_before = match.group("kind_before")
        if kind_before and re.search(r"\bdistrict$", kind_before):
            return f"{name} district", match.start()
        if kind_before or _ENDS_CLAUSE.match(text[match.end() :]):
            return name, match.start()
    fell = _FELL_TO.search(text)
    if fell and _a_place(fell.group("name")):
        return " ".join(fell.group("name").split()), fell.start()
    return None


def fell_back_before(before: str) -> bool:
    """Whether a place follows a verb of falling back ("the forces fell back to … the Dewo Kala area"): where the
    losing side went, not where the fight was."""
    return _FELL_BACK.search(before) is not None


def _a_place(name: str) -> bool:
    """Whether a name taken is a place: no country ("took control of Afghanistan"), people, month or weekday."""
    first = name.split()[0].lower()
    return not (country_code(name) or first in NOT_PLACES or first in DEMONYMS or name.isupper())
