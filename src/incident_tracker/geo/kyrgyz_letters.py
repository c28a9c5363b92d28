"""Kyrgyz and Kazakh letters read as Russian letters: a name of Russian copy (batch 91), a Kazakh part (geo187).

Russian reports from Kyrgyzstan often keep a village's own letters: "в Көк-Таше и Төрт-Көчө в Баткенской
области" (in Kok-Tash and Tort-Kocho, Batken region; `dev` g8830) writes "ө" where Russian spelling writes "о".
The name then takes a Russian case ending ("Көк-Таше", the locative), and neither the readers of Russian case
forms nor the gazetteer know such a hybrid: "в Кок-Таше" is Kek-Tash, "в Көк-Таше" was nothing. Worse, the list
of two villages was not seen as one, since its first part was no known place, and the province after it stood
in for the list: confidently wrong (:mod:`.unit_list_guard` needs one part to be a place of the province).

:func:`russian_letters` writes ө, ү and ң as о, у and н in the text's capitalised words (names), and only
where the text is Russian copy: it holds a Russian preposition or conjunction (:data:`_RUSSIAN_WORD`) and no
word in small letters holds a Kyrgyz letter (a Kyrgyz or Kazakh sentence, "Көк-Таш айылындагы", is read by its
own rules and left alone). A name written so alone ("Көк-Таш") is left as it is: the border pack records it.

:func:`kazakh_part_in_russian_letters` reads a context part of Kazakh copy the same way (geo187): Kazakh reports
write a neighbour's district in Kazakh letters ("Жалал-Абад облысы Ақсый ауданына қарасты Дейрес ауылында", Deires
village of Aksy district; `dev` g6445), where the gazetteer and the pack keep the Russian or Kyrgyz spelling
("Аксы"). The district, read in Russian letters, is asked for as the Russian spelling would be; the part is only
read so where the spelling as written anchors nothing.
"""

from __future__ import annotations

import re

__all__ = ["kazakh_part_in_russian_letters", "russian_letters"]

#: The Kyrgyz (and Kazakh) letters Russian spelling writes otherwise: ө → о, ү → у, ң → н.
_TO_RUSSIAN = str.maketrans("ӨөҮүҢң", "ОоУуНн")
_KYRGYZ = re.compile(r"[ӨөҮүҢң]")
#: The letters of Kazakh that Russian spelling writes otherwise: қ → к, ғ → г, ң → н, ө → о, ұ and ү → у, і → и,
#: ә → а, һ → х.
_KAZAKH_TO_RUSSIAN = str.maketrans("ҚқҒғҢңӨөҰұҮүІіӘәҺһ", "КкГгНнОоУуУуИиАаХх")
_KAZAKH = re.compile(r"[ҚқҒғҢңӨөҰұҮүІіӘәҺһ]")
#: A Russian preposition or conjunction, a word of its own (Kyrgyz and Kazakh write none of them so).
_RUSSIAN_WORD = re.compile(r"(?<!\S)(?:в|во|на|и|из|под|около|возле|близ|вблизи|между|от|до|к|по)(?!\S)", re.IGNORECASE)


def _capitalised(word: str) -> bool:
    """Does the word's first letter (after any bracket or quote) stand in capitals?"""
    return next((letter for letter in word if letter.isalpha()), "").isupper()


def _read_word(word: str) -> str:
    """A capitalised word in Russian letters; any other word as it is."""
    return word.translate(_TO_RUSSIAN) if _capitalised(word) else word


def russian_letters(text: str) -> str:
    """``text`` with its names' Kyrgyz letters in Russian letters, where it is Russian copy
    ("в Көк-Таше" → "в Кок-Таше"); any other text as it is."""
    if not _KYRGYZ.search(text) or not _RUSSIAN_WORD.search(text):
        return text
    words = text.split(" ")
    if any(_KYRGYZ.search(word) and not _capitalised(word) for word in words):
        return text  # a word in small letters in Kyrgyz letters: Kyrgyz or Kazakh copy
    return " ".join(_read_word(word) for word in words)


def kazakh_part_in_russian_letters(part: str) -> str | None:
    """A Cyrillic context part with Kazakh letters, in Russian letters ("Ақсый" → "Аксый"); None for one with none."""
    return part.translate(_KAZAKH_TO_RUSSIAN) if _KAZAKH.search(part) else None
