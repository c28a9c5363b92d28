"""The gazetteer tier's provinces: which first-level units (and countries) a text names, and their points.

Split from :mod:`.tiers` (which answers towns, districts and pack places) when that module reached its
line limit: a province is matched by its own index (``Gazetteer.admin1_lookup``), by exact name, sound,
a word of its name or a near spelling, never by the town rows, so the two concerns share only the
gazetteer and the answer's form. :class:`ProvinceTier` is the mixin :class:`.tiers.GazetteerTier` is
built on; its methods are called by the scope and bound readers as ``tier.match_admin1`` as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .candidates import ALTERNATE, EXACT, PHONETIC, PHONETIC_GATE, make_location
from .gazetteer import Area, Gazetteer
from .region import DEFAULT_REGION
from .scripts import has_arabic_letter
from .text import latin_key, name_key, phonetic_key, stands_whole

if TYPE_CHECKING:
    from geopy.location import Location


class ProvinceTier:
    """Provinces and countries of the offline gazetteer, matched by their own index."""

    source = "geonames"
    gazetteer: Gazetteer

    def match_admin1(self, text: str, countries: frozenset[str] | None = None) -> dict[tuple[str, str], float]:
        """Provinces a text may name, with a 0–100 score ("Badakhshan" → AF.01 100, TJ.01 85)."""
        key = name_key(text)
        if not key:
            return {}
        pkey = phonetic_key(key)
        index = self.gazetteer.admin1_lookup
        scores: dict[tuple[str, str], float] = {}

        def add(slots: list[tuple[str, str]], score: float) -> None:
            for slot in slots:
                if (countries is None or slot[0] in countries) and score > scores.get(slot, 0.0):
                    scores[slot] = score

        add(index.by_key.get(key, []), EXACT)
        if pkey and len(pkey) >= 4:
            from rapidfuzz import fuzz

            for area_key, slot in index.by_pkey.get(pkey, []):
                if fuzz.ratio(latin_key(key), latin_key(area_key)) >= PHONETIC_GATE:
                    add([slot], PHONETIC)
        if len(key) >= 5:
            add(index.by_word.get(key, []), 85.0)
        if scores or not pkey or len(pkey) < 5:
            return scores
        from rapidfuzz import fuzz, process

        near = index.pkeys.near(len(pkey), 85)
        for area_pkey, ratio, _ in process.extract(pkey, near, scorer=fuzz.ratio, score_cutoff=85, limit=20):
            for area_key, slot in index.by_pkey.get(area_pkey, []):
                score = (ratio + fuzz.ratio(latin_key(key), latin_key(area_key))) / 2
                if score >= 85:
                    add([slot], min(score, 84.0))
        return scores

    def short_admin1(
        self, text: str, countries: frozenset[str] | None, matched: dict[tuple[str, str], float], whole: str = ""
    ) -> dict[tuple[str, str], float]:
        """The one province of the region a word of whose name the text is, after a province word:
        "صوبہ سیستان" (Urdu: the province Sistan) → Sistan and Baluchestan, as a name it is known by.

        A word of a name is no name ("Sistan" alone stays unread); a unit word that says province,
        with one province of the region (and of the countries given, if any) holding the word, makes
        it the province's short name. Two provinces holding it ("Khorasan") leave it unread. Arabic
        script, and Latin when the word stands whole in ``whole`` ("Iran's Sistan province"; the chain
        tries a hyphened name's halves alone, and "Gorno" is no short name); not Cyrillic. A name
        matched by sound or better is not replaced.
        """
        key = name_key(text)
        latin = key.isascii() and stands_whole(text, whole)  # not Cyrillic, not a half of a hyphened name
        if len(key) < 5 or not (latin or has_arabic_letter(key)) or any(s >= PHONETIC for s in matched.values()):
            return {}
        region = DEFAULT_REGION | (countries or frozenset())
        slots = {slot for slot in self.gazetteer.admin1_lookup.by_word.get(key, []) if slot[0] in region}
        if len(slots) != 1 or (countries is not None and next(iter(slots))[0] not in countries):
            return {}
        return dict.fromkeys(slots, ALTERNATE)

    def near_admin1(self, text: str, countries: frozenset[str] | None) -> dict[tuple[str, str], float]:
        """The one province of the named countries spelled nearly so ("the Afghan province of
        Takhor" → Takhar, "Baghdis province" → Badghis), as a sound-alike; none if two come close.

        Only where the text says "province" and names its country: a country has a few dozen
        provinces, so one near spelling among them is the province meant.
        """
        key = name_key(text)
        if countries is None or len(countries) > 3 or len(key) < 5:
            return {}
        from rapidfuzz import fuzz

        index = self.gazetteer.admin1_lookup
        best: dict[tuple[str, str], float] = {}
        for area_key, slots in index.by_key.items():
            for slot in slots:
                if slot[0] in countries:
                    best[slot] = max(best.get(slot, 0.0), fuzz.ratio(latin_key(key), latin_key(area_key)))
        ranked = sorted(best.items(), key=lambda item: -item[1])
        if not ranked or ranked[0][1] < 75 or (len(ranked) > 1 and ranked[1][1] > ranked[0][1] - 10):
            return {}
        return {ranked[0][0]: PHONETIC}

    def near_provinces(self, name: str, named: frozenset[str]) -> list[Location]:
        """The province of the countries the text names spelled nearly so ("the province of
        Baghdis" in a report naming AF → Badghis), as a sound-alike: see :meth:`near_admin1`."""
        found = []
        for country, code in self.near_admin1(name, named or None):
            area = self.gazetteer.admin1_area(country, code)
            if location := area and self.area_location(area, PHONETIC):
                found.append(location)
        return found

    def area_location(self, area: Area, score: float) -> Location | None:
        if area.latitude is None or area.longitude is None:
            return None
        raw = {
            "name": area.name,
            "admin1": area.name if area.level == "admin1" else None,
            "admin1_code": area.code,
            "country": area.country,
            "latitude": area.latitude,
            "longitude": area.longitude,
            "geo_precision": area.level,
            "source": self.source,
            "score": score,
            "id": f"{area.country}.{area.code}" if area.code else area.country,
            "seat": area.seat,
            "population": 0,
            "level": area.level,
            "match": "name" if score >= ALTERNATE else "phonetic" if score == PHONETIC else "partial",
        }
        return make_location(raw)

    # the city units of a region word ------------------------------------------------

    def without_city_units(self, scores: dict[tuple[str, str], float]) -> dict[tuple[str, str], float]:
        """A region word ("Almaty region", "Алматинская область", "Tashkent region") names the region,
        not the city holding a unit of its own under the same name: of two units of one country tied
        on the name, one a city unit (its name its seat's: Almaty, Tashkent) and the other not
        (Almaty Oblysy, Toshkent), the city unit is dropped; it was an ambiguity with no answer."""
        top = max(scores.values(), default=0.0)
        kinds = {slot: self._city_unit(*slot) for slot, s in scores.items() if s == top}
        kept = dict(scores)
        for slot, city in kinds.items():
            if city and any(o[0] == slot[0] and other is False for o, other in kinds.items()):
                del kept[slot]
        return kept

    def _city_unit(self, country: str, code: str) -> bool | None:
        """True for a unit named as its seat is, False for one with a point and another seat's name,
        None for a unit with no point or no seat (Osh City: no region to prefer)."""
        area = self.gazetteer.admin1_area(country, code)
        if area is None or area.latitude is None or not area.seat:
            return None
        return name_key(area.name) == name_key(area.seat)

    @staticmethod
    def _best(scores: dict[tuple[str, str], float], areas: frozenset[tuple[str, str]] | None) -> dict[Any, float]:
        if areas is not None:
            scores = {slot: s for slot, s in scores.items() if slot in areas}
        return scores
