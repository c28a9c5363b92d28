"""Chinese words before a place's name that say what it is like or where it lies beside another, taken off.

The Chinese chain reader (:func:`.phrase_han.read_han`) reads a text only when every word is a name,
a unit word, a country or a known filler: an unknown word leaves the text unread (wrong is worse than
empty). Shapes from the fifty-ninth and sixtieth batches' `dev` failures (docs/geocoding.md,
"Fifty-ninth and sixtieth batches: rules"), each a general habit of Chinese writing, not a list of words
one report used:

- a **degree adverb opening an adjective phrase before "的"**: "略显简朴的X" (the rather plain X), "十分
  繁忙的X" (the very busy X). A degree adverb (略显, 十分, 非常, 最…) modifies an adjective, never heads
  a noun: the phrase says what X is like, never who owns X;
- a **clause with the aspect particle "了" before "的"**: "关闭了三十年的X" (X, closed for thirty
  years): a verb with "了" tells what happened to X, not where it is;
- **"县城" (the county town) in apposition before a name**: "县城X镇" (the county town, X township): the
  town itself, as "X县城" is;
- a **quarter of a country between the country and a unit**: "阿富汗东北部X省" (X province in
  north-eastern Afghanistan): the quarter says where in the country X lies; the country is kept. At
  the text's end ("阿富汗东北部") it is left, and the text names no point;
- **"Y以南的X"** (X, south of Y; any side): Y is a reference the text measures X from; X is the place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_DEGREE = re.compile(
    r"^(?:略显|略微|稍显|稍微|显得|十分|非常|特别|格外|极为|极其|颇为|较为|相当|更加|最为|最|很|较|略)[^的]{1,6}的(?=.)"
)
_ASPECT = re.compile(r"^[^的]{1,8}?了[^的]{0,8}的(?=.)")
_COUNTY_TOWN = re.compile(r"^县城(?=.)")
_QUARTER = r"(?:东北|西北|东南|西南|东|西|南|北)部"
_SIDE_OF = re.compile(r"^[^的]{2,14}?以[东西南北](?:方|侧|边)?的(?=.)")


def modifiers_off(rest: str, countries: Iterable[str]) -> str:
    """``rest`` (simplified characters) without the words of the module before its name, as often as they stand."""
    while True:
        before = rest
        rest = _SIDE_OF.sub("", _ASPECT.sub("", _DEGREE.sub("", rest)))
        rest = _COUNTY_TOWN.sub("", rest)
        for country in sorted(countries, key=len, reverse=True):
            if rest.startswith(country) and (match := re.match(_QUARTER, rest[len(country) :])):
                if len(rest) > len(country) + match.end():
                    rest = country + rest[len(country) + match.end() :]
                break
        if rest == before:
            return rest


__all__ = ["modifiers_off"]
