"""A sub-district the gazetteer holds no point for, read as lying in the district that holds it.

Pakistani reports place border events by tehsil ("two border localities of Mamond tehsil",
"Salarzai tehsil"). The gazetteer and the pack stop at districts, so "X tehsil" alone finds
nothing and is left unlocated; the district that holds the tehsil is known, and claims no more
than the text does. ``data/subdistricts.tsv`` lists the tehsils of the border districts with
their spellings and the pack district that holds each (docs/geocoding-journal.md, "Sixteenth batch").
A string that names the district already is left as it is, as is one whose tehsil the table
does not list. Reports of the former tribal agencies call the tehsil a "sub-division" too ("Mamond
sub-division", the forty-eighth batch's g4517; Bajaur's own pages name Nawagai so), and the
table lists sub-tehsils (the census of the border belt), so "sub-tehsil", "sub tehsil",
"subdivision" and "sub division" are unit words as well: only a name the table lists is read so.
Standard library only.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .subdistrict_arabic import arabic_tehsil_district, has_unit_word, pashto_in_frame
from .text import name_key

#: The unit word, after the name ("Mamond tehsil", "Mamond sub-division", "Mamond sub-tehsil") or
#: before it ("Tehsil Mamund"). "sub" is joined by a hyphen, a space or nothing; "division" alone is
#: not one: a Pakistani division ("Malakand Division") holds several districts.
_WORD = r"(?:sub[-\s]?(?:tehsil|tahsil|division)|tehsil|tahsil)"
_AFTER = re.compile(rf"(?P<name>(?:[^\W\d_][\w'’-]*\s+){{0,2}}[^\W\d_][\w'’-]*)\s+{_WORD}\b", re.IGNORECASE)
_BEFORE = re.compile(rf"\b{_WORD}\s+(?P<name>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){{0,2}})", re.IGNORECASE)


def with_district(text: str) -> str | None:
    """``text`` with ", <district>" added when it names a listed tehsil and not its district; else None."""
    if has_unit_word(text):  # "تحصیل ماموند": the Urdu unit word (geo162, :mod:`.subdistrict_arabic`)
        if pashto_in_frame(text):
            return None  # "په باجوړ کې د ماموند تحصیل": the Pashto frame's readers and guard decide
        district = arabic_tehsil_district(text, _tehsils())
        return None if district is None else f"{text}, {district}"
    folded = text.casefold()
    if "tehsil" not in folded and "tahsil" not in folded and "division" not in folded:
        return None  # most strings: no regular expression is run
    district = _district_named(text)
    if district is None:
        return None
    if name_key(re.sub(r"\s+District$", "", district)) in name_key(text):
        return None  # "Mamond tehsil, in Bajaur district", "Razmak tehsil of North Waziristan"
    return f"{text}, {district}"


def _district_named(text: str) -> str | None:
    """The district of the tehsil ``text`` names, trying the longest run of words before or after the word."""
    table = _tehsils()
    for pattern, tail in ((_AFTER, True), (_BEFORE, False)):
        for match in pattern.finditer(text):
            words = match.group("name").split()
            if tail and words[-1].casefold() == "sub":  # "Mamond sub tehsil": "sub" is the unit's, not the name's
                words.pop()
            runs = [words[i:] for i in range(len(words))] if tail else [words[:j] for j in range(len(words), 0, -1)]
            for run in runs:
                if (district := table.get(name_key(" ".join(run)))) is not None:
                    return district
    return None


def tehsil_district(name: str) -> tuple[str, str] | None:
    """The pack district that holds the tehsil ``name`` is (by a listed spelling, whole), and its country; or None.

    Asked by :mod:`.tehsil_area` for a tehsil named as an area, once the text has found nothing."""
    return _rows().get(name_key(name)) if name.strip() else None


@lru_cache(maxsize=1)
def _tehsils() -> dict[str, str]:
    """Name key of every listed spelling → the pack district that holds the tehsil."""
    return {key: district for key, (district, _country) in _rows().items()}


@lru_cache(maxsize=1)
def _rows() -> dict[str, tuple[str, str]]:
    """Name key of every listed spelling → the pack district that holds the tehsil, and its country."""
    path = resources.files("incident_tracker.geo").joinpath("data", "subdistricts.tsv")
    rows = [line.split("\t") for line in path.read_text("utf-8").splitlines() if line and not line.startswith("#")]
    table: dict[str, tuple[str, str]] = {}
    for name, aliases, country, district, _source in rows[1:]:
        for spelling in (name, *aliases.split(";")):
            if spelling.strip():
                table[name_key(spelling)] = (district, country)
    return table
