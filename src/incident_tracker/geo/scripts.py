"""Which scripts a text holds: the one test every phrase rule asks before its regular expressions.

Most rules of the phrase reader are written for one script (Russian word forms, Persian and Urdu
unit words, Chinese unit chains). A rule for Cyrillic cannot match a text without a Cyrillic
letter, so asking first which scripts the text holds (a character class, one scan) skips its
expressions on every other text: most strings are Latin, and each rule used to run its
expressions on them all. The ranges are the blocks the rules are written in: Cyrillic
U+0400–U+04FF and its supplement U+0500–U+052F (Komi, Abkhaz, Khanty letters: a name key keeps
them, so the sound matchers meet them as Cyrillic too; one definition for both), Arabic
U+0600–U+06FF (Persian, Dari, Pashto and Urdu letters lie in it too), the CJK unified ideographs
U+4E00–U+9FFF. Turkmen and Uzbek in Latin letters share their script with English, so their gate
is a word's stem instead: a unit word ("welaýat", "etrap", "tuman") or a crossing word
("o‘tkazish", "geçelge", "serhet terminaly"), or the Turkmen locative adjective "-daky"/"-däki" on
a word ("Sarahsdaky", the one in Sarahs), without which their reader has nothing to read.
"""

from __future__ import annotations

import re

__all__ = ["has_arabic", "has_arabic_letter", "has_cyrillic", "has_han", "has_latin_turkic"]

_CYRILLIC = re.compile(r"[\u0400-\u052f]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
#: The Arabic block and its supplement, extended-A and presentation forms: every letter the
#: sound matchers and the script guards may meet in a name key, not only in a phrase.
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: The stems of the Turkmen and Uzbek (Latin) unit words (province, district, village, city):
#: a text without one holds no chain for :mod:`.turkic_latin` to read.
_LATIN_TURKIC = re.compile(
    r"\b(?:wela[ýy]at|etra[pb]|raýon|rayon(?:i|ida|idagi|ining)\b|oba|viloyat|tuman|qishlo|şäher|şəhər|kənd|shahri|mahallas|(?:eksk?la|ankla)(?:vi|wy)|o[‘'ʻ’]tkazish|geçelge|serhet|terminaly)"
    r"|\w[dt](?:aky|äki)\b",
    re.IGNORECASE,
)


def has_cyrillic(text: str) -> bool:
    """Does ``text`` hold a Cyrillic letter (U+0400–U+052F: the block and its supplement)?"""
    return _CYRILLIC.search(text) is not None


def has_arabic(text: str) -> bool:
    """Does ``text`` hold a character of the Arabic block (U+0600–U+06FF)?"""
    return _ARABIC.search(text) is not None


def has_arabic_letter(text: str) -> bool:
    """Does ``text`` hold a letter of Arabic script in any of its blocks (Persian, Urdu, Pashto,
    Arabic; presentation forms too)? The test of the sound matchers and the Arabic-script guards."""
    return _ARABIC_LETTER.search(text) is not None


def has_han(text: str) -> bool:
    """Does ``text`` hold a CJK unified ideograph (U+4E00–U+9FFF)?"""
    return _HAN.search(text) is not None


def has_latin_turkic(text: str) -> bool:
    """Does ``text`` hold a Turkmen or Uzbek (Latin) unit word's stem ("welaýat", "etrap", "tuman")?"""
    return _LATIN_TURKIC.search(text) is not None
