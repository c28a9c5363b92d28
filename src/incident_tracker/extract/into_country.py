"""Men who crossed, or tried to cross, into a country and met its guards: the incident is in that country.

Issue 14 (extract171; the brief's "crossers 'into Tajikistan' given no country"). A border service tells the crossing
before the fight: "ten drug couriers trying to get across the Pyandzh river from Afghanistan into Tajikistan" (Trud
1377), "four men tried to cross the border from Afghanistan into Tajikistan on the section of the Moskovsky border
unit" (Pravda.ru 1380), "the four crossed into Tajikistan near the village of Darbandak" (Afghanistan Peace Campaign
404). Where the reader found no country (the place a detachment's stretch, or nothing), the draft stayed without one.
Every dev report that tells armed men or smugglers crossing or trying to cross into Tajikistan, or onto Tajik soil,
and a fight with the guards there is coded ``TJ`` — 17 reports of 16 outlets (121, 222, 277, 38, 383, 403, 404, 795,
796, 907, 931, 942, 953, 1377, 1378, 1379, 1380) — save three: two fights on an island in the border river, which the
coders leave on the line (Aaj TV 1319, Wirtualna Polska 948), and smugglers the Taliban's police stopped on the
Afghan side "trying to move drugs from Afghanistan into Tajikistan" (Atlas Press 1315, coded ``AF``).

Migrants shot "as they tried to get into Iran" are no such fight: the coders leave their country empty, for a try
does not say on which side the shots found them (Neo News 658, Times of Islamabad 659, Devdiscourse 817: the first
version of this rule gave them Iran, and was narrowed to a fight after that run). So a draft of a fight (``Battles``)
with no country whose sentences up to its last (the background left out) tell a crossing into a named
country, or onto its soil, bank or territory, is placed in that country; never a crossing back or a flight ("fled
back to Tajikistan", "ran off into Tajikistan"), a drive or a handing over; never where the report puts the fight on
an island or in the middle of the river; never where the incident's sentences name a force of the state the men came
from (the Taliban or that state's police, troops or guards: then the fight may be on their side). Run last of the
finished readings (:func:`.draft_passes.read_each_finished`), before the readings that give a country from the
origin or the guards (:mod:`.drafts`).
"""

from __future__ import annotations

import re

from .draft import Draft, country_code, state_code
from .sentences import Sentence
from .vocab import DEMONYMS

#: A crossing made or tried, then the country crossed into: "tried to cross the border from Afghanistan into
#: Tajikistan", "crossed into Tajikistan", "slipped onto Tajik soil", "entered Tajik territory".
_INTO = re.compile(
    r"\b(?:cross(?:ed|ing)?|get|got|getting|slip(?:ped|ping)?|sneak(?:ed|ing)?|infiltrat\w+|enter(?:ed|ing)?|"
    r"smuggl\w+|bring(?:ing)?|brought|move|moving|stepped|break\s+through)\b"
    r"(?P<way>[^.;]{0,80}?)"
    r"(?:\b(?:into|onto)\s+(?:the\s+)?|(?<=entered\s)|(?<=entering\s)|(?<=enter\s))"
    r"(?:(?P<country>[A-Z][a-z]+)(?!['’]s\s+border)\b(?!\s+(?:border|frontier))|"
    r"(?P<people>[A-Z][a-z]+)\s+(?:territory|soil|bank|side|land)\b)"
)
#: A way back or a flight, not a crossing in: "fled back to", "ran off into", "drove them back into".
_NOT_IN = re.compile(r"\b(?:back|fled|flee|ran|run|drive|drove|driven|handed|taken|carried|sent|returned)\b", re.I)
#: The fight on the line itself: an island in the border river, the middle of the river.
_ON_THE_LINE = re.compile(r"\bisland\b|\bmiddle\s+of\s+the\s+river\b|\bmidstream\b", re.IGNORECASE)
#: One state's border force by its people's adjective: "Tajik border guards", "Tajik security forces".
_HOME_GUARDS = re.compile(
    r"\b(?P<people>[A-Z][a-z]+)\s+(?:border\s+(?:guards?|troops|forces|service|police)|frontier\s+guards|"
    r"security\s+forces|servicemen|troops|soldiers)\b"
)
#: Men who came from a named country: "to cross the border from Afghanistan", "a courier from Afghanistan".
_FROM = re.compile(r"\bfrom\s+(?P<country>[A-Z][a-z]+)\b(?![’']s\s)")
#: A state's forces by its people's adjective: "Afghan police", "Afghan border guards".
_FORCE = r"(?:border\s+)?(?:police(?:men)?|forces|troops|army|soldiers|guards|border\s+guards|security\s+forces)"


def crossed_into_country(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Give a draft with no country the country its crossers went into (see the module)."""
    if draft.values.get("country") or draft.values.get("event_type") != "Battles":
        return  # migrants shot as they tried to cross are left where the coders leave them: no country
    spanned = draft.spanned_sentences(sentences, background)
    if not spanned:
        return
    last = max(s.index for s in spanned)
    # the crossing is told before the fight, often in a sentence of its own: every sentence up to the draft's last
    own = [s for s in sentences if s.index not in background and s.index <= last]
    told = " ".join(s.text for s in own)
    if any(_ON_THE_LINE.search(s.text) for s in sentences if s.index not in background):
        return  # an island in the border river, wherever the report tells it
    for sentence in own:
        for match in _INTO.finditer(sentence.text):
            if _NOT_IN.search(match.group("way")):
                continue
            word = match.group("country") or match.group("people")
            code = country_code(word) if match.group("country") else DEMONYMS.get(word.lower())
            origin = _origin(match.group("way")) or _origin(sentence.text[match.end() : match.end() + 30])
            if code is None or code == origin or (origin and _origins_force(origin, told)):
                continue
            draft.set("country", code, sentence)
            draft.notes.append(f"Country {code}: the men crossed, or tried to cross, into it (.into_country).")
            return


def _origin(way: str) -> str | None:
    """The country the crossing came from: "from Afghanistan" (before the country crossed into, or just after it)."""
    found = re.search(r"\bfrom\s+(?:the\s+)?([A-Z][a-z]+)", way)
    return state_code(found.group(1)) if found else None


def _origins_force(origin: str, told: str) -> bool:
    """Whether the incident's sentences name a force of the state the men came from (the Taliban for Afghanistan)."""
    adjectives = [word for word, code in DEMONYMS.items() if code == origin]
    if origin == "AF" and re.search(r"\bTaliban\b", told):
        return True
    return any(re.search(rf"\b{re.escape(a)}\s+{_FORCE}\b", told, re.IGNORECASE) for a in adjectives)


def guards_at_home(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Give a fight with no country the state of the one border force that fought men from another (see below).

    "Tajik border guards have stopped another attempt by suspected drug traffickers to cross the border from
    Afghanistan" (RFE/RL 214), "Tajik border guards have seized more than 50 kilograms of drugs and detained a courier
    from Afghanistan" (Gazeta.ua 921): a state's guards stopping men from a neighbour do it on their own side. Every
    dev fight told so is coded in the guards' state — 12 reports of 11 outlets (Khaama Press 121, AP 125, Titus.kz
    1317, CRBC 132, Aktualno 1374, Dunya News 146, RFE/RL 214 and 880, The Times of Central Asia 380, Gazeta.ru 795,
    RFE/RL 909, Gazeta.ua 921); the one exception is no fight (EFE 530: a refugee shot at the Torkham crossing, coded
    with no country). Only a fight (``Battles``) with no country, whose sentences up to its last name one state's force
    by its people's adjective (never Russian: their guards served on Tajikistan's border, :mod:`.russian_guards`) and
    men from another named country, and tell no island in the border river.
    """
    if draft.values.get("country") or draft.values.get("event_type") != "Battles":
        return
    spanned = draft.spanned_sentences(sentences, background)
    if not spanned or any(_ON_THE_LINE.search(s.text) for s in sentences if s.index not in background):
        return
    last = max(s.index for s in spanned)
    own = [s for s in sentences if s.index not in background and s.index <= last]
    states = {DEMONYMS.get(m.group("people").lower()) for s in own for m in _HOME_GUARDS.finditer(s.text)}
    states.discard(None)
    if len(states) != 1:
        return
    state = states.pop()
    froms = {country_code(m.group("country")) for s in own for m in _FROM.finditer(s.text)} - {None}
    if state == "RU" or not froms or state in froms:
        return
    told = next(s for s in own if _HOME_GUARDS.search(s.text))
    draft.set("country", state, told)
    draft.notes.append(f"Country {state}: its force fought men from another country on its side (.into_country).")
