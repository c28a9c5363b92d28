"""Sides a sentence names without blaming them: a negated speaker, a group's denial, a reporter's demonym.

Three readings noticed on house sentences (issue 14, *Readings noticed on house sentences* in docs/extract.md):

- "Nobody has said where the missiles were fired from": the speaker read by ``ALLEGE`` is a negation, no accuser;
  like "no one has claimed", it is the codebook's ``unattributed`` read from the text.
- "The TTP denied it had carried out the attack": the group is the subject of a denial, which is no claim and no
  accusation; the sentence gives nothing (an accusation told in another sentence still stands).
- "Pakistani gunmen killed two Iranian border guards": the reporter names the attackers' country, the victims'
  being another: one source naming an origin, the codebook's ``alleged`` ("a single source names a perpetrator or
  an origin"), as the generic-labels ruling keeps a told origin. The label stays generic, so no perpetrator.
"""

from __future__ import annotations

import re

from .statement import Attribution
from .vocab import DEMONYMS

#: A speaker who is nobody: "Nobody", "No one", "No official".
_NOBODY = re.compile(r"(?:nobody|no[\s-]one|none|neither(?:\s+side)?|no\s+\w+)$", re.IGNORECASE)

#: The read side as the subject of a denial, with at most a few words between ("the TTP's spokesman").
_DENIED = r"(?:[’']s)?(?:\s+[\w’'-]+){0,3}?\s+(?:has\s+|have\s+|had\s+|also\s+|quickly\s+|later\s+)?" + (
    r"(?:denied|rejected|dismissed|refuted)\b"
)

#: Attackers by a country's demonym, as the subject of the violence: "Pakistani gunmen killed".
_DEMONYM_ATTACKERS = re.compile(
    r"\b(?P<demonym>[A-Z][a-z]+)\s+(?:armed\s+)?(?:gunmen|militants|attackers|assailants|insurgents|fighters)\s+"
    r"(?:have\s+|had\s+)?(?:killed|attacked|ambushed|shot|opened\s+fire|fired|stormed|abducted|kidnapped)\b"
)
#: Another country's people or forces named as the victims after the verb.
_OTHER_DEMONYM = re.compile(r"\b(?P<demonym>[A-Z][a-z]+)\s+(?:border\s+)?[a-z]+")


def is_nobody(speaker: str | None) -> bool:
    """Whether a speaker is a negation ("Nobody", "No one", "No official"): no accuser, whatever follows."""
    return speaker is not None and _NOBODY.fullmatch(speaker.strip()) is not None


def without_false_sides(found: Attribution | None, text: str) -> Attribution | None:
    """The attribution read from a sentence, less a negated accuser or a denying group (see the module)."""
    if found is None:
        return None
    if is_nobody(found.attributed_by):
        return Attribution("unattributed")
    if found.status == "alleged" and found.perpetrator and not found.attributed_by:
        side = re.escape(found.perpetrator)
        if re.search(rf"\b{side}{_DENIED}", text) and not re.search(r"\b(?:blamed|accused)\b", text):
            return None
    return found


def demonym_origin(text: str) -> Attribution | None:
    """ "Pakistani gunmen killed two Iranian border guards": an origin the reporter tells, ``alleged`` (module)."""
    attackers = _DEMONYM_ATTACKERS.search(text)
    if attackers is None:
        return None
    origin = DEMONYMS.get(attackers.group("demonym").lower())
    victims = [DEMONYMS.get(m.group("demonym").lower()) for m in _OTHER_DEMONYM.finditer(text, attackers.end())]
    if origin is None or not any(code and code != origin for code in victims):
        return None
    return Attribution("alleged", origin_country=origin)
