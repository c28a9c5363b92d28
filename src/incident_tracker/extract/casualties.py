"""Casualty counts in a sentence: "3 Chinese workers", "deaths of 2", "at least six wounded", "dozens".

A match gives the toll (best, low, high and the phrase when it is vague or a lower
bound, coded with :func:`incident_tracker.models.parse_casualties`) and, where the
sentence names them, who the victims were ("Chinese workers").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..models import Casualties, parse_casualties
from ..models import Toll as TollName
from .casualty_patterns import (
    _AUX,
    _DIED_OF_WOUNDS,
    _ONE_AND_MORE,
    _PATTERNS,
    _RANK,
    _SERVICE,
    KILL_WORDS,
    ONE_AND_MORE_AFTER,
)
from .dates import MONTHS
from .not_counts import (
    ANIMALS,
    COMBINED_AFTER,
    COMBINED_AND_AFTER,
    COMBINED_AND_BEFORE,
    COMBINED_BEFORE,
    ENDS_DEAD,
    NO_ONE,
    OTHER_EVENTS,
    PART_OF_FEW,
    STARTS_HURT,
    UNCONFIRMED,
    answered_spans,
)
from .one_of_unit import ONE_OF_UNIT
from .superseded_toll import superseded_toll
from .vocab import COUNTRY_NAMES, DEMONYMS, NATIONAL_NOUNS, VAGUE_WORDS, VICTIM_NOUN, number_value, target_type

TOLL_UPDATE = re.compile(
    r"\b(?:toll|number of (?:people |those )?(?:killed|dead))\b.*\b(?:rose|risen|climbed|increased|grew|reached)\b|"
    r"\b(?:bringing|brings|brought|taking|takes|took) the (?:death )?toll\b",
    re.IGNORECASE,
)
#: A toll told as a revision of an earlier one, of the dead and the wounded alike: "put out a statement with a new
#: toll: 27 … killed and 13 wounded" (The Defense Post 574, after an informed source's first 20 and 20).
TOLL_REVISED = re.compile(r"\b(?:a|its|their|the)\s+(?:new|revised|updated|final)\s+(?:death\s+)?toll\b", re.IGNORECASE)


_AGE = re.compile(r"\b(?:aged|age of|ages of)\s*$", re.IGNORECASE)
#: "the death of 22-year-old Mahsa Amini", "a man, 22 years old,": a number told as someone's age, never a count.
_AGE_AFTER = re.compile(r"\s*[-–]?\s*years?[-–\s]+old\b|\s*[-–]\s*year\b", re.IGNORECASE)
_FATALLY = re.compile(r"\b(?:fatally|mortally|lethally)\s+(?:wounded|injured)\b", re.IGNORECASE)
#: "Two of the wounded died later": a part of the wounded already counted, never a count of the wounded; told
#: dead, they are a death (added by the reader only where no dead were counted: unknown is NULL, never subtracted).
_OF_THE_WOUNDED = re.compile(r"\s+of\s+the\s+(?:wounded|injured)\b", re.IGNORECASE)
_THEN_DIED = re.compile(
    r"\s+(?:(?:later|subsequently|also|then|have|had)\s+){0,2}(?:died|succumbed|passed\s+away)\b", re.IGNORECASE
)
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_OF_MONTH = re.compile(rf"\b(?:{_MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}})\b", re.IGNORECASE)
#: "on 2 October the border guards killed four smugglers" (Lenta 1197, Al Ain 759): the day told before its month, as
#: the Russian, British and Gulf copy writes it, is no count either; the month capitalised ("2 may have died" counts).
_DAY_BEFORE_MONTH = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?=(?:st|nd|rd|th)?\s+(?:of\s+)?(?=(?-i:[A-Z]))(?:{_MONTH_NAMES})\b)", re.I
)
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


#: Iran's Revolutionary Guards (or their Basij) named in a toll's sentence: its bare "guards" are theirs.
_IRAN_GUARDS = re.compile(r"\b(?:IRGC|Revolution(?:ary)?\s+Guards?|Basij)\b")
_BORDER_WORD = re.compile(r"\b(?:border|frontier)\b", re.IGNORECASE)


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


#: What "neutralised" may be told of besides men: drones, aircraft, munitions, devices (a toll counts only men).
_THINGS = re.compile(
    r"\b(?:drones?|uavs?|quadcopters?|aircraft|platforms?|missiles?|rockets?|shells?|bombs?|ieds?|devices?|mines?|"
    r"vehicles?|boats?)\b",
    re.IGNORECASE,
)


#: The death the ranked names are the subject of.
_RANKED_DIED = re.compile(
    rf"\s(?:{_AUX})(?:{KILL_WORDS})\b|"
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
    # "three other people who were crossing the street at the time, a woman among them, were wounded" (990)
    r"(?<=[a-z]),?\s+who\s+(?:was|were|had\s+been)\s+(?:[a-z]+\s+){0,6}?[a-z]+"
    r"(?:,\s+(?:a|an|one|two)\s+[a-z]+\s+among\s+them)?,?"
    r"(?=\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:hurt|injured|wounded|killed)\b)"
)


#: Victims named in quotes right after their count, the speaker's word kept: 'Four "terrorists" who had slipped in
#: … were killed' (AFP 986), 'had killed three "drug smugglers"' (798). The quotes are blanked (same length) so the
#: count reads its noun (and a relative clause after it); a quoted word after no count is left as it is.
_QUOTED_NOUN = re.compile(
    r"(?P<count>\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s+)"
    r"[\"“‘](?P<noun>(?:[A-Za-z-]+\s){0,2}[A-Za-z-]+)[\"”’](?=\s)",
    re.IGNORECASE,
)


#: A part of a larger body: "at least 11 of some 1,200 attackers had been killed" (Long War Journal 1027): the dead
#: are the part (11), the body (1,200) is how many attacked; "11 of the 300 attackers were killed" too. Only where the
#: verb of the dead or hurt follows the body's noun ("one of nine Pakistani soldiers hurt" counts the nine).
_PART_OF_BODY = re.compile(
    r"(?P<count>\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
    r"(?P<body>\s+of\s+(?:some|about|around|nearly|roughly|an\s+estimated|the)\s+\d[\d,]*)"
    r"(?=\s+(?:[a-z-]+\s+){1,2}?(?:had\s+been|have\s+been|were|was)\s+(?:killed|wounded|injured|hurt)\b)",
    re.IGNORECASE,
)


def _unquoted(match: re.Match[str]) -> str:
    return f"{match.group('count')}  {match.group('noun')}"  # the quotes' two places before the noun


#: A force's commanders told as among the dead: ", five senior commanders of the … Corps among them,".
_COMMANDERS_AMONG = re.compile(
    r",\s+(?:[\w-]+\s+){1,2}?(?P<who>commanders\s+of\s+[^,;.]{1,60}?)\s+among\s+them,", re.IGNORECASE
)


def find_tolls(sentence: str) -> list[Toll]:
    """Every casualty count in a sentence, in order, overlapping matches dropped; none in a sentence that counts
    the dead of other events (see :data:`OTHER_EVENTS`).

    Kept per sentence: a report's reading asks this of the same sentence up to a dozen times (the reader, its
    clauses, the told-apart and summed-lead checks), and the counts depend on the text alone. Each caller gets its
    own list of the (frozen) tolls."""
    return list(_tolls_of(sentence))


@lru_cache(maxsize=4096)
def _tolls_of(sentence: str) -> tuple[Toll, ...]:
    """:func:`find_tolls`'s reading, once per sentence text."""
    if OTHER_EVENTS.search(sentence) or UNCONFIRMED.search(sentence):
        return ()
    found: list[tuple[int, Toll]] = []
    taken: list[tuple[int, int]] = []
    original = sentence
    # "said on February 8 that two traffickers were killed": a day of the month is never a count
    sentence = _DAY_OF_MONTH.sub(_masked_day, sentence)
    sentence = _DAY_BEFORE_MONTH.sub(lambda m: "#" * len(m.group(0)), sentence)  # "on 2 October", likewise
    # "six Frontier Constabulary (FC) personnel and a child who was passing by were hurt": an acronym told in
    # brackets and a clause about the victims sit between the count and its verb; blanked (same length, so the
    # phrase is still cut from the original), the count reads as "six … personnel and a child were hurt"
    sentence = _QUOTED_NOUN.sub(_unquoted, sentence)  # 'Four "terrorists" were killed': the count's noun
    sentence = _ASIDE_IN_COUNT.sub(lambda m: " " * len(m.group(0)), sentence)
    # "at least 11 of some 1,200 attackers had been killed": the part, not the body
    sentence = _PART_OF_BODY.sub(lambda m: m.group("count") + " " * len(m.group("body")), sentence)
    sentence = PART_OF_FEW.sub(lambda m: m.group("count") + " " * len(m.group("body")), sentence)  # "One of the two"
    # "six children of one family were wounded": whose family they were, never the count
    sentence = re.sub(r"\bof\s+(?:one|a|a\s+single|the\s+same)\s+family\b", lambda m: " " * len(m.group(0)), sentence)
    # the dead of the event this one answers or follows ("in answer to the bombing, which killed 11 soldiers")
    answered = answered_spans(sentence)
    for pattern in (*_PATTERNS, *ONE_OF_UNIT):  # one person told by what he was "of" last (.one_of_unit)
        for match in pattern.finditer(sentence):
            span = match.span()
            if any(span[0] < end and start < span[1] for start, end in taken):
                continue
            if any(start < span[0] < end for start, end in answered):
                continue
            groups = match.groupdict()
            if groups.get("rank") or pattern in ONE_OF_UNIT:
                groups["num"] = "one"  # "Second Lieutenant A B and three Basij members": the named officer is one
            at = match.start("num") if match.start("num") >= 0 else match.start("rank")
            if _AGE.search(sentence[:at]):
                continue  # "a woman aged 22 was badly wounded": her age, not a count
            if match.start("num") >= 0 and _AGE_AFTER.match(sentence, match.end("num")):
                continue  # "the death of 22-year-old Mahsa Amini": her age, not a count
            if superseded_toll(sentence, span[0]):
                continue  # "raising the toll of three attackers killed that the Guards had announced": the old one
            if _GROUP_SIZE.search(sentence[: span[0]]):
                continue  # "a party of 150 were killed, wounded or went missing": the group, not the dead
            if NO_ONE.search(sentence[:at]):
                continue  # "no one was hurt": a toll of none (the reader's), not one hurt; "how many": none
            if ANIMALS.match(sentence, match.end("num") if match.start("num") >= 0 else at):
                continue  # "killed more than 70 sheep and goats": livestock (see ANIMALS), not the dead
            if COMBINED_AFTER.match(sentence, span[1]) or COMBINED_BEFORE.search(sentence[: span[0]]):
                continue  # "30 were killed or wounded": the dead and the hurt in one figure (see COMBINED_AFTER)
            if (ENDS_DEAD.search(match.group(0)) and COMBINED_AND_AFTER.match(sentence, span[1])) or (
                STARTS_HURT.match(match.group(0)) and COMBINED_AND_BEFORE.search(sentence[: span[0]])
            ):
                continue  # "dozens had been killed and wounded": likewise (see COMBINED_AND_AFTER)
            casualties = _casualties(groups.get("qual"), groups["num"])
            if casualties is None:
                continue
            verb = groups["verb"].lower()
            if verb.startswith("neutrali") and _THINGS.search(match.group(0)):
                continue  # "all four hostile drones were neutralised": things downed (.downed), not men killed
            if re.match(r"taken|rushed|admitted", verb) and re.search(
                r"\b(?:bod(?:y|ies)|remains)\s+of\s+(?:the\s+)?$", sentence[:at]
            ):
                continue  # "the bodies of two soldiers were taken to hospital": the dead, never the hurt
            hurt = re.match(r"wound|injur|hurt|suffered|sustained|received|got\b|survived|taken|rushed|admitted", verb)
            what: TollName = "injured" if hurt else "killed"
            if pattern is _DIED_OF_WOUNDS:
                what = "killed"
            if (
                what == "injured"
                and _OF_THE_WOUNDED.match(sentence, match.end("num"))
                and _THEN_DIED.match(sentence, span[1])
            ):
                what = "killed"  # "two of the wounded died later": dead, not hurt ("34 of the wounded" stays hurt)
            if what == "injured" and _FATALLY.search(match.group(0)):
                what = "killed"  # "two men were fatally wounded": they died of it
            if re.match(r"(?:[a-z]+\s+){1,2}$", groups.get("noun") or "") and not re.search(
                VICTIM_NOUN, groups["noun"]
            ):
                groups["noun"] = None
            victims, nationality, target = victims_of(groups.get("noun"))
            if pattern in ONE_OF_UNIT:  # the count only: the unit's state or kind is not the victim's (.one_of_unit)
                victims, nationality, target = None, None, None
            among = _COMMANDERS_AMONG.search(match.group(0))
            if target is None and among:
                # "Twenty-nine people, five senior commanders of the Guards among them, lost their lives": a force's
                # commanders among the dead of "people" were whom the attack was aimed at
                target = victims_of(among.group("who"))[2]
            if nationality is None and victims:
                nationality = _nationality_after(sentence[span[1] : span[1] + 60])
            if target == "border_guards" and _IRAN_GUARDS.search(sentence) and not _BORDER_WORD.search(sentence):
                # "the IRGC's base … were attacked, and three guards lost their lives" (SinarPost 712), "two
                # conscripts of the Guards" (Sad Online 715): the Revolutionary Guards' men, not border guards
                target = "military"
            service = _SERVICE.search(match.group(0))
            if service and target_type(service.group("service")):
                target = target_type(service.group("service"))  # "a conscript serving with the border guard"
            if groups.get("noun2"):
                second = (groups.get("num2") or "").lower()
                more = 1 if second in {"", "a", "an", "one", "his", "her"} else number_value(second)
                if pattern is ONE_AND_MORE_AFTER:
                    # "shelled a post and wounded a border policeman and three civilians": the one named first, as
                    # the coding keeps it (the force's man the fire was aimed at; the others were near)
                    target = target or victims_of(groups["noun2"])[2]
                elif pattern is _ONE_AND_MORE:
                    # "an officer and five soldiers", "a major and a sepoy": the group names the force, not the rank;
                    # "a border guard and a civilian": two kinds of victim, so no one target
                    first = None if re.search(r"officers?$", (groups.get("noun") or "").strip(), re.I) else target
                    second = victims_of(groups["noun2"])[2]
                    target = first or second if None in (first, second) else (first if first == second else None)
                elif groups.get("the2"):
                    # "two citizens of Kyrgyzstan and the serviceman of Uzbekistan": two kinds and two states hit,
                    # so no one target and no one nationality
                    _, other_state, other_kind = victims_of(groups["noun2"])
                    target = None if other_kind not in (None, target) else target
                    nationality = None if other_state not in (None, nationality) else nationality
                casualties = _plus(casualties, more, groups.get("qual2"))
                noun2 = re.sub(r"^of\s+(?:the\s+)?", "", " ".join(groups["noun2"].split()))  # "15 of the attackers"
                victims = f"{victims} and {noun2}" if victims else victims
            taken.append(span)
            found.append((span[0], Toll(what, casualties, original[span[0] : span[1]], victims, nationality, target)))
    if not any(toll.what == "killed" for _, toll in found) and (ranked := _ranked_dead(sentence)) is not None:
        found.append((sentence.find(ranked.phrase), ranked))
    return tuple(toll for _, toll in sorted(found, key=lambda item: item[0]))
