"""One rule for filling a record's location: used by add, edit, geocode --missing, import, extract and store.add.

``tracker geocode`` renders :func:`answer`, the step of :func:`locate` that decides the answer, so
that its arrow marks what ``add`` stores.

The place is always kept as reported (``place``); :func:`locate` derives the rest — ``location``, ``latitude``,
``longitude``, ``geo_precision``, ``geocoder``, and ``country``/``admin1`` when they were not given — from it,
through the resolution chain (:class:`~incident_tracker.geo.chain.Resolver`). What it will not do is guess:

* only a trusted candidate in the user's region (or in a country the text or the caller names) is chosen — see
  :meth:`Resolver.decide`;
* when several places could be meant, ``choose`` (the CLI's prompt) may pick one; without it nothing is chosen;
* when nothing trustworthy is found, the record keeps the place as written, the country if one is known, no
  coordinates, and a one-line note saying so; a district or province named in the text stands in when there is
  one (with that precision), unless a place it holds is among the name's words (:mod:`.standin_place`);
* coordinates the user typed are kept; country and province are filled from the nearest gazetteer town within
  ``REVERSE_MAX_KM``, unless the point may lie across a border from it (see :func:`_border_doubt`).

:func:`complete_record` applies a :class:`Located` to a record without overwriting what the user gave. The library
never prints: the note is returned for the caller to show (the CLI prints it on stderr; the store logs it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import GeocodingError, ValidationError
from ..models import check_coordinates, country_name, parse_country
from ..models.field_values import refuse_wrong_arguments
from ..models.text import refuse_nul, tidy_text
from .answer_guard import answer_doubt
from .arabic_guard import crossing_doubt, crossing_of_town
from .candidates import on_line
from .city_checkpoint import city_checkpoint_doubt
from .copy_words import copy_words_retry
from .frame_guard import frame_doubt
from .iran_baluchistan import side_unstated
from .malay_units import malay_retry
from .no_point_guard import valley_province
from .province_pair import province_pair_retry
from .province_town import province_retry
from .range_units import range_retry
from .role_guard import overshadowed
from .script_twins import script_twin_retry
from .set_aside_notes import set_aside_notes
from .standin_guard import district_elsewhere, province_far
from .standin_place import place_in_standin
from .tehsil_area import tehsil_retry
from .twin_guard import crossing_between_twins
from .unnamed_place import unnamed_settlement

if TYPE_CHECKING:
    from .chain import Candidate, Resolution, Resolver
    from .gazetteer import Reporter

#: Beyond this, the nearest gazetteer place says little about which country a point is in.
REVERSE_MAX_KM = 100.0
#: A place of another country less than this many times as far as the nearest place: the point
#: may lie on either side of the border between them.
BORDER_DOUBT_RATIO = 2.0
#: Geocoders whose coordinates came from the place string (and go when it changes).
GEOCODED = ("places", "pack", "geonames", "nominatim")

Chooser = Callable[["Resolution"], "Candidate | None"]


@dataclass
class Located:
    """What :func:`locate` made of a place: the fields to store and why.

    ``status`` is ``located`` (a candidate was chosen), ``fallback`` (the district or
    province the text names stands in), ``ambiguous`` (several could be meant, none
    chosen), ``unlocated`` (nothing trustworthy), ``reverse`` (country/province filled
    from typed coordinates) or ``unchanged``.
    """

    status: str
    fields: dict[str, Any] = field(default_factory=dict)
    chosen: Candidate | None = None
    rivals: list[Candidate] = field(default_factory=list)
    note: str = ""
    resolution: Resolution | None = None

    @property
    def notes(self) -> list[str]:
        """The resolution's remarks (constraints ignored, where else the name is known)."""
        return list(self.resolution.notes) if self.resolution else []


def default_resolver(database: object = None, *, reporter: Reporter | None = None) -> Resolver:
    """The chain for an incident database (a store or its connection): its places, the gazetteer,
    Nominatim if enabled.

    ``reporter`` shows the gazetteer's build when the first lookup has to build it.
    """
    from .chain import Resolver
    from .online import OnlineGeocoder, online_enabled

    return Resolver(database, online=OnlineGeocoder() if online_enabled() else None, reporter=reporter)


@dataclass
class Answer:
    """What the chain proposed for a place, what :func:`locate` stores of it, and why.

    ``proposed`` is the chain's pick (:meth:`Resolver.decide`); ``chosen`` the answer after the
    guards, the one ``tracker add`` stores (unless the user picks among rivals); ``reason`` why
    ``chosen`` was taken, or, when a guard set ``proposed`` aside, the guard's own words. ``tracker
    geocode`` renders this and nothing else, so its arrow, "Chosen:" and "Why:" cannot drift from
    what ``add`` stores.
    """

    resolution: Resolution
    proposed: Candidate | None
    chosen: Candidate | None
    reason: str

    @property
    def set_aside(self) -> Candidate | None:
        """The chain's pick a guard set aside (no answer instead), or None."""
        return self.proposed if self.proposed is not None and self.chosen is None else None

    @property
    def notes(self) -> list[str]:
        """The remarks, none saying a set-aside pick is taken or located (:mod:`.set_aside_notes`)."""
        return list(self.resolution.notes) if self.set_aside is None else set_aside_notes(self.resolution.notes)


def answer(place: str, resolution: Resolution, chain: Resolver) -> Answer:
    """The answer :func:`locate` stores for ``place`` from the chain's ``resolution``: the one rule
    for :func:`locate` and for ``tracker geocode``, whose arrow must mark what ``tracker add`` stores.

    A town's point for a crossing gives way to the crossing; a district named elsewhere than the
    province the text names stands in; a guard's doubt (a village's alias for a far capital, a place
    the text names only as a reference, see :func:`.answer_guard.answer_doubt`) leaves no answer,
    the doubt as the reason. A guard added to this path is seen by both callers.
    """
    proposed, first = resolution.chosen, resolution.reason
    chosen = guard_answer(place, resolution, chain).chosen
    reason = resolution.reason
    if chosen is not None and proposed is not None and chosen is not proposed and reason == first:
        # the reason spoke of the town; the crossing of it, which the text names, stands instead
        reason = f"{chosen.label}: the border crossing of {proposed.label}, which the text names as a crossing"
    return Answer(resolution, proposed, chosen, reason)


def guard_answer(place: str, resolution: Resolution, chain: Resolver) -> Resolution:
    """``resolution`` without its chosen answer when a guard doubts it, the doubt as its reason.

    A town's point for a crossing, a village's alias for a far capital ("Doha"), a place the text
    names only as a reference: no answer. Called through :func:`answer` alone.
    """
    resolution.chosen = crossing_of_town(place, resolution.chosen, chain) or resolution.chosen
    if (district := district_elsewhere(resolution, chain)) is not None and resolution.chosen is not None:
        if province_far(district, resolution.chosen, chain):  # "Kaldar district, Herat province": a conflict
            far = f"{district.label}, the district the text names, lies far from {resolution.chosen.label}"
            resolution.chosen, resolution.reason = None, f"left unlocated: {far}"
        else:
            resolution.chosen = district
            resolution.reason = f"{district.label}: the district the text names, not in the province it names"
    if (inside := place_in_standin(resolution, chain)) is not None:  # "markas polisi di Rask, Sistan": standin_place
        resolution.chosen, resolution.reason = inside
    if (province := valley_province(place, resolution, chain)) is not None and resolution.chosen is not None:
        city, resolution.chosen = resolution.chosen.label, province  # "the Peshawar valley": its province holds it
        resolution.reason = f"{province.label}: the province that holds the valley named after {city}, a city"
    chosen = resolution.chosen
    if chosen is not None and (
        doubt := crossing_doubt(place, chosen)
        or city_checkpoint_doubt(place, chosen)  # "КПП «Дашогуз»": geo/city_checkpoint.py
        or overshadowed(chosen, resolution.candidates)
        or answer_doubt(place, chosen, resolution, chain)
        or side_unstated(place, chosen, resolution.parsed.context, resolution.named)  # geo/iran_baluchistan.py
        or frame_doubt(place, chosen, resolution.named)  # geo/frame_guard.py
    ):
        resolution.chosen, resolution.reason = None, doubt
    return resolution


def locate(
    place: str | None,
    *,
    country: str | None = None,
    admin1: str | None = None,
    admin2: str | None = None,
    latitude: float | None = None,
    longitude: float | None = None,
    resolver: Resolver | None = None,
    choose: Chooser | None = None,
    named: frozenset[str] | set[str] = frozenset(),
) -> Located:
    """Locate a place string given what is known; returns the fields to store (see the module docstring).

    ``named``: countries the same text names (a report's other countries): they join the region.
    ``admin2``: the district, if known; the answer lies in or near it, and it stands in if need be.
    """
    refuse_wrong_arguments(  # a Python caller's int, bytes or dict, refused in one line
        optional_texts={"place": place, "country": country, "admin1": admin1, "admin2": admin2},
        numbers={"latitude": latitude, "longitude": longitude},
    )
    chain = resolver or default_resolver()
    code = parse_country(country) if country else None
    if latitude is not None or longitude is not None:
        return _from_coordinates(chain, latitude, longitude, code, admin1)
    if not place or not place.strip():
        return Located("unchanged")
    # Refused before any lookup: otherwise a note "Located 'Kabul\x00' → Kabul" is printed
    # and then the write refuses the same text, so the user reads two answers to one command.
    refuse_nul(place, "place")
    if not tidy_text("place", place).strip():
        # Only characters the record drops from a name (a soft hyphen, a zero-width space): the write
        # stores no place, so "Could not locate '\xad' … kept as reported" would be a second, false answer.
        return Located("unchanged")
    try:
        resolution = chain.candidates(place, country=code, admin1=admin1, admin2=admin2, named=named)
    except ValidationError:
        # A province the gazetteer does not know is still worth recording as typed.
        resolution = chain.candidates(place, country=code, admin2=admin2, named=named)
        resolution.notes.append(f"province {admin1!r} is not in the gazetteer; searched without it")
    told = answer(place, resolution, chain)
    chosen = told.chosen
    if chosen is None and admin1 is None and (again := province_retry(told, chain)):  # geo/province_town
        found = chain.candidates(again[0], country=code, admin2=admin2, named=named)
        province = answer(again[0], found, chain).chosen
        if province is not None and province.level == "admin1" and (province.country, province.admin1_code) == again[1]:
            resolution, chosen = found, province
    if chosen is None and admin1 is None and (retry := tehsil_retry(resolution)):  # "the Sambaza area": tehsil_area
        resolution = chain.candidates(retry, country=code, admin2=admin2, named=named)
        chosen = answer(retry, resolution, chain).chosen
    if (
        chosen is None
        and admin1 is None
        and (
            retry := range_retry(place, resolution, chain)
            or province_pair_retry(place, resolution, chain)
            or script_twin_retry(place, resolution, chain)
            or (malay_retry(place) if resolution.chosen is None else None)  # "Daerah Saravan": malay_units
            or copy_words_retry(place, resolution, chain)  # "vicino al villaggio di X", "Kok-Taş": copy_words
        )
    ):  # "the X Y mountains": range_units; "the A and B provinces": province_pair; "«کاکا / Kaka»": script_twins
        resolution = chain.candidates(retry, country=code, admin2=admin2, named=named)
        chosen = answer(retry, resolution, chain).chosen
    if chosen is not None and chosen.match == "context" and (twin := script_twin_retry(place, resolution, chain)):
        found = chain.candidates(twin, country=code, admin2=admin2, named=named)
        finer = answer(twin, found, chain).chosen  # "«کاکا / Kaka» در استان «آخال»": Kaka, not Ahal standing in
        if finer is not None and finer.match != "context":
            resolution, chosen = found, finer
    picked = False
    if chosen is None and choose is not None and (resolution.ambiguous or resolution.suggestions):
        chosen = choose(resolution)
        picked = chosen is not None
    if chosen is not None:
        status = "fallback" if chosen.match == "context" else "located"
        how = "chosen by you" if picked else resolution.reason
        located = Located(status, _fields(chosen), chosen, resolution.rivals, "", resolution)
        located.note = (
            f"Located {place!r} → {chosen.label} ({chosen.latitude:.4f}, {chosen.longitude:.4f}), "
            f"{chosen.geo_precision}, from {chosen.source_label}"
            + (f" ({how})" if status == "fallback" or picked else on_line(chosen))
            + "."
        )
        if status == "fallback":
            located.note = f"Located {place!r} only as far as {chosen.label} ({chosen.geo_precision}): " + (
                f"{what!r} is not named."
                if (what := unnamed_settlement(place, resolution.parsed.name))
                else f"{resolution.parsed.name!r} itself is not known."
            )
        elif not picked and (unsided := crossing_between_twins(chosen, resolution, chain)):
            located.fields.pop("country"), located.fields.pop("admin1")  # the crossing's point, neither side's
            located.note = f"{located.note[:-1]} ({unsided})."
        return located
    known = code or resolution.country
    fields: dict[str, Any] = {"country": known} if known else {}
    where = f" ({country_name(known)})" if known else ""
    if resolution.ambiguous:
        options = "; ".join(
            f"{number}) {c.label} ({c.latitude:.4f}, {c.longitude:.4f})"
            for number, c in enumerate(resolution.rivals[:6], start=1)
        )
        note = f"{place!r} is ambiguous: {options}. Kept as reported{where}, without coordinates."
        return Located("ambiguous", fields, None, resolution.rivals, note, resolution)
    note = f"Could not locate {place!r} ({resolution.reason}); kept as reported{where}, without coordinates."
    return Located("unlocated", fields, None, [], note, resolution)


def _fields(chosen: Candidate) -> dict[str, Any]:
    return {
        "location": chosen.name,
        "latitude": round(chosen.latitude, 5),
        "longitude": round(chosen.longitude, 5),
        "geo_precision": chosen.geo_precision,
        "geocoder": chosen.source,
        "country": chosen.country,
        "admin1": chosen.admin1,
    }


def _from_coordinates(
    chain: Resolver, latitude: float | None, longitude: float | None, country: str | None, admin1: str | None
) -> Located:
    check_coordinates(latitude, longitude)
    if country and admin1:
        return Located("unchanged")
    try:
        found = chain.reverse(float(latitude), float(longitude), country=country)  # type: ignore[arg-type]
    except GeocodingError as exc:
        return Located("unchanged", note=f"Country and province not filled from the coordinates: {exc}")
    if found is None or found[1] > REVERSE_MAX_KM:
        return Located(
            "unchanged",
            note=f"No gazetteer place within {REVERSE_MAX_KM:g} km of the coordinates; "
            "country and province left as given.",
        )
    nearest, km = found
    fields: dict[str, Any] = {}
    filled = []
    if not country and (doubt := _border_doubt(chain, float(latitude), float(longitude), nearest, km)):  # type: ignore[arg-type]
        return Located("unchanged", note=f"Country and province left empty: {doubt}.")
    if not country and nearest.country:
        fields["country"] = nearest.country
        filled.append(f"country {country_name(nearest.country)}")
    doubt = None
    if not admin1 and nearest.admin1 and (country is None or nearest.country == country):
        doubt = _province_doubt(chain, float(latitude), float(longitude), nearest, km)  # type: ignore[arg-type]
        if doubt is None:
            fields["admin1"] = nearest.admin1
            filled.append(f"province {nearest.admin1}")
    note = f"Filled {' and '.join(filled)} from the nearest place, {nearest.name} ({km:.1f} km away)." if filled else ""
    if doubt:
        note = " ".join(filter(None, (note, f"Province left empty: {doubt}.")))
    return Located("reverse", fields, nearest, [], note)


def _province_doubt(chain: Resolver, latitude: float, longitude: float, nearest: Candidate, km: float) -> str | None:
    """Why the nearest town's province may not be the point's, or None: the border rule of
    :func:`_border_doubt` between the provinces of one country. A wrong province is worse than none."""
    if not nearest.admin1_code:
        return None
    other = chain.gazetteer.nearest(
        latitude, longitude, country=nearest.country, other_than_admin1=nearest.admin1_code, towns_only=True
    )
    if other is None or other[1] >= BORDER_DOUBT_RATIO * km or not other[0].admin1_code:
        return None
    return (
        f"the nearest places, {nearest.name} ({km:.1f} km, {nearest.admin1}) and {other[0].name} "
        f"({other[1]:.1f} km, {other[0].admin1 or other[0].admin1_code}), lie in two provinces"
    )


def _border_doubt(chain: Resolver, latitude: float, longitude: float, nearest: Candidate, km: float) -> str | None:
    """Why the nearest town's country may not be the point's, or None.

    No borders are drawn here, only places: a point less than :data:`BORDER_DOUBT_RATIO`
    times as far from a town of another country as from the nearest may lie on either
    side, and so may a point that much nearer a crossing, post or bridge of the pack than
    to any town. A wrong country is worse than none.
    """
    from .gazetteer import BORDER_KINDS

    on_line = chain.gazetteer.nearest(latitude, longitude)
    if on_line is not None and on_line[0].kind in BORDER_KINDS and on_line[1] * BORDER_DOUBT_RATIO < km:
        return f"the point is at {on_line[0].name} ({on_line[1]:.1f} km away), on the border line"
    other = chain.gazetteer.nearest(latitude, longitude, other_than=nearest.country, towns_only=True)
    if other is not None and other[1] < BORDER_DOUBT_RATIO * km:
        return (
            f"the nearest places, {nearest.name} ({km:.1f} km, {country_name(nearest.country)}) and "
            f"{other[0].name} ({other[1]:.1f} km, {country_name(other[0].country)}), lie on two sides of a border"
        )
    return None


def complete_record(
    values: dict[str, Any],
    *,
    resolver: Resolver | None = None,
    choose: Chooser | None = None,
    current: dict[str, Any] | None = None,
    place_changed: bool = True,
) -> Located:
    """Fill ``values`` (a new record, or the changes to ``current``) in place; returns what was done.

    Fields the caller gave (``location``, ``geo_precision``, ``country``, ``admin1``)
    are never overwritten. When an edited place cannot be located, coordinates that
    came from the old place string are cleared; coordinates the user typed are kept.
    """
    old = current or {}
    if values.get("latitude") is not None:
        located = locate(
            None,
            country=values.get("country") or old.get("country"),
            admin1=values.get("admin1") or old.get("admin1"),
            latitude=values.get("latitude"),
            longitude=values.get("longitude"),
            resolver=resolver,
        )
        for key, value in located.fields.items():
            if not values.get(key):
                values[key] = value
        return located
    if not place_changed or not values.get("place"):
        return Located("unchanged")
    located = locate(
        str(values["place"]),
        country=values.get("country"),
        admin1=values.get("admin1"),
        admin2=values.get("admin2"),
        resolver=resolver,
        choose=choose,
    )
    if located.chosen is not None:
        for key, value in located.fields.items():
            given = values.get(key) and key not in ("latitude", "longitude", "geocoder")
            if not given and value is not None:
                values[key] = value
        return located
    for key in ("country", "admin1"):
        if located.fields.get(key) and not values.get(key):
            values[key] = located.fields[key]
    if old.get("geocoder") in GEOCODED:
        # The old coordinates came from the old place string: they no longer apply.
        values.update(latitude=None, longitude=None, geocoder=None)
        values.setdefault("location", None)
        values.setdefault("admin1", None)
        values.setdefault("geo_precision", "unknown")
    return located


__all__ = ["GEOCODED", "Answer", "Located", "answer", "complete_record", "default_resolver", "locate"]
