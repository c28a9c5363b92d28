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
from .text import DEMONYMS, ParsedQuery, latin_key, name_key, parse_query, phonetic_key, words

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
SOURCE_RANK = {"places": 0, "pack": 1, "geonames": 2, "nominatim": 3}
#: Only a match on a place's own name or one of its recorded names is trusted to be
#: chosen without asking; a phonetic or fuzzy one is offered, never stored silently.
TRUSTED = ALTERNATE
#: The countries the user works on when the config names none: the borders of
#: Afghanistan, Tajikistan, Kyrgyzstan, Uzbekistan, Turkmenistan, Pakistan, Iran, China.
DEFAULT_REGION = frozenset({"AF", "TJ", "KG", "UZ", "TM", "PK", "IR", "CN"})
#: A pack entry weighs like a town of this size against a GeoNames place of the same
#: score: the crossing is what a border report means, not a hamlet of the same name.
PACK_WEIGHT = 100_000
#: A place named in a context part ("near Kekh, Isfara district") holds the answer within this.
ANCHOR_KM = 60.0
#: An area (district) and a point of the same name this close are one place twice.
AREA_SAME_KM = 60.0
PRECISION_ORDER = ("exact", "near", "admin2", "admin1", "country")


def coarser(first: str, second: str | None) -> str:
    """The less precise of two geo_precisions ("near" and "admin2" → "admin2")."""
    if second is None or second not in PRECISION_ORDER:
        return first
    if first not in PRECISION_ORDER:
        return second
    return max(first, second, key=PRECISION_ORDER.index)


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
    border_with: tuple[str, ...] = ()
    level: str | None = None
    #: Set by the decision: in the user's region (or a country the query names), and why it ranks where it does.
    in_region: bool = True
    #: Matched through ``border_with``: the crossing asked for from the other side's country.
    crossed: bool = False

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
            border_with=tuple(raw.get("border_with") or ()),
            level=raw.get("level"),
        )

    @property
    def label(self) -> str:
        parts = [self.name, self.admin1, country_name(self.country)]
        return ", ".join(str(p) for p in dict.fromkeys(parts) if p)

    @property
    def source_label(self) -> str:
        return {
            "places": "your places",
            "pack": "the regional place pack",
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
            "match": self.match,
            "kind": self.kind,
            "in_region": self.in_region,
        }

    @property
    def trusted(self) -> bool:
        """Matched on its own or a recorded name (not by sound or by similarity).

        Nominatim ranks by its own rules: its answer is trusted when it bears the name asked for.
        """
        if self.source == "nominatim":
            return self.match == "name"
        return self.score >= TRUSTED and self.match not in ("phonetic", "fuzzy")

    @property
    def weight(self) -> int:
        """Population, with a pack entry counting as a sizeable town (see PACK_WEIGHT)."""
        return max(self.population, PACK_WEIGHT if self.source == "pack" else 0)

    def rank_key(self) -> tuple[bool, bool, float, bool, int, int]:
        source = SOURCE_RANK.get(self.source, 9)
        return (not self.in_region, not self.trusted, -self.score, self.crossed, source, -self.weight)


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
    #: Candidates worth offering when none could be chosen (spelling-alike or outside the region).
    suggestions: list[Candidate] = field(default_factory=list)
    #: One line: why the chosen candidate won, or why none did.
    reason: str = ""
    region: frozenset[str] = frozenset()
    #: Countries the same text names: their places come before the rest of the region.
    named: frozenset[str] = frozenset()
    #: The province the text names when the place itself is not known: kept (as the
    #: record's province), not mapped — its centre lies too far from most of its places.
    province: Candidate | None = None

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
    if "pack" in (best.source, other.source) and distance < SAME_PLACE_KM:
        return False  # a crossing and the town at it: one place, whichever province each file gives
    if (best.level is None) != (other.level is None) and distance < AREA_SAME_KM and best.country == other.country:
        return False  # a district and its town of the same name
    best_pop, other_pop = max(best.weight, 1000), max(other.weight, 1000)
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
            "level": area.level,
            "match": "name" if score >= ALTERNATE else "phonetic" if score == PHONETIC else "partial",
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
            if place.key == own or place.tier == "pack":  # every name of a pack row is curated
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
            if query_latin != key and query_latin == latin_key(place.key):
                add(place, EXACT, "variant")  # "Торхам" is "Torkham" letter for letter, not a sound-alike
            elif fuzz.ratio(query_latin, latin_key(place.key)) >= PHONETIC_GATE:
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
            # A district's point stands for the district: never more precise than admin2.
            "geo_precision": coarser(precision, place.level),
            "source": "pack" if place.tier == "pack" else self.source,
            "score": score,
            "id": place.id,
            "population": place.population,
            "primary": primary,
            "match": match,
            "kind": place.kind,
            "border_with": list(place.border_with),
            "level": place.level,
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
        if parsed.bare and not any(score >= ALTERNATE for score, *_ in towns.values()):
            # "Esteqlol border crossing": the name without the border-place word.
            bare = self.towns(name_key(parsed.bare), scope)
            towns.update({i: t for i, t in bare.items() if t[0] >= ALTERNATE or i not in towns})
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


@dataclass
class Scoped:
    """Where the answer must lie, read from the options and the query's context parts."""

    scope: Scope
    #: The one country the text names ("the Afghan side", "…, Tajikistan"), kept if nothing is found.
    context_country: str | None = None
    #: Countries named explicitly (--country or the text): candidates there count as in the region.
    explicit: frozenset[str] | None = None
    #: A district or town named in a context part ("near Kekh, Isfara district"): the answer lies near it.
    anchor: Candidate | None = None
    #: The province named (--admin1 or a context part), when there is exactly one.
    area: Candidate | None = None


def configured_region() -> frozenset[str]:
    """The countries of the config (``[region] countries``, else ``country``); the default region if none."""
    from ..config import value

    configured = {*(value("region.countries") or []), *(value("country") or [])}
    return frozenset(configured) or DEFAULT_REGION


def database_countries(conn: sqlite3.Connection | None) -> frozenset[str]:
    """Countries of the incidents already recorded: where the user works."""
    if conn is None:
        return frozenset()
    import sqlite3

    try:
        rows = conn.execute("SELECT DISTINCT country FROM incidents WHERE country IS NOT NULL").fetchall()
    except sqlite3.Error:
        return frozenset()
    return frozenset(str(r[0]) for r in rows if r[0])


class Resolver:
    """Resolve place strings through the tiers; library API behind add, edit, geocode and --near.

    ``conn`` is the incident database (for the user's places and the countries already
    recorded); ``online`` an :class:`~incident_tracker.geo.online.OnlineGeocoder` to
    consult when the offline tiers find nothing; ``region`` the countries the user
    works on (default: :func:`configured_region` plus the database's countries).
    """

    def __init__(
        self,
        conn: sqlite3.Connection | None = None,
        *,
        gazetteer: Gazetteer | None = None,
        online: OnlineGeocoder | None = None,
        region: frozenset[str] | set[str] | None = None,
    ) -> None:
        self.conn = conn
        self.places = PlacesTier(conn) if conn is not None and _has_places(conn) else None
        self._gazetteer = gazetteer
        self.online = online
        self._region = frozenset(region) if region is not None else None

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.open()
        return self._gazetteer

    @property
    def gazetteer_tier(self) -> GazetteerTier:
        return GazetteerTier(self.gazetteer)

    @property
    def region(self) -> frozenset[str]:
        if self._region is None:
            self._region = configured_region() | database_countries(self.conn)
        return self._region

    def scope(
        self, parsed: ParsedQuery, country: str | None, admin1: str | None, notes: list[str], admin2: str | None = None
    ) -> Scoped:
        """Countries and provinces the answer must lie in, from the options and the query's context."""
        countries: set[str] | None = {parse_country(country)} if country else None
        named: set[str] = set()
        rest: list[tuple[str, str | None]] = []
        levels = parsed.context_levels or [None] * len(parsed.context)
        given = [(admin2, "admin2")] if admin2 else []
        for part, level in [*given, *zip(parsed.context, levels, strict=False)]:
            code = context_country(part) if level is None else None
            if code:
                named.add(code)
            else:
                rest.append((part, level))
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
        anchor: Candidate | None = None
        for part, level in rest:
            matched = tier.match_admin1(part, frozen) if level != "admin2" else {}
            if level != "admin1" and (not matched or max(matched.values()) < ALTERNATE):
                # "Isfara district", or a town: the answer lies near it (and it stands in if need be).
                found = self._anchor(part, (frozen, frozenset(areas) if areas is not None else None))
                if found is not None:
                    anchor = anchor or found  # the finest (first) part wins
                    continue
            if matched:
                top = _top(matched)
                areas = top if areas is None else (areas & top or areas)
            else:
                notes.append(f"ignored {part!r} (not a known country, province or district)")
        area: Candidate | None = None
        if areas is not None and len(areas) == 1:
            (slot,) = areas
            found_area = self.gazetteer.admin1_area(*slot)
            location = found_area and tier.area_location(found_area, EXACT)
            area = Candidate.from_location(location) if location else None
        context = next(iter(named)) if len(named) == 1 else None
        scope = (frozen, frozenset(areas) if areas is not None else None)
        return Scoped(scope, context, frozen, anchor, area)

    def _anchor(self, part: str, scope: Scope) -> Candidate | None:
        """The district (or, failing one, the town) a context part names, if it names one place."""
        key = name_key(part)
        if not key:
            return None
        tier = self.gazetteer_tier
        every = [
            Candidate.from_location(tier.town_location(p, s, primary, "admin2", m))
            for s, p, primary, m in tier.towns(key, scope).values()
        ]
        every = [c for c in every if scope[0] is not None or c.country in self.region]
        # Its own or a recorded name; failing that, a pack district by sound ("Darvaz" for Darvoz).
        found = [c for c in every if c.trusted] or [c for c in every if _pack_sound(c)]
        if not found:
            return None
        found.sort(key=lambda c: (c.level != "admin2", *c.rank_key()))
        best = found[0]
        if any(haversine_km(best.latitude, best.longitude, c.latitude, c.longitude) > ANCHOR_KM for c in found[1:]):
            return None  # two far-apart places of that name: it narrows nothing
        return best

    def candidates(
        self,
        text: str,
        *,
        country: str | None = None,
        admin1: str | None = None,
        online: bool = False,
        named: frozenset[str] | set[str] = frozenset(),
        admin2: str | None = None,
    ) -> Resolution:
        """Every candidate for a place string, ranked, with the decision made (see :meth:`decide`).

        ``named``: countries the same text (the report, the article) names; they join
        the region for this lookup.
        """
        parsed = parse_query(text)
        resolution = Resolution(
            query=text, parsed=parsed, region=self.region | frozenset(named), named=frozenset(named)
        )
        if not parsed.name:
            resolution.reason = "the text names no place"
            return resolution
        found: list[Candidate] = []
        scoped = Scoped((None, None))
        first: Scoped | None = None
        for attempt in (parsed, parsed.alternative):
            if attempt is None:
                continue
            scoped = self.scope(attempt, country, admin1, resolution.notes if first is None else [], admin2)
            first = first or scoped
            resolution.country = resolution.country or scoped.context_country
            found = self._offline(attempt, scoped.scope)
            if scoped.anchor is not None:
                anchor = scoped.anchor
                found = [
                    c
                    for c in found
                    if haversine_km(anchor.latitude, anchor.longitude, c.latitude, c.longitude) <= ANCHOR_KM
                ]
            if any(c.trusted for c in found):
                resolution.parsed = attempt
                break
        else:
            # Nothing trusted either way: keep the first reading (its context is the fallback).
            assert first is not None
            scoped = first
            found = self._offline(parsed, scoped.scope) if parsed.alternative is not None else found
            if scoped.anchor is not None:
                anchor = scoped.anchor
                found = [
                    c
                    for c in found
                    if haversine_km(anchor.latitude, anchor.longitude, c.latitude, c.longitude) <= ANCHOR_KM
                ]
        if not any(c.trusted for c in found) and resolution.parsed.pair:
            found = self._pair(resolution, scoped) or found
        if (online or not any(c.trusted for c in found)) and self.online is not None:
            countries = scoped.scope[0]
            code = next(iter(countries)) if countries and len(countries) == 1 else None
            try:
                found += [Candidate.from_location(loc) for loc in self.online.geocode(resolution.parsed, code)]
            except Exception as exc:  # noqa: BLE001 - any failure of the online tier is reported, not fatal
                resolution.notes.append(str(exc))
        if not found and (country or admin1 or parsed.context):
            # Say where the name is known when the constraints ruled every candidate out.
            elsewhere = sorted(
                (c for c in self._offline(resolution.parsed, (None, None)) if c.trusted), key=Candidate.rank_key
            )
            if elsewhere:
                resolution.notes.append(f"{parsed.name!r} is known elsewhere: {describe(elsewhere[:3])}")
        self.decide(resolution, found, scoped)
        return resolution

    def _pair(self, resolution: Resolution, scoped: Scoped) -> list[Candidate]:
        """ "Kulma-Karasu", "Torugart-Avtodorozhny": a crossing named by its two ends, tried one by one.

        One known end answers; two known ends far apart (not one crossing) are both kept, to be ambiguous.
        """
        from dataclasses import replace

        parsed = resolution.parsed
        assert parsed.pair is not None
        halves = []
        for half in parsed.pair:
            attempt = replace(parsed, name=half, bare=None, pair=None, alternative=None)
            known = [c for c in self._offline(attempt, scoped.scope) if c.trusted or _pack_sound(c)]
            halves.append(sorted(known, key=Candidate.rank_key))
        left, right = halves
        if left and right:
            if haversine_km(left[0].latitude, left[0].longitude, right[0].latitude, right[0].longitude) > 50:
                return [left[0], right[0]]
            return left if left[0].source == "pack" or right[0].source != "pack" else right
        known = left or right
        if known:
            missing = parsed.pair[1] if left else parsed.pair[0]
            resolution.notes.append(f"of {parsed.name!r}, only {known[0].name!r} is known ({missing!r} is not)")
        return known

    def decide(self, resolution: Resolution, found: list[Candidate], scoped: Scoped) -> None:
        """Choose, or say why not.

        Candidates in the region (or in a country the query names) rank first. Only a
        trusted one (its own or a recorded name: not a sound-alike, not a near-miss)
        in the region can be chosen, and only when no other could as well be meant
        (:func:`is_rival`). When none is chosen, the best others become suggestions,
        and the district or province the text names, if any, is the fallback.
        """
        explicit = scoped.explicit
        for candidate in found:
            if explicit is not None:
                candidate.in_region = True
                if candidate.country not in explicit and set(candidate.border_with) & explicit:
                    # Torkham (PK) asked for as an Afghan place: the crossing, on the side the user named.
                    candidate.country = sorted(set(candidate.border_with) & explicit)[0]
                    candidate.admin1 = candidate.admin1_code = None
                    candidate.crossed = True
            elif candidate.source == "places" or candidate.level == "country":
                candidate.in_region = True
            else:
                sides = {candidate.country, *candidate.border_with}
                candidate.in_region = bool(sides & resolution.region)
        found.sort(key=Candidate.rank_key)
        resolution.candidates = found
        eligible = [c for c in found if c.in_region and c.trusted]
        in_named = [c for c in eligible if {c.country, *c.border_with} & resolution.named]
        if in_named and explicit is None:
            eligible = in_named  # "Pishin" in a report about Iran: the Iranian one
        fallback = scoped.anchor or scoped.area
        if eligible:
            best = eligible[0]
            rivals = [c for c in eligible[1:] if is_rival(best, c)]
            if rivals:
                resolution.rivals = [best, *rivals]
                resolution.reason = (
                    f"{len(resolution.rivals)} places could be meant ({describe(resolution.rivals[:3])}): "
                    "none is chosen"
                )
                return
            resolution.chosen = best
            resolution.reason = _why(best, found, explicit is not None)
            return
        resolution.suggestions = found[:5]
        sound = _sound_of_a_border_place(found, narrowed=scoped.anchor is not None or scoped.area is not None)
        if sound is not None:
            resolution.chosen = sound
            resolution.notes.append(
                f"{resolution.parsed.name!r} is not a recorded spelling of {sound.name}, only sounds like it; "
                f"as a border place of the regional pack it is taken, at precision {sound.geo_precision}"
            )
            resolution.reason = (
                f"{sound.label}: matched by sound to a border place of the regional pack, in your region"
            )
            return
        if found:
            best = found[0]
            why = (
                f"matched by {_match_words(best)}, not by a name it is known by"
                if not best.trusted
                else f"lies outside your region ({', '.join(sorted(resolution.region))}); name its country to choose it"
            )
            resolution.reason = f"nothing trustworthy: the best candidate, {best.label}, {why}"
        else:
            resolution.reason = "no place of that name is known"
        if fallback is not None and resolution.parsed.name:
            if fallback.level == "admin1":
                _province_only(fallback, resolution)
            else:
                resolution.chosen = _fallback(fallback, resolution)

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


def _pack_sound(candidate: Candidate) -> bool:
    return candidate.source == "pack" and candidate.match == "phonetic"


def _sound_of_a_border_place(found: list[Candidate], *, narrowed: bool = False) -> Candidate | None:
    """A transliteration of a pack entry's name ("Angoorr Adda" → Angur Ada): taken, one step less precise.

    Only when it is the one place in the region so matched and nothing matched better:
    the pack's few hundred border places are where border reports are, which a
    sound-alike among GeoNames' hundreds of thousands of towns is not. The same holds
    for any place when the text has ``narrowed`` the search to one province or district
    ("Oksay village, Batken region" → Ak-Say): one sound-alike among a province's
    villages is the place meant.
    """
    from dataclasses import replace

    if any(c.in_region and c.trusted for c in found):
        return None
    sounds = [c for c in found if c.in_region and c.match == "phonetic"]
    if not sounds or (sounds[0].source != "pack" and sounds[0].level != "admin1" and not narrowed):
        return None  # a pack place, or a province ("Botken region"): few, and where border reports are
    first = sounds[0]
    if any(haversine_km(first.latitude, first.longitude, c.latitude, c.longitude) > SAME_PLACE_KM for c in sounds):
        return None
    return replace(first, geo_precision=coarser(first.geo_precision, "near"), match="sound")


def _has_places(conn: sqlite3.Connection) -> bool:
    import sqlite3

    try:
        row = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'place_aliases'").fetchone()
    except sqlite3.Error:
        return False
    return row is not None


def _match_words(candidate: Candidate) -> str:
    return {
        "name": "its own name",
        "variant": "a recorded spelling",
        "alias": "another recorded name",
        "phonetic": "sound only (a transliteration-alike)",
        "fuzzy": "similar letters only",
        "partial": "part of its name",
    }.get(candidate.match, candidate.match)


def _why(best: Candidate, found: list[Candidate], explicit: bool) -> str:
    where = "in the country named" if explicit else "in your region"
    others = [c for c in found if c is not best]
    beaten = ""
    if others:
        outside = sum(1 for c in others if not c.in_region)
        loose = sum(1 for c in others if c.in_region and not c.trusted)
        parts = [f"{outside} outside the region" if outside else "", f"{loose} matched loosely" if loose else ""]
        rest = len(others) - outside - loose
        parts.append(f"{rest} smaller, lower-ranked or the same place" if rest else "")
        beaten = "; others: " + ", ".join(p for p in parts if p)
    return f"{best.label}: matched by {_match_words(best)}, {where}, from {best.source_label}{beaten}"


def _fallback(area: Candidate, resolution: Resolution) -> Candidate:
    """The district or province named in the text, standing in for a place that is not known."""
    from dataclasses import replace

    level = area.level if area.level in ("admin1", "admin2") else "admin2"
    chosen = replace(area, geo_precision=coarser("admin2", level), score=area.score, match="context")
    resolution.notes.append(
        f"{resolution.parsed.name!r} is not known; located at {area.name} instead ({chosen.geo_precision}), "
        "as the coarser place the text names"
    )
    resolution.reason = f"{resolution.reason}; the {chosen.geo_precision} named in the text stands in"
    return chosen


def _province_only(area: Candidate, resolution: Resolution) -> None:
    """Only the province of an unknown place is known: keep the province, choose nothing.

    A province's centre is tens to hundreds of kilometres from most of its places
    (measured on the real set: every such stand-in lay outside its tolerance), so it
    would be a confident wrong answer; the record keeps the country and province.
    """
    resolution.province = area
    resolution.country = resolution.country or area.country
    resolution.notes.append(
        f"{resolution.parsed.name!r} is not known; only its province, {area.name}, is: "
        "the province is kept, without coordinates (its centre may lie far from the place)"
    )
    resolution.reason = f"{resolution.reason}; only the province named in the text, {area.name}, is known"


def _top(scores: dict[tuple[str, str], float]) -> set[tuple[str, str]]:
    """The best-scoring provinces, and any within 15 points (a context may be loose)."""
    best = max(scores.values())
    return {slot for slot, score in scores.items() if score >= best - 15}


def describe(candidates: Sequence[Candidate]) -> str:
    """Candidates on one line each, for error messages and prompts."""
    return "; ".join(f"{c.label} ({c.latitude:.4f}, {c.longitude:.4f})" for c in candidates)
