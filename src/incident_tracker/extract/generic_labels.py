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
aimed at is still read. An ``alleged`` that ends naming no one at all goes back to the default (:func:`no_one_alleged`).
"""

from __future__ import annotations

import re

from .draft import ATTRIBUTION_FIELDS, Draft

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


def no_one_alleged(draft: Draft) -> None:
    """An incident left ``alleged`` with neither a perpetrator nor an origin: nothing the codebook calls alleged.

    "The police said the officers were on a routine patrol when they were fired upon" (971) is a speaker's account
    of the act, no allegation. Drafts finished so were right at first sight in 1 of 12 of the held-back rounds'
    ``dev`` parts, and in 3 of 9 over all ``dev`` (5 of the 6 others coded ``unattributed``), so the status goes back
    to the default, shown as one. Run last, when no reading is left to name the side (:func:`.finish.accused_force`
    names the one force an allegation with no actor is against, and needs the status to do it).
    """
    values = draft.values
    if values.get("attribution") != "alleged" or any(
        values.get(name) for name in ("perpetrator", "origin_country", "origin_place")
    ):
        return
    draft.forget(*ATTRIBUTION_FIELDS)
    values["attribution"] = "unattributed"
    draft.evidence["attribution"] = ""
    draft.defaults.append("attribution")
    draft.notes.append("An account that names no one and no origin is no allegation: attribution left unattributed.")
