"""Words around a unit that hide it: a province straight after its district, a village list, words after it, two leads.

Batch 88 (docs/geocoding-journal.md, "Eighty-eighth batch: held back") took small places in local copy, and four of
its `dev` empties held a unit that a shorter string answered (for a village list, the unit named after it):

* **a province written straight after the district, in Persian letters** ("منطقۀ مرزی کرم خیبرپختونخوا": the
  Kurram border area, Khyber Pakhtunkhwa; the ezafe that would join them is unwritten, g8502): read as "X، Y", the
  province set apart by a comma as a Persian writer would, and only where the last word (or two) is a province by
  its own name, so that the province is read as the district's container and not as part of its name;
* **Kyrgyz words after a unit in the locative** ("Баткен облусундагы чек арага жакын аймакта": in the area near the
  border in Batken region, g8524): the "near" is the border's, not the region's, and the first reading held the
  region back as a province the text puts the place near; the unit alone is read ("Баткен облусундагы");
* **a list of villages before the unit that holds them** ("روستاهای وردک و سیت از ولسوالی سپینبولدک کندهار", "the
  villages of Wardak and Sit in Spin Boldak district of Kandahar", g8518): a list is no one point, but every
  village of it lies in the unit named after it, which the set labels the answer (``coarser``, as "the Lenburg and
  Devayron villages of Sokh district", :mod:`.unit_list_guard`); the unit phrase alone is read. Villages only: a
  list of districts is no part of its province (the codebook gives a province no standing for a list within it);
* **two Kyrgyz leads before one place** ("Баткен районунун Тажикстан менен чектеш Ак-Сай айылында": in Ak-Sai,
  bordering Tajikistan, of Batken district, g8530): each lead alone is read, not both; "Y менен чектеш" (bordering
  Y, a country) is dropped and the district lead kept.

Batch 89 added one (geo180): **a town named as its province's centre** ("قلعهنو مرکز بادغیس": Qala-e Naw, the
centre of Badghis, g8601): the bare Persian "قلعه نو" (new fort) names Badghis's capital and two Iranian towns alike,
and the province after "مرکز" (centre) was read as part of the name; read as "X، Y" where Y is a province by its own
name, as above.

The readings are tried by :func:`.copy_words.copy_words_retry`, after the first reading chose nothing, and kept only
where the answer is a name the gazetteer records in a country the text names (its rules, not these).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .scripts import has_arabic, has_cyrillic

if TYPE_CHECKING:
    from .chain import Resolver

__all__ = ["unit_tail_readings"]

#: A Kyrgyz unit word in the locative or the genitive ("облусундагы", in the region; "районунун", of the district).
_KY_UNIT = r"(?:облус|район|аймаг)(?:унда(?:гы)?|унун)"
#: "чек арага жакын аймакта" (in the area near the border), "чек ара аймагында" after a unit in the locative.
_KY_BORDER_TAIL = re.compile(
    r"^(?P<unit>\S.*?\s(?:облус|район)ундагы)\s+чек\s+ара(?:га|нын)?\s+(?:жакын\s+)?(?:аймак|аймагы|жер)\w*$",
    re.IGNORECASE,
)
#: "X районунун Y менен чектеш(кен) Z": the bordering lead between the unit lead and the place.
_KY_TWO_LEADS = re.compile(
    rf"^(?P<lead>\S.*?\s{_KY_UNIT})\s+\S+\s+менен\s+чектеш(?:кен)?\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
#: "the villages of A and B in/of X district …" (English) and "روستاهای A و B از/در ولسوالی X …" (Dari): the unit.
_VILLAGES_IN_UNIT = (
    re.compile(
        r"^(?:the\s+)?(?:border\s+)?villages\s+of\s+[^,]+?(?:,\s*|\s+and\s+)[^,]+?\s+(?:in|of)\s+(?:the\s+)?"
        r"(?P<unit>\S[^,]*?\s(?:district|tehsil|region)\b.*)$",
        re.IGNORECASE,
    ),
    re.compile(r"^روستاهای\s+\S.*?\sو\s\S.*?\s(?:از|در)\s+(?P<unit>(?:ولسوالی|شهرستان|بخش)\s+\S.*)$"),
)
#: "X مرکز (ولایت|استان) Y" (X, the centre of province Y): the town, then its province after the word for centre.
_CENTRE_OF = re.compile(r"^(?P<town>\S.*?)\s+مرکز\s+(?:(?:ولایت|استان)\s+)?(?P<province>\S+(?:\s\S+)?)$")
#: A text that already sets a part apart, or joins two names: left to the first reading.
_PERSIAN_JOINS = re.compile(r"[،,]|\sو\s|\sدر\s|\sاز\s")


def _province_last(text: str, chain: Resolver, named: frozenset[str]) -> Iterator[str]:
    """ "X Y" with Y a province by its own name: "X، Y" (see the module)."""
    words = text.split()
    for size in (1, 2):
        if len(words) <= size or _PERSIAN_JOINS.search(text):
            continue
        province = " ".join(words[-size:])
        chosen = chain.candidates(province, named=named).chosen
        if chosen is not None and chosen.level == "admin1" and chosen.match in {"name", "variant"}:
            yield f"{' '.join(words[:-size])}، {province}"


def _centre_in_province(text: str, chain: Resolver, named: frozenset[str]) -> Iterator[str]:
    """ "X، Y" for a town named as province Y's centre, where the town it answers lies in Y: a centre elsewhere ("قلعه
    نو مرکز هرات", Qala-e Naw is Badghis's) is a contradiction, not a reading."""
    for reading in _province_last(text, chain, named):
        chosen = chain.candidates(reading, named=named).chosen
        province = chain.candidates(reading.split("، ")[-1], named=named).chosen
        if chosen is not None and province is not None and chosen.admin1 == province.admin1:
            yield reading


def unit_tail_readings(text: str, chain: Resolver, named: frozenset[str]) -> Iterator[str]:
    """The texts to read again, in order (see the module); ``text`` has its spaces tidied."""
    if has_cyrillic(text):
        if (tail := _KY_BORDER_TAIL.match(text)) is not None:
            yield tail["unit"]
        if (leads := _KY_TWO_LEADS.match(text)) is not None:
            yield f"{leads['lead']} {leads['rest']}"
    for villages in _VILLAGES_IN_UNIT:
        if (listed := villages.match(text)) is not None:  # the province set apart first: the district's word kept
            yield from _province_last(listed["unit"], chain, named) if has_arabic(text) else ()
            yield listed["unit"]
    if has_arabic(text):
        yield from _province_last(text, chain, named)
        if (centre := _CENTRE_OF.match(text)) is not None and not _PERSIAN_JOINS.search(centre["town"]):
            yield from _centre_in_province(f"{centre['town']} {centre['province']}", chain, named)
