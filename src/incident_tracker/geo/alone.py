"""A part of a text looked up alone: the one lookup the answer guards share.

The guards on a chosen answer ask what a part of the text names when it stands alone: the
stand-in guard (:mod:`.standin_guard`) each smaller place beside a district, the pair guard
(:mod:`.pair_guard`) each half of "X and Y", the list guard (:mod:`.list_guard`) each name of
a list, the reference guard (:mod:`.reference_guard`) the place a distance is measured from.
Each looked the part up through the whole chain by its own call, and the stand-in guard kept
the answers of its own; one part was looked up again by the next guard, and again for every
string that names it (a district standing in is checked for every string that names it: a
whole resolution per part was about a tenth of the CPU of scoring the real set).

:func:`resolved_alone` is that lookup, once per part and resolver; :func:`place_alone` the rule
the guards share on it: the chosen answer, unless it is only a district or province named in the
text standing in (a stand-in says nothing of where the part itself lies). The answers are kept
per resolver (one holds one database's places), bounded, so that an answer never outlives it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

if TYPE_CHECKING:
    from .candidates import Candidate, Resolution
    from .chain import Resolver

__all__ = ["place_alone", "resolved_alone"]

_SEEN: WeakKeyDictionary[Resolver, dict[tuple[str, frozenset[str]], Resolution]] = WeakKeyDictionary()
_SEEN_MAX = 4096


def resolved_alone(part: str, chain: Resolver, named: frozenset[str]) -> Resolution:
    """What the chain makes of ``part`` alone, in a text that names the countries ``named``."""
    seen = _SEEN.setdefault(chain, {})
    key = (part, named)
    if key in seen:
        return seen[key]
    if len(seen) >= _SEEN_MAX:
        seen.clear()
    seen[key] = resolution = chain.candidates(part, named=named)
    return resolution


def place_alone(part: str, chain: Resolver, named: frozenset[str]) -> Candidate | None:
    """The place ``part`` names alone, by any match but a stand-in, or None."""
    chosen = resolved_alone(part, chain, named).chosen
    return chosen if chosen is not None and chosen.match != "context" else None
