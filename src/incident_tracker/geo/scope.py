"""Where a place's answer must lie: the countries, province and district its options and context name.

"Kekh, Isfara district, Tajikistan" reads as a country (Tajikistan), an anchor (Isfara
District: the answer lies near it, and stands in for it if need be) and a name (Kekh).
A context part is a province when one matches it, else a district or town; a country
given as an option and one named in the text must agree. What is read here narrows the
search (:meth:`.chain.Resolver.candidates`); what stands in is decided there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from ..errors import ValidationError
from ..models import parse_country
from .bounds import bounds_of, ignored_note
from .candidates import ALTERNATE, ANCHOR_KM, EXACT, Candidate, _named_as, _pack_sound, _top, context_country
from .gazetteer import Gazetteer, Scope, haversine_km
from .kyrgyz_letters import kazakh_part_in_russian_letters
from .letter_readings import arabic_gaf_readings, arabic_letter_readings, arabic_pe_readings, names_half_of_district
from .phrase import ParsedQuery
from .text import name_key
from .tiers import GazetteerTier


@dataclass
class Scoped:
    """Where the answer must lie, read from the options and the query's context parts."""

    scope: Scope
    #: The one country the text names ("the Afghan side", "…, Tajikistan"), kept if nothing is found.
    context_country: str | None = None
    #: Countries named explicitly (given, or named in the text): candidates there count as in the region.
    explicit: frozenset[str] | None = None
    #: A district or town named in a context part ("near Kekh, Isfara district"): the answer lies near it.
    anchor: Candidate | None = None
    #: The province named (--admin1 or a context part), when there is exactly one.
    area: Candidate | None = None
    #: Where no part anchors: the places a district or town part names, one of which holds the answer (geo/bounds.py).
    bounds: tuple[Candidate, ...] = ()
    #: The seat of the district a bounding part names with a unit word: it stands in as an anchor does (geo/bounds.py).
    seat: Candidate | None = None


def _alike_in_region(
    matched: dict[tuple[str, str], float], region: frozenset[str]
) -> tuple[dict[tuple[str, str], float], str]:
    """Provinces a context part may name, less those outside ``region`` it is only like; and their countries.

    With no country given or named, a likeness (by sound or letters) to a province
    outside the region is no scope: "Dostuk post, Kak-Sai area" in a Kyrgyz report is not
    Kasai in the Congo, which would then stand in for the post. A name the province is
    known by is kept wherever it lies, so that "Punjab" stays both India's and Pakistan's.
    """
    kept = {slot: score for slot, score in matched.items() if score >= ALTERNATE or slot[0] in region}
    return kept, ", ".join(sorted({slot[0] for slot in matched.keys() - kept.keys()}))


def read_scope(
    tier: GazetteerTier,
    gazetteer: Gazetteer,
    parsed: ParsedQuery,
    options: tuple[str | None, str | None, str | None],
    notes: list[str],
    home_region: frozenset[str],
    region: frozenset[str] | None = None,
    text_countries: frozenset[str] = frozenset(),
) -> Scoped:
    """Countries and provinces the answer must lie in, from the options and the query's context.

    ``options`` are the country, province and district the user gave. ``home_region``
    holds the towns a context part may name; ``region`` (it adds the countries the text
    names) the provinces it may be only like: with no country given or named, a likeness
    to a province outside it is no scope (see :func:`_alike_in_region`).
    """
    country, admin1, admin2 = options
    countries, named, rest = _countries_named(parsed, country, admin2, notes)
    frozen = frozenset(countries) if countries is not None else None
    areas = _given_province(tier, admin1, countries, frozen) if admin1 else None
    anchor, conflict, areas = _read_parts(
        tier, parsed, rest, (frozen, areas), notes, (home_region, text_countries), region
    )
    context = next(iter(named)) if len(named) == 1 else None
    scope = (frozen, frozenset(areas) if areas is not None else None)
    # "Langar in the district of Ayni" (two towns bear it), "X in Saryagash district" (Kazakhstan): geo/bounds.py
    bounds, seat = (
        ((), None) if anchor else bounds_of(tier, rest, scope, region or home_region, parsed.unit_countries, notes)
    )
    area = _one_area(tier, gazetteer, areas)
    return Scoped(scope, context, frozen, None if conflict else anchor, area, bounds, seat)


def _countries_named(
    parsed: ParsedQuery, country: str | None, admin2: str | None, notes: list[str]
) -> tuple[set[str] | None, set[str], list[tuple[str, str | None]]]:
    """The countries the answer may lie in, those the text names, and the other context parts with their levels.

    A context part that names a country ("…, Tajikistan") narrows the country given to those both name; where
    they share none, a note says so and the text's countries alone remain. The district given (``admin2``)
    comes first among the other parts, as the finest.
    """
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
                f"the place names {', '.join(sorted(named))} but the country given is {', '.join(sorted(countries))}"
            )
        countries = named if countries is None else countries & named
    return countries, named, rest


def _given_province(
    tier: GazetteerTier, admin1: str, countries: set[str] | None, frozen: frozenset[str] | None
) -> set[tuple[str, str]]:
    """The provinces ``--admin1`` names, the best matches; a name that matches none is the user's error."""
    matched = tier.match_admin1(admin1, frozen)
    if not matched:
        where = f" in {', '.join(sorted(countries))}" if countries else ""
        raise ValidationError(
            f"Unknown province {admin1!r}{where}. 'tracker geocode \"{admin1} province\"' shows what is known."
        )
    return _top(matched)


def _read_parts(
    tier: GazetteerTier,
    parsed: ParsedQuery,
    rest: list[tuple[str, str | None]],
    scope: tuple[frozenset[str] | None, set[tuple[str, str]] | None],
    notes: list[str],
    regions: tuple[frozenset[str], frozenset[str]],
    region: frozenset[str] | None,
) -> tuple[Candidate | None, bool, set[tuple[str, str]] | None]:
    """The context parts that name no country, provinces first (a province narrows the finer parts): the anchor
    (the finest district or town named), whether two parts anchored in two countries, and the provinces.

    A part is a province where one matches it well; else a district or town near which the answer lies; else
    a note says it was ignored, and why.
    """
    frozen, areas = scope
    home_region, named = regions
    anchor: Candidate | None = None
    conflict = False  # two parts of the chain anchored in two countries
    for part, level in sorted(rest, key=lambda p: p[1] != "admin1"):  # a province narrows the finer parts
        level = level or ("admin2" if names_half_of_district(part) else None)  # "لوئر دیر": Lower Dir, a district
        matched = tier.match_admin1(part, frozen) if level != "admin2" else {}
        if not matched and level != "admin2":
            matched = _arabic_che_province(tier, part, frozen)  # "إقليم بلوشستان": Balochistan
        if not matched and level == "admin1":
            # "Джизакской области": Jizzakh's; "Turkistan region" in a report naming Kazakhstan: its seat's province
            matched = _province_of_its_seat(tier, home_region | named, part, frozen)
        if level == "admin1":  # "X, in Almaty Oblast": the region, not the city unit of its name (geo151: g7301)
            matched = tier.without_city_units(matched)
        far = ""
        if frozen is None and region is not None and matched:
            matched, far = _alike_in_region(matched, region)
        if level != "admin1" and (not matched or max(matched.values()) < ALTERNATE):
            # "Isfara district", or a town: the answer lies near it (and it stands in if need be).
            within = (frozen, frozenset(areas) if areas is not None else None)
            found = anchor_of(tier, home_region, part, within, parsed.unit_countries, level, named)
            if found is None:  # "بمديرية سبين بولدك": Arabic's "b" for "p" (geo/letter_readings.py)
                anchor_for = partial(
                    anchor_of, tier, home_region, scope=within, units=parsed.unit_countries, level=level, named=named
                )
                found = _anchor_in_region_letters(anchor_for, part)
            if found is not None and part == parsed.whole_of and not _named_as(found, part):
                if not _named_as(found, parsed.name):  # "Lower Dir" never falls back to Upper Dir
                    notes.append(f"{part!r} names {found.name}, another part of it: not used")
                continue
            if found is not None:
                if anchor is not None and not conflict and anchor.country != found.country:
                    # "X, Tul, Sokh district": the finer part matched in another country than the coarser
                    # one names; the chain does not agree with itself, and neither stands in
                    notes.append(f"{anchor.name} ({anchor.country}) is not in {part!r} ({found.country}): not used")
                    conflict = True
                anchor = anchor or found  # the finest (first) part wins
                continue
        if matched:
            top = _top(matched)
            areas = top if areas is None else (areas & top or areas)
        else:
            why = (
                f"only like a province of {far}, outside your region"
                if far
                else "not a known country, province or district"
            )
            notes.append(ignored_note(part, why))
    return anchor, conflict, areas


def _arabic_che_province(tier: GazetteerTier, part: str, frozen: frozenset[str] | None) -> dict[tuple[str, str], float]:
    """The provinces an Arabic part names exactly once its "ch" is read in the region's letter
    (:func:`.phrase_arabic.arabic_che_readings`: "بلوشستان" is Balochistan's "بلوچستان"), else none.

    By sound alone the part would be no scope (a province only like it anchors nothing), and an Arabic village "in
    the province of" Balochistan would not fall back to the province, as "X village in Balochistan province" does.
    """
    for reading in arabic_letter_readings(part):  # "بنجشير": Panjshir's "پنجشیر"; "ننكرهار": Nangarhar's "ننگرهار"
        exact = {slot: score for slot, score in tier.match_admin1(reading, frozen).items() if score >= ALTERNATE}
        if exact:
            return exact
    return {}


def _province_of_its_seat(
    tier: GazetteerTier, region: frozenset[str], part: str, frozen: frozenset[str] | None
) -> dict[tuple[str, str], float]:
    """The province a part with a province word names by its seat's name, where no province's own name matches it.

    Russian names a province by its capital's adjective ("Джизакской области", "Бухарской области"), which the
    reader brings back to the town's name ("Джизак"); GeoNames keeps the province under another spelling
    ("Jizzakh"), and a stem too short for the sound key matches no province. The town, known by its own or a
    recorded name, gives the spelling: the province that bears its name *and* holds it, alone (a city that is a
    province of its own beside the one around it, as Tashkent is, names two, and so none).
    """
    town = anchor_of(tier, region, part, (frozen, None), None, None)
    if town is None or not town.trusted or town.level is not None:
        return {}
    named = tier.match_admin1(town.name, frozenset({town.country or ""}))
    exact = {slot: score for slot, score in named.items() if score >= ALTERNATE}
    if not exact:  # "Turkistan region": GeoNames still calls it South Kazakhstan, whose seat Turkistan is
        return _province_seated_at(tier, town)
    return exact if set(exact) == {(town.country, town.admin1_code)} else {}


def _province_seated_at(tier: GazetteerTier, town: Candidate) -> dict[tuple[str, str], float]:
    """The town's own province where the gazetteer holds the town as its seat, and no province bears its name.

    A province renamed after its new capital (South Kazakhstan became Turkistan Region in 2018, its seat moved from
    Shymkent to Turkistan) keeps its old name in GeoNames, but GeoNames puts the town in it and the build makes the
    town its seat (the largest town, or :file:`admin1_capitals.tsv`'s capital): the seat's name with a province word
    names it. No coordinates are made: the province's own point answers.
    """
    if not town.country or not town.admin1_code:
        return {}
    area = tier.gazetteer.admin1_area(town.country, town.admin1_code)
    if area is None or area.seat is None or name_key(area.seat) != name_key(town.name):
        return {}
    return {(town.country, town.admin1_code): float(ALTERNATE)}


def _districts_of_named(found: list[Candidate], named: frozenset[str]) -> list[Candidate]:
    """The places a part names that lie in (or on the line of) a country the text names, where one of them is a
    district: "د مرکز کلات …" in a report on Afghanistan is Qalat District, not Kalat County of Iran as well
    (issue 13). A town is no such choice: "Langar, … Ayni" in a report on Tajikistan and Uzbekistan names a
    Langar of Ayni the gazetteer lacks, and the Uzbek Langar it holds is 300 km off (g6436); else all of them."""
    inside = [c for c in found if {c.country, *c.border_with} & named]
    return inside if any(c.level == "admin2" for c in inside) else found


def _anchor_in_region_letters(anchor_for: Callable[[str], Candidate | None], part: str) -> Candidate | None:
    """The unit or town an Arabic part names once its "b" (and "ch") are read in the region's letters
    (:func:`.letter_readings.arabic_pe_readings`), each reading asked of ``anchor_for`` (:func:`anchor_of` with the
    part's scope), and taken only where it names the place by its own or a recorded name. A Kazakh part is read in
    Russian letters (:func:`.kyrgyz_letters.kazakh_part_in_russian_letters`: "Ақсый ауданы", Aksy district) and
    anchors as the Russian spelling would, a pack district by sound included."""
    for reading in (*arabic_pe_readings(part), *arabic_gaf_readings(part)):  # "كرديز": Gardez's "گردیز"
        found = anchor_for(reading)
        if found is not None and found.trusted:
            return found
    if (russian := kazakh_part_in_russian_letters(part)) is not None:
        return anchor_for(russian)
    return None


def _one_area(tier: GazetteerTier, gazetteer: Gazetteer, areas: set[tuple[str, str]] | None) -> Candidate | None:
    """The province the scope names, as a candidate, when it names exactly one (it may stand in for the place)."""
    if areas is None or len(areas) != 1:
        return None
    (slot,) = areas
    found_area = gazetteer.admin1_area(*slot)
    location = found_area and tier.area_location(found_area, EXACT)
    return Candidate.from_location(location) if location else None


def anchor_of(
    tier: GazetteerTier,
    region: frozenset[str],
    part: str,
    scope: Scope,
    units: frozenset[str] | None,
    level: str | None,
    named: frozenset[str] = frozenset(),
) -> Candidate | None:
    """The district (else the town) a context part names, if one ("ولسوالی کنگ": not Kong, Iran).

    Where the text names countries, a district of one of them named by the part is chosen before places of other
    countries (:func:`_districts_of_named`)."""
    key = name_key(part)
    if not key:
        return None
    towns = tier.towns(key, scope)
    if not towns and level == "admin2":
        # "د مومندرې ولسوالۍ د کوز باسول" (Lower Basawal of Momand Dara district): a district word names the
        # part, which in Arabic letters only its consonant skeleton ties to a pack district, as the name's
        # reader ties it when the district is the name (the fifty-second batch's g4968); only in the province
        # and countries the text names, if it names one ("ولسوالی زیرکی پکتیکا" is not Zirkuh County, Iran)
        towns = {
            i: t
            for i, t in tier.by_skeleton(key, scope, part).items()
            if t[1].level == "admin2"
            and (scope[1] is None or (t[1].country, t[1].admin1_code) in scope[1])
            and (scope[0] is None or t[1].country in scope[0])
        }
    every = [
        Candidate.from_location(tier.town_location(p, s, primary, "admin2", m)) for s, p, primary, m in towns.values()
    ]
    every = [c for c in every if scope[0] is not None or c.country in region]
    every = [c for c in every if units is None or c.country in units]
    # Its own or a recorded name; failing that, a pack district by sound ("Darvaz" for Darvoz).
    found = [c for c in every if c.trusted] or [c for c in every if _pack_sound(c)]
    found = _districts_of_named(found, named)
    if not found:
        return None
    found.sort(key=lambda c: (c.level != "admin2", *c.rank_key()))
    best = found[0]
    others = [c for c in found[1:] if level != "admin2" or best.level != "admin2" or c.level == "admin2"]
    # a place bearing the name only as another name altogether (Zāhed Shahr's "Zahedan") is no rival of one bearing it
    # as its own, as in the chooser (:func:`.candidates.is_rival`; the sixty-ninth batch, g6647)
    others = [c for c in others if not (c.match == "alias" and c.score < best.score)]
    if any(haversine_km(best.latitude, best.longitude, c.latitude, c.longitude) > ANCHOR_KM for c in others):
        return None  # two far-apart places of that name: it narrows nothing
    return best
