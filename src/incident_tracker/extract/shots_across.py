"""Shots or fire told as coming from across the border: the neighbour is the origin, ``alleged``.

A border service's report of shooting often names nobody and says only where the shots came from: "reported
shooting from the Tajik side of the border", "unknown people fired seven or eight shots from Tajikistan", "unknown
people on the Tajik side fired seven or eight times", "the rounds fired from Afghanistan landed in the village".
The codebook's ``alleged`` ("an interested party or a single source names a perpetrator or an origin"): the
neighbour is the origin, and nobody is named, so the perpetrator stays empty. :mod:`.fired_by` reads the same for a
shelling or a strike from the air told with a projectile ("the missile was launched from Afghan soil"); this reads
the rest: small-arms fire of any draft, and a projectile told in a reduced clause ("mortar shells fired from
Afghanistan fell", "six mortar shells in all were fired from Afghanistan").

Only the sentences the draft spans (its first to its last) are read: a report's other incident tells other fire.
Only for a draft still ``unattributed`` (the default, or read from "unknown people fired", which names nobody: an
origin outranks it) and that names no perpetrator or origin; only in
sentences that are not background; never an origin in the draft's own country (fire "from the Tajik side" on a
Tajik village tells no side across); never a denial ("denied that shots were fired from Tajikistan") nor fire told
as an answer ("fired back from", "returned fire from").
"""

from __future__ import annotations

import re

from .draft import Draft, state_code
from .sentences import Sentence

#: Where the fire came from, a state told by its name, its people's word, or "its side/territory/soil":
#: "from Tajikistan", "from the Tajik side", "from Afghan territory", "from Afghanistan's Paktia province".
_FROM = r"from\s+(?:the\s+)?(?:neighbou?ring\s+)?(?P<where>[A-Z][a-z]+)(?=[’']s\b|\s+(?:side|territory|soil)\b|[\s,.;])"
#: Fire told by its noun: "shooting from the Tajik side", "shots fired from Tajikistan", "mortar shells fired from
#: Afghanistan", "six mortar shells in all were fired from Afghanistan".
_FIRE_FROM = re.compile(
    r"\b(?:shots?|shooting|gunfire|gunshots?|firing|bullets|rounds|shells?|rockets?|missiles?|mortars?|projectiles?)"
    r"\s+(?:in\s+all\s+)?(?:(?:was|were|had\s+been|have\s+been)\s+)?(?:(?:fired|launched)\s+)?" + _FROM
)
#: Fire told by its verb: "unknown people fired seven or eight shots from Tajikistan", "opened fire from Tajik
#: territory".
_FIRED_FROM = re.compile(r"\b(?:fired|opened\s+fire)\b(?:\s+(?!from\b)[\w-]+){0,5}?\s+" + _FROM)
#: The shooters placed on the side they fired from: "unknown people on the Tajik side fired seven or eight times".
_ON_SIDE_FIRED = re.compile(
    r"\b(?:unknown|unidentified)\s+(?:people|persons|men|gunmen|individuals)\s+on\s+the\s+(?P<where>[A-Z][a-z]+)\s+"
    r"side\s+(?:fired|opened\s+fire|shot)\b"
)
#: A denial, or fire told as an answer: no side across is alleged.
_NOT_ALLEGED = re.compile(
    r"\b(?:denied|denies|deny|rejected|dismissed|never|no|not|nothing)\b|"
    r"\b(?:fired|firing)\s+back\b|\breturned\s+(?:the\s+)?fire\b|\bin\s+(?:response|retaliation)\b",
    re.IGNORECASE,
)


def fire_origin(text: str) -> str | None:
    """The state a sentence tells fire as coming from (ISO code), or None."""
    if _NOT_ALLEGED.search(text):
        return None
    for pattern in (_FIRE_FROM, _FIRED_FROM, _ON_SIDE_FIRED):
        for match in pattern.finditer(text):
            if code := state_code(match.group("where")):
                return code
    return None


def shots_across(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """The neighbour the fire is told as coming from, ``alleged``, for a draft blaming nobody (see the module)."""
    values = draft.values
    if values.get("perpetrator") or values.get("origin_country") or values.get("attribution") != "unattributed":
        return
    # the sentences the draft spans: another incident's sentence tells another fire (a report's second, 209, 959)
    for sentence in draft.spanned_sentences(sentences, background):
        origin = fire_origin(sentence.text)
        if origin is None or origin == values.get("country"):
            continue
        draft.read_attribution("alleged", sentence)
        draft.set("origin_country", origin, sentence)
        draft.notes.append(f"The fire is told as coming from {origin}: alleged, nobody named.")
        return
