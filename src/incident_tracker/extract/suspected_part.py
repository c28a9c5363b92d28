"""A party told as suspecting who took part: "Intelligence sources suspect that militants led by X took part in the
attacks" (966), the codebook's ``suspected`` (GTD's ``guncertain``): an assessment, no claim, no accusation.

:data:`.claim_patterns._SUSPECTED` reads "believed that X might be behind it"; the present tense of the hedge and a
part in the act ("took part in", "carried out", "were involved in") are read here. The suspects are the words up to
the first comma ("militants led by Mullah Fazlullah"); what the sentence then says of them ("the chief of …, who are
based in Kunar") is their description, not the actor.
"""

from __future__ import annotations

import re

from .statement import Attribution, clean_side

_SUSPECT_THAT = re.compile(
    r"(?P<who>\b[A-Z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}?)\s+(?:also\s+)?(?:suspects?|suspected)\s+that\s+"
    r"(?P<perp>[^,;.]{3,80}?)(?:,[^;.]{1,160}?,)?\s+(?:had\s+|have\s+|has\s+|may\s+have\s+|might\s+have\s+)?"
    r"(?:took\s+part|taken\s+part|carried\s+out|staged|were\s+behind|was\s+behind|were\s+involved|was\s+involved|"
    r"were\s+responsible|was\s+responsible|been\s+behind|been\s+involved)\b"
)


def suspected_part(text: str) -> Attribution | None:
    """The suspects a party names as having taken part in the act, ``suspected``; else None."""
    found = _SUSPECT_THAT.search(text)
    if found is None:
        return None
    return Attribution(
        "suspected", perpetrator=clean_side(found.group("perp")), attributed_by=clean_side(found.group("who"))
    )
