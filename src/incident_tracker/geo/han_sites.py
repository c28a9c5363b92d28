"""Chinese words before or after a name that say what kind of place it is or what stands in it, taken off.

The Chinese chain reader (:func:`.phrase_han.read_han`) leaves a text unread when a word is unknown (wrong is worse
than empty). Three shapes from the ninety-second batch's `dev` failures, each a habit of Chinese writing rather
than one report's words:

- a **class noun in apposition before a name**: "绿洲城市和田" (the oasis city Hotan), "边境小镇X" (the border town
  X): Chinese puts the kind of place before its name, as English says "the city of". Only the nouns for a city or
  town, with at most one word of the land they lie in (oasis, border, frontier, desert, port) before them;
- a **street or junction after a city**: "喀什市美食街路口" (the junction of Kashgar city's food street): a street
  named after the city's unit word lies in the city, which is the place (as :data:`.phrase_han._HAN_OFFICES` reads an
  office after its unit). Not a highway ("公路"): a road may leave the city, and the set labels roads unlocated;
- a **troops' base after the unit it is named by**: "闊可寇熱克村边防部队基地" (the border troops' base of
  Kokkorek village): a base named by its village or county stands there, as a border company does.
"""

from __future__ import annotations

import re

__all__ = ["sites_off"]

_CLASS_NOUN = re.compile(r"^(?:绿洲|边境|边陲|沙漠|口岸)?(?:城市|小城|小镇|城镇|古城)(?=[\u4e00-\u9fff]{2})")
_STREET = re.compile(r"(?<=市)[\u4e00-\u9fff]{1,4}?(?:大街|街|大道|巷|(?<!公)路)(?:路口|口|交叉口)?$")
_BASE = re.compile(r"(?<=[镇乡县市村])(?:(?:边防)?(?:部队|驻军)(?:基地|营地|营区|营房)?|军营|兵营|营房|基地)$")


def sites_off(rest: str) -> str:
    """``rest`` (simplified characters) without a class noun before its name and a street or base after it."""
    return _BASE.sub("", _STREET.sub("", _CLASS_NOUN.sub("", rest, count=1), count=1), count=1)
