"""Attackers told by the country they came in from: an alleged origin, and their label as the actor.

Examples: "Armed terrorists came into Iran from Pakistan and fought the border guards" (a deputy governor to IRNA,
through APP 442), "terrorists who had come into Iran across the Pakistani border" (the same official through Press
TV 443), "Rebels who slipped in from neighbouring Pakistan".

The codebook's ``alleged``: "an interested party … names a perpetrator or an origin". The label was first kept out
(a label is no named actor); since the generic-label ruling of 2026-12-04 and the first and eighth rulings of
2026-12-07 the men told coming in are the actor under the report's phrase for them (:func:`crossing_label`, extract211:
"some 250 Muslim militants crossed the border from Afghanistan", "rebels who slipped in from neighbouring Pakistan"),
but for "gunmen" or "attackers" told so with no clause of their own, which name no one (:mod:`.generic_labels`).
An attack told only as "from the other side" (:func:`other_side`) gives the origin too, once the incident's country
is known: the one neighbour across the borders the report names.

Attackers named by their origin and then told crossing and striking (:func:`crossers_who_struck`: "Militants from
Afghanistan came across the border into Pakistan … and attacked the village", "a raid across the border by Afghan
militants") are the crossers the codebook's ruling of 2026-12-04 makes the perpetrator (*Generic labels, recoded*:
"a crossing told of the attackers is an origin"): the label with its origin is the actor, as the coders write it
("militants from Afghanistan", "Afghan militants"), and the country the origin.
"""

from __future__ import annotations

import re

from .draft import Draft, state_code
from .sentences import Sentence
from .statement import Attribution
from .vocab import DEMONYMS, NUMBER_WORDS

_ATTACKERS = r"(?:terrorists|militants|rebels|insurgents|gunmen|attackers|assailants|infiltrators|bandits)"
#: extract204: "guerrillas" too, for the crossing alone (not for the label-and-origin actor of
#: :func:`crossers_who_struck`).
_CROSSERS = rf"(?:{_ATTACKERS}|guerrillas)"
#: extract204: the crossers told with how they came ("guerrillas in trucks", "militants on motorbikes") and the line
#: crossed before the country left ("crossed the border from Pakistan", "crossed the frontier from Afghanistan").
_CAME_ACROSS = re.compile(
    rf"\b(?:armed\s+)?{_CROSSERS}\s+(?:(?:in|on)\s+[a-z]+\s+)?(?:who\s+)?(?:had\s+)?"
    r"(?:came|come|slipped|sneaked|crossed|infiltrated)"
    r"(?:\s+(?:in|over))?(?:\s+into\s+[A-Z][\w’'-]*)?(?:\s+the\s+(?:border|frontier))?\s+"
    r"(?:from\s+(?:neighbou?ring\s+)?(?P<where>[A-Z][\w’'-]*)|across\s+the\s+(?P<adj>[A-Z][\w’'-]*)\s+(?:border|frontier))",
    re.IGNORECASE,
)


#: extract211: the nouns a bare crossing clause ("militants crossed the border from Afghanistan and stormed …") keeps as
#: its actor; "gunmen", "attackers", "assailants" and "bandits" alone name no one (:mod:`.generic_labels`), unless a
#: clause of their own tells where they came from ("gunmen who came from Afghanistan").
_NAMED_BARE = re.compile(r"(?i:terrorists|militants|rebels|insurgents|infiltrators|guerrillas)$")
#: extract211: the words a label may open with before its noun, walked back from it: an article, a count ("some 250",
#: "scores of", "more than 20", "a group of"), a manner ("armed", "heavily armed") or a faith or people ("Muslim",
#: "Afghan"). The seventh rulings' whole noun phrase, its count kept (the eighth rulings' count before a label).
_LEAD_WORDS = frozenset(
    re.findall(
        r"\w+",
        "the a an some about around over nearly more than at least several scores hundreds dozens of group band "
        "number large small heavily well armed foreign islamic islamist muslim",
    )
)
#: A label's opening words that are a faith's or a people's and keep their capital ("Muslim militants").
_OWN_CAPITAL = frozenset(["Islamic", "Islamist", "Muslim"])
_FIGURE = re.compile(r"\d[\d,]*(?:[-–]\d[\d,]*)?")


def came_across(text: str) -> str | None:
    """The country attackers are said to have come in from, by its name or adjective, or None."""
    from .draft import country_code

    match = _CAME_ACROSS.search(text)
    if match is None:
        return None
    where = match.group("where")
    if where:
        return country_code(where) if where[0].isupper() else None
    adjective = match.group("adj")
    return DEMONYMS.get(adjective.lower()) if adjective[0].isupper() else None


def _opens_a_label(word: str) -> bool:
    """Whether ``word`` is one of a label's opening words of count, manner or faith (:data:`_LEAD_WORDS`, a number
    word or a figure)."""
    bare = word.lower()
    return bare in _LEAD_WORDS or bare in NUMBER_WORDS or bool(_FIGURE.fullmatch(word))


def label_noun(phrase: str) -> str:
    """``phrase`` less the opening words of count, manner or faith that :func:`crossing_label` keeps before a label's
    noun ("some 250 Muslim militants", "a group of armed militants": "militants"), its last word always kept: what a
    later name of the men is weighed against (:func:`.reader_patterns._names_them`). One list for both, so the label
    the crossing gives is the label the later name may replace."""
    words = phrase.split()
    while len(words) > 1 and _opens_a_label(words[0]):
        words.pop(0)
    return " ".join(words)


def crossing_label(text: str) -> str | None:
    """The label of the men :func:`came_across` reads coming in, as the report's phrase for them, or None.

    The rulings' generic label with its origin (2026-12-04, the first and eighth rulings of 2026-12-07): the men told
    crossing in from a country are ``alleged`` with their label as the actor. A relative clause that tells the crossing
    ("rebels who slipped in from neighbouring Pakistan") is the label's own phrase and keeps the origin; a crossing told
    as the clause's verb ("Some 250 Muslim militants crossed the border from Afghanistan") gives the label alone, its
    count and manner kept ("some 400 guerrillas", not "in trucks"). "Gunmen" or "attackers" alone in such a clause name
    no one and give nothing.
    """
    match = _CAME_ACROSS.search(text)
    if match is None:
        return None
    noun = re.match(r"(?i:armed\s+)?[A-Za-z]+", match.group(0))
    assert noun is not None  # the pattern opens on the label's noun
    who = re.search(r"\bwho\b", match.group(0)[noun.end() : noun.end() + 20])
    if who is None and not _NAMED_BARE.search(noun.group(0)):
        return None
    words = text[: match.start()].split()
    lead: list[str] = []
    while words:
        word = words[-1]
        if not (_opens_a_label(word) or word.lower() in DEMONYMS):
            break
        lead.insert(0, words.pop())
    while lead and lead[0].lower() in ("of", "than"):
        lead.pop(0)  # "the arrival of militants …": a word that joins, cut by the walk back, is no opening
    phrase = " ".join(" ".join([*lead, match.group(0) if who else noun.group(0)]).split())
    first = phrase.split()[0]
    if first[0].isupper() and first.lower() not in DEMONYMS and first not in _OWN_CAPITAL:
        phrase = phrase[0].lower() + phrase[1:]  # a capital that only opens the sentence
    return phrase


#: Attackers named by where they came from, told crossing and then striking, in one clause: "Militants from Afghanistan
#: came across the border into Pakistan before dawn on Friday and attacked the village", "600 militants from
#: Afghanistan came over the border … and attacked four villages".
_FROM_THEN_STRUCK = re.compile(
    rf"\b(?P<perp>(?i:armed\s+)?(?i:{_ATTACKERS})\s+from\s+(?P<where>[A-Z][\w-]*))\s+(?:had\s+)?"
    r"(?:came|come|crossed|slipped|sneaked|infiltrated|poured)\b[^.;]{0,100}?\band\s+(?:then\s+)?"
    r"(?:attacked|fired|opened\s+fire|ambushed|raided|stormed|struck|fell\s+on)\b"
)
#: A raid across the border told with its doers after "by", named by their demonym: "a raid across the border by
#: Afghan militants", "a cross-border attack by Afghan militants".
_RAID_BY = re.compile(
    r"\b(?:(?:raid|incursion|attack|assault)\s+(?:across|over)\s+the\s+(?:border|frontier)|"
    r"cross-border\s+(?:raid|incursion|attack|assault))\s+by\s+"
    rf"(?P<perp>(?P<demonym>[A-Z][a-z]+)\s+(?i:{_ATTACKERS}))\b"
)


def crossers_who_struck(text: str) -> Attribution | None:
    """Attackers the sentence names by their origin and tells crossing and striking: alleged, with the label and
    its origin as the actor and the origin's country; a phrase whose origin is no country gives nothing."""
    from .draft import country_code

    struck = _FROM_THEN_STRUCK.search(text)
    if struck is not None and (code := country_code(struck.group("where"))):
        label = struck.group("perp")  # "Militants from Afghanistan" opening the sentence: the label, not a name
        return Attribution("alleged", perpetrator=label[0].lower() + label[1:], origin_country=code)
    raid = _RAID_BY.search(text)
    if raid is not None and (code := DEMONYMS.get(raid.group("demonym").lower())):
        return Attribution("alleged", perpetrator=raid.group("perp"), origin_country=code)
    return None


#: An attack told only as coming "from the other side": "troops … came under attack from the other side" (Press TV
#: via Iran Daily 127), "carried out by armed individuals from the other side of the border" (RFE/RL 120).
_OTHER_SIDE = re.compile(
    r"\b(?:attack(?:ed|s)?|fire|fired|firing|shelling|shots|rockets?|shells?|individuals|men|gunmen|militants|"
    r"terrorists|attackers)\s+(?:[\w-]+\s+){0,2}?from\s+the\s+other\s+side\b(?!\s+of\s+the\s+(?:river|road|street))",
    re.IGNORECASE,
)
#: A border the report names, by its two sides or by the neighbour: "the Tajik-Afghan border", "the Afghan border",
#: "its border with Afghanistan".
_BORDER_NAMED = re.compile(
    r"\b(?P<a>[A-Z][a-z]+)-(?P<b>[A-Z][a-z]+)\s+(?:border|frontier)\b|"
    r"\b(?P<one>[A-Z][a-z]+)\s+(?:border|frontier)\b|"
    r"\b(?:border|frontier)\s+(?:[\w,-]+\s+){0,4}?with\s+(?P<with>[A-Z][a-z]+)\b"
)


def other_side(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """The origin of an attack told only as "from the other side", when the report names one neighbour.

    Run once the incident's country is known and only where no statement was read (``attribution`` is still
    the default): the other side of the border is the one country across the borders the report names
    ("the Tajik-Afghan border", "near the Afghan border") that is not the incident's; two such neighbours, or
    none, or two borders neither of them the incident's country's, leave it empty. The codebook's ``alleged``
    with an origin and no actor: "armed individuals" name no one.
    """

    country = draft.values.get("country")
    if "attribution" not in draft.defaults or not country:
        return
    own = draft.own_sentences(sentences, background)
    told = next((s for s in own if _OTHER_SIDE.search(s.text)), None)
    if told is None:
        return
    sides = neighbours_named(sentences, background)
    across = sides - {country}
    if len(across) != 1 or (country not in sides and len(sides) > 1):  # "the Afghan border", told from Pakistan
        return
    draft.defaults.remove("attribution")
    draft.set("attribution", "alleged", told, replace=True)
    draft.set("origin_country", next(iter(across)), told)


def neighbours_named(sentences: list[Sentence], background: set[int]) -> set[str]:
    """The states whose borders the report names outside its background ("the Tajik-Afghan border": TJ, AF)."""
    sides: set[str] = set()
    for sentence in sentences:
        if sentence.index in background:
            continue
        for match in _BORDER_NAMED.finditer(sentence.text):
            for word in (w for w in match.groups() if w):
                code = state_code(word)
                if code:
                    sides.add(code)
    return sides
