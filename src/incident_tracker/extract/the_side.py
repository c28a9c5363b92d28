"""A state told only as "the X side" doing the violence: "The Tajik side … tried to throw stones at our border
guards", "the Uzbek side opened fire on the post".

Central Asian border services and their press write the other state as "the Tajik side", "the Kyrgyz side", and the
coders keep it so ("the Tajik side": 882; "the Iranian side", "the Afghan side" likewise). The readings of a side
acting (:func:`.attribution_acts.side_that_acted`) know a state's forces by their noun ("Tajik border guards"), and
"side" is none of them, so "the Tajik side opened fire" was left unread (issue 14, *The actor and attribution shapes
left empty out of sample*: 882, first seen missed). Only a violent act counts, told in the same clause: "the Tajik side
began fixing cameras to a pole" is what set a clash off, which the coders leave ``unattributed`` (08, 10), and a
negated act ("did not fire") is none.
"""

from __future__ import annotations

import re

from .vocab import DEMONYMS

_SIDE_ACTED = re.compile(
    # the side as the subject, never the object of a preposition: "terrorists operating from the Iranian side attacked"
    r"(?<![\w-])(?<!\bfrom\s)(?<!\bon\s)(?<!\bof\s)(?<!\bto\s)(?<!\bat\s)(?<!\bin\s)(?<!\bby\s)(?<!\bwith\s)"
    r"(?P<side>[Tt]he\s+(?P<demonym>[A-Z][a-z]+)\s+side)\s+"
    # up to ten words of the same clause before the act ("did not obey the demands to stop and tried to")
    r"(?P<between>(?:[\w’'-]+\s+){0,10}?)"
    r"(?:opened\s+fire|fired(?!\s+back)|shelled|attacked|(?:threw|throw|throwing|hurled)\s+stones|"
    r"used\s+(?:weapons|firearms|mortars|artillery|force)|beat)\b"
)
_NOT = re.compile(r"\b(?:not|never|no)\s+(?:\w+\s+)?$")


def side_told_acting(text: str) -> str | None:
    """ "the X side" that the sentence tells doing violence, as written with a small "the", or None."""
    for match in _SIDE_ACTED.finditer(text):
        if match.group("demonym").lower() in DEMONYMS and not _NOT.search(match.group("between")):
            return "the " + match.group("side").split(None, 1)[1]
    return None
