"""Answer paths that are sound on exact names and risky on near-names: wrong is worse than empty.

The audit of answer paths (docs/geocoding-journal.md, "Answer paths: which are trusted") counted, per way
an answer is reached, how often it was right on strings no rule had seen. One path gave a wrong
answer there that no string rule would have caught on the next batch, because what was wrong is
the path, not the spelling:

* **A province the text puts "near".** "the border near the Afghan province of Nimroz" names an
  unnamed stretch of the line beside the province, which may lie on the far side (the thirty-fourth
  batch's g3113, labelled ``unlocated`` as "the “Shaghalak” area near Nimroz province" is, g1412).
  A province is too large for "near" it to say where: what lies near it is outside it. The province
  named plainly ("Nimroz province", "the Jowzjan border area") still answers.

* **A minor place in a country the report does not name.** "the Pasaband area, about 40 kilometres
  off the Jewani coast in Pakistan", in a report naming Iran and Pakistan, took Pasaband of Ghor in
  central Afghanistan, 340 km from every border place of the two countries (the thirty-fifth batch's
  g3258): the region is eight countries, but the report has said which it is about. A place answers
  there only if it lies on a named country's line (its ``border_with`` names one), in a country the
  query itself names ("Baku, Azerbaijan"), or is a city known in its own right (Herat, Tehran,
  Bishkek: :data:`KNOWN_POPULATION`). Until geo88 a place within 300 km of a named country's border
  places answered too (see :func:`outside_named`).

* **A province the text does not call a province, in a country it does not name.** "Bara's Bar Qambar
  Khel area", in a report whose only country is Pakistan (the forty-eighth batch's g4523): the tehsil
  "Bara" after a possessive was read as a province's name by likeness (Bukhara, Uzbekistan) and
  stood in, 867 km off. :func:`outside_named` lets every province answer, since a province named by
  its own name may be meant; a province *standing in* for a name the text never calls a province
  (no "province", "region", "ولایت" beside it) and lying outside every country the report names
  is a guess twice over (:func:`province_outside_named`). The province called one ("Bukhara
  region"), or lying in a named country, stands in as before.

A second demotion the audit proposed (a district found only by sound for a name the text calls a
village) was dropped: it moved nothing on dev and emptied four right answers on test.

The guard says why in one line; ``tracker geocode --explain`` shows the candidate it set aside.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .candidates import context_country

if TYPE_CHECKING:
    from .candidates import Candidate, Resolution


def near_a_province(chosen: Candidate, resolution: Resolution) -> str | None:
    """Why ``chosen`` must not answer (a province the text says the place is near), or None."""
    parsed = resolution.parsed
    if chosen.geo_precision != "admin1" or not parsed.near or parsed.level != "admin1":
        return None
    return f"left unlocated: the text puts the place near {chosen.label}, a province, not in it"


#: A city this large is known by its name (Herat, Quetta, Bishkek): named in a border report, it is meant.
KNOWN_POPULATION = 100_000


def outside_named(chosen: Candidate, resolution: Resolution) -> str | None:
    """Why ``chosen`` must not answer (a place in a country the report does not name), or None.

    Until geo88 only a place farther than 300 km from the named countries' border places was held
    back. The nearer ones are as wrong: in a Kyrgyz–Tajik report "Гулистон" is the Tajik village by
    Isfara (the `dev` strings g2339 and g4254 name it), and the one Guliston the gazetteer knows, in
    Uzbekistan's Sirdaryo Region 100 km from that line, answered it. No right `dev` answer, at any
    commit since the thirtieth batch, lies in a country its report does not name but "Baku,
    Azerbaijan", whose query names the country (docs/geocoding-journal.md, "Wrong answers, from history"). A
    place on a named country's line (its ``border_with``: Sokh, Taybad County), a province, a city known
    in its own right and a country the query names still answer.
    """
    named = resolution.named
    if not named or chosen.country in named or set(chosen.border_with) & named:
        return None  # a place on a named country's line (Sokh, Taybad County) may be meant
    if chosen.population >= KNOWN_POPULATION or chosen.level == "admin1":
        return None
    parsed = resolution.parsed
    if chosen.country in {context_country(part) for part in parsed.context}:
        return None  # "Baku, Azerbaijan": the query names the answer's country itself
    where = ", ".join(sorted(named))
    return f"left unlocated: {chosen.label} lies in a country the text does not name ({where})"


def province_outside_named(chosen: Candidate, resolution: Resolution) -> str | None:
    """Why ``chosen`` must not answer (a province standing in for a name the text does not call a
    province, in a country the report does not name), or None."""
    named, parsed = resolution.named, resolution.parsed
    if chosen.match != "context" or chosen.geo_precision != "admin1" or not named or chosen.country in named:
        return None
    if "admin1" in (parsed.level, *parsed.context_levels):
        return None  # "Bukhara region": the text calls it a province
    if chosen.country in {context_country(part) for part in parsed.context}:
        return None  # the query names the province's country itself
    where = ", ".join(sorted(named))
    return (
        f"left unlocated: {chosen.label} would stand in for a name the text does not call a province, "
        f"in a country it does not name ({where})"
    )


def path_doubt(chosen: Candidate, resolution: Resolution) -> str | None:
    """Why the chosen answer must not be given, by the guards of this module, or None."""
    return (
        near_a_province(chosen, resolution)
        or outside_named(chosen, resolution)
        or province_outside_named(chosen, resolution)
    )
