"""Chinese words before a place's name that say what it is like or where it lies beside another, taken off.

The Chinese chain reader (:func:`.phrase_han.read_han`) reads a text only when every word is a name,
a unit word, a country or a known filler: an unknown word leaves the text unread (wrong is worse than
empty). Shapes from the fifty-ninth and sixtieth batches' `dev` failures (docs/geocoding-journal.md,
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
- **"Y以南的X"** (X, south of Y; any side): Y is a reference the text measures X from; X is the place;
- **"对应" (facing, the counterpart of) before a unit**: "对应吉尔吉斯斯坦的奥什州" (facing Kyrgyzstan's Osh
  region), as "位于" (lying in) before one: the verb goes, the unit is read;
- a **distance in Chinese numerals with a two-character side**: "塔城西南八公里处" (8 km south-west of
  Tacheng), read as "8 km south-west of" the name, as the reader reads "以西3公里" (:func:`han_offset`).
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
#: "阿南部X" (Afghanistan's south, X): Chinese reports shorten the country to its first character before a quarter,
#: as "吉"/"塔" before a unit; only before a quarter word, since many names begin with 阿 (阿克苏, 阿图什) (geo154).
_SHORT_AFGHANISTAN = re.compile(rf"^阿(?={_QUARTER}.)")
_SIDE_OF = re.compile(r"^[^的]{2,14}?以[东西南北](?:方|侧|边)?的(?=.)")
_FACING = re.compile(r"^对应(?=.)")
_OFFSET = re.compile(
    r"(?:以)?(?P<side>东北|西北|东南|西南|东|西|南|北)(?:方|面)?(?:约)?(?P<km>\d{1,3}|[一二两三四五六七八九十]{1,3})公里(?:处|左右)?$"
)
#: The four sides in Chinese, as the offsets name them (also :mod:`.phrase_han`'s "以西3公里").
HAN_SIDES = {"东": "east", "西": "west", "南": "south", "北": "north"}
_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _number(text: str) -> int | None:
    """ "八" → 8, "十二" → 12, "三十" → 30, "12" → 12; None for a form not of these."""
    if text.isdigit():
        return int(text)
    tens, ten, ones = text.partition("十")
    if not ten:
        return _DIGITS.get(text) if len(text) == 1 else None
    high = _DIGITS.get(tens, 0) if tens else 1
    low = _DIGITS.get(ones, 0) if ones else 0
    return None if (tens and tens not in _DIGITS) or (ones and ones not in _DIGITS) else high * 10 + low


def han_offset(rest: str) -> tuple[str, str] | None:
    """ "塔城西南八公里处" → ("8 km south-west of ", "塔城"); None when the text ends in no distance."""
    match = _OFFSET.search(rest)
    if match is None or match.start() == 0 or (km := _number(match.group("km"))) is None:
        return None
    side = "-".join(HAN_SIDES[c] for c in reversed(match.group("side")))  # 西南 (west-south) is south-west
    return f"{km} km {side} of ", rest[: match.start()]


def modifiers_off(rest: str, countries: Iterable[str]) -> str:
    """``rest`` (simplified characters) without the words of the module before its name, as often as they stand."""
    while True:
        before = rest = _SHORT_AFGHANISTAN.sub("阿富汗", rest, count=1)
        rest = _SIDE_OF.sub("", _ASPECT.sub("", _DEGREE.sub("", rest)))
        rest = _COUNTY_TOWN.sub("", _FACING.sub("", rest))
        for country in sorted(countries, key=len, reverse=True):
            if rest.startswith(country) and (match := re.match(_QUARTER, rest[len(country) :])):
                if len(rest) > len(country) + match.end():
                    rest = country + rest[len(country) + match.end() :]
                break
        else:
            # "东南部锡斯坦-俾路支斯坦省" (the south-eastern Sistan and Baluchestan province): a quarter of the report's
            # country before a name says where in it the name lies, as after a country's name
            if (match := re.match(_QUARTER, rest)) and len(rest) > match.end() + 1:
                rest = rest[match.end() :]
        if rest == before:
            return rest


__all__ = ["han_offset", "modifiers_off"]
