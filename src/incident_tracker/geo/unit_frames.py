"""English frames around a known unit, read: ", which is in X district", "an area in X Region", "… in the X Valley".

The eightieth batch's reader found "Lakkon, Isfarah district" and "the Surkhandaria Region", but not the same words
in the frames its reports wrote them in (docs/geocoding-journal.md, "Batch 80's dev failures: rules (geo159)"):

- **A relative clause that puts a place in a unit**: "Lakkon, which is in the Isfarah district of Tajikistan's
  Soghd province". The clause says no more than the comma would: the place, then the unit that holds it. It
  is read as "Lakkon, the Isfarah district, Tajikistan's Soghd province", so the unit stands in when the place
  is held in no tier, and bounds the place's namesakes when it is.
- **An unnamed area in a unit**: "a high-altitude area in the Surkhandaria Region", "a remote area in X district".
  The string names no place of its own, only the unit that holds it: the unit is the answer at its own precision,
  as "the X region" is.
- **A valley after a unit**: "the village of Khushyar in the Uzbek enclave of Sokh in the Ferghana Valley". The
  valley (of three countries) holds the enclave and says nothing more of where the village is; the reader refuses
  three levels together, so the valley is taken off and the rest read ("… in the Uzbek enclave of Sokh").

Each only when the frame's part is a unit (a district, province, region, county, oblast or enclave word in it), so a
clause that puts a place beside a river, a road or a town ("which is in the mountains") is left to the other
readers, and only as the whole text, so a frame inside a longer string is not cut out of it.
"""

from __future__ import annotations

import re

__all__ = ["unit_frame_off"]

#: What follows the frame: a unit of its own, capitalised, with its unit word ("the Isfarah district of …").
_UNIT = (
    r"(?P<unit>(?:the\s+)?(?-i:[A-Z])[^,]*?\b(?:districts?|provinces?|regions?|county|oblast|enclave)\b)"
    r"(?:\s+of\s+(?P<of>(?-i:[A-Z]).*))?"
)

#: "X, which is in <unit>", "X, that lies in <unit>": the place and the unit that holds it.
_WHICH_IS_IN = re.compile(
    rf"^(?P<name>(?-i:[A-Z])[^,]{{0,40}}),\s+(?:which|that)\s+(?:is|lies)\s+(?:located\s+|situated\s+)?in\s+{_UNIT}$",
    re.IGNORECASE,
)

#: "a (high-altitude) area in <unit>": an unnamed area, up to two describing words before its noun.
_AREA_IN = re.compile(
    rf"^an?\s+(?:[a-z][\w-]*\s+){{0,2}}(?:area|zone|spot|locality)\s+(?:in|of|within)\s+{_UNIT}$",
    re.IGNORECASE,
)


#: "<a place> in <a unit> in the Ferghana Valley": a valley after a unit, the last "in" part. A valley of three
#: countries holds the unit and says no more of where; the reader refuses the three levels together.
_VALLEY_AFTER_UNIT = re.compile(
    r"^(?P<rest>.+\b(?:districts?|provinces?|regions?|county|oblast|enclave)\b(?:\s+of\s+(?-i:[A-Z])[\w'’-]*)?)"
    r"\s+in\s+the\s+(?-i:[A-Z])[\w'’-]*\s+valley$",
    re.IGNORECASE,
)


def unit_frame_off(text: str) -> str | None:
    """``text`` with the frame around its unit taken off ("Lakkon, the Isfarah district …", "the Surkhandaria
    Region"), or None where the text is no such frame."""
    if (match := _WHICH_IS_IN.match(text)) is not None:
        # "the Isfarah district of Tajikistan's Soghd province": the unit, then what holds it, as two parts
        return ", ".join(part for part in (match["name"], match["unit"], match["of"]) if part)
    if (match := _AREA_IN.match(text)) is not None:
        return " of ".join(part for part in (match["unit"], match["of"]) if part)
    if (match := _VALLEY_AFTER_UNIT.match(text)) is not None:
        return match["rest"]
    return None
