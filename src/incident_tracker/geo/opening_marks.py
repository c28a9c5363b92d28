"""Marks and words before a known name that stopped the reader, taken off before it reads (the ninetieth batch).

The batch's dev strings had three marks that say nothing of where the place is, each of which left a
string empty whose words without it are read:

- **A hashtag**: "along the #Turkmenistan border in Jawzjan province" (g8704): a web page's tag on a
  word is the word. The "#" is dropped before a letter only, so a number ("post #5") keeps it.
- **A capitalised border word opening the text**: Russian "Граница в Хороге" (the border at Khorog,
  g8748): a headline or a sentence starts with a capital, and the readers take a capitalised first
  word for a name. The border word ("граница" in any case) is no name, and is read in lowercase, as
  the readers read "граница в Хороге" already.
- **The two countries of the line between the border word and the place**: Russian "граница между
  Таджикистаном и Афганистаном в Хороге" (the border between Tajikistan and Afghanistan, at Khorog,
  g8748): "между X и Y" with both in the instrumental says which line, never where on it; the place
  after "в" does. Only where both are countries (:data:`.phrase_patterns.COUNTRY_STEMS`) and a place
  follows "в" or "во": "между X и Y" alone, or between two towns, is a stretch, and stays unread
  (:mod:`.joined_guard`).

And two kinds of words before a named place, which the readers did not know:

- **A border phrase before a comma and a named unit**: "the country's southern border, Khatlon region" (g8717):
  the part before the comma names no place (lowercase words ending in "border"), the unit after it does, and is
  read alone. Only where the rest is a capitalised name and its unit word (region, province, district, oblast),
  so the answer is the unit, as the string's label says it should be.
- **A railway station in Persian**: "ایستگاه خط آهن X", "ایستگاه راه آهن X" (the railway station of X,
  g8729): the station is at the town, and the rest is read. Only "station" with "railway" after it: "ایستگاه"
  alone is left to the readers of crossings' and police stations' heads, as before.

:func:`opening_marks_off` gives the text without them; a text with none comes back as it was.
"""

from __future__ import annotations

import re

from .kyrgyz_letters import russian_letters
from .phrase_patterns import COUNTRY_STEMS
from .russian_marks import russian_marks_off

__all__ = ["opening_marks_off"]

#: A hashtag's mark before a letter (not a digit: "post #5").
_HASHTAG = re.compile(r"(?<!\S)#(?=[^\W\d_])")
#: The Russian border word opening the text with a capital, in any case, with more words after it.
_OPENING_BORDER_WORD = re.compile(r"^Границ(?=(?:а|ы|е|у)\s+\S)")
_CYRILLIC_COUNTRIES = "|".join(stem for stem in COUNTRY_STEMS if "а" <= stem[0] <= "я")
#: "между Таджикистаном и Афганистаном" (between Tajikistan and Afghanistan, instrumental) after the border
#: word, then "в" / "во" and a capitalised place.
_BETWEEN_COUNTRIES = re.compile(
    rf"(?<=границ[аыеу])\s+между\s+(?:{_CYRILLIC_COUNTRIES})\w{{0,3}}\s+и\s+(?:{_CYRILLIC_COUNTRIES})\w{{0,3}}"
    r"(?=\s+(?:в|во)\s+[А-ЯЁ])",
    re.IGNORECASE,
)

#: "the (country's) (southern) border, X region": lowercase words ending in "border", a comma, a named unit.
_BORDER_BEFORE_UNIT = re.compile(
    r"^(?:(?:along|on|at|near)\s+)?(?:the\s+)?(?:[a-z]+(?:['’]s)?\s+){0,3}border,\s+"
    r"(?P<rest>(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:[\s-](?-i:[A-Z])[\w'’-]*){0,2}\s+(?:region|province|district|oblast))$",
    re.IGNORECASE,
)
#: Persian "(در) ایستگاه خط آهن X" / "ایستگاه راه آهن X" (the railway station of X).
_RAILWAY_STATION = re.compile(r"^(?:در\s+)?ایستگاه\s+(?:خط|راه)\s*\u200c?آهن\s+(?P<rest>\S.*)$")


def opening_marks_off(text: str) -> str:
    """``text`` without a hashtag's mark, with Russian copy's Kyrgyz letters and marks read (geo185), an opening Russian
    border word in lowercase, without the line's two countries between that word and the place ("граница между X и Y
    в Z" → "граница в Z"), a border phrase before a named unit or a Persian railway station's words before a place."""
    text = russian_marks_off(russian_letters(_HASHTAG.sub("", text)))  # batch 91's Russian copy: geo/russian_marks.py
    text = _OPENING_BORDER_WORD.sub("границ", text.lstrip())
    text = _BETWEEN_COUNTRIES.sub("", text)
    if (match := _BORDER_BEFORE_UNIT.match(text) or _RAILWAY_STATION.match(text)) is not None:
        return match.group("rest")
    return text
