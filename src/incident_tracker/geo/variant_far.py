"""A place the string names only by another of its names in other letters, far from the border the text is about.

:func:`.answer_guard.far_from_border` leaves empty a loose answer (a recorded alias, a stand-in, a sound-alike)
more than :data:`.answer_guard.FAR_KM` from every pack place between the countries the text names. A ``variant``
escaped it: the string in other letters spelling a recorded name, which the tier scores as high as the place's own
name. Most variants are that own name ("Кветта" is Quetta, "Ашхабад" Ashgabat); some are not: "Достык" spells
Dostyk, a recorded other name of Druzhba, the railway town on the Chinese line. In a report on Kazakhstan and
Uzbekistan it answered Druzhba, 1,139 km from the Kazakh–Uzbek line (g8214, batch 85's first score, one of the
"variant" path's wrongs in geofirst's table; that string names the line, and :mod:`.named_line_guard` has held it
since; the bare name was not held).

:func:`far_variant` holds such a variant as an alias is held: a variant that is another name
(:func:`.other_name.by_other_name`: not the place's own name in other letters), in a text naming two countries or
more, farther than :data:`.answer_guard.FAR_KM` from every pack place between them: no answer. A variant that sounds
as the place's own name ("Бейнеу", Beyneu, 1,220 km from the one pack place of the Kazakh–Uzbek line) is its own
name and is left alone, as is one whose first words do ("Бейнеу border post": the lookup drops the kind words).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .other_name import by_other_name

if TYPE_CHECKING:
    from .candidates import Candidate, Resolution

__all__ = ["far_variant"]


def far_variant(chosen: Candidate, resolution: Resolution) -> str | None:
    """Why ``chosen`` must not answer (a variant that is another of its names, far from the border between the
    countries the text names: see the module), or None."""
    from .answer_guard import far_from_border

    if chosen.match != "variant" or _sounds_as_own(chosen, resolution.parsed.name):
        return None
    return far_from_border(chosen, resolution.named, loose=True)


def _sounds_as_own(chosen: Candidate, name: str) -> bool:
    """Whether the name, or its first words (the lookup drops a kind word after it: "Бейнеу border post" is looked up
    as "Бейнеу"), sounds as ``chosen``'s own name."""
    words = name.split()
    return any(not by_other_name(chosen, " ".join(words[:count])) for count in range(1, len(words) + 1))
