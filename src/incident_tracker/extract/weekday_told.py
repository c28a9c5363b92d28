"""A day of telling named twice: "told VOA on Monday, 19 October", "said in a statement on Monday, March 12".

:func:`.dates.find_dates` reads a weekday and the calendar day right after it as one date, the calendar day's. The
telling's words sit before the weekday, so the weekday is read as the day a word was said (a reporting day) while
the calendar day, one word further on, lost them: "told VOA on Monday, 19 October (28 Mizan), that since the day
before at least 16 rockets … had come down" (VOA Dari 1241) and "the Guards said in a statement on Monday, March
12" (Press TV 987) were dated to the day of telling, as if the rockets and the car bomb were that day's. The day the
weekday glosses is the same day, told the same way: a reporting day. Dev shows the shape in six reports of six
outlets (Azadi 813, Afghanistan International 35, PanARMENIAN 159 and Rappler 580 among them, the last two already
read so because their verb sits close enough).
"""

from __future__ import annotations

import dataclasses
import itertools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .dates import FoundDate

__all__ = ["weekday_told"]


def weekday_told(ordered: list[FoundDate], kept: list[FoundDate]) -> list[FoundDate]:
    """``kept``, with a calendar day marked as a reporting day when the weekday before it, dropped as its gloss
    (in ``ordered`` but not in ``kept``), was read as one."""
    out = list(kept)
    for weekday, day in itertools.pairwise(ordered):
        if weekday.reporting and not day.reporting and weekday not in kept and day in out:
            out[out.index(day)] = dataclasses.replace(day, reporting=True)
    return out
