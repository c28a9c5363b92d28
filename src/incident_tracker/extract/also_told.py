"""Two more ways copy tells the same day's other act with "also" or "as well": a toll in the passive, an act told last.

"Eight police officers were killed when militants stormed a checkpoint in Karez." then "Two soldiers were also
killed in a militant attack in Gulzar province on Monday night, the ministry said." (wire copy): the second toll is
another attack's, told by "also" and a place of its own, with the victims first and the act after "in an attack".
Or a spokesman "also confirmed the report, saying the militants had attacked police posts in Dara and Zhob on Friday
as well": the act told in reported speech, its "also" on the speaking and its "as well" after the place. Read into
the incident told before, the second toll was added to the first (the draft of the Karez raid counted ten dead) and
the second place was lost. :mod:`.also_elsewhere` reads only "X also attacked … in <place>", the actor first and
"also" before the act; this module reads the two other orders, and :func:`.also_elsewhere.also_elsewhere` asks it,
so the same guard holds: the place told after the act must be one the incident's sentences never named.

What it is not: "two soldiers were also wounded in the attack" (the definite article: the attack already told),
"were also wounded in an attack on the same post in Karez" (a place the incident named: the same attack, told on),
"the guards also seized a vehicle" (no act of force), and "as well" that follows no act of force ("the minister
visited the wounded as well").
"""

from __future__ import annotations

import re

#: The victims first, then "also" and the harm, then "in a(n) <up to two words> attack": the act told after its toll.
_ALSO_HARMED = re.compile(
    r"\s*(?:[\w’'(),-]+\s+){1,10}?(?:were|was|have\s+been|had\s+been|has\s+been)\s+also\s+"
    r"(?:killed|wounded|injured|martyred|hurt)\s+in\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:attack|ambush|clash|raid|assault|bombing|explosion|blast|gunfight|firefight|shootout|skirmish|strike)\b",
    re.IGNORECASE,
)
#: An act of force whose clause ends "as well": "the militants had attacked police posts in Dara on Friday as well".
_ACT_AS_WELL = re.compile(
    r"\b(?:attacked|raided|stormed|shelled|bombed|ambushed|targeted|captured|seized|overran)\b"
    r"(?=[^.;]{1,100}?\bas\s+well\b)",
    re.IGNORECASE,
)


def also_told(text: str) -> re.Match[str] | None:
    """Where a sentence tells another act "… were also killed in an attack" or "… had attacked … as well": the match,
    whose end is where the act's place is looked for (see the module); None when it tells neither."""
    return _ALSO_HARMED.match(text) or _ACT_AS_WELL.search(text)
