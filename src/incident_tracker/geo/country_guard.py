"""An answer in another country than the province or country the same text names is no answer.

A string that names its province ("Goharkoh, Taftan city, in Sistan and Baluchestan province", the
thirty-eighth batch's g3552, IRNA on an attack in Iran's Taftan County) has said in which country
the place lies. The gazetteer knows no Iranian Taftan (the county and its seat Nukabad are in none
of its sources), so the Pakistani border town Taftan, across the line, stood in for the unknown
Goharkoh at district precision, and answered "Taftan city, in Sistan and Baluchestan province"
by its own name: a namesake in another country, confidently wrong. The region rule cannot catch
it (Pakistan is in the region), nor can the namesake guard (the text names Iran alone).

:func:`other_country_unit` says when such an answer must not be given: a part of the text that
names a province (by its unit word or alone) or a country, known exactly (by its own name or a
transliterated key, never by sound or a stand-in), lies in one country, and the answer in
another. The answer's own point decides, not the countries across the line it may stand for: a
town is wholly on one side, and the crossing's other side has a name of its own (Taftan's is
Mirjaveh). Should the named province stand in instead? The `dev` evidence says no: the one `dev`
string of the shape is labelled `unlocated` (no point for Gohar Kuh was found), and a province
standing in for a place the text calls a city of another name is coarser than the report;
empty, with the province's country kept, is the honest answer.

An answer found only by sound is weaker still, and so is the witness it must yield to
(forty-fifth batch, g4256: "«Кайрагач», located in Leilek district of Batken region", a Kyrgyz
crossing, was answered by sound with the Tajik exclave Lolazor, whose Tajik name Қайрағоч sounds like
it, 26 km off). There the part, read with a participle before it, names the district only as a
stand-in, and a district never counted. So for a sound-alike, a part that the chain reads alone as a
district or province the text names (its unit standing in, or named exactly) says the country too:
a guess by sound does not cross a line the text has drawn. A place matched by name is untouched.

Two ways of naming the province were not read (geo88, house strings): a Russian adjective whose stem the
gazetteer knows only by sound ("Гулистон в Согдийской области": "Согдий" is Sughd by sound, so the Uzbek
Guliston, 160 km off, answered by its own name), and a clause before the province ("Кайрагач, который
находится в Баткенской области": the part read alone is nothing). Under the unit word (the part's level
is a province) a province found by sound says the country: the text has said "province", and it is the
one province that sounds so. A Russian "located in" lead (a participle, or "который находится") is
passed over, and the unit after it is what the part names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..models import country_code
from .alone import resolved_alone
from .text import name_key, words

if TYPE_CHECKING:
    from .candidates import Candidate, Resolution
    from .chain import Resolver

__all__ = ["named_unit_country", "other_country_unit"]

#: Matches that take a province by a name it is known by: its own, or a transliterated key.
_EXACT = ("name", "variant")
#: Against a sound-alike answer, a district or province the part names may also stand in (see the module).
_UNIT_FOR_SOUND = ("name", "variant", "context")
#: Russian "расположенный в …", "находящийся в …", "который находится в …" (located in, which lies in): a
#: part that only says where the place lies. The unit after it is what the part names (see the module).
_LOCATED_IN = re.compile(
    r"^(?:(?:располож|наход)[а-яё]*|(?:котор(?:ый|ая|ое|ые)|что)\s+(?:находи|располож|расположен)[а-яё]*)\s+(?:в|во|на)\s+"
    r"(?=[А-ЯЁ])"
)


def named_unit_country(
    part: str, level: str | None, chain: Resolver, named: frozenset[str], *, against_sound: bool = False
) -> str | None:
    """The country of the province or country ``part`` names, when it is known exactly; else None.

    ``against_sound``: the answer was found by sound alone, so a district or province the part names
    counts even when it only stands in for the part (see the module).
    """
    if not part.strip():
        return None
    if (located := _LOCATED_IN.match(part)) is not None:
        part = part[located.end() :]  # "который находится в Баткенской области": the province it names
    if (code := country_code(part)) is not None and level in (None, "country"):
        return code  # the country's own name, the whole part (a demonym says which border, not where)
    if level not in (None, "admin1"):
        return None
    found = resolved_alone(f"{part} province" if level == "admin1" else part, chain, named).chosen
    if against_sound and found is not None and found.match in _UNIT_FOR_SOUND and found.level in ("admin1", "admin2"):
        return found.country
    if found is not None and level == "admin1" and found.match == "sound" and found.level == "admin1":
        return found.country  # "в Согдийской области": the text's unit word says a province, its stem sounds so
    if found is None or found.match not in _EXACT:
        return None
    if found.geo_precision != "admin1" and not (level == "admin1" and found.level == "admin2"):
        return None  # a district the text calls a province ("провинция Кальдар") still says the country
    return found.country


def other_country_unit(chosen: Candidate, resolution: Resolution, chain: Resolver) -> str | None:
    """Why ``chosen`` must not answer (it lies in another country than a province or country the
    text names, see the module), or None."""
    if not chosen.country or chosen.geo_precision in ("admin1", "country"):
        return None  # a province answering is itself the unit the text names
    # A stand-in holds an unknown place, so its own point decides; a place answering by its own name
    # counts for every side it may stand for (a crossing in "Angoor Adda, Paktika" is the Afghan side).
    sides = chosen.sides if chosen.match != "context" else frozenset({chosen.country})
    parsed = resolution.parsed
    own = name_key(chosen.admin1 or "")
    first: tuple[str, str] | None = None
    for part, level in zip(parsed.context, parsed.context_levels, strict=False):
        if own and name_key(part) == own:
            return None  # the answer's own province, named: no lookup needed
        country = named_unit_country(part, level, chain, resolution.named, against_sound=chosen.match == "sound")
        if country is not None and country in sides:
            return None  # the text names the answer's country too ("Uzbekistan's Sokh, in Kyrgyzstan")
        if country is not None and _short_for_own(part, chosen, resolution, country):
            return None  # "Khorog, Badakhshan": Gorno-Badakhshan named short, the name known in it alone
        first = first or ((part, country) if country is not None else None)
    if first is None:
        return None
    part, country = first
    return f"left unlocated: {chosen.label} lies in {chosen.country}, but the text names {part!r}, in {country}"


def _short_for_own(part: str, chosen: Candidate, resolution: Resolution, country: str) -> bool:
    """Does ``part``, a province of ``country`` by its own name, name the answer's own province short?

    "Khorog, Badakhshan": Afghanistan's province is Badakhshan, Tajikistan's Gorno-Badakhshan, and a
    writer may call the Tajik one by its last word. The part is taken so only when it is a whole word
    of the answer's province's name (never a country's name) and no candidate known by the name lies in
    the country the part names exactly: a name known in both provinces stays a choice the text does
    not make (fifty-fifth batch, g5212). A district is never taken so: the regions the Panj split keep
    one name on both banks (Darwaz, Shughnan, Ishkashim, Wakhan), and the gazetteer lacks some of the
    Afghan halves, so its knowing one side only is no evidence there."""
    if (
        country_code(part) is not None
        or not chosen.admin1
        or chosen.level == "admin2"
        or chosen.geo_precision != "exact"
    ):
        return False
    own, named = words(chosen.admin1), words(part)
    if not named or len(own) <= len(named) or not all(word in own for word in named):
        return False
    return not any(c.trusted and country in c.sides for c in resolution.candidates)
