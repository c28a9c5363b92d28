"""Head, lead and tail words around a name, read by one table per script (issue 13, the coverage pass).

Thirteen held-back batches showed the same failure again and again: a name the gazetteer knows,
hidden by a unit or border-place word of the report's language that no reader passed over
("Термиз шаҳрида", "Andarxon chegara posti", "مرزبانی میرجاوه", "伊尔克什坦海关"). The earlier
rounds mended one string at a time; this module reads the words systematically, from a matrix of
the kinds a report puts around a name (district, province, county, tehsil or agency, village, town,
border post, crossing, customs post, border detachment, enclave, "on the border with", "near", "the
X area") by the languages of the region's press (docs/geocoding-journal.md, "Language coverage,
systematically"). The tables live in one module per script (:mod:`.coverage_cyrillic`,
:mod:`.coverage_latin`, :mod:`.coverage_arabic`, :mod:`.coverage_han`); each row is a whole-text
pattern and the kind it names.

Each kind is rewritten into the English form the reader already knows ("the X customs post",
"near X", "X district"), so every guard the English form passes through (the namesake, stand-in,
twin and country guards) weighs the rewritten text as it weighs an English one: a unit word gives a
level, never a licence. Wrong is worse than empty:

* a pattern matches the **whole** text, never a part, so a word this module does not know leaves
  the text to the other readers;
* the name must read as a name: one to three words, each capitalised in Latin and Cyrillic
  letters, none a common word of the language in Arabic letters, Han letters only in Chinese; no
  digit (a numbered post is no place);
* a post's name keeps its quotes ("погранзастава «X»"), which the English reader takes as a
  designation that only a border place may answer;
* "Y bilan chegaradosh X" (X, bordering Y) and its kin keep X alone: the neighbour across the line
  is not the place's owner.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .coverage_arabic import (
    AR_NATIONALITY,
    ARABIC_HEADS,
    arabic_name,
    district_before_tehsil,
    from_unit,
    split_urdu_runs,
    valley_of,
)
from .coverage_cyrillic import CYRILLIC_HEADS
from .coverage_han import HAN_HEADS, han_name
from .coverage_latin import LATIN_HEADS
from .hanzi_names import han_transcription
from .phrase_head import a_country
from .road_suffix import road_half_off
from .scripts import has_arabic, has_cyrillic, has_han

__all__ = ["plain_name", "read_coverage"]

#: The English form each kind is read as; "rest" re-reads what follows a lead; "name" is the name alone.
_ENGLISH = {
    "district": "{} district",
    "province": "{} province",
    "county": "{} County",
    "agency": "{} Agency",
    "village": "{} village",
    "town": "the town of {}",
    "post": "the {} border post",
    "crossing": "the {} border crossing",
    "customs": "the {} customs post",
    "detachment": "the {} border detachment",
    "near": "near {}",
    "near_province": "near {} province",
    "near_district": "near {} district",
    "area": "the {} area",
    "port": "{} port",
    "force": "{}",
    "name": "{}",
    "rest": "{}",
    "district_adj": "{}ский район",  # "Пянджский погранотряд": the district it guards, which the Russian reader knows
}
_QUOTED = re.compile(r"[«“„\"‘][^«»“”„\"‘’]+[»”\"’]")
_QUOTE_MARKS = re.compile(r"[«»“”„\"‘’]")
#: "'Artyk' gümrük geçelgesi": a name between two typewriter apostrophes, which are no letters of it.
_APOSTROPHE_QUOTED = re.compile(r"(?<!\w)'(?P<name>[A-Z][^'\s]*(?:\s[A-Z][^'\s]*)?)'(?!\w)")


def plain_name(name: str) -> bool:
    """Letters, spaces, hyphens, apostrophes and quotes only: no digit, bracket or comma (a list, a gloss)."""
    return all(ch.isalpha() or ch in " -‐‑–'‘’ʻ`«»“”„\"\u200c" or "\u064b" <= ch <= "\u065f" for ch in name)


def _capitalised(name: str) -> bool:
    """One to three words, each opening with a capital letter (quotes aside), no digit; in quotes, the first word
    only: the quotes mark the name, which Kazakh writes "«Жібек жолы»" (geo166, batch 83's g8027)."""
    words = _QUOTE_MARKS.sub("", name).split()
    opening = words[:1] if _QUOTED.fullmatch(name.strip()) else words
    return 0 < len(words) <= 3 and plain_name(name) and all(w[:1].isupper() for w in opening)


def _read(
    text: str, table: Sequence[tuple[re.Pattern[str], str]], valid: Callable[[str], bool], again: bool = True
) -> str | None:
    found = _reading(text, table, valid, again)
    if found is None:
        return None
    kind, name = found
    if kind in ("rest", "english"):
        return name
    return _ENGLISH[kind].format(name)


def _reading(
    text: str,
    table: Sequence[tuple[re.Pattern[str], str]],
    valid: Callable[[str], bool],
    again: bool = True,
    depth: int = 0,
) -> tuple[str, str] | None:
    """The kind and name of the first row that reads the whole text, its head peeled off a second one.

    Real strings put a second head, a quoted pair or a border phrase behind the first ("гузаргоҳи X
    дар марзи …", "пограничный переход на … границе — «X»"): where what a head names is no name, it
    is read again by the same table, and a bare name read there takes the outer head's kind. Where
    it still reads as nothing, a later row (a lead that re-reads its rest) may take the text.
    """
    for pattern, kind in table:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        if kind == "rest":
            return kind, match.group("rest")
        if kind == "village_in":  # "the village of X of Y district": the village in that district
            return "english", f"the village of {match.group('name').strip()} in {match.group('unit').strip()} district"
        if kind == "unit_in":  # "уезд X в провинции Y": the district, then its province after a comma
            return "english", f"уезд {match.group('name')}, провинция {match.group('unit')}"
        if kind == "in_district":  # "Kaka etrabynyň X gümrük geçelgesi": X's head read, its district after it
            inner = _reading(match.group("rest"), table, valid, again, depth + 1) if depth < 2 else None
            if inner is None:
                continue
            where = f", {match.group('unit')} district" + (f", {p} province" if (p := match.group("province")) else "")
            return "english", (
                inner[1] if inner[0] in ("rest", "english") else _ENGLISH[inner[0]].format(inner[1])
            ) + where
        if kind == "through":  # "the X Highway, through the Y Pass": the point the route passes, as a second part
            return "english", f"{match.group('unit')}, {match.group('name')}"
        if kind == "border_with":  # "“X” - with Iran": the post on the border with a country, never with a place
            if not a_country(match.group("unit")) or not _capitalised(match.group("name")):
                continue
            return "english", f"{match.group('name')} on the border with {match.group('unit')}"
        if kind == "town_in_country":  # "بلدة X الطاجيكية": the town, its country kept as context
            name = match.group("name").strip()
            if not (plain_name(name) and valid(name)):
                continue
            return "english", f"the town of {name}, {AR_NATIONALITY[match.group('unit')]}"
        if kind == "pair":  # "провинции Систан и Белуджистан": one name written with "и" for its hyphen
            return "english", f"провинции {match.group('name')}-{match.group('unit')}"
        name = match.group("name").strip()
        if kind == "force" and a_country(name):
            return None  # "the Afghan border guards": a country's force, no place
        if not (plain_name(name) and valid(name)):
            if not again:
                return None  # the Arabic-script table: a tail there drops words that say where (a county)
            inner = _reading(name, table, valid, again, depth + 1) if depth < 2 and name != text else None
            if inner is not None and inner[0] == "name" and kind != "rest":
                return kind, inner[1]
            if inner is not None:
                return inner
            continue  # the whole text is this kind, but what it names reads as no name here
        if kind in ("crossing", "post"):
            name = road_half_off(name)  # «Жібек жолы-авто»: the pack's crossing of that name, its road half
        if kind != "post" or not _QUOTED.fullmatch(name):
            name = _QUOTE_MARKS.sub("", name).strip()
        return kind, name
    return None


def read_coverage(text: str) -> str | None:
    """The English form of a name between the head, lead or tail words of its language, or None.

    "Термиз шаҳрида" → "the town of Термиз"; "Andarxon chegara postida" → "the Andarxon border
    post"; "مرزبانی میرجاوه" → "the میرجاوه border detachment"; "伊尔克什坦海关" → "the 伊尔克什坦
    customs post"; "the Vorukh enclave" → "Vorukh".
    """
    flat = " ".join(text.split())
    if has_han(flat):  # a name the transcription reader hears is its ("科克塔什村附近": near Kek-Tash)
        return None if han_transcription(flat) is not None else _read(flat, HAN_HEADS, han_name)
    if has_arabic(flat):
        if (split := split_urdu_runs(flat)) != flat:  # "کےعلاقے", "سرحدی شھرسراوان": read again, split
            return split
        if (chained := district_before_tehsil(flat)) is not None:  # "باجوڑ تحصیل برنگ": tehsil, district
            return chained
        if (located := from_unit(flat)) is not None:  # "شمالی وزیرستان سے غلام خان": in the district
            return located
        if (valley := valley_of(flat)) is not None:  # "وادی کرم": the Kurram valley
            return valley
        return _read(flat, ARABIC_HEADS, arabic_name, again=False)
    if has_cyrillic(flat):
        return _read(flat, CYRILLIC_HEADS, _capitalised)
    return _read(_APOSTROPHE_QUOTED.sub(r"“\g<name>”", flat), LATIN_HEADS, _capitalised)
