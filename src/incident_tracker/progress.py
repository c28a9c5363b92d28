"""Progress reports from long library work, without printing.

The library never draws: a long job takes a :data:`Progress` callback and calls it with
how far it is (and the total, when known). The command line passes one that draws a bar
on a terminal (``incident_tracker.cli.output.progress_bar``); Python callers pass their own
or nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

#: Called with (done, total); total is None when it is not known in advance.
Progress = Callable[[int, "int | None"], None]


def counted(items: Iterable[T], report: Callable[[int], None] | None, every: int = 1000) -> Iterator[T]:
    """Yield ``items`` unchanged, calling ``report(count)`` every ``every`` items and once at the end."""
    count = 0
    for count, item in enumerate(items, start=1):
        if report is not None and count % every == 0:
            report(count)
        yield item
    if report is not None and count % every:
        report(count)
