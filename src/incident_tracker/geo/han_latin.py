"""A Chinese unit chain whose names are written in Latin letters, read as a Latin chain.

Chinese reports sometimes keep a name they cannot transcribe in Latin letters, inside the chain:
"伊朗东部锡斯坦-俾路支斯坦省Doost Mohammad市Hirmand边境地区" (eastern Iran, Sistan-Baluchestan
province, the city of Doost Mohammad, the Hirmand border area). The Chinese reader stops at the
first name it does not know, and the bracket rule (`phrase_brackets`) only reads a Latin name in
brackets. Here each Latin name must be followed at once by a unit word (市 city, 县 county, 区
district, 省 province, 村 village, 镇 town, 口岸 port, 边境 border, 地区 area); the chain runs from
the largest unit to the smallest, so the Latin names are given back smallest first, as an
English chain ("Hirmand, Doost Mohammad"), and the Han words around them are dropped (the
Latin names are the ones the report itself thought worth spelling). A Latin word not followed by a
unit word (an agency's initials, "AP") leaves the text to the other readers.
"""

from __future__ import annotations

import re

from .scripts import has_han

__all__ = ["latin_in_han_chain"]

_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z' -]*[A-Za-z]")
_UNIT_AFTER = re.compile(r"(?:市|县|縣|区|區|省|村|镇|鎮|口岸|边境|邊境|地区|地區)")


def latin_in_han_chain(text: str) -> str | None:
    """ "…省Doost Mohammad市Hirmand边境地区" -> "Hirmand, Doost Mohammad"; None for any other text."""
    if not has_han(text) or re.search(r"[(（]", text):
        return None
    names = []
    for match in _LATIN_RUN.finditer(text):
        if not _UNIT_AFTER.match(text, match.end()) or not has_han(text[: match.start()]):
            return None
        names.append(match.group().strip())
    return ", ".join(reversed(names)) if names else None
