"""The links between the words of a Persian, Pashto or Tajik name, which each source writes its own way.

The Tajik izafet "-i" ("Jaloliddini Balkhi"), the Persian and Pashto ezafe written as a word of its own
("Dand-e-Patan") and "and" ("Dand Wa Patan", "دند و پتان") join the words of one name; the gazetteer keys the name as
one source spelt it. The gazetteer tier (:mod:`.tiers`) asks here for the other spelling when the name as written is
not known.

Standard library only.
"""

from __future__ import annotations

import re

__all__ = ["without_links"]


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
