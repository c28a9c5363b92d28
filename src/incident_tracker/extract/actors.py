"""Who acted, when a sentence tells it only as the subject of the attack: the last resort of
:func:`.attribution.read_attribution`, after every statement of blame, claim or origin.

Two shapes the dev reports tell the attackers in, with no one quoted as blaming them:

- the label the state's forces use, as the subject of the attack, with where the attackers came
  from: "terrorists from Afghanistan attacked across the border", "Terrorists on Afghan territory
  attacked a Pakistani border post", "terrorists inside Afghanistan fired across the border on a
  military post". The label with its origin is the codebook's ``alleged`` (a side names who and
  from where, uncorroborated); the label alone ("militants attacked a checkpost in the Noorkhel
  area") is only a generic one, which the codebook leaves ``unattributed``, as the coders did.
  "Gunmen" and "armed men" only describe, and the coders leave them out;
- a state's force by its country's name, as the subject of a shooting: "Border guards of Uzbekistan
  have shot dead a citizen of Kyrgyzstan", written as the coders write a side, "Uzbek border guards".
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from functools import cache
from importlib import resources

from ..sides import actor_key
from .draft import country_code
from .vocab import DEMONYMS, NUMBER

#: Where a clause may open on its subject: the sentence's start, a comma, or the words that
#: introduce a reported or a subordinate clause.
_OPENS = r"(?:^|[,;:]\s+|\b(?:said|says|told \w+|that|when|after|as|where|but|and)\s+)"

#: The labels a state's statements give attackers ("khwarij", "terrorists"); never "gunmen".
_LABEL = r"(?:terrorists|militants|khwarij|khawarij|insurgents|miscreants)"

_LABEL_ACTED = re.compile(
    rf"{_OPENS}(?:(?:some|about|around|over|nearly)\s+)?(?:(?:{NUMBER}|\d+)\s+)?"
    # "Unidentified militants fired four missiles from Afghanistan" (1021): the label, its men unnamed, with its origin
    rf"(?P<perp>(?:the\s+)?(?:suspected\s+|armed\s+|heavily\s+armed\s+|unidentified\s+|unknown\s+)?{_LABEL})"
    # where they were ("inside Afghanistan", "from across the border"): told, but not part of the name
    r"(?:\s+(?:from|inside|in|on)\s+(?:across\s+the\s+(?:\w+\s+)?border|(?:the\s+)?[\w-]+(?:\s+[\w-]+)?))?"
    r"\s+(?:had\s+|have\s+|has\s+|then\s+|also\s+)?"
    r"(?:attacked|raided|stormed|ambushed|fired\s+(?:on|at|upon|across|from)|opened\s+fire|struck|targeted|"
    # what they fired, then where from or to: "fired four missiles from Afghanistan into Kurram Agency"
    rf"fired\s+(?:(?:{NUMBER}|\d+|several|a\s+few|some)\s+)?(?:[\w-]+\s+)?(?:missiles|rockets|shells|mortars|rounds)"
    r"\s+(?=from|into|across|at|on)|"
    # "the militants had come from Afghanistan and attacked the checkposts", "Terrorists who had come over from
    # Pakistan killed 14 border guards": where they came from, then the act
    r"(?:who\s+)?(?:had\s+)?(?:come|came)\s+(?:over\s+)?from\s+(?:[A-Z][a-z]+|across\s+the\s+border)\s+"
    r"(?:and\s+(?:then\s+)?)?(?:attacked|raided|stormed|ambushed|killed|opened\s+fire|fired\s+(?:on|at|upon)))\b",
    re.IGNORECASE,
)

#: Where the attackers came from, told in the same sentence: across the border, or a named neighbour.
_ORIGIN = re.compile(
    r"\bfrom\s+across\b|\bacross\s+the\s+(?:[\w-]+\s+){0,2}(?:border|frontier)\b|"
    r"\b(?:from|inside|in)\s+(?:neighbou?ring\s+)?(?P<country>[A-Z][a-z]+)\b|"
    r"\bon\s+(?:the\s+)?(?P<demonym>[A-Z][a-z]+)\s+(?:side|territory|soil)\b"
)


def _told_origin(text: str) -> bool:
    for match in _ORIGIN.finditer(text):
        if match.group("country") and not country_code(match.group("country")):
            continue
        if match.group("demonym") and match.group("demonym").lower() not in DEMONYMS:
            continue
        return True
    return False


#: "Border guards of Uzbekistan have shot dead …": a side's force named by its country, then what it did.
_FORCE_OF = re.compile(
    r"\b(?P<force>[Bb]order guards|[Bb]order troops|[Ff]orces|[Tt]roops|[Ss]oldiers)\s+of\s+(?P<country>[A-Z][a-z]+)"
    r"\s+(?:have\s+|has\s+|had\s+)?(?:shot dead|shot and killed|shot|killed|opened fire on|fired (?:on|at)|attacked)\b"
)


#: "Iranian border guards on Saturday fired three rockets into Pakistani territory", "Pakistan's military has
#: again fired rockets into eastern Afghanistan": a state's force by its country's adjective or possessive, as the
#: subject of the firing, told by the reporter. Fire that answers ("fired back", "at each other") is no author.
_FORCE_FIRED = re.compile(
    rf"(?:{_OPENS}|^[A-Z]+\s+[-–—]\s+)(?P<force>(?:the\s+|an?\s+)?(?P<demonym>[A-Z][a-z]+(?:[’']s)?)\s+"
    r"(?:border\s+(?:guards|forces|troops|police|patrol)|security\s+forces|forces|troops|military|army|soldiers|"
    r"servicemen))"
    r"(?:\s+(?:on|late\s+on|early\s+on)\s+[A-Z][a-z]+(?:\s+(?:night|morning|evening))?)?"
    r"\s+(?:have\s+|has\s+|had\s+)?(?:again\s+|also\s+)?"
    r"(?:fired\s+(?:[\w-]+\s+){0,3}?(?:rockets?|shells?|mortars?|mortar\s+shells|artillery|missiles?)\b|"
    # never shots "into the air" to drive a crowd off (Asia-Plus 677): a warning, aimed at no one
    r"shelled\b|fired\s+(?:into(?!\s+the\s+air\b)|across|on|at)\b|opened\s+fire\b|"
    # "after an Uzbek border patrol used weapons against them", "Uzbek forces confronted them", "Turkmen servicemen
    # pushed them into the water": the Central Asian press's ways of telling who did it
    r"used\s+(?:their\s+)?(?:weapons|firearms|arms)\s+against\b|confronted\b|pushed\b|shot\s+dead\b|"
    # "Kyrgyz border guards killed two civilians": the killing of people the report tells as civilians (never a
    # headline's "… killed in", nor intruders, smugglers or attackers killed, whom the coders name as the actors)
    rf"killed\s+(?:\d+|{NUMBER}|an?|the|some|several)\s+(?:[A-Z][a-z]+\s+|local\s+)?"
    r"(?:civilians|villagers|shepherds?|farmers?|herders?|children|residents)\b)"
)
_ANSWERED = re.compile(r"\b(?:each other|fired back|returned fire|retaliat\w*|in response)\b", re.IGNORECASE)


def _force_fired(text: str) -> str | None:
    if _ANSWERED.search(text):
        return None
    for match in _FORCE_FIRED.finditer(text):
        demonym = re.sub(r"[’']s$", "", match.group("demonym"))
        if demonym.lower() in DEMONYMS or country_code(demonym) or canonical_actor(match.group("force")):
            return re.sub(r"^(?:the|The|an?|An?)\s+", "", match.group("force"))
    return None


#: The passive of a state's fire with its author: "a village was shelled by Iranian border guards" (the author a
#: state's force the actor dictionary knows, see :func:`_force_by`).
_FORCE_BY = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:shelled|bombed|struck|hit|targeted|attacked|"
    r"fired\s+(?:on|upon|at))\s+by\s+(?P<force>(?:the\s+)?[A-Z][a-z]+(?:[’']s)?\s+(?:[a-z]+\s+){0,2}?"
    r"(?:guards|forces|troops|military|army|soldiers|police|aircraft|jets|warplanes|helicopters|drones?))\b"
)


def _force_by(text: str) -> str | None:
    for match in _FORCE_BY.finditer(text):
        if canonical_actor(match.group("force")):
            return re.sub(r"^(?:the|The)\s+", "", match.group("force"))
    return None


def labelled_actor(text: str) -> str | None:
    """The perpetrator a sentence tells only as the attack's subject, written as the coders write it."""
    fired = _force_fired(text) or _force_by(text)
    if fired:
        return fired
    force = _FORCE_OF.search(text)
    if force:
        code = country_code(force.group("country"))
        demonym = min((w for w, c in DEMONYMS.items() if c == code), key=len, default=None) if code else None
        if demonym:
            return f"{demonym.capitalize()} {force.group('force').lower()}"
    label = _LABEL_ACTED.search(text)
    if label and _told_origin(text):
        return re.sub(r"^(?:the|The)\s+", "", label.group("perp"))
    return None


#: Where labelled attackers came from, by a country's name or its side: "fired four missiles from Afghanistan",
#: "terrorists inside Afghanistan", "from the Afghan side".
_FROM_COUNTRY = re.compile(
    r"\b(?:from|inside)\s+(?:neighbou?ring\s+)?(?P<country>[A-Z][a-z]+)\b|"
    r"\bfrom\s+the\s+(?P<demonym>[A-Z][a-z]+)\s+(?:side|territory|soil)\b"
)


def label_origin(text: str, actor: str) -> str | None:
    """The country a sentence says its labelled attackers came from, or None: the origin the codebook keeps beside an
    allegation ("Unidentified militants fired four missiles from Afghanistan": AF, 1021), which the label alone
    does not carry. A state's force read by :func:`labelled_actor` has no origin here: it is its own state's."""
    if not re.fullmatch(rf"(?:the\s+)?(?:[a-z]+\s+){{0,2}}{_LABEL}", actor, re.IGNORECASE):
        return None
    for match in _FROM_COUNTRY.finditer(text):
        if match.group("country"):
            code = country_code(match.group("country"))
        else:
            code = DEMONYMS.get(match.group("demonym").lower())
        if code:
            return code
    return None


#: A state's force as a report writes it, after the country's adjective: "border guards", "troops",
#: "armed forces", "aircraft". ACLED codes each as that state's forces, whatever arm the report names, and however
#: the report words that arm: "Iran's border force" and "Iranian border personnel" (Dawn 116), "Iran's border guard
#: forces" (Radio Farda 814), "the Iranian guards" (Times of Islamabad 657: guards alone are looked up as the border
#: guards, never the Revolutionary Guards, whose name is a word longer), "Uzbekistan's air defense system" (AP 870),
#: "the Uzbek air force" (BBC 1264), "Afghan security personnel" (The Express Tribune 1111).
_BORDER_FORCE = (
    r"(?:(?:border|frontier)\s+(?:security\s+|guard\s+)?(?:guards?|troops|forces?|police|service|patrols?|"
    r"detachments?|personnel)|guards)"
)
_FORCE = (
    r"(?:(?:armed|security|military|regular)\s+)?(?:forces|troops|army|military|soldiers|servicemen|personnel|"
    r"aircraft|planes|jets|warplanes|helicopters|gunship\s+helicopters)|"
    r"air\s+force|(?:air\s+defen[cs]e|anti-aircraft)\s+(?:forces|troops|system|units)"
)
_STATE_FORCE = re.compile(
    rf"(?:the\s+)?(?P<demonym>[A-Z][a-z]+)\s+(?:(?P<border>{_BORDER_FORCE})|{_FORCE})", re.IGNORECASE
)


#: A state's force told by its country's name: "Iran's border guards".
_OWNER = re.compile(r"(?P<country>[A-Z][a-z]+)[’']s\s+(?=\w)")

#: A force's men named before it: "soldiers of Tajikistan's border forces" (Atlas Press 1315), "members of Iran's
#: border guard": the men of a state's force are that force, as ACLED codes them.
_MEN_OF = re.compile(r"^(?:soldiers|servicemen|members|officers|troops|units|men)\s+of\s+(?=[A-Z][a-z]+[’']s\s)")

#: A state's force told with its country's name after it: "Border guards of Uzbekistan" (RFE/RL 270), "Border
#: Troops of Tajikistan", read as "Uzbek border guards" is (the force's words are still checked, see below).
_OF_STATE = re.compile(r"^(?P<force>[A-Za-z][\w -]*?)\s+of\s+(?:the\s+)?(?P<country>[A-Z][a-z]+)$")


@cache
def _dictionary() -> dict[str, str]:
    """Every spelling's key (as :func:`~incident_tracker.sides.actor_key` folds it) → the canonical name,
    from the shipped actor list that ``tracker actors seed`` loads."""
    text = resources.files("incident_tracker").joinpath("data/actors.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader([line for line in text.splitlines() if line and not line.startswith("#")], delimiter="\t")
    names: dict[str, str] = {}
    for row in rows:
        for spelling in [row["name"], *(row.get("aliases") or "").split(";")]:
            key = actor_key(spelling)
            if key:
                names.setdefault(key, row["name"])
    return names


#: A group's name as its enemy or a transliteration writes it: Iran's officials and press call Jaish al-Adl ("Army
#: of Justice") Jaish al-Zolm ("Army of Injustice"), spelt Zulm, Zolm, Zolum; IRNA writes "Jeish".
_OTHER_NAME = re.compile(
    r"^(?:Jaish|Jeish|Jaysh)(?:[- ](?:al|ul|ol|el))?[- ](?:Zulm|Zolm|Zolum|Zoulm|Adl)$", re.IGNORECASE
)


#: The group's men after its name ("BLA fighters", "the TTP group"): the group itself, as the coders write it.
_MEMBERS = re.compile(
    r"\s+(?:militants|fighters|insurgents|rebels|terrorists|members|cadres|operatives|group|outfit)$", re.IGNORECASE
)


def _other_name(match: re.Match[str]) -> str:
    return "Jaish al-Adl"


#: A state's forces named for the period they served: "Military Forces of Afghanistan (2004-2021)" (the Islamic
#: Republic's army), "Military Forces of Afghanistan (2021-)" (the Taliban's, an alias of their entry), ACLED's names.
_PERIOD_NAME = re.compile(r"^Military Forces of (?P<country>.+?) \((?P<start>\d{4})-(?P<end>\d{4})?\)$")


@cache
def _dated_forces() -> dict[str, list[tuple[int, int, str]]]:
    """Each country's forces entries named for a period, as (first year, last year, canonical name), by country code."""
    text = resources.files("incident_tracker").joinpath("data/actors.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader([line for line in text.splitlines() if line and not line.startswith("#")], delimiter="\t")
    dated: dict[str, list[tuple[int, int, str]]] = {}
    for row in rows:
        for spelling in [row["name"], *(row.get("aliases") or "").split(";")]:
            period = _PERIOD_NAME.match(spelling.strip())
            code = country_code(period.group("country")) if period else None
            if period and code:
                end = int(period.group("end")) if period.group("end") else 9999
                dated.setdefault(code, []).append((int(period.group("start")), end, row["name"]))
    return dated


def _forces_of_the_day(demonym: str, on: dt.date) -> str | None:
    """The entry of a country's forces that served on ``on``, when the dictionary names them by period and one period
    alone covers the day's year ("Afghan forces" in 2014: the Islamic Republic's; in 2023: the Taliban's; in 2021,
    the year both held the name, neither)."""
    periods = _dated_forces().get(DEMONYMS.get(demonym.lower(), ""), [])
    serving = {name for start, end, name in periods if start <= on.year <= end}
    return serving.pop() if len(serving) == 1 else None


def canonical_actor(phrase: str, on: dt.date | None = None) -> str | None:
    """The actor dictionary's name for a perpetrator as a report writes it, or None when it knows none.

    A spelling the dictionary lists is its actor ("TTP" → "Tehrik-i-Taliban Pakistan"). A state's
    force written with its country's adjective is that state's forces as the dictionary names them,
    whatever word the report uses: "Iranian border forces" is the entry that lists "Iranian border
    guards", "Pakistani troops" and "Pakistani aircraft" the one that lists "Pakistani forces". A
    border force is looked up as the country's border guards first, since some states' border
    troops are an entry of their own ("Tajik Border Troops"). A country whose forces the dictionary
    does not list ("Afghan forces" before 2021 and after are different actors) stays unmatched, unless ``on``, the
    day of the incident, tells which of them served then: the dictionary names them by period ("Military Forces of
    Afghanistan (2004-2021)", which lists "Afghan National Army"), as ACLED codes every state's forces of a period as
    one actor, whatever arm the report names.
    """
    names = _dictionary()
    text = re.sub(rf"^(?:the|a|an|{NUMBER})\s+", "", phrase.strip(), flags=re.IGNORECASE)  # "three Tajik servicemen"
    text = _MEN_OF.sub("", text)  # "soldiers of Tajikistan's border forces": the force
    owner = _OWNER.match(text)  # "Iran's border guards" (NNI 465), "Uzbekistan's border forces" (Sputnik 410)
    code = country_code(owner.group("country")) if owner else None
    demonym = min((w for w, c in DEMONYMS.items() if c == code), key=len, default=None) if code else None
    if owner and demonym:
        text = f"{demonym.capitalize()} {text[owner.end() :]}"
    elif (of_state := _OF_STATE.match(text)) and (code := country_code(of_state.group("country"))):
        demonym = min((w for w, c in DEMONYMS.items() if c == code), key=len, default=None)
        if demonym and not names.get(actor_key(text)):
            text = f"{demonym.capitalize()} {of_state.group('force').lower()}"
    text = _OTHER_NAME.sub(_other_name, text)
    found = names.get(actor_key(text))
    if found:
        return found
    members = _MEMBERS.search(text)  # "TTP militants", "Baloch Liberation Army fighters": the group's own men
    if members and (found := names.get(actor_key(text[: members.start()]))):
        return found
    force = _STATE_FORCE.fullmatch(text)
    if force is None or force.group("demonym").lower() not in DEMONYMS:
        return None
    demonym = force.group("demonym").capitalize()
    tried = ["border guards", "border troops", "forces"] if force.group("border") else ["forces"]
    for noun in tried:
        found = names.get(actor_key(f"{demonym} {noun}"))
        if found:
            return found
    return _forces_of_the_day(demonym, on) if on is not None and not force.group("border") else None


def forces_named(text: str) -> dict[str, str]:
    """The states' forces a sentence names ("Iranian border guards", "Pakistani troops"), by the actor
    dictionary's name, each with the words the sentence used first."""
    found: dict[str, str] = {}
    for match in re.finditer(rf"\b{_STATE_FORCE.pattern}\b", text, re.IGNORECASE):
        canonical = canonical_actor(match.group(0))
        if canonical:
            found.setdefault(canonical, match.group(0))
    return found
