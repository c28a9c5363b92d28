"""A sentence that opens another event than the one told so far: its own group of sentences.

"Militants attacked a border post in Saravan, killing two guards." then "In a separate attack on June 9, gunmen
killed three soldiers in Mirjaveh.": the report tells two events, and only the second has a day. Read as one
incident, the lead took the second event's day (and would take its place, toll and actors when the lead lacked
them): a day the text never gives the lead. A sentence that opens by saying it tells another event — "In a
separate attack", "In another incident", "In a second attack", "A second attack", "Separately,", "Elsewhere,",
"Meanwhile, in Mirjaveh," — starts a group of its own; nothing of it flows into the lead's group. The lead keeps
the date an undated lead gets (the week up to the statement, or before publication), never the other event's.

Whether that other group is drafted is the codebook's question (a report's incidents are the events it reports as
news; older events told in passing are background): told with a day within the week of the report it is drafted
on its day (:func:`.told_apart.lead_kept_apart`), with a day older than that it is background, and told with no
day and a toll of its own it is drafted beside the lead (:mod:`.set_apart`).

What it is not: "The attack on the post lasted an hour", "The attackers fled", "In the attack, two guards died"
go on about the lead's event (no opening that sets them apart), and "Meanwhile, the guards returned fire" is the
same fight told on (a "meanwhile" only opens another event when it goes on to another place).
"""

from __future__ import annotations

import re

_EVENT = r"(?:incident|attack|ambush|shooting|clash|strike|bombing|raid|assault|skirmish)s?"
#: "In another intelligence-based operation in the X area two soldiers were martyred" (ISPR copy): an operation, and up
#: to two words that say which kind of event, between the opening and its noun.
_KIND_OF_EVENT = rf"(?:[\w-]+\s+){{0,2}}?(?:{_EVENT}|operations?)"

#: The openings that set a sentence apart as another event's.
_OPENS_ANOTHER = re.compile(
    rf"\s*(?:(?:In|During)\s+(?:a|an)\s+(?:separate|second|different|further|unrelated)\s+{_KIND_OF_EVENT}\b"
    rf"|In\s+(?:yet\s+)?(?:an)?other\s+{_KIND_OF_EVENT}\b"  # "In other incidents, …" as well
    rf"|A\s+(?:second|separate)\s+(?:attack|ambush|clash|raid|assault|skirmish)\b"
    rf"|There\s+(?:was|were)\s+(?:also\s+)?(?:yet\s+)?another\s+{_EVENT}\b"
    r"|(?:Separately|Elsewhere),"
    # "In the west, at least 50 fighters were killed in an air strike": another part of the country, as "Elsewhere,"
    r"|In\s+the\s+(?:far\s+)?(?-i:(?:north|south|east|west)(?:-?(?:east|west))?),"
    r"|Meanwhile,\s+(?:in|at|near)\s+(?:the\s+)?(?-i:[A-Z]))",
    re.IGNORECASE,
)


def opens_another(text: str) -> bool:
    """Whether a sentence opens by telling another event than the one told before it (see the module)."""
    return _OPENS_ANOTHER.match(text) is not None


#: Where the lead's attack was, as the lead tells it: a capitalised name after "in", "at", "near", "outside".
_LEAD_PLACE = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?(?P<name>[A-Z][\w’'-]{2,})")
#: What the lead's attack hit, told with the indefinite article: "a frontier post", "an army convoy".
_LEAD_TARGET = re.compile(
    r"\b(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>post|outpost|checkpoint|checkpost|base|camp|station|convoy|patrol)\b"
)


def returns_to_lead(lead: str, other: str, text: str) -> bool:
    """Whether an undated sentence told after another event's goes back to the lead's attack: it names the lead's
    place ("The attackers at the Kalgan post …") or, by the definite article, the thing the lead's attack hit ("the
    post", where the lead told "a frontier post"), and names nothing of the other event's (``other``: its
    sentences). A sentence that names both, or neither, stays with the other event."""
    places = {m.group("name") for m in _LEAD_PLACE.finditer(lead)} - set(re.findall(r"[A-Z][\w’'-]{2,}", other))
    targets = {m.group("noun") for m in _LEAD_TARGET.finditer(lead)} - set(re.findall(r"[a-z]+", other))
    named = names_any(places, text) or any(re.search(rf"\bthe\s+(?:[a-z-]+\s+)?{noun}\b", text) for noun in targets)
    if not named:
        return False
    theirs = set(re.findall(r"(?<=\s)[A-Z][\w’'-]{2,}", other)) - set(re.findall(r"[A-Z][\w’'-]{2,}", lead))
    return not names_any(theirs, text)


def names_any(names: set[str], text: str) -> bool:
    """Whether ``text`` names any of ``names`` as a whole word (a place or a group told elsewhere)."""
    return any(re.search(rf"\b{re.escape(name)}\b", text) for name in names)


#: A capitalised name of one or more words ("Sheikh Raz", "Dand-e-Ghori"), each word read whole (possessive): a
#: hyphen both within a word and between words let a pasted run of hyphenated words be split 2**n ways.
CAPITALISED_NAME = _NAME = r"[A-Z][\w’'-]*+(?:[\s-][A-Z][\w’'-]*+)*"
_UNIT = r"(?:district|province)"
#: Ground taken, told with its place: "the Taliban had also taken the X area", "they also said they had captured the
#: Y district of Z province", "took 15 police stations in Z province" (a roundup's next capture).
_TAKEN = re.compile(
    r"\b(?:also\s+(?:said|claimed|reported)\s+(?:that\s+)?[\w\s]{0,30}?\bhad\s+)?"
    rf"(?:taken|took|captured|seized|overran|overrun)(?!\s+(?:place|part)\b)\s+(?:the\s+)?(?P<place>{_NAME}"
    rf"(?:\s+(?:area|{_UNIT})(?:\s+of\s+{_NAME}\s+{_UNIT})?)?)?"
    rf"(?:[^.;]{{0,40}}?\bin\s+(?:the\s+)?(?P<within>{_NAME}\s+{_UNIT}))?"
)
#: A paragraph opening on a district or a province: "In Y province, …".
_OPENS_ON_UNIT = re.compile(rf"\s*In\s+(?:the\s+)?(?P<unit>{_NAME}\s+{_UNIT}),")


def taken_elsewhere(text: str, told: str) -> bool:
    """Whether ground taken is told in a district or province ``told`` never names (see :func:`taken_names`)."""
    return bool(taken_names(text, told))


def taken_names(text: str, told: str) -> set[str]:
    """The names of the district or province of ground taken that an undated sentence tells ("also taken", "had
    captured", "took … in Z province"), where the sentences of the incident read so far (``told``) never name them
    (else none): the ground taken is a district or a province ("the Y district of Z province"), lies in one ("in Z
    province"), or the paragraph opens on one ("In Y province, …"). Ground taken with no district or province named
    ("took the bazaar", "the X area") may lie in the incident's own district, and stays with it; so does one that
    names the incident's district."""
    act = _TAKEN.search(text)
    if act is None:
        return set()
    opening = _OPENS_ON_UNIT.match(text)
    place = act.group("place") or ""
    units = [place] if re.search(rf"\b{_UNIT}\b", place) else []
    units += [u for u in (act.group("within"), opening.group("unit") if opening else None) if u]
    names = {word for unit in units for word in re.findall(r"[A-Z][\w’'-]+", unit)}
    return set() if names_any(names, told) else names
