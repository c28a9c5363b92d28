"""Place-name text: folding, transliteration, phonetic keys, and the level words of a name.

Analysts write the same town half a dozen ways — Khorog, Khorugh, Xorog, Хорог;
Ishkashim, Ishqoshim, Eshkashem — so names are compared through keys rather than
as typed:

* :func:`name_key` folds case, accents, apostrophes, hyphens and spaces away
  ("Qal'ai-Khumb" → ``qalaikhumb``), keeping Cyrillic and Arabic-script letters so
  that Хорог and خروغ still match their own spellings exactly;
* :func:`latin_key` transliterates Cyrillic to Latin on top of that;
* :func:`phonetic_key` erases the differences that transliteration systems make
  (q/k, kh/k, gh/g, sh/s, x/k, w/v, every run of vowels → ``a``, doubled letters),
  so Ishkashim, Ishqoshim, Eshkashem and Ashkasham all become ``askasam``.

Pure functions, standard library only: this module is imported by the build, by
every lookup and by the tests. Reading a whole query ("near X", "X district of Y")
is :mod:`.phrase`'s; its names stay importable from here.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

#: Letters that Unicode decomposition does not reduce to ASCII, and marks that are
#: letters to Unicode but apostrophes to a reader (ʼ ʻ), or a Persian tatweel.
_SPECIAL = str.maketrans(
    {
        "ı": "i",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "ł": "l",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ħ": "h",
        "ŧ": "t",
        "ŋ": "n",
        "ə": "a",
        "ǝ": "a",
        "ʼ": "",
        "ʻ": "",
        "ʿ": "",
        "ʾ": "",
        "ˈ": "",
        "ـ": "",
        # Arabic-script letters that Persian, Pashto and Urdu write differently.
        "ي": "ی",
        "ى": "ی",
        "ك": "ک",
        "ة": "ه",
    }
)

#: Everything that is not a letter or digit of some script (combining marks,
#: spaces, punctuation, zero-width joiners) — removed from keys.
_NON_WORD = re.compile(r"[\W_]+")

#: Scripts whose names are kept in the gazetteer: Latin, Cyrillic, Arabic (Persian,
#: Pashto, Urdu). Other scripts are dropped to keep the index small.
_KEPT_SCRIPTS = re.compile(r"[a-z0-9\u0400-\u04ff\u0500-\u052f\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+")

_CYRILLIC = str.maketrans(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "д": "d",
        "е": "e",
        "ж": "zh",
        "з": "z",
        "и": "i",
        "й": "y",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ф": "f",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ъ": "",
        "ы": "y",
        "ь": "",
        "э": "e",
        "ю": "yu",
        "я": "ya",
        "ғ": "gh",
        "қ": "q",
        "ҳ": "h",
        "ҷ": "j",
        "ң": "ng",
        "ү": "u",
        "ұ": "u",
        "ө": "o",
        "ә": "a",
        "і": "i",
        "ї": "i",
        "є": "e",
        "ў": "u",
        "ҫ": "s",
    }
)

#: Digraphs first (longest first), then single letters; applied to a Latin key.
_DIGRAPHS = (
    ("shch", "s"),
    ("sch", "s"),
    ("tch", "c"),
    ("dzh", "j"),
    ("dj", "j"),
    ("zh", "j"),
    ("sh", "s"),
    ("ch", "c"),
    ("kh", "k"),
    ("gh", "g"),
    ("ph", "f"),
    ("th", "t"),
    ("dh", "d"),
    ("bh", "b"),
)
_LETTERS = str.maketrans({"q": "k", "x": "k", "w": "v", "h": None, "e": "a", "i": "a", "o": "a", "u": "a", "y": "a"})
_VOWEL_RUN = re.compile(r"a+")
_DOUBLE = re.compile(r"([b-z])\1+")
_LATIN = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """The exact-match key: case, accents, apostrophes, hyphens and spaces folded away.

    "Qal'ai-Khumb", "Qalaikhumb" and "QALAI KHUMB" share the key ``qalaikhumb``;
    "Kŭlob" and "Kulob" share ``kulob``.
    """
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_SPECIAL)).translate(_SPECIAL)
    return _NON_WORD.sub("", folded)


def words(text: str) -> list[str]:
    """The folded words of a text, for token-level comparisons ("Gorno-Badakhshan" → gorno, badakhshan)."""
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_SPECIAL)).translate(_SPECIAL)
    folded = re.sub(r"[\u0300-\u036f'’‘`]", "", folded)
    return [w for w in _NON_WORD.split(folded) if w]


def kept_script(key: str) -> bool:
    """Is a key in a script the gazetteer keeps (Latin, Cyrillic, Arabic)?"""
    return bool(key) and _KEPT_SCRIPTS.fullmatch(key) is not None


def latin_key(key: str) -> str:
    """A key with Cyrillic transliterated to Latin (other scripts left as they are)."""
    return key.translate(_CYRILLIC)


@lru_cache(maxsize=65536)
def phonetic_key(key: str) -> str | None:
    """The transliteration-blind key of a name key, or None for a non-Latin name.

    Khorog/Khorugh/Xorog → ``karag``; Kulyab/Kŭlob/Куляб → ``kalab``.
    """
    latin = key.translate(_CYRILLIC)
    if not _LATIN.fullmatch(latin):
        return None
    for digraph, replacement in _DIGRAPHS:
        if digraph in latin:
            latin = latin.replace(digraph, replacement)
    latin = latin.translate(_LETTERS)
    latin = _DOUBLE.sub(r"\1", _VOWEL_RUN.sub("a", latin))
    return latin or None


# --- level words: "X province", "district of X" ------------------------------------

_ADMIN1_PREFIX = re.compile(r"^(?:the\s+)?(?:province|region|oblast|governorate|state)\s+of\s+", re.IGNORECASE)
_ADMIN2_PREFIX = re.compile(r"^(?:the\s+)?district\s+of\s+", re.IGNORECASE)
_ADMIN1_SUFFIX = re.compile(
    r"\s+(?:province|provinsi|region|oblast|oblysy|viloyati?|vilayat|wilayat|welayaty?|velayat|governorate|state|"
    r"autonomous\s+(?:region|province|oblast)|autonomous\s+republic)$",
    re.IGNORECASE,
)
_ADMIN2_SUFFIX = re.compile(
    r"\s+(?:district|rayon|raion|nohiya|nohiyai|woleswali|wuluswali|tehsil|tahsil|county|sub-?district|agency|"
    r"tribal\s+(?:region|district|agency|area))$",
    re.IGNORECASE,
)


def strip_level(text: str) -> tuple[str, str | None]:
    """Remove "province"/"district" words from a name, returning the level they imply."""
    stripped = text.strip()
    for pattern, level in ((_ADMIN1_PREFIX, "admin1"), (_ADMIN2_PREFIX, "admin2")):
        match = pattern.match(stripped)
        if match:
            return stripped[match.end() :].strip(), level
    for pattern, level in ((_ADMIN2_SUFFIX, "admin2"), (_ADMIN1_SUFFIX, "admin1")):
        match = pattern.search(stripped)
        if match and match.start() > 0:
            return stripped[: match.start()].strip(), level
    return stripped, None


_PHRASE_NAMES = frozenset({"DEMONYMS", "ParsedQuery", "context_parts", "parse_query", "strip_kind"})


def __getattr__(name: str) -> Any:
    """Reading a query lives in :mod:`.phrase`; its names are still importable from here (no import cycle)."""
    if name in _PHRASE_NAMES:
        from . import phrase

        return getattr(phrase, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
