"""A state force told as the people hit, beside a count that names only people or passengers.

"At least 20 people were killed … in a suicide attack on a bus of the Revolutionary Guards", "a suicide bomber
hit a bus carrying members of the Revolutionary Guards …, killing 30 people", "Gunmen killed at least 14 people,
11 of them men of the Navy, Air Force and Coast Guards", "killed at least 14 passengers, Pakistan Navy personnel
among them": the count says "people" or "passengers", but the toll's own sentence names the force whose vehicle was
hit or whose men were picked out among them, and the codebook's target type is that force's (GTD codes an attack on
a military vehicle or on servicemen as military, whatever the count's noun). Only the toll's sentence is read: a
later "a naval official … were among the dead" beside a count of bus passengers (580) leaves them passengers, as
the coders code it.
"""

from __future__ import annotations

import re

from .draft import Draft
from .sentences import Sentence
from .vocab import target_type

#: The words of a state force, as the object of the phrases below; the first that names one decides.
_FORCE_WORDS = re.compile(
    r"\b(?P<force>(?:islamic\s+)?revolution(?:ary)?\s+guards?(?:\s+corps)?|irgc|basij|navy|naval|air\s+force|"
    r"coast\s+guards?|army|soldiers|troops|servicemen|policemen|police|border\s+guards|frontier\s+corps)\b",
    re.IGNORECASE,
)
#: Where a sentence tells the force hit beside a count of people: a force's vehicle ("a bus of/carrying
#: members of the Revolutionary Guards"), the force counted among them ("11 of them men of the Navy",
#: "Pakistan Navy personnel among them").
_FORCE_TOLD = re.compile(
    r"\b(?:bus|minibus|van|vehicle|truck|convoy)\s+(?:of|carrying|belonging\s+to|transporting)\s+(?P<owner>[^,;.]{0,60})"
    # only right after the count's own noun: "ten others, four of them FC men, were wounded" is another count
    r"|\b(?:people|persons|passengers|travell?ers)\s*,\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve)\s+of\s+them\s+(?P<counted>[^,;.]{0,60})|(?P<among>(?:[\w-]+\s+){1,4})among\s+them\b)",
    re.IGNORECASE,
)


def _force_type(phrase: str) -> str | None:
    """The target type of the force a phrase names: its noun's, as the victims' nouns are read, else military for
    the armed services (navy, air force, coast guards, the Revolutionary Guards)."""
    force = _FORCE_WORDS.search(phrase)
    if force is None:
        return None
    word = force.group("force").lower()
    told = target_type(word)
    if word.startswith(("polic", "border")) and told:
        return told
    return "military"


def force_among_the_hit(draft: Draft) -> None:
    """The force's target type when the toll's sentence tells the people hit as a force's men or its vehicle's
    riders, and no target, or only the count's noun of ``transport`` ("passengers"), was read."""
    values = draft.values
    if values.get("target_type") not in (None, "transport") or values.get("_two_sided") or values.get("_foiled"):
        return
    sentence = str(draft.evidence.get("killed") or draft.evidence.get("injured") or "")
    for match in _FORCE_TOLD.finditer(sentence):
        phrase = match.group("owner") or match.group("counted") or match.group("among") or ""
        kind = _force_type(phrase)
        if kind is not None:
            values["target_type"] = kind
            draft.evidence["target_type"] = sentence
            return


#: People taken off a vehicle, lined up or bound before they were shot: "took 16 of them off before shooting
#: them", "made them get off", "had been made to leave the bus, lined up in open ground nearby and killed", "their
#: hands tied": captives killed, not a fight, so an attack (ACLED's Violence against civilians → Attack) whoever
#: they were (servicemen picked out among the passengers too).
_TAKEN_OFF = re.compile(
    r"\b(?:took|taken|taking|made|forced|ordered|pulled|dragged|offloaded|off-loaded)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:off|out\s+of|get\s+off|to\s+(?:get\s+off|leave|step\s+(?:off|down)))\s+(?:the\s+|their\s+|(?:\w+\s+)?)?"
    r"(?:buses|bus|vehicles?|vans?|coach(?:es)?|cars?|trucks?|minibus(?:es)?|before\s+shooting)\b"
    r"|\blined\s+(?:them\s+)?up\b[^.;]{0,60}?\b(?:shot|killed|executed)\b"
    r"|\bwith\s+their\s+hands\s+tied\b|\btied\s+their\s+hands\b",
    re.IGNORECASE,
)


def taken_off_and_shot(draft: Draft, sentences: list[Sentence]) -> None:
    """Flag ``_executed`` when the incident's own sentences tell people taken off a vehicle, lined up or bound
    (see :data:`_TAKEN_OFF`); :mod:`.finish` types such an incident an attack, never a clash."""
    draft.mark_if_told("_executed", _TAKEN_OFF, sentences)


#: The dead told by name and post after a count of people: "The dead were A.K., the IRGC commander of the district;
#: Y.S., who headed the council; and two conscripts", "Six people, among them a local commander of the Islamic
#: Revolution Guard Corps (IRGC), were killed" (Tehran Times 714).
_DEAD_LISTED = re.compile(
    r"\b(?:[Tt]he\s+(?:dead|victims|slain|martyrs)\s+(?:were|are|included|include)\b(?P<listed>[^.]{0,200})"
    r"|\b(?:people|persons)\s*,\s+among\s+them\s+(?P<among>[^,;.]{0,80}))"
)


def force_among_the_dead(draft: Draft, sentences: list[Sentence]) -> None:
    """The force's target type when no target was read and the incident's own sentences list its dead (or the
    people it counts) with a force's member among them: the attack was on that force's men, whoever else fell."""
    if draft.values.get("target_type") or draft.values.get("_two_sided") or draft.values.get("_foiled"):
        return
    for index in dict.fromkeys(draft.sentences):
        if index >= len(sentences):
            continue
        for match in _DEAD_LISTED.finditer(sentences[index].text):
            kind = _force_type(match.group("listed") or match.group("among") or "")
            if kind is not None:
                draft.set("target_type", kind, sentences[index])
                return
