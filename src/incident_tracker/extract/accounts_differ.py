"""Two sides' accounts told as far apart: "The accounts of the two sides were far apart", "The Pakistani military gave
a different account: its troops fired warning shots …".

The codebook's ``disputed`` is competing claims or sides blaming each other; :data:`.attribution_patterns.MUTUAL`
reads the blame ("each side accused the other") and the reports' sides answering each other's accounts
(:mod:`.accusations`), but a report that sets one side's telling against the other's in so many words was left at the
one account it told first, ``alleged`` or the default (issue 14, *The actor and attribution shapes left empty out of
sample*: 937, 938, the US-Pakistani clash of 2008, both first seen missed). The sentence counts only when the
accounts are two sides' or the one telling the other is a side: "local sources and witnesses had given a different
account" is not a side's (391, coded ``alleged``), and "gave different reasons for the clash" is why it started, not
who did it (918, coded ``alleged``).
"""

from __future__ import annotations

import re

#: "The accounts of the two sides were far apart", "the two sides gave conflicting accounts".
_TWO_ACCOUNTS = re.compile(
    r"\b(?:accounts|versions)\s+of\s+the\s+two\s+(?:sides|countries|armies|governments)\s+"
    r"(?:were|are|remain(?:ed)?)\s+(?:far\s+apart|at\s+odds|contradictory|conflicting)\b|"
    r"\b(?:the\s+two|both)\s+(?:sides|countries|armies|governments)\s+(?:gave|give|offered|have\s+given)\s+"
    r"(?:conflicting|contradictory|different|differing|competing)\s+accounts\b",
    re.IGNORECASE,
)
#: One side's account set against the other's: "The Pakistani military gave a different account".
_ANOTHER_ACCOUNT = re.compile(
    r"(?:^|[.;:]\s+)(?:The\s+)?(?P<side>(?:[A-Z][\w.’'-]*\s+){1,3}(?:[a-z]+\s+)?(?:military|army|government|"
    r"ministry|service|side|officials|authorities|forces|troops))\s+(?:gave|gives|has\s+given|offered|put\s+out)\s+"
    r"(?:a\s+)?(?:very\s+|quite\s+|completely\s+)?(?:different|conflicting|contradictory)\s+(?:account|version)\b"
)


def accounts_differ(text: str) -> bool:
    """Whether the sentence tells two sides' accounts of the event as apart, or one side's against the other's."""
    from .statement import names_a_side

    if _TWO_ACCOUNTS.search(text):
        return True
    other = _ANOTHER_ACCOUNT.search(text)
    return other is not None and names_a_side(other.group("side"))
