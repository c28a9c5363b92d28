"""Tolls: a best estimate, a reliable range and the vague phrase, as ACLED and UCDP code them."""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from ..errors import ValidationError
from .text import fold

#: The two tolls a record holds, each as four fields (best, low, high, phrase).
Toll = Literal["killed", "injured"]
TOLLS: tuple[Toll, ...] = ("killed", "injured")

#: The fields of each toll, spelt out once: callers read and write them through
#: :class:`Casualties` rather than building ``f"{what}_low"`` keys.
TOLL_FIELDS: dict[Toll, tuple[str, str, str, str]] = {
    "killed": ("killed", "killed_low", "killed_high", "killed_text"),
    "injured": ("injured", "injured_low", "injured_high", "injured_text"),
}

DeathPart = Literal["deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown"]
#: Deaths by side, as UCDP GED codes them (side A = the side said to have acted, side B
#: = the side hit, civilians, unknown); ``killed`` and its range stay the totals.
DEATH_PARTS: tuple[DeathPart, ...] = ("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown")

#: The largest count a record takes for one incident (killed, injured, their bounds, deaths
#: by side): a figure above a million for a single incident is a slip of the keyboard far
#: more often than a report (docs/record.md, "Rules"), so add, edit and import refuse it.
MAX_COUNT = 1_000_000

#: ACLED's coding of vague quantities; the phrase is kept beside the number.
VAGUE_QUANTITIES: dict[str, int] = {
    "several": 3,
    "a few": 3,
    "few": 3,
    "many": 3,
    "some": 3,
    "a number of": 3,  # the coding notes' ruling of 2026-12-04: as vague as "several"
    "dozens": 12,
    "dozens of": 12,
    "tens": 12,  # "tens of", as some wire copy translates "dozens"
    "tens of": 12,
    "hundreds": 100,
    "hundreds of": 100,
}
#: Vague words the codebook gives no number: its list (several, few, many → 3; dozens → 12; hundreds → 100) names
#: none for "scores", and the extraction corpus codes "scores wounded" as no count (round 79's note, 1000, 1070). The
#: phrase is kept; the count is unknown, as any count the text does not give.
UNNUMBERED_QUANTITIES: frozenset[str] = frozenset({"scores", "scores of"})


@dataclass(frozen=True)
class Casualties:
    """Best estimate, reliable range and the vague phrase, if any. None = unknown."""

    best: int | None
    low: int | None = None
    high: int | None = None
    text: str | None = None

    @classmethod
    def of(cls, record: Mapping[str, Any], what: Toll) -> Casualties:
        """A record's toll: ``Casualties.of(record, "killed")`` reads killed, killed_low,
        killed_high and killed_text (absent fields are unknown)."""
        best, low, high, text = TOLL_FIELDS[what]
        return cls(record.get(best), record.get(low), record.get(high), record.get(text))

    def fields(self, what: Toll) -> dict[str, int | str | None]:
        """The four fields of the toll ``what``, to write into a record: ``record.update(toll.fields("killed"))``."""
        return dict(zip(TOLL_FIELDS[what], (self.best, self.low, self.high, self.text), strict=True))

    def check(self, what: Toll) -> None:
        """Refuse a negative figure or a range out of order (low ≤ best ≤ high)."""
        check_casualty_order(self.best, self.low, self.high, what)

    def shown(self) -> str:
        """The toll for people, as :func:`format_toll` writes it."""
        return format_toll(self.best, self.low, self.high)


def _count(text: str, what: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise ValidationError(
            f"Cannot read {what} {text!r}: use a number (3), a range (3-5), 'at least 3', "
            "'unknown', or a vague word (several, dozens)."
        ) from None
    if value < 0:
        raise ValidationError(f"{what.capitalize()} cannot be negative ({text}).")
    return value


#: A minus sign before a number, other than a range's dash ("3-5", "3 - 5"): "-3", "over -5", "> −2".
_NEGATIVE = re.compile(r"(?:^|[^\d\s])\s*[-\u2212\u2012\u2013\u2014]\s*\d")


#: A range in words, on the folded text: "between 4 and 6", "four to six", "4 or 5".
_WORDED_RANGE = re.compile(r"(?:between\s+(.+?)\s+and|(.+?)\s+(?:to|or))\s+(.+)")


#: A toll cell that is no bare count but a form 'tracker add --killed' reads: a range ("3-5",
#: "3 – 5") or an open bound (">3", ">= 3", "~20"), which a file's cell must read the same way.
#: Compiled on first use (by re's cache), not when the CLI loads.
_SIGNED_TOLL = r"\s*(?:\d+\s*[-\u2013]\s*\d+|(?:>=?|~)\s*\d+)\s*"


def is_toll_phrase(text: str) -> bool:
    """Whether a file's toll cell is a phrase for :func:`parse_casualties` (words, a range, an
    open bound) rather than a bare count, which keeps its own check."""
    return any(c.isalpha() for c in text) or bool(re.fullmatch(_SIGNED_TOLL, text))


def parse_casualties(text: str, what: str = "casualties") -> Casualties:
    """Parse a toll: ``3``, ``3-5``, ``at least 3``, ``more than 3``, ``unknown``, ``several``…

    Unknown is None and none reported is 0 (the codebook's first rule). A range's best
    estimate is its low end, ACLED's lowest-credible-figure rule; an open bound ("at least
    3", "more than 3", "over 3") is the figure given, as the low end with no high.
    """
    raw = text.strip()
    if _NEGATIVE.search(raw):
        # Before folding, which reads "-" as a space: "over -5" must not become ≥6.
        raise ValidationError(f"{what.capitalize()} cannot be negative ({raw}).")
    key = fold(raw)
    if key in {"", "unknown", "null", "none given", "?", "na", "n a"}:
        return Casualties(None)
    if key in {"none", "zero", "no"}:
        return Casualties(0)
    match = re.fullmatch(r"(?:at least|more than|over|>=?)\s*(.+)", key)
    if match:
        # "More than 10" is stored as 10, with the phrase kept: the figure the report gives
        # is the most conservative estimate, as ACLED codes it ("tens" is 10), and the
        # extraction corpus's hand coding reads it so. 11 would be a figure nobody reported.
        low = _count(_number_text(match.group(1)), what)
        return Casualties(low, low, None, raw)
    match = re.fullmatch(r"(\d+)\s*(?:-|–|to)\s*(\d+)", raw.lower())
    if match:
        low, high = _count(match.group(1), what), _count(match.group(2), what)
        if low > high:
            raise ValidationError(f"{what.capitalize()} range {raw!r} has low > high: write it as {high}-{low}.")
        return Casualties(low, low, high)
    match = _WORDED_RANGE.fullmatch(key)
    if match:  # "between 4 and 6", "four to six", "4 or 5": a range, as "4-6" is
        low_text, high_text = _number_text(match.group(1) or match.group(2)), _number_text(match.group(3))
        if low_text.isdigit() and high_text.isdigit():
            low, high = int(low_text), int(high_text)
            if low > high:
                raise ValidationError(f"{what.capitalize()} range {raw!r} has low > high: write it as {high}-{low}.")
            return Casualties(low, low, high, raw)
    if key in VAGUE_QUANTITIES:
        value = VAGUE_QUANTITIES[key]
        return Casualties(value, value, None, raw)
    if key in UNNUMBERED_QUANTITIES:  # "scores": kept as said, no number made up for it
        return Casualties(None, None, None, raw)
    match = re.fullmatch(r"(?:up to|at most|no more than|<=?)\s*(.+)", key)
    if match:  # an upper bound only: the best estimate stays unknown, not a guess
        return Casualties(None, None, _count(_number_text(match.group(1)), what), raw)
    match = re.fullmatch(r"(?:about|around|approximately|roughly|some|nearly|almost|~)\s*(.+)", key)
    if match:  # a reported round figure: the best estimate, with the words kept
        return Casualties(_count(_number_text(match.group(1)), what), None, None, raw)
    word = _number_text(key)
    if word != key:
        return Casualties(_count(word, what), None, None, raw)
    return Casualties(_count(raw, what))


#: Number words as typed in a toll ("three", "a dozen", "twenty-one"); digits stay digits.
_UNITS = tuple(
    [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ]
)
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_NUMBER_WORDS: dict[str, int] = {
    **{word: value for value, word in enumerate(_UNITS)},
    **_TENS,
    "a dozen": 12,
    "one dozen": 12,
    "a hundred": 100,
    "one hundred": 100,
}


def _number_text(text: str) -> str:
    """'three' → '3', 'twenty one' → '21', 'a dozen' → '12'; anything else as it is."""
    key = " ".join(text.replace("-", " ").split())
    if key in _NUMBER_WORDS:
        return str(_NUMBER_WORDS[key])
    parts = key.split()
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS[1:10]:
        return str(_TENS[parts[0]] + _UNITS.index(parts[1]))
    return text


def check_casualty_order(best: int | None, low: int | None, high: int | None, what: str) -> None:
    """Enforce low ≤ best ≤ high wherever the figures are known."""
    for name, value in (("best", best), ("low", low), ("high", high)):
        if value is not None and value < 0:
            raise ValidationError(f"{what.capitalize()} ({name}) cannot be negative ({value}).")
    known = [(n, v) for n, v in (("low", low), ("best", best), ("high", high)) if v is not None]
    for (n1, v1), (n2, v2) in itertools.pairwise(known):
        if v1 > v2:
            raise ValidationError(
                f"{what.capitalize()}: {n1} ({v1}) is greater than {n2} ({v2}); the codebook needs low ≤ best ≤ high."
            )


def format_toll(best: int | None, low: int | None, high: int | None) -> str:
    """A toll for people: "3", "3 (3–5)" for a range, "≥3" for "at least 3", "?" if unknown."""
    if best is None:
        return f"≤{high}" if high is not None else "?"
    if low is not None and high is None:
        return f"≥{best}"
    if high is not None and (low, high) != (best, best):
        return f"{best} ({low if low is not None else best}–{high})"
    return str(best)
