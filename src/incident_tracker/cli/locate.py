"""Where an incident happened: completing the location fields of a record.

``tracker add``/``edit`` call :func:`locate` before writing. The place as reported is
always kept verbatim; this step fills what can be derived from it:

* ``--place`` without coordinates → the resolution chain (your places, the offline
  gazetteer, Nominatim if enabled) fills location, admin1, country, latitude,
  longitude, geo_precision and geocoder, and says on stderr what it chose and from
  which source. Options the user typed (``--country``, ``--admin1``,
  ``--geo-precision``, ``--location``) constrain the search and are never overwritten.
* An ambiguous place is asked about on a terminal; otherwise the command fails and
  lists the candidates.
* A place nothing knows is kept as reported if a country is known (from ``--country``
  or the place text itself, "…, Tajikistan"); without one the command fails saying
  what to give.
* ``--lat/--lon`` without country or province → both filled from the nearest
  gazetteer place (offline reverse lookup).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import GeocodingError, ValidationError
from ..models import check_coordinates, country_name, parse_country
from .render import message

if TYPE_CHECKING:
    from ..geo.chain import Candidate, Resolution, Resolver
    from ..store import IncidentStore

#: Beyond this, the nearest gazetteer place says little about which country a point is in.
REVERSE_MAX_KM = 100.0
GEOCODED = ("places", "geonames", "nominatim")


def resolver(store: IncidentStore) -> Resolver:
    """The chain for an incident database: its places, the gazetteer, Nominatim if enabled."""
    from ..geo.chain import Resolver
    from ..geo.online import OnlineGeocoder, online_enabled

    return Resolver(store.conn, online=OnlineGeocoder() if online_enabled() else None)


def locate(
    store: IncidentStore,
    values: dict[str, Any],
    *,
    ask: bool,
    place_changed: bool,
    editing: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Return ``values`` with the location completed, or fail saying what to give."""
    current = editing or {}
    if values.get("latitude") is not None:
        return _from_coordinates(store, values, current)
    if not place_changed or not values.get("place"):
        return values
    return _from_place(store, values, current, ask=ask)


def _from_coordinates(store: IncidentStore, values: dict[str, Any], current: dict[str, Any]) -> dict[str, Any]:
    latitude, longitude = values.get("latitude"), values.get("longitude")
    check_coordinates(latitude, longitude)
    country_text = values.get("country") or current.get("country")
    need_country = not country_text
    need_admin1 = not (values.get("admin1") or current.get("admin1"))
    if not (need_country or need_admin1):
        return values
    country = parse_country(str(country_text)) if country_text else None
    try:
        found = resolver(store).reverse(float(latitude), float(longitude), country=country)  # type: ignore[arg-type]
    except GeocodingError as exc:
        message(f"Warning: country and province not filled from the coordinates: {exc}")
        return values
    if found is None or found[1] > REVERSE_MAX_KM:
        message(
            f"No gazetteer place within {REVERSE_MAX_KM:g} km of the coordinates; country and province left as given."
        )
        return values
    nearest, km = found
    filled = []
    if need_country and nearest.country:
        values["country"] = nearest.country
        filled.append(f"country {country_name(nearest.country)}")
    if need_admin1 and nearest.admin1 and (country is None or nearest.country == country):
        values["admin1"] = nearest.admin1
        filled.append(f"province {nearest.admin1}")
    if filled:
        message(f"Filled {' and '.join(filled)} from the nearest place, {nearest.name} ({km:.1f} km away).")
    return values


def _from_place(store: IncidentStore, values: dict[str, Any], current: dict[str, Any], *, ask: bool) -> dict[str, Any]:
    place = str(values["place"])
    country = parse_country(str(values["country"])) if values.get("country") else None
    chain = resolver(store)
    try:
        resolution = chain.candidates(place, country=country, admin1=values.get("admin1"))
    except ValidationError:
        # A province the gazetteer does not know is still worth recording as typed.
        resolution = chain.candidates(place, country=country)
        resolution.notes.append(f"province {values['admin1']!r} is not in the gazetteer; searched without it")
    chosen = resolution.chosen
    if resolution.ambiguous:
        if not ask:
            raise GeocodingError(_ambiguity_message(place, resolution))
        chosen = choose(resolution)
    for note in resolution.notes:
        message(f"Note: {note}.")
    if chosen is not None:
        return _apply(values, chosen, place)
    return _unresolved(values, current, resolution)


def _apply(values: dict[str, Any], chosen: Candidate, place: str) -> dict[str, Any]:
    values.setdefault("location", chosen.name)
    values["latitude"] = round(chosen.latitude, 5)
    values["longitude"] = round(chosen.longitude, 5)
    values["geocoder"] = chosen.source
    values.setdefault("geo_precision", chosen.geo_precision)
    if not values.get("country") and chosen.country:
        values["country"] = chosen.country
    if not values.get("admin1"):
        values["admin1"] = chosen.admin1
    message(
        f"Located {place!r} → {chosen.label} ({chosen.latitude:.4f}, {chosen.longitude:.4f}), "
        f"{values['geo_precision']}, from {chosen.source_label}."
    )
    return values


def _unresolved(values: dict[str, Any], current: dict[str, Any], resolution: Resolution) -> dict[str, Any]:
    place = resolution.query
    if resolution.country and not values.get("country"):
        values["country"] = resolution.country
    if current.get("geocoder") in GEOCODED:
        # The old coordinates came from the old place string: they no longer apply.
        values.update(latitude=None, longitude=None, geocoder=None)
        values.setdefault("location", None)
        values.setdefault("admin1", None)
        values.setdefault("geo_precision", "unknown")
    country = values.get("country") or current.get("country")
    if not country:
        raise GeocodingError(
            f"Cannot locate {place!r} offline. Give --country (the place is then kept as reported), "
            f"--lat/--lon, or add the place once with 'tracker places add NAME --lat … --lon …'."
        )
    shown = country_name(parse_country(str(country)))
    message(
        f"Could not locate {place!r}; kept as reported ({shown}). 'tracker places add' makes it known for next time."
    )
    return values


def _ambiguity_message(place: str, resolution: Resolution) -> str:
    options = "; ".join(
        f"{number}) {c.label} ({c.latitude:.4f}, {c.longitude:.4f})"
        for number, c in enumerate(resolution.rivals[:6], start=1)
    )
    return (
        f"{place!r} is ambiguous: {options}. Say which with --country or --admin1, write it as "
        "'Town, Province' or 'Town, Country', or give --lat/--lon."
    )


def choose(resolution: Resolution) -> Candidate | None:
    """Ask on the terminal which candidate was meant; 0 keeps the place unresolved."""
    from rich.prompt import IntPrompt

    from .render import console

    err = console(stderr=True)
    err.print(f"{resolution.query!r} could be:")
    rivals = resolution.rivals[:9]
    for number, candidate in enumerate(rivals, start=1):
        err.print(
            f"  {number}. {candidate.label} ({candidate.latitude:.4f}, {candidate.longitude:.4f}) "
            f"— {candidate.source_label}, score {candidate.score:.0f}"
        )
    err.print("  0. none of these: keep the place as reported")
    answer = IntPrompt.ask("Which one?", console=err, choices=[str(n) for n in range(len(rivals) + 1)])
    return rivals[answer - 1] if answer else None
