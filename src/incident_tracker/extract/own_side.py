"""A side's own officials telling what its forces did, in a sentence apart from the allegation.

One sentence names who acted ("Russian border guards … have shot dead a drug smuggler"), another lets
that side's own service speak of it ("A spokesman for the guards said the shooting took place on Tuesday
night", "The commander of Iran's border police said the guards had crossed into Pakistan", "The border
troops of Uzbekistan's State Security Service said the incident took place at about 7:30"). The side
has accepted the act: the codebook's ``confirmed``, not ``alleged``. :mod:`.attribution` reads this
within one sentence; here the two sentences are joined, narrowly: one draft in the report, one side
named as the actor, a speaker who is that side's service by name or by the very noun of the actor, and
words that tell the act without a denial or another side's forces.
"""

from __future__ import annotations

import re

from .draft import Draft, country_code
from .none_reported import none_reported
from .sentences import Sentence
from .vocab import DEMONYMS

_SERVICE = (
    r"(?:border\s+police|border\s+guards?|border\s+troops|border\s+service|forces|army|police|military|"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+Service)"
)
#: "The commander of Iran's border police said", "The border troops of Uzbekistan's State Security Service said".
_BY_COUNTRY = re.compile(
    r"\b(?:commander|chief|head|spokes(?:man|woman|person)|officials?|border\s+troops|border\s+guards)\s+of\s+"
    rf"(?:the\s+)?(?P<country>[A-Z][\w-]*)[’']s\s+(?:[\w-]+\s+){{0,2}}?{_SERVICE}\s+(?:has\s+|had\s+)?"
    r"(?:said|says|told|stated|confirmed)\b"
)
#: "A spokesman for the guards said": the actor's own service, by the noun the report gave it.
_FOR_THEM = re.compile(
    r"\bspokes(?:man|woman|person)\s+for\s+the\s+(?P<noun>guards|border\s+guards|troops|forces|border\s+troops)\s+"
    r"(?:has\s+|had\s+)?(?:said|says|told|stated|confirmed)\b"
)
#: "According to the Uzbek side, the guards fired" (24.kg 321), "the Uzbek side said" (Times of Central Asia 468).
_THEIR_SIDE = re.compile(r"\b(?:[Aa]ccording\s+to|said)\s+the\s+(?P<side>[A-Z][a-z]+)\s+side\b,?")
#: What the speaker tells: the act itself or its forces' part in it.
_ACT_TOLD = re.compile(
    r"\b(?:the|their|its)\s+(?:guards|border\s+guards|servicemen|troops|soldiers|forces)\s+(?:had\s+|have\s+|has\s+)?"
    r"(?:crossed|shot|fired|killed|opened fire|used)\b|"
    r"\b(?:the\s+)?(?:shooting|incident|clash|firing)\s+(?:had\s+)?(?:took place|happened|occurred)\b"
)
_DENIAL = re.compile(r"\b(?:den(?:y|ies|ied)|rejected|refuted|not|never|no|false)\b", re.IGNORECASE)


def own_side_accepts(drafts: list[Draft], sentences: list[Sentence], background: set[int]) -> None:
    """Mark the one draft ``confirmed`` when its alleged actor's own service tells the act (see module)."""
    for one in drafts:  # (called here, where every draft and the background are at hand)
        read_by_others = {i for other in drafts if other is not one for i in other.sentences}
        none_reported(one, sentences, background, read_by_others)
    if len(drafts) != 1:
        return
    draft = drafts[0]
    values = draft.values
    perpetrator = str(values.get("perpetrator") or "")
    if values.get("attribution") != "alleged" or not perpetrator:
        return
    sides = {DEMONYMS[w.lower()] for w in perpetrator.split() if w.lower() in DEMONYMS}
    if len(sides) != 1:
        return
    side = next(iter(sides))
    for sentence in sentences:
        if sentence.index in background or _DENIAL.search(sentence.text):
            continue
        text = sentence.text
        by_country = _BY_COUNTRY.search(text)
        for_them = _FOR_THEM.search(text)
        their_side = _THEIR_SIDE.search(text)
        if by_country and country_code(by_country.group("country")) == side:
            speaker = by_country
        elif their_side and DEMONYMS.get(their_side.group("side").lower()) == side:
            speaker = their_side
        elif for_them and perpetrator.lower().endswith(" ".join(for_them.group("noun").split())):
            speaker = for_them
        else:
            continue
        told = text[speaker.end() :]
        others = {DEMONYMS[w.lower()] for w in re.findall(r"[A-Z][a-z]+", told) if w.lower() in DEMONYMS}
        if others - {side} or not _ACT_TOLD.search(told):
            continue
        draft.set("attribution", "confirmed", sentence, replace=True)
        draft.set("attributed_by", " ".join(text[speaker.start() : speaker.end()].split()[:-1]), sentence, replace=True)
        return
