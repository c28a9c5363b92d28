"""Where talks between the sides were held: a venue, never the scene of the fire told beside it.

Issue 14 (extract166): "While the third round of negotiations with the Pakistani side has begun in Istanbul, …
Pakistani forces once again opened fire on Spin Boldak" (Al Jazeera 1228) gave the clash the place Istanbul, and "as
their delegations met in Türkiye for talks" the country Turkey (and "a truce agreed on October 19 in Qatar", Qatar).
:func:`.roles.wrong_role` already refuses "talks in X" and "meeting in X" when the place follows within two words; a
report more often tells what the talks were and who sat at them before the venue ("a meeting of the Pakistan-Iran
Joint Border Commission held in Quetta", Daily Azadi 462; the headline "talks on the recent border incident held in
Isfara", Asia-Plus 867). Here the talks' noun, up to seventy characters of the same clause, and a verb of holding or
opening before "in" or "at" mark the venue, as do the sides' envoys who met there. An act of fire or a fight between
("talks broke down and fighting began in") ends the reach: that place is where the fighting was.
"""

from __future__ import annotations

import re

#: The talks' noun, the rest of its clause with no act of violence, and the verb that seats it before the place.
_VENUE = re.compile(
    r"\b(?:negotiations|talks|meeting|summit|conference|consultations)\b"
    r"(?:(?!\b(?:fir\w*|fight\w*|clash\w*|attack\w*|shell\w*|kill\w*|struck|hit|fell|landed)\b)[^.;:]){0,70}?"
    r"\b(?:held|hosted|convened|opened|begun|began|started|resumed|under\s*way|taking\s+place|took\s+place|"
    r"going\s+on)\s+(?:in|at)\s+(?:the\s+)?$|"
    # "as their delegations met in Türkiye for talks" (1228): the sides' envoys meeting, where they sat
    r"\b(?:delegations?|delegates|negotiators|envoys|mediators)\b[^.;:]{0,40}?\b(?:met|meet|meeting|gathered)\s+"
    r"(?:in|at)\s+(?:the\s+)?$|"
    # "a truce agreed on October 19 in Qatar" (1228): where a ceasefire was signed, a venue too
    r"\b(?:truce|ceasefire|cease-fire|agreement|accord|deal)\b[^.;:]{0,30}?\b(?:agreed|signed|brokered|reached|struck)\b"
    r"(?:\s+on\s+\w+\s+\d{1,2}|\s+last\s+\w+|\s+earlier)?\s+(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: An act aimed at the meeting itself, told before its noun: "a suicide bomber struck a jirga meeting held in X", where
#: the venue is the scene.
_ACT_ON_IT = re.compile(
    r"\b(?:attack\w*|struck|strikes?|hit|bomb\w*|blast|explosion|blew|fired|firing|opened\s+fire|stormed|targeted|"
    r"raided|ambushed|suicide)\b[^.;:]{0,60}$",
    re.IGNORECASE,
)


def talks_venue(before: str) -> bool:
    """Whether the place told after ``before`` is where talks were held (see the module), and not a gathering that was
    itself attacked (a truce broken by fire is still signed elsewhere)."""
    tail = before[-160:]
    found = _VENUE.search(tail)
    if found is None:
        return False
    gathering = re.match(r"(?i)meeting|summit|conference|consultations|talks|negotiations", found.group(0))
    return not (gathering and _ACT_ON_IT.search(tail[: found.start()]))
