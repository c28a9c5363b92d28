"""What would make two different names look the same on screen, shown as escapes (``lookalikes_shown``):
the display's half of probe12's rule, whose other half, the writes', is ``models.text.tidy_text``."""

from __future__ import annotations

import re

#: Quick test for what :func:`lookalikes_shown` escapes: an invisible character, a joiner, or a Latin
#: letter beside a Greek or Cyrillic one. Most text has none, and pays one search.
_SUSPECT = re.compile(
    "[\u00ad\u200b-\u200d\u2060\ufeff]|[A-Za-z\u00c0-\u024f][\u0370-\u04ff]|[\u0370-\u04ff][A-Za-z\u00c0-\u024f]"
)
_WORD = re.compile(r"\w+")


def _script(letter: str) -> str:
    """ "latin", "greek", "cyrillic" or "" for a letter of another script or none."""
    code = ord(letter)
    if letter.isascii() or 0xC0 <= code <= 0x24F:
        return "latin" if letter.isalpha() else ""
    return "greek" if 0x370 <= code <= 0x3FF else "cyrillic" if 0x400 <= code <= 0x4FF else ""


def _mixed_word(match: re.Match[str]) -> str:
    """A word of Latin letters with a Cyrillic or Greek one in it (or the other way round): the
    letters of the fewer script as escapes, so "Chаman" with a Cyrillic а shows as ``Ch\u0430man``."""
    word = match.group()
    scripts = [_script(letter) for letter in word]
    counts = {name: scripts.count(name) for name in ("latin", "greek", "cyrillic") if name in scripts}
    if len(counts) < 2:
        return word
    main = max(counts, key=lambda name: counts[name])
    return "".join(
        f"\\u{ord(letter):04x}" if script and script != main else letter
        for letter, script in zip(word, scripts, strict=True)
    )


def lookalikes_shown(text: str) -> str:
    """``text`` with what would make two different names look the same shown as escapes: an invisible
    character (soft hyphen, zero-width space, word joiner, byte-order mark), a joiner beside a Latin,
    Greek or Cyrillic letter (where it joins nothing; between Persian letters it is kept), and the
    letters of another script inside a word ("Chаman" with a Cyrillic а). Writes remove the first two
    from names (``models.text.tidy_text``); records written before, descriptions and notes may hold
    them. A letter of another script is never changed in the record: it is shown. Only the display."""
    if _SUSPECT.search(text) is None:
        return text
    from ..models.text import IDLE_JOINERS, INVISIBLE  # the characters writes take out of names

    text = INVISIBLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    text = IDLE_JOINERS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return _WORD.sub(_mixed_word, text)
