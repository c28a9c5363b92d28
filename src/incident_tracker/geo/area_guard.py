"""What the district or province a text names rules out: a sound-alike across the line, a crossing's wrong side.

**A district that only sounds like the name, across the border and far from the named
province, is not it.** The gazetteer lets a place whose ``border_with`` lists a country answer for that country's
provinces too ("Torkham in Nangarhar": the crossing serves both sides). For a crossing that
is right, and so it is for twin districts facing each other across a river (Darvoz and
Darwaz). It is not for a district matched only by sound and lying far away: "Bulak-Bashy
area of Batken region" (a Kyrgyz border post) sounded like Uzbekistan's Buloqboshi District,
whose pack row borders Kyrgyzstan, and was answered 156 km from Batken, in Andijan.

So a candidate is dropped when all of these hold: it is matched by sound only (not its own
or a recorded name), it is a district (not a border point), it lies in another country than
the province the text names, and it lies farther from that province's point than
:data:`AREA_KM`, the distance within which the real-place set counts a province's point as
standing for the province. The province then stands in, as for any unknown name.

**A crossing asked for with a province of the other country: only that country's side counts**
(asked when :func:`within_area` is given the gazetteer). A place on the line (crossing, bridge,
post) is stored once, in one country, with ``border_with`` naming the other side, and the
gazetteer lets it answer for the other side's provinces too ("Dogharoun, Razavi Khorasan": Islam
Qala seen from Iran). But any province of the other country
passed: "Ayritom, Samarqand" answered the Termez-Hairatan bridge (its Uzbek side is Surxondaryo,
250 km from Samarkand) and "Dogharoun, Tehran" answered Islam Qala. A province that does not hold
the crossing's other end is conflicting evidence, like "Khorog, Batken": the candidate is dropped
and the province stands in, as for any name not known in the province the text names.

The other end's province is the province of the nearest town of that country to the crossing's
point (docs/geocoding-journal.md, section "Two conflicts").

**A sound-alike is not taken across the border its container names** (:func:`sound_across`).
A place matched only by sound (or a letter or two off) is taken when it is the one border place
of the pack that sounds so; but "Marynyň Tagtabazar etrabynyň Marçak obasynyň" (Marchak village
of Tagtabazar district, Turkmenistan) was answered with the Afghan Murichaq, whose alias sounds
so, and "the Shighnan district in Badakhshan" with Tajikistan's Shughnon District, though the
Afghan province is the one named so (docs/geocoding-journal.md, section "Sound-alikes across a border").
A district, town or province the text puts the place in says which side of the line it is on: a
sound-alike on the other side is not it, nor is it when the container's name is as much the other
side's (Badakhshan, Afghan by its name, Tajik by its neighbour's). The container then stands in
if it is one known unit, as for any name not known there. A place known by that very name is
held to the same line (:func:`named_across`), except that a province name both sides use rules
nothing out: "Marchak village, Tagtabazar district" is not the Afghan Murichaq, recorded as
Marchak.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .gazetteer import BORDER_KINDS, haversine_km

if TYPE_CHECKING:
    from .candidates import Candidate
    from .gazetteer import Gazetteer, Place
    from .scope import Scoped

#: Beyond this, a point is not in the named province (the real-place set's admin1 tolerance).
AREA_KM = 100.0


def within_area(found: list[Candidate], scoped: Scoped, gazetteer: Gazetteer | None = None) -> list[Candidate]:
    """The candidates not ruled out by the province the text names (see the module's docstring):
    without the far sound-alike districts, then (``gazetteer`` given) without the crossings whose
    named province is not their other end."""
    found = _not_far_sound_alikes(found, scoped)
    areas = scoped.scope[1]
    if gazetteer is None or not areas:
        return found
    return [c for c in found if not _other_side_elsewhere(c, areas, gazetteer)]


def sound_across(name: str, chosen: Candidate, scoped: Scoped, region: frozenset[str]) -> str | None:
    """Why ``chosen``, a sound-alike of ``name``, is not the place (its container lies, or may lie, across the
    border), or None. A place on the line (crossing, post, bridge) counts for both of its sides;
    only the region's provinces count among those a context part names (Mary is also like Mara)."""
    if chosen.trusted:
        return None
    anchor, provinces = scoped.anchor, _provinces_countries(scoped, region)
    if anchor is not None and anchor.country not in chosen.sides:
        where = f"{anchor.name} ({anchor.country})"
    elif provinces - chosen.sides:
        where = f"a province of {', '.join(sorted(provinces))}"
    else:
        return None
    return (
        f"{name!r} only sounds like {chosen.label}, and the text puts the place in {where}: not taken across the border"
    )


def named_across(eligible: list[Candidate], scoped: Scoped, region: frozenset[str]) -> list[Candidate]:
    """The candidates that may lie where the text puts them.

    A district or town lies wholly on one side, so one named as the container (the
    anchor) rules out a place of the same name on the other side, even one known by that
    very name ("Marchak village, Tagtabazar district" is the Turkmen village, not the
    Afghan Murichaq, recorded as Marchak); so do the region's provinces the text names
    when none of them is on the candidate's side (a name both sides use, "Badakhshan",
    rules nothing out). A place on the line counts for both its sides.
    """
    anchor = scoped.anchor
    countries = {anchor.country} if anchor is not None and anchor.country else _provinces_countries(scoped, region)
    if not countries:
        return eligible
    return [c for c in eligible if countries & c.sides]


def _provinces_countries(scoped: Scoped, region: frozenset[str]) -> set[str]:
    """The countries of the region's provinces the text names (Mary is also like Mara, far away)."""
    return {country for country, _ in scoped.scope[1] or frozenset()} & region


def across_note(name: str, gone: list[Candidate], scoped: Scoped) -> str:
    """Why candidates known by ``name`` were set aside by :func:`named_across`."""
    where = ", ".join(sorted({c.country or "?" for c in gone}))
    container = f"{scoped.anchor.name} ({scoped.anchor.country})" if scoped.anchor else "a province of another country"
    return f"{name!r} is known in {where}, but the text puts it in {container}: not taken across the border"


def _not_far_sound_alikes(found: list[Candidate], scoped: Scoped) -> list[Candidate]:
    """Without the districts matched by sound alone, across the border and far from the named province."""
    areas, area = scoped.scope[1], scoped.area
    if areas is None or area is None:
        return found
    countries = {country for country, _ in areas}

    def far_sound_alike(c: Candidate) -> bool:
        if c.trusted or c.level != "admin2" or c.kind in BORDER_KINDS or c.country in countries:
            return False
        return haversine_km(area.latitude, area.longitude, c.latitude, c.longitude) > AREA_KM

    return [c for c in found if not far_sound_alike(c)]


def _other_side_elsewhere(c: Candidate, areas: frozenset[tuple[str, str]], gazetteer: Gazetteer) -> bool:
    """True when ``c`` is on the line, outside the named provinces' countries, and no named province
    of the other side holds the nearest town of that side to it."""
    countries = {country for country, _ in areas}
    if c.kind not in BORDER_KINDS or c.country in countries:
        return False
    sides = sorted(set(c.border_with) & countries)
    for side in sides:
        end = other_end(c, side, gazetteer)
        if end is None or (side, end.admin1_code) in areas:
            return False
    return bool(sides)


def other_end(c: Candidate, side: str, gazetteer: Gazetteer) -> Place | None:
    """The town of ``side`` nearest to ``c``'s point, whose province holds the other end of ``c`` (a place on the
    line, stored in one country), or None where ``side`` has no town near enough to tell."""
    found = gazetteer.nearest(c.latitude, c.longitude, country=side, towns_only=True)
    return found[0] if found is not None else None


__all__ = ["AREA_KM", "across_note", "named_across", "other_end", "sound_across", "within_area"]
