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

#: The longest piece of text read as one sentence. Many of the reader's patterns are searched, for each date, toll
#: or place a sentence holds, over the text before or after it, so one sentence of N characters costs about N²: one
#: of 20,000 characters of "… was killed in Khorog on Monday and …" took 10 s, of 40,000 80 s (probe17, probe18).
#: A longer run is read as pieces of at most this length, cut after a clause's end: the reading grows linearly
#: with the text. The longest sentence of the corpus's reports is 871 characters, so no report is read otherwise.
LONGEST_SENTENCE = 2000
#: Where a piece of an over-long sentence ends, best first: after a clause's end, then any space.
_CUT_AFTER = ("; ", ", and ", " and ", ", ", " ")


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


def _cut(sentence: str, longest: int) -> list[str]:
    """``sentence`` as pieces of at most ``longest`` characters, each cut after the last clause end (else space)
    in its second half: each step looks at one piece's length, so the cut is linear in the sentence."""
    pieces: list[str] = []
    rest = sentence
    while len(rest) > longest:
        window = rest[:longest]
        ends = (window.rfind(mark) + len(mark) for mark in _CUT_AFTER if window.rfind(mark) > longest // 2)
        end = next(ends, longest)
        pieces.append(rest[:end].strip())
        rest = rest[end:].lstrip()
    return [*pieces, rest]


def split_sentences(text: str, longest: int | None = LONGEST_SENTENCE) -> list[Sentence]:
    """Every sentence of the text, in order, numbered from 0; one longer than ``longest`` characters as pieces
    (:data:`LONGEST_SENTENCE`; ``None``: whole, for measuring a text's sentences)."""
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
        if longest is not None:
            pieces = [cut for piece in pieces for cut in (_cut(piece, longest) if len(piece) > longest else [piece])]
        for piece in pieces:
            if piece:
                found.append(Sentence(piece, number, len(found)))
    return found
