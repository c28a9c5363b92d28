"""Smugglers who fired on, resisted or fought the guards, or took people: their act, ``alleged`` against them.

A border service's account of a seizure often tells the fire only as the smugglers' act, with no word of blame:
"the smugglers opened fire on the guards once they saw they were caught in an ambush" (Mehr 1052), "When the guards
moved to detain them, the smugglers opened fire on the Russian frontier guards" (RIA 931), or a pronoun a sentence
after they are named: "The smugglers were bringing the drugs in two vehicles. When they saw the border guards they
opened fire on them" (IRNA 1050). Villagers tell a kidnapping the same way: "three armed Afghan smugglers had come to
the village … They seized four villagers" (Fergana 42), "Afghan drug smugglers have abducted a Tajik man" (RFE/RL
1086). Every dev report where smugglers or traffickers are the subject of the fire or the attack on a state's men, or
of the taking of people, is coded ``alleged`` with them as the actor (42, 260, 730, 931, 1050, 1052, 1086): the
codebook's single source naming a perpetrator. The per-sentence readings of blame leave the active "the smugglers
opened fire" alone (they read "a gunfight with smugglers", "killed by smugglers"), and no reading resolves "they".

Their resistance or their fight is the same act of theirs (extract194, the ninth rulings): "the smugglers lost their
lives after putting up armed resistance against the guards" (IRIB 797), "When the smugglers saw …, he said, they
fought for an hour" (Tasnim 1434), both coded ``alleged`` against the smugglers. The guards' own fight ("the guards
fought back"), resistance denied ("put up no resistance"), and a clash told only as the guards killing smugglers are
none: that last stays ``unattributed``.

The actor is written as the report first brought the band in, when it did with an indefinite name for the group
("intelligence on a drug band working at the Jaleq border": "a drug band", 1052), else as the sentence names them
("smugglers", "armed Afghan smugglers", without the count); their people's adjective, when it is not the incident's
own country, is the origin. Only for a draft still blaming nobody (the default); only the sentences the draft spans,
not the background; never fire the guards opened on the smugglers, fire told as an answer ("fired back", "returned
fire"), or a denial.
"""

from __future__ import annotations

import re

from .draft import Draft
from .sentences import Sentence
from .vocab import DEMONYMS, NUMBER

_TRADE = r"(?:smugglers|traffickers|drug\s+dealers)"
#: A state's men fired on, or "them" (the guards of the clause before).
_ON_GUARDS = (
    # extract173: "they started shooting at the officers" (Baztab 1435)
    r"(?:opened\s+fire|fired|(?:started|began)\s+(?:shooting|firing))\s+(?:on|at|upon)\s+(?:the\s+|a\s+)?(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+)?"
    r"(?:guards|patrol|officers|forces|troops|soldiers|police(?:men)?|servicemen|them)\b"
)
#: What they did to people: "They seized four villagers", "have abducted a Tajik man".
_TOOK_PEOPLE = (
    r"(?:abducted|kidnapped|seized|took)\s+(?:an?|the|two|three|four|five|six|\d+|several)\s+(?:[A-Z][a-z]+\s+)?"
    r"(?:man|men|woman|women|villagers?|residents?|farmers?|shepherds?|people|citizens?|boys?|girls?|children)\b"
)
#: extract194: their resistance or their fight, the ninth rulings' second act of theirs ("put up armed resistance",
#: "fought back", "fought for an hour"): the guards' own fight is told with them as its subject, which no form here
#: reads ("the guards fought the smugglers" names the guards first).
_RESISTED = r"(?:(?:put(?:ting)?\s+up|offer(?:ed|ing))\s+(?:armed\s+)?resistance|fought(?:\s+back)?)\b"
#: Their death told before the resistance that drew it: "the smugglers lost their lives after putting up armed
#: resistance", "were shot dead after offering resistance" (the killing is the guards', the resistance theirs).
_DIED_AFTER = r"(?:(?:lost\s+their\s+lives|were\s+(?:killed|shot(?:\s+dead)?))\s+after\s+)"
#: "the smugglers opened fire on the guards", "armed drug traffickers then fired on the patrol".
_THEY_FIRED = re.compile(
    rf"\b(?P<who>(?:the\s+)?(?:armed\s+)?(?:[A-Z][a-z]+\s+)?(?:drug\s+)?{_TRADE})\s+(?:then\s+|also\s+|had\s+|have\s+)?"
    rf"(?:{_ON_GUARDS}|{_TOOK_PEOPLE}|{_DIED_AFTER}?{_RESISTED})",
)
#: The smugglers as the subject of a sentence, then "they … opened fire" in the next one.
_SUBJECT = re.compile(
    rf"^(?:According\s+to\s+[^,]{{1,40}},\s+)?(?P<who>(?:The|These|Those|(?:{NUMBER})|\d+)\s+(?:armed\s+)?"
    rf"(?:[A-Z][a-z]+\s+)?(?:drug\s+)?{_TRADE})\s+(?!who\b)",
    re.IGNORECASE,
)
_PRONOUN_FIRED = re.compile(rf"^(?:[^,.;]{{0,80}}?,?\s+)?[Tt]hey\s+(?:then\s+)?(?:{_ON_GUARDS}|{_TOOK_PEOPLE})")
#: extract173: the smugglers named in a "when" clause and "they" firing in the main one, a sentence of the service's
#: own: "When the traffickers saw that they had been ambushed …, he said, they started shooting at the officers"
#: (Baztab 1435; Tasnim 1434 tells "When the smugglers saw …, he said, they fought for an hour").
_WHEN_THEY = re.compile(
    rf"^(?:When|As|Once)\s+(?P<who>(?:the\s+)?(?:armed\s+)?(?:[A-Z][a-z]+\s+)?(?:drug\s+)?{_TRADE})\b[^.;]{{0,120}}?,"
    rf"\s+they\s+(?:then\s+)?(?:{_ON_GUARDS}|{_TOOK_PEOPLE}|{_RESISTED})"
)
#: The band brought in by an indefinite name earlier: "a drug band", "an armed gang of smugglers".
_BAND = re.compile(
    r"\b(?P<band>an?\s+(?:armed\s+)?(?:drug\s+|smuggling\s+|trafficking\s+)(?:band|gang|ring|network))\b", re.IGNORECASE
)
#: The smugglers as the report first names them in the draft's sentences ("smugglers meant to carry a consignment").
_NAMED = re.compile(rf"\b(?:armed\s+)?(?:drug\s+)?{_TRADE}\b", re.IGNORECASE)
_NOT_THEIRS = re.compile(
    r"\b(?:fired|firing)\s+back\b|\breturned\s+(?:the\s+)?fire\b|\b(?:denied|denies|rejected)\b", re.IGNORECASE
)


def _fired(sentence: Sentence, before: Sentence | None) -> str | None:
    """Who of the smugglers the sentence tells as opening fire on the state's men or taking people, or None; a name
    told in a "when" clause comes back with a leading ``?``: the report's first name for the band stands for it."""
    text = sentence.text
    if (found := _THEY_FIRED.search(text)) and not _NOT_THEIRS.search(text[: found.end()]):
        return found.group("who")
    if (when := _WHEN_THEY.search(text)) and not _NOT_THEIRS.search(text[: when.end()]):
        return "?" + when.group("who")
    subject = _SUBJECT.match(before.text) if before is not None else None
    if subject and (pronoun := _PRONOUN_FIRED.search(text)) and not _NOT_THEIRS.search(text[: pronoun.end()]):
        return subject.group("who")
    return None


def smugglers_fired(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """``alleged`` against smugglers told as firing on the guards or taking people, for a draft blaming nobody (see the
    module)."""
    if not draft.blame_unread or draft.values.get("perpetrator") or draft.values.get("origin_country"):
        return
    by_index = {sentence.index: sentence for sentence in sentences}
    for sentence in draft.spanned_sentences(sentences, background):
        who = _fired(sentence, by_index.get(sentence.index - 1))
        if who is None:
            continue
        band = next(
            (
                found.group("band")
                for earlier in sentences
                if earlier.index <= sentence.index
                and earlier.index not in background
                and (found := _BAND.search(earlier.text))
            ),
            None,
        )
        if who.startswith("?"):  # "When the traffickers saw …, they started shooting": the first name told
            who = next(
                (
                    found.group(0)
                    for earlier in draft.spanned_sentences(sentences, background)
                    if earlier.index <= sentence.index and (found := _NAMED.search(earlier.text))
                ),
                who[1:],
            )
        who = re.sub(rf"^(?:the|these|those|{NUMBER}|\d+)\s+", "", who, flags=re.IGNORECASE)
        draft.read_attribution("alleged", sentence)
        draft.set("perpetrator", band or who, sentence)
        nation = next((DEMONYMS[w.lower()] for w in who.split() if w.lower() in DEMONYMS), None)
        if nation and nation != draft.values.get("country"):  # "armed Afghan smugglers": where they came from
            draft.set("origin_country", nation, sentence)
        draft.notes.append(
            "The smugglers are told as firing on, resisting or fighting the state's men, or taking people: alleged."
        )
        return
