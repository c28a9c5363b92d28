"""Candidates and resolutions: what each tier answers, how candidates rank, and the words that say why.

The thresholds below are the chain's policy (see :mod:`.chain`); the functions after
the classes decide which candidate may stand in when none is trusted (a sound-alike of
a border place, the district the text names) and put the decision into words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..models import country_code, country_name
from .gazetteer import BORDER_KINDS, haversine_km
from .phrase import ParsedQuery
from .phrase_patterns import COUNTRY_STEMS, DEMONYMS, TG_COUNTRIES
from .text import name_key, strip_level, words

if TYPE_CHECKING:
    from geopy.location import Location

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
#: A pack entry weighs like a town of this size against a GeoNames place of the same
#: score: the crossing is what a border report means, not a hamlet of the same name.
PACK_WEIGHT = 100_000
#: A city this large bearing a name is what a report most likely means by it ("Москва" is Moscow,
#: "Delhi" is Delhi), even outside the region: a small namesake in the region is no sure answer.
FAMOUS_POPULATION = 1_000_000
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
    from geopy.point import Point

    parts = [raw.get("name"), raw.get("admin1"), country_name(raw.get("country"))]
    address = ", ".join(str(p) for p in dict.fromkeys(parts) if p)
    # The Point made here, not from a tuple (what geopy would do, by way of a sequence): ~1.5 µs less each.
    return Location(address, Point(raw["latitude"], raw["longitude"]), raw)


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
    #: Set with ``crossed`` when the pack stores the crossing once: "AF-PK", its point on that line.
    line: str | None = None
    #: Set by the decision: in a region's country, far from its border land (China east of Xinjiang: :mod:`.region`).
    far: bool = False

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
    def sides(self) -> frozenset[str | None]:
        """The countries it may lie in: its own and, for a place on the line (a crossing,
        post, pass or bridge), those across it; a district or town lies wholly on one side."""
        return frozenset({self.country, *(self.border_with if self.kind in BORDER_KINDS else ())})

    @property
    def weight(self) -> int:
        """Population, with a pack entry counting as a sizeable town (see PACK_WEIGHT)."""
        return max(self.population, PACK_WEIGHT if self.source == "pack" else 0)

    def rank_key(self) -> tuple[bool, bool, bool, float, bool, int, int]:
        source = SOURCE_RANK.get(self.source, 9)
        return (not self.in_region, self.far, not self.trusted, -self.score, self.crossed, source, -self.weight)


#: The words a resolution's note ends with when it takes a loose match ("… only sounds like it; as … it is
#: taken"); :class:`.locate.Answer` rewrites them when a guard then sets that pick aside, so both sides share them.
TAKEN = "it is taken"


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

    @property
    def ambiguous(self) -> bool:
        return self.chosen is None and len(self.rivals) > 1

    @property
    def locations(self) -> list[Location]:
        return [c.location for c in self.candidates]


def context_country(text: str) -> str | None:
    """A country named in a context part: "Afghanistan", "TJ", "the Afghan side"."""
    code = country_code(text)
    if code is not None:
        return code
    for word in words(text):
        if word in DEMONYMS:
            return DEMONYMS[word]
        if word in TG_COUNTRIES:  # "Афғонистон"
            return TG_COUNTRIES[word]
        for stem, code in COUNTRY_STEMS.items():  # "Таджикистана", "افغانستان"
            if word.startswith(stem) and len(word) - len(stem) <= 1:
                return code
    return None


def _country_named(text: str) -> str | None:
    """A country the whole text names ("Tajikistan", "TJK"); demonyms do not count here."""
    return country_code(text)


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
    outranks = best.score >= other.score or (other.far and not best.far)  # "Hotan": no hamlet of Jiangxi (.region)
    return not (outranks and best_pop >= DOMINANCE * other_pop)


def famous_elsewhere(best: Candidate, found: Sequence[Candidate]) -> list[Candidate]:
    """A city of a million or more outside the region that bears the name as well as ``best`` does
    (as a list of one, or empty).

    The region ranks first, but a small town or village in it that shares its name with
    a world city ("Москва": the village of Moskva in Khatlon; "Delhi": Delingha's old
    name) is not what most reports mean: wrong is worse than empty, so neither is
    chosen and the caller may ask. The user's own places, border places of the pack,
    districts and provinces are never small namesakes.
    """
    if best.source in ("places", "pack") or best.level is not None or best.kind in BORDER_KINDS:
        return []
    for other in found:
        if (
            not other.in_region
            and other.trusted
            and other.score >= best.score
            and other.population >= FAMOUS_POPULATION
            and other.population > 20 * best.population
        ):
            return [other]
    return []


# --- tiers --------------------------------------------------------------------------


def border_place_of_pack(candidate: Candidate) -> bool:
    """A pack place on a border (its ``border_with`` names the country across): the few places a
    sound-alike may be taken for. A pack district off the line (Peshawar, Quetta, Mashhad: the
    border provinces' other districts) is a district like any of GeoNames' places."""
    return candidate.source == "pack" and bool(candidate.border_with)


def _pack_sound(candidate: Candidate) -> bool:
    return border_place_of_pack(candidate) and candidate.match == "phonetic"


def _sound_of_a_border_place(
    found: list[Candidate], *, narrowed: bool = False, named: frozenset[str] = frozenset()
) -> Candidate | None:
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
    in_named = bool(sounds) and 0 < len(named) <= 3 and sounds[0].country in named
    if not sounds or (
        not border_place_of_pack(sounds[0]) and sounds[0].level != "admin1" and not (narrowed or in_named)
    ):
        return None  # a border place of the pack, or a province ("Botken region"): few, where border reports are
    first = sounds[0]
    # Another sound-alike elsewhere, or a place nearly as close to the text ("Baluchestan" is a
    # word of Iran's Sistan and Baluchestan as well as a sound of Pakistan's Balochistan): no pick.
    near_enough = [c for c in found if c.in_region and (c.match == "phonetic" or c.score >= first.score - 5)]
    if any(haversine_km(first.latitude, first.longitude, c.latitude, c.longitude) > SAME_PLACE_KM for c in near_enough):
        return None
    return replace(first, geo_precision=coarser(first.geo_precision, "near"), match="sound")


def _nothing_known(parsed: ParsedQuery) -> str:
    if parsed.designation is not None:
        return f"“{parsed.designation}” is the post's name, not where it stands, and no border place so named is known"
    return "no place of that name is known"


def _of_units(found: list[Candidate], parsed: ParsedQuery) -> list[Candidate]:
    """Drop gazetteer places of countries that have no unit of the kind the text names ("Taftan County"),
    and, for a post named in quotes ("the “Dushanbe” border post"), every place but a border place.

    A post's quoted name is a designation: the "Istiqlol" post stands 400 km from Istiqlol town.
    """
    if parsed.designation is not None:
        found = [c for c in found if c.source == "places" or c.kind in BORDER_KINDS]
    units = parsed.unit_countries
    if units is None:
        return found
    return [c for c in found if c.source == "places" or c.country is None or c.country in units]


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
    return f"{best.label}: matched by {_match_words(best)}, {where}, from {best.source_label}{on_line(best)}{beaten}"


def on_line(best: Candidate) -> str:
    """What a crossing asked for from the other side is (see :func:`.crossing_twins.to_side`), or ""."""
    if not best.crossed:
        return ""
    if best.line is None:
        return f" (the {country_name(best.country)} side of the crossing)"
    sides = " and ".join(str(country_name(code)) for code in best.line.split("-"))
    inside = country_name(best.country)
    return f" (a crossing on the line between {sides}: its point is on the line, not inside {inside})"


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


def describe(candidates: Sequence[Candidate]) -> str:
    """Candidates on one line each, for error messages and prompts; two records that read the
    same (a city and its district: one label, one point) are said once."""
    return "; ".join(dict.fromkeys(f"{c.label} ({c.latitude:.4f}, {c.longitude:.4f})" for c in candidates))


def _named_as(candidate: Candidate, name: str) -> bool:
    """Is the candidate's own name ``name``, level words aside ("Kurram District" for "Kurram")?"""
    return name_key(strip_level(candidate.name)[0]) == name_key(strip_level(name)[0])


def _top(scores: dict[tuple[str, str], float]) -> set[tuple[str, str]]:
    """The best-scoring provinces, and any within 15 points (a context may be loose)."""
    best = max(scores.values())
    return {slot for slot, score in scores.items() if score >= best - 15}
