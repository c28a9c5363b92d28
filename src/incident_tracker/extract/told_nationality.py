"""Whose nationals those hit were, told in apposition after their class noun: "three labourers, all Afghans,".

Issue 14, *Who was hit: a grid of phrasings*: "two drivers, citizens of Kyrgyzstan, were wounded", "gunmen shot
at four traders, both Pakistani nationals, …".

The toll's and the act's noun phrase stop at the class noun, so the nationality told after the comma was lost and
the victims went without one. A table of the three shapes (a nationality noun, "citizens of" a country, a demonym
with "nationals" or "citizens"), each read only right after a noun the target words know, so that a comma's
other phrases ("three soldiers, officials said, …") tell nothing. Nationals hit at home are still dropped later,
as any nationality equal to the scene's country is (:mod:`.finish`).
"""

from __future__ import annotations

import re

from .vocab import COUNTRY_NAMES, DEMONYMS, NATIONAL_NOUNS, VICTIM_NOUN


def _words(table: dict[str, str]) -> str:
    return "|".join(re.escape(word) for word in sorted(table, key=len, reverse=True))


#: The class noun, its comma, an optional "all" or "both", then one of the three shapes and a closing comma or
#: the verb ("were killed").
_APPOSED = re.compile(
    rf"\b(?P<hit>{VICTIM_NOUN}),\s+(?:(?:all|both)\s+)?"
    rf"(?:(?P<demonym>{_words(DEMONYMS)})\s+(?:nationals|citizens)|(?P<noun>{_words(NATIONAL_NOUNS)})|"
    rf"citizens\s+of\s+(?:the\s+)?(?P<country>{_words(COUNTRY_NAMES)}))\b(?=\s*,|\s+(?:were|was|had|have)\b)",
    re.IGNORECASE,
)


def apposed_nationality(text: str, victims: str | None) -> str | None:
    """The nationality told in apposition after ``victims`` (the toll's or the act's noun phrase), or None: only
    after their own noun, so that "two soldiers were killed and three villagers, all Afghans, were hurt" gives the
    soldiers none."""
    if not victims:
        return None
    told = next((m for m in _APPOSED.finditer(text) if victims.lower().endswith(m.group("hit").lower())), None)
    if told is None:
        return None
    if told.group("demonym"):
        return DEMONYMS[told.group("demonym").lower()]
    if told.group("noun"):
        return NATIONAL_NOUNS[told.group("noun").lower()]
    return COUNTRY_NAMES[told.group("country").lower()]
