"""A drone shot down: the codebook's Strategic developments → Disrupted weapons use, not a strike.

ACLED codes the interception of a drone or a missile as a disrupted use of weapons: no one
was struck, and the side that acted is the one that brought the drone down. Reports of such
an event are full of the words of a drone strike ("drone", "unmanned aerial vehicle", "hit",
"shot"), which the weapon patterns read as a drone and firearms. When the incident's own
sentences say a drone was shot down, downed or brought down and nobody was killed or wounded
in it, the incident is that disrupted use: its weapons are unknown (the report rarely says
what fired), and the side named as bringing it down is the actor — ``confirmed`` when the
report tells that side's own government confirming it, or its own military telling it ("the ISPR said"), ``alleged``
otherwise.
"""

from __future__ import annotations

import re

from .draft import ATTRIBUTION_FIELDS, Draft
from .sentences import Sentence
from .vocab import COUNTRY_NAMES, DEMONYMS, NUMBER

#: A manned aircraft brought down: "air defence brought down an Afghan military plane" (RFE/RL 869, AP 870). Its crew
#: hurt are the victims of the disrupted use, not a strike's (the corpus codes the two pilots so).
_CRAFT = r"(?:planes?|aircraft|helicopters?)"

_DRONE = rf"(?:drones?|UAVs?|unmanned\s+(?:aerial\s+vehicles?|aircraft)|(?<!unmanned\s){_CRAFT})"
_DOWN = r"(?:shot\s+down|brought\s+down|downed|(?:intercepted\s+and\s+)?(?:neutrali[sz]ed|intercepted))"
#: What the downed drones are counted by: "four \"rudimentary\" drones", "all four incoming drones".
_HOW_MANY = rf"(?:an?|the|its|their|all|both|{NUMBER})"
#: "an Iranian drone was shot down", "had brought down an unmarked Iranian drone", "shot the unmanned aerial
#: vehicle down", "the downing of the drone".
_DOWNED = re.compile(
    rf"\b{_DRONE}\b[^.;]{{0,60}}?\b(?:was|were|been|being)\s+{_DOWN}\b"
    rf"|\b{_DOWN}\s+{_HOW_MANY}\s+[^.;]{{0,50}}?\b{_DRONE}\b"
    rf"|\bshot\s+(?:an?|the)\s+[^.;]{{0,40}}?\b{_DRONE}\s+down\b",
    re.IGNORECASE,
)
_NOT = re.compile(r"\b(?:not|no|never|denied|denies|deny)\b", re.IGNORECASE)
_FORCE = r"(?:[A-Z][\w-]*\s+){1,3}(?:Air\s+Force(?:\s+(?:JF-17|F-16|fighter)?\s*jets?)?|air\s+defen[cs]es?|forces|army)"
#: Who brought it down: "the Pakistan Air Force (PAF) had brought down", "A Pakistan Air Force jet on Tuesday shot
#: down", "shot down by the Air Force", "The drone was hit by Pakistan Air Force", "security forces brought down all
#: four incoming drones", "security forces intercepted and neutralised four drones", "neutralised all four".
_SHOOTER = (
    re.compile(
        rf"\b(?P<who>{_FORCE})(?:\s+\([A-Z]+\))?\s+(?:on\s+[A-Z][a-z]+\s+)?(?:had\s+|has\s+)?(?:shot|brought)\s+"
        r"(?:down\b|(?:an?|the)\b[^.;]{0,40}?\bdown\b)"
    ),
    re.compile(
        rf"\b(?P<who>(?:[Tt]he\s+)?(?-i:[Ss])ecurity\s+forces)\s+(?:had\s+|have\s+)?(?:shot\s+down|brought\s+down|downed|"
        rf"intercepted|neutrali[sz]ed)\b(?:[^.;]{{0,60}}?\b{_DRONE}\b|\s+(?:all\s+(?:{NUMBER}|of\s+them)|both|them)\b)"
    ),
    re.compile(rf"\b(?:shot\s+down|brought\s+down|downed|hit)\s+by\s+(?:the\s+)?(?P<who>{_FORCE})"),
)
_CONFIRMS = re.compile(r"\bconfirm(?:s|ed)\b", re.IGNORECASE)
#: The shooting side's own military telling it: "the ISPR said", "according to the Inter-Services Public
#: Relations", "the military said". A side's own word that its forces acted is the codebook's ``confirmed``, as the
#: corpus codes Pakistan's Foreign Office confirming the Panjgur drone (Dawn 483, The News 484).
_OWN_WORD = re.compile(
    r"\b(?:ISPR|Inter-Services Public Relations|[Tt]he\s+(?:military|army)|Pakistan\s+Army|[Tt]he\s+armed\s+forces)"
    r"(?:\s+\([A-Z]+\))?(?:,[^,.;]{1,60},)?\s+(?:said|says|stated|announced)\b|"
    r"\b(?:[Aa]ccording\s+to|said)\s+(?:the\s+)?(?:ISPR|Inter-Services Public Relations|military|army)\b"
)


#: The state whose air defence acted: "Uzbekistan's air defense system", "the Uzbek air defence", "Uzbekistan says its
#: armed forces brought down", "the Uzbek Defense Ministry said … anti-aircraft defense forces had prevented".
_AIR_DEFENCE = re.compile(r"\b(?:air|anti-aircraft)\s+defen[cs]es?\b", re.IGNORECASE)
_STATE = re.compile(r"\b(?P<state>[A-Z][a-z]+)(?:['’]s\b|\s+(?:says|said)\s+its\b|\s+(?:air|Defen[cs]e|armed)\b)")
#: A state body telling its own forces' act: "the Defense Ministry said", "ministry officials told", "the ministry
#: said": the acting state's own word, ``confirmed`` (as a military's own word is, above).
_MINISTRY_WORD = re.compile(
    r"\b(?:Defen[cs]e\s+)?[Mm]inistry(?:\s+officials?)?(?:\s+\([A-Z]+\))?\s+(?:said|says|told|announced|confirmed)\b"
    r"|\b(?:[A-Z][a-z]+\s+)?(?:says|said)\s+its\s+(?:armed\s+forces|air\s+defen[cs]es?|military)\b"
)


def _air_defence(article: list[Sentence]) -> tuple[str, Sentence] | None:
    """The state's air defence named as the shooter, as "<Demonym> air defence forces", with its sentence."""
    if not any(_AIR_DEFENCE.search(s.text) for s in article):
        return None  # no air defence named anywhere: no shooter to name
    for sentence in article:
        if not (_AIR_DEFENCE.search(sentence.text) or _DOWNED.search(sentence.text)):
            continue
        for found in _STATE.finditer(sentence.text):
            word = found.group("state").lower()
            code = COUNTRY_NAMES.get(word) or DEMONYMS.get(word)
            demonym = next((d for d, c in DEMONYMS.items() if c == code), None)
            if demonym:
                return f"{demonym.capitalize()} air defence forces", sentence
    return None


def downed_drone(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Make a drone shot down with no one hurt a disrupted weapons use, with who downed it as the actor."""
    values = draft.values
    own = draft.own_sentences(sentences, background)
    told = [s for s in own if (m := _DOWNED.search(s.text)) and not _NOT.search(s.text[: m.start()])]
    if not told:
        return
    manned = re.search(_CRAFT, _DOWNED.search(told[0].text).group(), re.IGNORECASE)  # type: ignore[union-attr]
    if (values.get("killed") or values.get("injured")) and not manned:
        return  # a drone that struck and was then shot down: the strike is the event
    values["event_type"], values["sub_event_type"] = "Strategic developments", "Disrupted weapons use"
    draft.evidence["event_type"] = draft.evidence["sub_event_type"] = told[0].text
    values.pop("weapons", None)  # the drone was the target, and what fired at it is rarely told
    draft.evidence.pop("weapons", None)
    article = [s for s in sentences if s.index not in background]
    if manned and (shooter := _air_defence(article)):
        draft.forget(*ATTRIBUTION_FIELDS)
        confirmed = any(_MINISTRY_WORD.search(s.text) or _OWN_WORD.search(s.text) for s in article)
        draft.set("attribution", "confirmed" if confirmed else "alleged", shooter[1], replace=True)
        draft.set("perpetrator", shooter[0], shooter[1])
        return
    for sentence in article:
        for pattern in _SHOOTER:
            found = pattern.search(sentence.text)
            if found is None:
                continue
            draft.forget(*ATTRIBUTION_FIELDS)
            confirmed = any(_CONFIRMS.search(s.text) and _DOWNED.search(s.text) for s in article) or any(
                _OWN_WORD.search(s.text) and _DOWNED.search(s.text) for s in article
            )
            draft.set("attribution", "confirmed" if confirmed else "alleged", sentence, replace=True)
            draft.set("perpetrator", re.sub(r"\s+", " ", found.group("who")), sentence)
            return
