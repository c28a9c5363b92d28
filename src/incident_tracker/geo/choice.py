"""How :meth:`.chain.Resolver.decide` chooses among a lookup's candidates, or says why it chooses none.

Its steps, in order: which candidates lie in the region (or on the side of the line the user named); which
of them are trusted and may be chosen; the choice among those, or the rivals that forbid one; where none may
be chosen, the one place the name sounds like; else why nothing is chosen. The fallback to the district or
province the text names is the chain's own last step (it looks up again).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .area_guard import across_note, named_across, sound_across
from .bare_twins import sound_far_from_row, twins_of_a_name_alone
from .candidates import (
    TAKEN,
    Candidate,
    Resolution,
    _match_words,
    _nothing_known,
    _why,
    border_place_of_pack,
    describe,
    famous_elsewhere,
    is_rival,
)
from .crossing_twins import crossing_of_twins, named_side, to_side, unit_across_named_line
from .gazetteer import BORDER_KINDS
from .hierarchy import town_of_district
from .neighbour_twins import twin_on_named_line
from .one_place import sound_of_one_place, town_named
from .own_border_city import own_border_city
from .region import far_in_country

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .scope import Scoped

__all__ = ["choose_among", "chosen_by_sound", "mark_region", "trusted_in_region", "why_none"]


def mark_region(
    resolution: Resolution,
    found: list[Candidate],
    explicit: frozenset[str] | None,
    gazetteer: Gazetteer,
    area: Candidate | None = None,
) -> None:
    """Mark each candidate in the region or not, in place: in the countries the user named (a crossing on the
    line counts, on the named side's own row), else the user's places and countries always, and any other place
    whose country or neighbour across its line is in the region; and a place of the region (or of the country
    named: "Hotan, China" is no hamlet of Jiangxi) far from its border land as far (China east of Xinjiang and
    Tibet, outside the province the text names, ``area``: :mod:`.region`)."""
    named_province = (area.country, area.admin1_code) if area is not None else None
    for index, candidate in enumerate(found):
        if explicit is not None:
            # A district or town lies wholly on one side: asked for on the other, it is not the place.
            on_the_line = candidate.kind in BORDER_KINDS
            candidate.in_region = candidate.country in explicit or on_the_line
            if on_the_line and candidate.country not in explicit and set(candidate.border_with) & explicit:
                # Torkham (PK) asked for as an Afghan place: the crossing, on the side the user named
                # (that side's own row where the pack has one, see :func:`.crossing_twins.to_side`).
                found[index] = to_side(candidate, sorted(set(candidate.border_with) & explicit)[0], gazetteer)
        elif candidate.source == "places" or candidate.level == "country":
            candidate.in_region = True
        else:
            if facing := named_side(candidate, resolution.named, gazetteer):
                found[index] = candidate = facing  # "Sarakhs crossing", Turkmenistan named: its row, Saragt
            sides = {candidate.country, *candidate.border_with}
            candidate.in_region = bool(sides & resolution.region)
            if unit_across_named_line(candidate, resolution.parsed, resolution.named):
                candidate.in_region = False  # "Sarakhs crossing", Turkmenistan named: not Iran's Sarakhs County
        candidate = found[index]
        candidate.far = candidate.in_region and far_in_country(candidate, named_province)


def trusted_in_region(
    resolution: Resolution, found: list[Candidate], scoped: Scoped
) -> tuple[list[Candidate], list[Candidate]]:
    """The candidates that may be chosen (trusted, in the region, not in a country the text says the place
    borders; those of a country the report names, if any), and those set aside as lying across the border from
    the district or province the text puts the place in (a note says so)."""
    explicit = scoped.explicit
    eligible = [c for c in found if c.in_region and c.trusted]
    beyond = resolution.parsed.beyond - (explicit or frozenset())  # a country given outweighs the reading
    across = [c for c in eligible if c.country not in beyond]  # "X bordering C": not in C
    if not across and (own := own_border_city(eligible, beyond)):  # "Zahedan near the Iranian border"
        resolution.notes.append(f"{own[0].label} is read as near its own country's border, which the text names")
    eligible = across or own
    in_named = [c for c in eligible if {c.country, *c.border_with} & resolution.named]
    if in_named and explicit is None:
        eligible = in_named  # "Pishin" in a report about Iran: the Iranian one
    gone: list[Candidate] = []
    if eligible and explicit is None and (kept := named_across(eligible, scoped, resolution.region)) != eligible:
        gone = [c for c in eligible if c not in kept]
        resolution.notes.append(across_note(resolution.parsed.name, gone, scoped))
        eligible = kept  # "Marchak village, Tagtabazar district": not the Afghan Marchak
    return eligible, gone


def choose_among(
    resolution: Resolution, eligible: list[Candidate], found: list[Candidate], explicit: frozenset[str] | None
) -> None:
    """The best of the eligible candidates chosen (the town, not its district's row), unless another could as
    well be meant (:func:`.candidates.is_rival`, a famous namesake elsewhere): then the rivals, and none chosen;
    two towns of one name that are the two ends of a crossing answer as the crossing, and twins of one country the one
    on the line with the neighbour the text names (:mod:`.neighbour_twins`)."""
    best = town_of_district(eligible, resolution.parsed)
    best = town_named(best, eligible, resolution.query, resolution.parsed.level)
    rivals = [c for c in eligible[1:] if is_rival(best, c)]
    rivals += famous_elsewhere(best, found) if explicit is None else []  # "Москва": Moscow, not Moskva
    rivals += twins_of_a_name_alone(resolution, best, eligible) if explicit is None else []  # "Golshan" alone
    if rivals and (crossing := crossing_of_twins(resolution.parsed, best, rivals, eligible)) is not None:
        best, rivals = crossing, []  # "the Sarakhs Bridge": the crossing of two towns of one name
    if rivals and (twin := twin_on_named_line(best, rivals, resolution.named, resolution.parsed.level)) is not None:
        best, rivals = twin, []  # Dasht-e Qala with Tajikistan named: Takhar's, not Farah's (geo/neighbour_twins.py)
    if rivals:
        resolution.rivals = [best, *rivals]
        resolution.reason = (
            f"{len(resolution.rivals)} places could be meant ({describe(resolution.rivals[:3])}): none is chosen"
        )
        return
    resolution.chosen = best
    resolution.reason = _why(best, found, explicit is not None)


def chosen_by_sound(resolution: Resolution, found: list[Candidate], scoped: Scoped) -> bool:
    """Where no trusted candidate may be chosen: the one place the name sounds like, taken with a note saying
    so (:func:`.one_place.sound_of_one_place`), unless the text's district or province lies across the border
    from it. True when it was taken."""
    sound = sound_of_one_place(  # candidates that are one place counted once: see the module
        found,
        narrowed=scoped.anchor is not None or scoped.area is not None or len(scoped.bounds) == 1,
        named=resolution.named,
    )
    if sound is None:
        return False
    if sound_far_from_row(resolution.parsed, sound):
        return False  # "Keriya": the bare name of a pack district read only whole is known, no far sound-alike's
    units = resolution.parsed.unit_countries if resolution.parsed is not None else None
    if units is not None and sound.country is not None and sound.country not in units:
        return False  # "محافظة بلوشستان": a governorate is no province of Pakistan (the unit words' countries)
    if across := sound_across(resolution.parsed.name, sound, scoped, resolution.region):
        resolution.notes.append(across)  # the text's district or province lies, or may lie, on the other side
        return False
    resolution.chosen = sound
    kind = {"admin1": "province", "admin2": "district"}.get(sound.level or "", "place")
    what = "a border place of the regional pack" if border_place_of_pack(sound) else f"the one {kind} that sounds so"
    resolution.notes.append(
        f"{resolution.parsed.name!r} is not a recorded spelling of {sound.name}, only sounds like it; "
        f"as {what} {TAKEN}, at precision {sound.geo_precision}"
    )
    resolution.reason = f"{sound.label}: matched by sound to {what}, in your region"
    return True


def why_none(
    resolution: Resolution, found: list[Candidate], gone: list[Candidate], explicit: frozenset[str] | None
) -> str:
    """Why nothing is chosen: the best candidate lies outside the region or the country asked for, or across
    the border from the district the text names, or is matched by no name it is known by; or nothing is known."""
    if not found:
        return _nothing_known(resolution.parsed)
    best = found[0]
    where = f"outside your region ({', '.join(sorted(resolution.region))}); name its country to choose it"
    if explicit and best.country not in explicit:  # "North Waziristan" asked for as Afghan
        where = f"in {best.country}, not in the country asked for ({', '.join(sorted(explicit))})"
    why = f"lies {where}" if best.trusted else f"matched by {_match_words(best)}, not by a name it is known by"
    if best in gone:
        why = "lies across the border from the district or province the text puts it in"
    elif best.trusted and best.in_region and best.country in resolution.parsed.beyond:
        why = (  # "Zahedan near the Iranian border": the text's border country is read as the far side
            f"lies in {best.country}, which the text names as the far side of a border (the place is read as "
            f"not in {best.country}); give its country ({best.country}) to choose it"
        )
    return f"nothing trustworthy: the best candidate, {best.label}, {why}"
