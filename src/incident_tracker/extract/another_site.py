"""The same side's attack on another post in a place of its own, told after the incident's: another incident.

"A gang crossed the border and stormed a post at Kanibadam, killing two guards." then, in a paragraph of its own,
"The men then attacked another border post, in the village of Sarytash, killing a customs officer.": the report says
in so many words that a second post was hit, and where. Read into the first raid, the second post's place and toll
were added to the first's and the second raid was lost. A sentence whose act of force (attacked, stormed, raided,
struck, ambushed, shelled, overran) falls on "another" post, outpost, checkpoint, base, camp, station, convoy or
patrol, with a place named within the clause ("in the village of X", "at X", "near X") that the incident's
sentences never named, is another incident: of its own day when it tells one, else of the incident's
(:func:`.also_elsewhere.also_elsewhere` asks it, so it takes the paths "X also attacked … in <place>" takes).

What it is not: "attacked another post" with no place, or in a place the incident named ("another post in
Kanibadam": the same raid told on), "another attempt to attack the post" (no site hit), and "another post" that is
not the act's object ("guards from another post came to help").
"""

from __future__ import annotations

import re

#: The act of force, active, on "another" site: "then attacked another border post".
_ON_ANOTHER = re.compile(
    r"\b(?:attacked|stormed|raided|struck|ambushed|shelled|overran|overrun|hit)\s+(?:yet\s+)?another\s+"
    r"(?:[\w-]+\s+){0,2}?(?:post|outpost|checkpoint|check\s*post|base|camp|station|convoy|patrol)s?\b",
    re.IGNORECASE,
)
#: The place, within the act's clause: "in the village of X", "at X", "near the X area".
_PLACE = re.compile(
    r"\b(?:in|at|near)\s+(?:the\s+)?(?:(?:village|town|city|district|area|region)\s+of\s+)?"
    r"(?P<name>(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+))*)",
    re.IGNORECASE,
)
#: How far after the site its place may be told ("another border post, in the village of X").
_REACH = 60


def another_site(text: str, told: str) -> bool:
    """Whether a sentence tells an attack on another site in a place the incident read so far (``told``: its
    sentences' evidence) never named (see the module)."""
    act = _ON_ANOTHER.search(text)
    if act is None:
        return False
    clause = re.split(r"[;.]", text[act.end() : act.end() + _REACH], maxsplit=1)[0]
    words = {word for m in _PLACE.finditer(clause) for word in re.findall(r"[A-Z][\w’'-]+", m.group("name"))}
    return bool(words) and not any(re.search(rf"\b{re.escape(word)}\b", told) for word in words)
