"""What was attacked: a post, checkpoint, convoy, patrol, base or station of a state's forces, and whose it was.

"Gunmen attacked a border post", "militants stormed a police checkpoint", "ambushed a military convoy": the object of
the act is a place or a column of the state's forces, so the attack was on those forces (ACLED codes an armed group
attacking them Battles → Armed clash, or remote violence by its weapon; never Violence against civilians), and the
target type is the class of the force that holds it. The class comes from the facility's own qualifier ("police
station" → ``police``, "FC convoy" → ``military``, "border police station" → ``border_guards``); a bare "border post" or
"checkpoint" from the incident's sentences (an army's words, or only border guards'), and a "border post" with
neither from its own word: a state's border is held by its border guards. The dev part codes posts and convoys this
way (62 attacks on Pakistani posts and convoys ``military``, Iran's and Tajikistan's border posts ``border_guards``,
police stations ``police``). A bare post with no holder told keeps no target, but the fight is still a battle.

Not the state's: a camp of refugees or migrants, a militants' camp, base or hideout (the state striking it is the
state's act, read elsewhere), a railway or fuel station; "a village", "a bus", "a market" are no facility here.
"""

from __future__ import annotations

import re

from .draft import Draft
from .sentences import Sentence

#: Facilities of a force that need no qualifier to be a force's ("attacked a checkpoint", "raided an outpost").
_BARE = r"check[\s-]?posts?|checkpoints?|outposts?|posts?|pickets?|barracks|forts?|patrols?|bases?"
#: Facilities that are a force's only with a force's qualifier ("a police station", "an FC convoy", "army camps", "the
#: naval airbase in Turbat": Dawn 613, DD News 614, Bharat Express 615, the airbase written as one word).
_QUALIFIED = r"convoys?|camps?|stations?|vehicles?|airbases?"
#: The acts aimed at a facility, verbs and nouns ("the attack on a border post").
_ACT = (
    r"attack(?:ed|ing)|storm(?:ed|ing)|raid(?:ed|ing)|ambush(?:ed|ing)|overr[au]n|overrunning|targeted|targeting|"
    r"(?P<hit>hit|struck)|opened\s+fire\s+(?:on|at)|fir(?:ed|ing)(?:\s+[\w-]+){0,6}?\s+(?:on|at|upon)|"
    r"(?:attacks?|assaults?|raids?|ambush)\s+on"
)
_FACILITY_HIT = re.compile(
    rf"\b(?:{_ACT})\s+(?:an?\s+|the\s+|their\s+|its\s+|his\s+|two\s+|three\s+|four\s+|five\s+|several\s+)?"
    rf"(?P<owner>(?:[\w’'-]+\s+){{0,4}}?)(?P<facility>{_BARE}|{_QUALIFIED})\b"
    # the passive: "a border post was attacked", "an FC convoy came under fire"
    rf"|\b(?:an?|the|two|three)\s+(?P<owner2>(?:[\w’'-]+\s+){{0,3}}?)(?P<facility2>{_BARE}|{_QUALIFIED})\s+"
    r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:attacked|stormed|raided|ambushed|targeted|overrun|"
    r"(?P<hit2>hit|struck)|fired\s+(?:on|at|upon))\b"
    rf"|\b(?:an?|the|two|three)\s+(?P<owner3>(?:[\w’'-]+\s+){{0,3}}?)(?P<facility3>{_BARE}|{_QUALIFIED})\s+"
    # where the post stands, told between: "an FC check post in Kurram Agency came under fire" (Nawa-i-Waqt 1165),
    # "one of the posts of the Moscow border detachment, 160 kilometres southeast of Dushanbe, came under fire"
    r"(?:(?:in|at|near|of|on)\s+[^.;:]{1,80}?\s+)?"
    r"came\s+under\s+(?:an?\s+)?(?:\w+\s+)?(?:attack|fire)\b",
    re.IGNORECASE,
)
#: Owners that are not a state's force: the facility is theirs, not the state's.
_NOT_STATE = re.compile(
    r"\b(?:militants?|terrorists?|insurgents?|rebels?|taliban|ttp|khwarij|khawarij|refugees?|migrants?|"
    r"displaced|training|hideouts?|railway|fuel|gas|petrol|bus|passengers?|relief|aid|"
    r"civilians?|smugglers?)\b",
    re.IGNORECASE,
)
#: A force's class by the facility's qualifier, the widest first.
_CLASSES: tuple[tuple[str, str], ...] = (
    (r"border\s+(?:police|guards?|troops|forces|service)|frontier\s+guards?", "border_guards"),
    (
        r"frontier\s+(?:corps|constabulary)|fc|military|army|paramilitary|security(?:\s+forces[’']?)?|irgc|basij|"
        r"revolutionary\s+guards?|navy|naval|air\s+force|soldiers[’']?|troops[’']?",
        "military",
    ),
    (r"police|levies", "police"),
)
_BORDER = re.compile(r"\b(?:border|frontier)\b", re.IGNORECASE)
#: Who holds a bare post, told in the incident's sentences: an army's soldiers, or a state's border guards.
_ARMY = re.compile(r"\b(?:military|army|soldiers?|sepoys?|troops|Frontier Corps|FC|ISPR|security forces)\b")
_GUARDS = re.compile(r"\bborder (?:guards?|troops|forces|service)\b", re.IGNORECASE)


def _qualified(owner: str) -> str | None:
    """The class a facility's qualifier names ("police", "FC", "border police"), or None."""
    for pattern, kind in _CLASSES:
        if re.search(rf"\b(?:{pattern})(?=\s|$)", owner, re.IGNORECASE):
            return kind
    return None


def facility_hit(own: list[Sentence]) -> tuple[Sentence, str | None] | None:
    """The first sentence telling a state force's facility attacked, with the holders' class when it is told.

    ``None`` when no sentence tells one; a class of ``None`` when the holder is not told (a bare post in an incident
    that speaks of neither an army nor border guards, or of both).
    """
    told = " ".join(s.text for s in own)
    army, guards = bool(_ARMY.search(told)), bool(_GUARDS.search(told))
    for sentence in own:
        for match in _FACILITY_HIT.finditer(sentence.text):
            owner = match.group("owner") or match.group("owner2") or match.group("owner3") or ""
            if _NOT_STATE.search(owner):
                continue
            kind = _qualified(owner)
            facility = match.group("facility") or match.group("facility2") or match.group("facility3")
            bare = re.fullmatch(_BARE, facility, re.IGNORECASE) is not None
            hit = match.group("hit") or match.group("hit2")
            if kind is None and not _BORDER.search(owner) and (not bare or hit):
                continue  # "a convoy", "a station", "hit bases": not told as a force's
            if kind is None and re.search(r"\bpakistan", owner, re.IGNORECASE):
                kind = "military"  # Pakistan holds its side of the line with the army and the Frontier Corps
            if kind is None and army != guards:
                kind = "military" if army else "border_guards"
            if kind is None and _BORDER.search(owner) and not army:
                kind = "border_guards"  # "a border post", no army told: the border's guards hold it
            return sentence, kind
    return None


#: A force's men told under fire, in the passive, with no one told firing: "the guards came under fire from the Afghan
#: side", "while the guards were examining the cache, they came under fire", "fire was opened on the border guards
#: from the neighbouring territory". The dev part codes every such report a battle (103, 162, 407, 920, 921): the
#: guards hold a line and fire back, whether or not the report says so; who fired is left to the other readings.
_FORCE = r"(?:border\s+)?(?:guards|troops|soldiers|servicemen|patrols?|forces|personnel|FC|Frontier\s+Corps)"
_FORCE_UNDER_FIRE = re.compile(
    rf"\b{_FORCE}\b[^.;]{{0,80}}?\b(?:came|come|had\s+come|have\s+come)\s+under\s+(?:[\w-]+\s+)?fire\b"
    rf"(?!\s+(?:for|over)\b)|\bfire\s+(?:was|had\s+been)\s+opened\s+(?:on|at|upon)\s+(?:[\w-]+\s+){{0,3}}?{_FORCE}\b",
    re.IGNORECASE,
)


def forces_hit(draft: Draft, own: list[Sentence]) -> None:
    """The target of an attack on a force's facility when no toll told who was hit (see the module); a facility
    whose holder is not told, or a force's men told under fire (``_FORCE_UNDER_FIRE``), marks ``_forces_hit``, so that
    the fight is typed a battle, not an attack on civilians."""
    found = facility_hit(own)
    if found is None:
        under_fire = next((s for s in own if _FORCE_UNDER_FIRE.search(s.text)), None)
        if under_fire is not None:
            draft.set("_forces_hit", True, under_fire)
        return
    sentence, kind = found
    if kind is None:
        draft.set("_forces_hit", True, sentence)
    else:
        draft.set("target_type", kind, sentence)
