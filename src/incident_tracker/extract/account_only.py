"""A speaker's account that names no one is no allegation (issue 14, extract144's leftovers).

"The police said the officers were on a routine patrol when they were fired upon" (971), "Reports say suspects
behind the bombing have been arrested" (945): a speaker, then a verb of fire or a word of blame, but nobody said to
have done it, no side, no group, no label for the attackers and no origin. :data:`.attribution_patterns.ALLEGE` read
each as ``alleged`` with nothing alleged; the hand coding has them ``unattributed``, and so did the first-sight
drafts of rounds 40–78, right once in twelve (extract144's count). An account that names anyone stays an allegation,
whatever it names: a state's forces ("two states' forces named leave the accused empty", the thirteenth round), a
crossing ("militants from across the border were responsible", the forty-sixth), a country or a demonym ("crossed
into Tajikistan", "Pakistani army helicopters"), a group, or the attackers by any label.
"""

from __future__ import annotations

import re

from .groups import known_groups
from .negated_side import is_nobody
from .statement import country_of
from .vocab import DEMONYMS

#: Words that tell who acted or who is blamed, whatever else the account says; a bomber is someone too, whose
#: account :func:`.first_blame.bomber_not_blame` reads as the bombing's manner ("a suicide bomber may have slipped in").
_SOMEONE = re.compile(
    r"\b(?:militants?|bombers?|terrorists?|insurgents?|rebels?|separatists?|smugglers?|traffickers?|gunm[ae]n|attackers?|"
    r"assailants?|bandits?|intruders?|infiltrators?|khwarij|khawarij|fighters?|forces|troops|soldiers|guards|army|"
    r"military|militia|responsible|blamed?|accused|across|other\s+side|neighbou?ring)\b",
    re.IGNORECASE,
)


def names_no_one(account: str, speaker: str | None = None) -> bool:
    """Whether what a speaker said (the words after the verb of saying) names no side, group, label or origin.

    A speaker who is nobody ("Nobody has said where the shells were fired from") is read by
    :func:`.negated_side.without_false_sides` as no one claiming it (``unattributed`` from the text), not here."""
    if is_nobody(speaker) or _SOMEONE.search(account) or known_groups(account):
        return False
    words = re.findall(r"[A-Za-z][\w’'-]*", account)
    return not any(w.lower() in DEMONYMS or (w[:1].isupper() and country_of(w)) for w in words)
