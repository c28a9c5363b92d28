"""Guards on answers to Arabic-script place phrases: wrong is worse than empty.

The reader (:mod:`.phrase`, :mod:`.phrase_arabic`) takes the word for a border crossing
off an Arabic-script phrase before the name is looked up ("معبر سبين بولداك", "گذرگاه مرزی
X", "چمن کی سرحدی گذرگاہ"), because the name alone is what the gazetteer knows. In English the
kind word stays ("the Spin Boldak border crossing") and the border pack's crossing is matched
by its alias. In Arabic script no such alias exists for most crossings, so the name alone
finds the town the crossing is named after, and that town's point is given as ``exact``:
10 km from the crossing at Spin Boldak, a confident and wrong answer.

:func:`crossing_doubt` says when such an answer must not be given: the text names a crossing,
and the chosen place is neither a crossing (or post) nor a district or province, which
honestly claims only the unit that holds the crossing. The text is then left unlocated with
a note, as any untrusted answer is. Measured on the real set (docs/geocoding.md, section
"Eleventh batch"): it removes the one confidently wrong ``dev`` answer of this kind and costs
no right answer there.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .gazetteer import BORDER_KINDS
from .phrase_arabic import has_arabic_letter

if TYPE_CHECKING:
    from .candidates import Candidate

#: "معبر" (Arabic), "گذرگاه" / "گذرگاہ" / "گزرگاہ" (Persian and Urdu; ذ and ز both written):
#: a border crossing. "بارڈر", "سرحد", "مرز" (border) are not: "چمن بارڈر" is Chaman's border,
#: the town itself as much as its crossing.
_CROSSING_WORD = re.compile(r"(?:^|(?<=\s))(?:معبر|المعبر|گذرگاه|گذرگاہ|گزرگاه|گزرگاہ|گذرگه)(?=\s|$)")
#: Precisions that claim no more than a unit holding the crossing.
_UNIT_PRECISIONS = frozenset({"admin2", "admin1", "country"})


def crossing_doubt(text: str, chosen: Candidate) -> str | None:
    """Why ``chosen`` must not answer ``text`` (a crossing named in Arabic script, answered by a
    town's point), or None when it may."""
    if not has_arabic_letter(text) or not _CROSSING_WORD.search(" ".join(text.split())):
        return None
    if chosen.kind in BORDER_KINDS or chosen.geo_precision in _UNIT_PRECISIONS:
        return None
    return (
        f"a border crossing is named, but only {chosen.label} of that name is known, whose point is not the crossing's"
    )
