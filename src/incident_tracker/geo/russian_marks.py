"""Marks of Russian copy that stopped the reader before a known name (the ninety-first batch).

Four of the batch's `dev` strings were left empty though their words, written the usual way, are read:

- **A capitalised preposition opening the text**: "В Көк-Таше" (in Kok-Tash, g8831): a sentence starts with a
  capital, and the readers took "В" for a name's first word. A preposition opening the text with a capital, before
  a capitalised word, is read in small letters, as batch 90's opening border word "Граница" is
  (:mod:`.opening_marks`).
- **A dash inside a name's adjective**: "в Ноокенском районе Джалал–Абадской области" (g8800): the page wrote an
  en dash where the name has a hyphen. Two names joined by a dash are a pair (:mod:`.dash_pair`), but the dash
  inside one word made an adjective of a unit ("Джалал–Абадской области") joins the halves of one name: it is read
  as a hyphen there only.
- **The country after the unit**: "Внутри Баткенской области КР" (inside Batken region of the KR, g8810): the
  reader knows the country's name after a province ("Баткенской области Кыргызстана"), not its abbreviation or
  its long form. After a Russian unit noun, "КР" and "Кыргызской (Киргизской) Республики", "РТ" and "Республики
  Таджикистан", "РУз" and "Республики Узбекистан" are read as the country's name in the genitive.
- **A dash before an apposition**: "Сох — анклав Узбекистана в горах Кыргызстана" (Sokh, an enclave of Uzbekistan
  in Kyrgyzstan's mountains, g8828): Russian sets a spaced dash between a name and what it is. Where the word
  after the dash is a noun of what a place is, in the nominative (enclave, village, town, district, region), the
  dash is read as the comma the reader knows ("Сох, анклав Узбекистана"); two names joined so stay a pair.

:func:`russian_marks_off` gives the text so read; a text with none comes back as it was.
"""

from __future__ import annotations

import re

from .phrase_patterns import RU_AREA_ADJECTIVE, RU_AREA_NOUN

__all__ = ["russian_marks_off"]

#: A Russian preposition opening the text with a capital, then a capitalised word.
_OPENING_PREPOSITION = re.compile(r"^(?P<word>В|Во|На|Из|Под|Около|Возле|Близ|Вблизи)(?=\s+[А-ЯЁӨҮ])")
#: An en or em dash inside one Cyrillic word that ends as a unit's adjective before its noun ("Джалал–Абадской
#: области").
_DASH_IN_ADJECTIVE = re.compile(
    rf"(?<=[А-ЯЁа-яё])[\u2013\u2014](?=[А-ЯЁ][а-яё]*{RU_AREA_ADJECTIVE}\s+{RU_AREA_NOUN}(?!\w))"
)
#: The country's abbreviation or long name after a unit noun, each with its genitive name.
_COUNTRY_AFTER_UNIT = {
    r"КР|К[ыи]рг[ыи]зской\s+Республики|Республики\s+К[ыи]рг[ыи]зстан": "Кыргызстана",
    r"РТ|Республики\s+Таджикистан": "Таджикистана",
    r"РУз|Республики\s+Узбекистан": "Узбекистана",
}
_COUNTRY_AFTER = [
    (re.compile(rf"(?<=\s)(?P<noun>{RU_AREA_NOUN})\s+(?:{forms})$"), name)
    for forms, name in _COUNTRY_AFTER_UNIT.items()
]
#: A name (one to three capitalised words), a spaced dash, then a noun of what the place is, in the nominative
#: ("— анклав", "— село"): an apposition. Other words after the dash are left to the readers ("Тургунди – афганского
#: поселка …", `dev` g1855, an adjective in the genitive, is read as it was).
_DASH_BEFORE_APPOSITION = re.compile(
    r"^(?P<name>[А-ЯЁ][^\W\d_]*(?:-[^\W\d_]+)*(?:\s+[А-ЯЁ][^\W\d_]*(?:-[^\W\d_]+)*){0,2})"
    r"\s+[\u2013\u2014-]\s+(?=(?:анклав|эксклав|село|кишлак|аул|деревня|посёлок|поселок|город|район|область)(?!\w))"
)


def russian_marks_off(text: str) -> str:
    """``text`` with an opening preposition in small letters, a dash inside a unit's adjective as a hyphen, the
    country after a unit by its name, and a dash before an apposition as a comma."""
    text = _OPENING_PREPOSITION.sub(lambda match: match.group("word").lower(), text)
    text = _DASH_IN_ADJECTIVE.sub("-", text)
    for pattern, name in _COUNTRY_AFTER:
        text = pattern.sub(rf"\g<noun> {name}", text)
    return _DASH_BEFORE_APPOSITION.sub(r"\g<name>, ", text)
