"""The table ``tracker duplicates`` prints: each pair's two incidents (id, date, place, toll)
one above the other, the pair's score and why beside them, a blank line between pairs.

Written as fixed-width lines rather than a Rich table: a large file has millions of pairs,
and Rich spent ~1.5 ms laying out each one (measuring every cell, every batch), where these
lines cost a few µs. The look is the same on a terminal and in a pipe (issue 16); only the
width (the terminal's, or ``COLUMNS``, else 80) and the bold header follow the terminal.
Columns never cut a word: a long place, a date span or a toll range wraps onto the next
line inside its column, and a word wider than its column is folded, never lost.
"""

from __future__ import annotations

import sys
from itertools import zip_longest
from typing import TYPE_CHECKING, Any

from .. import models

if TYPE_CHECKING:
    from ..store.duplicates import Match
    from ..store.incidents import IncidentStore

#: Column widths that do not depend on the terminal (IDs: the largest id's digits).
DATE_WIDTH = 12  # "2025-11-22 –" then "2025-11-24" below it
KILLED_WIDTH = 7  # "3 (2–4)"; a wider range wraps at its space
SCORE_WIDTH = 5
#: The place column's narrowest and widest, and its share of the room the fixed columns leave
#: (the why column takes the rest: a pair has two rows, so reasons have two lines to fill).
PLACE_WIDTHS = (14, 34)
PLACE_SHARE = 0.4
#: Incidents whose lines are kept (pairs come in date order: old incidents do not return).
KEEP_LINES = 200_000


def _cells(text: str) -> int:
    """Terminal columns of ``text`` (wide characters count two)."""
    if text.isascii():
        return len(text)
    from rich.cells import cell_len

    return int(cell_len(text))


def _fold(word: str, width: int) -> list[str]:
    """A word wider than ``width`` cut into pieces that fit (a path, a URL): split, never lost."""
    pieces, piece = [], ""
    for char in word:
        if piece and _cells(piece + char) > width:
            pieces.append(piece)
            piece = ""
        piece += char
    return [*pieces, piece]


def wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` columns, broken at spaces."""
    if text.isascii():  # the usual case, and millions of times: cut at the last space that fits
        cut_lines: list[str] = []
        while len(text) > width:
            cut = text.rfind(" ", 0, width + 1)
            if cut <= 0:  # a word wider than the column: folded
                cut_lines.append(text[:width])
                text = text[width:].lstrip(" ")
            else:
                cut_lines.append(text[:cut].rstrip(" "))
                text = text[cut + 1 :].lstrip(" ")
        return [*cut_lines, text] if text or not cut_lines else cut_lines
    if _cells(text) <= width:
        return [text]
    lines: list[str] = []
    line = ""
    for word in text.split():
        pieces = _fold(word, width) if _cells(word) > width else [word]
        for piece in pieces:
            if not line:
                line = piece
            elif _cells(line) + 1 + _cells(piece) <= width:
                line = f"{line} {piece}"
            else:
                lines.append(line)
                line = piece
    return [*lines, line] if line else lines or [""]


def _pad(text: str, width: int, right: bool = False) -> str:
    space = " " * max(0, width - _cells(text))
    return space + text if right else text + space


class PairTable:
    """One command's table: the header once, then pairs as they come, each incident formatted once."""

    def __init__(self, store: IncidentStore, width: int, largest_id: int) -> None:
        self.store = store
        self.id_width = max(3, len(str(largest_id)))
        fixed = self.id_width + DATE_WIDTH + KILLED_WIDTH + SCORE_WIDTH + 2 * 5
        self.place_width = max(PLACE_WIDTHS[0], min(PLACE_WIDTHS[1], int((width - fixed) * PLACE_SHARE)))
        self.why_width = max(PLACE_WIDTHS[0], width - fixed - self.place_width)
        self.left_width = self.id_width + DATE_WIDTH + self.place_width + KILLED_WIDTH + 2 * 3
        self.blank = " " * self.left_width
        self.width = width
        self.incidents: dict[int, tuple[str, ...]] = {}
        self.whys: dict[str, list[str]] = {}
        # Bound once: an import statement in a function runs its lookup at every call.
        from ..report.text import printable
        from ..store.duplicates import pair_rows
        from .render import place_label

        self._printable, self._place_label, self._pair_rows = printable, place_label, pair_rows

    def header(self) -> str:
        cells = (
            _pad("IDs", self.id_width, right=True),
            _pad("Date", DATE_WIDTH),
            _pad("Place", self.place_width),
            _pad("Killed", KILLED_WIDTH, right=True),
            _pad("Score", SCORE_WIDTH, right=True),
            "Why",
        )
        return "  ".join(cells)

    def _incident(self, record: dict[str, Any]) -> tuple[str, ...]:
        """An incident's lines (id, date, place, toll; wrapped cells one under the other)."""
        printable, place_label = self._printable, self._place_label
        date = models.format_event_date(record["event_date"], record["event_date_end"], record["date_precision"])
        toll = models.format_toll(record["killed"], record["killed_low"], record["killed_high"])
        columns = zip_longest(
            [str(record["id"])],
            wrap(date, DATE_WIDTH),
            wrap(printable(place_label(record)), self.place_width),
            wrap(toll, KILLED_WIDTH),
            fillvalue="",
        )
        return tuple(
            f"{_pad(i, self.id_width, True)}  {_pad(d, DATE_WIDTH)}  {_pad(p, self.place_width)}  "
            f"{_pad(k, KILLED_WIDTH, True)}"
            for i, d, p, k in columns
        )

    def _why(self, reasons: list[str]) -> list[str]:
        text = "; ".join(reasons)
        lines = self.whys.get(text)
        if lines is None:
            if len(self.whys) > KEEP_LINES:
                self.whys.clear()
            lines = self.whys[text] = wrap(self._printable(text), self.why_width)
        return lines

    def rows(self, pairs: list[Match]) -> str:
        """The lines of ``pairs`` (the records they show read in one query)."""
        incidents = self.incidents
        wanted = list({i for p in pairs for i in (p.first, p.second) if i is not None and i not in incidents})
        if wanted:
            if len(incidents) + len(wanted) > KEEP_LINES:
                incidents.clear()
                wanted = list({i for p in pairs for i in (p.first, p.second) if i is not None})
            for incident_id, record in self._pair_rows(self.store, wanted).items():
                incidents[incident_id] = self._incident(record)
        out: list[str] = []
        add, why_lines = out.append, self._why
        blank, gap = self.blank, " " * (SCORE_WIDTH + 4)
        for pair in pairs:
            left = incidents[pair.first] + incidents[pair.second] if pair.first is not None else incidents[pair.second]
            why = why_lines(pair.reasons)
            head = f"{left[0]}  {pair.score:>{SCORE_WIDTH}.2f}  {why[0]}"
            if len(left) == 2 and len(why) <= 2:  # the usual pair: two one-line incidents, a short why
                add(f"{head}\n{left[1]}{gap}{why[1]}\n" if len(why) == 2 else f"{head}\n{left[1]}\n")
                continue
            add(head)
            for cells, reason in zip_longest(left[1:], why[1:], fillvalue=""):
                add(f"{cells or blank}{gap}{reason}" if reason else cells)
            add("")
        return "\n".join(out) + "\n"  # a blank line after every pair


_table: PairTable | None = None


def print_pairs_table(pairs: list[Match], store: IncidentStore) -> None:
    """Print ``pairs`` as rows of the command's one table (the header before the first)."""
    global _table
    from ..store.duplicates import largest_id
    from .render import console

    if _table is None or _table.store is not store:
        out = console()
        _table = PairTable(store, out.width, largest_id(store))
        header = _table.header()
        if out.is_terminal and not out.is_dumb_terminal:
            header = f"\x1b[1m{header}\x1b[0m"  # bold is not a colour: NO_COLOR keeps it
        # Through sys.stdout, as the rows: under a progress bar it is the bar's proxy, which
        # prints whole lines above the bar (a Rich console would write past it).
        sys.stdout.write(f"{header}\n{'─' * out.width}\n")
    sys.stdout.write(_table.rows(pairs))
    if sys.stdout.isatty():
        sys.stdout.flush()
