"""Reading the weapons a sentence names into a draft, less those it only denies, hauls, hears or tells again.

Kept apart from the tolls (:mod:`.fields`), which read the same sentences for other words; the weapon phrases
themselves are :data:`~.vocab.WEAPON_PHRASES` (and :data:`~.air_support.AIR_SUPPORT_PHRASES`).
"""

from __future__ import annotations

import re

from .air_called import DROPPED_BOMB_PHRASES
from .air_fire import note_fire_words
from .air_support import AIR_SUPPORT_PHRASES, mark_air_support
from .armed_words import note_arms_words
from .defused import defused_near
from .draft import Draft
from .fire_nouns import FIRE_NOUN_PHRASES, fire_noun_only
from .reader_patterns import YEARS_LONG
from .remote_bomb import REMOTE_BOMB_PHRASES
from .sentences import Sentence
from .vocab import BLAST_WEAPONS, WEAPON_PHRASES
from .warning_fire import without_warning_fire

#: Arms found on the dead or seized afterwards ("weapons, ammunition and explosives were recovered",
#: "recovered four Kalashnikov rifles"): what the attackers carried, not what was used on anyone; so are arms shown
#: in pictures ("released pictures of dead fighters with assault rifles, grenades", The News 592); so are arms taken
#: from the dead ("the intruders took two Kalashnikovs and a heavy machine gun from the dead soldiers", RFE/RL 272).
_HAUL = re.compile(
    r"\b(?:recovered|seized|confiscated|found|captured|impounded|taken from|"
    r"took\b(?!\s+(?:place|part|control|notice|over)\b)[^.;]{0,60}?\bfrom|"
    r"a (?:large |huge )?(?:cache|quantity|stock) of|(?:pictures|photos|photographs|images|footage) of)\b",
    re.IGNORECASE,
)

#: The attackers' record, told to say who they were: "Two terrorists involved in bomb attacks and raids on the security
#: forces were killed in the exchange of fire" (ARY News 1015), "a hideout of terrorists involved in attacks on security
#: forces and civilians and in planting bombs" (Dawn 193): the bombs are their past, not the weapons of the fight told.
#: Up to ten words on, before any verb or a phrase of the fight ("in a gunfight"); on dev both such weapons were wrong
#: (coded firearms alone).
_RECORD_BEFORE = re.compile(
    r"\b(?:involved|wanted)\s+in\s+(?:(?!(?:were|was|had|have|has|when|as|after|while|during)\b|"
    r"(?:in|at|near|with)\s+(?:a|an|the)\b)[\w-]+\s+){0,10}$",
    re.IGNORECASE,
)

_USED = re.compile(
    r"\b(?:fired|used|opened|attacked|struck|hit|shelled|launched|dropped|planted|detonated|exploded)\b",
    re.IGNORECASE,
)

#: A weapon named only to be denied.
_NEGATED = re.compile(
    r"(?:\bno|\b(?:not|never)\s+(?:\w+\s+){1,2}|\bdenied\s+(?:\w+\s+){0,2}|"
    # a strike denied as reported: "denied reports that it had carried out air strikes" (dev 277, extract212)
    r"\bdenied\s+(?:the\s+)?(?:reports|claims|allegations|accusations)\s+that\s+(?:it|they|its\s+[\w-]+)\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:carried\s+out|conducted|launched|made)\s+(?:any\s+)?)\s*$",
    re.IGNORECASE,
)


def read_weapons(draft: Draft, sentence: Sentence, text: str) -> None:
    """The weapons ``text`` (``sentence``'s words, or what is left of them) names, added to the draft's with
    ``sentence`` as their evidence, less those denied, recovered, only heard after a blast, a heavy weapon's own
    firing, or a mine or fire told again."""
    if YEARS_LONG.search(text):
        return  # "has seen a bloody insurgency for ten years, led by gunmen": the war's setting, not the event's arms
    taken: list[tuple[int, int, tuple[str, ...]]] = []
    # .air_called: a bomb dropped is the aircraft's; .remote_bomb: one set off by remote control is an ied;
    # .air_support: gunships in a fight
    # .fire_nouns: "the terrorists' heavy fire", "fought with guns"
    phrases = DROPPED_BOMB_PHRASES + REMOTE_BOMB_PHRASES + WEAPON_PHRASES + FIRE_NOUN_PHRASES + AIR_SUPPORT_PHRASES
    for pattern, weapons in phrases:
        for match in re.finditer(rf"\b(?:{pattern})\b", text, re.IGNORECASE):
            span = match.span()
            if any(span[0] < end and start < span[1] for start, end, _ in taken):
                continue
            if _NEGATED.search(text[: span[0]]):
                continue  # "no shots were fired", "has not confirmed those air strikes"
            if _hauled(text, span):
                continue  # "a large cache of weapons and explosives was recovered"
            if _HELD_AFTER.match(text[span[1] :]):
                continue  # "where drones are kept", "warplanes stand ready to": held, not used (extract212)
            if _RECORD_BEFORE.search(text[: span[0]]):
                continue  # "two terrorists involved in bomb attacks … were killed": their record, not this fight
            if weapons == ("firearms",) and _heard_after_blast(draft, text, span):
                continue  # "gunfire was heard after it": a sound after the blast, no weapon of the attack
            taken.append((span[0], span[1], weapons))
    heavy = {"mortar", "rocket", "missile", "artillery", "_shelling"}
    if any(heavy & set(weapons) for _, _, weapons in taken):
        # "firing about 40 missiles", "the firing from the Iranian side stopped": the verb of the named heavy
        # weapon, not a gun of its own
        taken = [
            (start, end, weapons)
            for start, end, weapons in taken
            if weapons != ("firearms",) or not _fire_named_no_gun(text[start:end])
        ]
    known = list(draft.values.get("weapons", []))
    taken = without_warning_fire(text, taken, known)  # "fired warning shots" at the helicopters: no weapon
    if "ied" in known or any(weapons == ("ied",) for _, _, weapons in taken):
        # "a bomb by the side of a road …; the vehicle struck the mine": the mine told again is that device
        taken = [(start, end, weapons) for start, end, weapons in taken if not _MINE.fullmatch(text[start:end])]
    mark_air_support(draft, [(text[start:end], weapons) for start, end, weapons in taken])
    note_fire_words(draft, [text[start:end] for start, end, weapons in taken if weapons == ("firearms",)])
    note_arms_words(draft, [text[start:end] for start, end, weapons in taken if "firearms" in weapons])
    found = [w for _, _, weapons in sorted(taken) for w in weapons]
    if not found:
        return
    if heavy & set(known) and all(
        weapons == ("firearms",) and (_FIRE_AGAIN.fullmatch(text[start:end]) or fire_noun_only(text[start:end]))
        for start, end, weapons in taken
    ):
        return  # "fired mortars at civilians" … "the Taliban started it, firing at the soldiers": the same heavy fire
    new = [w for w in dict.fromkeys(found) if w not in known]
    if new:
        draft.values["weapons"] = known + new
        previous = draft.evidence.get("weapons")
        draft.evidence["weapons"] = sentence.text if not previous else f"{previous} {sentence.text}"


#: A mine named alone: after a roadside bomb or an improvised device, the same device told again.
_MINE = re.compile(r"(?:land ?)?mines?", re.IGNORECASE)


#: Fire told again in a later sentence, by words that name no weapon: with the incident's heavy weapon already read,
#: it is that weapon's fire (AP 533: mortars fired at civilians, then "the Afghan Taliban started it, firing at
#: Pakistani soldiers"; Dawn 318: mortar rounds, then "the suspected firing positions"), not guns of their own. Never
#: "shooting", which tells guns ("the shooting went on for three hours" after mortar fire: the corpus codes both).
#: "the Pakistani military was told straight away when ISAF forces came under fire", after the rockets that hit them
#: (ISAF 895, Rantburg 896): the rockets' fire, told again.
_FIRE_AGAIN = re.compile(
    r"firing|fired (?:on|at|upon)|exchanges? of fire|exchanged fire|traded fire|c[ao]me under fire", re.IGNORECASE
)

#: Words of firing that say nothing of the weapon: with a mortar, rocket or missile named, they are its.
_FIRING_ONLY = re.compile(r"firing|fired (?:on|at|upon)|shooting", re.IGNORECASE)


def _fire_named_no_gun(phrase: str) -> bool:
    """Whether a firearms phrase is only words of firing or fire told as a noun (.fire_nouns: "heavy fire"), which a
    heavy weapon named beside it makes its own."""
    return bool(_FIRING_ONLY.fullmatch(phrase)) or fire_noun_only(phrase)


#: Arms told as what a site holds: "where Chinese drones are kept", "jets were stationed there" (dev 616); not
#: "drones based in Afghanistan struck", where the drones are the ones that fired.
_HELD_AFTER = re.compile(
    r"^\s+(?:are|were|is|was|had\s+been|have\s+been)\s+(?:kept|stationed|based|parked|housed|stored)\b|"
    # held ready, not used: "Uzbek warplanes stand ready to bomb the rebels' bases if the government asks" (dev 1675)
    r"^\s+(?:stand|stands|stood|are|were|is|was)\s+(?:\w+\s+)?(?:ready|poised|on\s+standby)\b",
    re.IGNORECASE,
)


#: Fire told only as heard: "gunfire was heard after it", "shots were heard", "heard gunfire".
_HEARD_AFTER = re.compile(r"^\s+(?:was|were)\s+(?:also\s+|then\s+)?heard\b", re.IGNORECASE)
_HEARD_BEFORE = re.compile(r"\bheard\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _heard_after_blast(draft: Draft, text: str, span: tuple[int, int]) -> bool:
    """Whether gunfire is told only as heard, after a blast already read: the sound after a car bomb (The Nation
    646: "gunfire was heard after it") names no one's fire, and the corpus codes the bomb alone; without a blast
    read first ("heard gunfire near the Torkham crossing", a clash), it is still the incident's fire."""
    if not BLAST_WEAPONS & set(draft.values.get("weapons", [])):
        return False
    return bool(_HEARD_AFTER.match(text[span[1] :]) or _HEARD_BEFORE.search(text[: span[0]]))


def _hauled(text: str, span: tuple[int, int]) -> bool:
    """Whether the weapon at ``span`` stands in a list of arms recovered or seized: a haul word within
    60 characters before it or 50 after, in the same sentence part, and no word of use near it."""
    start = max(text.rfind(".", 0, span[0]), text.rfind(";", 0, span[0])) + 1
    stops = [i for i in (text.find(".", span[1]), text.find(";", span[1])) if i != -1]
    end = min(stops) if stops else len(text)
    near = text[max(start, span[0] - 60) : span[0]] + " " + text[span[1] : min(end, span[1] + 50)]
    # "finding and defusing the roadside bombs and mines the enemy planted": no use, even planted (.defused)
    return (bool(_HAUL.search(near)) and not _USED.search(near)) or defused_near(near)
