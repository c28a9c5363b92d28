"""Arabic, Persian and Urdu frames around a known unit, read: "near the border" after it, "the border areas of
province X, Afghanistan, with Iran", a leading "tribal" and an unmarked "district D tehsil T's area Z".

The eighty-first batch's reader found each unit of these strings when they were written shorter, but not in the
frames its reports wrote them in (docs/geocoding-journal.md, "Batch 81's dev failures: rules (geo161)"):

- **Arabic "near the border" after a unit**: "منطقة X في إقليم Y القريبة من الحدود الإيرانية" (the X area of Y
  province, near the Iranian border), "… بالقرب من الحدود الباكستانية". The clause says which border the unit is
  near, not where in it the event was: the unit is still the place, as "X قرب الحدود" is to the readers
  (:mod:`.coverage_arabic`). It is cut off only after a unit word, so a bare "near the border of X" is left alone.
- **Persian "the border areas of province X"**: "نواحی مرزی ولایت فراه افغانستان با ایران", "مناطق مرزی استان X".
  The border areas of a province lie in it, and the province stands in, as the Arabic reader already reads
  "المنطقة الحدودية بولاية X"; the Persian reader put them *near* the province, which the path guard takes as outside
  it, and a trailing country ("افغانستان", the province's own) and "با ایران" (with Iran: which border) stopped the
  reading. The frame is read as "ولایت X، <country>"; "with Iran" is dropped (the report's countries hold it already).
  Only before a province's unit word: the border areas of a district or a county are near its point, as before.
- **Urdu "قبائلی" (tribal) before "ضلع"**: "قبائلی ضلع باجوڑ کی تحصیل X کے علاقے Z". The word is the former tribal
  agency's label on the district, not a place; the readers took it off in front of one or two units but not three.
- **An unmarked "ضلع D تحصیل T کے علاقہ Z"** (district D, tehsil T's area Z, with no "کی" between the units): read
  as the readers' "D تحصیل T علاقہ Z" (the units from the widest), which :mod:`.coverage_arabic` knows.

Each only as the whole text. :func:`border_area_frame_off` gives the rewritten text, or None.
"""

from __future__ import annotations

import re

from .phrase_patterns import COUNTRY_STEMS

__all__ = ["border_area_frame_off"]

#: Arabic unit words ("منطقة", area; "إقليم", "ولاية", "محافظة", province; "مديرية", "مقاطعة", district; "مدينة",
#: "بلدة", town), one of which must stand before the "near the border" clause.
_AR_UNIT_WORD = re.compile(r"(?:^|\s)(?:[بل]?(?:منطقة|إقليم|اقليم|ولاية|محافظة|مديرية|مقاطعة|مدينة|بلدة))\s+\S")
#: "… (ال)قريب(ة) من الحدود (الإيرانية / مع إيران)", "… بالقرب من الحدود …": near the (Iranian) border, last.
_AR_NEAR_BORDER = re.compile(r"^(?P<rest>\S.*?\S)\s+(?:(?:ال)?قريبة?|بالقرب)\s+من\s+(?:ال)?حدود(?:\s+مع)?(?:\s+\S+)?$")

#: Persian "نواحی مرزی / مناطق مرزی / منطقه مرزی ولایت X (<country>) (با <country>)": the border areas of province X.
_FA_PROVINCE_BORDER = re.compile(
    r"^(?:در\s+)?(?:نواحی|نواحي|مناطق|منطقه|منطقهٔ)\s+مرزی\s+(?P<unit>ولایت|ولايت|استان)\s+"
    r"(?P<rest>\S+(?:\s+\S+){0,3}?)(?:\s+با\s+(?P<with>\S+))?$"
)

#: Urdu "قبائلی" (tribal) before "ضلع" (district), at the head of the text.
_UR_TRIBAL = re.compile(r"^قبائلی\s+(?=ضلع\s+\S)")
#: Urdu "ضلع D تحصیل T کے علاقہ/علاقے Z": two units with no "کی" between them, then an area of the second.
_UR_UNMARKED_UNITS = re.compile(
    r"^ضلع\s+(?P<district>\S+)\s+تحصیل\s+(?P<tehsil>\S+)\s+کے\s+(?:علاقہ|علاقے)\s+(?P<area>\S+(?:\s+\S+)?)$"
)


def _country(word: str) -> bool:
    """Is ``word`` a country's name in Arabic script ("افغانستان", "ایران")?"""
    return any(word.startswith(stem) for stem in COUNTRY_STEMS if "\u0600" <= stem[:1] <= "\u06ff")


def border_area_frame_off(text: str) -> str | None:
    """``text`` with its frame read into plainer words (see the module), or None where it has none of them."""
    if (near := _AR_NEAR_BORDER.match(text)) is not None and _AR_UNIT_WORD.search(near["rest"]):
        return near["rest"]
    if (border := _FA_PROVINCE_BORDER.match(text)) is not None and (not border["with"] or _country(border["with"])):
        *words, last = border["rest"].split()
        if words and _country(last):  # "ولایت فراه افغانستان": the province, then its country
            return f"{border['unit']} {' '.join(words)}، {last}"
        return f"{border['unit']} {border['rest']}"
    urdu = _UR_TRIBAL.sub("", text, count=1)
    if (units := _UR_UNMARKED_UNITS.match(urdu)) is not None:
        return f"{units['district']} تحصیل {units['tehsil']} علاقہ {units['area']}"
    return urdu if urdu != text else None
