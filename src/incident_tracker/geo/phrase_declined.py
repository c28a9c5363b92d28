"""Known places the reader declined: the name is in the string and in the gazetteer, yet no answer.

Issue 13 asked why. For each dev string left empty whose true place the gazetteer holds under
a name inside the string, the step that declined was found (docs/geocoding-journal.md, section "Known
places left empty"). Three of the causes are general word classes the reader missed in one
position, each fixed here for every position it takes:

* **a unit noun before a name, in a context part**: "Сомониён, район Хамадони" (a village, then
  its district named by the Russian noun before the name). The head's "район X" was read; a
  context part's was not, so the district was ignored and a namesake village 90 km off answered.
  :func:`unit_before_name` gives the level such a noun implies.
* **a common noun, then a compass direction "of" a place**: "a check post northeast of Angoor
  Adda". "a checkpoint near Torkham" was read (the place is what it is near); "northeast of" and
  "5 km north of" after a noun were not. :func:`noun_then_direction` reads them, also after an
  indefinite article and a capitalised unit's name ("a Frontier Constabulary check post"):
  an indefinite article names no place.
* **a Russian settlement noun, a jamoat, then the district**: "недалеко от кишлака Сомониён
  сельского джамоата имени Турдыева района Хамадони" (near the village X of the rural jamoat
  named after Turdyev, of Hamadoni district): read by :func:`.slavic_words.rewrite_village_chain`,
  with the other Russian "near the village of X" rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .district_split import district_name_then_province
from .phrase_patterns import _COMPASS
from .scripts import has_arabic
from .text import name_key

#: "район X", "района X", "область X", "области X", "провинция X": a Russian unit noun before the name
#: (the province noun too: "в уезде Ишкашим, провинция Бадахшан" kept it, so Badakhshan was no context).
_UNIT_BEFORE = re.compile(
    r"^(?:в\s+)?(?P<noun>[Рр]айон[аеу]?|[Оо]бласт(?:и|ь|ью)|[Пп]ровинци(?:я|и|ю|ей))\s+(?=[А-ЯЁ])"
)

#: Common nouns (lowercase), after "the", "a" or "an" (the indefinite article may precede a
#: unit's capitalised name), then a direction "of" a place: the place is what the text is near.
_NOUN_DIRECTION = re.compile(
    r"^(?:(?:an?\s+(?:[A-Z][\w-]*\s+){0,3})|the\s+|some\s+|several\s+|two\s+|three\s+)?"
    r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}\s+"
    rf"(?:(?:about\s+|some\s+)?\d+(?:[.,]\d+)?\s*(?:km|kms|kilomet(?:er|re)s?|miles?)\s+)?(?:just\s+)?{_COMPASS}\s+of\s+"
    r"(?:the\s+)?(?P<place>[A-Z][^\W\d_]*.*)$"
)

#: The word that makes the whole a village or an area (the head then names a small place in the
#: tail): English "area", "village", Persian and Dari "قریه", "روستا", Russian "село", "кишлак".
_SMALL_PLACE_WORD = re.compile(
    r"(?:^|(?<=\s))(?:area|village|قریه|قريه|روستای?|село|села|кишлак|кишлака)(?=\s|$)", re.I
)
#: Urdu "border" after the names ("بوڑکی خرلاچی سرحد", the Borki Kharlachi border): a village
#: written before the crossing it lies at, read as :data:`_SMALL_PLACE_WORD` is.
_URDU_BORDER_AFTER = re.compile(r"(?<=\S)\s+(?:سرحد|بارڈر|باڈر)$")
#: One or two words of a name: capitalised in Latin script, or of another script.
_A_NAME = re.compile(r"^(?:[A-Z][\w'-]*|[^\W\d_a-zA-Z][^\s]*)(?:\s+(?:[A-Z][\w'-]*|[^\W\d_a-zA-Z][^\s]*))?$")


def unit_before_name(name: str) -> tuple[str, str] | None:
    """("Хамадони", "admin2") for "район Хамадони"; None when no Russian unit noun leads."""
    match = _UNIT_BEFORE.match(name)
    if not match or match.end() >= len(name):
        return None
    level = "admin2" if match.group("noun").casefold().startswith("район") else "admin1"
    return name[match.end() :].strip(), level


def noun_then_direction(head: str) -> str | None:
    """The place in "a check post northeast of X" (X), or None."""
    match = _NOUN_DIRECTION.match(head)
    return match.group("place") if match else None


def _province_keys() -> frozenset[str]:
    from .phrase_unlocated import province_keys  # imported here: that module reads this one's words

    return province_keys()


def a_province_name(word: str) -> bool:
    """Is ``word`` a province's name, letter for letter (by its key)?"""
    return name_key(word) in _province_keys()


@lru_cache(maxsize=4)
def _pack_keys(shortest: int = 5, districts: bool = False) -> frozenset[str]:
    """The name keys of every border place the pack curates (names and aliases, any script), of at
    least ``shortest`` letters (a short tail may be a common word; "سوست", Sost, is four); its
    districts and counties too when ``districts`` is set."""
    from .pack import shipped_pack

    return frozenset(
        key
        for entry in shipped_pack()
        if districts or entry.kind != "district"
        for name in (entry.name, *entry.aliases)
        if len(key := name_key(name)) >= shortest
    )


def juxtaposed(name: str, text: str) -> tuple[str, str] | None:
    """("Mazan Sar", "Mashkail") for "Mazan Sar Mashkail": a place, then the border place it lies in.

    Reports put a village or area before the place it belongs to without a word between them:
    English "the Mazan Sar Mashkail area", Dari "احمدآباد اسلامقلعه" (Ahmadabad of Islam Qala,
    the izafet unwritten). When the whole name is unknown, the reader tries the last one or two
    words as the place it lies in, only when they are a border place of the pack (the places
    the reports are about; a word that is merely some town's name is not enough).
    """
    if not _SMALL_PLACE_WORD.search(text) and not _URDU_BORDER_AFTER.search(text):
        return None
    words = name.split()
    for size in (2, 1):
        if not size < len(words) <= size + 2:
            continue
        head, tail = " ".join(words[:-size]), " ".join(words[-size:])
        if not _A_NAME.match(head):  # "the General Medical Practice Center of": no name
            continue
        if name_key(tail) in _pack_keys() and name_key(head) not in _pack_keys():
            return head, tail
    return None


#: Level and kind words that end an Arabic-script name (they are read elsewhere, not as a unit's name).
_NOT_A_UNIT_NAME = frozenset(
    {"سرحد", "سرحدی", "بارڈر", "پوسٹ", "چیک", "علاقہ", "علاقے", "شہر", "گاؤں", "ضلع", "تحصیل", "ایجنسی"}
    | {"صوبہ", "بندر", "مرز", "مرزی", "گذرگاه", "پاس"}
)


def a_pack_name(text: str) -> bool:
    """Is ``text`` a name or spelling of a border place of the pack ("شیرخان بندر", Sher Khan Bandar)?

    A kind word may be part of a name: a reader that takes kind words off keeps such a name whole."""
    return name_key(text) in _pack_keys(4)


@lru_cache(maxsize=1)
def _district_keys() -> frozenset[str]:
    from .pack import shipped_pack

    return frozenset(
        name_key(name) for entry in shipped_pack() if entry.kind == "district" for name in (entry.name, *entry.aliases)
    )


def a_pack_district(word: str) -> bool:
    """Is ``word``, letter for letter, the name or a spelling of a district or county of the pack ("تایباد")?"""
    return name_key(word) in _district_keys()


#: A border-place kind word opening the text: port, crossing, customs, border post; or a district's unit
#: word ("ولسوالی غوریان هرات", the district Ghoryan, Herat): either says the name after it is one place's.
_KINDS = r"(?:بندر|گذرگاه|گمرک|پاسگاه|پایانه|ولسوالی|ولسوالي|ولسوالۍ|شهرستان)"
_KIND_FIRST = re.compile(rf"^\s*{_KINDS}(?:\s|$)")


def _kind_before(name: str, text: str) -> bool:
    """Does a kind word open ``text`` or stand right before ``name`` in it ("چهار منطقه در ولسوالی
    برمل پکتیکا", four areas in the district Barmal, Paktika: the unit word is the name's own)?"""
    return bool(_KIND_FIRST.match(text) or re.search(rf"(?<!\S){_KINDS}\s+{re.escape(name)}(?!\S)", text))


def place_then_unit(name: str, text: str = "") -> tuple[str, str] | None:
    """("سوست", "ہنزہ") for "سوست ہنزہ": a border place of the pack, then the unit it lies in.

    Urdu, Persian and Pashto name a place and then its tehsil or district without a word between
    them (the izafet unwritten): "سوست ہنزہ" (Sost, Hunza). :func:`juxtaposed` reads the
    order when the unit is the pack's; here the place is, and the unit after it (one word, unknown
    to the pack) is read as its context; or one word, then a province's name (the head may be
    known only by its sound: "بندر تورغندی هرات"), when a kind word opens ``text``; or, after a
    one-word pack name (a county's too), a unit
    of two words ("سرخس خراسان رضوی", Sarakhs, Razavi Khorasan). Persian "در" (in) before a one-word
    unit says the same and is read so ("بندر تورغندی در هرات", geo89). Arabic script only: English
    writes "Sost, Gojal".
    """
    words = name.split()
    if "در" in words[1:-1]:  # "میرجاوه در سیستان و بلوچستان": a pack place in a province of several words (geo146)
        at = len(words) - 1 - words[::-1].index("در")
        head, tail = " ".join(words[:at]), " ".join(words[at + 1 :])
        if len(words) - at > 2 and name_key(tail) in _province_keys() and name_key(head) in _pack_keys(4):
            return head, tail
    if len(words) >= 3 and words[-2] == "در":  # "بندر تورغندی در هرات": "در" (in) before the unit, read so
        words = [*words[:-2], words[-1]]
    if not 2 <= len(words) <= 3 or not has_arabic(name) or words[-1] in _NOT_A_UNIT_NAME:
        return None
    head, tail = " ".join(words[:-1]), words[-1]
    if name_key(head) in _pack_keys(4) and name_key(tail) not in _pack_keys(4):
        return head, tail
    # "بندر تورغندی هرات" (the port Torghundi, Herat): after a border-place kind word, a name the
    # pack may know only by its sound, then a province's name: the province is its context (the
    # chain trusts the name or not). Without the kind word, "منطقه عمومی زابل" (the general area of
    # Zabol) would make "general" a place of Zabul province.
    if (
        len(words) == 2
        and _kind_before(name, text)
        and name_key(tail) in _province_keys()
        and name_key(head) not in _province_keys()
    ):
        return head, tail
    # "سرخس خراسان رضوی" (Sarakhs, Razavi Khorasan): one pack name, a county's too, then a
    # province's two-word name; the context reader resolves the tail or leaves it aside.
    head, tail = words[0], " ".join(words[1:])
    if len(words) == 3 and name_key(head) in _pack_keys(4, True) and words[1] not in _NOT_A_UNIT_NAME:
        return head, tail
    return None


def district_then_province(name: str, text: str) -> list[tuple[str, str | None]] | None:
    """[("برمل", "admin2"), ("پکتیکا", "admin1")] for a context part "ولسوالی برمل پکتیکا" (the district
    Barmal, Paktika) after "در" (in): the district, then its province's name with no word between them,
    read as the same words opening the text are (:func:`place_then_unit`). One word each, the second a
    province's name and the first none, after a kind word: "دو ولسوالی X و Y" (two districts, X and Y)
    is a list, never a district and its province. A district's name of more words ("در ولسوالی دند پتان پکتیا")
    is split by :func:`.district_split.district_name_then_province`, as is one the pack keeps whole with its
    word ("ولسوالی واخان")."""
    if split := district_name_then_province(name, text):
        return [(split[0], "admin2"), (split[1], "admin1")]
    words = name.split()
    if len(words) != 2 or not has_arabic(name) or not a_province_name(words[1]) or a_province_name(words[0]):
        return None
    if not _kind_before(name, text):
        return None
    return [(words[0], "admin2"), (words[1], "admin1")]


#: Persian and Dari "areas" (or "area") before the names of an area list: "مناطق زور برول و سور کمر".
_AREAS_WORD = re.compile(r"^(?:مناطق|منطقه|منطقهٔ|ساحات|ساحه)\s+(?=\S)")


def areas_then_unit(name: str, text: str) -> tuple[str, str] | None:
    """("مناطق زور برول و سور کمر", "دانگام") for "مناطق زور برول و سور کمر دانگام": areas, then their district.

    Dari names the areas of a district and then the district with no unit word and no izafet
    written ("the Zor Barol and Sur Kamar areas of Dangam"); with "ولسوالی" before the district
    the reader already splits it. Read only after an "areas" word, when the last one or two words
    are a district or border place of the pack and the words before them are not: the district
    holds the areas, which are unknown and stay the name (the reader may have taken the word off).
    """
    if not _AREAS_WORD.match(text.strip()) or not has_arabic(name):
        return None
    match = _AREAS_WORD.match(name)
    lead = name[: match.end()] if match else ""
    words = name[len(lead) :].split()
    for size in (2, 1):
        if len(words) <= size:
            continue
        head, tail = " ".join(words[:-size]), " ".join(words[-size:])
        if words[-size - 1] in ("و", "او", "اور") or words[-size] in _NOT_A_UNIT_NAME:
            continue
        if name_key(tail) in _pack_keys(4, True) and name_key(head) not in _pack_keys(4, True):
            return f"{lead}{head}", tail
    return None


def split_name(name: str, text: str) -> tuple[str, str] | None:
    """A name read as a place and the unit it lies in, by :func:`juxtaposed`,
    :func:`.district_split.district_name_then_province` (a district's word, its name, its province),
    :func:`place_then_unit` or :func:`areas_then_unit`, in that order; None when none of them splits it."""
    return (
        juxtaposed(name, text)
        or district_name_then_province(name, text)
        or place_then_unit(name, text)
        or areas_then_unit(name, text)
    )


#: A district's unit word in Persian letters ("ولسوالی", "شهرستان"), the name straight after it.
_DISTRICT_WORD = r"(?:ولسوالی|ولسوالي|ولسوالۍ|شهرستان)(?:\s|\u200c)+"


def split_level(head: str, text: str, level: str | None) -> str | None:
    """The level the place of a split (:func:`split_name`) keeps: the whole name's district level where a district's
    word stands right before ``head`` in ``text`` ("ولسوالی سپینبولدک کندهار", the district Spin Boldak, Kandahar: the
    province after the name is its container, and the word is still the district's, as with a comma between them);
    else None (a word after the place may be the unit's, not the place's: geo179)."""
    if level != "admin2":
        return None
    return level if re.search(rf"(?<!\S){_DISTRICT_WORD}{re.escape(head)}(?!\S)", text) else None
