"""Splitting an article into paragraphs and sentences, keeping each sentence verbatim.

Wire copy is regular enough for a rule-based splitter: a sentence ends at ``.``, ``!``
or ``?`` followed by a space and a capital letter or a quote, except after a few
abbreviations ("Gen.", "Lt.", "U.S.", initials, "Zh." of a Russian name). Every field of a draft points back
at one of these sentences as its evidence, so they are kept exactly as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Sen|Rep|Gov|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
    r"No|Nos|approx|est|vs|etc|e\.g|i\.e)|\b[A-Z]|\b(?:[A-Z]\.){1,3}[A-Z]|"
    # an initial of a Russian name in two Latin letters: "Zh. Aidarov" (Repost.uz 1037), "Sh. Saidov"
    r"\b(?-i:Ch|Kh|Sh|Ts|Ya|Yu|Zh))\.$"
)
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z0-9])")


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text, the paragraph it belongs to and its position."""

    text: str
    paragraph: int
    index: int


def paragraphs(text: str) -> list[str]:
    """Blocks separated by blank lines, with inner line breaks joined."""
    blocks = re.split(r"\n\s*\n", text.replace("\r\n", "\n"))
    return [" ".join(block.split()) for block in blocks if block.strip()]


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence of the text, in order, numbered from 0."""
    found: list[Sentence] = []
    for number, block in enumerate(paragraphs(text)):
        start = 0
        pieces: list[str] = []
        for match in _BOUNDARY.finditer(block):
            candidate = block[start : match.start()].rstrip()
            if _ABBREVIATIONS.search(candidate):
                continue
            pieces.append(candidate)
            start = match.end()
        pieces.append(block[start:].strip())
        for piece in pieces:
            if piece:
                found.append(Sentence(piece, number, len(found)))
    return found
