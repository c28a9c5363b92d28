"""Place phrases in Azerbaijani (and Turkish) Latin letters, rewritten in the English spelling the tiers hold.

The eighty-second batch's Azerbaijani string "Əfqanıstanın Tacikistanla sərhəddə yerləşən Şirhan keçid qapısı" (the
Sherkhan crossing gate of Afghanistan, on its border with Tajikistan, g7943) was empty: "Şirhan" is held in no tier,
nor is any spelling of the class. Azerbaijani and Turkish write "ş" for "sh", "ç" for "ch", "c" for "j", "ğ" for
"gh", "ə" for "a", "ı" for "i", and "x" (Azerbaijani) or "h" (Turkish) for "kh": "Şirxan", "Şirhan", "Çaman",
"Cəlalabad". The spelling is rewritten letter for letter into the English one, as the pack and GeoNames write the
names ("Shirkhan", "Chaman", "Jalalabad"); a Turkish "h" becomes "kh" only where that spelling is, letter for
letter, a name of a pack place ("Shirkhan"; "Herat" keeps its "h"). Two frames are read with it: the lead "X-ın
Y-la sərhəddə yerləşən" (of X, lying on the border with Y: the report's countries hold both) is taken off, and the
crossing's words after the name ("keçid qapısı", crossing gate; "keçid məntəqəsi", crossing point; "keçidi";
Turkish "sınır kapısı") are read as "crossing".

Only a text that holds a letter neither Turkmen nor Uzbek writes ("ə", "ı", "ğ"), or an "x" beside an "ş" or "ç"
("Şirxan": Turkmen writes no "x", Uzbek no "ş"), none of Turkmen's own letters ("ý", "ň", "ä", "ž") and no Turkmen or
Uzbek unit word (:func:`.scripts.has_latin_turkic`: their reader is :mod:`.turkic_latin`), and only where the rewrite
changes it. "ş" and "ç" alone are Turkmen's too: a first version read them, and a guard that looks a Turkmen village
up alone ("Marçak", of g2747) found "Marchak" across the line, Murichaq in Badghis, and emptied a right answer; a bare
Turkish "Şirhan" or "Çaman" is left unread. "q" is kept ("Qala", "Qandahar" are English spellings too).
:func:`azerbaijani_off` gives the rewritten text, or None.
"""

from __future__ import annotations

import re
from functools import cache

from .scripts import has_latin_turkic
from .text import name_key

__all__ = ["azerbaijani_off"]

#: The letters of the class that neither Turkmen nor Uzbek writes, one of which the text must hold ...
_OWN = re.compile(r"[əƏıİğĞ]")
#: ... or Azerbaijani "x" (Uzbek's too) beside "ş" or "ç" (Turkmen's too): "Şirxan".
_X, _SH = re.compile(r"[xX]"), re.compile(r"[şŞçÇ]")
#: Turkmen's own letters: a Turkmen text is :mod:`.turkic_latin`'s.
_TURKMEN = re.compile(r"[ýÝňŇäÄžŽ]")
#: Anything but Latin letters, digits, spaces and hyphens: another script, a bracket, a comma.
_NOT_PLAIN = re.compile(r"[^\w\s'’-]|[\u0400-\u04ff\u0600-\u06ff]")
#: "Əfqanıstanın Tacikistanla sərhəddə yerləşən" (of Afghanistan, lying on the border with Tajikistan), at the head.
_LEAD = re.compile(r"^\S+?n[ıiuü]n\s+\S+?(?:la|lə)\s+sərhəd\w*\s+yerləşən\s+(?=\S)", re.IGNORECASE)
#: The crossing's words after the name: Azerbaijani "(sərhəd) keçid qapısı / məntəqəsi", "keçidi"; Turkish
#: "sınır kapısı".
_CROSSING = re.compile(
    r"\s+(?:(?:sərhəd\s+)?keçid(?:i|\s+qapısı|\s+məntəqəsi)?|(?:sınır\s+)?kapısı)$",
    re.IGNORECASE,
)
_LETTERS = str.maketrans(
    {"ş": "sh", "Ş": "Sh", "ç": "ch", "Ç": "Ch", "ğ": "gh", "Ğ": "Gh", "ə": "a", "Ə": "A", "ı": "i", "İ": "I",
     "x": "kh", "X": "Kh", "ö": "o", "Ö": "O", "ü": "u", "Ü": "U"}
)  # fmt: skip
#: "c" for "j", but not a "c" before "h": neither language writes "ch", so "Chaman", "Chitral" in Turkish copy are
#: English spellings kept as they are (not "Jhaman"); a "ç" made "ch" above is not touched either.
_C_FOR_J = re.compile(r"[cC](?![hH])")
#: A Turkish "h" for "kh": not after the letters that make "sh", "ch", "kh", "gh", "zh" of it.
_LONE_H = re.compile(r"(?<![sckgzSCKGZ])h")


@cache
def _pack_keys() -> frozenset[str]:
    """The name keys of every pack place (names and aliases), the spellings a Turkish "h" may stand in."""
    from .pack import shipped_pack

    return frozenset(name_key(name) for entry in shipped_pack() for name in (entry.name, *entry.aliases))


def _english(name: str) -> str:
    """ "Şirhan" → "Shirkhan"; "Cəlalabad" → "Jalalabad"; "Herat" → "Herat"; "Chaman" → "Chaman"."""
    english = _C_FOR_J.sub(lambda c: "J" if c[0] == "C" else "j", name).translate(_LETTERS)
    khs = _LONE_H.sub("kh", english)
    return khs if khs != english and name_key(khs) in _pack_keys() else english


def azerbaijani_off(text: str) -> str | None:
    """``text`` in the English spelling with its frame read (see the module), or None where it is not of the class."""
    text = " ".join(text.split())
    if not (_OWN.search(text) or (_X.search(text) and _SH.search(text))):
        return None
    if _TURKMEN.search(text) or _NOT_PLAIN.search(text) or has_latin_turkic(text):
        return None
    name = _LEAD.sub("", text, count=1)
    crossing = _CROSSING.search(name)
    name = name[: crossing.start()] if crossing else name
    if not name.strip():
        return None
    rewritten = _english(name) + (" crossing" if crossing else "")
    return rewritten if rewritten != text else None
