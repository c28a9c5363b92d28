"""Malay and Indonesian unit words, read as their English ones when nothing else answered.

Batch 84 brought the set's first Malay and Indonesian strings (docs/geocoding-journal.md, "Eighty-fourth batch:
held back"; two on `dev`, four on `test`, of 5,383): "jalur sempadan Daerah Saravan" (the border strip of Saravan
County, g8143) and "wilayah Sistan dan Baluchestan tenggara" (the southeastern province of Sistan and
Baluchestan, g8144) were empty, since no reader knows the unit words before the name, "dan" (and) inside a
province's name, or the compass word after it.

:func:`malay_retry` gives the text to read again, in English words, when the first reading chose nothing:

* a unit word before a capitalised name becomes the English one after it: "Daerah X", "Kabupaten X",
  "Kecamatan X" → "X district"; "Provinsi X", "Wilayah X" → "X province" (*wilayah*, region, is the word both
  languages use for Iran's and Afghanistan's provinces); "Kota X" → "X city"; "Desa X", "Kampung X" → "X village";
* "dan" between two capitalised words is "and" ("Sistan dan Baluchestan"), and "di" (in) before a name after
  the unit is "in" ("Daerah Saravan di Iran");
* what says which part of the unit or of the line goes, as the English readers drop "southeastern" and "the
  border area of": a compass word after the unit ("tenggara", southeast; "barat daya", southwest) and "jalur
  sempadan", "kawasan sempadan", "perbatasan" (border strip, border area, border) before it.

Only a text with one of the unit words before a capitalised name is read again: the words are Malay's and
Indonesian's alone among the set's languages ("kota", "desa" stand before a name; Uzbek's "-dan" is a suffix).
Nothing is read again where the first reading chose an answer.
"""

from __future__ import annotations

import re

#: A unit word before a capitalised name (one to three words, "dan" joining two of them), and its English word.
_UNIT = re.compile(
    r"(?<![^\W\d_])(?P<unit>(?i:daerah|kabupaten|kecamatan|provinsi|wilayah|kota|desa|kampung))\s+"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:dan\s+)?[A-Z][\w'’-]*){0,2})"
)
_ENGLISH = {
    "daerah": "district",
    "kabupaten": "district",
    "kecamatan": "district",
    "provinsi": "province",
    "wilayah": "province",
    "kota": "city",
    "desa": "village",
    "kampung": "village",
}
#: Which part of the unit or of the line: a compass word after it, a border word before it.
_COMPASS = r"(?:barat\s+daya|barat\s+laut|timur\s+laut|tenggara|timur|barat|utara|selatan)"
_BORDER = re.compile(r"^(?:(?:jalur|kawasan|garis)\s+(?:sempadan|perbatasan)|perbatasan|sempadan)\s+", re.IGNORECASE)


def malay_retry(place: str) -> str | None:
    """The text to read again in English words, or None (see the module)."""
    text = " ".join(place.split())
    match = _UNIT.search(text)
    if match is None or not match["name"][:1].isupper():
        return None
    name = re.sub(r"\s+dan\s+", " and ", match["name"])
    rest = re.sub(rf"^\s*{_COMPASS}(?![^\W\d_])", "", text[match.end() :], flags=re.IGNORECASE)
    rest = re.sub(r"^\s+di\s+(?=[A-Z])", " in ", rest)  # "Daerah Saravan di Iran": "in Iran"
    head = _BORDER.sub("", text[: match.start()])
    return f"{head}{name} {_ENGLISH[match['unit'].casefold()]}{rest}".strip()


__all__ = ["malay_retry"]
