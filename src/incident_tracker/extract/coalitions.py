"""Sides named by an alliance or a coalition: "NATO helicopters", "ISAF troops", "US-led coalition forces".

:func:`.statement.names_a_side` takes a phrase for a side when it carries a country's adjective or name or a group
the dictionary knows. A multinational force (NATO, ISAF, a coalition led by a state) is neither, so "two NATO
helicopters attacked a security post" and "US-led coalition forces assaulted a village" named nobody (round 64's
reports, issue 14). A state by its initials alone ("US troops") is left to :mod:`.fired_by`, which writes it by the
state's name, as the coders of those reports do. Such a phrase is a side only when it ends on a force: an
alliance's word alone ("NATO said", "NATO supply trucks") names no one who fired.
"""

from __future__ import annotations

import re

#: The alliance: NATO, ISAF, "US-led", "U.S.-led", "Saudi-led", "the coalition".
_WHO = r"(?:NATO|Nato|ISAF|Isaf|(?:U\.S\.|US|NATO|Nato|[A-Z][a-z]+)-led(?:\s+coalition)?|[Cc]oalition)"
#: What fires: the force nouns of a side, after the alliance (and up to two words: "U.S. or NATO", "army").
_FORCE = (
    r"(?:forces?|troops|soldiers|helicopters?|gunships?|aircraft|jets?|warplanes?|drones?|planes?|commandos|"
    r"special\s+forces|army|military|marines)"
)
_SIDE = re.compile(
    rf"^(?:the\s+|The\s+|an?\s+|An?\s+|(?i:two|three|four|five|several)\s+)?{_WHO}"
    rf"(?:\s+(?:or|and)\s+{_WHO})?(?:\s+[A-Za-z-]+){{0,2}}?\s+{_FORCE}$"
)


def coalition_side(phrase: str) -> bool:
    """Whether ``phrase`` is a force named by an alliance or a coalition ("NATO helicopters")."""
    return bool(_SIDE.match(" ".join(phrase.split())))


_COUNT = re.compile(r"^(?:an?|(?:two|three|four|five|several))\s+", re.IGNORECASE)


def coalition_name(phrase: str) -> str:
    """An alliance's force as coders write it, without the count: "Two NATO helicopters" → "NATO helicopters"."""
    return _COUNT.sub("", phrase) if coalition_side(phrase) else phrase
