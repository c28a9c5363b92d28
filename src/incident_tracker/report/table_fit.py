"""A Rich table that is laid out within its width wherever that can be done without loss.

:func:`~.terminal.whole_words` gives each column a minimum width, the width of its longest
word (a folding column's capped), so that a table that fits the terminal shows every word
whole. Rich shares out the width first and only then widens each column to its minimum,
so the table can end up wider than the terminal, and the console then cuts every line at
its edge: at 80 columns ``tracker history`` showed the first five letters of each reason
("secon", "gives", "and u") and nothing to say the rest was missing.

Here, in that case, the columns wider than their minimum give way first, one cell at a
time, the one with the most room first: every word stays whole. If that is not enough, the
folding columns (``overflow="fold"``: values, URLs) go below their minimum, the widest
first, down to :data:`FOLDED`: a long word is then split across lines, never lost. A table
that fits is laid out as Rich lays it out. One that even folding cannot fit (``tracker list``
below 70 columns) leaves out the columns its caller named as the ones to give way, in that
order, until the rest fits, and says which (:attr:`FittingTable.left_out`); without such
columns it is laid out as Rich lays it out, and the console cuts it.

Only Rich's public API is used: the widths are computed here, from cells measured with
:class:`rich.measure.Measurement`, and handed to Rich as each column's ``width`` while the
table is drawn. Where Rich would lay the table out itself, :func:`rich_widths` restates
Rich 15's own rules (measure, then collapse the widest wrapping columns), so the output is
byte for byte what Rich draws; an upgrade of Rich that changed those rules would change
where a line wraps, never cut a word or break ``tracker list`` (an earlier version
overrode Rich's private ``Table._calculate_column_widths``, which a release may rename).

This module imports Rich: it is imported only where a table is about to be rendered.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields
from typing import TYPE_CHECKING

from rich.measure import Measurement
from rich.padding import Padding
from rich.table import Column, Table

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult

#: The narrowest a folding column is made to fit the table: a date or a short word whole.
FOLDED = 10


class FittingTable:
    """A table drawn within the width it is given (see the module); ``leave_out`` names, by
    header, the columns that may be left out when nothing else fits, the first to go first."""

    def __init__(self, table: Table, leave_out: Sequence[str] = ()) -> None:
        self.table = table
        self.leave_out = tuple(leave_out)
        #: The headers of the columns the last drawing left out, in the table's order.
        self.left_out: list[str] = []

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        table, widths, self.left_out = self._laid_out(console, options)
        with _fixed(table, widths):
            yield table

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        table, widths, _ = self._laid_out(console, options)
        with _fixed(table, widths):
            return Measurement.get(console, options, table)

    def _laid_out(self, console: Console, options: ConsoleOptions) -> tuple[Table, list[int] | None, list[str]]:
        """The table to draw, each column's width (``None``: Rich's own layout), and what was left out.

        The columns named in ``leave_out`` go one by one only while the table cannot fit even
        folded: a column left out is a column the reader does not see, so it is the last resort."""
        table, left_out = self.table, []
        for dropped in range(len(self.leave_out) + 1):
            if dropped:
                left_out = [str(c.header) for c in self.table.columns if c.header in self.leave_out[:dropped]]
                table = _without(self.table, set(self.leave_out[:dropped]))
            widths = fitted_widths(table, console, options)
            if widths is not None:
                return table, widths, left_out
        # Narrower still (``tracker list`` at 20 columns): what is left folds below FOLDED, a word split over
        # more lines, rather than be handed to Rich, which made the ID, Date and Place columns nothing wide and
        # drew Country, Killed and Injured (probe16): the columns a row is found by would vanish, unsaid.
        widths = fitted_widths(table, console, options, folded=1)
        if widths is not None:
            return table, widths, left_out
        return self.table, None, []


def fitted_widths(table: Table, console: Console, options: ConsoleOptions, *, folded: int = FOLDED) -> list[int] | None:
    """Each column's width (padding included) within ``options.max_width``, or ``None`` when the
    table is left to Rich: it sets its own width or expands, or it cannot fit even folded (a folding
    column down to ``folded`` cells)."""
    if table.expand or table.min_width is not None or not table.columns:
        return None
    max_width = options.max_width - _extra_width(table)
    widths = rich_widths(table, console, options.update_width(max_width))
    excess = sum(widths) - max_width
    if excess <= 0:
        return _settable(table, widths)
    whole, floors = [], []
    for index, (column, width) in enumerate(zip(table.columns, widths, strict=True)):
        pad, least = _padding_width(table, index), column.min_width or 1
        keep = column.no_wrap  # a time of day, a number: kept as Rich has it
        whole.append(width if keep else least + pad)
        floors.append(width if keep else (min(least, folded) if column.overflow == "fold" else least) + pad)
    if sum(floors) > max_width:
        return None
    fitted = list(widths)
    for least_widths, by_room in ((whole, True), (floors, False)):
        while excess > 0:
            giving = [
                (width - floor if by_room else width, index)
                for index, (width, floor) in enumerate(zip(fitted, least_widths, strict=True))
                if width > floor
            ]
            if not giving:
                break
            fitted[max(giving)[1]] -= 1
            excess -= 1
    return _settable(table, fitted)


def _settable(table: Table, widths: list[int]) -> list[int] | None:
    """``widths``, or ``None`` where one cannot be given as a column's ``width``: Rich makes a
    width of nothing one column wide, and a width is counted without the cell's padding."""
    pads = (_padding_width(table, index) for index in range(len(widths)))
    return widths if all(width >= max(1, pad) for width, pad in zip(widths, pads, strict=True)) else None


def rich_widths(table: Table, console: Console, options: ConsoleOptions) -> list[int]:
    """The widths Rich 15 gives the columns of a table that does not expand, within ``options.max_width``.

    Each column as wide as its widest cell; if they add up to more, the widest wrapping
    columns are narrowed together, then every column evenly if that is not enough, and each
    is measured again at its new width, which its ``min_width`` may widen (Rich's
    ``Table._calculate_column_widths``, restated through its public API)."""
    max_width = options.max_width
    widths = [_measure(table, console, options, index).maximum or 1 for index in range(len(table.columns))]
    if sum(widths) <= max_width:
        return widths
    widths = _collapsed(widths, [c.width is None and not c.no_wrap for c in table.columns], max_width)
    if sum(widths) > max_width:
        widths = _ratio_reduce(sum(widths) - max_width, [1] * len(widths), widths, widths)
    return [
        _measure(table, console, options.update_width(width), index).maximum or 0 for index, width in enumerate(widths)
    ]


def _measure(table: Table, console: Console, options: ConsoleOptions, index: int) -> Measurement:
    """The narrowest and widest a column can be, padding included, as Rich measures it."""
    max_width = options.max_width
    if max_width < 1:
        return Measurement(0, 0)
    column, pad = table.columns[index], _padding_width(table, index)
    if column.width is not None:
        return Measurement(column.width + pad, column.width + pad).with_maximum(max_width)
    left, right = _cell_padding(table, index)
    padded = any(table.padding)
    cells = (Padding(cell, (0, right, 0, left)) if padded else cell for cell in _cells(table, column))
    measured = [Measurement.get(console, options, cell) for cell in cells]
    measurement = Measurement(
        max((m.minimum for m in measured), default=1), max((m.maximum for m in measured), default=max_width)
    ).with_maximum(max_width)
    return measurement.clamp(
        None if column.min_width is None else column.min_width + pad,
        None if column.max_width is None else column.max_width + pad,
    )


def _cells(table: Table, column: Column) -> Iterator[RenderableType]:
    if table.show_header:
        yield column.header
    yield from column.cells
    if table.show_footer:
        yield column.footer


def _padding_width(table: Table, index: int) -> int:
    """The columns a cell's padding takes, as Rich counts it when it shares out the width."""
    _, right, _, left = table.padding
    if table.collapse_padding:
        left = 0
    if not table.pad_edge:
        left = 0 if index == 0 else left
        right = 0 if index == len(table.columns) - 1 else right
    return left + right


def _cell_padding(table: Table, index: int) -> tuple[int, int]:
    """The left and right padding Rich draws a cell of the column with (and measures it with)."""
    _, right, _, left = table.padding
    if table.collapse_padding and index:
        left = max(0, left - right)
    if not table.pad_edge:
        left = 0 if index == 0 else left
        right = 0 if index == len(table.columns) - 1 else right
    return left, right


def _extra_width(table: Table) -> int:
    """The columns the box takes: its edges, and a rule between each two columns."""
    if not table.box:
        return 0
    return (2 if table.show_edge else 0) + len(table.columns) - 1


def _collapsed(widths: list[int], wrapable: list[bool], max_width: int) -> list[int]:
    """The widest wrapping columns narrowed together, toward the next widest, until the widths
    add up to ``max_width`` (Rich's ``Table._collapse_widths``)."""
    excess = sum(widths) - max_width
    if not any(wrapable):
        return widths
    while sum(widths) and excess > 0:
        widest = max(width for width, wraps in zip(widths, wrapable, strict=True) if wraps)
        second = max(width if wraps and width != widest else 0 for width, wraps in zip(widths, wrapable, strict=True))
        ratios = [1 if width == widest and wraps else 0 for width, wraps in zip(widths, wrapable, strict=True)]
        if not any(ratios) or widest == second:
            break
        widths = _ratio_reduce(excess, ratios, [min(excess, widest - second)] * len(widths), widths)
        excess = sum(widths) - max_width
    return widths


def _ratio_reduce(total: int, ratios: list[int], maximums: list[int], values: list[int]) -> list[int]:
    """``total`` taken off ``values`` in proportion to ``ratios``, none more than its maximum
    (Rich's ``ratio_reduce``, rounding as it rounds)."""
    ratios = [ratio if most else 0 for ratio, most in zip(ratios, maximums, strict=True)]
    total_ratio, remaining, result = sum(ratios), total, []
    if not total_ratio:
        return list(values)
    for ratio, most, value in zip(ratios, maximums, values, strict=True):
        if ratio and total_ratio > 0:
            taken = min(most, round(ratio * remaining / total_ratio))
            result.append(value - taken)
            remaining -= taken
            total_ratio -= ratio
        else:
            result.append(value)
    return result


@contextmanager
def _fixed(table: Table, widths: list[int] | None) -> Iterator[None]:
    """Each column of ``table`` given its width in ``widths`` (``None``: none) while the block
    runs, and its own width back after: the caller's table is drawn, not copied."""
    saved = [column.width for column in table.columns]
    try:
        for index, width in enumerate(widths or ()):
            table.columns[index].width = width - _padding_width(table, index)
        yield
    finally:
        for column, kept in zip(table.columns, saved, strict=True):
            column.width = kept


def _without(table: Table, headers: set[str]) -> Table:
    """A copy of ``table`` (every setting, title and rows) without the columns headed ``headers``."""
    narrower = copy.copy(table)
    kept = [column for column in table.columns if column.header not in headers]
    narrower.columns, narrower.rows = [], []
    for column in kept:
        narrower.add_column(**{f.name: getattr(column, f.name) for f in fields(Column) if not f.name.startswith("_")})
    cells = [list(column.cells) for column in kept]
    for index, row in enumerate(table.rows):
        narrower.add_row(*(column[index] for column in cells), style=row.style, end_section=row.end_section)
    return narrower
