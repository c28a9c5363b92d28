"""Russian case endings of names that are not masculine: "в Исфаре" is Исфара, not "Исфар".

:mod:`.phrase_around` reads "в Хайратоне" as Хайратон by dropping the ending, which is right
for masculine names only. A feminine name ends in -а or -я (Исфара, Кашгария), a soft one
in -ь (Тюмень), and their cases end otherwise: "в Исфаре", "из Исфары", "под Исфарой",
"в Тюмени", "в Кашгарии". The nominative cannot be told from the ending alone ("в Ванче" is
Ванч, masculine), so each form the ending may come from is tried, and one is taken only
when it is a name the border pack or the province names know as such (:func:`known_name`):
a case-stripped form never answers as a sound-alike of a name.

After a preposition meaning "near" ("возле", "около", "близ", "вблизи", "у"), which takes the
genitive, a masculine name adds "-а" ("возле Шерхан-Бандара"): the ending is taken off only when
what is left is such a known name, and the text is read as "near" it.

An adjective and its unit noun without a preposition ("Горно-Бадахшанской области", "of
Gorno-Badakhshan region") are read as the reader reads them after "в".
"""

from __future__ import annotations

import re
from functools import lru_cache

from .pack import shipped_pack
from .phrase_patterns import COUNTRY_STEMS, RU_AREA_ADJECTIVE, RU_AREA_NOUN
from .phrase_unlocated import province_keys
from .text import name_key

#: A preposition (or a settlement noun in the genitive), then one name with a case ending.
_CASE_FORM = re.compile(
    r"^(?:(?P<prep>near|в|во|на|по|к|ко|из|от|до|у|около|близ|вблизи|возле|под|над|за|между)\s+)?"
    r"(?:(?:города|села|посёлка|поселка|кишлака|местечка|области|провинции|округа)\s+)?"
    r"(?P<word>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)$"
)
#: The prepositions meaning "near" (each takes the genitive): "возле Шерхан-Бандара" is near
#: Шерхан-Бандар, a masculine name whose genitive adds "-а" after a consonant; so is the "near" another rule wrote
#: for "недалеко от" (not far from: "near Канибадама", geo146).
_NEAR = frozenset({"у", "около", "близ", "вблизи", "возле", "near"})
_MASCULINE_GENITIVE = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])а$")
#: The nominative endings each case ending may stand for (feminine -а/-я, soft -ь), in order;
#: the two-letter endings are tried first.
_NOMINATIVE = {
    "е": ("а", "я"),
    "и": ("ь", "я", "а"),
    "ы": ("а",),
    "у": ("а",),
    "ю": ("я", "ь"),
    "ой": ("а",),
    "ей": ("я", "ь"),
    "ью": ("ь",),
}
#: "Горно-Бадахшанской области", "Исфаринского района": an adjective and its unit noun, alone; the accusative
#: "(в) Баткенскую область" (into the province) and the Turkmen province noun "велаят" name a province too
#: (the endings and nouns of :mod:`.phrase_patterns`, ``RU_AREA_ADJECTIVE`` and ``RU_AREA_NOUN``, written once there).
_ADJECTIVE_UNIT = re.compile(
    r"^(?:(?P<into>в|во)\s+(?=[А-ЯЁ][а-яё-]+[сц]кую\s))?"
    rf"(?P<stem>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?P<adj>{RU_AREA_ADJECTIVE})\s+(?P<noun>{RU_AREA_NOUN})$"
)
#: "автономная область" (autonomous region) in each case, its adjective agreeing: the nominative
#: "-ая … -ая … -ь", the genitive, dative and locative "-ой … -ой … -и", the accusative "-ую … -ую … -ь",
#: the instrumental "-ой/-ою … -ой/-ою … -ью". Every form names the region its nominative names.
_AUTONOMOUS_CASES = {"ая": "ь", "ой": "и", "ую": "ь", "ою": "ью"}
_AUTONOMOUS = re.compile(
    r"^(?:(?:в|во|на|из|по|до|от|к)\s+)?(?P<stem>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?P<letter>[сц])к"
    r"(?P<end>ая|ой|ую|ою)\s+автономн(?P=end)\s+област(?P<noun>ь|и|ью)(?:\s+(?P<country>[А-ЯЁ][а-яё]+))?$"
)


#: "долина Джалалабада", "в долине Кабула", "Пешаварская долина": a valley named after a town, by its genitive or its
#: adjective. Read as the English "X valley" is (the name, ``near``), so that the valley guards decide as they do
#: for it (geo/no_point_guard.py: a city's valley is its province, or no one point).
_RU_VALLEY = re.compile(
    r"^(?:(?:в|во|на|по)\s+)?(?:долин(?:а|е|ы|у|ой)\s+(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)"
    r"|(?P<adjective>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)ск(?:ая|ой|ую)\s+долин(?:а|е|ы|у|ой))$"
)
#: The genitive endings a valley's town name takes, and its nominative's: "Исфары" → Исфара, "Кабула" → Кабул.
_GENITIVE_ENDINGS = (("ы", "а"), ("а", ""), ("я", ""))


def town_of_valley(text: str) -> str | None:
    """The town a Russian valley phrase names, in the nominative: "долина Джалалабада" → "Джалалабад",
    "Пешаварская долина" → "Пешавар", "Исфаринская долина" → "Исфара"; None for any other text. The valley guard
    asks it too (geo/no_point_guard.py): the valley word stands beside the town's genitive, not its name."""
    match = _RU_VALLEY.match(" ".join(text.split()))
    if not match:
        return None
    if adjective := match.group("adjective"):  # "Исфаринская": Исфара, as the unit adjectives are read
        return f"{adjective[:-2]}а" if adjective.endswith("ин") and len(adjective) > 5 else adjective
    name = match.group("name")
    for end, nominative in _GENITIVE_ENDINGS:
        if name.endswith(end) and len(name) > len(end) + 1:
            return f"{name[: -len(end)]}{nominative}"
    return name


@lru_cache(maxsize=1)
def _known_keys() -> frozenset[str]:
    """Name keys of every name of the border pack and of the provinces (:func:`.phrase_unlocated.province_keys`)."""
    pack = {name_key(spelling) for entry in shipped_pack() for spelling in (entry.name, *entry.aliases)}
    return frozenset((pack - {""}) | province_keys())


def known_name(name: str) -> bool:
    """Is ``name`` a name the pack or the province names know, letter for letter (by its key)?"""
    return name_key(name) in _known_keys()


def rewrite_case(text: str) -> str | None:
    """The nominative of a feminine or soft name in a case ("в Исфаре" → "Исфара") when that is a
    known name and the masculine reading (the ending dropped) is not; an adjective and its unit
    noun alone, with the preposition the reader expects; an autonomous region in any case (its
    nominative, when a province name); a town's valley as the English "X valley"; else None."""
    if town := town_of_valley(text):
        return f"{town} valley"
    if (match := _AUTONOMOUS.match(text)) and _autonomous_case(match):
        nominative = f"{match.group('stem')}{match.group('letter')}кая автономная область"
        country = match.group("country")
        if known_name(nominative) and (country is None or country.casefold().startswith(tuple(COUNTRY_STEMS))):
            read = nominative if country is None else f"{nominative} {country}"
            if read != text:  # the nominative itself is read as it stands
                return read
    if match := _ADJECTIVE_UNIT.match(text):
        letter = "ц" if match.group("adj").startswith("ц") else "с"
        unit = f"{letter}ком районе" if match.group("noun").startswith("район") else f"{letter}кой области"
        return f"в {match.group('stem')}{unit}"
    match = _CASE_FORM.match(text)
    if not match:
        return None
    word = match.group("word")
    prep = " ".join((match.group("prep") or "").split()).casefold()
    if prep in _NEAR and not known_name(word):
        # "возле Шерхан-Бандара": near a masculine name in the genitive, taken only when the pack
        # or the province names know the nominative letter for letter ("возле Хорога" is left).
        stem = _MASCULINE_GENITIVE.sub("", word)
        if stem != word and known_name(stem):
            return f"near {stem}"
    elif prep in _NEAR and prep != "near" and match.group(0) != word:
        return f"near {word}"  # "возле Ишкашим": a known name, undeclined, near which it happened
    end = next((e for e in _NOMINATIVE if word.endswith(e) and len(word) > len(e) + 2), None)
    if end is None:
        return None
    stem = word[: -len(end)]
    if end in ("е", "у") and known_name(stem):
        return None  # masculine: :mod:`.phrase_around` drops the ending
    for ending in _NOMINATIVE[end]:
        if end == "и" and ending == "я" and not stem.endswith("и"):
            continue  # "Кашгарии" → Кашгария; "Тюмени" is not "Тюменя"
        if known_name(stem + ending):
            return stem + ending
    return None


def _autonomous_case(match: re.Match[str]) -> bool:
    """Do the adjective's ending and the noun's ending agree in one case ("-ой … области", not "-ой … область")?"""
    noun = match.group("noun")
    return _AUTONOMOUS_CASES[match.group("end")] == noun or (match.group("end") == "ой" and noun == "ью")


def genitive_nominative(word: str) -> str | None:
    """The nominative of a Russian name in the genitive ("Бадахшана" → "Бадахшан", "Исфары" →
    "Исфара") when the pack or the province names know it letter for letter and not the word itself; else None.

    The reference guard asks it: "близ Бадахшана" puts the place near the province, as "near
    Badakhshan" does, but the guard looked up the genitive as written and found nothing.
    """
    if known_name(word):
        return None
    stem = _MASCULINE_GENITIVE.sub("", word)
    if stem != word and known_name(stem):
        return stem
    end = next((e for e in ("ы", "и") if word.endswith(e) and len(word) > 3), None)
    for ending in _NOMINATIVE[end] if end else ():
        if known_name(word[:-1] + ending):
            return word[:-1] + ending
    return None


__all__ = ["genitive_nominative", "known_name", "rewrite_case", "town_of_valley"]
