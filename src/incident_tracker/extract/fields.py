"""Reading one sentence's fields into a draft: tolls, weapons and the place.

Kept apart from the reading of the article (:mod:`.reader`), which decides *which*
incident a sentence feeds; these decide what the sentence says about it.
"""

from __future__ import annotations

import re

from ..models import TOLL_FIELDS, Casualties, parse_casualties
from .casualties import HEDGED, TOLL_UPDATE, Toll
from .context import country_phrase
from .draft import Draft, country_code
from .not_counts import without_answered
from .place_patterns import (
    _ADMIN,
    _AFTER_THE_EVENT,
    _APPOSED_KIND,
    _APPOSED_PROVINCE,
    _CAP,
    _HOME_OF_PERSON,
    _KIND_END,
    _LIES_IN,
    _OF_PLACE,
    _PATROLLED,
    _PLACE,
    _PROVINCE_OF,
    _REGIONS,
    _STRUCK_IN_COUNTRY,
    _STRUCK_VERBS,
    NOT_PLACES,
)
from .roles import wrong_role
from .sentences import Sentence
from .vocab import DEMONYMS, ORIGIN, VAGUE_WORDS, WEAPON_PHRASES

#: Arms found on the dead or seized afterwards ("weapons, ammunition and explosives were recovered",
#: "recovered four Kalashnikov rifles"): what the attackers carried, not what was used on anyone.
_HAUL = re.compile(
    r"\b(?:recovered|seized|confiscated|found|captured|impounded|taken from|"
    r"a (?:large |huge )?(?:cache|quantity|stock) of)\b",
    re.IGNORECASE,
)

_USED = re.compile(
    r"\b(?:fired|used|opened|attacked|struck|hit|shelled|launched|dropped|planted|detonated|exploded)\b",
    re.IGNORECASE,
)

#: A weapon named only to be denied.
_NEGATED = re.compile(r"(?:\bno|\b(?:not|never)\s+(?:\w+\s+){1,2}|\bdenied\s+(?:\w+\s+){0,2})\s*$", re.IGNORECASE)

#: Another source's figure for the same toll: the counts become a range, not a replacement.
CONFLICT = re.compile(
    r"\b(?:other|another|local|hospital|medical|independent)\s+(?:sources?|officials?|reports?|media)\b|"
    r"\bput (?:the|its|their) (?:death toll|toll|number of (?:dead|deaths|those killed))\b|"
    r"\b(?:gave|gives|give) (?:a )?(?:different|higher|lower) (?:count|figure|toll|number)\b|\bdiffer",
    re.IGNORECASE,
)


def read_toll(draft: Draft, sentence: Sentence, toll: Toll, *, update: bool, conflict: bool) -> None:
    what, casualties = toll.what, toll.casualties
    _, low, high, phrase = TOLL_FIELDS[what]
    known = draft.values.get(what)
    vague = draft.values.get(phrase) in VAGUE_WORDS or bool(draft.values.get(f"_{what}_hedged"))
    hedged = HEDGED.search(sentence.text) is not None
    if hedged and known is not None:
        return
    if known == 0 and (casualties.best or 0) > 0:  # "nobody was killed", then "two of the attackers died"
        draft.values.pop(what, None)
        known = None
    replace = (update and what == "killed") or (vague and casualties.text not in VAGUE_WORDS and not hedged)
    if replace or known is None:
        draft.values.pop(f"_{what}_hedged", None)
        if hedged:
            draft.values[f"_{what}_hedged"] = True
    if (
        known is not None
        and what == "killed"
        and not replace
        and _attackers_too(draft, toll)
        and casualties.best is not None
        and casualties.text is None
    ):
        # "… killed one border guard." "Two of the attackers were killed as well.": both sides' dead count.
        for name in (what, low, high):
            if draft.values.get(name) is not None:
                draft.values[name] += casualties.best
                draft.evidence[name] = f"{draft.evidence.get(what, '')} {sentence.text}".strip()
        draft.set("_attackers_counted", True, sentence)
        return
    if known is not None and not replace and _also_hit(draft, toll, sentence):
        # "four policemen were killed and 14 wounded." "Twenty-three civilians were also wounded." (TOLOnews 473): 37
        for name in (what, low, high):
            if draft.values.get(name) is not None:
                draft.values[name] += casualties.best
                draft.evidence[name] = f"{draft.evidence.get(what, '')} {sentence.text}".strip()
        draft.set(f"_{what}_also", True, sentence)
        return
    if known is not None and not replace:
        other = draft.evidence.get(what) != sentence.text
        if conflict and other and casualties.best is not None and casualties.best != known:
            # Two reports of one toll: keep both as the range, the lower as the best (ACLED's rule).
            lows = [v for v in (draft.values.get(low), known, casualties.low, casualties.best) if v]
            highs = [v for v in (draft.values.get(high), known, casualties.high, casualties.best) if v]
            draft.values.update(Casualties(min(lows), min(lows), max(highs)).fields(what))
            draft.values.pop(phrase, None)
            both = f"{draft.evidence[what]} {sentence.text}"
            for name in (what, low, high):
                draft.evidence[name] = both
            draft.evidence.pop(phrase, None)
            draft.notes.append(f"Conflicting {what} figures ({known} and {casualties.best}): kept as a range.")
        return
    draft.set(what, casualties.best, sentence, replace=replace)
    draft.set(f"_{what}_who", toll.victims or "", sentence, replace=True)
    if toll.both_sides:
        draft.set("_attackers_counted", True, sentence, replace=True)
    for name, value in casualties.fields(what).items():
        if name == what:
            continue  # set above, with the victims
        if replace:
            draft.values.pop(name, None)
        draft.set(name, value, sentence, replace=replace)


def read_weapons(draft: Draft, sentence: Sentence, text: str) -> None:
    taken: list[tuple[int, int, tuple[str, ...]]] = []
    for pattern, weapons in WEAPON_PHRASES:
        for match in re.finditer(rf"\b(?:{pattern})\b", text, re.IGNORECASE):
            span = match.span()
            if any(span[0] < end and start < span[1] for start, end, _ in taken):
                continue
            if _NEGATED.search(text[: span[0]]):
                continue  # "no shots were fired", "has not confirmed those air strikes"
            if _hauled(text, span):
                continue  # "a large cache of weapons and explosives was recovered"
            taken.append((span[0], span[1], weapons))
    heavy = {"mortar", "rocket", "missile", "artillery", "_shelling"}
    if any(heavy & set(weapons) for _, _, weapons in taken):
        # "firing about 40 missiles", "the firing from the Iranian side stopped": the verb of the named heavy
        # weapon, not a gun of its own
        taken = [
            (start, end, weapons)
            for start, end, weapons in taken
            if weapons != ("firearms",) or not _FIRING_ONLY.fullmatch(text[start:end])
        ]
    found = [w for _, _, weapons in sorted(taken) for w in weapons]
    if not found:
        return
    known = list(draft.values.get("weapons", []))
    if heavy & set(known) and all(
        weapons == ("firearms",) and _FIRE_AGAIN.fullmatch(text[start:end]) for start, end, weapons in taken
    ):
        return  # "fired mortars at civilians" … "the Taliban started it, firing at the soldiers": the same heavy fire
    new = [w for w in dict.fromkeys(found) if w not in known]
    if new:
        draft.values["weapons"] = known + new
        previous = draft.evidence.get("weapons")
        draft.evidence["weapons"] = sentence.text if not previous else f"{previous} {sentence.text}"


#: Fire told again in a later sentence, by words that name no weapon: with the incident's heavy weapon already read,
#: it is that weapon's fire (AP 533: mortars fired at civilians, then "the Afghan Taliban started it, firing at
#: Pakistani soldiers"; Dawn 318: mortar rounds, then "the suspected firing positions"), not guns of their own. Never
#: "shooting", which tells guns ("the shooting went on for three hours" after mortar fire: the corpus codes both).
_FIRE_AGAIN = re.compile(r"firing|fired (?:on|at|upon)|exchanges? of fire|exchanged fire|traded fire", re.IGNORECASE)

#: Words of firing that say nothing of the weapon: with a mortar, rocket or missile named, they are its.
_FIRING_ONLY = re.compile(r"firing|fired (?:on|at|upon)|shooting", re.IGNORECASE)


def _hauled(text: str, span: tuple[int, int]) -> bool:
    """Whether the weapon at ``span`` stands in a list of arms recovered or seized: a haul word within
    60 characters before it or 50 after, in the same sentence part, and no word of use near it."""
    start = max(text.rfind(".", 0, span[0]), text.rfind(";", 0, span[0])) + 1
    stops = [i for i in (text.find(".", span[1]), text.find(";", span[1])) if i != -1]
    end = min(stops) if stops else len(text)
    near = text[max(start, span[0] - 60) : span[0]] + " " + text[span[1] : min(end, span[1] + 50)]
    return bool(_HAUL.search(near)) and not _USED.search(near)


def _before_from(match: re.Match[str]) -> str:
    said = match.group(0)
    cut = said.rfind(" from ")
    return said[:cut] + " " if cut > 0 else " "


#: A part of a named crossing, before its name: "the main entrance gate of", "the gate of".
_PART_OF_CROSSING = re.compile(
    r"\bthe\s+(?:(?:main|entrance|front|border|outer|inner)\s+)*(?:gate|entrance|terminal)\s+of\s+"
    r"(?=the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:border\s+)?(?:crossing|border\s+post|checkpoint)\b)"
)


#: The wounded taken to a hospital, and where it lies, to the clause's end.
_TREATED_AT = re.compile(
    r"\b(?:taken|rushed|shifted|moved|brought|admitted|treated|evacuated|transferred|referred)\s+(?:to|in|at)\s+"
    r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:hospitals?|CMH|clinic|infirmary|morgue|mortuary|(?:health|medical|trauma)\s+"
    r"(?:centre|center|facility|complex|unit))\b[^.;]*",
    re.IGNORECASE,
)
#: A home told as a clause: "lives in the village of X in Y region", "who resided in X".
_LIVES_IN = re.compile(r"\b(?:lives|lived|living|resides|resided|residing)\s+in\b[^.;]*", re.IGNORECASE)


def read_place(draft: Draft, sentence: Sentence, text: str, *, sides: bool = True) -> None:
    """The scene a sentence names, and the country it points to; ``sides=False`` leaves out a side named
    in passing ("on the Afghan side"), for a sentence read only for the scene."""
    # where an attack came from is not where it happened; what precedes "from" may be ("fired at the Angoor Adda
    # gate from the Afghan side")
    text = ORIGIN.sub(_before_from, text)
    # "at the main entrance gate of the Torkham crossing": a part of a crossing is told by the crossing's name
    text = _PART_OF_CROSSING.sub("", text)
    # where someone lives is not where it happened: "A.U. lives in the village of Azhek in Jalal-Abad region" (Knews
    # 536: the herder was shot across the line, in Uzbekistan); the clause, to its end, names no scene
    text = _LIVES_IN.sub("", text)
    # nor is a person's home told with them: "F.M., a resident of Kurulush village in the Aksy district, was walking
    # towards the village of Mamai", "a man from the village of Chongkara …, was killed … in the Kungeioetoek area"
    text = _HOME_OF_PERSON.sub("", text)
    # nor where the event this one answers or follows happened: "came in answer to Saturday's suicide bombing in Swat"
    text = without_answered(text)
    # where the wounded were treated, to the clause's end: "taken to the district hospital in Chust, in Uzbekistan's
    # Namangan region" names the hospital's town and region, not the scene (roles.wrong_role leaves out only the
    # town); the country it names is still said, as "Iran's Zabol county" says it
    if treated := _TREATED_AT.search(text):
        for owner in re.findall(r"\b([A-Z][\w-]+)[’']s\b", treated.group(0)):
            if code := country_code(owner):
                draft.set("_country_mention", code, sentence)
        text = text[: treated.start()] + text[treated.end() :]
    admin = _ADMIN.search(text)
    if admin and "_admin_hint" not in draft.values:
        draft.set("_admin_any", admin.group("admin"), sentence)  # a province named anywhere in its sentences
    elif (province_of := _PROVINCE_OF.search(text)) and "_admin_hint" not in draft.values:
        draft.set("_admin_any", f"{province_of.group('name')} province", sentence)  # "the southeastern province of X"
    for match in _OF_PLACE.finditer(text):
        # "the Kyrgyz city of Batken", "Iran's border area of Saravan": the country is the adjective's or owner's
        code = DEMONYMS.get((match.group("demonym") or "").lower()) or country_code(match.group("owner") or "")
        if match.group("owner") and code is None:
            continue
        kind = match.group("kind").lower()
        if kind == "population" and country_code(match.group("name")):
            continue  # "the population of Pakistan": a country's people, no scene
        if wrong_role(text[: match.start()], text[match.end() :], said_after=kind in ("city", "province", "region")):
            continue
        # "the Kyrgyz city of Batken": the country is the adjective's, the place the name.
        name = match.group("name")
        suffix = f" {kind}" if kind in ("district", "province", "county", "region", "oblast") else ""
        named = match.group("demonym")
        if named and code is None and not country_code(named) and named.lower() not in NOT_PLACES:
            # "the Damadola area of War Mamund tehsil", "the Kurram district of Khyber Pakhtunkhwa": a name before
            # the kind is the place, and what follows "of" is where it lies
            draft.set("_within", name, sentence)
            _set_place(draft, f"{named} {kind}", sentence, None)
            return
        draft.set("_country_mention", code, sentence)
        hint = admin.group("admin") if admin and admin.start() > match.start() else None
        lies_in = _LIES_IN.match(text[match.end() :])
        if lies_in:
            draft.set("_within", lies_in.group("within"), sentence)
        _set_place(draft, name + suffix, sentence, hint)
        return
    patrolled = _PATROLLED.search(text)
    if patrolled and not wrong_role(text[: patrolled.start()], "", said_after=False):
        _set_place(draft, f"{patrolled.group('name')} {patrolled.group('kind')}", sentence, None)
        return
    struck = _STRUCK_IN_COUNTRY.search(text)
    if struck and country_code(struck.group("country")) and not country_code(struck.group("name")):
        first = struck.group("name").split()[0].lower()
        if first not in NOT_PLACES and first not in DEMONYMS:
            draft.set("_country_mention", country_code(struck.group("country")), sentence)
            _set_place(draft, struck.group("name"), sentence, None)
            return
    placed = False
    for match in _PLACE.finditer(text):
        name, rank = match.group("name").strip(), None
        if _AFTER_THE_EVENT.match(text[match.end() :]):
            continue  # "… hunting Afghan nationals in Dushanbe after the shootout": not the scene
        first = re.sub(r"[’']s$", "", name.split()[0].lower())
        if first in NOT_PLACES or first in DEMONYMS:
            continue
        if _REGIONS.fullmatch(name):
            continue  # "Borders in Central Asia have been disputed": a part of the world, never a scene
        before = text[: match.start()].rstrip().lower()
        if before.endswith(("from", "from across the border")):  # "attacked across the border in X": X is hit
            continue
        if wrong_role(text[: match.start("name")], text[match.end() :]):
            continue  # "a news service based in Washington", "the ministry in Kabul said"
        code = country_code(name)
        ruled = re.fullmatch(r"[\w-]+-(?:ruled|led|controlled|dominated|majority)\s+(\S+)", name)
        if ruled and country_code(ruled.group(1)):  # "in Shiite-ruled Iran": the country, said with an adjective
            draft.set("_country_mention", country_code(ruled.group(1)), sentence)
            continue
        if code is not None and " " not in re.sub(r"[’']s$", "", name):
            # "near Pakistan": beside it, not in it; "drove them back into Afghanistan": where they fled to
            fled = _FLED_TO.search(text[: match.start()])
            if match.group("prep").lower() not in ("near", "close to", "outside") and not fled:
                draft.set("_country_mention", code, sentence)
            continue
        owner = re.sub(r"[’']s\s+.*$", "", match.group("owner") or "", flags=re.DOTALL)
        if owner and country_code(owner):
            draft.set("_country_mention", country_code(owner), sentence)  # "Iran's Zabol county"
        elif match.group("owner"):
            name = f"{match.group('owner')}{name}"  # "Kabul's Shahr-e Naw district"
        possessive = re.match(rf"({_CAP})[’']s\s+(.+)", name)
        if possessive and country_code(possessive.group(1)):
            draft.set("_country_mention", country_code(possessive.group(1)), sentence)
            name = possessive.group(2)
        prep = match.group("prep").lower()
        apposed = _APPOSED_KIND.match(text[match.end() :])  # "targeted Angoor Tangi, a check-post next to …"
        if apposed and not _KIND_END.search(name):
            rank = _specificity(f"{name} {apposed.group('kind')}")
        if prep in _STRUCK_VERBS and not _KIND_END.search(name) and not apposed:
            continue  # "struck Waziristan refugees", "hit TTP hideouts": only a named area, village or post is hit
        # the name alone ("forces entered Kang district": that district); "near X" keeps its word
        bare = prep in ("in", "at", "inside", "into", "through", "entered", *_STRUCK_VERBS)
        place = name if bare else f"{prep} {match.group('the') or ''}{name}"
        hint = admin.group("admin") if admin and admin.start() > match.end() else None
        if _APPOSED_PROVINCE.match(text[match.end() :]) and not re.search(r"\b(?:province|region)$", place):
            place += " province"  # "in Sistan-Baluchistan, the troubled province in …": a province, said after
        if placed and (rank or _specificity(place)) < 3:
            continue  # after the sentence's first place, only a named area, village or post inside it
        _set_place(draft, " ".join(place.split()), sentence, hint, rank=rank)
        if placed:
            break
        placed = True  # "in Zhob district …, in the Sambaza area": the area, told later in the sentence
    if sides:
        draft.set("_country_mention", country_phrase(text), sentence)


_FLED_TO = re.compile(r"\b(?:back|fled|retreated|escaped|withdrew|returned|retreat|flee)\s+(?:\w+\s+)?$", re.IGNORECASE)
_UNIT = re.compile(r"\b(?:border|frontier|police|guards?|corps|regiment|brigade|battalion)\b", re.IGNORECASE)


def narrower(new: str, old: str) -> bool:
    """Whether ``new`` names the same side as ``old`` more narrowly (its unit, not just its forces)."""
    sides_new = {DEMONYMS[w.lower()] for w in new.split() if w.lower() in DEMONYMS}
    sides_old = {DEMONYMS[w.lower()] for w in old.split() if w.lower() in DEMONYMS}
    return bool(sides_new) and sides_new == sides_old and bool(_UNIT.search(new)) and not _UNIT.search(old)


#: Who the other side's dead are: the attackers, not the attacked.
ATTACKERS = re.compile(
    r"\b(?:attackers|assailants|intruders|militants|gunmen|smugglers|traffickers|terrorists|insurgents|"
    r"infiltrators|raiders|khwarij|khawarij|trespassers|fighters|armed (?:man|men))\b",
    re.IGNORECASE,
)


#: People counted with who they were, as the side hit: "Five people, three of them Frontier Corps personnel, were
#: killed" (PTI 547), "five people, two civilians among them, had been martyred" (Dawn 545): the attackers are apart.
_PEOPLE_BY_SIDE = re.compile(
    r"\bpeople,\s+(?:\w+\s+of\s+them\s+)?[^,;.]{0,60}?\b(?:personnel|soldiers|troops|policemen|officers|guards|civilians|"
    r"security\s+men)\b(?:\s+among\s+them)?,",
    re.IGNORECASE,
)


def _attackers_too(draft: Draft, toll: Toll) -> bool:
    """Whether a later count is of the attackers, and the draft's count so far only of those they hit, or
    (told the other way round) the draft's count so far only of the attackers, and a later one of a side they hit:
    "12 terrorists were killed … During the heavy firing, four soldiers were martyred" (16)."""
    if draft.values.get("_attackers_counted") or not toll.victims:
        return False
    before = str(draft.values.get("_killed_who") or "")
    if not ATTACKERS.search(toll.victims):
        named_side = toll.target_type is not None and not re.search(r"\b(?:and|others?)\b", toll.victims)
        named_side = named_side or _PEOPLE_BY_SIDE.search(toll.phrase) is not None  # "five people, three of them …"
        return named_side and bool(before) and ATTACKERS.search(before) is not None
    if re.fullmatch(r"(?:people|persons|men)", before.strip(), re.IGNORECASE) and not _PEOPLE_BY_SIDE.search(
        draft.evidence.get("killed", "")
    ):
        return False  # "five people died": every side's dead are already counted
    return bool(before) and ATTACKERS.search(before) is None and not re.search(r"\band\b", toll.victims)


def _also_hit(draft: Draft, toll: Toll, sentence: Sentence) -> bool:
    """Whether a later sentence's count is of another group "also" hit, to add to the count so far: a group
    named ("civilians"), an exact figure, and a group the sentence of the first count did not name."""
    told = draft.evidence.get(toll.what, "")
    if draft.values.get(f"_{toll.what}_also") or not toll.victims or not toll.target_type or told == sentence.text:
        return False
    if toll.casualties.best is None or toll.casualties.text is not None:
        return False
    if _ANOTHER_TIME.search(sentence.text):
        return False  # "At the end of February, three guards were also killed" (RFE/RL 272): another event
    before = str(draft.values.get(f"_{toll.what}_who") or "")
    if re.fullmatch(r"people|persons", before.strip(), re.I) and (
        toll.casualties.best == draft.values.get(toll.what) or _PEOPLE_BY_SIDE.search(told)
    ):
        return False  # "Five people, three of them soldiers, were killed" … "two civilians and three soldiers also
        # died" (PTI 547): the same dead, told by group
    head = toll.victims.split()[-1].lower()
    return bool(re.search(r"\balso\b", toll.phrase)) and head not in told.lower()


#: A time of its own in the sentence of a count "also" hit: an earlier event told beside this one.
_ANOTHER_TIME = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|earlier|"
    r"previous|last\s+(?:week|month|year)|ago|in\s+\d{4})\b"
)


def _specificity(place: str) -> int:
    """How narrowly a place phrase places the event: a border line 0, a province 1, a named area, village,
    gate or crossing 3, a post in it 4, anything else (a district, a bare name) 2."""
    if re.search(r"\b(?:Line|[Bb]order|[Ff]rontier|[Bb]oundary)$", place):
        return 0
    if re.search(r"\b(?:[Pp]rovince|[Rr]egion|[Oo]blast)$", place):
        return 1
    if re.search(r"\b(?i:post|outpost|checkpoint|check-post|checkpost|check post)$", place):
        return 4  # "the Beza check-post in the Hasan Khel area": the post attacked, inside the area
    if re.search(r"\b(?:area|village|town|crossing|gate|bazaar|sector)$", place):
        return 3  # "the Bagan area" after "Kurram district": the scene inside the district
    return 2


def coarse(place: str) -> bool:
    """Whether a place phrase is a border line, a province or a district, which a later sentence naming
    the area, village or post inside it makes narrower."""
    return _specificity(place) <= 2


def _set_place(draft: Draft, place: str, sentence: Sentence, admin: str | None, *, rank: int | None = None) -> None:
    """The first place phrase, unless it only named a border line or a province and this one is narrower
    ("near the Durand Line", then "in Zazai Maidan district"); ``rank`` is the place's narrowness when a
    phrase beside it tells its kind ("Angoor Tangi, a check-post")."""
    current = draft.values.get("place")
    narrowness = rank if rank is not None else _specificity(place)
    if current is not None and (_specificity(current) >= 1 and narrowness <= _specificity(current)):
        return
    if current is not None and _specificity(current) == 0 and _specificity(place) == 0:
        return
    if current is not None and _specificity(current) >= 1:
        # "North Waziristan", then "the Ghulam Khan Kallay area": the area lies inside what was named first
        draft.set("_within", current, sentence, replace=True)
    draft.set("place", place, sentence, replace=True)
    draft.values.pop("_admin_hint", None)
    draft.evidence.pop("_admin_hint", None)
    draft.set("_admin_hint", admin, sentence)


_SUBSET = re.compile(r"\b(?:including|among them|among the dead|of them|of whom|of the dead)\b", re.IGNORECASE)


def _stated(casualties: Casualties) -> int:
    """The figure as the text gave it: "more than 200" adds 200, not the 201 it is coded as."""
    found = re.search(r"\d+", casualties.text or "")
    return int(found.group(0)) if found else casualties.best or 0


def add_up(tolls: list[Toll], text: str) -> list[Toll]:
    """Counts of different groups in one sentence add up; a part of a count ("including nine Chinese") does not.

    "at least 23 soldiers were martyred and more than 200 fighters were killed" → 223, a
    lower bound when either part is one; the wounded too: "six of their security personnel were wounded …,
    and two Afghan passengers were hurt as well" → 8.
    """
    for what in ("killed", "injured"):
        tolls = _add_up(tolls, text, what)
    return tolls


def _add_up(tolls: list[Toll], text: str, what: str) -> list[Toll]:
    """The counts of one kind (killed or injured) of a sentence, added up when they are of different groups."""
    counted = [t for t in tolls if t.what == what]
    if TOLL_UPDATE.search(text) or any(re.search(r"\b(?:toll|number|deaths?)\b", t.phrase, re.I) for t in counted):
        return tolls  # "bringing the toll to 20", "more than double the toll of 49": one figure restated
    if len(counted) < 2 or len({t.victims for t in counted}) < len(counted):
        return tolls
    if any(_SUBSET.search(text[: text.find(t.phrase)][-40:]) for t in counted[1:] if t.phrase in text):
        return tolls
    first = counted[0]
    values = [t.casualties for t in counted]
    if any(v.best is None for v in values):
        return tolls
    total = sum(_stated(v) for v in values)
    bounded = any(v.low is not None and v.high is None for v in values)
    casualties = parse_casualties(f"at least {total}") if bounded else Casualties(total)
    sides = [ATTACKERS.search(t.victims or "") is not None for t in counted if t.victims]
    merged = Toll(
        first.what,
        casualties,
        first.phrase,
        first.victims,
        first.nationality,
        first.target_type,
        True in sides and False in sides,
    )
    kept = [t for t in tolls if t.what != what]
    return [merged, *kept] if what == "killed" else [*kept, merged]
