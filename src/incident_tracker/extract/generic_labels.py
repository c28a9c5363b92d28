"""A label that names no group and no state is no perpetrator: "a clash with gunmen", "fighting with armed bandits".

The codebook's ``unattributed`` is "nobody names a perpetrator (or only a generic one)", ACLED's "Unidentified Armed
Group". The hand coding draws the line by the word: over all the ``dev`` reports "gunmen", "bandits", "attackers",
"assailants" and anything "unknown" or "unidentified" are never coded as an incident's actor (37 incidents whose
text says "gunmen", none with that actor), while "terrorists", "militants", "khwarij", "insurgents" and a trade
("smugglers", "traffickers") are, as one side's name for the other, where the report tells where they came from
(:mod:`.inland` drops them where it tells none). So the first kind is dropped wherever it stands bare: where the
label carries an origin ("gunmen from Afghanistan"), a group ("gunmen of Jaish al-Adl") or a nationality ("Afghan
bandits"), it names a side and stays. The label is dropped from the finished reading of the incident
(:func:`.inland.label_without_border`), not from its sentence, so that the target the nameless attackers' act was
aimed at is still read.
"""

from __future__ import annotations

import re

#: The words a label may have beside its noun without naming anyone: an article, a count, a manner.
_MODIFIERS = (
    r"(?:the|a|an|some|several|few|two|three|four|five|six|seven|eight|nine|ten|\d+|group\s+of|band\s+of|"
    r"gang\s+of|number\s+of|armed|heavily\s+armed|masked|motorcycle-borne|motorcycle-riding|suspected|"
    r"unknown|unidentified)"
)
#: The nouns the coding never takes for an actor.
_NAMELESS = r"(?:gunm[ae]n|bandits?|attackers?|assailants?|armed\s+m[ae]n)"
_GENERIC_ONLY = re.compile(rf"^(?:with\s+)?(?:{_MODIFIERS}\s+)*{_NAMELESS}$", re.IGNORECASE)
#: "unknown terrorists", "unidentified militants": told as unknown, whatever the noun.
_UNKNOWN = re.compile(r"^(?:with\s+)?(?:the\s+|some\s+)?(?:unknown|unidentified)\s+(?:[a-z-]+\s+){0,2}[a-z-]+$")
#: What, told right after the label, makes it a side: where they came from, whose men they are, who they were.
_TOLD_MORE = re.compile(
    r"\s*,?\s+(?:from|of|based|operating|belonging|who|whom|linked|affiliated|loyal|allied|said\s+to|believed|"
    r"thought|suspected|crossing|coming|sent)\b",
    re.IGNORECASE,
)


def names_no_one(perpetrator: str | None, text: str) -> bool:
    """Whether an actor read from ``text`` is only a label that names no group, state or origin ("gunmen", "armed
    bandits"), and the sentence tells nothing more of them right after it ("gunmen from Afghanistan" is a side)."""
    if not perpetrator:
        return False
    phrase = " ".join(perpetrator.split()).strip(" ,")
    if not (_GENERIC_ONLY.match(phrase) or _UNKNOWN.match(phrase)):
        return False
    told = re.search(re.escape(phrase), " ".join(text.split()), re.IGNORECASE)
    return told is None or not _TOLD_MORE.match(" ".join(text.split()), told.end())


#: The label's group told right after it: "gunmen of the Baluch opposition group Jaish al-Adl", "militants of the
#: TTP": the words between (an article, what the group is) up to the name.
_OF_GROUP = re.compile(r"\s*,?\s+of\s+(?P<rest>(?:the\s+)?(?:[\w-]+\s+){0,4}?[^,.;]{2,60})", re.IGNORECASE)
_LABEL_NOUN = re.compile(
    rf"^(?:with\s+)?(?:{_MODIFIERS}\s+)*(?:{_NAMELESS}|militants|terrorists|fighters|insurgents)$", re.IGNORECASE
)


def group_of_label(perpetrator: str | None, text: str) -> str | None:
    """The group a bare label is told as the men of, right after it, or None: "clashes with gunmen of the Baluch
    opposition group Jaish al-Adl" → "Jaish al-Adl" (977 on dev, coded with the group). Only a group the actor
    dictionary or the shape of its name knows as non-state; "gunmen of the area" names none."""
    from .groups import known_groups

    if not perpetrator:
        return None
    phrase = " ".join(perpetrator.split()).strip(" ,")
    if not _LABEL_NOUN.match(phrase):
        return None
    flat = " ".join(text.split())
    told = re.search(re.escape(phrase), flat, re.IGNORECASE)
    after = _OF_GROUP.match(flat, told.end()) if told else None
    if after is None:
        return None
    groups = known_groups(after.group("rest"), non_state=True)
    return groups[0] if groups else None
