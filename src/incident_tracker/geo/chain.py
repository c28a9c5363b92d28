"""The resolution chain: the user's places, then the offline gazetteer, then (opt-in) Nominatim.

Each tier answers a parsed query with :class:`geopy.location.Location` objects — the
interface geopy gives every geocoder — whose ``raw`` dict carries what we need to
rank and store them: name, admin1, country, coordinates, geo_precision, source and a
0–100 match ``score``. The chain ranks them by score, then population, and decides:

* one clear winner → :attr:`Resolution.chosen`;
* close candidates in different countries or provinces → :attr:`Resolution.rivals`
  (the caller asks on a terminal, or fails listing them) — never a silent pick;
* nothing above the similarity floor → no answer, rather than a wrong one.

Scores: 100 for an exact or alternate name, 90 for a spelling that differs only in
transliteration (Eshkashem for Ishkashim), 80–89 for the fuzzy stage; the user's
places rank before gazetteer places of the same score.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import ValidationError
from ..models import country_name, parse_country
from .gazetteer import Area, Gazetteer, Place, Scope, haversine_km
from .text import ParsedQuery, latin_key, name_key, parse_query, phonetic_key, words

if TYPE_CHECKING:
    import sqlite3

    from geopy.location import Location

    from .online import OnlineGeocoder

EXACT = 100.0
#: An exact match on one of a place's alternate names ranks just below its own name:
#: "Samarkand" is the city, not Temirtau, whose alternates keep an old "Samarkand".
ALTERNATE = 97.0
PHONETIC = 90.0
#: Below this the fuzzy stage returns nothing: an unknown name must not become a far-off town.
FUZZY_FLOOR = 82.0
FUZZY_CEILING = 89.0
#: Short names are not matched fuzzily: one wrong letter in "Darvaz" is already another town.
FUZZY_MIN_LETTERS = 7
#: A rival must score within this of the best candidate…
RIVAL_MARGIN = 10.0
#: …and not be this many times smaller (a hamlet does not make a city ambiguous).
DOMINANCE = 10.0
#: Two candidates this close in the same province are the same place twice.
SAME_PLACE_KM = 25.0
#: A lesser (phonetic or fuzzy) match competes with an exact one only this close by:
#: the same name spelt differently on two banks of the Panj, not across continents.
LESSER_RIVAL_KM = 300.0
#: A phonetic match must also look like the query (Latin letters, ratio 0–100).
PHONETIC_GATE = 70.0
SOURCE_RANK = {"places": 0, "geonames": 1, "nominatim": 2}

#: Words that name a country's people or side of a border ("the Afghan side").
DEMONYMS = {
    "afghan": "AF",
    "tajik": "TJ",
    "pakistani": "PK",
    "uzbek": "UZ",
    "kyrgyz": "KG",
    "kirghiz": "KG",
    "turkmen": "TM",
    "iranian": "IR",
    "indian": "IN",
    "chinese": "CN",
    "kazakh": "KZ",
}


def make_location(raw: dict[str, Any]) -> Location:
    """A geopy Location for one candidate; ``raw`` keeps our fields."""
    from geopy.location import Location

    parts = [raw.get("name"), raw.get("admin1"), country_name(raw.get("country"))]
    address = ", ".join(str(p) for p in dict.fromkeys(parts) if p)
    return Location(address, (raw["latitude"], raw["longitude"]), raw)


@dataclass
class Candidate:
    """One possible answer, read back from a tier's Location."""

    name: str
    latitude: float
    longitude: float
    geo_precision: str
    source: str
    score: float
    country: str | None = None
    admin1: str | None = None
    admin1_code: str | None = None
    population: int = 0
    primary: bool = True
    match: str = "name"
    ident: str = ""
    kind: str | None = None
    location: Any = None

    @classmethod
    def from_location(cls, location: Location) -> Candidate:
        raw = location.raw
        return cls(
            name=raw["name"],
            latitude=float(raw["latitude"]),
            longitude=float(raw["longitude"]),
            geo_precision=raw["geo_precision"],
            source=raw["source"],
            score=float(raw["score"]),
            country=raw.get("country"),
            admin1=raw.get("admin1"),
            admin1_code=raw.get("admin1_code"),
            population=int(raw.get("population") or 0),
            primary=bool(raw.get("primary", True)),
            match=str(raw.get("match", "name")),
            ident=str(raw.get("id", "")),
            kind=raw.get("kind"),
            location=location,
        )

    @property
    def label(self) -> str:
        parts = [self.name, self.admin1, country_name(self.country)]
        return ", ".join(str(p) for p in dict.fromkeys(parts) if p)

    @property
    def source_label(self) -> str:
        return {
            "places": "your places",
            "geonames": "the offline gazetteer (GeoNames)",
            "nominatim": "Nominatim (online)",
        }.get(self.source, self.source)

    def as_dict(self) -> dict[str, Any]:
        """The fields ``tracker geocode --json`` prints and an incident stores."""
        return {
            "name": self.name,
            "admin1": self.admin1,
            "country": self.country,
            "latitude": round(self.latitude, 5),
            "longitude": round(self.longitude, 5),
            "geo_precision": self.geo_precision,
            "source": self.source,
            "score": round(self.score),
        }

    def rank_key(self) -> tuple[float, int, int]:
        return (-self.score, SOURCE_RANK.get(self.source, 9), -self.population)


@dataclass
class Resolution:
    """What the chain made of a place string."""

    query: str
    parsed: ParsedQuery
    candidates: list[Candidate] = field(default_factory=list)
    chosen: Candidate | None = None
    rivals: list[Candidate] = field(default_factory=list)
    country: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def ambiguous(self) -> bool:
        return self.chosen is None and len(self.rivals) > 1

    @property
    def locations(self) -> list[Location]:
        return [c.location for c in self.candidates]


def context_country(text: str) -> str | None:
    """A country named in a context part: "Afghanistan", "TJ", "the Afghan side"."""
    try:
        return parse_country(text)
    except ValidationError:
        pass
    for word in words(text):
        if word in DEMONYMS:
            return DEMONYMS[word]
    return None


def _country_named(text: str) -> str | None:
    """A country the whole text names ("Tajikistan", "TJK"); demonyms do not count here."""
    try:
        return parse_country(text)
    except ValidationError:
        return None


def is_rival(best: Candidate, other: Candidate) -> bool:
    """Could the user as well have meant ``other``? (See the module docstring.)

    How each was matched matters: ``name`` (the query is the place's own name),
    ``variant`` (one of its alternate spellings), ``alias`` (an alternate that is
    another name altogether, like Temirtau's old "Samarkand"), ``phonetic``, ``fuzzy``.
    """
    if other.score < best.score - RIVAL_MARGIN:
        return False
    distance = haversine_km(best.latitude, best.longitude, other.latitude, other.longitude)
    if other.score < best.score:
        if other.match == "alias":
            return False
        if best.match == "name" or not other.primary or distance > LESSER_RIVAL_KM:
            # A spelling match does not compete with a place's own name ("Farkhor" is the
            # Tajik town, not Afghan Farkhar), nor through an obscure alternate (Aleppo's
            # "Khalab" for Kulyab), nor from far away. It does when the best is itself
            # only an alternate spelling and the other is nearby: "Ishkashim" is Tajik
            # Ishqoshim's alternate and Afghan Ashkasham's sound, 8 km apart.
            return False
    same_area = (best.country, best.admin1_code or best.admin1) == (other.country, other.admin1_code or other.admin1)
    if same_area and distance < SAME_PLACE_KM:
        return False
    best_pop, other_pop = max(best.population, 1000), max(other.population, 1000)
    return not (best.score >= other.score and best_pop >= DOMINANCE * other_pop)


# --- tiers --------------------------------------------------------------------------


class PlacesTier:
    """The analyst's own places, from the incident database."""

    source = "places"

    def __init__(self, conn: sqlite3.Connection) -> None:
        from .places import PlaceBook

        self.book = PlaceBook(conn)

    def geocode(self, parsed: ParsedQuery, scope: Scope) -> list[Location]:
        countries, _areas = scope
        key = name_key(parsed.name)
        if not key:
            return []
        found: dict[int, tuple[float, Any]] = {}
        for place in self.book.matches(key):
            found[place.id] = (EXACT, place)
        if not found:
            from rapidfuzz import fuzz

            pkey = phonetic_key(key)
            by_id = {p.id: p for p in self.book.all()}
            for place_id, _alias, alias_key in self.book.names():
                score = fuzz.ratio(latin_key(key), latin_key(alias_key))
                alias_pkey = phonetic_key(alias_key)
                if pkey and alias_pkey:
                    score = (score + fuzz.ratio(pkey, alias_pkey)) / 2
                if score >= 85 and place_id in by_id and score > found.get(place_id, (0.0, None))[0]:
                    found[place_id] = (min(score, FUZZY_CEILING), by_id[place_id])
        locations = []
        for score, place in found.values():
            if countries is not None and place.country and place.country not in countries:
                continue
            raw = {
                "name": place.name,
                "admin1": place.admin1,
                "country": place.country,
                "latitude": place.latitude,
                "longitude": place.longitude,
                "geo_precision": parsed.precision,
                "source": self.source,
                "score": score,
                "id": place.id,
                "kind": place.kind,
                "population": 0,
            }
            locations.append(make_location(raw))
        return locations


class GazetteerTier:
    """Towns, provinces and countries from the offline GeoNames gazetteer."""

    source = "geonames"

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    # provinces --------------------------------------------------------------------

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

        for area_pkey, ratio, _ in process.extract(pkey, index.pkeys, scorer=fuzz.ratio, score_cutoff=85, limit=20):
            for area_key, slot in index.by_pkey.get(area_pkey, []):
                score = (ratio + fuzz.ratio(latin_key(key), latin_key(area_key))) / 2
                if score >= 85:
                    add([slot], min(score, 84.0))
        return scores

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
        }
        return make_location(raw)

    # towns ------------------------------------------------------------------------

    def towns(self, key: str, scope: Scope) -> dict[int, tuple[float, Place, bool, str]]:
        """Places matching a name key: exact, then phonetic, then (only if neither) fuzzy.

        Values are (score, place, primary, match) — see :func:`is_rival` for ``match``.
        """
        found: dict[int, tuple[float, Place, bool, str]] = {}
        pkey = phonetic_key(key)

        def add(place: Place, score: float, match: str) -> None:
            own = name_key(place.name)
            primary = place.key == own or place.pkey == phonetic_key(own)
            current = found.get(place.id)
            if current is None or (score, primary) > (current[0], current[2]):
                found[place.id] = (score, place, primary, match)

        for place in self.gazetteer.by_key(key, scope):
            own = name_key(place.name)
            if place.key == own:
                add(place, EXACT, "name")
            elif pkey and pkey == phonetic_key(own):
                add(place, EXACT, "variant")
            else:
                add(place, ALTERNATE, "alias")
        if not pkey or len(pkey) < 4:
            return found
        from rapidfuzz import fuzz

        query_latin = latin_key(key)
        for place in self.gazetteer.by_phonetic(pkey, scope):
            if fuzz.ratio(query_latin, latin_key(place.key)) >= PHONETIC_GATE:
                add(place, PHONETIC, "phonetic")
        if found or len(query_latin) < FUZZY_MIN_LETTERS:
            return found
        prefix = pkey[: max(3, len(pkey) - 2)]
        for place in self.gazetteer.by_phonetic_prefix(prefix, scope):
            if not place.pkey or abs(len(place.pkey) - len(pkey)) > 2:
                continue
            phonetic = fuzz.ratio(pkey, place.pkey)
            if phonetic < 80:
                continue
            score = min((phonetic + fuzz.ratio(query_latin, latin_key(place.key))) / 2, FUZZY_CEILING)
            if score >= FUZZY_FLOOR:
                add(place, score, "fuzzy")
        return found

    def town_location(self, place: Place, score: float, primary: bool, precision: str, match: str = "name") -> Location:
        raw = {
            "name": place.name,
            "admin1": place.admin1,
            "admin1_code": place.admin1_code,
            "country": place.country,
            "latitude": place.latitude,
            "longitude": place.longitude,
            "geo_precision": precision,
            "source": self.source,
            "score": score,
            "id": place.id,
            "population": place.population,
            "primary": primary,
            "match": match,
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
            for (country, code), score in self._best(self.match_admin1(parsed.name, countries), areas).items():
                area = self.gazetteer.admin1_area(country, code)
                location = area and self.area_location(area, score)
                if location:
                    results.append(location)
            if results:
                return results
        towns = self.towns(key, scope)
        precision = "admin1" if parsed.level == "admin1" else parsed.precision
        best_town = max((score for score, *_ in towns.values()), default=0.0)
        results.extend(self.town_location(p, s, primary, precision, m) for s, p, primary, m in towns.values())
        if best_town < ALTERNATE and parsed.level != "admin2":
            for (country, code), score in self._best(self.match_admin1(parsed.name, countries), areas).items():
                if score > best_town:
                    area = self.gazetteer.admin1_area(country, code)
                    location = area and self.area_location(area, score)
                    if location:
                        results.append(location)
        if best_town < ALTERNATE:
            code = _country_named(parsed.name)
            if code and (countries is None or code in countries) and len(key) > 2:
                area = self.gazetteer.country_area(code)
                location = area and self.area_location(area, EXACT)
                if location:
                    results.append(location)
        return results

    @staticmethod
    def _best(scores: dict[tuple[str, str], float], areas: frozenset[tuple[str, str]] | None) -> dict[Any, float]:
        if areas is not None:
            scores = {slot: s for slot, s in scores.items() if slot in areas}
        return scores


# --- the chain ----------------------------------------------------------------------


class Resolver:
    """Resolve place strings through the tiers; library API behind add, edit, geocode and --near.

    ``conn`` is the incident database (for the user's places); ``online`` an
    :class:`~incident_tracker.geo.online.OnlineGeocoder` to consult when the offline
    tiers find nothing.
    """

    def __init__(
        self,
        conn: sqlite3.Connection | None = None,
        *,
        gazetteer: Gazetteer | None = None,
        online: OnlineGeocoder | None = None,
    ) -> None:
        self.places = PlacesTier(conn) if conn is not None else None
        self._gazetteer = gazetteer
        self.online = online

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.open()
        return self._gazetteer

    @property
    def gazetteer_tier(self) -> GazetteerTier:
        return GazetteerTier(self.gazetteer)

    def scope(
        self, parsed: ParsedQuery, country: str | None, admin1: str | None, notes: list[str]
    ) -> tuple[Scope, str | None]:
        """Countries and provinces the answer must lie in, from the options and the query's context."""
        countries: set[str] | None = {parse_country(country)} if country else None
        named: set[str] = set()
        rest: list[str] = []
        for part in parsed.context:
            code = context_country(part)
            if code:
                named.add(code)
            else:
                rest.append(part)
        if named:
            if countries is not None and not countries & named:
                notes.append(
                    f"the place names {', '.join(sorted(named))} but --country says {', '.join(sorted(countries))}"
                )
            countries = named if countries is None else countries & named
        tier = self.gazetteer_tier
        frozen = frozenset(countries) if countries is not None else None
        areas: set[tuple[str, str]] | None = None
        if admin1:
            matched = tier.match_admin1(admin1, frozen)
            if not matched:
                where = f" in {', '.join(sorted(countries))}" if countries else ""
                raise ValidationError(
                    f"Unknown province {admin1!r}{where}. 'tracker geocode \"{admin1} province\"' shows what is known."
                )
            areas = _top(matched)
        for part in rest:
            matched = tier.match_admin1(part, frozen)
            if matched:
                found = _top(matched)
                areas = found if areas is None else (areas & found or areas)
            else:
                notes.append(f"ignored {part!r} (not a known country or province)")
        context = next(iter(named)) if len(named) == 1 else None
        return (frozen, frozenset(areas) if areas is not None else None), context

    def candidates(
        self, text: str, *, country: str | None = None, admin1: str | None = None, online: bool = False
    ) -> Resolution:
        """Every candidate for a place string, ranked, with the decision made."""
        parsed = parse_query(text)
        resolution = Resolution(query=text, parsed=parsed)
        if not parsed.name:
            return resolution
        found: list[Candidate] = []
        for attempt in (parsed, parsed.alternative):
            if attempt is None:
                continue
            scope, context = self.scope(attempt, country, admin1, resolution.notes)
            resolution.country = resolution.country or context
            found = self._offline(attempt, scope)
            if found:
                resolution.parsed = attempt
                break
        if (online or not found) and self.online is not None:
            countries = scope[0]
            code = next(iter(countries)) if countries and len(countries) == 1 else None
            try:
                found += [Candidate.from_location(loc) for loc in self.online.geocode(resolution.parsed, code)]
            except Exception as exc:  # noqa: BLE001 - any failure of the online tier is reported, not fatal
                resolution.notes.append(str(exc))
        found.sort(key=Candidate.rank_key)
        resolution.candidates = found
        if not found and (country or admin1 or parsed.context):
            # Say where the name is known when the constraints ruled every candidate out.
            elsewhere = sorted(self._offline(resolution.parsed, (None, None)), key=Candidate.rank_key)
            if elsewhere:
                resolution.notes.append(f"{parsed.name!r} is known elsewhere: {describe(elsewhere[:3])}")
        if found:
            best = found[0]
            rivals = [c for c in found[1:] if is_rival(best, c)]
            if rivals:
                resolution.rivals = [best, *rivals]
            else:
                resolution.chosen = best
        return resolution

    def _offline(self, parsed: ParsedQuery, scope: Scope) -> list[Candidate]:
        if self.places is not None:
            mine = [Candidate.from_location(loc) for loc in self.places.geocode(parsed, scope)]
            if any(c.score >= EXACT for c in mine):
                return [c for c in mine if c.score >= EXACT]  # the user's own places take precedence
        else:
            mine = []
        return mine + [Candidate.from_location(loc) for loc in self.gazetteer_tier.geocode(parsed, scope)]

    def reverse(self, latitude: float, longitude: float, country: str | None = None) -> tuple[Candidate, float] | None:
        """The nearest gazetteer place to a point, and its distance in km (geodesic)."""
        found = self.gazetteer.nearest(latitude, longitude, country=country)
        if found is None:
            return None
        place, _ = found
        from geopy.distance import geodesic

        distance = geodesic((latitude, longitude), (place.latitude, place.longitude)).km
        tier = self.gazetteer_tier
        candidate = Candidate.from_location(tier.town_location(place, EXACT, True, "exact"))
        return candidate, distance


def _top(scores: dict[tuple[str, str], float]) -> set[tuple[str, str]]:
    """The best-scoring provinces, and any within 15 points (a context may be loose)."""
    best = max(scores.values())
    return {slot for slot, score in scores.items() if score >= best - 15}


def describe(candidates: Sequence[Candidate]) -> str:
    """Candidates on one line each, for error messages and prompts."""
    return "; ".join(f"{c.label} ({c.latitude:.4f}, {c.longitude:.4f})" for c in candidates)
