"""Reading an article for :func:`~incident_tracker.extract.extract_drafts`: how much, and in what language.

- **A size limit, checked before reading.** The reader's cost grows with the text (about
  30 µs a byte here, more for a text without sentence breaks): a 5 MB file would run for
  minutes. A file larger than :data:`MAX_ARTICLE_BYTES` is refused from its size alone; a
  stream (stdin) is read only up to one byte past the limit.
- **English only.** The patterns read English. A text whose letters are mostly not Latin
  (Cyrillic, Arabic script, …) is named as such when nothing was found in it, so "no
  incident" is not taken for "no incident reported".
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import IO

from ..errors import ValidationError

#: The largest article read, in bytes (a long news article is 5-50 KB).
MAX_ARTICLE_BYTES = 500_000

#: Below this share of Latin letters among all letters, a text is not read as English.
MIN_LATIN_SHARE = 0.5


def _too_large(name: str, size: str) -> ValidationError:
    return ValidationError(
        f"{name} is {size}; tracker extract reads at most {MAX_ARTICLE_BYTES:,} bytes (500 KB), one article at "
        "a time: split the text into one file per article and extract each."
    )


def read_article(path: str | Path) -> str:
    """The text of the article file at ``path``, refused before reading when it is too large."""
    file = Path(path)
    try:
        with file.open("rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISREG(info.st_mode) and info.st_size > MAX_ARTICLE_BYTES:
                raise _too_large(str(file), f"{info.st_size:,} bytes")
            return _decoded(handle, str(file))
    except FileNotFoundError:
        raise ValidationError(f"No such file: {file}.") from None
    except IsADirectoryError:
        raise ValidationError(f"{file} is a folder: give the article's file.") from None
    except OSError as exc:
        raise ValidationError(f"Cannot read {file}: {exc.strerror}.") from None


def read_article_stream(stream: IO[bytes], name: str = "The text on stdin") -> str:
    """The article from a byte stream (stdin), read no further than one byte past the limit."""
    return _decoded(stream, name)


def _decoded(handle: IO[bytes], name: str) -> str:
    data = handle.read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES:
        raise _too_large(name, f"more than {MAX_ARTICLE_BYTES:,} bytes")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise ValidationError(f"{name} is not UTF-8 text: save the article as plain text.") from None


def latin_share(text: str) -> float | None:
    """The share of Latin letters among the text's letters (None when it has no letters)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    latin = sum(1 for c in letters if c.isascii() or "\u00c0" <= c <= "\u024f" or "\u1e00" <= c <= "\u1eff")
    return latin / len(letters)


def nothing_found(text: str) -> str:
    """What to say when a text gave no draft: plainly, or that it is not English."""
    share = latin_share(text)
    if share is not None and share < MIN_LATIN_SHARE:
        return (
            f"No incident found: the text is not in English (only {share:.0%} of its letters are Latin) and "
            "the reader reads English only."
        )
    return "No incident found in the text."
