"""Civilians who defied an order, then struck ("ignored … and began throwing stones"): the side that acted.

Examples: "The Tajik citizens ignored the guards' demand to leave Kyrgyz territory and began throwing stones at them
instead" (News.Az 122, Tajik Herald 172), "… ignored the border guards' demands to leave Kyrgyz territory and
instead began throwing stones at the servicemen" (24.kg 136).

``attribution_patterns._CIVILIANS_ACTED`` reads civilians as the side that acted when their act follows them within a
word; the defiance between them and the act ("ignored … and") hid it, as ``_ACTED`` already allows for forces.
"""

from __future__ import annotations

import re

DEFIED_THEN_ACTED = re.compile(
    r"(?P<perp>(?:[A-Z][\w’'-]*\s+)?(?:citizens|residents|nationals|villagers|shepherds|herders)"
    r"(?:\s+of\s+[A-Z][\w’'-]*)?)\s+(?:ignored|defied|disregarded|refused)\s+[^,.;]{1,80}?\s+and\s+(?:instead\s+)?"
    r"(?:began\s+(?:throwing|to\s+throw)\s+stones|threw\s+stones|attacked|beat|opened\s+fire|fired)\b"
)
