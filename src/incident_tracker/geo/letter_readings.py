"""A context part written in letters or words the gazetteer does not key: read in the ones it does.

Two shapes recur in the reports' context parts (the unit a place is filed under, which stands in when
the place itself is not known):

* **Arabic's "b" for the region's "p".** Arabic has no "پ" and writes "ب" for it: "بمديرية سبين بولدك"
  (in the district of Spin Boldak) spells the pack's "سپین بولدک" so, and "باكتيا", "بنجشير" are Paktia and
  Panjshir. By sound alone such a part anchors nothing, and the unknown village filed under it stays empty.
  Read as :func:`.phrase_arabic.arabic_che_readings` reads Arabic's "ch": each "ب" as "پ" alone, then all at
  once, with and without the "ch" read; only a part wholly in Arabic letters, and a reading is taken only
  where it names a unit or town exactly ("ب" is a letter of the region's own names too: "بولدک", Boldak).
* **Urdu's "Lower" and "Upper".** Districts split in two (Dir, Chitral, Kohistan, South Waziristan) are
  named in Urdu reports with the English words as loanwords, "لوئر دیر", "اپر چترال", and most often with no
  unit word after them ("لوئر دیر کے علاقے جندول", the Jandol area of Lower Dir). The loanword says the part
  is such a district, as "ضلع" would: it is read at that level, so that a pack district known by its
  consonants alone anchors it (:func:`.scope.anchor_of`), as "ولسوالی X" is anchored.
"""

from __future__ import annotations

import re

from .phrase_arabic import arabic_che_readings, arabic_spelling

#: "لوئر" and "اپر" (Lower, Upper) opening a part, before a name: "لوئر دیر", "اپر کرم".
_HALF_OF_DISTRICT = re.compile(r"^(?:لوئر|لوئیر|اپر|اَپر|اپّر)(?:\s|\u200c)+\S")

#: Readings of more "ب" than this are not tried letter by letter (a long phrase, not a name).
_MOST_BEH = 4


def names_half_of_district(part: str) -> bool:
    """Does ``part`` open with Urdu's "Lower" or "Upper" before a name ("لوئر دیر"): a district split in two?"""
    return _HALF_OF_DISTRICT.match(part) is not None


def arabic_pe_readings(part: str) -> list[str]:
    """The region's spellings an Arabic ``part`` may stand for, its "ب" read as "پ" (and its "ch" as "چ").

    Each "ب" alone, then all at once, in the part as written and in each reading of its "ch"; the part itself is
    not among them. Nothing for a part with one of the region's own letters, or with no "ب".
    """
    if not arabic_spelling(part):
        return []
    readings: list[str] = []
    for spelling in (part, *arabic_che_readings(part)):
        where = [i for i, letter in enumerate(spelling) if letter == "ب"]
        if not where or len(where) > _MOST_BEH:
            continue
        readings += [spelling[:i] + "پ" + spelling[i + 1 :] for i in where]
        if len(where) > 1:
            readings.append(spelling.replace("ب", "پ"))
    return [reading for reading in dict.fromkeys(readings) if reading != part]
