"""A group named as the attack's owner in the noun phrase: "killed in a Taliban attack", "a TTP raid on the post".

Wire prose names the attacker as the attack's modifier as often as its subject: "nine Afghan soldiers lost their
lives in a Taliban attack in Balkhab district" (723, coded ``alleged``, the Taliban) said nothing to the readings of
a side acting or blamed, which look for the group as a subject or an agent. The group is taken only when the
dictionary (or the shape of its name) knows it as an armed group, the Taliban included: a state's adjective ("a
Pakistani attack") or a label ("a militant attack", "a terrorist attack") names no one. "A suspected TTP attack" is
the reporter's hedge: ``suspected``.
"""

from __future__ import annotations

import re

from .groups import known_group
from .statement import Attribution

#: An article, an optional hedge, the group's name (one to four capitalised words, or "al-"/"ul-" joined), and the
#: noun of an attack.
_NAMED_ATTACK = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Aa]nother)\s+(?P<hedge>suspected\s+|alleged\s+)?"
    r"(?P<name>(?:[A-Z][\w’'-]*|[a-z]{1,3}-[A-Z][\w’'-]*)(?:\s+(?:[A-Z][\w’'-]*|[a-z]{1,3}-[A-Z][\w’'-]*)){0,3})\s+"
    r"(?:(?:militants?|fighters?|insurgents?)['’]?\s+)?(?:suicide\s+|rocket\s+|mortar\s+|gun\s+)?"
    r"(?:attacks?|assaults?|ambush(?:es)?|raids?|bombings?|offensive)\b"
)

#: How a whole sentence ends: a stop, a question or exclamation mark, maybe a closing quote or bracket after it.
_ENDS_A_SENTENCE = re.compile(r"[.!?][\"'”’)]*\s*$")


def named_attack(text: str) -> Attribution | None:
    """The armed group a sentence names as its attack's owner, or None.

    A sentence the reader has cut where its background begins ("Four men died in a TTP attack on a post there" of "…
    there in 2023.") tells that earlier attack, not this one: it no longer ends as a sentence ends, and gives no one.
    """
    if not _ENDS_A_SENTENCE.search(text):
        return None
    for match in _NAMED_ATTACK.finditer(text):
        name = match.group("name")
        if known_group(name, non_state=True) == name or (known_group(name) == name and name.endswith("Taliban")):
            status = "suspected" if match.group("hedge") else "alleged"
            return Attribution(status, perpetrator=name)
    return None
