"""People hit, told only as people ("the three men were hit … where they died", "a Tajik man died"): civilians.

"A Tajik man died on March 30 when an anti-personnel mine went off", "Satarbek Shamshiev, a 42-year-old man from
the village of Chongkara, was killed", "Two people were killed, four wounded".

The count names no service, so the reader leaves the target empty; but a report that names a force's dead names
the force (soldiers, guards, police), and one that names the armed men who crossed calls them so (militants,
smugglers). Men, women and people told with nothing more were civilians, as the coders code them (24.kg, AP,
RFE/RL, Asia-Plus, Devdiscourse, The Nation): unless the incident's own words make them an armed side, a clash
of two forces or a shooting of armed men, where the target stays empty.

A strike from the air (a drone, an air strike) is the other case: it kills whoever was in the house or the car it
hit, and its "people" say nothing of whom it was aimed at; the coders leave such a strike's target empty (every
air or drone strike of the dev split, the Waziristan drone's "13 people" among them), so "people" there are no
civilians. A draft that also tells shots or grenades is left as it was: its air strike may be another event's.

A blast at a force's site is the third ("killing at least four people outside a police headquarters", "at a
police station", "at the main border crossing"): the people there are the force's men, travellers and passers-by
together, and the coders code the force or leave the target empty, never civilians (rounds 41, 42 and 53 as the
code that first scored them read them: 4 such values wrong or unwanted, none right; docs/extract-journal.md, "Where
wrong values come from, rounds 40-56"). A bombing at a market, a rally or a mosque keeps its people as civilians.

A blast the draft's sentences place nowhere people gather is the fourth ("A blast in Chaman on Thursday killed at
least five people", "A suicide bombing at the railway station in Quetta has killed at least 27 people", "a bomb went
off near a security post …, killing a civilian and wounding two other people"): its people are whoever stood near it,
and whom the bomb was aimed at is not told; the coders leave the target empty or code the force it was aimed at,
never civilians (dev, extract129: 11 values wrong or unwanted, none right, in four events). A market, a bazaar, a
rally, a mosque or an imambargah, a mine on a road or under a van keep their people as civilians.
"""

from __future__ import annotations

import re
from typing import Any

from .draft import Draft
from .vocab import ATTACKERS, BLAST_WEAPONS, DEMONYMS

#: Who was hit, told as persons: "men", "a man", "Tajik man", "people", "persons", "local man".
_PEOPLE = re.compile(r"(?:(?:[\w’'-]+\s+){0,2})?(?:men|man|people|persons?)", re.IGNORECASE)
#: Words that make people an armed side: "armed men", "gunmen", "men in uniform"; or a force's men, told by its name
#: ("Two Frontier Constabulary men were wounded when an FC check post … came under fire", Nawa-i-Waqt 1165; "FC men",
#: "Levies men", "security men"): the force's, never civilians.
_ARMED = re.compile(
    r"\b(?:armed|gun|uniform|masked|unknown|unidentified|constabulary|corps|fc|levies|police|security|army|military|"
    r"border|frontier|militia|rangers|khasadars?)\b",
    re.IGNORECASE,
)
#: Men told as carrying drugs or contraband across: smugglers by another word, whom the coders give no target.
_CARRIERS = re.compile(r"\b(?:couriers?|drugs?|heroin|opium|contraband|narcotics?)\b", re.IGNORECASE)

#: Children or women named in the toll's own sentence ("nine people, including four children"): the house corpus
#: codes such a strike's target as civilians (its Saravan text), so the old reading is kept there.
_FAMILY = re.compile(r"\b(?:children|child|women|woman|girls?|boys?)\b", re.IGNORECASE)
#: A force's site named in the toll's sentence: "a police headquarters", "a police station", "a security post",
#: "the main border crossing", "a check post", "an army camp", "a military convoy".
_FORCE_SITE = re.compile(
    r"\b(?:police|security|army|military|border|frontier|checks?)[\s-]+(?:\w+\s+)?"
    r"(?:headquarters|stations?|posts?|checkposts?|checkpoints?|camps?|bases?|garrisons?|convoys?)\b|"
    r"\b(?:check[\s-]?posts?|checkpoints?|garrisons?|(?:border\s+)?crossings?(?:\s+points?)?)\b",
    re.IGNORECASE,
)

#: Where a blast's people are civilians: a place where people gather, or a mine on a road, under a van or a tractor
#: (the reports' "roadside bombs", "a landmine blew up under a tractor trolley", "a van ran onto a roadside mine").
_GATHERED = re.compile(
    r"\b(?:markets?|bazaars?|rall(?:y|ies)|conventions?|gatherings?|mosques?|masjid|imambargahs?|shrines?|"
    r"churche?s?|temples?|schools?|weddings?|funerals?|processions?|crowd(?:ed)?|shops?|"
    r"(?:land|anti-personnel\s+)?mines?|roadside|vans?|tractors?|trolleys?)\b",
    re.IGNORECASE,
)


def from_the_air(values: dict[str, Any]) -> bool:
    """A strike from the air (a drone or an air strike) with no shot or grenade beside it: its target is whom it
    was aimed at, which neither "people" nor the house it hit tells (the coders leave it empty)."""
    weapons = set(values.get("weapons") or [])
    return bool(weapons & {"drone", "airstrike"}) and not weapons & {"firearms", "grenade"}


def people_as_civilians(draft: Draft, clash: bool) -> None:
    """Target ``civilians`` when the only victims told are people, men or women, and nothing makes them armed;
    never in a report that tells a clash, a fight, an exchange of fire (``clash``): its dead may be either side's."""
    values = draft.values
    if clash or values.get("target_type") or values.get("_two_sided") or values.get("_foiled"):
        return
    toll = f"{draft.evidence.get('killed', '')} {draft.evidence.get('injured', '')}"
    if from_the_air(values) and not _FAMILY.search(toll):
        return  # its "people" tell nobody the strike was aimed at, unless the toll's own sentence names children
    if (BLAST_WEAPONS & set(values.get("weapons") or []) or values.get("_suicide")) and _FORCE_SITE.search(toll):
        return  # a blast at a police station or a crossing: its "people" are the force's and passers-by together
    if _blast_at_no_gathering(draft):
        return  # "A blast in Chaman killed at least five people": whom it was aimed at is not told
    told = [str(values.get(name) or "").strip() for name in ("_killed_who", "_injured_who")]
    told = [who for who in told if who]
    if not told or not all(_PEOPLE.fullmatch(who) for who in told):
        return
    if any(_ARMED.search(who) or ATTACKERS.search(who) for who in told):
        return
    said = f"{values.get('victims') or ''} {draft.evidence.get('killed', '')} {draft.evidence.get('injured', '')}"
    if ATTACKERS.search(str(values.get("victims") or "")) or _CARRIERS.search(said):
        return  # "two men believed to be Afghan drug couriers": told as armed or smuggling in the toll's sentence
    values["target_type"] = "civilians"
    draft.evidence["target_type"] = draft.evidence.get("killed") or draft.evidence.get("injured", "")
    if not values.get("victims"):
        values["victims"] = told[0]
        draft.evidence["victims"] = draft.evidence["target_type"]
    words = told[0].split()
    nationality = next((DEMONYMS[w.lower()] for w in words if w.lower() in DEMONYMS), None)
    if nationality and not values.get("victim_nationality"):
        values["victim_nationality"] = nationality
        draft.evidence["victim_nationality"] = draft.evidence["target_type"]


def _blast_at_no_gathering(draft: Draft) -> bool:
    """A blast (a bomb, an IED, a suicide bomber) that none of the draft's sentences places where people gather
    or on a road or a vehicle a mine hit: its "people" say nothing of whom it was aimed at (see the module)."""
    values = draft.values
    if not (BLAST_WEAPONS & set(values.get("weapons") or []) or values.get("_suicide")):
        return False
    told = " ".join({text for text in draft.evidence.values() if text})
    return _GATHERED.search(told) is None
