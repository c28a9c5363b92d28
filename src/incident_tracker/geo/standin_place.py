"""A province standing in while the text's name holds a known place among its words.

When the chain cannot find the text's name inside the province the text names, the province stands in
(``match == "context"``, ``admin1``). The name it could not find is often a few words around a place: "markas
polisi di Rask" (Indonesian, the police headquarters in Rask) and "مقرّ شرطة مدينة راسك" (Arabic, the same), beside
Sistan and Baluchestan (batch 89's g8613 and g8622, first time); "ба шаҳри Хоруғ" (to the town of Khorugh) beside
Gorno-Badakhshan; "شبرغان مرکز" (Sheberghan, the centre) beside Jowzjan. The readers strip the words they know in
each language; words they do not know leave the whole name unknown, and the province answers for a place the text
names, hundreds of km from it (Sistan and Baluchestan's point is Zahedan, 366 km from Rask). Out of sample this was
the geocoder's lowest path (docs/geocoding-journal.md, "Out-of-sample precision per path, batches 56–90").

:func:`place_in_standin`: a run of the name's words (up to :data:`RUN_WORDS`, never the whole name) that is, by its
own name or a recorded spelling, a place of that province of some standing (a border place of the pack, a district,
a town of at least :data:`.province_elsewhere.TOWN_FLOOR` people) answers instead of the province, when it is the one
such place of the name: the place wins. Two such places ("Jamrud and Lower Dir"), or one in a name that lists ("the
Jamrud and X areas": "and" in the set's languages, :data:`.shape_guard.AND_WORDS`, or Malay's "dan"), leave the
province as before (the list guards judge it); so do a name with a digit (a distance, a post's number) and two names
joined by a dash ("the Torkham-Jalalabad highway in Nangarhar": a road between two places, which the province holds).
A name the text calls a district or prefecture is answered only by a district ("Чапан Шахристан районунун" of Sughd,
`dev` g3040: an extra word before Shahriston's name; "Changji Hui Autonomous Prefecture", Xinjiang: not the town).

:func:`place_elsewhere`: a run that is such a place of the province's country in *another* province says the report
has filed it under a unit that does not hold it ("the Taftan customs yard, Khyber Pakhtunkhwa"): no answer, as
:func:`.province_elsewhere.province_elsewhere` rules for a whole name. A run also found inside the province is left to
the place rule; a place of another country is taken for a namesake, as there.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .alone import resolved_alone
from .province_elsewhere import TOWN_FLOOR, name_elsewhere
from .shape_guard import AND_WORDS
from .text import name_key, strip_level

if TYPE_CHECKING:
    from .candidates import Candidate, Resolution
    from .chain import Resolver
    from .phrase import ParsedQuery

#: The longest run of words tried as a place ("Dand-e Patan", "Lower Dir", "Spin Boldak" are two or three).
RUN_WORDS = 3
_UNITS = ("admin1", "country")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_DIGIT = re.compile(r"\d")
_PREFECTURE = re.compile(r"\bprefecture\b", re.IGNORECASE)
#: "and" in the set's languages, and Malay's "dan": a name that lists places ("Jamrud dan X") is no one place.
_LISTING = AND_WORDS | {"dan"}


def _standin(resolution: Resolution) -> Candidate | None:
    """The province standing in for the text's name, if it does (and the name is not itself called a unit)."""
    chosen, parsed = resolution.chosen, resolution.parsed
    if chosen is None or chosen.match != "context" or chosen.geo_precision != "admin1":
        return None
    if parsed.level in ("admin1", "country") or _DIGIT.search(parsed.name) or parsed.pair is not None:
        return None  # a province's name, a distance, or two names joined by a dash (a road between two places)
    return chosen


def _called_a_unit(parsed: ParsedQuery) -> bool:
    """Does the text call the name a district or prefecture ("X district", "شهرستان X", "X Autonomous Prefecture",
    the Han reader's English)? Then a town of the name is no point for it (its seat, not the unit)."""
    return (
        parsed.level == "admin2"
        or strip_level(parsed.name)[1] is not None
        or _PREFECTURE.search(parsed.name) is not None
    )


def _runs(name: str) -> list[str]:
    """The name's runs of words, longest first, never the whole name (the chain has tried it)."""
    words = _WORD.findall(name)
    runs = []
    for size in range(min(RUN_WORDS, len(words) - 1), 0, -1):
        runs += [" ".join(words[start : start + size]) for start in range(len(words) - size + 1)]
    return [run for run in runs if len(run) >= 3]


def _of_standing(candidate: Candidate) -> bool:
    """A place whose name means it: a pack place, a district, or a town of :data:`TOWN_FLOOR` people or more."""
    if candidate.match not in ("name", "variant") or candidate.level in _UNITS:
        return False
    if candidate.geo_precision in _UNITS:
        return False
    return candidate.source == "pack" or candidate.level == "admin2" or candidate.population >= TOWN_FLOOR


def _inside(run: str, province: Candidate, resolution: Resolution, chain: Resolver) -> Candidate | None:
    """The place of standing ``run`` names inside ``province``, or None."""
    found = resolved_alone(run, chain, resolution.named).candidates
    inside = [
        c for c in found if _of_standing(c) and c.country == province.country and c.admin1_code == province.admin1_code
    ]
    if _called_a_unit(resolution.parsed):
        inside = [c for c in inside if c.level == "admin2"]  # the text calls it a district: only a district is it
    if not inside:
        return None
    chosen = resolved_alone(run, chain, resolution.named).chosen
    if chosen in inside:
        return chosen  # the chain's own answer for the run
    return max(inside, key=lambda c: (c.level != "admin2", c.source == "pack", c.population, c.score))


def _places(resolution: Resolution, chain: Resolver, province: Candidate) -> tuple[list[Candidate], list[str]]:
    """The places of standing inside the province the name's runs name (one per stretch of words), and the runs
    that name none there."""
    places: dict[str, Candidate] = {}
    outside: list[str] = []
    taken: list[str] = []
    for run in _runs(resolution.parsed.name):
        if any(f" {run} " in f" {longer} " for longer in taken):
            continue  # "Lower Dir" found: "Dir" is part of it
        place = _inside(run, province, resolution, chain)
        if place is None:
            outside.append(run)
            continue
        taken.append(run)
        places.setdefault(name_key(place.label), place)
    return list(places.values()), outside


def place_in_standin(resolution: Resolution, chain: Resolver) -> tuple[Candidate, str] | None:
    """The place the text names inside the province standing in, and why it answers, or None."""
    province = _standin(resolution)
    if province is None:
        return None
    if _LISTING & {word.casefold() for word in resolution.parsed.name.split()}:
        return None  # "the Jamrud and X areas": a list, of which the place is one
    places, outside = _places(resolution, chain, province)
    if len(places) != 1:
        return None  # none, or two places: the province holds them all, and stands in as before
    if any(name_elsewhere(run, province, chain, resolution.named) for run in outside):
        return None  # a place it holds and one it does not: :func:`place_elsewhere` leaves it empty
    place = places[0]
    why = f"{place.label}: the place the text names, in {province.label}, which the text names beside it"
    resolution.notes.append(
        f"{place.label} is among the words of {resolution.parsed.name!r}: it answers, not the province"
    )
    return place, why


def place_elsewhere(resolution: Resolution, chain: Resolver) -> str | None:
    """Why the province standing in must not answer (a run of the name is a place it does not hold), or None."""
    province = _standin(resolution)
    if province is None:
        return None
    _, outside = _places(resolution, chain, province)
    for run in outside:
        if doubt := name_elsewhere(run, province, chain, resolution.named):
            return doubt
    return None


__all__ = ["RUN_WORDS", "place_elsewhere", "place_in_standin"]
