"""Pashto place phrases, marked on both sides of the name: "په X کې" (in X), "د X" (of X), "د A د B ولسوالۍ د C
سیمې" (the C area of B district of A), and the kind and level words Pashto writes after a name ("تورخم بندر", the port
of Torkham; "برمل ولسوالۍ", Barmal district). :func:`read_pashto` rewrites such a text finest place first, its units
after commas, level words before the name, as :mod:`.phrase_arabic` rewrites the region's other Arabic-script
languages (it asks this module; part of it until it reached its size limit, geo140). Regular expressions only.
"""

from __future__ import annotations

import re

from .phrase_declined import a_pack_district, a_pack_name

#: "په X کې" (in X), "پر X" (on X), "د X" (of X): Pashto marks its phrases on both sides.
_PASHTO = re.compile(r"^(?:د|په|پر)\s+\S|\s(?:کې|کی)$")
_PASHTO_LINK = re.compile(r"(?:^|\s+)(?:د|په|پر|له)\s+")
_PASHTO_IN_TAIL = re.compile(r"\s+(?:کې|کی)$")
#: "سیمه" (area; oblique سیمې; "سرحدي سیمو", the border areas) and its kin "ساحه", "حوزه", "منطقه" (each with its
#: oblique and plural) and "شاوخوا" (the surroundings; "شاوخوا سیمه"), "پوله" (border), "دروازه" (gate),
#: "کرښه" (line) after a name; "ښارګوټی" (small town; oblique "ښارګوټې", plural "ښارګوټو": geo102) says what the
#: place is, as the gate does.
_PASHTO_AREA = re.compile(
    r"(?:^|\s+)(?:(?:سرحدي|سرحدی)\s+)?(?:شاوخوا(?:\s+(?=\S))?)?"
    r"(?:(?:سیم|سيم|ساح|حوز|منطق)(?:ه|ې|و)|(?<=شاوخوا))$"
)
#: "د فراه ولایت سرحدي سیمه" (the border area of Farah province): an area word after a province's level word.
_PROVINCE_WORD = re.compile(r"\s(?:ولایت|ولايت)$")
_PASHTO_KIND = re.compile(r"(?:^|\s+)(?:پوله|پولې|دروازه|دروازې|کرښه|کرښې|ښارګوټ(?:ی|ي|ې|و))$")
_PASHTO_OBLIQUE_GATE = re.compile(r"دروازې$")
#: "خرلاڅيو لارې" (the Kharlachi road): a name in the oblique ("-يو") before a road, area or border
#: noun; the name's direct form ends in "-ي". Read only in a text with a letter Pashto alone writes.
_PASHTO_OBLIQUE_NAME = re.compile(
    r"^(?:د\s+)?(?P<stem>\S{3,}?)(?:يو|یو)\s+(?:لار|لاره|لارې|سیمه|سيمه|سیمې|سيمې|پوله|پولې|دروازې)$"
)
_PASHTO_LETTERS = re.compile(r"[ټډړږښګڼېۍځڅ]")
#: "تورخم بندر", "د حیرتان بندر" (the port of Torkham, of Hairatan): Pashto puts "بندر" (port)
#: after the name, as it puts its other kind words; Dari and Persian put it first ("بندر X").
_PASHTO_PORT = re.compile(r"\s+(?:بندر|بندرګاه|بندرگاه)$")
#: "برمل ولسوالۍ" (Barmal district), "خوست ولایت": the level word after the name.
_LEVEL_AFTER = re.compile(r"^(?P<name>\S.*?)\s+(?P<level>ولسوالۍ|ولسوالي|ولسوالی|ولایت|ولايت)$")
#: The level word written as Dari writes it before a name: "کشم ولسوالۍ" is "ولسوالی کشم", the form the pack's whole
#: names keep (`=ولسوالی کشم`, Kishim District, whose bare کشم is also Qeshm of Iran); with Pashto's ۍ kept, the
#: rewritten text matched no whole name, and a district known only whole was reached by sound alone (geo143).
_DARI_LEVEL = {"ولسوالۍ": "ولسوالی"}
#: "جوزجان ولایت خماب ولسوالۍ" (Jowzjan province('s) Khamyab district, no "د" between them): two units, the owner first.
_THIS = frozenset({"این", "اين", "دغه", "همدې", "همین", "هذه"})
_LEVEL_THEN_NAME = re.compile(r"^(?P<owner>\S.*?\s+(?:ولسوالۍ|ولسوالي|ولسوالی|ولایت|ولايت))\s+(?P<rest>\S.*)$")


def read_pashto(text: str) -> tuple[str, bool]:
    """ "د A د B ولسوالۍ د C سیمې" (the C area of B district of A): C, ولسوالی B, A."""
    if (oblique := _PASHTO_OBLIQUE_NAME.match(text)) and _PASHTO_LETTERS.search(text):
        return f"{oblique.group('stem')}ي", False  # "خرلاڅيو لارې": خرلاڅي, the name in its direct form
    if not _PASHTO.search(text) and not _level_after_name(text):
        return _before_port_word(text), False
    near = False
    text = _PASHTO_IN_TAIL.sub("", text)
    parts = []
    for part in _level_split(_PASHTO_LINK.split(text)):
        part = part.strip()
        match = _PASHTO_AREA.search(part)
        if match:  # the (border) area of a province lies in it, as the Arabic reader reads it (geo153): not near
            part = part[: match.start()].strip()
            near = near or not _PROVINCE_WORD.search(part)
        part = _pashto_kind_off(part)
        match = _LEVEL_AFTER.match(part)
        if match:
            part = f"{_DARI_LEVEL.get(match.group('level'), match.group('level'))} {_owner_first(match.group('name'))}"
        if part:
            parts.append(part)
    return (", ".join(reversed(parts)) if parts else text), near


def _level_after_name(text: str) -> bool:
    """ "برمل ولسوالۍ", "جوزجان ولایت خماب ولسوالۍ": a level word after a name, Pashto's order, with no "د" before
    it. Not Dari's "ولسوالی X این ولایت" (X district of this province: the level word first, "this" before the last)."""
    words = text.split()
    return (
        bool(_LEVEL_AFTER.match(text)) and not _LEVEL_AFTER.match(f"{words[0]} {words[0]}") and not _THIS & set(words)
    )


def _level_split(parts: list[str]) -> list[str]:
    """The parts with each unit a part of its own: "جوزجان ولایت خماب ولسوالۍ" is "جوزجان ولایت", "خماب ولسوالۍ"
    (geo140: read as one name, "جوزجان ولایت خماب", it matched nothing, or a province's name stood in)."""
    split = []
    for part in parts:
        while (match := _LEVEL_THEN_NAME.match(part.strip())) and _LEVEL_AFTER.match(match.group("rest")):
            split.append(match.group("owner"))
            part = match.group("rest")
        split.append(part)
    return split


def _owner_first(name: str) -> str:
    """ "کندهار شورابک" before "ولسوالۍ" (Kandahar's Shorabak district, no "د" between them): the
    province first, then the district; read "شورابک, کندهار" only when the rest is a pack district
    letter for letter and the whole is not."""
    head, _, rest = name.partition(" ")
    if rest and not a_pack_district(name) and a_pack_district(rest):
        return f"{rest}, {head}"
    return name


def _pashto_kind_off(part: str) -> str:
    """The part without its kind word after the name ("X پوله", the X border), unless the kind word is
    part of a pack name: "دوستۍ دروازې" (the Friendship Gate, oblique) is read in its direct form."""
    direct = _PASHTO_OBLIQUE_GATE.sub("دروازه", part)
    if _PASHTO_KIND.search(part) and a_pack_name(direct):
        return direct
    return _before_port_word(_PASHTO_KIND.sub("", part).strip())


def _before_port_word(part: str) -> str:
    """ "تورغندی" for "تورغندی بندر" (Pashto: the port of Torghundi), when the name before the port
    word is a border place of the pack (the port is that crossing); else the part itself: "شیرخان
    بندر" is Sher Khan Bandar's own name, and "the port of" a district or town may be a crossing
    tens of km from it (Imam Sahib's is Sher Khan Bandar)."""
    match = _PASHTO_PORT.search(part)
    if match and match.start() > 0 and not a_pack_name(part) and a_pack_name(head := part[: match.start()].strip()):
        return head
    return part
