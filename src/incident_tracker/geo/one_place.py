"""Candidates that are one place, counted once: the town, the pack's row of it, its district.

"the border town of Spin Bolak" (Spin Boldak spelt without its d) matched three places a
few letters off: Spin Boldak the town of the border pack, the pack's Spin Boldak District
(named after its seat) and GeoNames' Spīn Bōldak. None is trusted, and the decision's
sound-alike rule (:func:`.candidates._sound_of_a_border_place`) takes only a ``phonetic``
match: so three near-misses of one place left the text empty, where one would have been no
better. This module groups such candidates before the decision looks at them:

* the same name key (unit words such as "District" taken off) within
  :data:`~.candidates.SAME_PLACE_KM` of each other, or
* a district named after a town (its seat) within :data:`~.candidates.ANCHOR_KM`.

A group counts as one candidate, its finest member answering (a town before its district,
the pack's row before GeoNames'), where the sound-alike rule found no answer without grouping.
A group of fuzzy matches, all of one border place of the pack and nothing else in the region,
is then read as the sound-alike rule reads one ``phonetic`` match: taken one step less precise
("near"), as a sound-alike (``sound``), which the answer guards doubt as they doubt every
sound-alike.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .candidates import ANCHOR_KM, SAME_PLACE_KM, _sound_of_a_border_place, border_place_of_pack, coarser
from .gazetteer import haversine_km
from .text import latin_key, name_key, strip_level

if TYPE_CHECKING:
    from .candidates import Candidate


def _bare(candidate: Candidate) -> str:
    return name_key(strip_level(candidate.name)[0])


def same_place(first: Candidate, second: Candidate) -> bool:
    """Are the two candidates one place (one name close by, or a district and its seat)?"""
    if first.country != second.country:
        return False
    km = haversine_km(first.latitude, first.longitude, second.latitude, second.longitude)
    if _bare(first) != _bare(second) or km > ANCHOR_KM:
        return False
    if km <= SAME_PLACE_KM:
        return True
    return (first.level == "admin2") != (second.level == "admin2")  # a district named after its seat


def _fineness(candidate: Candidate) -> tuple[bool, bool, bool]:
    return candidate.level is not None, candidate.source != "pack", candidate.kind is None


def one_place(found: list[Candidate]) -> list[Candidate]:
    """``found`` with each group of candidates that are one place (see the module) counted once,
    by its finest member, in the order of each group's first member."""
    groups: list[list[Candidate]] = []
    for candidate in found:
        group = next((g for g in groups if all(same_place(candidate, c) for c in g)), None)
        if group is None:
            groups.append([candidate])
        else:
            group.append(candidate)
    return [min(group, key=_fineness) for group in groups]


def sound_of_one_place(
    found: list[Candidate], *, narrowed: bool = False, named: frozenset[str] = frozenset()
) -> Candidate | None:
    """The sound-alike answer of the decision, with candidates that are one place counted once.

    Fuzzy matches (a letter or two off) that are all one border place of the pack, with
    nothing else of the region matched, answer as that place's sound-alike would.
    """
    sound = _sound_of_a_border_place(found, narrowed=narrowed, named=named)
    if sound is not None:
        return sound  # what the rule answers without grouping stays its answer
    merged = one_place(found)
    sound = _sound_of_a_border_place(merged, narrowed=narrowed, named=named)
    if sound is not None or any(c.in_region and c.trusted for c in found):
        return sound
    in_region = [c for c in merged if c.in_region]
    if len(in_region) != 1 or len(merged) == len(found):
        return None  # not several candidates of one place: the rules above are unchanged
    (only,) = in_region
    if only.match != "fuzzy" or not border_place_of_pack(only):
        return None
    return replace(only, geo_precision=coarser(only.geo_precision, "near"), match="sound")


__all__ = ["one_place", "same_place", "sound_of_one_place"]


#: The word for a town or village before or after its name, in every script of the region: Russian "город",
#: "в городе", "города" (and "г."), "село", "кишлак", Tajik and Uzbek "шаҳри", "деҳаи", "қишлоқ", Kyrgyz "шаары",
#: "айылы", Persian, Dari and Urdu "شهر"/"شہر", "روستای", "قریه", "گاؤں", Pashto "ښار", "کلی", Arabic "مدينة",
#: "قرية", English "city"/"town". "شهرستان" (county) and "شهرک" are other words: only whole words count.
_TOWN_WORD = re.compile(
    r"(?:^|(?<=[\s«\"(]))(?:город|городе|города|городу|г\.|шаҳри|шахри|шаҳр|шаары|шаарында|шаарындагы|"
    r"село|селе|села|кишлак|кишлаке|кишлака|деҳаи|деҳа|қишлоқ|қишлоғи|айылы|айылында|"
    r"shahri|shahar|شهر|شہر|مدينة|مدينه|مدینه|ښار|روستای|روستا|قریه|قريه|قرية|کلی|کلي|گاؤں|گاؤں|city|town)"
    r"(?=[\s»\")]|$)",
    re.IGNORECASE,
)


def town_named(best: Candidate, eligible: list[Candidate], text: str, level: str | None = None) -> Candidate:
    """The town, not the district or province of its name, when the text calls the place a town or village.

    "город Исфара" (the town of Isfara): the pack's Isfara District matches the Cyrillic name
    as its own, GeoNames' town only as a letter-for-letter spelling (``variant``), so the
    district ranked first and answered ``admin2`` where the text named the town. The town
    answers when it is the same place (its bare name, within :data:`SAME_PLACE_KM`). So too for a
    province bearing the town's name ("شهر کابل", "د کابل ښار": the city of Kabul, not Kabul province at its
    capital's point) and for a town the gazetteer knows in that script only as another of its names ("مدينة
    زاهدان": Zahedan, not Zahedan County; geo142). Not where the text names a unit too ("a village of Kurram
    district", ``level``): the town word then speaks of a place within the unit.
    """
    if best.level not in ("admin2", "admin1") or level is not None or not _TOWN_WORD.search(" ".join(text.split())):
        return best
    bare = latin_key(_bare(best))
    for c in eligible[1:]:
        close = haversine_km(best.latitude, best.longitude, c.latitude, c.longitude) <= SAME_PLACE_KM
        same = c.level is None and c.kind in (None, "town") and latin_key(_bare(c)) == bare
        if same and close and c.match in ("name", "variant", "alias"):
            return c
    return best
