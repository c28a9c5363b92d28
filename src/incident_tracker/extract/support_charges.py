"""A charge of support is no blame for the act: "accused X of backing rebels" names who is said to help, not who
attacked.

News prose sets the event beside the standing quarrel of the states around it: "Iranian officials have accused
Britain and the United States of backing ethnic minority rebels who operate in the border region" (945, after a bus
bombing the coders read ``unattributed``), "The army has accused India of stepping up a proxy war against Pakistan"
(181, where the coders name the men who attacked). The accused is the charge's object, not the event's actor, so the
charge is blanked before the sentence's statements are read; what the rest of the sentence tells of the act ("… of
backing militants, who then attacked the post") is still read. Sides charging each other so stay what
:data:`.attribution_patterns.STANDING` makes them: no dispute over this event.
"""

from __future__ import annotations

import re

#: A verb of charging, its object (never across another "of"/"for", which would be another charge), and a verb of
#: support: backing, sheltering, sponsoring, arming, funding, training, giving shelter or weapons, stepping up a
#: proxy war.
_SUPPORT_CHARGE = re.compile(
    r"\b(?:accus\w*|blam\w*|charg\w*)\s+(?:(?!\b(?:of|for)\b)[^.;]){1,80}?\s+(?:of|for)\s+"
    r"(?:sheltering|harbou?ring|backing|supporting|sponsoring|hosting|arming|funding|financing|aiding|abetting|"
    r"training|protecting|fomenting|stepping\s+up|waging|using|helping|"
    r"giving\s+(?:\w+\s+){0,3}?(?:shelter|sanctuary|refuge|safe\s+havens?|weapons|support|arms))\b",
    re.IGNORECASE,
)


def without_support_charges(text: str) -> str:
    """The sentence with each charge of support blanked (same length, so positions hold)."""
    return _SUPPORT_CHARGE.sub(lambda match: " " * len(match.group(0)), text)
