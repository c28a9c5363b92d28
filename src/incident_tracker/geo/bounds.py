"""A district or town the text names, that anchors nothing, still bounds where the place may lie.

A context part that names a district or town anchors the answer (:func:`.scope.anchor_of`): the
place lies within :data:`.candidates.ANCHOR_KM` of it, and the unit stands in when the place is
not known. Two kinds of part anchored nothing, and so bounded nothing, though a province named
in the same spot would have (sixty-seventh batch, docs/geocoding-journal.md):

- **a unit of a country the text names, outside the home region**: "Jibek Joly in the district
  of Saryagash", in a report naming Kazakhstan, was answered with Jıbek joly of Almaty region,
  632 km off, because Saryagash (Kazakhstan) is no anchor outside the configured region;
- **a name two places far apart bear**: "Langar in the district of Ayni" (Ayní, the district's
  seat, and Zafarobod, once called Ayni, both in Sughd, 110 km apart) was answered with a Langar
  of Uzbekistan's Fergana region, 300 km off.

Such a part now *bounds* the choice as a province does: a candidate must lie in the province of one of
the places it names, or within :data:`.candidates.ANCHOR_KM` of it (or be filed under it), as for an
anchor. A unit of the home region named once anchors, and stands in, as before; that is untouched. Only a
place known by its own or a recorded name bounds (not a sound-alike), and only where the text names no finer
anchor.

**The seat stands in for its district** (geo135) when the part says *district* (a unit word: "Ayni district",
"Сарыагашского района") and exactly one of the places it names bears the name as its own or a recorded
spelling (Ayní, the seat; Zafarobod bears "Ayni" only as a former name): the text calls the place a district,
the gazetteer holds that district by its seat's point, and an unknown post or village of it is answered at
``admin2``, as a district of the home region is (:attr:`.scope.Scoped.seat`). A town part with no unit word
("X, Saryagash") still only bounds: a town is no district, and an unknown village near it is not at its point.
"""

from __future__ import annotations

from .candidates import ALTERNATE, EXACT, Candidate
from .gazetteer import Scope
from .hierarchy import within_anchor
from .text import name_key
from .tiers import GazetteerTier


def ignored_note(part: str, why: str) -> str:
    """The note :func:`.scope.read_scope` leaves for a context part it could not read ("ignored 'Kirgizisztán' (not a
    known country, province or district)"); :func:`is_ignored` reads it back, so the wording lives in one place."""
    return f"ignored {part!r} ({why})"


def is_ignored(part: str, note: str) -> bool:
    """Whether ``note`` is :func:`ignored_note`'s for ``part``."""
    return note.startswith(f"ignored {part!r} (")


#: A name more places bear than this bounds nothing: it says no more than the region does.
MOST_BOUNDING_PLACES = 4


def places_named(
    tier: GazetteerTier, region: frozenset[str], part: str, scope: Scope, units: frozenset[str] | None
) -> tuple[Candidate, ...]:
    """The places (towns, districts) that a context part names by their own or a recorded name, in ``region``
    (the countries the text names count) or in the countries the scope holds; none where more than
    :data:`MOST_BOUNDING_PLACES` bear the name."""
    key = name_key(part)
    if not key:
        return ()
    every = [
        Candidate.from_location(tier.town_location(place, score, primary, "admin2", match))
        for score, place, primary, match in tier.towns(key, scope).values()
    ]
    found = [
        c
        for c in every
        if c.trusted
        and c.level != "admin1"
        and (scope[0] is not None or c.country in region)
        and (units is None or c.country in units)
    ]
    return tuple(found) if len(found) <= MOST_BOUNDING_PLACES else ()


def bounds_of(
    tier: GazetteerTier,
    parts: list[tuple[str, str | None]],
    scope: Scope,
    region: frozenset[str],
    units: frozenset[str] | None,
    notes: list[str],
) -> tuple[tuple[Candidate, ...], Candidate | None]:
    """The places the finest context part that may bound names (see the module): a district's part, or a part
    with no level word that names no province ("Faizabad, Badakhshan" is bounded by the province, as before);
    and the district's seat, which stands in, where the part says district and one place bears its name.
    The note that the part was ignored (:func:`.scope.read_scope`'s) gives way to one saying what it bounds."""
    for part, level in parts:
        if level == "admin1":
            continue
        if level is None and any(score >= ALTERNATE for score in tier.match_admin1(part, scope[0]).values()):
            continue
        if found := places_named(tier, region, part, scope, units):
            notes[:] = [note for note in notes if not is_ignored(part, note)]
            where = "; ".join(c.label for c in found)
            notes.append(f"{part!r} names {where}: the place is looked for in its province or near it, not elsewhere")
            own = [c for c in found if c.score >= EXACT]
            return found, (own[0] if level == "admin2" and len(own) == 1 else None)
    return (), None


def within_bounds(found: list[Candidate], bounds: tuple[Candidate, ...]) -> list[Candidate]:
    """The candidates in the province of one of the places a context part names, or by it (as
    :func:`.hierarchy.within_anchor` keeps those by an anchor); all of them when the text names no such part.

    The province, not the place's surroundings alone: a district is known here only by its seat's point, and a
    village of a large county lies farther from it than an anchor's reach ("Pishin, a small town located in
    Sarbaz County", 75 km from the town of Sarbaz)."""
    if not bounds:
        return found
    provinces = {(bound.country, bound.admin1_code) for bound in bounds if bound.admin1_code}
    inside = {id(c) for bound in bounds for c in within_anchor(found, bound)}
    return [c for c in found if id(c) in inside or (c.country, c.admin1_code) in provinces]


__all__ = ["MOST_BOUNDING_PLACES", "bounds_of", "places_named", "within_bounds"]
