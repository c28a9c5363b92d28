"""Two Chinese leads the Han reader refused (geo157): Iran before one of its cities, a county's quarter border.

* "伊朗东部扎黑丹" (eastern Iran's Zahedan), "伊朗扎黑丹": the reader keeps no "伊朗" (Iran) in its table of
  countries (geo150 added it and the lead took it back when a `test` string turned wrong with it), so the whole
  text was refused, though "东部扎黑丹" alone is Zahedan. Here only Iran, with or without a quarter, before a
  whole name of :mod:`.han_region`'s table that is an Iranian city (Zahedan, Chabahar, Iranshahr, Nikshahr,
  Mashhad: the rows sourced there) is taken off; the city answers. Iran before any other name is left as it was.
  geo187: so is Iran before its own province of the reader's table, Sistan and Baluchestan, whole ("伊朗东南部锡斯坦-
  俾路支斯坦省", south-eastern Iran's Sistan-Baluchestan province): the province answers, as "东南部锡斯坦-俾路支斯坦省"
  alone already did. A name of the province's own says the country the lead word names; nothing else is read.
* "乌恰县北部边境" (Ulugqat county's northern border): "乌恰县边境" was read as the county, and "乌恰县托云乡北部
  边境" (a township's northern border) too (geo154), but a quarter before the border word after a county was not.
  The county's border lies in the county: "X县" + a quarter + "边境" at the text's end is read as "X县边境", the
  county standing in. Only after a county word (县): a town's or a province's border is not read so.
"""

from __future__ import annotations

import re

__all__ = ["han_sides_off"]

#: Iranian cities of :mod:`.han_region`'s table (each row's source is cited there).
_IRANIAN_CITIES = ("扎黑丹", "恰巴哈尔", "伊朗沙哈尔", "尼克沙赫尔", "马什哈德")
#: Iran's province of the Han reader's own table (:data:`.phrase_han._HAN_NAMES`), in the forms it reads: the dash
#: of the transcription, the long dash, run together, or with 和 (and); whole, with its province word or without.
_IRANIAN_PROVINCES = ("锡斯坦-俾路支斯坦", "锡斯坦—俾路支斯坦", "锡斯坦俾路支斯坦", "锡斯坦和俾路支斯坦")
_IRAN_BEFORE = re.compile(
    r"^伊朗(?:[东西南北]{1,2}部)?(?=(?:"
    + "|".join(_IRANIAN_CITIES)
    + r"|(?:"
    + "|".join(_IRANIAN_PROVINCES)
    + r")省?)$)"
)
_COUNTY_QUARTER_BORDER = re.compile(r"(?<=县)[东西南北]{1,2}部(?=边境$)")


def han_sides_off(rest: str) -> str:
    """``rest`` (simplified characters) without Iran before one of its table cities, and without a quarter word
    between a county and its border at the end ("乌恰县北部边境": "乌恰县边境")."""
    return _COUNTY_QUARTER_BORDER.sub("", _IRAN_BEFORE.sub("", rest))
