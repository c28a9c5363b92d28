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
that fits is laid out by Rich alone, exactly as before, and so is one that even this cannot
fit (a very narrow terminal).

This module imports Rich: it is imported only where a table is about to be rendered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.table import Table

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions

#: The narrowest a folding column is made to fit the table: a date or a short word whole.
FOLDED = 10


class FittingTable(Table):
    """A :class:`rich.table.Table` whose widths add up to no more than it is given, where
    that costs no word more than a fold."""

    def _calculate_column_widths(self, console: Console, options: ConsoleOptions) -> list[int]:
        """Rich's widths, narrowed where they add up to more than ``options.max_width`` (see the module)."""
        widths = super()._calculate_column_widths(console, options)
        excess = sum(widths) - options.max_width
        if excess <= 0:
            return widths
        whole, folded = [], []
        for index, (column, width) in enumerate(zip(self.columns, widths, strict=True)):
            pad, least = self._get_padding_width(index), column.min_width or 1
            keep = column.no_wrap  # a time of day, a number: kept as Rich has it
            whole.append(width if keep else least + pad)
            folded.append(width if keep else (min(least, FOLDED) if column.overflow == "fold" else least) + pad)
        if sum(folded) > options.max_width:
            return widths
        fitted = list(widths)
        for floors, by_room in ((whole, True), (folded, False)):
            while excess > 0:
                giving = [
                    (width - floor if by_room else width, index)
                    for index, (width, floor) in enumerate(zip(fitted, floors, strict=True))
                    if width > floor
                ]
                if not giving:
                    break
                fitted[max(giving)[1]] -= 1
                excess -= 1
        return fitted
