"""A name written alone that several places of the text's countries bear: none of them is chosen.

Two kinds of bearer were left out of the chooser's rivals (:func:`.candidates.is_rival`), and a name written with
nothing around it ("Golshan" in a report on Iran and Afghanistan) went to the one that remained, however small and
far from every border:

- **a place that bears the name as another of its names** (``alias``): GeoNames keeps a town's former name so
  (Tabas was Golshan), and a renamed city's old name (GeoNames calls Jalal-Abad, Kyrgyzstan, "Manas" and keeps
  "Jalalabad" among its other names). A place elsewhere that once bore a name is rightly no rival ("Samarkand" is the
  city, not Temirtau); one in a country the text names is, as a twin of its own name would be, when the text marks
  neither (no unit word, no context, no demonym: the name alone);
- **a district of the pack read only whole** ("=Golshan County"): its spellings keep the unit word because its bare
  name is also a far village's; that village is then all the bare name reached, though the district the pack holds
  is as likely meant. Such a row is a rival of the bare name's answer, by the chooser's own test.

A province or country bearing the bare name still answers it ("Issyk-Kul" is the province: the house reads a bare
province name so), and so does a county of the pack whose seat bears the name too: the row stands at its seat, and a
town of the name there makes the two one place by two records, the county and its seat the reports mean, against which
a place elsewhere that keeps the name only as another of its names is no twin ("Yecheng": Kargilik County and its seat
Qaghiliq, not the Hotan place Kageleke that GeoNames also calls so; "Pishan": Pishan County at Guma, not Bishan of
Chongqing; geo144). A town of the name elsewhere, by its own name, still is ("Torkaman"), and a bearer ten times the
other's size (the chooser's :data:`.candidates.DOMINANCE`; a pack row weighs as a town of 100,000) still makes no twin.
And where nothing trusted answers the bare name of such a row, no sound-alike far from the row is taken for it: the
name is known, as the row's ("Keriya" is Keriya County's seat, not Korla 665 km off); one at the row (the row itself by
its sound, its seat) still is.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from .candidates import AREA_SAME_KM, Candidate, is_rival
from .gazetteer import haversine_km
from .pack import shipped_pack
from .phrase_han import han_table_place
from .text import name_key, strip_level

if TYPE_CHECKING:
    from .candidates import Resolution
    from .pack import PackEntry
    from .phrase import ParsedQuery

__all__ = ["SEAT_KM", "sound_far_from_row", "twins_of_a_name_alone"]

#: How near a county row's point a town must lie to be its seat: the pack puts a county at its seat's point
#: (GeoNames' or a cited source's), so the seat lies at it, give or take a rounding.
SEAT_KM = 5.0


def twins_of_a_name_alone(resolution: Resolution, best: Candidate, eligible: list[Candidate]) -> list[Candidate]:
    """The places that make a name written alone a twin of ``best`` (see the module), or an empty list."""
    parsed = resolution.parsed
    if not _written_alone(parsed) or best.level in ("admin1", "country"):
        return []
    named = resolution.named
    seat_named = _county_at_its_named_seat(best, eligible)
    twins = [
        other
        for other in eligible[1:]
        if other.match == "alias"
        and not seat_named
        and {best.country, other.country} <= named
        and is_rival(best, replace(other, score=best.score, match=best.match))  # as a twin of equal standing
    ]
    for entry in _rows_of_bare(name_key(parsed.name)):
        row = _candidate(entry)
        # a pack row of a country the text leaves out is no answer it stands behind: "تفتان" in a report on Iran
        # alone is Taftan County's name as much as Pakistan's Taftan crossing's (geo147)
        own = best.source != "pack" or (bool(named) and best.country not in named)
        if entry.country in (named or resolution.region) and own and is_rival(best, row):
            twins.append(row)
    return twins


def _county_at_its_named_seat(best: Candidate, eligible: list[Candidate]) -> bool:
    """Is ``best`` a district of the pack matched by one of its own bare names, with a town of the gazetteer bearing
    the name (by any trusted match) within :data:`SEAT_KM` of it, at the seat the row stands on?"""
    if best.source != "pack" or best.level != "admin2" or best.match != "name":
        return False
    return any(
        other.source == "geonames"
        and other.level is None
        and other.trusted
        and haversine_km(best.latitude, best.longitude, other.latitude, other.longitude) <= SEAT_KM
        for other in eligible[1:]
    )


def sound_far_from_row(parsed: ParsedQuery, sound: Candidate) -> bool:
    """Is ``parsed`` a name written alone that a pack district read only whole bears without its unit word, and
    ``sound`` (a sound-alike of it) more than :data:`.candidates.AREA_SAME_KM` from every such row? A sound-alike at
    the row (its own seat, the row itself by its sound) is no other place, and may still answer."""
    rows = _rows_of_bare(name_key(parsed.name)) if _written_alone(parsed) else ()
    return bool(rows) and all(
        haversine_km(sound.latitude, sound.longitude, row.latitude, row.longitude) > AREA_SAME_KM for row in rows
    )


def _written_alone(parsed: ParsedQuery) -> bool:
    """Nothing but the name: no unit word, context, nearness, border word, role or pair, and no word the reader took
    off (a demonym, "the city of"); a Chinese name the Han table holds whole counts as written alone."""
    if parsed.context or parsed.level or parsed.near or parsed.bare or parsed.role or parsed.pair:
        return False
    text = parsed.text.strip()
    return name_key(parsed.name) == name_key(text) or han_table_place(text) is not None


@lru_cache(maxsize=1)
def _bare_rows() -> dict[str, tuple[PackEntry, ...]]:
    """The pack's districts read only whole, by the key of each whole spelling's name without its unit word."""
    rows: dict[str, list[PackEntry]] = {}
    for entry in shipped_pack():
        if entry.kind != "district":
            continue
        for alias in entry.whole_aliases:
            head, level = strip_level(alias)
            if level is not None and head and entry not in rows.setdefault(name_key(head), []):
                rows[name_key(head)].append(entry)
    return {key: tuple(entries) for key, entries in rows.items()}


def _rows_of_bare(key: str) -> tuple[PackEntry, ...]:
    return _bare_rows().get(key, ()) if key else ()


def _candidate(entry: PackEntry) -> Candidate:
    """The pack row as the chooser's candidate: its own name, the district level."""
    return Candidate(
        name=entry.name,
        latitude=entry.latitude,
        longitude=entry.longitude,
        geo_precision="admin2",
        source="pack",
        score=100.0,
        country=entry.country,
        admin1=entry.admin1,
        kind=entry.kind,
        border_with=entry.border_with,
        level="admin2",
    )
