"""Armed men told crossing, or trying to cross, who then fought the guards: the side telling it blames them.

The codebook's ruling of 2026-12-04 (*Generic labels, recoded*: "crossers who fought"): a crossing or an attempt
told by one side, by men who then resisted, fired or fought, makes the crossers the perpetrator, ``alleged``,
attributed to that side, with the origin where the text gives it. "Five armed smugglers crossed the river onto our
soil … and fought back with their weapons", "smugglers from Afghanistan who had crossed the border … put up armed
resistance", "armed traffickers who tried to cross the border … killed in the skirmish": the crossers are named by
the label the text gives them ("drug smugglers", "armed Afghan drug traffickers"), with the demonym where the text
gives one of the same men ("men the authorities call 'Afghan smugglers'"). Armed men of no trade ("a band of armed
men who were trying to slip into Tajikistan from Afghanistan", "an armed group trying to cross from Afghanistan")
are a party only when the text says which country they crossed from, and are named with it ("armed men from
Afghanistan"); "an armed group trying to enter the country" alone names nobody.

What it is not: the guards' return fire is no authorship of the fight (a draft whose only actor is the guards who
answered is read again); flight back across after the fight is no crossing and no origin ("two others fled back
to Afghanistan"); a crossing told in a background sentence is another event's; a crossing with no fight, no
resistance and no fire told (a foiled attempt, people shot as they crossed) is left as it was, for armed
resistance is what makes the crossers a party. Only a draft with no blame read (the ``unattributed`` default, or
the guards' own fire read as theirs) is changed.
"""

from __future__ import annotations

import re

from .draft import Draft, state_code
from .place_patterns import RESIDENTS_SAID
from .sentences import Sentence

#: The region's demonyms a text gives the crossers ("Afghan smugglers"), and the countries they name.
_DEMONYMS = "Afghan|Iranian|Pakistani|Tajik|Kyrgyz|Uzbek|Turkmen"
#: Armed men the text names by no trade: "a band of armed men", "an armed group" (told crossing and fighting, as
#: the trades are; alone, such words name nobody, see :data:`_GENERIC`).
_ARMED_MEN = r"band\s+of\s+armed\s+men|(?<=armed\s)(?:men|group|band)"
#: The crossers' noun: smugglers, traffickers, intruders, armed men.
_NOUN = rf"(?:smugglers|traffickers|intruders|infiltrators|trespassers|(?<=terrorist\s)group|gang|{_ARMED_MEN})"
#: A label that is only armed men: the actor is named with the country they crossed from ("armed men from
#: Afghanistan"), which is what the text tells of them.
_GENERIC = re.compile(rf"^(?:armed\s+)?(?:{_ARMED_MEN})$")
#: The label as the text gives it: "suspected drug smugglers from Afghanistan", "armed Afghan drug traffickers".
_LABEL = re.compile(
    rf"\b(?P<label>(?:(?:suspected|armed|terrorist|{_DEMONYMS})\s+)*"
    rf"(?:(?:drug|narcotics?|arms)\s+)?{_NOUN}(?:\s+from\s+(?P<from>[A-Z][a-z]+))?)\b"
)
#: A crossing told of them: crossed, crossing, tried or attempted to cross, violated the border, onto our soil.
_CROSSING = re.compile(
    r"\b(?:crossed|crossing|(?:tr(?:y|ied|ying)|attempt(?:ed|ing)?|sought|seeking|planned|meant)\s+to\s+"
    r"(?:cross|enter|infiltrate|slip\s+(?:in)?to|sneak\s+(?:in)?to)|"
    r"violated\s+the\s+(?:state\s+)?border|infiltrat\w+|(?:came|got|slipped)\s+(?:in)?to\s+[A-Z])\b",
    re.IGNORECASE,
)
#: Flight back across, which is no crossing of theirs into the scene: "fled back to Afghanistan".
_FLIGHT = re.compile(
    r"\b(?:fled|escaped|slipped\s+away|got\s+away|retreated|withdrew|forced|pushed|went)\s+back\b[^.]*",
    re.IGNORECASE,
)
#: Their fight: resistance, fire, a clash, told of the crossers or of the incident.
_FOUGHT = re.compile(
    r"\b(?:fought\s+back|(?:put\s+up|offered|putting\s+up|offering|showed)\s+(?:armed\s+)?resistance|"
    r"armed\s+resistance|fighting|exchange\s+of\s+fire|exchanged\s+fire|traded\s+fire|skirmish|shoot-?out|gunfight|fire\s*fight|clash(?:es|ed)?|"
    r"opened\s+fire)\b",
    re.IGNORECASE,
)
#: The side telling it: a state's committee, border troops or officials, as the subject of "said".
_TELLER = re.compile(
    r"(?P<who>(?:(?:[A-Z][\w’'-]*'s|the|Tajik|Afghan|Iranian|Pakistani)\s+)?(?:[A-Z][\w’'()-]*\s+){0,7}?"
    r"(?:State\s+Committee\s+for\s+National\s+Security|Border\s+Troops|[Bb]order\s+(?:troops|authorities|officials"
    r"|service)|officials|authorities))\s+(?:said|says|say|told|stated)\b"
)
#: The guards' own fire, read as an actor by the sentence that tells their return fire or the killing.
_GUARDS = re.compile(r"\b(?:[Bb]order\s+(?:[Tt]roops|[Gg]uards|[Ff]orces|[Ss]ervice)|[Gg]uards)\b")


def crossers_fought(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Blame the crossers a side tells crossing and fighting, by the label it gives them (see the module)."""
    values = draft.values
    own = draft.own_sentences(sentences, background)
    if not own or values.get("event_type") != "Battles":
        return
    guards_only = values.get("attribution") == "confirmed" and _GUARDS.search(str(values.get("perpetrator") or ""))
    if not (guards_only or (draft.blame_unread and not values.get("perpetrator"))):
        return
    last = max(s.index for s in own)
    told = [s for s in sentences if s.index not in background and s.index <= last]
    crossing = next((s for s in told if _crosses(s.text)), None)
    if crossing is None or not any(_FOUGHT.search(s.text) for s in told):
        return
    label = next((m for s in told if (m := _LABEL.search(s.text))), None)  # the first mention: the fullest
    if label is None:
        return
    if _GENERIC.match(label.group("label")):
        # "fighting with an armed group", then "the work of a terrorist group trying to infiltrate": the crossing's
        # own words name them, not a guess told later ("some reports say they were drug traffickers")
        label = _LABEL.search(crossing.text) or label
    name = _with_demonym(label.group("label"), told)
    origin = _origin(name, crossing.text)
    if _GENERIC.match(name):
        # armed men with no trade are a party only as crossers from a country ("trying to slip into Tajikistan from
        # Afghanistan"); "an armed group trying to enter the country" alone names nobody (382, coded unattributed)
        crossed_from = _FROM_ACROSS.search(_FLIGHT.sub("", crossing.text))
        if crossed_from is None or state_code(crossed_from.group(1)) != origin:
            return
        name = f"{name} from {crossed_from.group(1)}"
    draft.read_attribution("alleged", crossing)
    draft.set("perpetrator", name, crossing)
    if origin:
        draft.set("origin_country", origin, crossing)
    teller = next((m for s in told if (m := _TELLER.search(s.text))), None)
    if teller is not None:
        draft.set("attributed_by", teller.group("who"), crossing)
    draft.notes.append(f"'{name}' told crossing and fighting the guards: alleged, by the side that tells it.")


def _crosses(text: str) -> bool:
    """A crossing told of the crossers in the sentence, flight back across not counted."""
    kept = _FLIGHT.sub("", text)
    return bool((_CROSSING.search(kept) and _LABEL.search(kept)) or (_CROSSING.search(kept) and _armed_men(kept)))


def _armed_men(text: str) -> bool:
    """ "Five armed smugglers", "the intruders": the crossers told by a noun the label reads."""
    return bool(re.search(rf"\b{_NOUN}\b", text))


def _with_demonym(label: str, told: list[Sentence]) -> str:
    """The label with the demonym the text gives the same men elsewhere ("call them 'Afghan smugglers'")."""
    if re.search(rf"\b(?:{_DEMONYMS})\b|\bfrom\s+[A-Z]", label):
        return label
    noun = label.split()[-1]
    for sentence in told:
        fuller = re.search(rf"\b(?P<d>{_DEMONYMS})\s+((?:drug\s+)?{noun})\b", sentence.text)
        if fuller:
            return f"{fuller.group('d')} {fuller.group(2)}"
    return label


#: The country crossed from: "cross the border from Afghanistan", "slip into Tajikistan from Afghanistan".
_FROM_ACROSS = re.compile(
    r"\b(?:cross|slip|sneak)\w*\s+(?:(?:the\s+border\s+)?|(?:in)?to\s+[A-Z][a-z]+\s+)from\s+([A-Z][a-z]+)"
)


def _origin(label: str, text: str) -> str | None:
    """The crossers' country: their demonym, or the country they crossed from."""
    found = re.search(rf"\b({_DEMONYMS})\b|\bfrom\s+([A-Z][a-z]+)", label)
    if found is None:
        found = re.search(_FROM_ACROSS, _FLIGHT.sub("", text))
    if found is None:
        return None
    return state_code(next(g for g in found.groups() if g))


#: Arms the clash's party fought with: "fought back with their weapons", Kalashnikovs or assault rifles found.
_ARMS = re.compile(
    r"\bfought\s+back\s+with\s+(?:their\s+|its\s+|his\s+)?(?:weapons|arms|guns)\b|"
    r"\b(?:Kalashnikov|AK-47|assault)\s+rifles?\b",
    re.IGNORECASE,
)
#: The crossers' fight told as an armed resistance against the guards: a clash, not an attack on civilians.
_RESISTED = re.compile(
    rf"\b{_NOUN}\b[^.]{{0,80}}?\b(?:fought\s+back|(?:put(?:ting)?\s+up|offer(?:ed|ing))\s+armed\s+resistance)"
    r"[^.]{0,40}?\b(?:guards|troops|forces|patrol)\b",
    re.IGNORECASE,
)


def clash_arms(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """A clash whose party is told fighting with its weapons, or with Kalashnikovs found, was fought with
    firearms: only when no weapon was read (a rifle seized in a raid is no weapon of an attack, see .fields)."""
    values = draft.values
    if values.get("sub_event_type") != "Armed clash" or set(values.get("weapons") or ["unknown"]) != {"unknown"}:
        return
    own = draft.own_sentences(sentences, background)
    if not own:
        return
    last = max(s.index for s in own)
    told = next((s for s in sentences if s.index not in background and s.index <= last and _ARMS.search(s.text)), None)
    if told is not None:
        draft.set("weapons", ["firearms"], told, replace=True)
        if "weapons" in draft.defaults:
            draft.defaults.remove("weapons")
        draft.notes[:] = [n for n in draft.notes if not n.startswith(("No weapon named", "Firearms left out"))]


def resistance_is_a_clash(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Smugglers' armed resistance against the guards, typed an attack on civilians: an armed clash."""
    values = draft.values
    if values.get("sub_event_type") != "Attack":
        return
    own = draft.own_sentences(sentences, background)
    told = next((s for s in own if _RESISTED.search(s.text)), None)
    if told is None:
        return
    draft.set("event_type", "Battles", told, replace=True)
    draft.set("sub_event_type", "Armed clash", told, replace=True)
    draft.forget("target_type", "civilian_targeting")
    draft.notes.append("The smugglers' armed resistance against the guards: a clash, not an attack on civilians.")


#: The dead men's homes: "as residents of X village in Y district", "natives of", "hailed from".
_HOME = re.compile(r"\b(?:residents?|natives?|inhabitants?)\s+of\b|\bhail(?:ed|s)\s+from\b", re.IGNORECASE)
#: The scene told in the same sentence: what happened there.
_SCENE = re.compile(r"\b(?:took\s+place|happened|occurred|clash\w*|fight\w*|killed|attack\w*)\s+(?:in|at|near)\b")
#: The fields a place brings with it, set from the same sentence.
_PLACE_FIELDS = ("place", "location", "latitude", "longitude", "geo_precision", "geocoder", "admin1", "country")


def home_is_no_scene(draft: Draft) -> None:
    """A place named only as where the dead lived is not where they died: the place (and the country read with
    it) is left empty, as the coding leaves a clash the report does not place."""
    values, evidence = draft.values, draft.evidence
    where = evidence.get("place", "")
    place = str(values.get("place") or "")
    home = _HOME.search(where)
    if not place or home is None or _SCENE.search(where):
        return
    if values.get("event_type") == "Protests":
        return  # "brought residents of villages in X out in protest": a crowd protests where it lives (.protest_held)
    if RESIDENTS_SAID.match(where.strip()):
        return  # "Residents of X said soldiers attacked a house": the people of the scene speaking (.place)
    homes = re.split(r"[,;]|\s+(?:was|were|when|and)\s+", where[home.end() :], maxsplit=1)[0]
    if place not in homes:
        return  # "a resident of X village, … walking towards Mamai": Mamai is the scene
    draft.forget(*[name for name in _PLACE_FIELDS if evidence.get(name) == where])
    draft.notes.append(f"'{place}' is where the dead lived, not the scene: left empty.")
