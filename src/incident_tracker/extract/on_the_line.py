"""Fire exchanged on the line by the two states' forces: a country the text does not give.

The house's coding guide (docs/extract.md, *How the hand coding reads them*): "for an exchange of
fire on the line that the text places on neither side, `country` is" not coded. "Pakistani and
Afghan forces traded fire overnight at the Torkham border crossing" (NewsX/AP, Devdiscourse),
"Taliban forces and the Pakistani military exchanged fire at the Torkham border crossing"
(Afghanistan International): the gazetteer puts the crossing's name on one side, but the text says
only that both sides fired across it. Such a draft keeps no country when the sentence that gave it
is that exchange, told with the two sides as its subject, at a crossing or on the border, and the
sentence names no side of the line ("on the Pakistani side", "inside Iranian territory") nor the
district or province the place lies in, and opens with no dateline.
"""

from __future__ import annotations

import re

from .context import countries_named
from .draft import Draft
from .vocab import DEMONYMS

_SIDE = r"(?:[A-Z][a-z]+(?:\s+Taliban)?|Taliban)"
#: "Pakistani and Afghan forces traded fire", "Taliban forces and the Pakistani military exchanged fire".
_BOTH_FIRED = re.compile(
    rf"\b(?P<a>{_SIDE})\s+(?:[a-z]+\s+){{0,2}}and\s+(?:the\s+)?(?P<b>{_SIDE})\s+(?:[a-z]+\s+){{0,2}}?"
    r"(?:have\s+|had\s+)?(?:exchanged|traded)\s+(?:heavy\s+|small-arms\s+)?(?:gun)?fire\b"
    r"(?P<rest>[^.;]*)"
)
#: Where on the line: at a crossing, on or along the border.
_ON_THE_LINE = re.compile(r"\b(?:at|near)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}crossing\b|\b(?:on|along)\s+the\s+border\b")
#: A side of the line named, or the district or province the place lies in: then the text places it ("at the
#: Kharlachi crossing in Dand-e-Patan district of Paktia province").
_A_SIDE = re.compile(
    r"\bside\b|\binside\b|\bterritory\b|\bsoil\b|\b(?:district|province|region|tehsil|agency)\b", re.IGNORECASE
)
#: A dateline at the sentence's head ("PESHAWAR –"): the filing city, which the coders read as the scene.
_DATELINE_HEAD = re.compile(r"^[A-Z][A-Z'’./ -]{2,}\s*(?:[,(]|[—–-]{1,2}|:)")


def _side(word: str) -> str | None:
    if word.endswith("Taliban") or word == "Taliban":
        return "AF"
    found = countries_named(word)
    return next(iter(found)) if len(found) == 1 else DEMONYMS.get(word.lower())


def fire_on_the_line(drafts: list[Draft]) -> None:
    """Clear the country of a draft whose country came from the two sides' exchange of fire at the line."""
    for draft in drafts:
        evidence = draft.evidence.get("country", "")
        if "country" not in draft.values or not evidence or _DATELINE_HEAD.match(evidence):
            continue
        both = _BOTH_FIRED.search(evidence)
        if both is None or _A_SIDE.search(evidence):
            continue
        sides = {_side(both.group("a")), _side(both.group("b"))}
        if None in sides or len(sides) != 2 or not _ON_THE_LINE.search(both.group("rest")):
            continue
        del draft.values["country"]
        draft.notes.append("An exchange of fire at the line that the text places on neither side: no country.")
