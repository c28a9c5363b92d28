"""A context part that names a district or province in the words of the region's other languages.

The reader of a whole string reads "Сарыагашский район" (the Russian adjective and the unit noun, in any case),
"Ақсый ауданы" (Kazakh: the unit noun after the name, with its case ending) and "Aksy etraby" (Turkmen) as a
district; but after a comma, as the unit a place is filed under ("Жибек Жолы, Сарыагашский район"), the same
words were looked up whole, as a name, and ignored: the district neither bounded the choice nor stood in. Only the
genitive after a name with no comma ("село X Сарыагашского района") was read. :func:`unit_part` reads such a part
with the whole string's own readers (:func:`.phrase_cyrillic.russian_area`, :func:`.phrase_cyrillic.rewrite_phrase`,
:func:`.turkic_latin.rewrite_turkic_latin`), and keeps their answer only where it is one name and its level.

:func:`located_part` reads the Russian part that says where the place lies with a participle (the sixty-ninth batch:
"поселком Хушяр, расположенном в анклаве Сох", the village Khushyar, located in the Sokh enclave): "расположенный",
"находящийся", "лежащий" in any case, then "в" and a unit noun before its name (enclave, district, province, village)
or a unit adjective ("расположенном в Исфаринском районе"); the participle said only that the place lies there.
"""

from __future__ import annotations

import re

from .pack import strip_unit
from .phrase_cyrillic import rewrite_phrase, russian_area
from .phrase_patterns import RU_AREA_ADJECTIVE, RU_AREA_NOUN
from .scripts import has_cyrillic, has_latin_turkic
from .turkic_latin import rewrite_turkic_latin

#: "Сарыагашский район", "Сарыагашского района", "в Исфаринском районе", "Баткенская область": a Russian unit
#: named by its adjective alone, in any case the readers meet.
_RU_UNIT = re.compile(
    rf"^(?:(?:в|во)\s+)?(?P<stem>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?){RU_AREA_ADJECTIVE}\s+(?P<noun>{RU_AREA_NOUN})$"
)
#: A participle of location before "в X" (located, lying in): it says only that the place lies in X.
_LOCATED = re.compile(r"^(?:расположенн|находящ|лежащ)[а-яё]*\s+(?=(?:в|во)\s)", re.IGNORECASE)
#: "в анклаве Сох", "в районе X", "в селе X": a unit noun in the prepositional, then the name it holds.
_RU_NOUN_THEN_NAME = re.compile(
    r"^(?:в|во)\s+(?P<noun>(?:анклав|эксклав|район|кишлак|посёлк|поселк)е|област[иь]|сел[еоа])\s+"
    r"(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)$"
)
_NOUN_LEVELS = {"район": "admin2", "област": "admin1"}
#: What the readers give for a unit alone: one name and its unit word, in English.
_ONE_UNIT = re.compile(r"^[^,]+\s(?:district|province)$")


def unit_part(part: str) -> tuple[str, str] | None:
    """(name, level) for a context part that is a district or province in Russian, Kazakh, Kyrgyz, Uzbek or Turkmen
    words ("Сарыагашский район" → ("Сарыагаш", "admin2"), "Ақсый ауданы" → ("Ақсый", "admin2")); None for
    anything else (a village, a chain of units, a part in English or Arabic script)."""
    text = " ".join(part.split())
    if match := _RU_UNIT.match(text):
        english: str | None = russian_area(match.group("stem"), match.group("noun"))
    elif has_cyrillic(text):
        english = rewrite_phrase(text)
    elif has_latin_turkic(text) or text.isascii():
        english = rewrite_turkic_latin(text)
    else:
        return None
    if not english or not _ONE_UNIT.match(english):
        return None
    name, level = strip_unit(english)
    return (name, level) if name and level else None


def located_part(part: str) -> tuple[str, str | None] | None:
    """(name, level) for a Russian part "расположенном в анклаве Сох" (located in the Sokh enclave) or "находящееся в
    Баткенском районе" (see the module): the unit named after the participle, its level where the noun gives one;
    None for a part without the participle."""
    text = " ".join(part.split())
    if not (participle := _LOCATED.match(text)):
        return None
    rest = text[participle.end() :]
    if match := _RU_NOUN_THEN_NAME.match(rest):
        return match.group("name"), _NOUN_LEVELS.get(match.group("noun")[:-1].casefold().replace("ь", ""))
    return unit_part(rest)
