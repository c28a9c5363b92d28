"""Long free text laid out in time linear in its length.

Rich joins a wrapped text into one segment holding every line break, and its line
splitter (``Segment.split_and_crop_lines``) takes that segment apart with
``str.partition`` — copying the rest of the text at each break, so a note of many
lines costs time in the square of its length (a 1 MB note of short lines took
seconds, 10 MB well over a minute). :class:`LinearText` wraps exactly as
:class:`rich.text.Text` does and yields each wrapped line as its own segments.

Imports Rich: import this module only where something is drawn.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from rich.segment import Segment
from rich.text import Text

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions


class LinearText(Text):
    """A :class:`rich.text.Text` whose lines are rendered one by one (same wrapping, same
    measure), so laying out a long value takes time linear in its length."""

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        tab_size = console.tab_size if self.tab_size is None else self.tab_size
        no_wrap = bool(self.no_wrap if self.no_wrap is not None else options.no_wrap)
        lines = self.wrap(
            console,
            options.max_width,
            justify=self.justify or options.justify or "default",
            overflow=self.overflow or options.overflow or "fold",
            tab_size=tab_size or 8,
            no_wrap=no_wrap,
        )
        for number, line in enumerate(lines):
            if number:
                yield Segment.line()
            yield from line.render(console)
        if self.end:
            yield Segment(self.end)


def linear(text: Text) -> LinearText:
    """``text`` (styles, justification and all) as a :class:`LinearText`."""
    copy = LinearText(
        text.plain,
        style=text.style,
        justify=text.justify,
        overflow=text.overflow,
        no_wrap=text.no_wrap,
        end=text.end,
        tab_size=text.tab_size,
    )
    copy.spans[:] = text.spans
    return copy
