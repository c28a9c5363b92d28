"""A named group's men told crossing the border and then striking: the group is the actor, ``alleged``.

"Hundreds of Taliban fighters, most of them Pakistanis, crossed the Durand Line on Tuesday and raided police
outposts" (Outlook Afghanistan 1024), "More than 700 Afghan Taliban and 'foreign fighters' came over from Pakistan on
July 14 and fought the police" (The Long War Journal 1027): one side's account of who came across and attacked. The
readings of an attack's subject (:func:`.attribution_acts.attackers`) know a group acting in one verb, not a crossing
then an act, and not the men told with their origin between commas ("most of them Pakistanis"); :mod:`.came_across`
reads the same for a label ("militants from Afghanistan came across … and attacked"), where the label is the actor.

The actor is the group's men as the sentence names them, with the fighters told beside them ("and foreign
fighters"); the origin is the country they came from ("from Pakistan") or, failing that, the people most of them are
("most of them Pakistanis"). Only a group the actor dictionary or the shape of its name knows, or the Taliban (a
state since 2021, a group in these reports), as the subject of the crossing; a state's forces crossing are
:mod:`.crossed_in`'s.
"""

from __future__ import annotations

import re

from .groups import known_groups
from .statement import Attribution, country_of
from .vocab import DEMONYMS

#: Crossing, then the act: "crossed the Durand Line on Tuesday and raided", "came over from Pakistan … and fought".
_CROSSED_AND_STRUCK = re.compile(
    r"\b(?:crossed|came\s+(?:over|in|across)|slipped\s+(?:in|into|across)|infiltrated)\b(?P<way>[^.;]{0,80}?)"
    r"\band\s+(?:then\s+)?(?:raided|attacked|stormed|fought|overran|ambushed|assaulted)\b"
)
#: Where the subject of the crossing begins: the sentence's start, or after a clause's opening word.
_CLAUSE = re.compile(r"(?:[;:]|\b(?:that|when|after|as|said|says|while)\s)")
#: The group's men, and those told beside them: "Taliban fighters", "Afghan Taliban and 'foreign fighters'".
_BESIDE = re.compile(r"\s+and\s+[\"“']?(?P<others>foreign\s+(?:fighters|militants))[\"”']?")
#: Their origin between commas: ", most of them Pakistanis,".
_MOST_OF_THEM = re.compile(r",\s+(?:most|many|some|all)\s+of\s+them\s+(?P<people>[A-Z][a-z]+?)s?\s*,")
_FROM = re.compile(r"\bfrom\s+(?:neighbou?ring\s+)?(?P<where>[A-Z][a-z]+)")


def group_crossed(text: str) -> Attribution | None:
    """The group whose men a sentence tells crossing and then striking, with their origin, or None."""
    struck = _CROSSED_AND_STRUCK.search(text)
    if struck is None:
        return None
    head = text[: struck.start()]
    clauses = list(_CLAUSE.finditer(head))
    subject = head[clauses[-1].end() :] if clauses else head
    non_state = known_groups(subject, non_state=True)
    groups = [g for g in known_groups(subject) if g in non_state or "Taliban" in g]
    if not groups:
        return None
    name = groups[0]
    end = subject.index(name) + len(name)
    if beside := _BESIDE.match(subject, end):
        name = f"{name} and {beside.group('others')}"
    origin = None
    if came := _FROM.search(struck.group("way")):
        origin = country_of(came.group("where"))
    if origin is None and (most := _MOST_OF_THEM.search(subject)):
        origin = DEMONYMS.get(most.group("people").lower())
    return Attribution("alleged", perpetrator=name, origin_country=origin)
