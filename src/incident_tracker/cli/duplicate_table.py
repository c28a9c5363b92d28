"""The table ``tracker duplicates`` prints: each pair's two incidents (id, date, place, toll)
one above the other, the pair's score and why beside them, a blank line between pairs.

Written as fixed-width lines rather than a Rich table: a large file has millions of pairs,
and Rich spent ~1.5 ms laying out each one (measuring every cell, every batch), where these
lines cost a few µs. The look is the same on a terminal and in a pipe (issue 16); only the
width (the terminal's, or ``COLUMNS``, else 80) and the bold header follow the terminal.
Each incident's lines are made once from the row the sweep read (no second query), and
each pair's "why" is written and wrapped from the pair's parts, kept for the next pair
with the same parts.
Columns never cut a word: a long place, a date span or a toll range wraps onto the next
line inside its column, and a word wider than its column is folded, never lost.
"""

from __future__ import annotations

import sys
from itertools import zip_longest
from typing import TYPE_CHECKING, Any

from .. import models

if TYPE_CHECKING:
    from collections.abc import Iterator

    from ..store.duplicate_block import PairBlock
    from ..store.duplicates import Pair
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
_TOLL_NAMES = ("killed", "killed_low", "killed_high")


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

    def __init__(self, store: IncidentStore, width: int, largest_id: int, days: int) -> None:
        self.store = store
        self.days = days
        self.id_width = max(3, len(str(largest_id)))
        fixed = self.id_width + DATE_WIDTH + KILLED_WIDTH + SCORE_WIDTH + 2 * 5
        self.place_width = max(PLACE_WIDTHS[0], min(PLACE_WIDTHS[1], int((width - fixed) * PLACE_SHARE)))
        self.why_width = max(PLACE_WIDTHS[0], width - fixed - self.place_width)
        self.left_width = self.id_width + DATE_WIDTH + self.place_width + KILLED_WIDTH + 2 * 3
        self.blank = " " * self.left_width
        self.width = width
        self.incidents: dict[int, tuple[str, ...]] = {}
        #: An incident's lines but its id, by its date, place and toll texts (see ``_incident``).
        self.cells: dict[tuple[str, str, str], tuple[str, ...]] = {}
        self.whys: dict[tuple[Any, ...], tuple[list[str], str]] = {}
        # Bound once: an import statement in a function runs its lookup at every call.
        from ..report.text import printable
        from ..store.duplicates import ROW_NAMES, pair_reasons, reasons_key
        from .render import place_label

        self._printable, self._place_label, self._reasons, self._key = printable, place_label, pair_reasons, reasons_key
        #: Scores as written (``0.85``), by value: pairs of unlocated incidents share a few.
        self.scores: dict[float, str] = {}
        #: The texts of dates, places and tolls, by the fields they are made of (see ``_texts``).
        self.texts: tuple[dict[tuple[Any, ...], str], ...] = ({}, {}, {})
        self._place_names = ("location", "place", "country")
        self._parts_at = tuple(
            tuple(ROW_NAMES.index(name) for name in names)
            for names in (("event_date", "event_date_end", "date_precision"), self._place_names, _TOLL_NAMES)
        )

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

    def _texts(self, row: tuple[Any, ...]) -> tuple[str, str, str]:
        """The date, place and toll an incident's row shows (``ROW_NAMES``, as the sweep read it),
        each kept by what it is made of: a million incidents share far fewer dates, places and tolls."""
        date_at, place_at, toll_at = self._parts_at
        dates, places, tolls = self.texts
        if len(dates) + len(places) + len(tolls) >= KEEP_LINES:
            for texts in self.texts:
                texts.clear()
        when = (row[date_at[0]], row[date_at[1]], row[date_at[2]])
        date = dates.get(when)
        if date is None:
            date = dates[when] = models.format_event_date(*when)
        where = (row[place_at[0]], row[place_at[1]], row[place_at[2]])
        place = places.get(where)
        if place is None:
            place = places[where] = self._printable(self._place_label(dict(zip(self._place_names, where, strict=True))))
        killed = (row[toll_at[0]], row[toll_at[1]], row[toll_at[2]])
        toll = tolls.get(killed)
        if toll is None:
            toll = tolls[killed] = models.format_toll(*killed)
        return date, place, toll

    def _incident(self, row: tuple[Any, ...]) -> tuple[str, ...]:
        """An incident's lines: id, date, place, toll, each cell wrapped inside its column.
        What follows the id is kept by the three texts (the same date, place and toll are
        laid out once)."""
        texts = self._texts(row)
        cells = self.cells.get(texts)
        if cells is None:
            if len(self.cells) >= KEEP_LINES:
                self.cells.clear()
            cells = self.cells[texts] = self._after_id(*texts)
        first = f"{row[0]:>{self.id_width}}{cells[0]}"
        return (first,) if len(cells) == 1 else (first, *cells[1:])

    def _after_id(self, date: str, place: str, toll: str) -> tuple[str, ...]:
        """An incident's lines without its id: the first line from the space after the id, the
        next lines whole (their id cell is blank)."""
        fits = len(date) <= DATE_WIDTH and len(place) <= self.place_width and len(toll) <= KILLED_WIDTH
        if fits and place.isascii() and date.isascii() and toll.isascii():  # one line, as most are
            return (f"  {date:<{DATE_WIDTH}}  {place:<{self.place_width}}  {toll:>{KILLED_WIDTH}}",)
        lines = self._wrapped("", date, place, toll)
        return (lines[0][self.id_width :], *lines[1:])

    def _wrapped(self, incident_id: int | str, date: str, place: str, toll: str) -> tuple[str, ...]:
        columns = zip_longest(
            [str(incident_id)],
            wrap(date, DATE_WIDTH),
            wrap(place, self.place_width),
            wrap(toll, KILLED_WIDTH),
            fillvalue="",
        )
        return tuple(
            f"{_pad(i, self.id_width, True)}  {_pad(d, DATE_WIDTH)}  {_pad(p, self.place_width)}  "
            f"{_pad(k, KILLED_WIDTH, True)}"
            for i, d, p, k in columns
        )

    def _lines(self, row: tuple[Any, ...]) -> tuple[str, ...]:
        """The lines of the incident of ``row``, kept for its next pairs (pairs come in date
        order, so an incident that has gone out of the window does not come back)."""
        if len(self.incidents) >= KEEP_LINES:
            self.incidents.clear()
        lines = self.incidents[row[0]] = self._incident(row)
        return lines

    def _why(self, pair: Pair) -> tuple[list[str], str]:
        """The pair's reasons wrapped, and the text that follows the second incident's line
        (see :meth:`rows`); kept by what the reasons are made of (``reasons_key``)."""
        key = self._key(pair)
        found = self.whys.get(key)
        if found is None:
            if len(self.whys) >= KEEP_LINES:
                self.whys.clear()
            lines = wrap(self._printable("; ".join(self._reasons(pair, self.days))), self.why_width)
            # What rows() writes after a one-line second incident: its why lines, then a blank line.
            gap_text = " " * (SCORE_WIDTH + 4)
            rest = "".join((f"{self.blank}{gap_text}{reason}" if reason else "") + "\n" for reason in lines[2:])
            after = (f"{gap_text}{lines[1]}" if len(lines) > 1 and lines[1] else "") + "\n" + rest + "\n"
            found = self.whys[key] = (lines, after)
        return found

    def rows(self, pairs: list[Pair]) -> str:
        """The lines of ``pairs``: each pair's first incident with the score and the first
        line of why, the second incident under it with the rest of why beside and below
        it, and a blank line."""
        incidents, remember, scores = self.incidents, self._lines, self.scores
        out: list[str] = []
        add, why_lines = out.append, self._why
        blank, gap = self.blank, " " * (SCORE_WIDTH + 4)
        for pair in pairs:
            first, second, value = pair[0], pair[1], pair[2]
            upper = incidents.get(first[0]) or remember(first)
            lower = incidents.get(second[0]) or remember(second)
            why, after = why_lines(pair)
            score = scores.get(value) or self._score(value)
            head = f"{upper[0]}  {score}  {why[0]}"
            if len(upper) == 1 and len(lower) == 1:  # the usual pair: two one-line incidents
                add(f"{head}\n{lower[0]}{after}")
                continue
            lines = [head]
            for cells, reason in zip_longest(upper[1:] + lower, why[1:], fillvalue=""):
                lines.append(f"{cells or blank}{gap}{reason}" if reason else cells)
            add("\n".join(lines) + "\n\n")
        return "".join(out)

    def _score(self, value: float) -> str:
        """A score as the table writes it (``0.85``), kept by value."""
        score = self.scores.get(value)
        if score is None:
            if len(self.scores) >= KEEP_LINES:
                self.scores.clear()
            score = self.scores[value] = f"{value:>{SCORE_WIDTH}.2f}"
        return score

    def block(self, block: PairBlock) -> str:
        """The lines of a block's pairs, byte for byte those :meth:`rows` writes of its pairs,
        made without a tuple or a key per pair: the words of each group of pairs with the same
        reasons and score once (``PairBlock.reason_groups``), each incident's lines once, and
        the four pieces of each pair (first incident, score and why, second incident, the rest
        of why) gathered by array indexing and joined at once. A pair with an incident of more
        than one line is laid out by :meth:`rows`."""
        columns = block.columns
        if columns is None:  # a small file: its lists, without NumPy
            return self.rows([pair for found in block.lists() for pair in found])
        import numpy as np

        group, one = block.reason_groups()
        heads, tails = [], []
        for at in one:
            pair = block.pair(at)
            why, after = self._why(pair)
            heads.append(f"  {self._score(pair[2])}  {why[0]}\n")
            tails.append(after)
        rows, first, second = columns.rows, columns.first, columns.second
        shown = np.empty(len(rows), dtype=object)
        tall = np.zeros(len(rows), dtype=np.bool_)
        incidents, remember = self.incidents, self._lines
        for at in np.unique(np.concatenate((first, second))).tolist():
            row = rows[at]
            lines = incidents.get(row[0]) or remember(row)
            shown[at] = lines[0]
            tall[at] = len(lines) > 1
        pieces = np.empty((len(group), 4), dtype=object)
        pieces[:, 0] = shown[first]
        pieces[:, 1] = _objects(heads)[group]
        pieces[:, 2] = shown[second]
        pieces[:, 3] = _objects(tails)[group]
        for at in np.flatnonzero(tall[first] | tall[second]).tolist():
            pieces[at] = (self.rows([block.pair(at)]), "", "", "")
        return "".join(pieces.ravel().tolist())


def _objects(texts: list[str]) -> Any:
    """``texts`` as a NumPy array of objects (a list of strings would become fixed-width text)."""
    import numpy as np

    array = np.empty(len(texts), dtype=object)
    array[:] = texts
    return array


_table: PairTable | None = None


def _command_table(store: IncidentStore, days: int) -> PairTable:
    """The command's one table: made, and its header printed, at the first pairs."""
    global _table
    from ..store.duplicates import largest_id
    from .render import console

    if _table is None or _table.store is not store:
        out = console()
        _table = PairTable(store, out.width, largest_id(store), days)
        header = _table.header()
        if out.is_terminal and not out.is_dumb_terminal:
            header = f"\x1b[1m{header}\x1b[0m"  # bold is not a colour: NO_COLOR keeps it
        # Through sys.stdout, as the rows: under a progress bar it is the bar's proxy, which
        # prints whole lines above the bar (a Rich console would write past it).
        sys.stdout.write(f"{header}\n{'─' * out.width}\n")
    return _table


def print_pairs_table(pairs: list[Pair], store: IncidentStore, days: int) -> None:
    """Print ``pairs`` as rows of the command's one table (the header before the first)."""
    sys.stdout.write(_command_table(store, days).rows(pairs))
    if sys.stdout.isatty():
        sys.stdout.flush()


def print_pair_blocks(blocks: Iterator[PairBlock], store: IncidentStore, days: int) -> tuple[Pair | None, int]:
    """Print the pairs of each block as the sweep hands it on (the table in date order);
    return the first pair and the count."""
    first: Pair | None = None
    count = 0
    for block in blocks:
        if first is None:
            first = block.pair(0)
        count += len(block)
        sys.stdout.write(_command_table(store, days).block(block))
        if sys.stdout.isatty():
            sys.stdout.flush()
    return first, count
