"""A listed tehsil named with the Urdu unit word, in Arabic script: "تحصیل ماموند", "ماموند تحصیل".

:mod:`.subdistrict` reads the unit word before or after a listed tehsil's name in Latin script only
("Tehsil Mamund", "Mamond tehsil"); the table holds the Urdu spellings ماموند and سالارزئی since geo161,
but "تحصیل ماموند" alone found nothing and stayed empty. Urdu writes the unit word before the name
("تحصیل ماموند", the usual order of Urdu copy) or after it ("باجوڑ کی ماموند تحصیل"); Arabic-script
keyboards give تحصيل with a dotted yeh. The name is read as the Latin reader reads it: the longest run of
up to three words next to the unit word whose key is a listed spelling, whole.

**Two tehsils under one unit word** ("تحصیل لوئی ماموند اور وڑ ماموند", dev g5349: Mamund's two halves,
labelled ``coarser`` at Bajaur District, "the district that holds both"): when every part of what follows
the word, split at "اور"/"و" (and) or a comma, is a listed spelling and all lie in one district, that
district holds the place; two tehsils of two districts name no one district and are left as they were.
Standard library only.
"""

from __future__ import annotations

import re

from .text import name_key

#: The unit word in Urdu/Persian letters and with the Arabic dotted yeh.
_UNIT = r"(?:تحصیل|تحصيل)"
#: Arabic letters only ("[^\W\d_]" without Latin): a word of the name.
_WORD = r"[^\W\d_a-zA-Z]+"
_BEFORE = re.compile(rf"(?<!\S){_UNIT}\s+(?P<rest>.+)$")
_AFTER = re.compile(rf"(?P<name>(?:{_WORD}\s+){{0,2}}{_WORD})\s+{_UNIT}(?!\S)")
_AND = re.compile(r"\s+(?:اور|و)\s+|\s*[،,]\s*")


def has_unit_word(text: str) -> bool:
    """Does ``text`` hold the Urdu unit word (so that the readers below are worth running)?"""
    return "تحصیل" in text or "تحصيل" in text


def arabic_tehsil_district(text: str, table: dict[str, str]) -> str | None:
    """The district of the listed tehsil (or tehsils of one district) that ``text`` names with the Urdu unit
    word, by ``table`` (a spelling's name key → district); or None (see the module)."""
    if not has_unit_word(text):
        return None
    for match in _BEFORE.finditer(text):
        rest = match.group("rest")
        words = rest.split()
        for j in range(min(3, len(words)), 0, -1):
            if (district := table.get(name_key(" ".join(words[:j])))) is not None:
                if len(_AND.split(rest.strip())) > 1:
                    return _one_district(rest, table)  # "تحصیل ماموند اور سالارزئی": every part or none
                return district
        if (district := _one_district(rest, table)) is not None:
            return district
    for match in _AFTER.finditer(text):
        words = match.group("name").split()
        for i in range(len(words)):
            if (district := table.get(name_key(" ".join(words[i:])))) is not None:
                return district
    return None


#: The Pashto frame "په X کې" (in X) before the unit: the fifty-sixth batch's readers and guard own it (a named
#: place after "په X کې" is not read as X, ``tests/test_geo_fifty_sixth.py``).
_PASHTO_IN = re.compile(r"(?<!\S)په\s+\S.*?\s+(?:کې|کی)(?!\S)")


def pashto_in_frame(text: str) -> bool:
    """Does ``text`` open a unit with the Pashto "په X کې" (in X)? Then it is left to the readers of that frame
    ("په باجوړ کې د ماموند تحصیل": the fifty-sixth batch's guard refuses it, and this reader does not override it)."""
    return _PASHTO_IN.search(text) is not None


def _one_district(rest: str, table: dict[str, str]) -> str | None:
    """The one district of a list of listed tehsils ("لوئی ماموند اور وڑ ماموند"), or None when a part is
    no listed spelling or two districts are named."""
    parts = [p for p in _AND.split(rest.strip()) if p]
    if len(parts) < 2:
        return None
    districts = {table.get(name_key(p)) for p in parts}
    if len(districts) != 1 or None in districts:
        return None
    return districts.pop()


__all__ = ["arabic_tehsil_district", "has_unit_word", "pashto_in_frame"]
