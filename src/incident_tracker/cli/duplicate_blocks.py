"""The table of ``tracker duplicates`` made from one block of the sweep's columns
(``store.duplicate_block``): byte for byte what :meth:`PairTable.rows` writes of the same
pairs, without a Python step per pair.

Why: on the dense bench file (8.6 million pairs, 2.2 GB of table) writing the table one pair
at a time cost about three times the sweep that found the pairs. Here a pair's text is cut
into pieces that each come from something met far less often than pairs:

* the first incident's first line (an incident's lines are made once, see ``PairTable``);
* when both incidents are located, the score (``  0.85  ``), by value;
* why's first line and a newline, or, when one of the two is unlocated, the score and why's
  first line together: such a pair's score follows from its reasons (same gap, countries,
  tolls and types: the same score), so one piece serves its whole group;
* for each later line of the two incidents (the first's, then the second's), that line, then
  why's line of the same number beside it (or nothing) and a newline; after the last of
  them, why's later lines alone and the blank line that ends the pair.

The groups are those of ``PairBlock.reason_groups`` (the pairs with the same reasons), their
words made once a sweep (:class:`_Why`). The pieces go into one NumPy array of objects in
the order of the text, each kind of piece put in place at once by array indexing, and
the array is joined at once. The pieces are kept encoded (UTF-8), so the join gives the
bytes to write: joined as text, a block with one non-ASCII character ("–" of a date span)
became a string of two bytes a character, then had to be encoded whole (on the 1M file the
join and the write took ~10 s; each piece is encoded once, when it is made).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from .duplicate_table import SCORE_WIDTH

if TYPE_CHECKING:
    from ..store.duplicate_block import PairBlock
    from .duplicate_table import PairTable


#: Groups whose words are kept (the dense 1M bench file has 261,000; each ~0.5 kB).
KEEP_GROUPS = 500_000


class _Groups:
    """The words of the groups of pairs of one sweep, each group numbered when first met: its
    why lines, and as columns by number the pieces most pairs take (why's first line; with the
    score before it; what follows two one-line incidents). The codes in the groups' keys mean
    the same in every block of one sweep (``PairColumns.codes``), and only there."""

    def __init__(self, codes: object) -> None:
        self.codes = codes
        self.number: dict[tuple[int, ...], int] = {}
        self.lines: list[list[str]] = []
        self.afters: dict[tuple[int, int], bytes] = {}
        self.pieces = _Column(), _Column(), _Column()  # head, scored head, after two lines

    def numbers(self, table: PairTable, block: PairBlock, one: list[int], keys: list[tuple[int, ...]]) -> Any:
        """The number of each group of ``block`` (``one`` of its pairs, and its key)."""
        import numpy as np

        number = self.number
        found: list[int | None] = list(map(number.get, keys))  # no Python step of ours per group
        made: list[tuple[bytes, bytes, bytes]] = []
        for at in [at for at, known in enumerate(found) if known is None]:  # groups met for the first time
            key, pair = keys[at], block.pair(one[at])
            lines = table.why_lines(pair)
            found[at] = number[key] = len(self.lines)
            self.lines.append(lines)
            # key[1]: the distance in km, -1 when either is unlocated (the score follows from the key)
            scored = f"  {table._score(pair[2])}  {lines[0]}\n" if key[1] < 0 else ""
            made.append((f"{lines[0]}\n".encode(), scored.encode(), table.after(lines, 2).encode()))
        for column, texts in zip(self.pieces, zip(*made, strict=True), strict=False):
            column.extend(texts)
        return np.array(found, dtype=np.int64)

    def after(self, table: PairTable, group: int, lines: int) -> bytes:
        """What follows the last of ``lines`` incident lines (``PairTable.after``), encoded."""
        found = self.afters.get((group, lines))
        if found is None:
            found = self.afters[group, lines] = table.after(self.lines[group], lines).encode()
        return found

    def beside(self, group: int, line: int) -> bytes:
        """Why's line ``line`` as it follows an incident line that is not the last, and the newline."""
        why = self.lines[group]
        reason = why[line] if line < len(why) else ""
        return f"{' ' * (SCORE_WIDTH + 4)}{reason}\n".encode() if reason else b"\n"


class _Column:
    """A NumPy array of strings that grows at its end (by doubling its room)."""

    def __init__(self) -> None:
        import numpy as np

        self.array: Any = np.empty(1024, dtype=object)
        self.size = 0

    def extend(self, texts: tuple[bytes, ...]) -> None:
        import numpy as np

        size = self.size + len(texts)
        if size > len(self.array):
            grown = np.empty(max(size, 2 * len(self.array)), dtype=object)
            grown[: self.size] = self.array[: self.size]
            self.array = grown
        self.array[self.size : size] = texts
        self.size = size


def block_bytes(table: PairTable, block: PairBlock) -> bytes:
    """The lines of the pairs of ``block`` (which has columns), as :meth:`PairTable.rows` writes
    them, encoded in UTF-8."""
    import numpy as np

    columns = block.columns
    assert columns is not None
    groups = table.groups
    if not isinstance(groups, _Groups) or groups.codes is not columns.codes or len(groups.lines) >= KEEP_GROUPS:
        groups = table.groups = _Groups(columns.codes)
    group, one, keys = block.reason_groups()
    group = groups.numbers(table, block, one, keys)[group]
    head, scored, after_two = (column.array for column in groups.pieces)
    rows, first, second = columns.rows, columns.first, columns.second
    used = np.unique(np.concatenate((first, second)))
    lines = table.lines_of(rows, used.tolist())
    shown = np.empty(len(rows), dtype=object)
    shown[used] = _objects([found[0].encode() for found in lines])
    height = np.zeros(len(rows), dtype=np.int64)
    height[used] = np.fromiter(map(len, lines), dtype=np.int64, count=len(lines))
    upper = height[first]
    total = upper + height[second]  # lines of the two incidents
    located = ~np.isnan(columns.distance)
    count = 2 * total + located  # pieces of each pair (see the module's docstring)
    end = np.cumsum(count)
    at = end - count
    pieces = np.empty(int(end[-1]), dtype=object)
    pieces[at] = shown[first]
    at += 1
    near = np.flatnonzero(located)
    if len(near):
        values, which = np.unique(columns.score[near], return_inverse=True)
        made = [f"  {table._score(value)}  ".encode() for value in values.tolist()]
        pieces[at[near]] = _objects(made)[which.reshape(-1)]
        at[near] += 1
    pieces[at] = scored[group]
    pieces[at[near]] = head[group[near]]
    at += 1
    # The usual pair: two one-line incidents; the second's line, then what follows it.
    pieces[at] = shown[second]
    pieces[at + 1] = after_two[group]
    taller = np.flatnonzero(total > 2)
    if len(taller):
        _taller(table, groups, taller, pieces, at, _Incidents(first, second, upper, total, shown, used, lines), group)
    return b"".join(pieces.tolist())


class _Incidents(NamedTuple):
    """The incidents of a block's pairs: by pair, positions of the first and second, lines of the
    first and of both; by position, each one's first line; and the lines of those ``used``."""

    first: Any
    second: Any
    upper: Any
    total: Any
    shown: Any
    used: Any
    lines: list[tuple[str, ...]]


def _taller(
    table: PairTable, groups: _Groups, taller: Any, pieces: Any, at: Any, incidents: _Incidents, group: Any
) -> None:
    """The pieces, from the second incident line on, of the pairs at ``taller``: those with an
    incident of more than one line (``at``: where each pair's second incident line goes)."""
    import numpy as np

    first, second, upper, total = (column[taller] for column in incidents[:4])
    group, at = group[taller], at[taller].copy()
    deepest = int(total.max())
    cells = np.full((len(incidents.shown), deepest), b"", dtype=object)  # each incident's lines by number
    cells[:, 0] = incidents.shown
    for position, found in zip(incidents.used.tolist(), incidents.lines, strict=True):
        if len(found) > 1:
            cells[position, : len(found)] = [line.encode() for line in found]
    for line in range(1, deepest):
        these = np.flatnonzero(total > line)
        above = upper[these]
        own = cells[first[these], min(line, deepest - 1)]
        below = cells[second[these], np.clip(line - above, 0, deepest - 1)]
        pieces[at[these]] = np.where(line < above, own, below)
        at[these] += 1
        middle = these[total[these] > line + 1]  # not the last line: why's line beside it
        if len(middle):
            numbers, which = np.unique(group[middle], return_inverse=True)
            made = [groups.beside(number, line) for number in numbers.tolist()]
            pieces[at[middle]] = _objects(made)[which.reshape(-1)]
            at[middle] += 1
    # After the last incident line: why's line beside it, why's later lines, the blank line.
    ends, which = np.unique(group * (deepest + 1) + total, return_inverse=True)
    made = [groups.after(table, *divmod(end, deepest + 1)) for end in ends.tolist()]
    pieces[at] = _objects(made)[which.reshape(-1)]


def _objects(texts: list[bytes]) -> Any:
    """``texts`` as a NumPy array of objects (a list of bytes would become fixed-width bytes)."""
    import numpy as np

    array = np.empty(len(texts), dtype=object)
    array[:] = texts
    return array
