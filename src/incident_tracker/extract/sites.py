"""Two places attacked together, each told with its own toll: one incident each.

"Terrorists tried to attack security forces camps in two places in Balochistan, Panjgur and Naushki … In Panjgur,
… One soldier was martyred … In Naushki, … Four terrorists were killed, and an officer was wounded" (Business
Recorder 589): the corpus codes an attack on two places as one incident per place when the report gives each place
its own toll (as 95 codes Khost's and Kunar's strikes), and as one incident when it gives only the toll of both
(Daily Pakistan 590). The reader drafts one incident from such a report; here it is split in two, each place with
its own toll, never the two tolls summed onto one.

Strong evidence only. One draft; a sentence naming the two places ("in Panjgur and Naushki"), neither a country;
and a passage opening on a place ("In Naushki, …", up to the end of its paragraph or a sentence naming the other
place) whose sentences tell a toll. Then:

- both places told so: each incident takes its own passage's toll;
- one place told so, its count told as the place's own ("taking the number killed there to nine", Daily Times 591,
  The News 592): that place takes it, and the other the whole less it, when the report tells the whole (a toll in a
  sentence naming both places, or "in all"; the fullest when several) and the rest is more than none; else the
  other place's toll stays empty.

Everything else (the date, who was hit, the weapons, who is blamed) is the attacks' and goes to both. The incidents
are in the order the places' own tolls are told, a toll found as the rest last.
"""

from __future__ import annotations

import re

from ..models import TOLL_FIELDS
from .casualties import TOLL_UPDATE, find_tolls
from .draft import Draft, country_code
from .fields import add_up, read_toll
from .place import coarse
from .sentences import Sentence
from .vocab import DEMONYMS, VIOLENCE

_NAME = r"[A-Z][a-z][\w’'-]*"
#: The two places: "in two places in Balochistan, Panjgur and Naushki", "the attacks in Panjgur and Naushki".
_PAIR = re.compile(
    rf"\b(?:in|at)\s+(?:two\s+(?:places|areas|districts)\s+(?:in\s+{_NAME}\s*)?,\s+)?(?:the\s+)?"
    rf"(?P<a>{_NAME})\s+and\s+(?P<b>{_NAME})\b"
)
#: A passage opening on a place: "In Naushki, the ISPR said, …", "In the Panjgur area, …".
_OPENS = re.compile(rf"\s*In\s+(?:the\s+)?(?P<place>{_NAME})(?:\s+(?:area|district|town))?,")
#: The place's count told as its own: "the number killed there", "the toll there".
_THERE = re.compile(r"\b(?:number|toll|total|count)\s+(?:[a-z]+\s+){0,2}?there\b", re.IGNORECASE)
#: The whole told as such: "In all, 13 terrorists were killed and seven soldiers were martyred".
_IN_ALL = re.compile(r"\b(?:[Ii]n all|[Ii]n total|[Aa]ltogether)\b")
_WEEKDAYS = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")


def split_sites(
    drafts: list[Draft], sentences: list[Sentence], background: set[int], clash_words: dict[int, bool]
) -> list[Draft]:
    """The drafts, with one incident per place where a report tells two places each with its own toll; each
    keeps whether the attacks were told as a fight (``clash_words``, by the draft's id)."""
    split = _split(drafts, sentences, background)
    if split is not drafts:
        clash_words.update({id(one): clash_words.get(id(drafts[0]), False) for one in split})
    return split


def _split(drafts: list[Draft], sentences: list[Sentence], background: set[int]) -> list[Draft]:
    if len(drafts) != 1:
        return drafts
    told = [s for s in sentences if s.index not in background]
    pair = next((p for s in told if VIOLENCE.search(s.text) and (p := _places(s.text))), None)
    if pair is None:
        return drafts
    own = {place: _passage(place, pair, told) for place in pair}
    tolls = {place: _toll(passage) for place, passage in own.items() if passage}
    tolls = {place: toll for place, toll in tolls.items() if toll.values}
    draft = drafts[0]
    place_read = str(draft.values.get("place") or "")
    if place_read and not coarse(place_read) and not any(re.search(rf"\b{p}\b", place_read) for p in pair):
        return drafts  # a narrower place read, neither of the two: not this reading's to undo
    if len(tolls) == 2:
        order = sorted(pair, key=lambda place: own[place][0].index)
        return [_one(draft, place, tolls[place], own[place][0], "its own toll") for place in order]
    if len(tolls) != 1:
        return drafts
    place, toll = next(iter(tolls.items()))
    if not any(_THERE.search(s.text) for s in own[place]) or "killed" not in toll.values:
        return drafts
    other = next(p for p in pair if p != place)
    whole = _whole(pair, told)
    rest = whole - toll.values["killed"] if whole is not None else 0
    remainder, named = Draft(), next(s for s in told if _places(s.text) == pair)
    if rest > 0:
        evidence = [s for s in told if _whole_of(s, pair) == whole][:1] + own[place][:1]
        remainder.values["killed"] = rest
        remainder.evidence["killed"] = " ".join(s.text for s in evidence)
        remainder.notes.append(f"{other}'s dead: the whole ({whole}) less {place}'s ({toll.values['killed']}).")
    how = "the whole less the other place's" if rest > 0 else "no toll of its own told"
    return [_one(draft, place, toll, own[place][0], "its own toll"), _one(draft, other, remainder, named, how)]


def _places(text: str) -> tuple[str, str] | None:
    """The two places a sentence names together, neither a country, a people or a day."""
    found = _PAIR.search(text)
    if found is None:
        return None
    a, b = found.group("a"), found.group("b")
    for name in (a, b):
        if country_code(name) or name.lower() in DEMONYMS or _WEEKDAYS.fullmatch(name) or name.isupper():
            return None
    return (a, b) if a != b else None


def _passage(place: str, pair: tuple[str, str], told: list[Sentence]) -> list[Sentence]:
    """The sentences told of one place: from one opening on it to the end of its paragraph or a sentence that
    names the other place."""
    other = next(p for p in pair if p != place)
    for at, sentence in enumerate(told):
        opens = _OPENS.match(sentence.text)
        if opens is None or opens.group("place") != place:
            continue
        passage = [sentence]
        for later in told[at + 1 :]:
            if later.paragraph != sentence.paragraph or re.search(rf"\b{re.escape(other)}\b", later.text):
                break
            passage.append(later)
        return passage
    return []


def _toll(passage: list[Sentence]) -> Draft:
    """The toll a place's own sentences tell, read as the reader reads one incident's."""
    scratch = Draft()
    for sentence in passage:
        update = TOLL_UPDATE.search(sentence.text) is not None
        for toll in add_up(find_tolls(sentence.text), sentence.text):
            read_toll(scratch, sentence, toll, update=update, conflict=False)
    scratch.values = {k: v for k, v in scratch.values.items() if k in _TOLL_KEYS}
    return scratch


def _whole_of(sentence: Sentence, pair: tuple[str, str]) -> int | None:
    """The dead a sentence counts for both places: it names both, or says "in all"."""
    text = sentence.text
    if not (_IN_ALL.search(text) or all(re.search(rf"\b{re.escape(p)}\b", text) for p in pair)):
        return None
    dead = [t.casualties.best for t in add_up(find_tolls(text), text) if t.what == "killed"]
    return dead[0] if len(dead) == 1 and dead[0] else None


def _whole(pair: tuple[str, str], told: list[Sentence]) -> int | None:
    """The fullest count of both places' dead the report tells (a running count only rises)."""
    wholes = [w for s in told if (w := _whole_of(s, pair)) is not None]
    return max(wholes) if wholes else None


#: A draft's toll: its counts and what the reading of them marked.
_TOLL_KEYS = {name for names in TOLL_FIELDS.values() for name in names} | {
    "_killed_who",
    "_injured_who",
    "_killed_hedged",
    "_injured_hedged",
    "_attackers_counted",
    "_attackers_vague",
    "_killed_also",
    "_injured_also",
    "_injured_side",
    "_injured_both_sides",
    "_other_side_told",
}
_PLACE_KEYS = {"place", "_admin_hint", "_within", "latitude", "longitude"}


def _one(draft: Draft, place: str, toll: Draft, where: Sentence, how: str) -> Draft:
    """One place's incident: the attacks' fields, the place and its own toll."""
    dropped = _TOLL_KEYS | _PLACE_KEYS
    one = Draft(
        values={k: v for k, v in draft.values.items() if k not in dropped},
        evidence={k: v for k, v in draft.evidence.items() if k not in dropped},
        notes=[*draft.notes, *toll.notes],
        sentences=list(draft.sentences),
        defaults=list(draft.defaults),
    )
    for name, value in toll.values.items():
        one.values[name] = value
        one.evidence[name] = toll.evidence.get(name, "")
    one.set("place", place, where, path="one of two sites")
    if draft.values.get("place") and coarse(str(draft.values["place"])):
        one.values["_within"] = draft.values["place"]  # "in two places in Balochistan": the province
        one.evidence["_within"] = draft.evidence.get("place", "")
    one.notes.append(f"One of two places attacked together, each told with its own toll: {place}, with {how}.")
    return one
