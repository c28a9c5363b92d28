"""The zero point of a province's border: a point on a line, which the province does not place.

"نقطه صفر مرزی X" (Persian, the zero point of the border of X), Urdu "X زیرو پوائنٹ" and English
"the zero point of the X border" name the very line between two countries, at one spot of it. When
X is a crossing or a border town ("نقطه صفر مرزی دوغارون"), the spot is that place's and the reader
answers it. When X is a province ("نقطه صفر مرزی گلستان با کشور ترکمنستان", the zero point of
Golestan's border with Turkmenistan), the spot is anywhere on a line hundreds of kilometres long at
the province's edge, and the province's point, its centre, says nothing of where on that line: as
"the zero point of the Iran–Afghanistan border" (unlocated), so the zero point of a province's
stretch of it. :func:`zero_point_of_province` leaves it unlocated rather than let the province stand
for a point on its rim (g5361, the set's one confidently wrong `dev` answer at the fifty-eighth
batch's rules). A district or county is left answered: its border is short, and its point is read
as the crossing's district is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .candidates import Candidate

#: "نقطه صفر مرزی", "نقطهٔ صفر" (Persian, Dari: the hamza of the ezafe optional), "زیرو پوائنٹ" (Urdu), "zero point"/
#: "zero-point" (English).
_ZERO_POINT = re.compile(
    r"(?:^|(?<=\s))(?:نقطه\u200c?ٔ?\s+صفر|زیرو\s+پوائنٹ)(?=\s|$)|\bzero[\s-]+point\b",
    re.IGNORECASE,
)


def names_zero_point(place: str) -> bool:
    """Does ``place`` speak of the zero point of a border (in Persian, Urdu or English)?"""
    return _ZERO_POINT.search(place) is not None


def zero_point_of_province(place: str, chosen: Candidate) -> str | None:
    """Why ``chosen`` must not answer (a province for the zero point of its border), or None."""
    if chosen.geo_precision != "admin1" or not names_zero_point(place):
        return None
    return (
        f"left unlocated: the zero point of the border is one spot on the line; {chosen.label}, a province, "
        "does not say where on its border it lies"
    )
