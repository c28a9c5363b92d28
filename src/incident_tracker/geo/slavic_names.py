"""A pack district's two-word name in Russian, cut to its first word or split round its unit noun.

Russian reports name a district of two words in shorter or broken forms: "в районе Шамсиддин"
(the first word alone; the district is Шамсиддин Шохин) and "Шохинского района Шамсиддина" (the
second word made an adjective before "района", the first after it in the genitive). Neither form
is a name the gazetteer holds, so the district was left empty. Both are read here back into the
whole name, and only into a name the border pack records letter for letter in Cyrillic for one
district: the first word must follow a district noun, open exactly one district's name and be no
place's name of its own (:func:`.phrase_case.known_name`); the split form must give, put back
together, a district's recorded spelling. Nothing here fills a place the pack does not name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .pack import shipped_pack
from .scripts import has_cyrillic
from .text import name_key

__all__ = ["locative_stem", "whole_district_name"]

#: A district noun, then one capitalised word that no other capitalised word follows.
_NOUN_THEN_WORD = re.compile(r"(?P<noun>\b[Рр]айон[аеу]?)\s+(?P<word>[А-ЯЁ][а-яё]+)(?![\w-])(?!\s+[А-ЯЁ])")
#: "Шохинского района Шамсиддина": an adjective, "района" (or "районе"), a name in the genitive.
_SPLIT = re.compile(
    r"(?<![\w-])(?P<adjective>[А-ЯЁ][а-яё]+?)(?:ского|ском|ский)\s+район[аеу]?\s+(?P<word>[А-ЯЁ][а-яё]+)(?![\w-])"
)
#: The masculine genitive "-а" after a consonant ("Шамсиддина" is Шамсиддин's).
_GENITIVE = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])а$")
#: Unit nouns that open some recorded spellings ("Район Шамсиддин Шохин"): not a name's first word.
_UNIT_WORDS = frozenset({"район", "ноҳияи", "нохияи"})


@lru_cache(maxsize=1)
def _districts() -> tuple[dict[str, str], dict[str, str | None]]:
    """Every Cyrillic spelling of a pack district of two words or more, by its key (as written, without
    a leading unit noun); and each first word's key, with the spelling it opens (None when the first
    words of two districts' names are the same)."""
    whole: dict[str, str] = {}
    first: dict[str, str | None] = {}
    owner: dict[str, str] = {}
    for entry in shipped_pack():
        if entry.kind != "district":
            continue
        for spelling in (entry.name, *entry.aliases):
            words = spelling.lstrip("=").split()
            if words and words[0].casefold() in _UNIT_WORDS:
                words = words[1:]
            if len(words) < 2 or not has_cyrillic(spelling) or not all(w[:1].isupper() for w in words):
                continue
            name = " ".join(words)
            whole[name_key(name)] = name
            key = name_key(words[0])
            if key in owner and owner[key] != entry.name:
                first[key] = None  # two districts open so: the first word names neither
            else:
                owner[key] = entry.name
                first.setdefault(key, name)
    return whole, first


def _nominatives(word: str) -> tuple[str, ...]:
    """The word as written and without a genitive "-а"."""
    bare = _GENITIVE.sub("", word)
    return (word, bare) if bare != word else (word,)


def whole_district_name(text: str) -> str | None:
    """The text with a pack district's name made whole ("в районе Шамсиддин" → "в районе Шамсиддин
    Шохин"; "Кавок Шохинского района Шамсиддина" → "Кавок, район Шамсиддин Шохин"), or None."""
    if not has_cyrillic(text):
        return None
    from .phrase_case import known_name  # imported here: that module reads the pack's names too

    whole, first = _districts()
    if match := _SPLIT.search(text):
        for word in _nominatives(match.group("word")):
            name = f"{word} {match.group('adjective')}"
            if name_key(name) in whole:
                before = text[: match.start()].rstrip(" ,")
                return f"{before}, район {whole[name_key(name)]}" if before else f"район {whole[name_key(name)]}"
    match = _NOUN_THEN_WORD.search(text)
    if match:
        for word in _nominatives(match.group("word")):
            opened = first.get(name_key(word))
            if opened is not None and not known_name(word):
                return f"{text[: match.start()]}{match.group('noun')} {opened}{text[match.end() :]}"
    return None


#: One Cyrillic name (or two joined by a hyphen) in the locative "-е" after a consonant: "Пяндже", "Хайратоне".
_LOCATIVE = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?[бвгджзклмнпрстфхцчшщ]е")


def locative_stem(name: str) -> str | None:
    """ "Пяндже" → "Пяндж": the name without its Russian locative ending, or None when it has none.

    Masculine names take "-е" after "в"/"на" ("в Пяндже", "на Хайратоне"); a reader that passed the
    preposition over leaves the ending on, and a sound-alike then answers a far place. The caller
    takes the stem only where the gazetteer knows it exactly, so a name that truly ends in "-е"
    ("Душанбе") keeps its own answer first.
    """
    return name[:-1] if _LOCATIVE.fullmatch(name) else None
