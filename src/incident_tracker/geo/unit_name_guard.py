"""A town's name used for something else: a unit named after it, an old name shared by a province.

Two of the eightieth batch's strings were answered with a town the string does not mean
(docs/geocoding-journal.md, "Batch 80's dev failures: rules (geo159)"):

* "пограничной заставы "Кара-Шоро" Айдаркенского пограничного отряда" (an outpost of the Aidarken
  border detachment) was answered with the town of Aydarken, about 40 km from the shooting. A border
  detachment, regiment, battalion or brigade named after a town is named after its headquarters; its
  stretch of border runs tens of kilometres either side, and an outpost the string names is out on the
  line, not in the town: the string is about the outpost, and the unit only says whose it is.
  :func:`unit_named_after_town` leaves such an answer empty. Not touched: a pack row or a unit the name
  reaches (the Tajik detachments named after their district, "Отряди сарҳадии «Панҷ»", and the Iranian
  regiments named after their county, "هنگ مرزی سراوان", where the set lets the district or county stand
  in); a unit with no outpost named ("на участке Таразского пограничного отряда", a crossing "на участке
  Хорогского пограничного отряда": the set lets the town stand); and an outpost by itself ("Panji Poyon
  border outpost": an outpost is named after the village it stands at, and the set places it there).
* "the Leninabad district of neighbouring Tajikistan" was answered with Khujand, whose old name Leninabad
  is. A Soviet-era name was shared by the town, its district and its province (Leninabad: Khujand, the
  Leninabad district, now Ghafurov's, and the Leninabad province, now Sughd); a string that says
  "district" of such a name does not say which it means, and the town the old name reaches is not a district.
  :func:`old_name_district` leaves it empty when the name is held both as the town's former name (an alias)
  and as a province's. "Leninabad" alone and "the Leninabad region" still read the province. geo163: also
  when the town is a province's seat or a capital (its province's point) and the name is another name, not
  a spelling of its own ("the Frunze district": Bishkek; Stalinabad, Poltoratsk, Tashauz): the district of
  such a name was the city's surroundings, no point. A district seat's old name is left alone, as districts
  often keep it ("Панфиловский район", g7312: the Panfilov district, seat Zharkent, once Panfilov); so is a
  spelling ("the Kulyab district": Kulob's). Tried first for every town: it cost g7312 and g1133 (`dev`).
* "outpost No. 3 of the Kyzyl-Kiya border unit" (geo163): "border unit" is the troops' unit, read as a
  detachment is; "unit" alone is not (the Persian "یگان" of g3946, where the set lets Khorugh stand in).

And one latent far answer: bare "Surkhan-Daria" (a report naming Uzbekistan and Tajikistan) answered,
by sound, Sher Khan Bandar in Kunduz across the Amu Darya: :mod:`.sound_province` (moved there by
geo162, which made it hold for the province's spellings as a class) leaves it empty.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from .province_town import SEAT_KM
from .sound_province import CLOSE
from .text import name_key, phonetic_key, words

if TYPE_CHECKING:
    from .candidates import Candidate, Resolution
    from .chain import Resolver

#: A unit of border troops that covers a stretch of border from a headquarters town: a detachment, regiment,
#: battalion or brigade (English, Russian, Tajik and Kyrgyz in Cyrillic), and the English "border unit" (geo163:
#: "unit" alone is no troop word, as the Persian "یگان" of g3946 is not; after "border" it is the troops' unit).
#: Outposts and posts are left out (they stand at the place they are named after).
_TROOP_UNIT = re.compile(
    r"\b(?:detachments?|regiments?|battalions?|brigades?|border\s+units?)\b|(?:погран)?отряд|батальон|полк|бригад",
    re.IGNORECASE,
)

#: Russian and Kyrgyz adjective endings of a town's name ("Айдаркенского", "Хорогский"): cut off before
#: the name is compared.
_ADJECTIVE_END = re.compile(r"(?:ского|ском|ским|ский|ская|ской|скую|ское|ого|ому|ым|ий|ый|ой)$")

#: An outpost or post the string places ("пограничной заставы "Кара-Шоро"", "the Istiqlol post"): the string is
#: about it, and the troop unit named beside it says only whose outpost it is.
_OUTPOST = re.compile(r"\b(?:outposts?|posts?)\b|застав|пост\b|поста\b|посту\b|постом\b|дидбонгоҳ", re.IGNORECASE)


def unit_named_after_town(place: str, chosen: Candidate, resolution: Resolution) -> str | None:
    """Why ``chosen`` must not answer ``place`` (a detachment, regiment, battalion or brigade named after
    the town chosen), or None.

    The town is known by its name and, when it was reached by another name (a stand-in, an alias, a variant:
    "the Isfana border detachment" reaches Razzakov, Isfana's name since 2000), by the text's own words for it
    (geo160)."""
    if chosen.source == "pack" or chosen.level is not None or chosen.kind is not None:
        return None  # a pack row or a unit: the set lets the district or county the unit is named after stand in
    unit = _TROOP_UNIT.search(place)
    if unit is None or _OUTPOST.search(place[: unit.start()]) is None:
        return None  # the unit alone ("на участке Таразского пограничного отряда"): the set lets its town stand
    own = _keys(chosen.name)
    parsed = resolution.parsed
    reached_by = parsed.context if chosen.match == "context" else [parsed.name] if chosen.match != "name" else []
    for part in reached_by:  # the text's words that reached the town: a context part, or an alias looked up
        own |= {key for word in words(part) for key in _keys(word)}
    before = words(place[: unit.start()])[-4:]  # "the Aidarken border detachment", "Айдаркенского пограничного отряда"
    after = words(place[unit.end() :])[:4]  # "the detachment of Aidarken", "отряда «Айдаркен»"
    # a hyphenated name is two words to words() ("Kyzyl-Kiya": kyzyl, kiya): each pair is tried joined (geo160)
    joined = [a + b for side in (before, after) for a, b in pairwise(side)]
    if not any(_keys(word) & own for word in before[-3:] + after[:3] + joined):
        return None
    return (
        f"left unlocated: {place!r} names a unit of border troops after {chosen.label}, its headquarters; "
        "the unit's stretch of border is not the town"
    )


def old_name_district(place: str, chosen: Candidate, resolution: Resolution, chain: Resolver) -> str | None:
    """Why ``chosen`` must not answer ``place`` (a district called by a Soviet-era name that was also a
    province's, answered with the town of that old name), or None."""
    if chosen.match not in ("alias", "variant") or chosen.level is not None or chosen.source == "pack":
        return None
    if resolution.parsed.level != "admin2":
        return None  # not called a district itself ("the town of Jalal-Abad in the district of Suzac")
    if chosen.country in _province_countries(resolution.parsed.name, chain):
        return (
            f"left unlocated: {resolution.parsed.name!r} is an old name both of {chosen.label} and of a province; "
            "the string calls it a district and does not say which district is meant"
        )
    if not _province_seat(chosen, chain) or _sounds_as_own(resolution.parsed.name, chosen.name):
        return None  # a district seat's old name is often its district's still (Panfilov district, g7312)
    return (
        f"left unlocated: {resolution.parsed.name!r} is an old name of {chosen.label}, a province's seat; "
        "the string calls it a district and does not say which district is meant"
    )


def _province_seat(chosen: Candidate, chain: Resolver) -> bool:
    """Is ``chosen`` its province's seat (the point the gazetteer gives the province: Bishkek, Bokhtar)?"""
    from .gazetteer import haversine_km

    area = chain.gazetteer.admin1_area(chosen.country or "", chosen.admin1_code or "")
    if area is None or area.latitude is None or area.longitude is None:
        return False
    return haversine_km(area.latitude, area.longitude, chosen.latitude, chosen.longitude) <= SEAT_KM


def _sounds_as_own(name: str, own: str) -> bool:
    """Does ``name`` (as written, or without a Russian adjective ending) sound as ``own``, the town's name, at
    least :data:`.sound_province.CLOSE`? "Kulyab" is Kulob's spelling; "Frunze" is Bishkek's old name (geo163)."""
    from rapidfuzz import fuzz

    own_key = phonetic_key(name_key(own))
    key = name_key(name)
    keys = {phonetic_key(key), phonetic_key(_ADJECTIVE_END.sub("", key))}
    return own_key is None or any(k is None or fuzz.ratio(k, own_key) >= CLOSE for k in keys)


def _province_countries(name: str, chain: Resolver) -> set[str]:
    """The countries with a province held by ``name``: as written, without a Russian adjective ending, or
    by sound (geo160: "Ленинабадский район" and "the Leninobod district" are g7701's Leninabad in another
    form; the town is reached by a variant of its name, the province by the same name's sound)."""
    lookup = chain.gazetteer.admin1_lookup
    key = name_key(name)
    keys = {key, _ADJECTIVE_END.sub("", key)}
    found = {country for k in keys for country, _code in lookup.by_key.get(k, [])}
    for k in keys:
        pkey = phonetic_key(k)
        if pkey and len(pkey) >= 5:
            found |= {country for _key, (country, _code) in lookup.by_pkey.get(pkey, [])}
    return found


def _keys(text: str) -> set[str]:
    """The phonetic keys of a word as written and without a Russian adjective ending ("Айдаркенского" →
    Aidarken's key)."""
    key = name_key(text)
    stem = _ADJECTIVE_END.sub("", key)
    # "Исфанинского" → исфанин: a name ending in -a takes -ин- before the ending (Исфана → Исфанинский; geo160)
    found = {phonetic_key(key), phonetic_key(stem), phonetic_key(stem[:-2] + "а") if stem.endswith("ин") else None}
    return {k for k in found if k and len(k) >= 3}
