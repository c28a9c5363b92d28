"""``tracker duplicates``: pairs of recorded incidents that look like one event.

The pairs stream as they are found (tables of up to :data:`TABLE_BATCH` pairs, or the
elements of one JSON array), so a large database never waits for every pair.
"""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from json.encoder import encode_basestring
from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import ValidationError
from ..store.filters import Filters
from .base import state
from .options import filter_options
from .render import message

if TYPE_CHECKING:
    from ..store import IncidentStore
    from ..store.duplicates import Pair

PairsJson = Annotated[bool, typer.Option("--json", help="Print the pairs as JSON.")]


@filter_options
def duplicates_command(
    ctx: typer.Context,
    filters: Filters,
    days: Annotated[int, typer.Option("--days", min=0, help="Largest gap between the two dates, in days.")] = 3,
    km: Annotated[float, typer.Option("--km", min=0.1, help="Distance at which places stop counting as alike.")] = 50.0,
    min_score: Annotated[
        float, typer.Option("--min-score", min=0.0, max=1.0, help="Report pairs scoring at least this (0-1).")
    ] = 0.6,
    strongest_first: Annotated[
        bool,
        typer.Option(
            "--strongest-first", help="Sort by score, most alike first (waits for the end; default: as found, by date)."
        ),
    ] = False,
    as_json: PairsJson = False,
) -> None:
    """List pairs of recorded incidents that look like one event (same days, nearby, same type).

    The score weighs date 0.3, place 0.3, toll 0.2 and type 0.2. The toll part is the smaller
    number killed over the larger (0.5 when either is unknown), so tolls far apart (5 and 1
    killed) lower a pair's score but do not rule it out: compare the tolls before confirming.

    Each line gives the pair, a score and why, as they are found (in date order); confirm
    one with tracker link NEW OLD --kind duplicate_of (or tracker delete NEW --duplicate-of OLD).
    Both incidents of a pair match the filters.

    Examples:

    \b
      tracker duplicates --days 2 --km 25
      tracker duplicates --country TJ --since 2025 --json
    """
    from ..store.duplicates import most_alike_first, scan_duplicate_batches, scan_duplicate_blocks

    if filters.deleted:
        raise ValidationError("--deleted: duplicates are looked for among live incidents only.")
    if not math.isfinite(km):  # NaN passes Click's range; the library refuses both too, in its own words
        raise ValidationError(f"--km must be a number of kilometres, not {km}.")
    if math.isnan(min_score):
        raise ValidationError("--min-score must be a number from 0 to 1, not nan.")
    store = state(ctx).store(create=False)
    with _pairs_progress(store, filters) as progress:
        if not (as_json or strongest_first):  # the table in date order: a block of the sweep at a time
            from .duplicate_table import print_pair_blocks

            blocks = scan_duplicate_blocks(
                store, days=days, km=km, min_score=min_score, filters=filters, progress=progress
            )
            first, count = print_pair_blocks(blocks, store, days)
        else:
            batches = scan_duplicate_batches(
                store, days=days, km=km, min_score=min_score, filters=filters, progress=progress
            )
            if strongest_first:
                ranked = most_alike_first(p for batch in batches for p in batch)
                batches = iter([ranked[i : i + TABLE_BATCH] for i in range(0, len(ranked), TABLE_BATCH)])
            first, count = _print_pairs(batches, as_json, store, days)
    if as_json:
        return
    if first is not None:
        message(
            f"{count} likely duplicate pair(s). Confirm one with: "
            f"tracker link {first[1][0]} {first[0][0]} --kind duplicate_of"
        )
    else:
        message("No likely duplicates.")


#: Pairs per printed table: the table streams in pieces, so a million incidents never
#: wait for (or hold in memory) every pair before the first is shown.
TABLE_BATCH = 50


def _print_pairs(
    batches: Iterator[list[Pair]], as_json: bool, store: IncidentStore, days: int
) -> tuple[Pair | None, int]:
    """Print the pairs as they come (tables of at least TABLE_BATCH pairs, or the elements of
    one JSON array); return the first pair and the count."""
    from .duplicate_table import print_pairs_table

    # A person watching sees each pair as it is found; a file or a pipe gets full buffers
    # (a flush per pair was a system call per pair, millions of them on a large file).
    live = sys.stdout.isatty()
    first: Pair | None = None
    count = 0
    pending: list[Pair] = []
    shown = time.monotonic()
    write = sys.stdout.write
    item = _JsonItems(days).item
    for batch in batches:
        if first is None:
            first = batch[0]
            if as_json:
                write("[\n")
        elif as_json:
            write(",\n")
        count += len(batch)
        if as_json:
            write(",\n".join(map(item, batch)))
            if live:
                sys.stdout.flush()
        else:
            pending += batch
            # A person watching gets what was found at least every second; a file full tables.
            if len(pending) >= TABLE_BATCH or (live and time.monotonic() - shown >= 1.0):
                print_pairs_table(pending, store, days)
                pending, shown = [], time.monotonic()
    if as_json:
        write("\n]\n" if first is not None else "[]\n")
    elif pending:
        print_pairs_table(pending, store, days)
    return first, count


class _JsonItems:
    """Each pair as ``json.dumps(Match.as_dict(), indent=2)`` writes it inside a list, built
    directly: the indenting encoder is pure Python, and was half the time of a large run.
    Ids are ints and the score a float, which JSON writes as ``str`` and ``repr`` do; the
    reasons' part (and the score) are written once per ``reasons_key`` (and value):
    millions of pairs share far fewer of them."""

    def __init__(self, days: int) -> None:
        from ..store.duplicates import pair_reasons, reasons_key

        self.days, self._reasons, self._key = days, pair_reasons, reasons_key
        self.whys: dict[tuple[object, ...], str] = {}
        self.scores: dict[float, str] = {}

    def item(self, pair: Pair) -> str:
        key = self._key(pair)
        why = self.whys.get(key)
        if why is None:
            if len(self.whys) >= _KEEP:
                self.whys.clear()
            why = self.whys[key] = _json_reasons(self._reasons(pair, self.days))
        score = self.scores.get(pair[2])
        if score is None:
            if len(self.scores) >= _KEEP:
                self.scores.clear()
            score = self.scores[pair[2]] = repr(round(pair[2], 2))
        return f'  {{\n    "first": {pair[0][0]},\n    "second": {pair[1][0]},\n    "score": {score},\n{why}'


#: Entries each cache of _JsonItems keeps at most.
_KEEP = 200_000


def _json_reasons(reasons: list[str]) -> str:
    text = ",\n      ".join(map(encode_basestring, reasons))
    return f'    "reasons": [\n      {text}\n    ]\n  }}' if text else '    "reasons": []\n  }'


@contextmanager
def _pairs_progress(store: IncidentStore, filters: Filters) -> Iterator[Callable[[int], None] | None]:
    """The one progress bar (incidents read of those matching) on stderr when it is a terminal;
    pairs printed to a terminal go above it, into a file or a pipe untouched."""
    from .output import progress_bar

    total = store.count(filters) if sys.stderr.isatty() else None
    with progress_bar("Looking for duplicates", total, redirect_stdout=sys.stdout.isatty()) as report:
        yield report
