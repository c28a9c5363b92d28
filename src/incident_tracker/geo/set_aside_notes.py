"""The chain's notes said again for a pick a guard set aside: no note may say the place was taken or located.

The chain writes its notes as it decides, before the guards of :func:`.locate.answer` judge its pick; where a guard
sets the pick aside, ``tracker geocode --explain`` printed the chain's "it is taken" and "'X' is not known; located at
P instead (admin1), as the coarser place the text names" before the guard's reason, which then said the opposite
("Torkham, Kunar": Kunar stands in, but the crossing's Afghan end lies in Nangarhar; geo178's left-out note). Both are
said as what would have been: "it would be taken, but is set aside" (as since the first guards), and "'X' is not known
in P; P would stand in (admin1), as the coarser place the text names, but is set aside" (geo179).
"""

from __future__ import annotations

import re

from .candidates import TAKEN

__all__ = ["set_aside_notes"]

#: :func:`.candidates._fallback`'s note: the district or province the text names standing in for an unknown name.
_STANDS_IN = re.compile(
    r"^(?P<name>.+?) is not known; located at (?P<area>.+?) instead \((?P<precision>\w+)\), "
    r"as the coarser place the text names$"
)


def set_aside_notes(notes: list[str]) -> list[str]:
    """``notes`` as they read once the pick is set aside: taken and located only as what would have been."""
    return [
        _STANDS_IN.sub(
            r"\g<name> is not known in \g<area>; \g<area> would stand in (\g<precision>), as the coarser place the"
            r" text names, but is set aside",
            note.replace(TAKEN, "it would be taken, but is set aside"),
        )
        for note in notes
    ]
