"""A force's own dead told as "N of its men": the force named in the sentence is the target.

"Iran's Revolutionary Guards announced that three of their men had been killed in confrontations near the border"
(Al-Jazirah 710), "gunmen fired on two vehicles of the Revolutionary Guard and killed three members of the force" (AP
711): the victims are told by a pronoun or "the force", never by a noun the victims' readings know, so the target was
left empty; the coders code the force's type (``military`` for the Guards). The same shape in dev: "the army said six
of its men had died" (Dawn 689), "three of their members were killed" (SinarPost 712), "three of their men were
killed" (The Balochistan Post 713) — 5 reports of 5 outlets, of which 689, 712 and 713 were read right by another
sentence; issue 14, extract168.

Read only where the sentence tells them dead or hurt after the phrase ("killed", "died", "martyred", "wounded") and
names the force before it, by a word the targets' vocabulary knows (:func:`.vocab.target_type`), the army as
``military``; "200 of its members held by Iran", "the sacrifices of their men" give nothing. Asked by
:class:`~.reader.Reader` only for a draft with no target yet, before :mod:`.finish`, whose rule for a clash of two
armed sides still empties it.
"""

from __future__ import annotations

import re

from .vocab import target_type

#: The force, named before its men: the Guards, the army, the Frontier Corps, the police, border guards, the Levies.
_FORCE = re.compile(
    r"\b(?P<force>(?:Islamic\s+)?Revolution(?:ary)?\s+Guards?(?:\s+Corps)?|IRGC|Basij|[Aa]rmy|Frontier\s+Corps|"
    r"[Pp]olice|[Bb]order\s+guards|Levies)\b"
)
#: Its men, counted: told dead or hurt just after ("had been killed") or just before ("and killed three members").
_HIT = r"(?:killed|died|dead|martyred|wounded|injured|hurt|lost\s+their\s+lives)"
_ITS_MEN = re.compile(
    rf"(?:\b{_HIT}\s+)?\b(?P<men>(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some)"
    r"\s+(?:of\s+(?:their|its)\s+(?:own\s+)?(?:men|members|personnel)|members\s+of\s+the\s+force))\b"
    rf"(?P<after>(?=[^.;]{{0,40}}?\b{_HIT}\b))?",
    re.IGNORECASE,
)


def force_men(text: str) -> tuple[str, str] | None:
    """The victims' phrase and the target type of "N of its men" killed or hurt, with the force named before it."""
    men = next((m for m in _ITS_MEN.finditer(text) if m.group("after") is not None or m.start() < m.start("men")), None)
    if men is None:
        return None
    forces = list(_FORCE.finditer(text, 0, men.start()))
    if not forces:
        return None
    force = forces[-1].group("force")
    kind = "military" if force.lower() == "army" else target_type(force)
    return (men.group("men"), kind) if kind else None
