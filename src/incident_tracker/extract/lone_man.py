"""One man of a state's force told acting: "a Pakistani border guard opened fire", "a U.S. soldier was shot by a
Pakistani border guard".

Reports of a clash between allies, or of a guard who shot at a farmer, tell the act of one man of a state's
service, and the coders write him as the report does ("a Pakistani border scout", "a Pakistani soldier", "an Uzbek
border guard": the codebook's perpetrator is the actor as named). The readings of a side acting
(:func:`.attribution_acts.side_that_acted`) take a state's forces told in the plural; one man was left unread, and the
incident fell to the ``unattributed`` default (issue 14, *The actor and attribution shapes left empty out of sample*:
round 75's first sight, 934–936). Only a man named by his nationality counts, and only as the subject of his own
violent act or as the agent after "by": "an Uzbek border guard was wounded" is a victim, and "an exchange of gunfire
with a Pakistani border guard" tells two sides, not who fired.
"""

from __future__ import annotations

import re

from .vocab import DEMONYMS

#: One man of a state's service: "border guard", "soldier", "border scout", "policeman".
_MAN = r"(?:border\s+)?(?:guard|guardsman|soldier|serviceman|policeman|police\s+officer|scout|trooper|sentry|sniper)"
#: The man by his nationality, with his article as the report writes it: "a Pakistani border scout".
_ONE = rf"(?P<man>(?P<article>[Aa]n?)\s+(?P<demonym>[A-Z][a-z]+)\s+{_MAN})"
#: His own violent act right after him: "opened fire", "fired on", "shot", "had shot".
_ACTED = re.compile(
    rf"(?<![\w-]){_ONE}\s+(?:had\s+|has\s+|then\s+|suddenly\s+|allegedly\s+)?"
    r"(?:opened\s+fire|fired|shot|killed|wounded|stabbed|beat|attacked)\b"
)
#: The act done to someone, its agent after "by": "was shot and wounded by a Pakistani border guard".
_BY = re.compile(
    r"\b(?:shot|killed|wounded|injured|stabbed|beaten|attacked|shot\s+dead|shot\s+and\s+(?:killed|wounded))"
    rf"(?:\s+(?:on|in|at|near)\s+[^,.;]{{1,30}}?)?\s+by\s+{_ONE}(?!\s+(?:and|or)\b)"
)


def lone_man_acted(text: str) -> str | None:
    """The one man of a state's force the sentence tells acting, as written ("a Pakistani soldier"), or None."""
    for pattern in (_ACTED, _BY):
        for match in pattern.finditer(text):
            if match.group("demonym").lower() in DEMONYMS:
                return f"{match.group('article').lower()} {match.group('man').split(None, 1)[1]}"
    return None
