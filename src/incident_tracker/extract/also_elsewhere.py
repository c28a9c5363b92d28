"""Another attack of the same side, told "X also attacked … in <a place>" after the report's own.

"Militants attacked a checkpost in Shatai village, killing two soldiers." … "Gunmen also attacked a small shrine
overnight in Budhber, and killed three of its caretakers." (AFP). Wire and regional copy tells the day's other
attack of the same kind of side with "also" and no day of its own: "Helicopter gunships also raided militant
positions in the Zorband and Sabagi areas" (The Frontier Post), "He said Taliban fighters had also taken five
military posts in the Dand Patan area" (IANS). Read into the incident told before it, the other attack's place took
the incident's (the outpost taken in Shorabak became one in Dand Patan) and its toll was lost. A sentence that
opens on its actor (or on "He said") and goes on "also <an act of force>" with a place after "in", "at" or "near"
that the incident's sentences never named is another incident: of its own day when it tells one ("overnight"),
else of the incident's day (:meth:`.reader_steps.FeedSteps._told_apart`); after an undated lead it is set apart as
ground taken elsewhere is (:mod:`.taken_apart`), and drafted with or without a toll of its own (:mod:`.set_apart`).

What it is not: "the posts of the security forces were also targeted" (the same fire, told in the passive), "the
guards also seized a vehicle and weapons" (no place: what the same fight yielded), "they have also taken a smaller
village nearby, Archa-Bashy" (no place told after "in"; the coding keeps the raid on the two villages one), "the
group also took part in the wave of attacks" (no act of force), and any place the incident already named ("the
militants also attacked the post in Shatai": the same fight, told on).
"""

from __future__ import annotations

import re

from .also_told import also_told
from .another_site import another_site

#: The opening: up to five words of the actor (or "He said that …") and "also" with an act of force, active.
_ALSO_ACTED = re.compile(
    r"\s*(?:(?:He|She|They|It|The\s+\w+)\s+(?:said|added|claimed)\s+(?:that\s+)?)?"
    r"(?:[\w’'-]+\s+){1,5}?(?:had\s+|have\s+|has\s+)?also\s+"
    r"(?P<act>attacked|raided|stormed|struck|shelled|bombed|ambushed|targeted|took|taken|captured|seized|overran)\b"
    r"(?!\s+(?:part|place|up)\b)",
    re.IGNORECASE,
)
#: A place named by its own capitalised name after "in", "at" or "near", within the clause of the act.
_PLACE = re.compile(
    r"\b(?:in|at|near)\s+(?:the\s+)?(?P<name>(?-i:[A-Z][\w’'-]+)(?:\s+(?:and\s+)?(?-i:[A-Z][\w’'-]+))*)",
    re.IGNORECASE,
)
#: How far after the act its place may be told ("attacked a small Sufi shrine overnight in Budhber").
_REACH = 90


def also_elsewhere(text: str, told: str) -> bool:
    """Whether an undated sentence tells the same side's other attack, "X also attacked … in <place>", in a place
    the incident read so far (``told``: its sentences' evidence) never named (see the module)."""
    act = _ALSO_ACTED.match(text) or also_told(text)  # the passive toll, or "… as well" (.also_told)
    if act is None:
        return another_site(text, told)  # "then attacked another border post, in the village of X" (.another_site)
    clause = re.split(r"[;.]", text[act.end() : act.end() + _REACH], maxsplit=1)[0]
    names = [m.group("name") for m in _PLACE.finditer(clause)]
    words = {word for name in names for word in re.findall(r"[A-Z][\w’'-]+", name)}
    return bool(words) and not any(re.search(rf"\b{re.escape(word)}\b", told) for word in words)
