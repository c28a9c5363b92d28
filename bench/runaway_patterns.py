"""Find the extraction patterns whose search time runs away on a long run of names, digits or apostrophes.

    python bench/runaway_patterns.py              # screen every pattern, then measure the slow ones
    python bench/runaway_patterns.py --words 40   # the length the slow ones are measured up to

Why: a pattern that reads a name which may hold hyphens (``[A-Z][\\w’'-]*``) and repeats it across ``[\\s-]+`` can
split "Kala-Kala-…-Kala" 2**n ways before it gives up, and ``tracker extract`` on a pasted text then hangs for
minutes (issue 14's reader; tests/test_extract_hyphen_runs.py). Such a pattern is found here mechanically, not by
reading ~800 patterns.

What it checks: every compiled pattern held at module level by a module of ``incident_tracker.extract`` (also in a
tuple, list or dict there). Each is searched in texts built of one *shape* (a hyphenated run of capitalised words, a
spaced one, a run of hyphenated pairs, names joined by "and", a run of apostrophes, of digits, of digit groups),
set after a *prefix* (none, "the", "on the", …, and each lowercase word of the pattern's own source alone and before
"the"/"of", so that its keywords lead into the run) and before a *suffix* that makes the match fail late (" x",
".", "’s", " and"). Screening: every pattern, shape and context at 16 words, under an alarm; a pattern whose
slowest text took over 5 ms is measured again at 10, 20 and 40 words (its slowest context only), and flagged when
its time grows faster than linearly in the run (the time ratio at 20 → 40 words over 3, or a time-out): a
quadratic growth is printed as such, an exponential one times out at 40 words.

Printed: each pattern measured (the slow ones and at least the five slowest; module, name, shape, context, the three
times and the growth exponent), ``FLAG`` before those that grow faster than linearly, then the slowest pattern's
time at the longest run. Exit 1 when any pattern takes over ``--limit`` seconds at that length.
"""

from __future__ import annotations

import argparse
import importlib
import math
import pkgutil
import random
import re
import re._constants as sre_constants
import re._parser as sre_parse
import signal
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import incident_tracker.extract as extract_package  # noqa: E402

#: Shapes of pasted text that make a name-reading pattern split a run every way.
SHAPES: dict[str, Callable[[int], str]] = {
    "hyphenated": lambda n: "-".join(["Kala"] * n),
    "spaced": lambda n: " ".join(["Kala"] * n),
    "pairs": lambda n: " ".join(["Kala-Dara"] * (n // 2 or 1)),
    "and": lambda n: " and ".join(["Kala"] * n),
    "apostrophes": lambda n: "Kala" + "’'" * n,
    "possessives": lambda n: " ".join(["Kala’s"] * n),
    "digits": lambda n: "1" * (4 * n),
    "digit groups": lambda n: " ".join(["12"] * n),
    "commas": lambda n: ", ".join(["Kala"] * n),
}
PREFIXES = ("", "the ", "of ", "in the ", "on the ", "at ", "near ", "from ", "said ")
SUFFIXES = (" x", ".", "’s", " and")
_SOURCE_WORD = re.compile(r"(?<![\\\w])[a-z]{2,}(?!\w)")
SCREEN_WORDS = 16
SCREEN_SLOW = 0.005
GROWTH_FLAG = 3.0
MEASURED_AT_LEAST = 5


class _TimedOut(Exception):
    """Raised by the alarm inside a search that ran past its time (``_sre`` checks signals as it backtracks)."""


def _alarm(_signum: int, _frame: object) -> None:
    raise _TimedOut


@dataclass(frozen=True)
class Found:
    """One compiled pattern and where it is held."""

    module: str
    name: str
    pattern: re.Pattern[str]


def module_patterns() -> list[Found]:
    """Every compiled pattern at module level in ``incident_tracker.extract`` (one container level deep)."""
    found: list[Found] = []
    seen: set[int] = set()
    for info in pkgutil.iter_modules(extract_package.__path__):
        module = importlib.import_module(f"{extract_package.__name__}.{info.name}")
        for name, value in vars(module).items():
            for label, pattern in _patterns_in(name, value):
                if id(pattern) not in seen:
                    seen.add(id(pattern))
                    found.append(Found(info.name, label, pattern))
    return found


def _patterns_in(name: str, value: object) -> Iterator[tuple[str, re.Pattern[str]]]:
    if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
        yield name, value
    elif isinstance(value, (tuple, list)):
        for index, item in enumerate(value):
            if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                yield f"{name}[{index}]", item
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                yield f"{name}[{key!r}]", item


_RUN_MARK = "\x00"
_SAMPLES = 24
_LEADS_KEPT = 40


def leads(pattern: re.Pattern[str], samples: int = _SAMPLES) -> set[str]:
    """Texts that lead the pattern into a name: random strings it would read, cut where it reads a capital letter.

    The pattern's parse tree is walked with random choices (an alternative of each branch, a count of each repeat);
    every capital letter a character class allows is written as a mark, and the text up to each mark is one lead.
    A run put after such a lead is read by the pattern's own name token, whatever keywords it wants first ("the
    western areas of …", "on the …")."""
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:
        return set()
    chooser = random.Random(pattern.pattern)
    found: set[str] = set()
    for _ in range(samples):
        written = "".join(_write(tree, chooser, 0))
        for cut, char in enumerate(written):
            if char == _RUN_MARK:
                found.add(re.sub(r"\s+", " ", written[:cut].replace(_RUN_MARK, "K")))
    return set(chooser.sample(sorted(found), min(len(found), _LEADS_KEPT)))


def _write(items: object, chooser: random.Random, depth: int) -> Iterator[str]:
    """One string the parsed items would read, a capital letter told by the mark (see :func:`leads`)."""
    if depth > 40:
        return
    for op, value in items:  # type: ignore[attr-defined]
        if op is sre_constants.LITERAL:
            yield chr(value)
        elif op is sre_constants.NOT_LITERAL or op is sre_constants.ANY:
            yield "a" if value != ord("a") else "b"
        elif op is sre_constants.IN:
            yield _class_char(value, chooser)
        elif op is sre_constants.BRANCH:
            yield from _write(chooser.choice(value[1]), chooser, depth + 1)
        elif op is sre_constants.SUBPATTERN:
            yield from _write(value[-1], chooser, depth + 1)
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
            low, high, body = value
            count = chooser.randint(low, min(high, low + 2))
            for _ in range(count):
                yield from _write(body, chooser, depth + 1)
        elif op is sre_constants.ATOMIC_GROUP:
            yield from _write(value, chooser, depth + 1)
        elif op is sre_constants.GROUPREF_EXISTS:
            yield from _write(value[1], chooser, depth + 1)


def _class_char(members: list[tuple[object, object]], chooser: random.Random) -> str:
    """A character of a class: the mark when it allows a capital, else a space, a lowercase letter or a digit."""
    if members and members[0][0] is sre_constants.NEGATE:
        return "a"
    for op, value in members:
        if op is sre_constants.RANGE and value[0] <= ord("K") <= value[1]:
            return _RUN_MARK
        if op is sre_constants.LITERAL and chr(value).isupper() and chooser.random() < 0.5:  # type: ignore[arg-type]
            return _RUN_MARK
    for op, value in members:
        if op is sre_constants.CATEGORY:
            return {"CATEGORY_SPACE": " ", "CATEGORY_DIGIT": "1"}.get(str(value), "a")
        if op is sre_constants.LITERAL:
            return chr(value)  # type: ignore[arg-type]
        if op is sre_constants.RANGE:
            return chr(value[0])  # type: ignore[index]
    return "a"


def contexts(pattern: re.Pattern[str]) -> list[tuple[str, str]]:
    """(prefix, suffix) pairs: the common ones and the pattern's own lowercase words leading into the run."""
    words = sorted(set(_SOURCE_WORD.findall(pattern.pattern)))
    prefixes = list(PREFIXES) + sorted(leads(pattern))
    for word in words:
        prefixes += [f"{word} ", f"{word} the ", f"{word} of "]
    return [(prefix, suffix) for prefix in prefixes for suffix in SUFFIXES]


def search_time(pattern: re.Pattern[str], text: str, limit: float) -> float:
    """Seconds one search of the text took (``math.inf`` past the limit)."""
    signal.setitimer(signal.ITIMER_REAL, limit)
    started = time.perf_counter()
    try:
        pattern.search(text)
    except _TimedOut:
        return math.inf
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time.perf_counter() - started


def slowest_text(found: Found, words: int, limit: float) -> tuple[float, str, str, str]:
    """The slowest (time, shape, prefix, suffix) over every shape and context at ``words`` words."""
    slowest = (0.0, "", "", "")
    for shape, build in SHAPES.items():
        run = build(words)
        for prefix, suffix in contexts(found.pattern):
            text = f"{prefix}{run}{suffix}"
            taken = search_time(found.pattern, text, limit)
            if SCREEN_SLOW < taken < math.inf:  # a slow time on a shared machine may be a pause: the best of three
                taken = min([taken] + [search_time(found.pattern, text, limit) for _ in range(2)])
            if taken > slowest[0]:
                slowest = (taken, shape, prefix, suffix)
                if taken == math.inf:
                    return slowest
    return slowest


def growth(found: Found, shape: str, prefix: str, suffix: str, lengths: tuple[int, ...], limit: float) -> list[float]:
    """The best of three search times of one text shape at each run length (``inf`` once one times out)."""
    times: list[float] = []
    for words in lengths:
        text = f"{prefix}{SHAPES[shape](words)}{suffix}"
        best = min(search_time(found.pattern, text, limit) for _ in range(3))
        times.append(best)
        if best == math.inf:
            times += [math.inf] * (len(lengths) - len(times))
            break
    return times


def exponent(short: float, long: float) -> float:
    """The growth exponent between two times measured at a length and its double (1 linear, 2 quadratic)."""
    if long == math.inf or short == math.inf:
        return math.inf
    return math.log2(max(long, 1e-7) / max(short, 1e-7))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=40, help="the longest run measured (default 40)")
    parser.add_argument("--limit", type=float, default=1.0, help="seconds one search may take (default 1)")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGALRM, _alarm)
    patterns = module_patterns()
    lengths = (args.words // 4, args.words // 2, args.words)
    screened = [(found, *slowest_text(found, SCREEN_WORDS, args.limit)) for found in patterns]
    screened.sort(key=lambda row: row[1], reverse=True)
    over = sum(1 for row in screened if row[1] > SCREEN_SLOW)
    print(f"{len(patterns)} patterns screened at {SCREEN_WORDS} words; {over} over {SCREEN_SLOW * 1000:.0f} ms")
    # the slow ones, and the slowest few however fast, so that the worst time at the longest run is measured
    slow = screened[: max(over, MEASURED_AT_LEAST)]
    worst = (0.0, "none")
    failed = False
    for found, _taken, shape, prefix, suffix in slow:
        times = growth(found, shape, prefix, suffix, lengths, args.limit)
        rate = exponent(times[1], times[2])
        where = f"{found.module}.{found.name}"
        if times[-1] > worst[0]:
            worst = (times[-1], where)
        flag = "FLAG" if times[2] == math.inf or times[2] / max(times[1], 1e-7) > GROWTH_FLAG else "ok  "
        shown = " ".join("timeout" if t == math.inf else f"{t * 1000:.2f}ms" for t in times)
        print(f"{flag} {where}: {shape} after {prefix!r}, before {suffix!r}: {lengths} words {shown}, n^{rate:.1f}")
        failed = failed or times[-1] > args.limit
    print(f"slowest at {args.words} words: {worst[1]} {worst[0] * 1000:.1f} ms")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
