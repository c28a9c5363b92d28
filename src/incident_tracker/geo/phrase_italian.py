"""Italian unit phrases read as their English wording, which the phrase rules already read.

Batch 75 brought the set's first Italian strings (Fergana's Italian page on the Kyrgyz–Uzbek line
of 2025): "riserva naturale Ugam-Chatkal nella regione di Bostanlyk" (the Ugam-Chatkal nature
reserve in the region of Bostanlyk) was left empty (g7218), though "the Ugam-Chatkal nature
reserve in Bostanlyk region" stands in with Bostanliq district. Italian puts the unit word
before the name with "di" (of), and "in the" is one word ("nella", "nel"); an English analyst
writes the unit word after the name. :func:`italian_units_off` rewrites only those shapes, and
only in a text holding one of these Italian words, so no other string is read differently.
"""

from __future__ import annotations

import re

#: The unit words of Italian and the English word each is read as.
_UNITS = {"regione": "region", "provincia": "province", "distretto": "district"}
#: "nella regione di Y", "nel distretto di Y" (in the region / district of Y): "in Y region".
_IN_UNIT = re.compile(
    r"\bnel(?:la|lo|l['’])?\s*(?P<unit>regione|provincia|distretto)\s+di\s+(?P<name>\S.*)$", re.IGNORECASE
)
#: "regione di Y", "il distretto di Y" opening the text: "Y region" (a name after it up to "in").
_UNIT_OF = re.compile(
    r"^(?:(?:il|la|l['’])\s*)?(?P<unit>regione|provincia|distretto)\s+di\s+(?P<name>.+?)(?P<rest>\s+in\s+.*)?$",
    re.IGNORECASE,
)
#: "riserva naturale X" (nature reserve X) opening the text: "X nature reserve".
_RESERVE = re.compile(r"^(?:la\s+)?riserva\s+naturale\s+(?P<name>.+?)(?P<rest>\s+in\s+.*)?$", re.IGNORECASE)


def italian_units_off(text: str) -> str:
    """``text`` with its Italian unit phrases in English word order ("X nella regione di Y": "X in Y
    region"), or ``text`` unchanged when it holds none."""
    out = _IN_UNIT.sub(
        lambda m: f"{'in ' if m.start() else ''}{m['name'].strip()} {_UNITS[m['unit'].casefold()]}", text
    )
    if (match := _UNIT_OF.match(out)) is not None:
        out = f"{match['name'].strip()} {_UNITS[match['unit'].casefold()]}{match['rest'] or ''}"
    if (match := _RESERVE.match(out)) is not None:
        out = f"{match['name'].strip()} nature reserve{match['rest'] or ''}"
    return out


__all__ = ["italian_units_off"]
