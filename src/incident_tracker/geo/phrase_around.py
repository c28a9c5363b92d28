"""Words the older readers left around a known name: prepositions, case endings, unit words, region heads.

They left the eighteenth batch's dev answers empty in five scripts.

"в Хайратоне" (Russian: in Hairatan, the locative ending), "Кавок района Шамсиддина Шохина"
(the district named by a noun in the genitive), "新疆维吾尔自治区喀什地区塔什库尔干塔吉克自治县境内"
(a region and a prefecture the Chinese reader does not know, before a county it does), "از
منطقه سراوان" and "در سراوان" (Persian: from, in), "مرزبانان سراوان" and "مرزهای سیستان و
بلوچستان" (the border guards, the borders of), a watchtower with a quoted name "of the Saravan
border regiment", "باجوڑ ضلع میں … سرحد پر" (Urdu: in Bajaur district, on the border), "منطقة كنج
الواقعة في ولاية نيمروز جنوب أفغانستان" (Arabic: the area X, lying in Nimroz province, south
Afghanistan), "the Langorbut and Kavti areas of Arandhi" (two areas of a town). Each is one
general shape: :func:`rewrite_around` rewrites the text into a form the reader knows, or
returns None. No rewritten text matches again, so the reader's recursion ends.
"""

from __future__ import annotations

import re

from .phrase_case import rewrite_case
from .phrase_patterns import COUNTRY_STEMS
from .scripts import has_arabic, has_cyrillic, has_han

# --- Russian ------------------------------------------------------------------------------

#: "в Хайратоне", "на Термезе", "по Термезу": one name after a preposition, in the locative or
#: dative case (masculine names drop the ending: Хайратон, Термез).
_RU_CASE = re.compile(
    r"^(?:в|во|на|по|к)\s+(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?P<end>е|у)$",
)
#: "(в местности) Кавок района Шамсиддина Шохина": a place, then its district named by a noun in
#: the genitive ("района", "области") and a name whose words end in the genitive -а.
_RU_NOUN_UNIT = re.compile(
    r"^(?:(?:в|во)\s+(?:местности|селе|кишлаке|посёлке|поселке|местечке)\s+)?"
    r"(?P<place>[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*)?)(?<!ского)(?<!ской)(?<!цкого)(?<!цкой)\s+(?P<noun>района|области)\s+"
    r"(?P<unit>[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*){0,2})$"
)
#: "города Баткена" (of the town of Batken): a settlement noun in the genitive, then the name in it.
_RU_OF_TOWN = re.compile(
    r"^(?:города|села|посёлка|поселка|кишлака|местечка)\s+(?P<name>[А-ЯЁ][а-яё]+[бвгджзклмнпрстфхцчшщ])а$"
)
#: "окрестности аэропорта в Баткене": common nouns (lowercase), then "in" a place: near the place.
_RU_NOUNS_IN = re.compile(r"^[а-яё]+(?:\s+[а-яё]+){0,3}\s+(?:в|во)\s+(?P<name>[А-ЯЁ][а-яё]+[бвгджзклмнпрстфхцчшщ])е$")
_RU_GENITIVE_A = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])а$")

# --- Chinese ------------------------------------------------------------------------------

#: A region or prefecture at the head of a Chinese chain: "新疆维吾尔自治区", "喀什地区".
_HAN_HEAD = re.compile(r"^[\u4e00-\u9fff]{2,10}?(?:自治区|自治區|地区|地區)")
#: What the reader must still see after the head: a finer unit word.
_HAN_FINER = re.compile(r"(?:县|縣|区|區|市|镇|鎮|乡|鄉|村|口岸)")

# --- Persian and Dari ---------------------------------------------------------------------

#: "از منطقه سراوان" (from), "در سراوان" (in), "به" (to), "تا" (as far as), before the place.
_FA_PREPOSITION = re.compile(r"^(?:از|در|به|تا)\s+(?=\S)")
#: "مرزهای X" (the borders of X), "مرزبانان X" (the border guards of X), "مرز X".
_FA_BORDER_OF = re.compile(r"^(?:مرزهای|مرزهاي|مرزها|مرز|مرزبانان|مرزداران)\s+(?P<name>\S.*)$")
#: "برجک مرزبانی «مزه سر» هنگ مرزی سراوان": a post or tower with a quoted name, of a border regiment
#: named after its county: the name is a designation, the county holds the post.
_FA_POST_OF_REGIMENT = re.compile(
    r"^(?:برجک|پاسگاه|پایگاه|پست)(?:\s+(?:مرزبانی|مرزی))?\s+[«\"“][^»\"”]+[»\"”]\s+هنگ\s+مرزی\s+(?P<county>\S.*)$"
)

# --- Urdu ---------------------------------------------------------------------------------

#: "باجوڑ ضلع میں پاکستان-افغانستان سرحد پر": the unit word after the name, then "in", then what is
#: there; a border phrase there says which border, not where on it.
_UR_UNIT_IN = re.compile(
    r"^(?P<name>\S+(?:\s+\S+)?)\s+(?P<unit>ضلع|تحصیل|ایجنسی|صوبہ|صوبے)(?:\s+میں(?:\s+(?P<rest>\S.*))?)?$"
)
_UR_BORDER_PHRASE = re.compile(r"^(?:\S+[-\s])*\S*\s*(?:سرحد|بارڈر|باڈر)(?:\s+(?:پر|کے\s+قریب))?$")

# --- Arabic -------------------------------------------------------------------------------

#: "منطقة X الواقعة في ولاية Y": X, lying in Y.
_AR_LYING_IN = re.compile(r"^(?P<name>\S.*?)\s+(?:الواقعة|الواقع|الواقعه)\s+(?:في\s+|ب)(?P<where>\S.*)$")
#: "… جنوب أفغانستان" (in the south of Afghanistan): a quarter of the country after the last unit.
_AR_QUARTER = re.compile(r"\s+(?:شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي)(?:\s+(?:شرق|غرب))?\s+(?P<country>\S+)$")

# --- English ------------------------------------------------------------------------------

#: "the Langorbut and Kavti areas of Arandhi": two areas of one town; the town, an area around it.
_EN_AREAS_OF = re.compile(
    r"^(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+and\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+"
    r"(?:areas|villages|localities)\s+of\s+(?P<town>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)$"
)


_AR_TO_FA = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ي": "ی", "ك": "ک"})


def _a_country(word: str) -> bool:
    """Is ``word`` a country of the region ("پاکستان", "أفغانستان", "Таджикистана")?"""
    return any(word.casefold().translate(_AR_TO_FA).startswith(stem) for stem in COUNTRY_STEMS)


def _russian(text: str) -> str | None:
    if (case := rewrite_case(text)) is not None:  # "в Исфаре": Исфара, a feminine name (see the module)
        return case
    if (match := _RU_CASE.match(text)) or (match := _RU_OF_TOWN.match(text)):
        return match.group("name")
    if match := _RU_NOUNS_IN.match(text):
        return f"near {match.group('name')}"
    if (match := _RU_NOUN_UNIT.match(text)) and not _a_country(match.group("unit")):
        unit = " ".join(_RU_GENITIVE_A.sub("", word) for word in match.group("unit").split())
        noun = "район" if match.group("noun") == "района" else "область"
        return f"{match.group('place')}, {noun} {unit}"
    return None


def _chinese(text: str) -> str | None:
    """Cut the heads the Chinese reader cannot read, while a finer unit remains and the rest reads."""
    from .phrase_cyrillic import rewrite_phrase

    if rewrite_phrase(text) is not None:
        return None
    rest = text
    while (match := _HAN_HEAD.match(rest)) and _HAN_FINER.search(rest[match.end() :]):
        rest = rest[match.end() :]
        if rewrite_phrase(rest) is not None:
            return rest
    return None


def _arabic_script(text: str) -> str | None:
    if match := _FA_POST_OF_REGIMENT.match(text):
        return f"هنگ مرزی {match.group('county')}"
    if (match := _FA_PREPOSITION.match(text)) and not _a_country(text[match.end() :]):
        return text[match.end() :]
    if (match := _FA_BORDER_OF.match(text)) and not any(_a_country(word) for word in match.group("name").split()):
        return match.group("name")
    if match := _UR_UNIT_IN.match(text):
        unit, name = "صوبہ" if match.group("unit") == "صوبے" else match.group("unit"), match.group("name")
        rest = match.group("rest") or ""
        # The reader knows "ضلع X", "تحصیل X", "صوبہ X" and "X ایجنسی": each unit word in its own place.
        where = f"{name} {unit}" if unit == "ایجنسی" else f"{unit} {name}"
        if where == text:
            return None
        return where if not rest or _UR_BORDER_PHRASE.match(rest) else f"{rest}، {where}"
    if match := _AR_LYING_IN.match(text):
        where = match.group("where")
        if (quarter := _AR_QUARTER.search(where)) and _a_country(quarter.group("country")):
            where = f"{where[: quarter.start()]}، {quarter.group('country')}"
        return f"{match.group('name')}، {where}"
    return None


def rewrite_around(text: str) -> str | None:
    """The text without the words around its name (see the module), or None when it has none of them."""
    flat = " ".join(text.split())
    if has_han(flat):
        return _chinese(flat)
    if has_cyrillic(flat):
        return _russian(flat)
    if has_arabic(flat):
        return _arabic_script(flat)
    if match := _EN_AREAS_OF.match(flat):
        return f"the {match.group('town')} area"
    return None
