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

#: Bump when name_key, phonetic_key, words or strip_level fold a name otherwise: the gazetteer
#: stores their keys, and :func:`.build.data_digest` hashes this number, so a cached gazetteer
#: built with the old keys is rebuilt instead of matching new query keys against old stored ones.
KEYS_VERSION = 3

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
        # Urdu writes Persian's ه as ہ (heh goal) and its final ۀ as ۂ: "ہرمند" is "هرمند" (Hirmand).
        "ہ": "ه",
        "ۂ": "ه",
        # Persian writes the ezafe on a final heh as one letter, ۀ (heh with yeh above): "منطقۀ" is "منطقه".
        "ۀ": "ه",
    }
)

#: Letters that Persian, Dari, Pashto or Urdu write and Arabic does not: a text holding one is
#: read in those languages, whose readers spell the yeh, the kaf and the heh their own way.
_PERSIANATE = re.compile(r"[پچژگکیۀۂہھےںٹڈڑۍېښږځڅټډړڼ]")
#: The Arabic letter forms such a text may mix in (the alef maksura ى for the final ی, the Arabic
#: kaf ك), folded as :func:`name_key` folds them; the heh with yeh above (the ezafe) is a heh.
#: The Arabic yeh ي stays: Pashto writes it as a letter of its own, and the readers list it.
_PERSIANATE_FOLD = str.maketrans({"ى": "ی", "ك": "ک", "ۀ": "ه"})
#: Letters of Urdu alone (Pashto writes ه, ې, ټ, ډ, ړ for them): in an Urdu text the Arabic yeh ي is the
#: Urdu ی typed with an Arabic keyboard ("وزيرستان كي تحصيل", the forty-eighth batch's g4532).
_URDU_ONLY = re.compile(r"[ہےںٹڈڑ]")
#: A guillemet or quote glued to a letter outside it ("ولسوالیهای«سرکانو» و«خاص»"): a word boundary.
_GLUED_OPEN = re.compile(r"(?<=\w)(?=[«“])")
_GLUED_CLOSE = re.compile(r"(?<=[»”])(?=\w)")
#: The suffix "-gah" (place of) typed apart from its stem, with a space or a half-space: "گزر گاہ",
#: "گذر گاه" (crossing), "پاس گاه" (post), "بندر گاه" (port), "ایست گاه" (station): one word.
#: The Urdu noon ghunna "ں" is a word's last letter only: typed inside a word ("کںڑ"), it is a misspelt noon.
_GHUNNA_INSIDE = re.compile(r"ں(?=[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff])")
_GAH_APART = re.compile(r"(?<!\S)(گزر|گذر|پاس|پای|بندر|ایست|قرار|فرود)[ \u200c]+(گاه|گاہ)(?!\S)")

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
    # Cyrillic х is written kh, h or x (Uzbek Latin): all three fall silent, like h itself
    # ("Khamyab"/"Hamyab", "Shokhin"/"Shohin", "Xorazm"/"Khorezm").
    ("kh", ""),
    ("gh", "g"),
    ("ph", "f"),
    ("th", "t"),
    ("dh", "d"),
    ("bh", "b"),
)
_LETTERS = str.maketrans({"q": "k", "x": None, "w": "v", "h": None, "e": "a", "i": "a", "o": "a", "u": "a", "y": "a"})
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


def fold_persianate(text: str) -> str:
    """A Persian, Dari, Pashto or Urdu text with Arabic letter forms folded to its own, and the
    guillemets glued to its words set apart by a space.

    The phrase readers match unit words as these languages spell them ("ولسوالیهای", "منطقه");
    an outlet that types the alef maksura ("ولسوالىهاى"), the ezafe heh ("منطقۀ") or a guillemet
    with no space before it ("و«خاص»") wrote the same words, which :func:`name_key` already
    folds for the gazetteer; so is a "-gah" word typed in two ("گزر گاہ", crossing), and in an Urdu text
    the Arabic yeh ("كي" for the genitive "کی") and a noon ghunna inside a word ("قںدھار"). A text with no
    letter of these languages (Arabic, and every other script) is returned unchanged.
    """
    if _PERSIANATE.search(text) is None:
        return text
    text = _GAH_APART.sub(r"\1\2", text.translate(_PERSIANATE_FOLD))
    if _URDU_ONLY.search(text) is not None:
        text = _GHUNNA_INSIDE.sub("ن", text.replace("ي", "ی"))
    return _GLUED_CLOSE.sub(" ", _GLUED_OPEN.sub(" ", text))


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

    Khorog/Khorugh/Xorog → ``arag``; Kulyab/Kŭlob/Куляб → ``kalab``.
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


class ByLength:
    """Strings grouped by length, so that a ratio search scores only those that can reach its cutoff.

    The InDel ratio of two strings of lengths a and b (rapidfuzz's ``fuzz.ratio``) is at most
    100 * (1 - |a - b| / (a + b)): a string much shorter or longer than the query cannot score
    the cutoff, and scoring all ~3,700 province keys cost ~0.3 ms on most lookups. The strings
    keep their order, so ``process.extract`` ranks ties as over the whole list.
    """

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self._kept: dict[tuple[int, float], list[str]] = {}

    def near(self, length: int, cutoff: float) -> list[str]:
        """The strings that a query of ``length`` letters may match at ``cutoff`` (a little more: never fewer)."""
        kept = self._kept.get((length, cutoff))
        if kept is None:
            slack = 1 - (cutoff - 1) / 100
            kept = [t for t in self.texts if abs(len(t) - length) <= slack * (len(t) + length)]
            self._kept[(length, cutoff)] = kept
        return kept


# --- level words: "X province", "district of X" ------------------------------------

#: The unit words written beside a name in Persian, Dari, Pashto, Urdu and English (district, tehsil, province,
#: county, sub-district): an alternation for a pattern. :data:`.role_guard.UNIT_IN_BRACKETS` (a bracket that
#: places a name) and :mod:`.list_guard` (each part of a list of two names its own unit) add their own words to it.
UNIT_WORDS = r"ضلع|تحصیل|صوبہ|استان|شهرستان|ولسوالی|ولایت|بخش|district|province|tehsil"
#: Persian, Dari, Pashto and Urdu put the level word first: "ولایت پکتیا" (province Paktia),
#: "ولسوالی دند پتان", "ضلع باجوڑ" (district …), "استان سیستان", "شهرستان سراوان" (county …).
_ADMIN1_PREFIX = re.compile(
    r"^(?:(?:the\s+)?(?:province|region|oblast|governorate|state)\s+of\s+|(?:ولایت|ولايت|استان|صوبہ|صوبه)\s+)",
    re.IGNORECASE,
)
#: Pakistani English does the same: "Tehsil Mand, district Kech" (a capital letter must follow:
#: "district hospital" names no district).
_ADMIN2_PREFIX = re.compile(
    r"^(?:(?:the\s+)?district\s+of\s+|(?:ولسوالی|ولسوالي|ولسوالۍ|ضلع|شهرستان|تحصیل|تحصيل|بخش)\s+|"
    r"(?:district|tehsil|tahsil)\s+(?=(?-i:[A-Z])))",
    re.IGNORECASE,
)
_ADMIN1_SUFFIX = re.compile(
    r"\s+(?:province|provinsi|region|oblast|oblysy|viloyati?|vilayat|wilayat|welayaty?|velayat|governorate|state|"
    r"autonomous\s+(?:region|province|oblast)|autonomous\s+republic)$",
    re.IGNORECASE,
)
_ADMIN2_SUFFIX = re.compile(
    r"\s+(?:district|rayon|raion|nohiya|nohiyai|woleswali|wuluswali|tehsil|tahsil|county|sub-?district|agency|"
    r"ایجنسی|ڈسٹرکٹ|کاؤنٹی|کاونٹی|"
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
        from . import phrase, phrase_patterns

        return getattr(phrase_patterns if name == "DEMONYMS" else phrase, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# --- many keys at once (the gazetteer build) ---------------------------------------
#
# The build derives about 1.4 million keys. Calling name_key and phonetic_key on each
# costs ~7 s; the same steps applied once to a few thousand texts joined by line breaks
# cost a fraction of that. Every step maps characters without looking across a line
# break (NFKD reorders combining marks only up to the next base character; no digraph
# or run of letters spans one), so the joined result splits back into the same keys.
# str.translate with a dict table looks up every character in Python objects; a regex
# that finds the few characters the table changes is several times faster.

_SPECIAL_CHARS = {chr(code): value or "" for code, value in _SPECIAL.items()}
_SPECIAL_ANY = re.compile("[" + re.escape("".join(_SPECIAL_CHARS)) + "]")
_NON_WORD_KEEP_LINES = re.compile(r"[^\w\n]+|_+")
#: What _VOWEL_RUN and then _DOUBLE collapse together: any run of one letter ("a" from the vowels,
#: then "b" to "z"), in one pass; collapsing a run never makes a new one.
_RUN = re.compile(r"([a-z])\1+")


def _first_letter(match: re.Match[str]) -> str:
    return match.group(1)


def _special(text: str) -> str:
    return _SPECIAL_ANY.sub(lambda match: _SPECIAL_CHARS[match.group()], text)


def name_keys(texts: list[str]) -> list[str]:
    """``[name_key(t) for t in texts]``, computed over the texts joined by line breaks.

    Best for a few thousand texts at a time (longer texts get slower per character);
    texts that hold a line break themselves are keyed one by one. The ASCII texts (about
    three in five names) are keyed apart, as bytes: for them the key is the lower-case
    letters and digits, and ``bytes.translate`` deletes the rest faster than a regex.
    """
    joined = "\n".join(texts)
    if not texts or joined.count("\n") != len(texts) - 1:
        return [name_key(text) for text in texts]
    if joined.isascii():
        return _ascii_keys(joined)
    is_ascii = [text.isascii() for text in texts]
    plain = _ascii_keys("\n".join([text for text, flag in zip(texts, is_ascii, strict=True) if flag]))
    other = [text for text, flag in zip(texts, is_ascii, strict=True) if not flag]
    folded = _special(unicodedata.normalize("NFKD", _special("\n".join(other).casefold())))
    keyed = _NON_WORD_KEEP_LINES.sub("", folded).split("\n")
    if len(keyed) != len(other):  # pragma: no cover - a character that folds into a line break
        return [name_key(text) for text in texts]
    plain_keys, other_keys = iter(plain), iter(keyed)
    return [next(plain_keys) if flag else next(other_keys) for flag in is_ascii]


#: ASCII bytes that are neither letters nor digits (the line break stays: it separates the texts).
_ASCII_NON_WORD = bytes(code for code in range(128) if not chr(code).isalnum() and code != 10)


def _ascii_keys(joined: str) -> list[str]:
    """The keys of ASCII texts joined by line breaks: ``name_key`` folds nothing else there
    (no ASCII letter is in ``_SPECIAL``, NFKD leaves ASCII as it is, ``casefold`` is ``lower``)."""
    return joined.encode("ascii").lower().translate(None, _ASCII_NON_WORD).decode("ascii").split("\n")


def phonetic_keys(keys: list[str]) -> list[str | None]:
    """``[phonetic_key(k) for k in keys]`` for name keys, the Latin ones joined by line breaks.

    Runs of vowels and doubled letters are collapsed in one regex pass over the joined keys
    (a callable replacement: a ``\\1`` template is slower, and 26 ``str.replace`` passes, one per
    letter, were twice as slow).
    """
    latin = [key if key.isascii() else key.translate(_CYRILLIC) for key in keys]
    kept = [
        i
        for i, key in enumerate(latin)
        if key.isascii() and key.isalnum() and (key.islower() or key.isdigit() or _LATIN.fullmatch(key))
    ]
    out: list[str | None] = [None] * len(keys)
    if not kept:
        return out
    joined = "\n".join(latin[i] for i in kept)
    for digraph, replacement in _DIGRAPHS:
        if digraph in joined:
            joined = joined.replace(digraph, replacement)
    joined = _RUN.sub(_first_letter, joined.translate(_LETTERS))
    for i, key in zip(kept, joined.split("\n"), strict=True):
        out[i] = key or None
    return out


def stands_whole(word: str, text: str) -> bool:
    """Does ``word`` stand in ``text`` as words of their own, not a half of a hyphened name
    ("Sistan" in "Iran's Sistan province", not "Gorno" in "Gorno-Badakhshan")?"""
    return re.search(rf"(?<![\w-]){re.escape(word.strip())}(?![\w-])", text, re.IGNORECASE) is not None
