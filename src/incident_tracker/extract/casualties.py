"""Casualty counts in a sentence: "3 Chinese workers", "deaths of 2", "at least six wounded", "dozens".

A match gives the toll (best, low, high and the phrase when it is vague or a lower
bound, coded with :func:`incident_tracker.models.parse_casualties`) and, where the
sentence names them, who the victims were ("Chinese workers").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Casualties, parse_casualties
from ..models import Toll as TollName
from .dates import MONTHS
from .not_counts import ANIMALS, NO_ONE, OTHER_EVENTS, UNCONFIRMED, answered_spans
from .vocab import COUNTRY_NAMES, DEMONYMS, NATIONAL_NOUNS, NUMBER, VAGUE_WORDS, VICTIM_NOUN, number_value, target_type
from .vocab import HURT_WORDS as _HURT
from .vocab import KILL_WORDS as _KILL

_QUALIFIER = (
    r"(?:at least|no fewer than|not less than|more than|over|up to|as many as|nearly|about|around|some|"
    r"approximately|an estimated)"
)
#: "wounding a couple of others": two, as the corpus codes it (dpa 529); only before "of", so never "a couple" of
#: people named as a pair ("a couple and their son").
_COUPLE = r"a\s+couple(?=\s+of\b)"
QUANT = (
    rf"(?P<qual>{_QUALIFIER}\s+)?(?P<num>between\s+{NUMBER}\s+and\s+{NUMBER}|"
    rf"{NUMBER}(?:\s*(?:-|–|to|or)\s*{NUMBER})?|dozens|several|a few|scores|hundreds|many|{_COUPLE})"
)
#: Words before a victim noun, never "and wounded …", which begins another count ("shot dead six and wounded two").
_ADJ = r"(?:(?!and\s+(?:wounded|injured|killed|hurt|shot)\b)[A-Za-z’'-]+\s+){0,4}?"
#: "citizens of Kyrgyzstan", "members of the Iranian forces": who the victims were, told after the noun.
_OF_WHOM = r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,2}(?:\s+(?:forces|army|police))?)?"
#: A force named after "of": "the Basij volunteer force", "Iran's Islamic Revolutionary Guard Corps (IRGC)", "its
#: auxiliary Basij force".
_UNIT = (
    r"(?:the\s+|its\s+|their\s+|[A-Z][a-z]+[’']s\s+)?(?:[A-Za-z’'-]+\s+){0,4}?"
    r"(?:forces?|army|police|guards?|troops|corps|militia)(?:\s+\([A-Z]{2,6}\))?"
)
#: "members of the Border Guard", "four members of the IRGC (IRGC) and of its auxiliary Basij force": one group
#: told as members of one force or two.
_MEMBERS = rf"members?\s+of\s+{_UNIT}(?:\s+and\s+of\s+{_UNIT})?"
_NOUN = rf"(?P<noun>{_ADJ}(?:{_MEMBERS}|{VICTIM_NOUN}){_OF_WHOM})"
#: "sent to hell", "eliminated": the Pakistani military's words for the militants it killed.
#: One attacker, named as what he was: "killed a suspected trafficker", "killed a dangerous terrorist".
_ARMED_ONE = (
    r"terrorist|militant|trafficker|smuggler|insurgent|infiltrator|intruder|attacker|assailant|gunman|fighter|"
    r"trespasser|outlaw|bandit"
)
#: "Three more soldiers of the Frontier Corps were martyred", "four men of the paramilitary Frontier Corps, an
#: officer among them, were martyred": the unit they belong to, between count and verb.
_OF_UNIT = (
    r"(?:of\s+the\s+(?:paramilitary\s+|elite\s+|local\s+)?(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
    r"(?:\s+\([^)]{1,20}\))?(?:\s+|(?=,)))?"
)
#: "a conscript serving with the border guard in Zabol was killed": a participle phrase between victim and verb.
_SERVING = r"(?:serving|deployed|stationed|posted|assigned|employed|working)\s+"
#: The service a victim is said to serve in names who was hit better than "conscript" or "officer".
_SERVICE = re.compile(
    r"\b(?:serving|deployed|posted|stationed|assigned)\s+(?:with|in|at|to)\s+(?:the\s+)?"
    r"(?P<service>border guards?|border police|border troops|police)\b",
    re.IGNORECASE,
)
#: Auxiliaries and hedges between a count and its verb: "have reportedly been martyred".
_AUX = (
    # "four soldiers fought bravely and embraced shahadat": the ISPR's fight told before the death
    # "Four soldiers Wednesday night laid down their lives": the day, told between the count and its verb
    r"(?:(?:on\s+|late\s+|early\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)"
    r"(?:\s+(?:night|morning|evening|afternoon))?\s+)?"
    r"(?:(?:having\s+)?fought\s+(?:[\"“]?[a-z]+ly[\"”]?\s+|valiantly\s+)?(?:in\s+[^,.;]{1,40}?\s+)?and\s+)?"
    # "Three more border guards were reported wounded": reported, as "reportedly"
    r"(?:(?:were|was|have|has|had|been|are|is|being|reportedly|allegedly|also|all|later|confirmed|so far|now|"
    r"(?<=were )reported|(?<=was )reported)\s+)*"
    # "were badly injured", "was fatally wounded": how badly, not who; only after an auxiliary, since "17 soldiers
    # critically injured in the brawl had succumbed" is not a count of the wounded
    r"(?:(?:(?<=were )|(?<=was )|(?<=been )|(?<=are )|(?<=is ))"
    r"(?:badly|seriously|critically|severely|gravely|slightly|lightly|fatally|mortally)\s+)?"
    r"[\"“]?"
)
_SECOND = (
    rf"\s+and\s+(?:(?P<num2>{NUMBER})|their|his|a|an)\s+"
    rf"(?P<noun2>{_ADJ.replace('{0,3}', '{0,2}')}(?:{VICTIM_NOUN}))"
)
#: "a Frontier Corps (FC) soldier, Fazal Wahid, was hit … and later died of his wounds", "the three men were hit by
#: gunfire and taken to hospital, where they died", "both men were hit and died": the wounded who died count as
#: dead, not as wounded.
_DIED_OF_WOUNDS = re.compile(
    rf"\b(?P<qual>)(?P<num>an?|both|{NUMBER})\s+(?P<noun>(?:[\w’'()-]+\s+){{0,4}}?(?:{_MEMBERS}|{VICTIM_NOUN}){_OF_WHOM})"
    r"(?:,\s+(?-i:[A-Z])[^,;.]{1,60},)?\s+(?:had\s+been|has\s+been|have\s+been|was|were)\s+"
    # not "two were wounded, and one of them died": then only some of the wounded died
    r"(?:(?:badly|seriously|critically|gravely)\s+)?(?P<verb>hit|wounded|injured|shot)\b"
    r"(?:(?!\b(?:of them|another|one of|some of|others?)\b)[^.;]){0,110}?"
    r"(?:\band|,|\bwhere)\s+(?:that\s+)?(?:(?:he|she|they)\s+)?(?:later\s+|then\s+|subsequently\s+)?"
    r"(?:died|succumbed|passed away)\b",
    re.IGNORECASE,
)
#: A soldier's rank before his name, as the ISPR lists its dead: "Naik Inayat Khan, Lance Naik Umer Hayat and Sepoy
#: Waqar Khan … embraced martyrdom".
_RANK = re.compile(
    r"\b(?:Lance\s+|Naib\s+|Assistant\s+|Ast\.?\s+)?(?:Naik|Havildar|Havaldar|Hawaldar|Sepoy|Daffadar|Subedar|Sowar|"
    r"Captain|Capt\.|Major|Lieutenant|Lt\.|Sergeant|Sgt\.|Corporal|Private|Colonel|Col\.)\s+(?=[A-Z])"
)
#: A rank or a member named as a person: only inside a pair ("a major and a sepoy"), never as a count by itself
#: ("a major attack").
_PERSON = (
    rf"(?:[A-Za-z’'-]+\s+){{0,2}}?(?:{VICTIM_NOUN}|majors?|captains?|lieutenants?|colonels?|subedars?|havaldars?|"
    r"member\s+of\s+the\s+(?:[\w’'-]+\s+){0,2}?(?:militia|forces|army|police|guards?))"
)
#: "An officer and five soldiers of Pakistan's army were killed", "A conscript and a member of the Basij militia
#: were killed": one person and a second group, the counts adding up.
#: "A senior officer of Iran's Revolution Guards Corps (IRGC) and three members of the Basij volunteer force have
#: lost their lives", "Second Lieutenant A B and three Basij members, named as C, D and E, were killed": one person
#: (by an article or by rank and name) and a second group, each told with the force it belongs to, and the second
#: group's names in an aside; the counts add up.
_ONE_AND_MORE = re.compile(
    rf"(?:\b(?P<qual>)(?P<num>an?|one)\s+(?P<noun>{_PERSON}(?:\s+of\s+{_UNIT})?)|"
    rf"(?P<rank>(?-i:{_RANK.pattern})(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){{0,2}}))"
    rf"\s+and\s+(?P<num2>an?|one|{NUMBER})\s+"
    rf"(?P<noun2>(?:{_PERSON}|{_MEMBERS})(?:{_OF_WHOM}|\s+of\s+{_UNIT}))"
    r"(?:,\s+(?:named\s+as|identified\s+as|including)\s+[^.;]{1,120}?,)?"
    rf"\s+{_AUX}(?P<verb>{_KILL}|{_HURT})\b",
    re.IGNORECASE,
)
_PATTERNS = (
    _DIED_OF_WOUNDS,
    _ONE_AND_MORE,
    # "two guards were killed as well as at least one Taliban fighter": a second group after the verb
    re.compile(
        rf"\b{QUANT}\s+{_NOUN}\s+{_AUX}(?P<verb>{_KILL})\s+(?:as well as|along with|besides|in addition to)\s+"
        rf"(?P<qual2>{_QUALIFIER}\s+)?(?P<num2>{NUMBER})\s+(?P<noun2>{_ADJ}(?:{VICTIM_NOUN}))\b",
        re.IGNORECASE,
    ),
    # "two Iranian border guards and one Taliban fighter were killed": the counts add up
    re.compile(
        rf"\b{QUANT}\s+{_NOUN}{_SECOND}\s+{_AUX}(?P<verb>{_KILL}|{_HURT})\b",
        re.IGNORECASE,
    ),
    # "killing five Chinese nationals and their Pakistani driver"
    re.compile(
        rf"\b(?P<verb>killing|killed|kills|wounding|wounded|injuring|injured)\s+{QUANT}\s+{_NOUN}{_SECOND}\b",
        re.IGNORECASE,
    ),
    # "3 Chinese workers were killed", "two soldiers killed", "at least six wounded"
    re.compile(
        # "five terrorists who tried to cross the border were killed": a relative clause between
        rf"\b{QUANT}\s+(?:{_NOUN}\s*{_OF_UNIT}|(?:(?!and\b|or\b)[a-z]+\s+){{1,2}})?"
        # "Twelve personnel, ten of the security forces and two of the Frontier Constabulary, were martyred" (544)
        rf"(?:,[^,]{{1,60}},\s+|,\s+{NUMBER}\s+of\s+[^,]{{1,60}}?\s+and\s+{NUMBER}\s+of\s+[^,]{{1,60}},\s+|"
        rf"(?<=[a-z] )(?:who|that)\s+[^,.;]{{1,80}}?\s+(?=(?:were|was|have|had)\b)|"
        # "a conscript serving with the border guard in Zabol was killed": a participle phrase between
        rf"(?<=[a-z] ){_SERVING}[^,.;]{{1,60}}?\s+"
        rf"(?=(?:were|was|have|had)\b))?"
        rf"(?:others\s+|more\s+|people\s+)?"
        rf"{_AUX}(?P<verb>{_KILL}|{_HURT})\b",
        re.IGNORECASE,
    ),
    # "killing three soldiers", "wounded 12 people", "shot dead nine foreigners"
    re.compile(
        rf"\b(?P<verb>killing|killed|kills|shot dead|gunned down|shot and killed|martyring|wounding|wounded|injuring|"
        rf"injured)\s+{QUANT}(?:\s+{_NOUN})?\b",
        re.IGNORECASE,
    ),
    # "… was killed, as were three of the intruders": the verb before, the second count after
    re.compile(
        rf"\b(?P<verb>{_KILL}|{_HURT}),?\s+as\s+(?:were|was)\s+{QUANT}\s+(?P<noun>of\s+the\s+(?:{VICTIM_NOUN}|[a-z]+))\b",
        re.IGNORECASE,
    ),
    # "the deaths of 3 Chinese workers", "death of two soldiers"
    re.compile(rf"\b(?P<verb>deaths?)\s+of\s+{QUANT}(?:\s+{_NOUN})?\b", re.IGNORECASE),
    # "the death toll rose to 14", "toll climbed to at least 20"
    re.compile(
        rf"\b(?P<verb>death toll|toll)\s+(?:has\s+|had\s+)?"
        rf"(?:rose|risen|climbed|increased|grew|reached|stood at|stands at|is|was|of|at)\s+(?:to\s+)?{QUANT}\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?P<verb>bringing|brings|brought|taking|takes|took)\s+the\s+(?:death\s+)?toll\s+to\s+{QUANT}\b",
        re.IGNORECASE,
    ),
    # "the number of people killed … has risen to nine", "put the number of dead at nine"
    re.compile(
        rf"\b(?P<verb>number of (?:people |those |civilians |soldiers )?(?:killed|dead|deaths|who died))\b"
        rf"[^.;]{{0,160}}?"
        rf"\b(?:rose|risen|climbed|increased|grew|reached|jumped|at|to)\s+(?:to\s+)?{QUANT}\b",
        re.IGNORECASE,
    ),
    # "caused injuries to at least 16", "inflicting wounds on three"
    re.compile(
        rf"\b(?:caus(?:ed|ing)|inflict(?:ed|ing)|left)\s+(?:\w+\s+)?(?P<verb>injuries|wounds)\s+(?:to|on)\s+{QUANT}"
        rf"(?:\s+{_NOUN})?\b",
        re.IGNORECASE,
    ),
    # "A Tajik border guard officer was killed", "A Kyrgyz guard, 27-year-old …, was killed": the article counts one
    re.compile(
        rf"\b(?P<num>an?)\s+{_NOUN}(?:\s+{_SERVING}[^,.;]{{1,60}}?)?(?:,[^,;]{{1,80}},)?\s+"
        # "A Tajik man died on March 30", "An Afghan shepherd has died": dying needs no "was"
        rf"(?:(?:was\s+|has\s+been\s+|had\s+been\s+|reportedly\s+)+|(?:has\s+|had\s+)?(?=died\b))"
        rf"(?P<verb>{_KILL}|{_HURT})\b",
        re.IGNORECASE,
    ),
    # "Khusnidin Khozhiev, a 27-year-old border guard of Kyrgyzstan, was killed", "Satarbek Shamshiev, a 42-year-old
    # man from the village of Chongkara in Batken region, was killed": a named victim counts one
    re.compile(
        rf"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,3}},\s+(?P<qual>)(?P<num>an?)\s+(?:[\w-]*\d[\w-]*\s+)?{_NOUN}"
        rf"(?:\s+of\s+[A-Z][\w’'-]+|\s+from\s+(?:the\s+)?(?:\w+\s+){{0,3}}?(?:village|town|district)\s+of\s+[A-Z][^,;.]{{0,50}}?)?,\s+(?:was\s+|has\s+been\s+|had\s+been\s+|reportedly\s+)+(?P<verb>{_KILL}|{_HURT})\b"
    ),
    # "… and lost an officer in the clash": a side counting its own dead
    re.compile(
        rf"\b(?P<verb>lost)\s+(?P<qual>)(?P<num>an?|{NUMBER})\s+(?:of\s+(?:its|their|his)\s+)?{_NOUN}\b",
        re.IGNORECASE,
    ),
    # "guards killed an armed man …", "have killed a dangerous terrorist", "killing a civilian": the article counts
    # one, an attacker as well as a victim
    re.compile(
        rf"\b(?P<verb>killed|killing|shot dead|gunned down|wounded|wounding|injured|injuring)\s+(?P<qual>)(?P<num>an?)"
        rf"\s+(?!(?:number|couple|dozen|handful|total|group|party|band|gang)\b)(?P<noun>{_ADJ}(?:{VICTIM_NOUN}|{_ARMED_ONE}))\b",
        re.IGNORECASE,
    ),
    # "they killed one of the fighters and wounded another", "shot dead a Pakistani citizen, wounding another": the
    # other counts one
    re.compile(
        rf"\b(?P<verb>wounded|injured|wounding|injuring)\s+(?P<num>another)\b(?!\s+(?:\w+\s+)?(?:{VICTIM_NOUN}))",
        re.IGNORECASE,
    ),
    # "he was wounded in the left thigh" (Knews 536): one person's wound, told by where it struck, counts one hurt;
    # never a wound he died of
    re.compile(
        r"\b(?P<qual>)(?P<num>he|she)\s+(?:was|had\s+been|has\s+been)\s+(?:badly\s+|seriously\s+|slightly\s+)?"
        r"(?P<verb>wounded|injured)\s+in\s+(?:the|his|her)\s+(?:left\s+|right\s+|lower\s+|upper\s+)?"
        r"(?:leg|thigh|arm|shoulder|hand|foot|knee|chest|stomach|abdomen|back|hip|neck|head)s?\b"
        r"(?![^.;]*\b(?:died|succumbed|passed\s+away)\b)",
        re.IGNORECASE,
    ),
    # "one was killed and another wounded": the one more counts one
    re.compile(
        rf"\b(?P<num>another|a second|one other)\s+(?:(?P<noun>{VICTIM_NOUN}|person|man|woman|child)\s+)?"
        rf"{_AUX}(?P<verb>{_KILL}|{_HURT})\b",
        re.IGNORECASE,
    ),
)
TOLL_UPDATE = re.compile(
    r"\b(?:toll|number of (?:people |those )?(?:killed|dead))\b.*\b(?:rose|risen|climbed|increased|grew|reached)\b|"
    r"\b(?:bringing|brings|brought|taking|takes|took) the (?:death )?toll\b",
    re.IGNORECASE,
)


_AGE = re.compile(r"\b(?:aged|age of|ages of)\s*$", re.IGNORECASE)
#: "the death of 22-year-old Mahsa Amini", "a man, 22 years old,": a number told as someone's age, never a count.
_AGE_AFTER = re.compile(r"\s*[-–]?\s*years?[-–\s]+old\b|\s*[-–]\s*year\b", re.IGNORECASE)
_FATALLY = re.compile(r"\b(?:fatally|mortally|lethally)\s+(?:wounded|injured)\b", re.IGNORECASE)
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_OF_MONTH = re.compile(rf"\b(?:{_MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}})\b", re.IGNORECASE)
_GROUP_SIZE = re.compile(r"\b(?:party|group|convoy|column|crowd|band|total|contingent) of\s*$", re.IGNORECASE)
#: "up to 260 migrants may have died": a feared figure, replaced by any stated one.
HEDGED = re.compile(
    r"\b(?:may|might|could) have\b|\bfeared\b|\bpossibly\b|\bunconfirmed\b|"
    r"\bnot (?:been )?independently (?:confirmed|verified)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Toll:
    """One count found in a sentence."""

    what: TollName  # "killed" or "injured"
    casualties: Casualties
    phrase: str
    victims: str | None = None
    nationality: str | None = None
    target_type: str | None = None
    #: Both sides' dead added up in one sentence ("twelve soldiers martyred and six terrorists killed"): the
    #: attackers are in the count, so a later count of them is not added again.
    both_sides: bool = False


def _casualties(qualifier: str | None, number: str) -> Casualties | None:
    number = number.strip().lower()
    if number in {"another", "a second", "one other", "a", "an", "he", "she"}:
        return Casualties(1)
    if number == "both" or re.fullmatch(r"a\s+couple", number):
        return Casualties(2)
    if number in VAGUE_WORDS:
        return parse_casualties(number)
    whole = number_value(number)
    if whole is not None:
        number = str(whole)
    number = re.sub(r"^between\s+", "", number)
    pieces = re.split(r"\s*(?:-|–|\bto\b|\bor\b|\band\b)\s*", number)
    values = [number_value(piece) for piece in pieces if piece]
    if not values or any(v is None for v in values):
        return None
    if len(values) == 2:
        low, high = sorted(v for v in values if v is not None)
        return Casualties(low, low, high)
    value = values[0]
    assert value is not None
    qual = (qualifier or "").strip().lower()
    if qual in {"no fewer than", "not less than"}:
        qual = "at least"
    if qual in {"at least", "more than", "over"}:
        return parse_casualties(f"{qual} {value}")
    if qual in {"up to", "as many as"}:
        # An upper bound only, read as ``tracker add`` reads it: the best estimate stays unknown.
        return parse_casualties(f"up to {value}")
    return Casualties(value)


def _plus(casualties: Casualties, more: int | None, qualifier: str | None = None) -> Casualties:
    """A toll with a second group of victims added ("five engineers and their driver" → 6).

    A lower bound in either part makes the sum a lower bound ("two guards … as well as
    at least one fighter" → at least 3), as the codebook keeps "at least N".
    """
    extra = more or 0
    bounded = (qualifier or "").strip().lower() in {"at least", "more than", "over"}
    bounded = bounded or (casualties.text or "").startswith(("at least", "more than", "over"))
    if bounded and casualties.best is not None:
        return parse_casualties(f"at least {casualties.best + extra}")
    return Casualties(
        None if casualties.best is None else casualties.best + extra,
        None if casualties.low is None else casualties.low + extra,
        None if casualties.high is None else casualties.high + extra,
        casualties.text,
    )


def victims_of(noun: str | None) -> tuple[str | None, str | None, str | None]:
    if not noun:
        return None, None, None
    words = noun.split()
    while words and words[0].lower() in {"of", "the", "and", "other", "more", "were", "others"}:
        words = words[1:]
    if not words:
        return None, None, None
    text = " ".join(words)
    nationality = next((DEMONYMS[w.lower()] for w in words if w.lower() in DEMONYMS), None)
    nationality = nationality or NATIONAL_NOUNS.get(words[-1].lower())  # "six Pakistanis"
    if nationality is None and (of := re.search(r"\bof\s+(?:the\s+)?(\w+)$", text)):
        nationality = COUNTRY_NAMES.get(of.group(1).lower())  # "citizens of Kyrgyzstan"
    if nationality is None and (whose := re.search(r"\b(\w+)[’']s\s+(?:\w+\s+){0,2}\w+$", text)):
        nationality = COUNTRY_NAMES.get(whose.group(1).lower())  # "members of Iran's border guard"
    target = None
    # "civilians and one border guard of Tajikistan": the first group counted names who was hit
    first = re.split(r"\s+and\s+(?:an?|one|\d+)\s+", text, maxsplit=1)[0].split() if target_type(words[0]) else words
    for size in (4, 3, 2, 1):  # "border guard officer", "sons of the soil": the widest phrase that names who they were
        for start in range(len(first) - size, -1, -1):
            target = target_type(" ".join(first[start : start + size]))
            if target:
                break
        if target:
            break
    return text, nationality, target


def _masked_day(match: re.Match[str]) -> str:
    """ "February 8" as "February #": the same length, so that spans still point into the text as written."""
    return match.group(0)[: match.start("day") - match.start()] + "#" * len(match.group("day"))


#: The death the ranked names are the subject of.
_RANKED_DIED = re.compile(
    rf"\s(?:{_AUX})(?:{_KILL})\b|"
    r"\s(?:having\s+)?fought[^.;]{0,60}?\b(?:embraced (?:martyrdom|shahadat)|were martyred)",
    re.IGNORECASE,
)


def _ranked_dead(sentence: str) -> Toll | None:
    """Soldiers counted by their ranked names when no number is given: "Naik A, 36, of Khyber, Lance Naik B and Sepoy
    C fought gallantly and embraced martyrdom" (3), the names the subject of the death that follows them."""
    ranks = list(_RANK.finditer(sentence))
    if not ranks:
        return None
    died = _RANKED_DIED.search(sentence, ranks[-1].end())
    if died is None or re.search(r"[.;:]|\b(?:said|told)\b", sentence[ranks[0].start() : died.start()]):
        return None
    between = sentence[ranks[0].start() : died.start()]
    if re.search(r"\b(?:killed|shot|attacked|fired)\b", between):
        return None  # "Captain A said militants killed …": the name is not the subject of the death
    phrase = sentence[ranks[0].start() : died.end()].strip()
    return Toll("killed", Casualties(len(ranks)), phrase, "soldiers", None, "military")


#: Who the dead were, told right after the count: "two suspected drug smugglers from Afghanistan", "two men
#: believed to be Afghan drug couriers".
_FROM_COUNTRY = re.compile(
    r"\s+from\s+(?:neighbou?ring\s+)?(?P<country>[A-Z][a-z]+)\b(?![’'])|"
    r"\s+(?:believed|said|thought|suspected)\s+to\s+be\s+(?:\w+\s+)?(?P<demonym>[A-Z][a-z]+)\b"
)


def _nationality_after(text: str) -> str | None:
    told = _FROM_COUNTRY.match(text)
    if told is None:
        return None
    if told.group("country"):
        return COUNTRY_NAMES.get(told.group("country").lower())
    return DEMONYMS.get(told.group("demonym").lower())


#: An acronym in brackets after a name ("Frontier Constabulary (FC)"), and a clause about the victims told
#: just before the toll's verb ("a child who was passing by were hurt").
_ASIDE_IN_COUNT = re.compile(
    r"(?<=[a-z])\s+\([A-Z]{2,6}\)(?=\s+[a-z])|"
    r"(?<=[a-z]),?\s+who\s+(?:was|were|had\s+been)\s+(?:[a-z]+\s+){0,3}?[a-z]+,?"
    r"(?=\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:hurt|injured|wounded|killed)\b)"
)


def find_tolls(sentence: str) -> list[Toll]:
    """Every casualty count in a sentence, in order, overlapping matches dropped; none in a sentence that counts
    the dead of other events (see :data:`OTHER_EVENTS`)."""
    if OTHER_EVENTS.search(sentence) or UNCONFIRMED.search(sentence):
        return []
    found: list[tuple[int, Toll]] = []
    taken: list[tuple[int, int]] = []
    original = sentence
    # "said on February 8 that two traffickers were killed": a day of the month is never a count
    sentence = _DAY_OF_MONTH.sub(_masked_day, sentence)
    # "six Frontier Constabulary (FC) personnel and a child who was passing by were hurt": an acronym told in
    # brackets and a clause about the victims sit between the count and its verb; blanked (same length, so the
    # phrase is still cut from the original), the count reads as "six … personnel and a child were hurt"
    sentence = _ASIDE_IN_COUNT.sub(lambda m: " " * len(m.group(0)), sentence)
    # the dead of the event this one answers or follows ("in answer to the bombing, which killed 11 soldiers")
    answered = answered_spans(sentence)
    for pattern in _PATTERNS:
        for match in pattern.finditer(sentence):
            span = match.span()
            if any(span[0] < end and start < span[1] for start, end in taken):
                continue
            if any(start < span[0] < end for start, end in answered):
                continue
            groups = match.groupdict()
            if groups.get("rank"):
                groups["num"] = "one"  # "Second Lieutenant A B and three Basij members": the named officer is one
            at = match.start("num") if match.start("num") >= 0 else match.start("rank")
            if _AGE.search(sentence[:at]):
                continue  # "a woman aged 22 was badly wounded": her age, not a count
            if match.start("num") >= 0 and _AGE_AFTER.match(sentence, match.end("num")):
                continue  # "the death of 22-year-old Mahsa Amini": her age, not a count
            if _GROUP_SIZE.search(sentence[: span[0]]):
                continue  # "a party of 150 were killed, wounded or went missing": the group, not the dead
            if NO_ONE.search(sentence[:at]):
                continue  # "no one was hurt": a toll of none (the reader's), not one hurt; "how many": none
            if ANIMALS.match(sentence, match.end("num") if match.start("num") >= 0 else at):
                continue  # "killed more than 70 sheep and goats": livestock (see ANIMALS), not the dead
            casualties = _casualties(groups.get("qual"), groups["num"])
            if casualties is None:
                continue
            verb = groups["verb"].lower()
            what: TollName = "injured" if re.match(r"wound|injur|hurt|suffered|sustained|received", verb) else "killed"
            if pattern is _DIED_OF_WOUNDS:
                what = "killed"
            if what == "injured" and _FATALLY.search(match.group(0)):
                what = "killed"  # "two men were fatally wounded": they died of it
            if re.match(r"(?:[a-z]+\s+){1,2}$", groups.get("noun") or "") and not re.search(
                VICTIM_NOUN, groups["noun"]
            ):
                groups["noun"] = None
            victims, nationality, target = victims_of(groups.get("noun"))
            if nationality is None and victims:
                nationality = _nationality_after(sentence[span[1] : span[1] + 60])
            service = _SERVICE.search(match.group(0))
            if service and target_type(service.group("service")):
                target = target_type(service.group("service"))  # "a conscript serving with the border guard"
            if groups.get("noun2"):
                second = (groups.get("num2") or "").lower()
                more = 1 if second in {"", "a", "an", "one"} else number_value(second)
                if pattern is _ONE_AND_MORE:
                    # "an officer and five soldiers", "a major and a sepoy": the group names the force, not the rank;
                    # "a border guard and a civilian": two kinds of victim, so no one target
                    first = None if re.search(r"officers?$", (groups.get("noun") or "").strip(), re.I) else target
                    second = victims_of(groups["noun2"])[2]
                    target = first or second if None in (first, second) else (first if first == second else None)
                casualties = _plus(casualties, more, groups.get("qual2"))
                victims = f"{victims} and {' '.join(groups['noun2'].split())}" if victims else victims
            taken.append(span)
            found.append((span[0], Toll(what, casualties, original[span[0] : span[1]], victims, nationality, target)))
    if not any(toll.what == "killed" for _, toll in found) and (ranked := _ranked_dead(sentence)) is not None:
        found.append((sentence.find(ranked.phrase), ranked))
    return [toll for _, toll in sorted(found, key=lambda item: item[0])]
