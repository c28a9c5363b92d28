"""Words wrapped around a name the reader knows, in the twenty-second and twenty-third batches' shapes.

The twenty-second batch's dev strings named known places inside words the readers did not strip: a crossing
noun before a quoted name ("на пограничном мосту "Хайратон — Термез"", "کمیساریای مرزی «شیرخان
بندر»"), the border of two countries before "in the area of" (Persian "مرز ایران و افغانستان در
منطقه X"), a Russian locative the reader knows only in the nominative ("в узбекском анклаве Сох"),
"на территории" (on the territory of) before a province, an Arabic preposition before a unit word
("في منطقة X") or a unit word fused with "ب" (in) after a name ("X بمنطقة Y"), a quarter of a
country after the last unit ("… شمالي أفغانستان"). The twenty-third batch's strings held a Russian
province noun before a name ("сопредельной афганской провинции Бадгис"), the Tajik word for an
Afghan district ("дар улусволии Дашти Қалъа") and a Persian "of the dependencies of the town"
after a name ("X از توابع شهر Y"). Each is a word class, not a phrase:
:func:`rewrite_wrapped` returns the text with the class rewritten into a form the reader knows,
or None. No rewritten text matches again (each rule drops or changes the words it matched), so
the reader's recursion ends.
"""

from __future__ import annotations

import re

from .phrase_patterns import COUNTRY_STEMS
from .scripts import has_arabic, has_cyrillic

__all__ = ["rewrite_wrapped"]

_QUOTED = r"[«\"“„](?P<name>[^»\"”“]+)[»\"”“]"

# --- crossing and border-unit nouns before a quoted name -----------------------------------

#: Russian "мост" (bridge) in any case, with "пограничный" (border) before it in any case, and a
#: preposition; Persian and Dari "پل" (bridge), "کمیساریای مرزی" (border commissariat), Arabic
#: "جسر" (bridge): the quoted name after them is the place ("КПП «Торхам»" is read already).
_CROSSING_NOUN = re.compile(
    r"^(?:(?:на|по|у|через|к)\s+)?(?:пограничн\w+\s+)?мост(?:а|у|ом|е)?\s+"
    r"|^(?:(?:در|از|به)\s+)?(?:پل|کمیساری(?:ای|ا)?\s+مرزی)\s+"
    r"|^(?:(?:في|على|عبر)\s+)?(?:جسر)\s+",
    re.IGNORECASE,
)

# --- the border of two countries, then where on it ------------------------------------------

#: "مرز ایران و افغانستان در منطقه X" (the Iran–Afghanistan border in the area X), Arabic "الحدود
#: بين إيران وأفغانستان في منطقة X": which border, then the place on it.
_BORDER_OF_TWO = re.compile(
    r"^(?:(?:در|از)\s+)?(?:مرز(?:های|هاي)?|الحدود(?:\s+بين)?|الحدود\s+المشتركة\s+بين)\s+"
    r"(?P<one>\S+)\s+و\s*(?P<two>\S+)\s+(?:در|في)\s+(?P<rest>\S.*)$"
)

# --- Russian --------------------------------------------------------------------------------

#: "в узбекском анклаве Сох": the locative of "анклав" and its adjective; the reader knows the
#: nominative ("узбекский анклав Сох").
_RU_ENCLAVE = re.compile(
    r"^(?:в|во)\s+(?:(?P<adjective>[а-яё]+?)(?P<suffix>ск|цк)ом\s+)?анклаве\s+(?P<name>[А-ЯЁ].*)$",
)
#: "на территории Баткенской области": the genitive of a feminine unit is its locative too, so
#: "on the territory of" reads as "in"; "района" (masculine) changes its ending.
_RU_TERRITORY = re.compile(r"^на\s+территории\s+(?P<rest>[А-ЯЁ][а-яё-]*(?:ской|цкой|ского|цкого)\s+\S.*)$")
_RU_DISTRICT_GENITIVE = re.compile(r"^(?P<stem>[А-ЯЁ][а-яё-]*)(?P<suffix>ск|цк)ого\s+района\b")

#: A Russian province noun in any case before an Afghan, Iranian or Pakistani province's name, with
#: a preposition and up to two adjectives before it ("в провинции Тахар", "сопредельной афганской
#: провинции Бадгис"): the reader knows "X province". The name ends the text (a list after it,
#: "провинции Бадахшан - Хохон, Шикай …", stays the list reader's) and no role word precedes it.
_RU_PROVINCE = re.compile(
    r"^(?:(?:в|во|из|на|у|к|до|по|для)\s+)?(?:[а-яё]+(?:ой|ая|ую|ий|ей|ых)\s+){0,2}провинци(?:я|и|ю|ей|ях)\s+"
    r"(?P<name>[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+)?)$"
)
#: Tajik "улусволӣ" (the Dari "ولسوالی", an Afghan district) before a name: "дар улусволии Дашти Қалъа".
#: The name is one name ("Дашти Қалъа" is Dasht-e Qal'ah, not "Dasht of Qal'ah"): "X district".
_TG_DISTRICT = re.compile(
    r"^(?:(?:дар|аз|ба)\s+)?улусвол(?:ии|ӣ|и)\s+(?P<name>[А-ЯЁҲҚҶҒӮӢ][\w-]*(?:\s+[А-ЯЁҲҚҶҒӮӢ][\w-]*){0,2})$"
)

# --- Arabic ---------------------------------------------------------------------------------

#: An Arabic preposition before a unit or area word: "في منطقة X" (in the area X).
_AR_IN_UNIT = re.compile(
    r"^(?:في|فى|من|إلى|الى)\s+(?=(?:منطقة|منطقه|ولاية|ولايه|محافظة|محافظه|مدينة|مدينه|قرية|قريه|إقليم|اقليم|مديرية|مديريه)\s)"
)
#: "معبر X بمنطقة Y" (the crossing X in the area Y): "ب" (in) fused to the unit word after a name.
_AR_FUSED_UNIT = re.compile(r"^(?P<name>\S.*?)\s+ب(?:منطقة|منطقه|مديرية|مديريه|قضاء)\s+(?P<where>\S.*)$")
#: "X از توابع شهر Y" (X, of the dependencies of the town Y): the town after the name, as the county
#: ("از توابع شهرستان Y") is read already (geo/phrase_patterns.py).
_FA_OF_TOWN = re.compile(r"^(?P<name>\S.*?)\s+از\s+توابع\s+(?:شهر|بخش)\s+(?P<owner>\S.*)$")
#: "… شمالي أفغانستان" (in the north of Afghanistan) at the end: the country, kept as context.
_AR_QUARTER = re.compile(
    r"\s+(?:في\s+)?(?:شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي)(?:\s*(?:شرق|غرب|شرقي|غربي))?\s+(?P<country>\S+)$"
)
#: Words that name no place: a quarter after them leaves nothing to locate ("في شمالي أفغانستان").
_NO_NAME = frozenset({"في", "فى", "من", "در", "از", "به", "منطقة", "منطقه", "ولاية", "ولایت", "محافظة", "استان"})
_AR_TO_FA = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ي": "ی", "ك": "ک"})


def _a_country(word: str) -> bool:
    """Is ``word`` a country of the region ("افغانستان", "أفغانستان", "Киргизии")?"""
    return any(word.casefold().translate(_AR_TO_FA).startswith(stem) for stem in COUNTRY_STEMS)


def _quoted_after_noun(text: str) -> str | None:
    """ "на пограничном мосту "Хайратон — Термез"" → the quoted name and what follows it."""
    if (match := _CROSSING_NOUN.match(text)) is None:
        return None
    rest = text[match.end() :]
    if (quoted := re.match(_QUOTED, rest)) is None:
        return None
    return f"«{quoted.group('name').strip()}»{rest[quoted.end() :]}"


def _russian(text: str) -> str | None:
    if match := _TG_DISTRICT.match(text):
        return f"{match.group('name')} district"
    if match := _RU_PROVINCE.match(text):
        return f"{match.group('name')} province"
    if match := _RU_ENCLAVE.match(text):
        adjective = f"{match.group('adjective')}{match.group('suffix')}ий " if match.group("adjective") else ""
        return f"{adjective}анклав {match.group('name')}"
    if match := _RU_TERRITORY.match(text):
        rest = match.group("rest")
        if district := _RU_DISTRICT_GENITIVE.match(rest):
            rest = f"{district.group('stem')}{district.group('suffix')}ом районе{rest[district.end() :]}"
        return f"в {rest}"
    return None


def _arabic(text: str) -> str | None:
    if (match := _BORDER_OF_TWO.match(text)) and _a_country(match.group("one")) and _a_country(match.group("two")):
        return match.group("rest")
    if match := _AR_IN_UNIT.match(text):
        return text[match.end() :]
    if match := _FA_OF_TOWN.match(text):
        return f"{match.group('name')}، {match.group('owner')}"
    quarter = _AR_QUARTER.search(text)
    if quarter and set(text[: quarter.start()].split()) - _NO_NAME and _a_country(quarter.group("country")):
        return f"{text[: quarter.start()]}، {quarter.group('country')}"
    if (match := _AR_FUSED_UNIT.match(text)) and not _a_country(match.group("where").split()[0]):
        return f"{match.group('name')}، {match.group('where')}"
    return None


def rewrite_wrapped(text: str) -> str | None:
    """The text without the words wrapped around its name (see the module), or None."""
    flat = " ".join(text.split())
    cyrillic, arabic = has_cyrillic(flat), has_arabic(flat)
    if not (cyrillic or arabic):
        return None  # every rule here reads Russian, Tajik, Persian or Arabic words
    if (quoted := _quoted_after_noun(flat)) is not None:
        return quoted
    if cyrillic:
        return _russian(flat)
    return _arabic(flat)
