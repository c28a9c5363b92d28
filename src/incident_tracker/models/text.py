"""Comparing what a user typed with a vocabulary (folding, near misses, listing choices), and the one
normalisation of stored text (tidy_text)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..errors import ValidationError

#: The vocabulary parsers are pure and an import calls them once per row with the same
#: few dozen spellings: caching them makes validation cheap (errors are not cached).
PARSE_CACHE = 4096


#: What a text holding a NUL is told; the import says it after the row's line and column.
NUL_REFUSAL = "holds a NUL character (\\x00), which no text may: remove it."

#: A NUL, or a lone surrogate: json.loads accepts "\ud800", and Python turns command-line
#: bytes that are not UTF-8 into \udc80-\udcff; SQLite cannot store either as UTF-8.
#: Compiled on first use: 0.3 ms that a command writing no text does not pay.
_UNSTORABLE = "[\x00\ud800-\udfff]"


@lru_cache(maxsize=1)
def _unstorable() -> re.Pattern[str]:
    return re.compile(_UNSTORABLE)


def text_refusal(text: str) -> str | None:
    """Why ``text`` cannot be stored (the end of a sentence that begins with where it is), or None.

    An ASCII text is checked for a NUL only (``isascii`` costs nothing); other text once more
    for a surrogate, which is half of a UTF-16 pair or a byte of another encoding, never text.
    """
    if text.isascii():
        return NUL_REFUSAL if "\x00" in text else None
    found = _unstorable().search(text)
    if found is None:
        return None
    if found.group() == "\x00":
        return NUL_REFUSAL
    return (
        f"holds {found.group()!r}, which is not a character (a byte that is not UTF-8, or half of "
        "a UTF-16 pair): write it as UTF-8 text."
    )


def refuse_nul(text: str, field: str) -> str:
    """``text`` as it is, or a :class:`ValidationError` naming ``field`` if it holds a NUL or a
    lone surrogate (:func:`text_refusal`).

    The one rule every write of text passes through (a record's fields, a source, a place,
    a history reason): SQLite would keep a NUL, but no text means one, a CSV cell cannot
    carry it back in, and C functions cut the text at it; a surrogate cannot be written as
    UTF-8 at all, and crashed the write. Other control characters are kept: CSV and JSON
    carry them both ways, and the display shows them escaped.
    """
    refusal = text_refusal(text)
    if refusal is not None:
        raise ValidationError(f"{field} {refusal}", field=field)
    return text


#: The longest run of digits an article may hold: Python reads no longer one as a number
#: (``sys.get_int_max_str_digits``'s default), and the extraction's reader stopped with a ValueError on one.
MAX_NUMBER_DIGITS = 4300


@lru_cache(maxsize=1)
def _long_number() -> re.Pattern[str]:
    return re.compile(rf"\d{{{MAX_NUMBER_DIGITS + 1},}}")


def article_refusal(text: str) -> str | None:
    """Why ``text`` cannot be read as an article (the end of a sentence that begins with its name), or None.

    A NUL or a lone surrogate (:func:`text_refusal`) is no character of an article: a UTF-16 file read as
    UTF-8 is half NULs, and every draft of such a text would be refused when added. A number of more than
    :data:`MAX_NUMBER_DIGITS` digits is none either (probe17).
    """
    if text_refusal(text) is not None:
        where = next(i for i, c in enumerate(text) if c == "\x00" or "\ud800" <= c <= "\udfff")
        return (
            f"holds {text[where]!r} at character {where + 1:,}: it is not plain text (a UTF-16 or binary file?). "
            "Save the article as UTF-8 text."
        )
    if (number := _long_number().search(text)) is not None:
        return (
            f"holds a number of {len(number.group()):,} digits at character {number.start() + 1:,}: no article "
            f"gives one of more than {MAX_NUMBER_DIGITS:,}."
        )
    return None


def refuse_article(text: str, name: str) -> None:
    """A :class:`ValidationError` ``"{name} {why}"`` when ``text`` cannot be read as an article
    (:func:`article_refusal`). The one wording of the refusal: ``tracker extract`` names the file
    (``nul.txt holds '\\x00' …``), the library ``extract_drafts`` its argument (``text holds …``); before, each
    built its own sentence from the reason (probe18)."""
    if (refusal := article_refusal(text)) is not None:
        raise ValidationError(f"{name} {refusal}", field="text")


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower-case, strip accents and punctuation noise, collapse spaces.

    Used to compare what a user typed with a vocabulary, so that "Air/Drone strike",
    "air drone strike" and "AIR/DRONE  STRIKE" all match. Cached: a bulk import
    checks the same few hundred vocabulary words a million times, and without the
    cache folding them was most of the cost of validating a record.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    no_marks = "".join(c for c in decomposed if not unicodedata.combining(c))
    lowered = no_marks.casefold().replace("_", " ").replace("-", " ")
    return re.sub(r"\s+", " ", re.sub(r"[/,.;:'’‘`\"()]", " ", lowered)).strip()


def listed(values: tuple[str, ...] | list[str]) -> str:
    """The valid values, as an error message lists them."""
    return ", ".join(values)


def did_you_mean(text: str, values: tuple[str, ...] | list[str], cutoff: float = 0.6) -> str:
    """ " Did you mean 'drone'?" for a near miss of a vocabulary value, else "".

    Compared folded (case, accents, separators), as the parsers compare; difflib is
    imported only when a value was not recognised.
    """
    import difflib

    folded = {fold(v): v for v in values}
    close = difflib.get_close_matches(fold(text), list(folded), n=1, cutoff=cutoff)
    return f" Did you mean {folded[close[0]]!r}?" if close else ""


#: The fields that name someone or somewhere (a place, an actor, a group of victims): compared,
#: grouped and looked up by their text, so an invisible difference there makes two of one (a source's outlet
#: too, and a user's place, whose name is tidied as ``place``).
NAME_FIELDS = frozenset(
    {"place", "location", "admin1", "admin2", "origin_place", "victims", "perpetrator", "attributed_by", "outlet"}
)
#: Characters without a glyph that a PDF, a Word file or a web page leaves inside a name: the soft
#: hyphen (a place a line may break), the zero-width space, the word joiner, a byte-order mark.
INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
#: The zero-width joiner and non-joiner beside a Latin, Greek or Cyrillic letter (or ASCII): there they
#: join nothing. Between Persian, Arabic or Indic letters they shape the word (ZWNJ is Persian's
#: half-space, "می‌شود") and are kept.
IDLE_JOINERS = re.compile(
    "(?<=[\u0000-\u02af\u0370-\u052f])[\u200c\u200d]|[\u200c\u200d](?=[\u0000-\u02af\u0370-\u052f])"
)
#: Spaces that look like a space: the tab, the no-break space (Word's), the narrow and figure spaces,
#: the ideographic space, the en and em spaces. Each becomes one space.
_OTHER_SPACES = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
#: Line breaks (a run of them, ``\r\n`` among them), which a name copied across two lines of a page carries:
#: one space in a name, whose table row they split in two and whose search and count they split (probe16).
#: A description and notes keep theirs.
_LINE_BREAKS = re.compile("[\n\r\x0b\x0c\x85\u2028\u2029]+")


def tidy_text(name: str, text: str) -> str:
    """``text`` as the record keeps it: the one normalisation of stored text, applied by every write
    (``normalize_record``, an import's rows). Every field is composed (NFC: "Işkaşim" typed with a
    combining cedilla is the same letters as the precomposed one, and Unicode holds them equal); a
    name (:data:`NAME_FIELDS`) also loses the invisible characters a pasted text carries
    (:data:`INVISIBLE`, joiners between letters they cannot join) and has other spaces as spaces,
    so that a search, a filter, a count by perpetrator and a duplicate check see one name, and a line break
    in a name is a space (:data:`_LINE_BREAKS`). No letter is
    changed: an Arabic ي stays ي, a Cyrillic а in a Latin name stays (``tracker list`` shows it); only
    characters Unicode keeps for old encodings give way to their canonical equals under NFC (a CJK
    compatibility ideograph, the Ångström sign).
    ASCII text without a control character is returned at once."""
    if text.isascii():
        if name in NAME_FIELDS and not text.isprintable():  # a tab or a line break (isprintable: C, at once)
            return _LINE_BREAKS.sub(" ", text).replace("\t", " ")
        return text
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if name in NAME_FIELDS:
        text = _OTHER_SPACES.sub(" ", IDLE_JOINERS.sub("", INVISIBLE.sub("", _LINE_BREAKS.sub(" ", text))))
    return text


def tidy_source_text(field: str, text: str) -> str:
    """A source's field as stored, stripped: composed (NFC) as every stored text is, and its outlet, a name, also
    without the invisible characters and other spaces a pasted name carries (:func:`tidy_text`), as an
    incident's names are; the URL as given (an address is not prose). ``check_source`` and the import's
    fast path of a sources cell both store this."""
    if field == "url":
        return text.strip()
    return tidy_text(field, text).strip()


#: Arabic letters a Persian reader reads as the Persian letter: the yeh typed on an Arabic keyboard (ي), the
#: alef maqsura pasted Persian text has for a final yeh (ى), the Arabic kaf (ك). "كندز" and "کندز" are one
#: name. The record keeps the letter typed; every comparison folds it here, the one folding for ``--search``,
#: ``--actor``, ``--perpetrator``, ``--admin1``, ``stats``' groups and ``timeline``'s lanes.
ARABIC_AS_PERSIAN = {"ي": "ی", "ى": "ی", "ك": "ک"}
#: Each folded letter and the forms it is written in, the Persian one first.
PERSIAN_LETTER_FORMS = {
    persian: (persian, *(arabic for arabic, same in ARABIC_AS_PERSIAN.items() if same == persian))
    for persian in dict.fromkeys(ARABIC_AS_PERSIAN.values())
}


def persian_letters_sql(expression: str) -> str:
    """SQL folding the text of ``expression`` as :data:`ARABIC_AS_PERSIAN` does (a GROUP BY key: SQLite's
    ``replace``, no function of ours, so any client may run it)."""
    for arabic, persian in ARABIC_AS_PERSIAN.items():
        expression = f"replace({expression}, '{arabic}', '{persian}')"
    return expression


def persian_forms(text: str, most: int = 27) -> list[str]:
    """``text`` in every form its yeh and kaf are written in (:data:`ARABIC_AS_PERSIAN`), the text as given
    first; the letters past ``most`` forms stay as typed. For a filter that compares whole values or
    patterns, so that an index still serves it (a folded column would be read row by row)."""
    if not any(ch in ARABIC_AS_PERSIAN or ch in PERSIAN_LETTER_FORMS for ch in text):
        return [text]
    forms = [""]
    for ch in text:
        letters = PERSIAN_LETTER_FORMS.get(ARABIC_AS_PERSIAN.get(ch, ch))
        if letters is not None and len(forms) * len(letters) <= most:
            forms = [form + letter for form in forms for letter in letters]
        else:
            forms = [form + ch for form in forms]
    return list(dict.fromkeys([text, *forms]))


def control_character(text: str) -> str | None:
    """The first control character in ``text`` (a line break, a tab, an escape, or Unicode's line and
    paragraph separators), or None. A file name holding one is refused before the file is made
    (probe20): every ``ls | …``, ``find | xargs`` and list of file names then splits or garbles it."""
    return next((c for c in text if unicodedata.category(c) == "Cc" or c in "\u2028\u2029"), None)
