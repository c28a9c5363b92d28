"""Progress reports from long library work, without printing.

The library never draws: a long job takes a callback and calls it with how far it is. Its two
shapes are named here once, so that every long job reports alike and the command line can hand
each one the same bar (``incident_tracker.cli.output.progress_bar``, whose callback takes either):

- :data:`Count`, ``report(done)``, where the total is not known in advance: the records an export
  wrote, the rows an import read, the incidents the duplicates sweep read.
- :data:`Progress`, ``report(done, total)``: the bytes of a gazetteer build or a download (total 0
  when the server does not say), the incidents a batch geocoding has done.

Python callers pass their own callback, or nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

#: Called with how many are done, where the total is not known in advance.
Count = Callable[[int], None]

#: Called with (done, total); total is 0 when it is not known.
Progress = Callable[[int, int], None]


def counted(items: Iterable[T], report: Count | None, every: int = 1000) -> Iterator[T]:
    """Yield ``items`` unchanged, calling ``report(count)`` every ``every`` items and once at the end."""
    count = 0
    for count, item in enumerate(items, start=1):
        if report is not None and count % every == 0:
            report(count)
        yield item
    if report is not None and count % every:
        report(count)
