"""Attackers told as fleeing back to a state after the attack: that state is the origin of an alleged attack.

"The troops fired back, killing six of the attackers; the rest fled back to Afghanistan", "the other 12 gunmen fled
back into Afghanistan", "the shepherds then fled back to Tajikistan", "and then fled back to Pakistan": a report
that tells the attackers going *back* over the border tells where they came from, and the coders code that state as
``origin_country`` (the codebook's "where an attack is said to have come from"). The words carry the teller's
account, not a proof, so the rule only adds the origin to an attribution already read as ``alleged`` (a statement
of blame was read): it never makes one, and never touches a ``confirmed`` reading (there the one who "escaped back
to Kyrgyzstan" is a victim fleeing the force that fired, not an attacker going home).

Left alone: a state that is the incident's own country (the side that was attacked, or a second incident told
from the other side), a clause whose subject is the people or the forces ("residents fled back to", "the guards
went back to"), an origin already read, and "fled back across the border" with no state named (which side the
border's far side is stays unsaid; the coders leave it empty too).
"""

from __future__ import annotations

import re

from .draft import Draft, state_code
from .sentences import Sentence

#: Going back to a state named: "fled back to Afghanistan", "fled back into Pakistan", "went back to Tajikistan",
#: "escaped back across the border into Afghanistan", "fled across the border into Afghanistan".
_FLED_BACK = re.compile(
    r"\b(?:(?:fled|escaped|retreated|withdrew|slipped|ran|went|returned)\s+back|"
    r"(?:fled|escaped|retreated|withdrew|slipped)\s+(?:back\s+)?across\s+the\s+(?:border|frontier|river))"
    r"(?:\s+across\s+the\s+(?:border|frontier|river))?\s+(?:in)?to\s+(?P<state>[A-Z][a-z]+)\b"
)

#: Subjects that are not the attackers: people fleeing, or the forces that were attacked.
_NOT_ATTACKERS = re.compile(
    r"\b(?:residents?|refugees?|famil(?:y|ies)|villagers?|civilians?|migrants?|people|workers?|children|women|"
    r"guards?|troops?|soldiers?|police(?:men)?|forces?|army|patrols?|officers?|border\s+service)\b",
    re.IGNORECASE,
)


def _subject(text: str, start: int) -> str:
    """The clause before the verb (after the last comma, semicolon or colon): where its subject is told."""
    return re.split(r"[,;:]", text[:start])[-1]


def fled_back(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Add the state the attackers fled back to as the origin of an alleged attack (see the module)."""
    values = draft.values
    if values.get("attribution") != "alleged" or values.get("origin_country") or values.get("origin_place"):
        return
    for sentence in sentences:
        if sentence.index in background:
            continue
        for found in _FLED_BACK.finditer(sentence.text):
            code = state_code(found.group("state"))
            if code is None or code == values.get("country"):
                continue
            if _NOT_ATTACKERS.search(_subject(sentence.text, found.start())):
                continue
            draft.set("origin_country", code, sentence)
            draft.notes.append(f"The attackers are told as fleeing back to {found.group('state')}: the origin.")
            return
