"""A diplomatic mission attacked: its town is the scene, the mission the target, a protest's crowd a demonstration.

Issue 14 (extract212). "Hundreds of angry demonstrators tried to force their way into the Iranian consulate in Herat",
"About 200 Afghans attacked Iran's consulate in Herat", "a crowd of Afghans stormed the Iranian consulate in Herat"
(dev 1942-1945, four reports of one protest): the rulings code such an event `Riots / Violent demonstration`, the
target `diplomatic` with the mission's state as the victims' nationality, and the place as the mission in its town.
The reader drafted no place (:func:`.roles.wrong_role` takes "consulate … in" as a diplomat's seat, "the consulate in
Peshawar said", and a mission that speaks is no scene), no target, and `Mob violence` or `Attack`.

Three readings, each of the mission told as the object of the act, never of a mission that speaks, protests,
summons, is closed or is named for where someone served:

* :func:`mission_scene`: the text before a place ends with a mission attacked ("stormed the Iranian consulate in ",
  "an anti-Iranian protest outside the consulate in "), or a unit's site attacked ("a rocket attack on a camp of the
  Frontier Corps in ", dev 1018, where "Corps in" reads as where a victim's unit is based): the place is the scene;
* :func:`mission_target`: a finished draft with no target whose own sentences tell a mission attacked: `diplomatic`,
  and the mission's state (its demonym or possessive, "Iranian consulate", "Iran's consulate", told in the draft's
  sentences or, one state only, elsewhere in the report) as the victims' nationality;
* :func:`demonstration`: a draft typed `Mob violence`, or an `Attack` with no one killed and no arms but stones and
  blows, whose sentences tell the crowd as a protest's ("demonstrators", "protesters", "in protest at", "a protest …
  turned violent") is `Riots / Violent demonstration`; never a crowd at each other or two crowds that clashed (the
  old rulings' `Mob violence`), never a protest the forces fired on (`.protest_fire`'s excessive force).
"""

from __future__ import annotations

import re

from .draft import Draft, state_code
from .sentences import Sentence

#: A diplomatic mission by its kind.
_MISSION = r"(?:embassy|consulate(?:[\s-]general)?|high\s+commission|diplomatic\s+mission|legation)"
#: Its owner, as the report names it: "the Iranian", "Iran's", "the Islamic Republic's" (no state named: no owner).
_OWNER = r"(?:(?P<owner>(?-i:[A-Z])[\w'’]+?)(?:['’]s)?\s+)?"
#: The act on it: stormed, attacked, stoned, torched, set on fire, ransacked, besieged, broken into, forced into,
#: stones or rocks thrown at it, a protest outside it "which turned violent" (told by the sentence), an attack on it.
_ACT = (
    r"\b(?:stormed|storming|storm|attacked|attacking|attack(?:s)?\s+on|assault(?:ed)?(?:\s+on)?|stoned|stoning|"
    r"torched|torching|ransacked|ransacking|besieged|overran|overrun|set\s+fire\s+to|setting\s+fire\s+to|"
    r"broke\s+into|break\s+into|forced?\s+(?:their|its|his)\s+way\s+into|forcing\s+(?:their|its)\s+way\s+into|"
    r"(?:threw|thrown|throwing|hurled|hurling|pelted|pelting)\s+(?:stones|rocks|bricks|petrol\s+bombs)\s+at|"
    r"(?:protest|demonstration|rally)\s+(?:outside|in\s+front\s+of|at)|"
    r"(?:smashed|broke)\s+(?:the\s+)?windows\s+of)"
)
_MISSION_ATTACKED = re.compile(
    rf"{_ACT}\s+(?:the\s+)?(?:grounds\s+of\s+(?:the\s+)?)?{_OWNER}{_MISSION}\b", re.IGNORECASE
)
#: The same, ending where a place follows: "stormed the Iranian consulate in ", "… consulate at ".
_MISSION_ATTACKED_BEFORE = re.compile(rf"{_MISSION_ATTACKED.pattern}\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
#: A unit's site attacked: "a rocket attack … on a camp of the Frontier Corps in ", "stormed a base of the 201st
#: Division at " (dev 1018): the unit names whose site it is, and the place after it is the scene, not where a victim's
#: unit is based ("of the Revolutionary Guards' Fajr corps in Fars province", which no act on a site precedes).
_UNIT_SITE_ATTACKED_BEFORE = re.compile(
    r"\b(?:attack(?:s|ed)?|assault(?:s|ed)?|raid(?:s|ed)?|stormed|struck|hit|shelled|targeted|fired\s+(?:[\w-]+\s+){0,2}?at)"
    r"\s+(?:on\s+)?(?:[\w-]+\s+){0,4}?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:camp|base|headquarters|post|outpost|check\s*post|checkpoint|fort|garrison|compound)\s+of\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: A mission told with its state, anywhere: "Iran's consulate", "the Iranian embassy".
_MISSION_OWNED = re.compile(rf"\b{_OWNER}{_MISSION}\b", re.IGNORECASE)

#: The crowd as a protest's: its people, or the protest it made.
_PROTEST_CROWD = re.compile(
    r"\b(?:demonstrators|protesters|protestors|in\s+protest\s+(?:at|against|over)|"
    r"(?:protest|demonstration)\s+[^.;]{0,80}?\bturned\s+violent)\b",
    re.IGNORECASE,
)
#: Two crowds at each other: a mob, not a demonstration ("protesters clashed", "threw rocks at each other").
_AT_EACH_OTHER = re.compile(r"\bat\s+each\s+other\b|\bclashed\b|\bclashes\s+between\b", re.IGNORECASE)
#: Fire on the protest by the forces: the protest met with force (`.protest_fire`), not the crowd's violence.
_FIRED_ON_CROWD = re.compile(
    r"\b(?:opened\s+fire|fired|shot)\s+(?:on|at|into)\s+(?:the\s+)?(?:crowd|protesters|demonstrators)\b", re.IGNORECASE
)
#: What a crowd's violence is done with: stones and blows, nothing that fires.
_CROWD_ARMS = frozenset({"melee", "unknown", "arson"})


def mission_scene(before: str) -> bool:
    """Whether a place after ``before`` is the town of a mission, or of a unit's site, the text tells attacked (see
    the module)."""
    tail = before[-160:]
    return bool(_MISSION_ATTACKED_BEFORE.search(tail) or _UNIT_SITE_ATTACKED_BEFORE.search(tail))


def _owner_code(match: re.Match[str] | None) -> str | None:
    """The state a mission phrase names as its owner, by demonym or by the country's name."""
    if match is None or not match.group("owner"):
        return None
    return state_code(re.sub(r"['’]s$", "", match.group("owner")))


def mission_owner(text: str) -> str | None:
    """The state whose mission ``text`` tells attacked ("stormed the Iranian consulate": IR), else None: its town
    lies in another state, so a namesake of the town in the owner's country is not the scene."""
    return _owner_code(_MISSION_ATTACKED.search(text))


def _mission_state(own: list[Sentence], article: list[Sentence]) -> str | None:
    """The mission's state: from the attacked mission's own phrase, else the one state the report's missions name."""
    for sentence in own:
        if code := _owner_code(_MISSION_ATTACKED.search(sentence.text)):
            return code
    states = {code for s in article for m in _MISSION_OWNED.finditer(s.text) if (code := _owner_code(m))}
    return states.pop() if len(states) == 1 else None


def mission_target(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """A finished draft with no target whose own sentences tell a mission attacked: `diplomatic`, its state the
    victims' nationality (see the module)."""
    values = draft.values
    if values.get("target_type") or values.get("victim_nationality") or values.get("killed"):
        return
    own = draft.spanned_sentences(sentences, background)
    told = next((s for s in own if _MISSION_ATTACKED.search(s.text)), None)
    if told is None:
        return
    draft.set("target_type", "diplomatic", told)
    article = [s for s in sentences if s.index not in background]
    if state := _mission_state(own, article):
        draft.set("victim_nationality", state, told)
    draft.notes.append("Diplomatic: the crowd attacked a foreign mission (.mission_attacked).")


def demonstration(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """A mob whose crowd the draft's sentences tell as a protest's: a violent demonstration (see the module)."""
    values = draft.values
    kind = values.get("sub_event_type")
    own = draft.spanned_sentences(sentences, background)
    if kind == "Attack":
        if values.get("killed") or not set(values.get("weapons") or ["unknown"]) <= _CROWD_ARMS:
            return
        if not any(_MISSION_ATTACKED.search(s.text) for s in own):
            return  # an attack on people with no arms named is not a crowd's; a mission stormed is
    elif kind != "Mob violence":
        return
    texts = " ".join(s.text for s in own)
    if not _PROTEST_CROWD.search(texts) or _AT_EACH_OTHER.search(texts) or _FIRED_ON_CROWD.search(texts):
        return
    told = next(s for s in own if _PROTEST_CROWD.search(s.text))
    draft.set("event_type", "Riots", told, replace=True)
    draft.set("sub_event_type", "Violent demonstration", told, replace=True)
    draft.notes.append("Violent demonstration: the crowd was a protest's (.mission_attacked).")
