"""The links between the words of a Persian, Pashto or Tajik name, which each source writes its own way.

The Tajik izafet "-i" ("Jaloliddini Balkhi"), the Persian and Pashto ezafe written as a word of its own
("Dand-e-Patan") and "and" ("Dand Wa Patan", "دند و پتان") join the words of one name; the gazetteer keys the name as
one source spelt it, and a source that leaves the link out writes a third name ("Mazar Sharif" for Mazar-e Sharif,
"Pul Khumri" for Pul-e Khumri, "Мазар Шариф" for Мазари-Шариф). The gazetteer tier (:mod:`.tiers`) asks here
for the other spellings when the name as written is not known.

Standard library only.
"""

from __future__ import annotations

import re

__all__ = ["with_links", "without_links"]


def without_links(name: str) -> str | None:
    """The name without the links between its words: the Tajik izafet "-i" ("Jaloliddini Balkhi"
    → "Jaloliddin Balkhi"), and the Persian and Pashto ezafe and "and" written as words of their
    own, which each source spells its own way ("Dand-e-Patan", "Dand Wa Patan", "Dand Aw Patan",
    "دند و پتان" → "Dand Patan").
    """
    if "-" not in name and len(name.split()) < 2:
        return None  # one word: nothing joins words
    plain = _IZAFET.sub("", name)
    plain = _EZAFE_WORD.sub(" ", plain)
    return plain if plain != name else None


_IZAFET = re.compile(r"(?<=[^\W\d_]{4})[iи](?=[\s-]+[^\W\d_])")
_EZAFE_WORD = re.compile(r"(?<=[^\W\d_])[\s-]+(?:e|i|o|wa|aw|va|wo|و)[\s-]+(?=[^\W\d_])", re.IGNORECASE)


def with_links(name: str) -> list[str]:
    """The name with the ezafe put back between two of its words, as the sources that write it spell it: "Mazar
    Sharif" → "Mazar-e Sharif", "Mazar-i Sharif"; "Мазар Шариф" → "Мазар-и Шариф", "Мазар-е Шариф" (the keys fold
    the hyphen, so "Mazari Sharif" is the second). A name of two or three words in Latin or Cyrillic letters (apart or
    hyphened), with no link written, one link at a time; none for one word, for Arabic script (whose ezafe is no
    letter) or where a link is already written.
    """
    if " " not in name.strip() and "-" not in name:
        return []  # one word: the common case, asked on every miss
    parts = _GAP.split(name.strip())
    if not 2 <= len(parts) <= 3 or not all(_LINKABLE.fullmatch(part) for part in parts) or _LINKED.search(name):
        return []
    vowels = ("и", "е") if _CYRILLIC.search(name) else ("e", "i")
    return [
        " ".join([*parts[:gap], f"{parts[gap]}-{vowel}", *parts[gap + 1 :]])
        for gap in range(len(parts) - 1)
        for vowel in vowels
    ]


#: Between two words: a space, or a hyphen alone ("Mazar-Sharif").
_GAP = re.compile(r"\s+|-")
#: A word a link may follow: a capitalised word of three letters or more, Latin or Cyrillic, no hyphen inside.
_LINKABLE = re.compile(r"[A-ZА-ЯЁ][a-zа-яё]{2,}")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
#: A link already written as a word of its own ("Dand e Patan", "Dand wa Patan").
_LINKED = re.compile(r"(?:^|\s)(?:e|i|o|wa|aw|va|wo|и|е|ва)(?:\s|$)", re.IGNORECASE)
