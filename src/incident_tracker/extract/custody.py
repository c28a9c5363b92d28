"""A detention, handover or exchange told as the day's event: no incident.

The codebook's hand coding (*How the hand coding reads them*) codes no arrest: border crossers or officers detained
without a fight, handed over, exchanged or freed are news, not incidents, and hostages freed code nothing. The reader
starts an incident on a dated sentence that has a violence word, or that tells something as having happened ("took
place", "happened", "occurred", the incident). A sentence whose happening is a detention, an exchange of detainees,
a handover or a release ("The exchange of detainees took place on the evening of September 5", round 65's 856) named
an event that is none: it is read as no violence. Only the happening's own subject counts: "The attack took place
after the arrests" is still an attack, and a sentence with a violence word ("abducted", "killed", "clashed") is
never read here (an abduction or a clash with a detention is still an incident).
"""

from __future__ import annotations

import re

#: What is held, exchanged or freed: the noun of a happening that is custody, not violence.
_CUSTODY = (
    r"(?:exchange|swap|handover|hand-over|handing\s+over|release|detention|detentions|arrest|arrests|transfer)"
    r"(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:detainees|prisoners|captives|detained\s+\w+|guards|officers|"
    r"servicemen|soldiers|citizens|nationals|men))?"
)
#: The custody noun as the subject of the happening: "The exchange of detainees took place", "the arrests happened".
_CUSTODY_HAPPENED = re.compile(
    rf"\b(?:the|an?|this|that)\s+(?:[\w-]+\s+)?{_CUSTODY}\s+(?:itself\s+)?(?:took\s+place|happened|occurred)\b",
    re.IGNORECASE,
)


def custody_happened(text: str) -> bool:
    """Whether the sentence tells a detention, handover, exchange or release as what happened (see the module)."""
    return _CUSTODY_HAPPENED.search(text) is not None
