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
from operator import itemgetter
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


#: Characters outside ASCII that take one column (the "–" of every date span, accented
#: letters of place names), as "x": a text of these and ASCII is measured by its length.
_NARROW = str.maketrans(
    dict.fromkeys([*"\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026", *map(chr, range(0xC0, 0x100))], "x")
)


def _cells(text: str) -> int:
    """Terminal columns of ``text`` (wide characters count two, combining ones none)."""
    if text.isascii() or text.translate(_NARROW).isascii():
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


def _cell(text: str, width: int, right: bool = False) -> str:
    """``text`` padded to a column of ``width`` after the two spaces before it, as :func:`wrap`
    and :func:`_pad` lay out a text that fits on one line; "" when it does not."""
    if len(text) > width or (not text.isascii() and _cells(text) > width):
        return ""
    return f"  {_pad(text, width, right)}"


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
        #: The lines of an incident that takes more than one but its id, by its three texts,
        #: and the padded lines of a text in a column, by text and width.
        self.talls: dict[tuple[str, str, str], tuple[str, ...]] = {}
        self.columns: dict[tuple[str, int, bool], list[str]] = {}
        self.whys: dict[tuple[Any, ...], tuple[list[str], str]] = {}
        #: The words of the groups of pairs with the same reasons of one sweep (``duplicate_blocks``).
        self.groups: object = None
        # Bound once: an import statement in a function runs its lookup at every call.
        from ..report.text import printable
        from ..store.duplicates import ROW_NAMES, pair_reasons, reasons_key
        from .render import place_label

        self._printable, self._place_label, self._reasons, self._key = printable, place_label, pair_reasons, reasons_key
        #: Scores as written (``0.85``), by value: pairs of unlocated incidents share a few.
        self.scores: dict[float, str] = {}
        #: The texts and cells of dates, places and tolls, by the fields they are made of (see ``_parts``).
        self.texts: tuple[dict[tuple[Any, ...], tuple[str, str]], ...] = ({}, {}, {})
        self._place_names = ("location", "place", "country")
        self._when, self._where, self._killed = (
            itemgetter(*(ROW_NAMES.index(name) for name in names))
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

    def _parts(self, row: tuple[Any, ...]) -> tuple[tuple[str, str], tuple[str, str], tuple[str, str]]:
        """The date, place and toll an incident's row shows (``ROW_NAMES``, as the sweep read it),
        each as its text and its cell (the text padded to its column after two spaces, or ""
        when it takes more than one line), kept by the fields it is made of: a million
        incidents share far fewer dates, places and tolls."""
        dates, places, tolls = self.texts
        if len(dates) + len(places) + len(tolls) >= KEEP_LINES:
            for texts in self.texts:
                texts.clear()
        when, where, killed = self._when(row), self._where(row), self._killed(row)
        date = dates.get(when)
        if date is None:
            text = models.format_event_date(*when)
            date = dates[when] = (text, _cell(text, DATE_WIDTH))
        place = places.get(where)
        if place is None:
            text = self._printable(self._place_label(dict(zip(self._place_names, where, strict=True))))
            place = places[where] = (text, _cell(text, self.place_width))
        toll = tolls.get(killed)
        if toll is None:
            text = models.format_toll(*killed)
            toll = tolls[killed] = (text, _cell(text, KILLED_WIDTH, right=True))
        return date, place, toll

    def _texts(self, row: tuple[Any, ...]) -> tuple[str, str, str]:
        """The date, place and toll an incident's row shows."""
        date, place, toll = self._parts(row)
        return date[0], place[0], toll[0]

    def _incident(self, row: tuple[Any, ...]) -> tuple[str, ...]:
        """An incident's lines: id, date, place, toll, each cell wrapped inside its column."""
        date, place, toll = self._parts(row)
        if date[1] and place[1] and toll[1]:  # one line, as most are
            return (f"{row[0]:>{self.id_width}}{date[1]}{place[1]}{toll[1]}",)
        return self._tall(row[0], date[0], place[0], toll[0])

    def lines_of(self, rows: list[tuple[Any, ...]], positions: list[int]) -> list[tuple[str, ...]]:
        """The lines of the incidents at ``positions`` in ``rows``, each made once (``_lines``;
        the usual one-line incident without a call of its own: a million of them)."""
        incidents, width = self.incidents, self.id_width
        if len(incidents) >= KEEP_LINES:
            incidents.clear()
        (dates, places, tolls), when, where, killed = self.texts, self._when, self._where, self._killed
        found = []
        for at in positions:
            row = rows[at]
            lines = incidents.get(row[0])
            if lines is None:
                date, place, toll = dates.get(when(row)), places.get(where(row)), tolls.get(killed(row))
                if date is None or place is None or toll is None:
                    date, place, toll = self._parts(row)
                if date[1] and place[1] and toll[1]:
                    lines = (f"{row[0]:>{width}}{date[1]}{place[1]}{toll[1]}",)
                else:
                    lines = self._tall(row[0], date[0], place[0], toll[0])
                incidents[row[0]] = lines
            found.append(lines)
        return found

    def _tall(self, incident_id: int, date: str, place: str, toll: str) -> tuple[str, ...]:
        """The lines of an incident that takes more than one (``_wrapped``); what follows the id
        is kept by the three texts (a long country name, say, in many incidents)."""
        cells = self.talls.get((date, place, toll))
        if cells is None:
            if len(self.talls) >= KEEP_LINES:
                self.talls.clear()
            lines = self._wrapped("", date, place, toll)
            cells = self.talls[date, place, toll] = (lines[0][self.id_width :], *lines[1:])
        return (f"{incident_id:>{self.id_width}}{cells[0]}", *cells[1:])

    def _wrapped(self, incident_id: int | str, date: str, place: str, toll: str) -> tuple[str, ...]:
        """An incident's lines, each cell wrapped inside its column (the columns' lines kept by text)."""
        columns = (
            self._column(date, DATE_WIDTH, False),
            self._column(place, self.place_width, False),
            self._column(toll, KILLED_WIDTH, True),
        )
        blanks = (" " * DATE_WIDTH, " " * self.place_width, " " * KILLED_WIDTH)
        ids = (f"{incident_id:>{self.id_width}}", " " * self.id_width)
        return tuple(
            "  ".join(
                (
                    ids[line > 0],
                    *(
                        cells[line] if line < len(cells) else blank
                        for cells, blank in zip(columns, blanks, strict=True)
                    ),
                )
            )
            for line in range(max(map(len, columns)))
        )

    def _column(self, text: str, width: int, right: bool) -> list[str]:
        """``text`` wrapped in a column of ``width``, each line padded to it; kept by text (the
        same date span or long place in many incidents)."""
        found = self.columns.get((text, width, right))
        if found is None:
            if len(self.columns) >= KEEP_LINES:
                self.columns.clear()
            found = self.columns[text, width, right] = [_pad(line, width, right) for line in wrap(text, width)]
        return found

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
            lines = self.why_lines(pair)
            found = self.whys[key] = (lines, self.after(lines, 2))
        return found

    def why_lines(self, pair: Pair) -> list[str]:
        """The pair's reasons, wrapped to the why column."""
        text = "; ".join(self._reasons(pair, self.days))
        return wrap(text if text.isprintable() else self._printable(text), self.why_width)

    def after(self, why: list[str], lines: int) -> str:
        """What follows the last of a pair's ``lines`` incident lines (the two incidents') to the
        end of the pair (see :meth:`rows`): beside it why's line of the same number, if any, then
        why's later lines alone, and the blank line."""
        gap = " " * (SCORE_WIDTH + 4)
        beside = f"{gap}{why[lines - 1]}" if len(why) >= lines and why[lines - 1] else ""
        rest = "".join((f"{self.blank}{gap}{reason}" if reason else "") + "\n" for reason in why[lines:])
        return f"{beside}\n{rest}\n"

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

    def block(self, block: PairBlock) -> bytes:
        """The lines of a block's pairs in UTF-8, byte for byte those :meth:`rows` writes of its
        pairs (``duplicate_blocks`` makes them from the block's columns, already encoded)."""
        if block.columns is None:  # a small file: its lists, without NumPy
            return self.rows([pair for found in block.lists() for pair in found]).encode()
        from .duplicate_blocks import block_bytes

        return block_bytes(self, block)


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
        text = _command_table(store, days).block(block)
        out = sys.stdout
        if _utf8_buffer(out):  # the bytes as they are, after what the text layer holds (the header)
            out.flush()
            out.buffer.write(text)
        else:  # a progress bar's proxy, or another encoding: as text
            out.write(text.decode())
        if out.isatty():
            out.flush()
    return first, count


def _utf8_buffer(out: Any) -> bool:
    """Whether ``out`` is a text stream over a binary buffer that writes UTF-8 as it is (not a
    proxy, not another encoding): then a block's bytes go to the buffer without a decode."""
    import codecs

    encoding = getattr(out, "encoding", None)
    if not isinstance(encoding, str) or not hasattr(out, "buffer"):
        return False
    return codecs.lookup(encoding).name == "utf-8" and getattr(out, "errors", "strict") in ("strict", "surrogateescape")
