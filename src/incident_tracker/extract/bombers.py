"""A suicide bombing, read from the incident's sentences as a whole.

A suicide bomber's report is built in a fixed way: a lead with the victims' toll ("Seven people were
killed …", "A teenage boy was killed …"), then the bomber's own act, often in a sentence of its own ("he
detonated his explosives", "a suicide bomber had blown himself up next to a vehicle"). Two mechanisms read
that act against the rest:

- *the bomber among the dead* (:func:`bomber_counted`): the corpus codes attackers killed among the dead
  (see docs/extract.md, "How the hand coding reads them"), so a bomber who blew himself up is added to a
  toll that counts the victims apart from him: an exact toll of people hit, with no "at least" (which may
  already hold him) and no word that he is in it ("including the bomber");
- *a car bomb driven in* (:func:`car_bomb_driven`): a vehicle full of explosives driven or rammed into a post,
  a convoy or its wall is a suicide bombing, as every dev report that tells one is coded, whether or not the
  sentence says "suicide" ("they set off a vehicle full of explosives against the checkpost's outer wall");
- *whom the bomber went for* (:func:`bomber_went_for`): a bomber who blew himself up beside a force's
  vehicle, or "a suicide attack on security forces", aimed at that force, whoever the blast then killed:
  the target type is the force's, as the coders code it, in place of a target read only from the toll's
  noun ("a person", "a teenage boy").
"""

from __future__ import annotations

import re

from .draft import Draft
from .sentences import Sentence
from .vocab import BLAST_WEAPONS, number_value

#: One named bomber driving his car bomb in: "a suicide attacker who drove a vehicle laden with explosives into the
#: convoy" (Daily Pakistan 546); his act, even in a sentence the reader gave no incident.
_DROVE_IN = re.compile(
    r"\b(?:an?|the)\s+suicide\s+(?:bomber|attacker)\s+(?:who\s+|had\s+)?(?:drove|rammed)\s+(?:his\s+|an?\s+|the\s+)?"
    r"(?:car|vehicle|truck|motorcycle)\s+(?:laden|packed|filled|full|loaded)\s+with\s+explosives\b",
    re.IGNORECASE,
)
#: The bomber's own act: he died in it.
BOMBER_ACT = re.compile(
    r"\b(?:blew|blown|blowing|blows)\s+(?:himself|herself|themselves)\s+up\b|"
    r"\b(?:blew|blown|blowing|blows)\s+up\s+(?:himself|herself)\b|"
    r"\bdetonated\s+(?:his|her|their)\s+(?:explosives|suicide\s+vest|vest|bomb)\b|" + _DROVE_IN.pattern,
    re.IGNORECASE,
)
#: A vest or belt of explosives set off or worn ("suicide vest" is read by its word, "suicide"): "one of the attackers
#: was killed when he set off an explosive vest" (AFP 986), "set off his explosive vest" (Press TV 987), "blew up his
#: explosive vest" (606): the attacker died by his own charge, a suicide bombing by the codebook's sub-types, as the
#: corpus codes all three (986 and 987 were drafted as a clash and as a remote explosive: the word "suicide" is in
#: neither). A vest found or recovered is no act. Only the type: not :data:`BOMBER_ACT`, whose bomber is added to the
#: dead (986's four attackers already hold him). Read by :func:`vest_told`.
SUICIDE_VEST = re.compile(
    r"\b(?:set\s+off|detonated|blew\s+up|exploded|triggered)\s+(?:his|her|their|an?)\s+(?:explosives?\s+|bomb\s+)?"
    r"(?:vests?|belts?|jackets?)\b|"
    r"\bwearing\s+(?:an?\s+)?(?:explosives?|bomb)\s+(?:vests?|belts?|jackets?)\b",
    re.IGNORECASE,
)
#: A toll that says it holds the bomber, or that it may ("at least" is read from the toll's text).
_BOMBER_IN_TOLL = re.compile(
    r"\b(?:including|among\s+them|counting)\s+the\s+(?:suicide\s+)?(?:bomber|attacker)\b|"
    r"\b(?:bomber|attacker)\s+(?:was\s+)?(?:also\s+)?among\s+(?:the\s+)?(?:dead|killed)\b|"
    r"\b(?:bomber|attacker)s?\s+(?:was|were)\s+(?:also\s+)?killed\b",
    re.IGNORECASE,
)

#: The lone bomber as the subject of the toll's own verb: "A suicide bomber on Sunday killed six commanders and 36
#: other people": the count is of those he killed, himself apart, whatever its bound ("killed at least five").
_BOMBER_KILLED = re.compile(
    r"\b(?:an?|the)\s+(?:lone\s+)?suicide\s+(?:bomber|attacker)\s+(?:(?:on\s+)?[A-Za-z]+day\s+)?(?:killed|kills)\s+"
    r"(?:at\s+least\s+|more\s+than\s+)?(?:\d+|[a-z]+)\b",
    re.IGNORECASE,
)
#: More than one bomber: which of them died, and whether the toll holds them, is not told by one act.
_SEVERAL_BOMBERS = re.compile(r"\b(?:suicide\s+)?bombers\b|\bone\s+of\s+them\s+(?:blew|detonated)\b", re.IGNORECASE)


#: A toll of a force's members ("killing at least two police officers"): "at least" cannot hold the bomber there.
_FORCE_TOLL = re.compile(
    r"\bat\s+least\s+\w+\s+(?:police(?:\s+officers|men)?|policemen|soldiers|troops|security\s+personnel|"
    r"(?:border\s+)?guards|officers)\b",
    re.IGNORECASE,
)
#: A car bomber's act, read only for an incident already known as a suicide bombing: "the driver, who then set off
#: the explosives" (Los Angeles Times 602) is the bomber dying in it, as "blew himself up" is.
_SET_OFF = re.compile(
    r"\b(?:driver|bomber|attacker),?\s+who\s+(?:then\s+)?(?:set\s+off|detonated|blew\s+up)\s+the\s+"
    r"(?:explosives|car\s+bomb|bomb)\b",
    re.IGNORECASE,
)


def _own(draft: Draft, sentences: list[Sentence], background: set[int]) -> list[Sentence]:
    """The incident's own sentences, background left out, in order."""
    return [sentences[i] for i in sorted(set(draft.sentences)) if i < len(sentences) and i not in background]


def bomber_counted(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Add a bomber who blew himself up to a toll of the victims counted apart from him."""
    killed = draft.values.get("killed")
    evidence = draft.evidence.get("killed", "")
    martyred = re.search(r"\bmartyr", evidence, re.IGNORECASE) is not None or _FORCE_TOLL.search(evidence) is not None
    subject = _BOMBER_KILLED.search(evidence)  # "A suicide bomber on Sunday killed at least five …": his victims
    if not isinstance(killed, int) or killed <= 0 or (draft.values.get("killed_text") and not (martyred or subject)):
        return  # no victims counted, or "at least" / a vague count that may hold him already; a count of the
        # "martyred" never holds the attacker ("at least five FC personnel were martyred", Daily Pakistan 546)
    own = _own(draft, sentences, background)
    act = next((s for s in own if BOMBER_ACT.search(s.text)), None)
    if act is None and subject is not None:
        act = next((s for s in own if s.text == evidence), None)
    if act is None and draft.values.get("_suicide"):
        act = next((s for s in own if _SET_OFF.search(s.text)), None)
    # (not an incident whose own weapons are not a bomb's: "On the same day, helicopter gunships bombed a post", told
    # after the car bomb's paragraph, is another incident, whose toll holds no bomber: CounterVortex 917)
    weapons = set(draft.values.get("weapons", [])) - {"unknown"}
    bomb_or_none = not weapons or bool(weapons & BLAST_WEAPONS)
    if act is None and bomb_or_none:  # "Police said a suicide bomber drove a car … into the convoy": told apart
        act = next((s for s in sentences if s.index not in background and _DROVE_IN.search(s.text)), None)
    if act is None or any(_BOMBER_IN_TOLL.search(s.text) or _SEVERAL_BOMBERS.search(s.text) for s in own):
        return  # no bomber died, or the toll holds him, or there were several, some perhaps shot and counted
    if draft.values.get("_attackers_counted"):
        return  # the attackers' dead are already in the count
    draft.set("killed", killed + 1, act, replace=True)
    if isinstance(draft.values.get("killed_low"), int):
        draft.set("killed_low", draft.values["killed_low"] + 1, act, replace=True)
    if isinstance(draft.values.get("killed_high"), int):
        draft.set("killed_high", draft.values["killed_high"] + 1, act, replace=True)
    told = str(draft.values.get("killed_text") or "")
    if re.fullmatch(r"at least \d+", told):  # the phrase follows the count: "at least 6", not "at least 5"
        draft.set("killed_text", f"at least {killed + 1}", act, replace=True)
    how = "who died in his attack" if subject is not None and not BOMBER_ACT.search(act.text) else "who blew himself up"
    draft.notes.append(f"The bomber, {how}, is counted among the dead ({killed} + 1).")


#: A vehicle full of explosives driven into a post or a convoy: the driver died with it.
_CAR_BOMB_DRIVEN = re.compile(
    r"\b(?:drove|driven|drives|rammed|set\s+off|detonated|crashed)\s+(?:his\s+|their\s+|an?\s+|the\s+)?"
    r"(?:car|vehicle|truck|van|motorcycle)\s+(?:laden|packed|full|filled|loaded|rigged)\s+(?:with|of)\s+explosives\s+"
    r"(?:into|against|at)\b|"
    # "A car packed with explosives was driven into a convoy" (Reuters 633): the same act, told in the passive
    r"\b(?:car|vehicle|truck|van)\s+(?:laden|packed|full|filled|loaded|rigged)\s+(?:with|of)\s+explosives\s+"
    r"(?:was|had\s+been)\s+(?:driven|rammed|crashed)\s+(?:into|against)\b",
    re.IGNORECASE,
)


def car_bomb_driven(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """A blast of the incident told elsewhere as a car bomb driven in: a suicide bombing (see the module)."""
    weapons = draft.values.get("weapons") or []
    if draft.values.get("_suicide") or not {"explosives", "_blast"} & set(weapons):
        return
    told = next((s for s in sentences if s.index not in background and _CAR_BOMB_DRIVEN.search(s.text)), None)
    if told is not None:
        draft.set("_suicide", True, told)


#: A force a bomber can go for, as reports name it.
_FORCE = (
    r"(?:security\s+forces|security\s+personnel|soldiers|troops|army|military|Frontier\s+(?:Corps|Constabulary)|FC|"
    r"police|policemen|border\s+guards|security)"
)
#: "a suicide attack on security forces": the force the attack was aimed at, told with the attack.
_ATTACK_ON = re.compile(
    rf"\bsuicide\s+(?:attack|bombing|blast)\s+(?:on|against|targeting)\s+(?:the\s+|a\s+)?(?P<force>{_FORCE})\b",
    re.IGNORECASE,
)
#: "the security forces' vehicle", "next to a Frontier Constabulary vehicle": the force's vehicle.
_FORCE_VEHICLE = re.compile(
    rf"\b(?P<force>{_FORCE})(?:['’]s?)?\s+(?:vehicle|convoy|van|patrol\s+vehicle)s?\b",
    re.IGNORECASE,
)
#: "outside a police headquarters", "at the gate of the police compound": the force's own site, where the bomber
#: struck (Greater Kashmir 608, Iran Times 604); the shopkeepers and passers-by wounded nearby do not make it theirs.
_FORCE_SITE = re.compile(
    r"\b(?:outside|at|attacked|into|near)\s+(?:the\s+(?:gate|entrance)\s+of\s+)?(?:a|the)\s+"
    r"(?P<force>police|army|military)\s+(?:headquarters|station|compound|post|checkpost|camp|garrison)\b",
    re.IGNORECASE,
)
#: "a suicide bomber …", or his act: the sentence in which a force's vehicle is what he went for.
_BOMBER = re.compile(rf"\bsuicide\s+bomber\b|{BOMBER_ACT.pattern}", re.IGNORECASE)


def _force_type(force: str) -> str:
    """The codebook's target type of a force: the police are ``police``, every armed force ``military``."""
    return "police" if force.lower().startswith("police") else "military"


def bomber_went_for(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """The target of a suicide bombing: the force the bomber went for, over a target read from the toll's noun."""
    if not draft.values.get("_suicide") or draft.values.get("target_type") not in (None, "civilians"):
        return
    for sentence in _own(draft, sentences, background):
        aimed = _ATTACK_ON.search(sentence.text)
        if aimed is None and _BOMBER.search(sentence.text):
            aimed = _FORCE_VEHICLE.search(sentence.text) or _FORCE_SITE.search(sentence.text)
        if aimed is None:
            continue
        draft.set("target_type", _force_type(aimed.group("force")), sentence, replace=True)
        draft.notes.append(f"The bomber went for {aimed.group(0)!r}: the target is that force.")
        return


#: "a man blew up himself and two police officers": the bomber and his victims, told as one act.
_HIMSELF_AND = re.compile(
    r"\bblew\s+up\s+(?:himself|herself)\s+and\s+(?P<n>\w+)\s+(?:other\s+)?"
    r"(?:police\s+officers|policemen|soldiers|guards|people|civilians|others)\b",
    re.IGNORECASE,
)


def bomber_and_victims(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """A toll told only as the bomber's act, "blew up himself and two police officers": the victims and him (3),
    as the corpus counts a bomber who died beside the victims counted apart from him. Only where no toll was read."""
    if "killed" in draft.values:
        return
    for sentence in _own(draft, sentences, background):
        found = _HIMSELF_AND.search(sentence.text)
        victims = number_value(found.group("n")) if found else None
        if found is None or not victims:
            continue
        draft.set("killed", victims + 1, sentence)
        draft.notes.append(f"The bomber blew up himself and {victims} others: {victims} + 1 dead.")
        return


def vest_told(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """A suicide vest told in the incident's stretch of text (its own sentences and those between its first and
    last: 987's vest is told just before "The two terrorists were killed …", in a sentence with no word the incident
    finder reads) makes a bombing a suicide bombing (see :data:`SUICIDE_VEST`)."""
    own = sorted(set(draft.sentences))
    if draft.values.get("_suicide") or not own:
        return
    stretch = sentences[own[0] : own[-1] + 1]
    told = next((s for s in stretch if s.index not in background and SUICIDE_VEST.search(s.text)), None)
    if told is not None:
        draft.set("_suicide", True, told)
