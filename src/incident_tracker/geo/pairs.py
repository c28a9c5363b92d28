"""Separators of a crossing named by its two ends, read as the hyphen is ("Kulma/Karasu" is "Kulma-Karasu").

The readers know a pair of facing towns written with a hyphen or a dash ("Kulma-Karasu",
:data:`.phrase_patterns._PAIR`); the fifty-fifth batch's `dev` failures (docs/geocoding-journal.md,
"Fifty-fifth batch: rules") wrote the same pairs with a slash ("Kulma/Karasu", "Kulma / Karasu") and with
the horizontal bar U+2015 ("Alat ― Farap", as Turkmen pages set it). Both are read as a hyphen, the
spaces round them dropped, so that a pair recorded under its hyphened name is found by it and any
other pair goes to the pair reader as a hyphened one would.

Only between two names: each side a word of three letters or more that opens with a capital (or is
of a script without capitals), and neither written all in capitals, since a dateline's "BAJAUR/
MIRAMSHAH:" names two datelines, not a crossing. "police/border guards", "12/05" and "كابل //" are
left as they are. Standard library only.
"""

from __future__ import annotations

import re

__all__ = ["pair_separators"]

_SEPARATOR = re.compile(r"(?<![^\W\d_])(?P<left>[^\W\d_]{3,})\s*[/\u2015]\s*(?P<right>[^\W\d_]{3,})")


def _a_name(word: str) -> bool:
    """Opens with a capital (or a letter of a script without capitals), and is not all capitals."""
    return not word[0].islower() and not (word.isupper() and len(word) > 1)


def _joined(match: re.Match[str]) -> str:
    left, right = match.group("left"), match.group("right")
    return f"{left}-{right}" if _a_name(left) and _a_name(right) else match.group(0)


def pair_separators(text: str) -> str:
    """``text`` with a slash or a horizontal bar between two names read as a hyphen ("Alat ― Farap" →
    "Alat-Farap"); unchanged when it has none (most strings, read at no cost)."""
    if "/" not in text and "\u2015" not in text:
        return text
    return _SEPARATOR.sub(_joined, text)
