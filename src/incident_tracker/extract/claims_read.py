"""A group's claim or a state owning the act, read from one sentence: the first statements
:func:`.attribution.read_attribution` tries after sides blaming each other, since owning an act outranks any
other side's allegation ("X claimed responsibility", "X said it had carried out", "Pakistan's army confirmed
that it had hit", "Uzbek officials told Interfax that their border guards had killed").
"""

from __future__ import annotations

import re

from .claim_negated import denied_before
from .claim_patterns import (
    _APPOSED_CLAIM,
    _CLAIMED,
    _CLAIMED_BY,
    _CLAIMED_WHICH,
    _CONFIRMED_SELF,
    _CONFIRMED_THAT,
    _DESCRIPTIVE,
    _GROUP_NAME,
    _OUTLET,
    _OWN_SAID,
    _OWN_SIDE,
    _RAIDED,
    _SAID_IT_DID,
    _STATE,
    CLAIM,
    NO_CLAIM,
)
from .claims_told import titled_claim, told_claim
from .group_said_it import group_said_it_acted
from .groups import known_group
from .spokesman_claim import spokesman_claim
from .statement import Attribution, clean_side, country_of
from .vocab import DEMONYMS

#: A state's ministry named before the last word of its name: "Pakistan's Ministry of Information and Broadcasting"
#: (Türkiye Today 1226, Diplomat.so 1227, Al Jazeera 1228 on dev), whose last word a name pattern takes alone.
_MINISTRY_OF = re.compile(r"\b(?P<owner>[A-Z][a-z]+)[’']s\s+(?:Ministry|Department)\s+of\s+(?:[A-Z]\w+,?\s+)+and\s+$")


def read_claim(text: str) -> Attribution | None:
    """A side owning the act in a sentence (``confirmed`` for a state, ``claimed`` for a group), or None."""
    own_said = _OWN_SAID.search(text)
    if own_said and (code := country_of(own_said.group("side"))):
        demonym = min((w for w, c in DEMONYMS.items() if c == code), key=len, default=None)
        if demonym:
            return Attribution("confirmed", perpetrator=f"{demonym.capitalize()} {own_said.group('noun')}")
    own = _OWN_SIDE.search(text)
    if own and own.group("side").lower() in DEMONYMS and not denied_before(text, own.start(), own.start("noun")):
        return Attribution("confirmed", perpetrator=f"{own.group('side')} {own.group('noun')}")
    for pattern in (_CONFIRMED_SELF, _CONFIRMED_THAT, _RAIDED):
        confirmed = pattern.search(text)
        if confirmed and denied_before(text, max(0, confirmed.start() - 20), confirmed.start("perp")):
            continue  # "Islamabad has not confirmed that its jets had struck": nothing owned (see .claim_negated)
        if confirmed:  # a group that says it carried out the attack claims it (The News 592)
            who = clean_side(confirmed.group("perp"))
            # "the Pakistani Taliban said it had carried out": a group the dictionary knows, not its country's state
            group = who and (_GROUP_NAME.search(who) or known_group(who, non_state=True) == who)
            return Attribution("claimed" if group else "confirmed", perpetrator=who)
    did = _SAID_IT_DID.search(text)
    if did and not NO_CLAIM.search(text) and (ministry := _MINISTRY_OF.search(text[: did.start("who")])):
        # "Pakistan's Ministry of Information and Broadcasting said … it had carried out": the state owning its act,
        # not a group called "Broadcasting" (Türkiye Today 1226)
        code = country_of(ministry.group("owner"))
        demonym = min((w for w, c in DEMONYMS.items() if c == code), key=len, default=None) if code else None
        return Attribution("confirmed", perpetrator=f"{demonym.capitalize()} forces") if demonym else None
    if did and not NO_CLAIM.search(text):
        who = clean_side(did.group("who"))
        state = who and _STATE.search(re.sub(r"\([^)]*\)", "", who)) and not _GROUP_NAME.search(who)
        return Attribution("confirmed" if state else "claimed", perpetrator=who)
    if told_own := group_said_it_acted(text):  # "The BLA said it had killed 14 soldiers" (see .group_said_it)
        return told_own
    if spoken_for := spokesman_claim(text):  # "TTP spokesman X said the group's fighters had killed …"
        return Attribution("claimed", perpetrator=clean_side(spoken_for))
    which = _CLAIMED_WHICH.search(text)
    if which and not NO_CLAIM.search(text):
        return Attribution("claimed", perpetrator=clean_side(which.group("who")))
    if not NO_CLAIM.search(text):
        claim = (
            titled_claim(text)
            or _APPOSED_CLAIM.search(text)
            or _first_claim(text)
            or CLAIM.search(text)
            or told_claim(text)
        )
        if claim:  # "The TTP's spokesman said …": the group, not its possessive
            return Attribution("claimed", perpetrator=clean_side(re.sub(r"[’']s$", "", claim.group("who"))))
        by = _CLAIMED_BY.search(text)
        if by:
            return Attribution("claimed", perpetrator=_named(by.group("desc")))
        if re.search(
            r"\b(?:claimed|took|taken|accepted|assumed|owned|admitted) responsibility\b", text
        ) or _CLAIM_NOW.search(text):
            return Attribution("claimed")
    return None


#: A claim told in the present, as a summary line tells it: "Baloch insurgents claim the attack, saying …" (Pakistan
#: Today 579); never "claims the attack was …", which says what the attack was.
_CLAIM_NOW = re.compile(
    r"(?<!not )(?<!n't )\b(?:claim|claims)\s+(?:responsibility\s+for\s+)?the\s+"
    r"(?:attack|bombing|killings?|ambush|blast)\b"
    r"(?!\s+(?:was|were|is|had|came|on|in)\b)"
)


def _first_claim(text: str) -> re.Match[str] | None:
    """The first "X …, claimed the attack" whose X is not the outlet or official reporting it."""
    position = 0
    while (match := _CLAIMED.search(text, position)) is not None:
        if not _OUTLET.match(match.group("who")):
            return match
        position = match.start("who") + 1
    return None


def _named(description: str) -> str | None:
    """The name in "a Sunni jihadist group, Jaish al-Adl", or None when it only describes one."""
    words = description.split()
    capitals = [w for w in words if w[:1].isupper() and w.lower() not in _DESCRIPTIVE]
    return clean_side(description) if capitals else None
