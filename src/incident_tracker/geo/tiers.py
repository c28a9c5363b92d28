"""The offline gazetteer tier of the chain: towns, districts, provinces and countries of GeoNames and the pack.

Its provinces and countries are matched in :mod:`.tier_provinces` (the mixin it is built on); the
user's own places, the tier before it, are in :mod:`.places_tier`. It answers a parsed
query with :class:`geopy.location.Location` objects whose ``raw`` dict carries name, province,
country, coordinates, precision, source and a 0–100 score.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .candidates import (
    ALTERNATE,
    EXACT,
    FUZZY_CEILING,
    FUZZY_FLOOR,
    FUZZY_MIN_LETTERS,
    PHONETIC,
    PHONETIC_GATE,
    _country_named,
    coarser,
    make_location,
)
from .crossing_words import border_word_towns
from .gazetteer import Gazetteer, Place, Scope
from .name_links import with_links, without_links
from .phrase import ParsedQuery
from .scripts import has_arabic_letter
from .skeleton import PackSkeletons, carried_by_name, words_fit
from .sound_letters import kept_apart, sound_name, spellings_of
from .text import ByLength, latin_key, name_key, phonetic_key
from .tier_provinces import ProvinceTier

if TYPE_CHECKING:
    from geopy.location import Location


class GazetteerTier(ProvinceTier):
    """Towns, provinces and countries from the offline GeoNames gazetteer (its provinces: :mod:`.tier_provinces`)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    @cached_property
    def _pack_keys(self) -> ByLength:
        return ByLength(list(self.gazetteer.pack_keys))

    @cached_property
    def _pack_skeletons(self) -> PackSkeletons:
        keys = self.gazetteer.pack_keys.values()
        return PackSkeletons({k: [(p.id, p.name) for p in self.gazetteer.by_key(k) if p.tier == "pack"] for k in keys})

    # towns ------------------------------------------------------------------------

    def towns(self, key: str, scope: Scope) -> dict[int, tuple[float, Place, bool, str]]:
        """Places matching a name key: exact, then phonetic, then (only if neither) fuzzy.

        Values are (score, place, primary, match) — see :func:`is_rival` for ``match``.
        """
        found: dict[int, tuple[float, Place, bool, str]] = {}
        pkey = phonetic_key(key)
        self._named_towns(found, key, pkey, scope)
        if not pkey or len(pkey) < 4:
            return found
        query_latin = latin_key(key)
        self._sounding_towns(found, key, pkey, query_latin, scope)
        if found or len(query_latin) < FUZZY_MIN_LETTERS:
            return found
        self._fuzzy_towns(found, pkey, query_latin, scope)
        if not found and len(query_latin) >= 10:
            self._one_pack_place_near(found, key, query_latin, scope)
        return found

    def _named_towns(self, found: _Towns, key: str, pkey: str | None, scope: Scope) -> None:
        """Places with ``key`` among their names: by their own name (or any name of a curated pack row), by a
        spelling that sounds as their own does, else by an alternate name."""
        for place in self.gazetteer.by_key(key, scope):
            own = name_key(place.name)
            if place.key == own or place.tier == "pack":  # every name of a pack row is curated
                _keep(found, place, EXACT, "name")
            elif pkey and pkey == phonetic_key(own):
                _keep(found, place, EXACT, "variant")
            else:
                _keep(found, place, ALTERNATE, "alias")

    def _sounding_towns(self, found: _Towns, key: str, pkey: str, query_latin: str, scope: Scope) -> None:
        """Places whose phonetic key is the query's: the same name in other letters ("Торхам", Torkham) as a
        variant, one close enough in Latin letters as a sound-alike, unless the letters keep them apart."""
        from rapidfuzz import fuzz

        def sounds_so(name: str, _: str | None) -> bool:  # the test below, on the row's keys alone
            latin = latin_key(name)
            return (query_latin != key and query_latin == latin) or fuzz.ratio(query_latin, latin) >= PHONETIC_GATE

        for place in self.gazetteer.by_phonetic(pkey, scope, keep=sounds_so):
            if query_latin != key and query_latin == latin_key(place.key):
                _keep(found, place, EXACT, "variant")  # "Торхам" is "Torkham" letter for letter, not a sound-alike
            elif fuzz.ratio(query_latin, latin_key(place.key)) >= PHONETIC_GATE and not kept_apart(
                key, spellings_of(place)
            ):  # "Сават" is no Shovot: Cyrillic writes s and sh apart
                _keep(found, place, PHONETIC, "phonetic")

    def _fuzzy_towns(self, found: _Towns, pkey: str, query_latin: str, scope: Scope) -> None:
        """Places whose phonetic key starts as the query's and is close to it, scored between
        :data:`FUZZY_FLOOR` and :data:`FUZZY_CEILING`: what a misspelt name may mean, when nothing closer did."""
        from rapidfuzz import fuzz

        prefix = pkey[: max(3, len(pkey) - 2)]

        def close_sound(_: str, other: str | None) -> bool:  # the first two tests below, on the row's keys alone
            return bool(other) and abs(len(other or "") - len(pkey)) <= 2 and fuzz.ratio(pkey, other or "") >= 80

        for place in self.gazetteer.by_phonetic_prefix(prefix, scope, keep=close_sound):
            if not place.pkey or abs(len(place.pkey) - len(pkey)) > 2:
                continue
            phonetic = fuzz.ratio(pkey, place.pkey)
            if phonetic < 80:
                continue
            score = min((phonetic + fuzz.ratio(query_latin, latin_key(place.key))) / 2, FUZZY_CEILING)
            if score >= FUZZY_FLOOR:
                _keep(found, place, score, "fuzzy")

    def _one_pack_place_near(self, found: _Towns, key: str, query_latin: str, scope: Scope) -> None:
        """ "Sheikh Khan Bandar": a long name a few letters off one border place of the pack (and off no other),
        where nothing else sounds so: that place, as a sound-alike."""
        from rapidfuzz import fuzz, process

        keys = self.gazetteer.pack_keys
        texts = self._pack_keys.near(len(query_latin), 80)
        near = process.extract(query_latin, texts, scorer=fuzz.ratio, score_cutoff=80, limit=6)
        if near and near[0][1] >= 85:
            close = [keys[text] for text, score, _ in near if score >= near[0][1] - 5]
            places = {p.id: p for k in close for p in self.gazetteer.by_key(k, scope) if p.tier == "pack"}
            if len(places) == 1:  # its spellings ("Sher"/"Shir Khan Bandar") may tie; two places may not
                place = next(iter(places.values()))
                if not kept_apart(key, spellings_of(place)):
                    _keep(found, place, PHONETIC, "phonetic")

    def by_skeleton(self, key: str, scope: Scope, text: str = "") -> dict[int, tuple[float, Place, bool, str]]:
        """An Arabic-script name that nothing matched ("بنجكور", Panjgur in Arabic letters): the one
        pack place with its consonant skeleton (:mod:`.skeleton`), as a sound-alike; none if two have it,
        or if ``text`` (the name as written) splits a word of every spelling that matched (:func:`.words_fit`)."""
        if not has_arabic_letter(key):
            return {}
        found = self._pack_skeletons.place(key)
        if found is None:
            return {}
        place_id, keys = found
        place = next((p for k in keys for p in self.gazetteer.by_key(k, scope) if p.id == place_id), None)
        if place is None or kept_apart(key, spellings_of(place)):  # outside the scope; "سوات" is no Shovot
            return {}
        matched = [s for s in spellings_of(place) if name_key(s) in keys] or spellings_of(place)
        if text and not any(words_fit(text, s) for s in matched):  # "ډېره الله یار" is no "Dir Lower"
            return {}
        if not any(carried_by_name(s) for s in matched):  # "كابيسا" is no "Gawi Pass": its "Pass" matched
            return {}
        return {place.id: (PHONETIC, place, False, "phonetic")}

    def town_location(self, place: Place, score: float, primary: bool, precision: str, match: str = "name") -> Location:
        raw = {
            "name": place.name,
            "admin1": place.admin1,
            "admin1_code": place.admin1_code,
            "country": place.country,
            "latitude": place.latitude,
            "longitude": place.longitude,
            # A district's point stands for the district: admin2, never finer, nor a province ("Kaldar province").
            "geo_precision": coarser(precision, place.level) if place.level != "admin2" else "admin2",
            "source": "pack" if place.tier == "pack" else self.source,
            "score": score,
            "id": place.id,
            "population": place.population,
            "primary": primary,
            "match": match,
            "kind": place.kind,
            "border_with": list(place.border_with),
            "level": place.level,
            "admin2": place.admin2,
        }
        return make_location(raw)

    # the tier ---------------------------------------------------------------------

    def geocode(self, parsed: ParsedQuery, scope: Scope) -> list[Location]:
        countries, areas = scope
        key = name_key(parsed.name)
        if not key:
            return []
        results: list[Location] = []
        if parsed.level == "admin1":
            matched = self.match_admin1(parsed.name, countries) or self.near_admin1(parsed.name, countries)
            matched.update(self.short_admin1(parsed.name, countries, matched, parsed.text))
            for (country, code), score in self.without_city_units(self._best(matched, areas)).items():
                area = self.gazetteer.admin1_area(country, code)
                location = area and self.area_location(area, score)
                if location:
                    results.append(location)
            if results:
                return results
        towns = self.towns(key, scope)
        plain = without_links(parsed.name)
        if plain and not any(score >= ALTERNATE for score, *_ in towns.values()):
            # "Shamsiddini Shohin", "Шамсиддини Шохин": the Tajik izafet joins the words of a name.
            found = self.towns(name_key(plain), scope)
            towns.update({i: t for i, t in found.items() if t[0] >= ALTERNATE})
        for linked in with_links(parsed.name) if not any(t[0] >= ALTERNATE for t in towns.values()) else ():
            # "Mazar Sharif", "Pul Khumri": the ezafe left out, put back (the first spelling a place bears as a name;
            # by its key alone: no sound-alike or near-miss of a spelling the text did not write)
            found = {}
            self._named_towns(found, name_key(linked), phonetic_key(name_key(linked)), scope)
            if found:
                towns.update(found)
                break
        by_bare = parsed.bare and not any(score >= ALTERNATE for score, *_ in towns.values())
        towns = border_word_towns(self.towns, parsed, towns, scope)  # "the X crossing", "КПП «X»": crossing_words
        if by_bare and _a_pass(parsed):  # "the X Pass": the pass, not the district, town or bridge sharing its name
            towns = {i: t for i, t in towns.items() if t[1].kind == "pass"}
        if (
            has_arabic_letter(key)
            and not any(t[0] >= ALTERNATE and t[1].tier == "pack" for t in towns.values())
            and not _bracket_after(parsed)
        ):
            # also when the exact matches are elsewhere: "كورام" is an Arabic alias of Coram, Montana
            # "وادی سوات" (the Swat valley): the valley word is no part of the name
            skeleton_key = name_key(sound_name(parsed.name)) or key
            found = self.by_skeleton(skeleton_key, scope, sound_name(parsed.name))
            towns.update({i: t for i, t in found.items() if i not in towns})
        if parsed.level == "admin2":
            # "Kurram district": a district row, when there is one, answers before a town of that name.
            best_area = max((s for s, p, *_ in towns.values() if p.level == "admin2"), default=None)
            if best_area is not None:
                towns = {i: t for i, t in towns.items() if t[1].level == "admin2" or t[0] > best_area}
        precision = "admin1" if parsed.level == "admin1" else parsed.precision
        best_town = max((score for score, *_ in towns.values()), default=0.0)
        results.extend(self.town_location(p, s, primary, precision, m) for s, p, primary, m in towns.values())
        if best_town < EXACT and parsed.level != "admin2":
            # "Takhar" is the province, not a town that once had that among its other names.
            for (country, code), score in self._best(self.match_admin1(parsed.name, countries), areas).items():
                if score > best_town:
                    area = self.gazetteer.admin1_area(country, code)
                    location = area and self.area_location(area, score)
                    if location:
                        results.append(location)
        if best_town < ALTERNATE:
            named = _country_named(parsed.name)
            if named and (countries is None or named in countries) and len(key) > 2:
                area = self.gazetteer.country_area(named)
                location = area and self.area_location(area, EXACT)
                if location:
                    results.append(location)
        return results


#: Places a name matched, by id: (score, place, primary, match), as :meth:`GazetteerTier.towns` returns them.
_Towns = dict[int, tuple[float, Place, bool, str]]


def _keep(found: _Towns, place: Place, score: float, match: str) -> None:
    """``place`` into ``found`` as matched so, unless it is there already with a higher score, or as high and
    primary (its own name, or a name that sounds as its own) where this is not."""
    own = name_key(place.name)
    primary = place.key == own or place.pkey == phonetic_key(own)
    current = found.get(place.id)
    if current is None or (score, primary) > (current[0], current[2]):
        found[place.id] = (score, place, primary, match)


def _a_pass(parsed: ParsedQuery) -> bool:
    """Does the name end in "pass" ("the Murgab Pass")? A pass lies on the range, often far from the
    district, town or bridge named like it; only a pass of that name answers it (wrong is worse than empty)."""
    return parsed.bare is not None and parsed.name.casefold().endswith("pass")


def _bracket_after(parsed: ParsedQuery) -> bool:
    """Is the name followed by a bracket ("لنڈی کوتل (اکمل خان قادری)")? Urdu and Arabic papers close
    a dateline so, with the reporter's or the agency's name: no place for a sound-alike to answer."""

    at = parsed.text.find(parsed.name)
    return at >= 0 and parsed.text[at + len(parsed.name) :].lstrip()[:1] in ("(", "（")


# --- the chain ----------------------------------------------------------------------
