"""Which places a place reading found are no scene: a name in another role, a country named, a place left open.

Kept apart from :mod:`.place`, which reads the scene: these are the refusals its readings ask before they place a
draft (a province's city, a name after "from", one of two places told as alternatives, a country the people only
fled or tried to cross into), so that the readings and what they skip can each be read whole.
:mod:`.other_places` cuts whole phrases out of the text before any reading; these judge one match in its sentence.
"""

from __future__ import annotations

import re

from .draft import Draft, country_code
from .group_named import names_a_side
from .near_place import DISTANCE_BEFORE
from .place_patterns import (
    _A_COUNTRY_DESCRIBED,
    _AFTER_THE_EVENT,
    _INSTITUTION,
    _PLACE,
    _REGIONS,
    _SETTING_OF_A_PLACE,
    _WIDE_VALLEY,
    NOT_PLACES,
)
from .roles import wrong_role
from .sentences import Sentence
from .taken_place import fell_back_before
from .vocab import DEMONYMS
from .where_hit import TRY_TO_CROSS

#: Where people fleeing the fight went ("people fleeing the fighting were crowding into the Bar Madak area", The Express
#: Tribune 879): their refuge, not the scene; never past an act of fire between ("fled after shells fell into …").
_FLED_INTO = re.compile(
    r"\b(?:fleeing|fled|flee|flees|displaced)\b"
    r"(?:(?!\b(?:fired|fire|struck|attacked|shelled|hit|landed|fell|killed|wounded)\b)[^.;:]){0,60}?"
    r"\b(?:into|to|towards)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: What a place lies on or along ("It sits on the Taybad-Herat road", ISWNews 1205): the place's setting, told to say
#: why it matters, not where the fight was.
_LIES_ON = re.compile(r"\b(?:sits|lies|stands)(?:\s+(?:on|along|astride|beside))?(?:\s+the)?\s*$", re.IGNORECASE)


def refuge_or_setting(before: str) -> bool:
    """Whether the words before a place make it where people fled to or what another place lies on (see above)."""
    return _FLED_INTO.search(before) is not None or _LIES_ON.search(before) is not None


def kind_of_no_scene(match: re.Match[str], kind: str, text: str) -> bool:
    """Whether a "the city of X" phrase names no scene: a province's city, a country's people, a wrong role, the
    town a distance is measured from or where a journey set out."""
    if kind in ("city", "town") and re.match(r"\s+province\b", text[match.end() :]):
        return True  # "In Mazar-e-Sharif, the city of Balkh province, …": the province's city, named before it
    if kind in ("population", "area", "areas") and country_code(match.group("name")):
        return (
            True  # "the population of Pakistan", "the tribal areas of Pakistan": a country's people or land, no scene
        )
    if wrong_role(text[: match.start()], text[match.end() :], said_after=kind in ("city", "province", "region")):
        return True
    if re.search(r"\bneighbou?ring\s", match.group(0)) and _PLACE.search(text[: match.start()]):
        return True  # "a mosque in Nusrat Dara and a school in the neighbouring village of Saro Kili": a place beside
    if DISTANCE_BEFORE.search(text[: match.start()]):
        return True  # "in Nok Kundi, some 30 km from the town of Taftan": the town measured from, not the scene
    # "a car going from the border town of Chaman to Spin Boldak": where it set out, not the scene
    return (
        re.search(r"\b(?:going|travell?ing|driving|heading|on its way)\s+from\s+$", text[: match.start()]) is not None
    )


def named_no_scene(match: re.Match[str], name: str, text: str) -> bool:
    """Whether a name after a preposition is no scene: a word that is no place, a part of the world, a country
    described, a body, a wide valley a place lies in, where fire came from, or a name in a wrong role."""
    if _AFTER_THE_EVENT.match(text[match.end() :]):
        return True  # "… hunting Afghan nationals in Dushanbe after the shootout": not the scene
    first = re.sub(r"[’']s$", "", name.split()[0].lower())
    if first in NOT_PLACES or first in DEMONYMS:
        return True
    if names_a_side(name):
        return True  # "aimed at Taliban and al Qaeda-linked commanders" (1556): a side, no place (.group_named)
    if first.endswith("s") and first[:-1] in DEMONYMS and " " not in name:
        return True  # "fired at the Americans, hitting the soldier" (AFPS 935): people of a nation, no place
    if _REGIONS.fullmatch(name):
        return True  # "Borders in Central Asia have been disputed": a part of the world, never a scene
    if _A_COUNTRY_DESCRIBED.match(name.split()[-1] + text[match.end() :]) and not country_code(name):
        return True  # "in the Central Asian country's airspace": a country described, no place named
    if _EITHER_AFTER.match(text[match.end() :]) or _EITHER_BEFORE.search(text[: match.start("name")]):
        return True  # "did not agree on where: in Upper Kurram or in Upper Orakzai": the text leaves it open
    if _INSTITUTION.search(name):
        return True  # "who sits in the National Assembly": a body, not a place
    if _WIDE_VALLEY.fullmatch(name) and _SETTING_OF_A_PLACE.search(text[: match.start("name")]):
        return True  # "Tajikistan's exclave in the Ferghana Valley": where the place lies, not the scene
    if fell_back_before(text[: match.start()]):
        return True  # "had fallen back to the police headquarters in the Dewo Kala area": where the losers went
    if refuge_or_setting(text[: match.start("name")]):
        return True  # "people fleeing the fighting were crowding into the Bar Madak area", "It sits on the … road"
    before = text[: match.start()].rstrip().lower()
    if before.endswith(("from", "from across the border")):  # "attacked across the border in X": X is hit
        return True
    # "a news service based in Washington", "the ministry in Kabul said"
    return wrong_role(text[: match.start("name")], text[match.end() :])


def country_named(draft: Draft, sentence: Sentence, match: re.Match[str], name: str, text: str) -> bool:
    """Whether the name is a country ("in Pakistan", "in Shiite-ruled Iran"): no place, but the country mentioned,
    unless the sentence is near it, fled or was taken to it, or only tried to cross into it."""
    code = country_code(name)
    ruled = re.fullmatch(r"[\w-]+-(?:ruled|led|controlled|dominated|majority)\s+(\S+)", name)
    if ruled and country_code(ruled.group(1)):  # "in Shiite-ruled Iran": the country, said with an adjective
        draft.set("_country_mention", country_code(ruled.group(1)), sentence)
        return True
    if code is not None and " " not in re.sub(r"[’']s$", "", name):
        # "near Pakistan": beside it, not in it; "drove them back into Afghanistan": where they fled to
        fled = _FLED_TO.search(text[: match.start()]) or _TAKEN_TO.search(text[: match.start()])
        # "shot … as they tried to cross into Iran": a try says not on which side the shots found them
        fled = fled or _ONLY_TRIED.search(text[: match.start()])
        if match.group("prep").lower() not in ("near", "close to", "outside") and not fled:
            draft.set("_country_mention", code, sentence)
        return True
    return False


#: One of two places told as alternatives: "in Upper Kurram or in Upper Orakzai" (AP 847): neither is the scene.
_EITHER_AFTER = re.compile(r"\s+or\s+(?:in\s+|at\s+|near\s+)?(?:the\s+)?[A-Z]")
_EITHER_BEFORE = re.compile(r"\bor\s+(?:in\s+|at\s+|near\s+)?(?:the\s+)?$")

#: Where people were carried or were travelling to: "taken hostage and carried off into Afghanistan", "travelling by
#: trolley from the village across the border into Afghanistan" name the way, not the scene (729, 732). Never fire sent
#: across ("fired rockets across the border into Afghanistan"): there the country named is the one hit.
_TAKEN_TO = re.compile(
    r"\b(?:carried\s+off|taken\s+away|whisked\s+away|dragged\s+off|travell?ing|travell?ed|heading|headed)\b"
    r"(?:(?!\b(?:fired?|firing|shell\w*|struck|hit)\b)[^.;:]){0,100}?(?:across\s+the\s+border\s+)?$",
    re.IGNORECASE,
)
#: A crossing only tried: "as they tried to cross into", "who were trying to get into", "attempting to slip into".
_ONLY_TRIED = re.compile(rf"{TRY_TO_CROSS}$", re.IGNORECASE)
_FLED_TO = re.compile(r"\b(?:back|fled|retreated|escaped|withdrew|returned|retreat|flee)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _state_told_after(place: str, text: str) -> str | None:
    """The state a place is told in, right after it: "in Batken province (Kyrgyzstan)", "Chorkuh, Tajikistan."."""
    told = re.search(
        rf"{re.escape(place)}(?:\s*\((?P<bracket>[A-Z][\w ]+)\)|,\s+(?P<comma>[A-Z]\w+)(?=[,.;)]|$))", text
    )
    return country_code(told["bracket"] or told["comma"]) if told else None


def in_another_state(current: str, current_text: str, place: str, text: str) -> bool:
    """Whether a place told after the draft's place lies in another state than it, each told with its state ("killed in
    Batken province (Kyrgyzstan)", then "burning a warehouse in Chorkuh (Tajikistan)": Crisis24 680): no narrower
    place inside the first, but another act's, across the line (extract201)."""
    here, there = _state_told_after(current, current_text), _state_told_after(place, text)
    return here is not None and there is not None and here != there
