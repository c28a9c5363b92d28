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

from dataclasses import replace
from functools import cached_property
from typing import TYPE_CHECKING

from .area_guard import within_area
from .bounds import within_bounds
from .candidates import (
    EXACT,
    Candidate,
    Resolution,
    _fallback,
    _of_units,
    _pack_sound,
    context_country,
    describe,
    make_location,
)
from .choice import choose_among, chosen_by_sound, mark_region, trusted_in_region, why_none
from .crossing_twins import facing_rows, port_sides
from .elsewhere import worth_telling
from .gazetteer import BORDER_KINDS, Gazetteer, Reporter, Scope, haversine_km
from .hierarchy import across_provinces, towns_before_their_districts, within_anchor
from .indic import indic_phrase, z_readings
from .letter_readings import arabic_letter_readings
from .outskirts_town import outskirts_town
from .pair_lines import pair_line
from .persian_words import port_unglued
from .phrase import ParsedQuery, parse_query
from .phrase_arabic import arabic_che
from .places_tier import places_tier
from .region import DEFAULT_REGION
from .scope import Scoped, read_scope
from .slavic_names import locative_stem
from .text import name_key
from .tiers import GazetteerTier
from .turkic_latin import uzbek_case_stem, uzbek_latin
from .unnamed_place import unnamed_settlement

if TYPE_CHECKING:
    import sqlite3

    from .online import OnlineGeocoder


def configured_region() -> frozenset[str]:
    """The countries of the config (``[region] countries``, else ``country``); the default region if none."""
    from ..config import value

    configured = {*(value("region.countries") or []), *(value("country") or [])}
    return frozenset(configured) or DEFAULT_REGION


def database_countries(conn: sqlite3.Connection | None) -> frozenset[str]:
    """Countries of the incidents already recorded: where the user works."""
    if conn is None:
        return frozenset()
    from ..store.places import recorded_countries

    return recorded_countries(conn)


def _facing_towns(one: Candidate, other: Candidate) -> bool:
    """Two places of two countries within :data:`FACING_KM` of each other: the ends of one crossing."""
    near = haversine_km(one.latitude, one.longitude, other.latitude, other.longitude) <= FACING_KM
    return one.country != other.country and near


#: The farthest apart two towns named as a crossing's ends ("Ovchi-Kalacha - Kulundu", 5 km) may lie.
FACING_KM = 15.0


class Resolver:
    """Resolve place strings through the tiers; library API behind add, edit, geocode and --near.

    ``conn`` is the incident database (for the user's places and the countries already
    recorded); ``online`` an :class:`~incident_tracker.geo.online.OnlineGeocoder` to
    consult when the offline tiers find nothing; ``region`` the countries the user
    works on (default: :func:`configured_region` plus the database's countries);
    ``reporter`` shows the gazetteer's build if the first lookup has to build it.
    """

    def __init__(
        self,
        database: object = None,
        *,
        gazetteer: Gazetteer | None = None,
        online: OnlineGeocoder | None = None,
        region: frozenset[str] | set[str] | None = None,
        reporter: Reporter | None = None,
    ) -> None:
        # An IncidentStore (what the CLI hands over) or a bare connection (library callers).
        conn: sqlite3.Connection | None = getattr(database, "conn", database)  # type: ignore[arg-type]
        if conn is not None and not hasattr(conn, "execute"):
            raise TypeError(f"Resolver needs an incident store or a connection, not {type(database).__name__}")
        self.conn = conn
        self.places = places_tier(conn)
        self._gazetteer = gazetteer
        self.online = online
        self._region = frozenset(region) if region is not None else None
        self.reporter = reporter

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.open(reporter=self.reporter)
        return self._gazetteer

    @cached_property
    def gazetteer_tier(self) -> GazetteerTier:  # one per resolver: it keeps no state of a lookup
        return GazetteerTier(self.gazetteer)

    @property
    def region(self) -> frozenset[str]:
        if self._region is None:
            self._region = configured_region() | database_countries(self.conn)
        return self._region

    def scope(
        self,
        parsed: ParsedQuery,
        country: str | None,
        admin1: str | None,
        notes: list[str],
        admin2: str | None = None,
        region: frozenset[str] | None = None,
        named: frozenset[str] = frozenset(),
    ) -> Scoped:
        """Countries and provinces the answer must lie in (see :func:`.scope.read_scope`)."""
        return read_scope(
            self.gazetteer_tier, self.gazetteer, parsed, (country, admin1, admin2), notes, self.region, region, named
        )

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
        # "بندرتورغندی هرات": the port noun glued to a name the gazetteer lacks (geo/persian_words.py)
        unglued = port_unglued(text, lambda word: bool(self.gazetteer.by_key(name_key(word))))
        # "पक्तिका प्रांत के बरमल जिले": an Indic script, read as the English it says (geo/indic.py)
        parsed = parse_query(unglued or indic_phrase(text) or text)
        resolution = Resolution(
            query=text, parsed=parsed, region=self.region | frozenset(named), named=frozenset(named)
        )
        if not parsed.name:
            resolution.reason = parsed.role or "the text names no place"
            resolution.country = context_country(parsed.context[0]) if parsed.context else None  # "western Afghanistan"
            return resolution
        found, scoped = self._readings(resolution, country, admin1, admin2)
        name, bare = resolution.parsed.name, resolution.parsed.bare
        first = locative_stem(name) or arabic_che(name)
        for stem in () if any(c.trusted for c in found) else self._stems(name, first, text):
            # "Пяндже" (in Panj): the Russian locative of a known name, read as that name before any
            # sound-alike ("Пяндже" sounds like Panjab, Bamyan); "تشمن": Arabic's "ch" for "چ" (Chaman);
            # "كابيسا", "ننكرهار": Arabic's "b" for "پ", "k" for "گ" (Kapisa, Nangarhar), before a pass
            # that sounds so. Only a stem or spelling known exactly is taken, the first that is; a letter
            # reading only for a place of a country the text names, if it names one ("بنج" with Tajikistan
            # named is Panj, by its consonants, not the Iranian Banak that "بنگ" spells)
            attempt = replace(resolution.parsed, name=stem, bare=None, alternative=None)
            by_stem = self._within(attempt, scoped)
            if any(c.trusted and (stem == first or _of_named(c, resolution.named)) for c in by_stem):
                resolution.parsed, found = attempt, by_stem
                break
        if not any(c.trusted for c in found) and (latin := uzbek_latin(name, text) or uzbek_case_stem(name)):
            # "Айритом (чегара божхона пости)": an Uzbek Cyrillic name in its Latin letters, the kind kept;
            # "Shohimardonga": a Latin name without its Uzbek case ending. Taken only for a place of
            # Uzbekistan or on its border, which an Uzbek spelling or ending names
            latin_bare = bare and (uzbek_latin(bare, text) or uzbek_case_stem(bare))
            attempt = replace(resolution.parsed, name=latin, bare=latin_bare, alternative=None)
            by_stem = [c for c in self._within(attempt, scoped) if "UZ" in (c.country, *c.border_with)]
            if any(c.trusted for c in by_stem):
                resolution.parsed, found = attempt, by_stem
        if not any(c.trusted for c in found) and parsed.level == "admin1" and scoped.scope[0] is None:
            near = self.gazetteer_tier.near_provinces(resolution.parsed.name, resolution.named)
            found = [Candidate.from_location(loc) for loc in near] or found  # not a town that sounds so
        if not any(c.trusted for c in found) and resolution.parsed.pair:
            found = self._pair(resolution, scoped) or found
        if not any(c.trusted for c in found) and parsed.facing:  # "بندر X در منطقه Y": X, if they face
            found = self._facing(parsed, parsed.facing, scoped) or found
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
                told = worth_telling(elsewhere, resolution.region)[:3]
                resolution.notes.append(f"{parsed.name!r} is known elsewhere: {describe(told)}")
        self.decide(resolution, found, scoped)
        return resolution

    def _stems(self, name: str, first: str | None, text: str) -> list[str]:
        """The spellings a name unknown as written may stand for, in the order tried: ``first`` (a Russian locative's
        stem, or Arabic's "ch" in the region's letter), then the name's other Arabic letters read in the region's
        (:func:`.letter_readings.arabic_letter_readings`) and Bengali's and Hindi's "j" as "z"
        (:func:`.indic.z_readings`), those only where the gazetteer keys a place or province by the reading (each costs
        a lookup; most readings of a name name nothing)."""
        keyed = [
            reading
            for reading in [*arabic_letter_readings(name), *z_readings(name, text)]
            if self.gazetteer.by_key(key := name_key(reading)) or key in self.gazetteer.admin1_lookup.by_key
        ]
        return list(dict.fromkeys([*([first] if first else []), *keyed]))

    def _readings(
        self, resolution: Resolution, country: str | None, admin1: str | None, admin2: str | None
    ) -> tuple[list[Candidate], Scoped]:
        """The text's reading looked up, then its alternative ("Bakai in Batken district" split, then whole): the
        first with a trusted candidate is kept as ``resolution.parsed``; if neither has one, the first reading
        and its scope (its context is the fallback). Only the first reading's scope notes are kept."""
        parsed = resolution.parsed
        found: list[Candidate] = []
        scoped = Scoped((None, None))
        first: Scoped | None = None
        for attempt in (parsed, parsed.alternative):
            if attempt is None:
                continue
            notes = resolution.notes if first is None else []
            scoped = self.scope(attempt, country, admin1, notes, admin2, resolution.region, resolution.named)
            first = first or scoped
            # the one country the text or the user fixes ("Джалал-Абад, Кыргызстан", --country KG): guards weigh it
            given = next(iter(scoped.explicit)) if scoped.explicit and len(scoped.explicit) == 1 else None
            resolution.country = resolution.country or scoped.context_country or given
            found = self._within(attempt, scoped)
            if any(c.trusted for c in found):
                resolution.parsed = attempt
                return found, scoped
        assert first is not None  # nothing trusted either way: the first reading, its scope and candidates
        return (self._within(parsed, first) if parsed.alternative else found), first

    def _ends(
        self, parsed: ParsedQuery, names: tuple[str, str], scoped: Scoped
    ) -> tuple[list[Candidate], list[Candidate]]:
        """Each of a crossing's two ends looked up alone, as ``parsed`` with that name and no pair: its trusted
        places and the pack places known by their sound (a pair's end may be heard only), best first."""
        ends = []
        for name in names:
            attempt = replace(parsed, name=name, bare=None, pair=None, alternative=None)
            known = [c for c in self._offline(attempt, scoped.scope) if c.trusted or _pack_sound(c)]
            ends.append(sorted(known, key=Candidate.rank_key))
        return ends[0], ends[1]

    def _facing(self, parsed: ParsedQuery, sides: tuple[str, str], scoped: Scoped) -> list[Candidate]:
        """One side of a crossing "in the area of" the other: the first (known by its own name), only where both
        are the pack's two facing rows of one crossing (:func:`.crossing_twins.facing_rows`; the other may be
        known by its sound, as a pair's end is); else nothing."""
        left, right = self._ends(replace(parsed, facing=None, context=[]), sides, scoped)
        left = [c for c in left if c.trusted]
        return left[:1] if left and right and facing_rows(left[0], right[0]) else []

    def _pair(self, resolution: Resolution, scoped: Scoped) -> list[Candidate]:
        """ "Kulma-Karasu", "Torugart-Avtodorozhny": a crossing named by its two ends, tried one by one.

        One known end answers; two known ends far apart (not one crossing) are both kept, to be ambiguous.
        """
        parsed = resolution.parsed
        assert parsed.pair is not None
        left, right = self._ends(parsed, parsed.pair, scoped)
        if (line := pair_line(parsed.pair, left, right)) is not None:  # a road or a units' line, not a crossing
            resolution.notes.append(line)
            return []
        if "-" in parsed.pair[0] and not (left and right and _facing_towns(left[0], right[0])):
            return []  # "Ovchi-Kalacha - Kulundu": a hyphened end, only as one of two towns facing across the line
        if left and right:
            ends = (left[0].latitude, left[0].longitude), (right[0].latitude, right[0].longitude)
            if haversine_km(*ends[0], *ends[1]) > 50:
                return [left[0], right[0]]
            if between := self.gazetteer.crossing_between(*ends):  # the crossing between the two towns
                return [Candidate.from_location(self.gazetteer_tier.town_location(between, EXACT, True, "exact"))]
            return left if left[0].source == "pack" or right[0].source != "pack" else right
        known = left or right
        if parsed.pair_listed:  # "X and Y crossing points": one known end may be another crossing than the other
            return []
        if known:
            missing = parsed.pair[1] if left else parsed.pair[0]
            if known[0].kind not in BORDER_KINDS:  # a town at one end says not where between them the place is
                resolution.notes.append(
                    f"of {parsed.name!r}, only {known[0].name!r} is known, not a border place: no point"
                )
                return []
            resolution.notes.append(f"of {parsed.name!r}, only {known[0].name!r} is known ({missing!r} is not)")
        return known

    def decide(self, resolution: Resolution, found: list[Candidate], scoped: Scoped) -> None:
        """Choose, or say why not (the steps: :mod:`.choice`).

        Candidates in the region (or in a country the query names) rank first. Only a
        trusted one (its own or a recorded name: not a sound-alike, not a near-miss)
        in the region can be chosen, and only when no other could as well be meant
        (:func:`is_rival`). When none is chosen, the best others become suggestions,
        and the district or province the text names, if any, is the fallback.
        """
        found = port_sides(resolution.parsed, found, self.gazetteer)  # "X port": China's own port row
        mark_region(resolution, found, scoped.explicit, self.gazetteer, scoped.area)
        found.sort(key=Candidate.rank_key)
        resolution.candidates = found
        eligible, gone = trusted_in_region(resolution, found, scoped)
        if eligible:
            choose_among(resolution, eligible, found, scoped.explicit)
            return
        resolution.suggestions = towns_before_their_districts(found, resolution.parsed)[:5]
        if chosen_by_sound(resolution, found, scoped):
            return
        resolution.reason = why_none(resolution, found, gone, scoped.explicit)
        self._fall_back(resolution, scoped)

    def _fall_back(self, resolution: Resolution, scoped: Scoped) -> None:
        """Where nothing is chosen, the district or province the text names stands in for the place: not one
        outside the region unless its country is given; a province the place is found in across a line of it
        gives way to that place (:func:`.hierarchy.across_provinces`); a common noun gets no stand-in."""
        fallback = scoped.anchor or scoped.seat or scoped.area  # the seat: "X, Ayni district" (geo/bounds.py)
        if fallback is None:
            return
        unit = fallback is scoped.anchor or fallback is scoped.seat
        if scoped.explicit is None and fallback.country not in resolution.region:
            # "Dostuk, Bavaria": a unit outside the region does not stand in unasked (name its country).
            if unit or resolution.parsed.names_a_place:
                resolution.notes.append(
                    f"{fallback.name} ({fallback.country}) is outside your region: not used unless its country is given"
                )
            return
        if fallback is scoped.area and scoped.anchor is None:
            wider = self._offline(resolution.parsed, (frozenset({fallback.country or ""}), None))
            if moved := across_provinces(wider, fallback, resolution):
                resolution.chosen = moved
                return
            if town := outskirts_town(resolution.query, fallback, self._towns_named):  # geo/outskirts_town.py
                resolution.chosen = town
                resolution.notes.append(
                    f"{resolution.parsed.name!r} is not known; the town whose outskirts the "
                    f"text names, {town.label}, stands in (near)"
                )
                return
        # "a village in Khost province": the unit stands in for the unnamed village (geo/unnamed_place.py)
        what = unnamed_settlement(resolution.query, resolution.parsed.name)
        if unit or resolution.parsed.names_a_place or what:
            resolution.chosen = _fallback(fallback, resolution)
        if what and resolution.chosen is not None:
            resolution.notes[-1] = f"{what!r} is not named; {fallback.name}, the unit the text puts it in, stands in"

    def _towns_named(self, name: str, country: str) -> list[Candidate]:
        """The trusted towns (no unit rows) the gazetteer keys by ``name`` in ``country``."""
        found = self._offline(parse_query(name), (frozenset({country}), None))
        return [c for c in found if c.trusted and c.level is None and c.score >= EXACT]

    def _within(self, parsed: ParsedQuery, scoped: Scoped) -> list[Candidate]:
        """The offline candidates of one reading, kept to the units it names, its anchor and its area."""
        found = within_bounds(_of_units(self._offline(parsed, scoped.scope), parsed), scoped.bounds)
        return within_area(within_anchor(found, scoped.anchor), scoped, self.gazetteer)

    def _offline(self, parsed: ParsedQuery, scope: Scope) -> list[Candidate]:
        mine = [Candidate.from_location(loc) for loc in self.places.geocode(parsed, scope)] if self.places else []
        if any(c.score >= EXACT for c in mine):
            return [c for c in mine if c.score >= EXACT]  # the user's own places take precedence
        return mine + [Candidate.from_location(loc) for loc in self.gazetteer_tier.geocode(parsed, scope)]

    def reverse(self, latitude: float, longitude: float, country: str | None = None) -> tuple[Candidate, float] | None:
        """The nearest gazetteer town to a point (not a crossing on the line), and its distance in km (geodesic)."""
        found = self.gazetteer.nearest(latitude, longitude, country=country, towns_only=True)
        if found is None:
            return None
        place, _ = found
        from geopy.distance import geodesic

        distance = geodesic((latitude, longitude), (place.latitude, place.longitude)).km
        tier = self.gazetteer_tier
        candidate = Candidate.from_location(tier.town_location(place, EXACT, True, "exact"))
        return candidate, distance


__all__ = [
    "DEFAULT_REGION",
    "Candidate",
    "Resolution",
    "Resolver",
    "Scoped",
    "configured_region",
    "database_countries",
    "describe",
    "make_location",
]


def _of_named(candidate: Candidate, named: frozenset[str]) -> bool:
    """Does ``candidate`` lie in (or on the line of) a country the text names, or does the text name none?"""
    return not named or bool({candidate.country, *candidate.border_with} & named)
