"""Victims told by a civilian calling in the toll's own sentence: civilians (issue 14, extract203).

"… opened fire on a forest lodge, killing two foresters", "the driver of a cargo truck was hurt", "gunmen stopped a
bus, ordered the passengers off and shot dead 11 of them": the text tells who was hit by what they were doing or
where they lived (villagers, residents, shepherds, herders, farmers, passengers, drivers), and such people are
``civilians`` as the codebook's target types read them. :mod:`.people_hit` reads the victims told only as "men"
or "people"; a calling says more, so this rule reads it where that one found nothing.

Only the sentence that gave the killed or the injured count is read, and only a calling that is the object of the
hitting verb ("killing two villagers") or the subject of a passive one ("two residents were wounded"): a calling
named elsewhere ("villagers said", "killed by villagers") tells nobody hit. Never in a clash (either side's men may
be the dead, and the rulings give two forces' fight no target), never from the air (whom a strike was aimed at is not
told by whom it hit), never where the phrase names armed men or the attackers ("armed herders", "smugglers"): wrong is
worse than empty. The nationality is set only when a people's word stands before the calling ("two Tajik
foresters") in every phrase read, so that it holds for all the victims the sentence tells.
"""

from __future__ import annotations

import re

from .draft import Draft
from .people_hit import from_the_air
from .vocab import ATTACKERS, DEMONYMS

#: Callings of people who carry no arms for anyone: who they were when they were hit.
_CALLING = (
    r"(?:villagers?|residents?|locals|shepherds?|herders?|herdsm[ae]n|farmers?|foresters?|woodcutters?|"
    r"passengers?|(?:truck\s+|bus\s+|taxi\s+|lorry\s+)?drivers?|labou?rers?|pilgrims?|worshipp?ers?|"
    r"shopkeepers?|traders?|students?|schoolchildren|passers-by|passersby|bystanders?|fishermen|nomads?|"
    r"citizens?|nationals?)"
)
#: A hitting verb whose object is the victims: "killing", "shot dead", "wounded", "opened fire on".
_VERB = (
    r"(?:killing|killed|kill|shot\s+dead|shooting\s+dead|gunned\s+down|murder(?:ed|ing)?|wounding|wounded|"
    r"injuring|injured|opened\s+fire\s+on|fired\s+(?:at|on))"
)
#: Words that end the verb's object before a calling: the calling then belongs to another phrase.
_BREAK = r"(?!(?:and|by|in|near|with|while|after|when|as|from|to|on|at)\b)"
_WORD = rf"{_BREAK}(?:at\s+least\s+|[\w’'-]+\s+)"
#: The calling as the object of the hitting verb, at most four words after it: "killing two Tajik foresters".
_OBJECT = re.compile(rf"\b{_VERB}\s+(?P<words>{_WORD}{{0,4}}?)(?P<calling>{_CALLING})\b", re.IGNORECASE)
#: The calling as the subject of a passive hit: "two residents were wounded", "the driver of a cargo truck was hurt".
_SUBJECT = re.compile(
    rf"(?P<words>(?:[\w’'-]+\s+){{0,2}})(?P<calling>{_CALLING})\s+(?:of\s+(?:a|an|the)\s+(?:[\w-]+\s+){{1,3}})?(?:(?:was|were|had\s+been|has\s+been|have\s+been)"
    rf"\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt|shot)|died)\b",
    re.IGNORECASE,
)
#: The calling told first and its dead counted after it: "ordered the passengers off and shot dead 11 of them".
_OF_THEM = re.compile(
    rf"(?P<words>(?:[\w’'-]+\s+){{0,2}})(?P<calling>{_CALLING})\b[^.;]{{0,60}}?\b(?:killed|shot\s+dead|wounded)\s+"
    r"(?:at\s+least\s+)?\w+\s+of\s+them\b",
    re.IGNORECASE,
)
#: A sentence that tells nobody hit: "No local residents were hurt this time."
_NONE_HIT = re.compile(r"\b(?:no|none\s+of\s+the|nobody|not\s+a\s+single)\s+(?:\w+\s+){0,2}?" + _CALLING, re.IGNORECASE)
#: Words that make the phrase's people an armed side: "armed shepherds", "guards", "militiamen".
_ARMED = re.compile(r"\b(?:armed|militia\w*|guards?|soldiers?|police\w*|troops|officers?|lashkar)\b", re.IGNORECASE)


def callings_hit(draft: Draft, clash: bool) -> None:
    """Target ``civilians`` when the toll's sentence tells the victims by a civilian calling (see the module)."""
    values = draft.values
    if clash or values.get("target_type") or values.get("_foiled") or from_the_air(values):
        return
    found: list[tuple[str, str]] = []
    for field in ("killed", "injured"):
        sentence = draft.evidence.get(field) or ""
        if not sentence or not values.get(field) or _NONE_HIT.search(sentence):
            continue  # no one hit ("no residents were hurt"): nobody's calling tells a victim
        for pattern in (_OBJECT, _SUBJECT, _OF_THEM):
            for match in pattern.finditer(sentence):
                phrase = match.group(0)
                if not (_ARMED.search(phrase) or ATTACKERS.search(phrase)):
                    found.append((match.group("words"), match.group("calling")))
    if not found:
        return
    values["target_type"] = "civilians"
    draft.evidence["target_type"] = draft.evidence.get("killed") or draft.evidence.get("injured", "")
    if not values.get("victims"):
        nation_word = found[0][0].split()[-1:] if _nation(found[0][0]) else []
        values["victims"] = " ".join([*nation_word, found[0][1]])
        draft.evidence["victims"] = draft.evidence["target_type"]
    nations = {_nation(words) for words, _calling in found}
    if len(nations) == 1 and None not in nations and not values.get("victim_nationality"):
        values["victim_nationality"] = nations.pop()
        draft.evidence["victim_nationality"] = draft.evidence["target_type"]
    draft.notes.append("Target civilians: the victims told by a civilian calling in the toll's sentence.")


def _nation(words: str) -> str | None:
    """The country of the people's word standing right before the calling ("two Tajik"), if any."""
    last = words.split()[-1:] or [""]
    return DEMONYMS.get(last[0].lower())
