"""What reads as a count in a sentence but is no toll of the incident (see :func:`.casualties.find_tolls`)."""

from __future__ import annotations

import re

#: "no one was hurt", "no-one was killed": the "one" of a toll of none; "did not say how many people were hurt"
#: (24.kg 136, Sputnik 96): the "many" of a question, no count at all.
NO_ONE = re.compile(r"\bno[\s-]*$|\bhow\s+$", re.IGNORECASE)

#: A count of other events' dead: "were killed in those attacks" (the ones the background told), "Since 1999 there
#: have been about 11 explosions, which have wounded three", "Since the start of the Afghan solar year, some 4,000
#: rockets have been fired …, killing ten civilians" (Qalampir, RFE/RL, Pajhwok): never the incident's toll.
OTHER_EVENTS = re.compile(
    r"\bin\s+(?:those|these|the\s+(?:earlier|previous|past)|earlier|previous|past|similar)\s+(?:\w+\s+)?"
    r"(?:attacks|incidents|clashes|strikes|shootings|ambushes|bombings|explosions|raids)\b|"
    r"\bsince\s+(?:(?:19|20)\d\d|the\s+(?:start|beginning)\s+of)\b|"
    # "counts 600 victims of landmine blasts from 1992 to 2016, more than 300 of them killed" (News.tj): the years
    # of a running total, as "since 2000"
    r"\b(?:from|between)\s+(?:19|20)\d\d\s+(?:to|and|until|till)\s+(?:(?:19|20)\d\d|now|today)\b",
    re.IGNORECASE,
)

#: The event an incident answers or follows, told inside its sentence: "came in answer to Saturday's suicide bombing
#: in Swat, which killed at least 11 soldiers" (The Pashtun Times 366), "in retaliation for the attack on the police
#: headquarters …, which killed 11 police officers" (Press TV 145), "was revenge for Turkmen guards killing one
#: militant" (RFE/RL 272), "attacks have grown since 17 Pakistani soldiers were killed by rebels" (Pajhwok 129),
#: "tense since April 26, when ten Iranian border guards were killed" (PTI 257), "the deadliest since October 2013,
#: when 14 border guards were killed" (Daily Pakistan 442), "has since killed 570 militants" (AP 125). A count in
#: that phrase, to its clause's end (and a ", which …" or ", when …" clause told of it), is the other event's; the
#: act's own toll after it, ", killing five", is kept.
_ANSWERED = re.compile(
    r"\b(?:in\s+)?(?:retaliation|revenge|reprisal)\s+(?:for|to)\b|\bretaliating\s+for\b|\bto\s+avenge\b|\bsince\b|"
    # "response" and "answer" only of an act of force: "opened a centre in response to today's shootout" answers
    # the incident itself
    r"\b(?:shelling|strikes?|attacks?|fire|firing|rockets?|raids?)\b[^.;]{0,40}?"
    r"\b(?P<answer>(?:in\s+)?(?:response|answer)\s+to)\b|"
    # "on Friday, hours after a deadly suicide car bombing in Quetta, killing at least 34" (The Express Tribune 601):
    # the event this one followed, told in passing with its own place; the toll after the clause is this one's
    r"\b(?:hours?|minutes?|days?|weeks?|shortly|soon|just)\s+after\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:bombing|attack|blast|explosion|shooting|strike|ambush|clash)\b",
    re.IGNORECASE,
)
#: The answered event's words: to its clause's end, with a ", which …" or ", when …" clause told of it.
_ANSWERED_TAIL = re.compile(r"[^,;]*(?:,\s+(?:which|when|who)\b[^,;]*)?")


def answered_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` tells the event its incident answers or follows (see :data:`_ANSWERED`)."""
    spans = []
    for match in _ANSWERED.finditer(text):
        tail = _ANSWERED_TAIL.match(text, match.end())
        end = tail.end() if tail else match.end()
        spans.append((match.start("answer") if match.group("answer") else match.start(), end))
    return spans


def without_answered(text: str) -> str:
    """``text`` with the answered event's words cut out."""
    for start, end in reversed(answered_spans(text)):
        text = text[:start] + text[end:]
    return text


#: What a count after a toll word names when it is no person: "killed more than 70 sheep and goats" (Asia-Plus 420),
#: "killed more than 70 head of livestock" (BBC Monitoring 421).
#: The codebook's toll counts people; dead animals are damage, never the incident's dead.
ANIMALS = re.compile(
    r"\s+(?:head\s+of\s+)?(?:(?!(?:and|or)\b)[a-z]+\s+)?(?:sheep|goats?|cattle|livestock|cows?|oxen|animals|donkeys?|"
    r"horses?|mules?|camels?|chickens|poultry|buffalo(?:es)?|yaks?|lambs?)\b",
    re.IGNORECASE,
)

#: A count told as a rumour: "According to unconfirmed information, one of the Tajik citizens was wounded in the
#: leg" (News.Az 122), "According to unconfirmed reports, …" (Tajik Herald 172). The codebook's best estimate
#: starts at the lowest *credible* figure; what the teller calls unconfirmed is none, so the toll the report
#: states stands ("None of the Kyrgyz border guards was hurt": 0).
UNCONFIRMED = re.compile(r"\baccording\s+to\s+unconfirmed\s+(?:information|reports?|data)\b", re.IGNORECASE)

#: One figure of the dead and the wounded together: "at least 30 soldiers had been killed or wounded, though they
#: could not say how many of each", "killed or wounded some 40 guards". Neither toll is known from it (the codebook's
#: toll counts the dead and the hurt apart), so the count is no toll of either; "no one was killed or wounded", a
#: toll of none, is read elsewhere and stays.
_HURT_OR_DEAD = r"(?:killed|dead|wounded|injured|hurt)"
COMBINED_AFTER = re.compile(rf",?\s+or\s+(?:been\s+|were\s+)?{_HURT_OR_DEAD}\b", re.IGNORECASE)
COMBINED_BEFORE = re.compile(rf"\b{_HURT_OR_DEAD}\s+or\s+$", re.IGNORECASE)

#: The same told with "and": "dozens of civilians had been killed and wounded" (Türkiye Today 1226), "killing and
#: wounding several suspected terrorists" (Dawn 33, Pakistan Today 34), "killing and wounding more than 50 people"
#: (KabulNow 1235), "left 24 dead and wounded" (ISWNews 535), "killed and wounded 20 civilians" (Hasht-e Subh 365):
#: one figure of both, no toll of either. A count whose verb comes last and is followed by the other word with no
#: count of its own (AFTER), or a count of the hurt right after "killing and" (BEFORE); "killing two and wounding
#: three", "two were killed and three wounded" are two tolls and stay.
COMBINED_AND_AFTER = re.compile(
    r"\s+and\s+(?:(?:been|were|was)\s+)?(?:wounded|injured|hurt)\b(?!\s+(?:\d|(?:a|an|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|at|more|over|about|some|nearly|several|dozens|many)\b))",
    re.IGNORECASE,
)
COMBINED_AND_BEFORE = re.compile(r"\b(?:killed|killing|dead)\s+and\s+$", re.IGNORECASE)
#: The kill word a count's phrase ends on (COMBINED_AND_AFTER is asked after it), the hurt word it starts with
#: (COMBINED_AND_BEFORE is asked before it): "two were killed and three wounded" starts with its count.
ENDS_DEAD = re.compile(r"\b(?:killed|dead|died|martyred|slain)$", re.IGNORECASE)
STARTS_HURT = re.compile(r"(?:wound|injur|hurt)", re.IGNORECASE)

#: The few a part is told of, with no noun: "One of the two was killed; the other survived" (Harakat 1254), "One of
#: the two was fatally wounded and died on the way to hospital; the other was detained" (Asia-Plus 336): the two are
#: the men the report counts, one of them hit; the whole ("the two") is blanked so that the part ("One") is read, as
#: "11 of some 1,200 attackers" is (``casualties._PART_OF_BODY``); so is "One of the two herders was killed", read as
#: two where the noun was not a victim's word. Only a part told by its number before "of the", and the whole's number
#: with at most two words of a noun before the verb.
PART_OF_FEW = re.compile(
    r"(?P<count>\b(?:one|two|three|four|five|\d+))"
    r"(?P<body>\s+of\s+(?:the|these|those)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+))"
    r"(?=\s+(?:[a-z-]+\s+){0,2}?(?:had\s+been|have\s+been|has\s+been|were|was)\s+(?:[a-z]+ly\s+)?"
    r"(?:killed|wounded|injured|hurt|shot)\b)",
    re.IGNORECASE,
)
