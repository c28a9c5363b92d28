"""Where the people shot were: the side of the line the report itself puts them on.

The codebook codes ``country`` as where the event happened, not where its speakers serve. A report of
crossers shot by a neighbour's guards often names only the speakers' province ("the spokesman for the
security command of Afghanistan's western Farah province") or a district a source puts the village in, and
the reader takes that place's country; yet the report may say in so many words where the men were when they
were hit: "killed … after they had crossed onto Iranian soil", "It happened on the territory of
Uzbekistan". Such a statement is the scene's side, and it wins over a country read from a province or a
gazetteer match: the coders code 811 ``IR`` and 815 ``UZ`` from it.

Only a statement told of the event (after a crossing that was made, or "it happened / took place on …"),
never a try ("trying to cross into Iran" says nothing of where the shots found them: :mod:`.place` leaves
that "into" alone), and never a background sentence. Coordinates found for the other side's district are
dropped with the country they came from.
"""

from __future__ import annotations

import re

from .draft import Draft, country_code, state_code
from .sentences import Sentence
from .vocab import DEMONYMS

#: A side's ground: "Iranian soil", "Uzbek territory", "the territory of Uzbekistan".
_GROUND = (
    r"(?:(?P<demonym>[A-Z][a-z]+)\s+(?:soil|territory)\b|"
    r"the\s+territory\s+of\s+(?:the\s+)?(?P<name>[A-Z][a-z]+(?:\s+Republic)?)\b)"
)
#: The victims put there: "after they had crossed onto Iranian soil", "once the men had entered Tajik territory",
#: "It happened on the territory of Uzbekistan", "the shooting took place inside Iranian territory".
_WHERE_HIT = re.compile(
    r"\b(?:(?:after|once)\s+(?:\w+\s+){0,3}?(?:crossed|crossing|entered|entering|set\s+foot)\s+"
    r"(?:illegally\s+)?(?:onto|into|on|in)\s+"
    r"|(?:[Ii]t|[Tt]he\s+(?:incident|shooting|killing|killings))(?:,\s+(?:which\s+|that\s+)?)?\s*"
    r"(?:had\s+|were\s+|was\s+)?(?:happened|took\s+place|occurred|carried\s+out)\s+"
    # "the killings, carried out on Monday on Iranian territory", "which took place the day before on Iranian soil":
    # the event's day told between the verb and the ground
    r"(?:(?:on\s+[A-Z][a-z]+day|the\s+day\s+before|yesterday|last\s+[A-Z][a-z]+day)\s+)?"
    r"(?:on|in|inside|within)\s+)" + _GROUND
)
#: What the gazetteer gave for a place found on the other side: dropped with its country.
_LOCATED = ("latitude", "longitude", "location", "admin1", "admin2", "geocoder")


def _side(found: re.Match[str]) -> str | None:
    if found.group("demonym"):
        return DEMONYMS.get(found.group("demonym").lower())
    name = found.group("name")
    return country_code(name) or country_code(name.split()[0])


#: The words of a try at crossing, up to what is crossed: "tried to cross (illegally) into", "trying to get back
#: into". One pattern for this module's :data:`TRIED` and :mod:`.place`'s, which reads it before a country's name.
TRY_TO_CROSS = (
    r"\b(?:try|tries|tried|trying|attempt(?:s|ed|ing)?)\s+to\s+(?:cross|get|slip|sneak|enter)\s+(?:back\s+)?"
    r"(?:illegally\s+)?"
)
#: A crossing only tried: "as they tried to cross into Iran", "who were trying to get into Iran", "as they
#: tried to cross the border": where the shots found them is not told.
TRIED = re.compile(rf"{TRY_TO_CROSS}(?:into\s+(?P<into>[A-Z][a-z]+)\b|the\s+(?:border|frontier)\b)")


def _own(draft: Draft, sentences: list[Sentence], background: set[int]) -> list[Sentence]:
    """The draft's own sentences, and those its place and country were read from; not the background's."""
    own = set(draft.sentences)
    told = {draft.evidence.get("country"), draft.evidence.get("place")}
    return [s for s in sentences if s.index not in background and (not own or s.index in own or s.text in told)]


def _shooter_state(perpetrator: str) -> str | None:
    codes = {code for word in re.findall(r"[A-Z][a-z]+", perpetrator) if (code := state_code(word))}
    return codes.pop() if len(codes) == 1 else None


def where_hit(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Set the country the report says the victims were in when hit, or leave it empty when the report tells only
    a try at crossing into the shooters' state and names no place (see the module)."""
    values = draft.values
    own_nationality = values.pop("_own_nationality", None)
    own_evidence = draft.evidence.pop("_own_nationality", "")
    own = _own(draft, sentences, background)
    for sentence in own:
        found = _WHERE_HIT.search(sentence.text)
        code = _side(found) if found else None
        if code is None or code == values.get("country"):
            continue
        if values.get("country"):
            for name in _LOCATED:
                values.pop(name, None)
                draft.evidence.pop(name, None)
            if values.get("geo_precision") not in (None, "country"):
                values["geo_precision"] = "unknown" if values.get("place") else "country"
        values["country"] = code
        draft.evidence["country"] = sentence.text
        if own_nationality and own_nationality != code:
            # nationals of the side read first, hit on the other: their nationality tells what the country does not
            values["victim_nationality"], draft.evidence["victim_nationality"] = own_nationality, own_evidence
        draft.notes.append(f"Country {code}: the report puts the victims on that side when hit.")
        return
    shooter = _shooter_state(str(values.get("perpetrator") or ""))
    if values.get("event_type") != "Violence against civilians":
        return  # a state's guards firing on people, not a clash with armed crossers (39: traffickers fought)
    if not values.get("country") or "latitude" in values or shooter is None or values["country"] == shooter:
        return  # (the shooters' own side, read from the text, is kept: "slip into Iran" in 140 is coded IR)
    for sentence in own:
        tried = TRIED.search(sentence.text)
        if tried and (tried.group("into") is None or state_code(tried.group("into")) == shooter):
            del values["country"]
            draft.evidence.pop("country", None)
            if values.get("geo_precision") == "country":
                del values["geo_precision"]
                draft.evidence.pop("geo_precision", None)
            draft.notes.append("Crossers shot by the state they tried to enter, no place located: no country.")
            return
