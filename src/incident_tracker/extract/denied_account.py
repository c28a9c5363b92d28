"""An account its own side denies in the same sentence is disputed, not owned (943).

"Pakistani troops opened fire on U.S. helicopters, Pakistani security officials said, but the Pakistani and American
militaries both denied that any such thing had happened": the officials' account would make the act owned by its own
side (``confirmed``, :func:`.attribution.read_attribution`), but the sentence goes on to its denial. Two accounts of one
act, told against each other, are the codebook's ``disputed`` ("competing claims"); the side the account names stays
the actor, as the coding of 943 keeps it. A denial in a later sentence ("Iranian officials, however, denied the
report", 46, coded ``alleged``) is left as it was: the other side denying is the usual answer to an allegation.
"""

from __future__ import annotations

import re

#: "…, but the Pakistani and American militaries both denied …": a denial after the account, in its sentence.
_BUT_DENIED = re.compile(
    r",?\s+but\s+(?:[^,;.]{0,80}?\s+)?(?:both\s+|also\s+|later\s+|flatly\s+)?(?:denied|rejected|dismissed|refuted)\b"
)


def denied_after(text: str, start: int) -> bool:
    """Whether the sentence, after ``start`` (the end of the account's speaker), goes on to a denial."""
    return _BUT_DENIED.search(text, start) is not None
