"""The score of a likely-duplicate pair, defined once: its weights, the toll part, and the sum.

Every path that scores a pair adds through these functions, in the same order, so that each
finds the same score to the last bit: :func:`~.duplicates.similarity` (a draft against a
record, and the definition the tests hold the sweeps to), the window of the sweep
(``duplicate_window``, small files) and the array sweep (``duplicate_arrays``, large ones),
whose NumPy arrays go through :func:`pair_score` as they are and through
:func:`toll_scores`, the element-by-element form of :func:`toll_score`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

#: How much each part weighs in a pair's score (they add to 1).
WEIGHTS = {"date": 0.3, "place": 0.3, "toll": 0.2, "type": 0.2}
_W_DATE, _W_PLACE, _W_TOLL, _W_TYPE = WEIGHTS["date"], WEIGHTS["place"], WEIGHTS["toll"], WEIGHTS["type"]
#: The toll part when either number killed is unknown: neither for the pair nor against it.
UNKNOWN_TOLL = 0.5

Number = TypeVar("Number", float, "NDArray[np.float64]")


def toll_score(killed: float | None, other: float | None) -> float:
    """The toll part of a pair's score, between 0 and 1: 1 for the same number killed, the
    smaller over the larger otherwise (tolls far apart lower the score but do not rule the
    pair out), :data:`UNKNOWN_TOLL` when either is unknown (None)."""
    if killed is None or other is None:
        return UNKNOWN_TOLL
    if killed == other:
        return 1.0
    return min(killed, other) / max(killed, other)


def toll_scores(numpy: Any, killed: NDArray[np.float64], other: NDArray[np.float64]) -> NDArray[np.float64]:
    """:func:`toll_score` of each pair of elements, unknown being NaN (``numpy`` is the module,
    which only the array sweep imports); the same operations, so the same bits."""
    with numpy.errstate(invalid="ignore", divide="ignore"):
        found: NDArray[np.float64] = numpy.where(
            numpy.isnan(killed) | numpy.isnan(other),
            UNKNOWN_TOLL,
            numpy.where(killed == other, 1.0, numpy.minimum(killed, other) / numpy.maximum(killed, other)),
        )
    return found


def date_place(date: Number, place: Number) -> Number:
    """The date and place parts of a pair's score, added first (a sweep keeps them in tables)."""
    return _W_DATE * date + _W_PLACE * place


def pair_score(date_and_place: Number, toll: Number, kind: Number) -> Number:
    """A pair's score: :func:`date_place`'s sum, then the toll part (:func:`toll_score`) and
    the type part (1 the same sub-event type, 0.7 the same event type only, 0 neither)."""
    return date_and_place + _W_TOLL * toll + _W_TYPE * kind
