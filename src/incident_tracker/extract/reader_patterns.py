"""The sentence patterns :class:`.reader.Reader` sorts sentences with: ordinals, stated
nil tolls, reactions, clashes and abductions, retaliation, asides, round-ups and announced
counts, the markers of an earlier event or a habit, with the small helpers that tell sides,
services and group names apart. Kept apart so that the reading logic fits on a screen; every
name here is used by that module alone (the round tests read :func:`earlier_cut` too, and
:mod:`.weapons_read` :data:`YEARS_LONG`).
"""

from __future__ import annotations

import re

from .came_across import label_noun
from .dates import FoundDate
from .draft import Draft
from .fire_habit import fire_habit_start
from .mob import EXCHANGED, MOB_WORDS, NOT_TWO_SIDED, SIDES_OF_A_PLACE
from .not_counts import OTHER_EVENTS
from .sentences import Sentence
from .statement import Attribution
from .vocab import CIVILIAN_TARGETS, DEMONYMS, NUMBER, SEIZED_FORCE, TARGETS, VICTIM_NOUN

_ORDINALS = {"first": 0, "former": 0, "second": 1, "latter": -1, "third": 2, "fourth": 3, "last": -1, "other": -1}

_ORDINAL = re.compile(
    r"\b(?:in\s+)?the\s+(?P<which>first|second|third|fourth|former|latter)\b(?:\s+(?:incident|attack|one|case|strike))?|"
    r"\b(?:in\s+)?the\s+(?P<other>other)\s+(?:incident|attack|case|strike|clash|ambush|assault)\b",
    re.IGNORECASE,
)

#: A toll of none, stated: "nobody was hurt", "no one was killed", "there were no casualties".
_NOBODY = re.compile(
    # "No local residents were hurt" (Asia-Plus 420), "No people were reported hurt" (BBC Monitoring 421): no one
    r"\b(?:nobody|no one|no-one|none of them|no (?:local )?(?:people|residents|persons|villagers))\s+"
    # "No one is reported to have been killed or hurt": both tolls, none (issue 14)
    r"(?:was|were|had been|has been|have been|(?:is|are|was|were) reported to have been)\s+(?:reported\s+)?"
    r"(?:\w+ly\s+)?(?P<what>killed|hurt|injured|wounded|harmed)(?:\s+or\s+(?P<also>hurt|injured|wounded|harmed))?\b|"
    # "Official figures record no casualties from the explosion"
    r"\b(?:were|was|caused|suffered|reported|record(?:s|ed)?) no (?:casualties|injuries)\b|"
    r"\bwithout (?:causing )?(?:any )?casualties\b",
    re.IGNORECASE,
)

#: A sentence about how others took the news, not about what happened.
_REACTION = re.compile(
    r"\b(?:condolences?|condoled|condemn(?:ed|s|ing)?|paid (?:tribute|homage)|expressed (?:grief|sorrow|sadness|shock)|"
    r"funeral prayers?|offered (?:his|her|their) (?:sympathies|prayers))\b",
    re.IGNORECASE,
)

#: "Ten soldiers were killed on Saturday in two separate attacks": one day, as many incidents as it counts.
_COUNTED = re.compile(
    r"\b(?P<count>two|three|four)\s+(?:separate|different|distinct)\s+(?:\w+\s+)?"
    r"(?:incidents|attacks|strikes|clashes|ambushes|assaults|bombings)\b",
    re.IGNORECASE,
)

_SEVERAL = re.compile(r"\b(?:two|three|four|separate|both)\b[^.]*\b(?:incidents|attacks|strikes)\b", re.IGNORECASE)

_ALL_SCOPE = re.compile(r"\b(?:either|both|all|any of the|the (?:two )?attacks)\b", re.IGNORECASE)

_CLASH = re.compile(
    r"\b(?:clash(?:es|ed)?|exchanges? of fire|exchanged fire|gun ?battle|gunfight|firefight|fighting|skirmish(?:es)?|"
    r"traded fire|fought|shoot-?outs?|(?:firing|fired|shooting|threw stones) at each other)\b",
    re.IGNORECASE,
)
#: A war told by how long it has lasted: "the army has fought militants for more than ten years" is the
#: setting of a bomb in the tribal areas (Pukhtunkhwa Times 740, Al Wasat/AFP 745), not a clash of the day; nor are
#: the weapons such a sentence names (.weapons_read, which shares it).
YEARS_LONG = re.compile(
    r"\bfor (?:more than |over |nearly |almost |about |some )?(?:\w+|\d+) (?:years|decades)\b", re.IGNORECASE
)


#: A habit, not an event: "smugglers now and then clash with the security forces", "they sometimes exchange fire":
#: a frequency word right before the clash word tells how the border usually goes, the setting of the event.
_HABIT = re.compile(
    r"\b(?:now\s+and\s+then|from\s+time\s+to\s+time|sometimes|occasionally|often|frequently|regularly|at\s+times)"
    r"\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


#: Who a group is, not what it did: "militant groups fighting the government", "factions fighting US troops", "a hub
#: of militants fighting in Afghanistan": "fighting" right after a group's plural noun describes the group by its war.
_GROUP_BY_ITS_WAR = re.compile(
    r"\b(?:groups|militants|insurgents|rebels|fighters|factions|organi[sz]ations|outfits|guerrillas)\s+$", re.IGNORECASE
)


def clash_told(text: str) -> bool:
    """Whether a sentence tells a fight of the event: a clash word, unless the sentence measures the
    fighting in years, which makes it the long war the event happened in, or tells it as a habit, or the word
    describes a group by the war it fights (:data:`_GROUP_BY_ITS_WAR`)."""
    fights = [
        m
        for m in _CLASH.finditer(text)
        if not _HABIT.search(text[max(0, m.start() - 40) : m.start()])
        and not (m.group().lower() == "fighting" and _GROUP_BY_ITS_WAR.search(text[max(0, m.start() - 40) : m.start()]))
    ]
    return bool(fights) and not YEARS_LONG.search(text)


#: Never a kidnapping guessed at ("the shepherd, who is suspected to have been kidnapped", Devdiscourse/AFP 427;
#: "border guards believed to have been kidnapped", Tribune 409): the setting of the event, not its type.
_ABDUCT = re.compile(
    r"\b(?:(?<!to have been )(?:abducted|kidnapped)|abduction|kidnapping|took (?:\w+ ){0,3}hostage|"
    r"seized (?:\w+ ){0,2}(?:villagers|hostages|residents|civilians|people)|"
    # "fighters seized the five guards", "a day after the guards were seized" (Khabar Online 481, The Iran
    # Project 480): men of a force taken, as the codebook's abduction has them
    rf"{SEIZED_FORCE})\b",
    re.IGNORECASE,
)

#: People taken, told in the passive: "citizens who had been taken hostage", "were snatched near the border". An
#: abduction only when no one was killed and no crowd is told (finish: "taken hostage after residents clashed with
#: the guards" is the mob's, UPI 676).
TAKEN = re.compile(r"\b(?:been|were|was)\s+(?:\w+\s+)?(?:taken\s+hostage|snatched)\b", re.IGNORECASE)

_SUICIDE = re.compile(r"\bsuicide\b", re.IGNORECASE)

#: What a shell or rocket hit, told as people's homes or vehicles: "the shell landed on a vehicle", "a mortar shell
#: hits house", "houses were damaged", "damaged residents' property".
_HOMES_HIT = re.compile(
    r"\b(?:hit|hits|struck|landed\s+(?:on|in)|fell\s+(?:on|in)|damaged|destroyed)\s+(?:an?\s+|the\s+|their\s+|several\s+|"
    r"residents[’']\s+|civilian\s+)?(?:[a-z]+\s+)?(?:houses?|homes?|vehicles?|cars?|property|dwellings?)\b|"
    r"\b(?:houses|homes)\s+(?:were\s+|had\s+been\s+)?(?:damaged|destroyed|hit)\b",
    re.IGNORECASE,
)

#: Residents throwing stones: a mob, not an armed attack.
_MOB = re.compile(
    r"\b(?:threw|throw|throwing|hurled|hurling|pelted|pelting)\s+stones\b|"
    r"\bstones? (?:were|was) thrown\b|\bstone-pelting\b|\bstone-throwing\b|"
    r"\bpelt(?:ed|ing)\s+(?:[\w-]+\s+){1,3}?with\s+stones\b|" + MOB_WORDS,
    re.IGNORECASE,
)

#: "The incident took place on Tuesday": a sentence about the event that names no violence.
_EVENT_REFERENCE = re.compile(
    r"\b(?:incident|happened|took place|occurred|erupted|broke out|came under(?! fire (?:for|over)\b)|unfolded|"
    # "blamed the other for opening fire late on Wednesday", "rockets fired by Iranian guards came down on Saturday":
    # a dated act told by a gerund or a participle, which the violence words (finite verbs) do not catch
    r"opening fire|(?:fired|launched) by|"
    # "The trouble began on the afternoon of January 5, when …" (Asia-Plus 677): the day the trouble began
    r"(?:trouble|violence|unrest|standoff|confrontation)\s+(?:began|started)|"
    # "Dozens of Kyrgyz citizens were seized during … on Sunday" (UPI 676): people taken, with the day they were
    r"(?:citizens|residents|villagers|people|passengers)\s+(?:were|had\s+been)\s+(?:seized|taken\s+hostage))\b",
    re.IGNORECASE,
)

#: Both sides fought: "between Afghan and Pakistani forces", "each other", "fired back"; not residents throwing
#: "stones at each other" (EADaily 303, 24.kg 433), a mob.
_TWO_SIDES = re.compile(
    r"\bbetween\s+(?:the\s+)?\w+(?:\s+\w+)?\s+and\s+\w+(?:\s+\w+)?\s+(?:forces|troops|guards|soldiers|border guards|"
    r"border forces|armies)\b|\bbetween\s+(?:the\s+)?(?:two|both)\s+(?:sides|forces|countries|neighbours|armies)\b|"
    rf"{NOT_TWO_SIDED}\beach other\b|\bfired back\b|\bboth sides\b{SIDES_OF_A_PLACE}|"
    rf"\bthe two sides\b{SIDES_OF_A_PLACE}|\bretaliat|" + EXCHANGED,
    re.IGNORECASE,
)

#: Troops stopping a crossing ("foiled their attempt to infiltrate", "the infiltration attempt was foiled"): the men
#: crossing and the troops who engaged them fought each other, and neither was "the target" (as the ISPR's
#: infiltration reports are coded), unlike militants who attack a post.
_FOILED = re.compile(
    r"\b(?:foil|thwart|repuls|repel|engag|stop)\w*\b[^.;]{0,80}?\binfiltrat\w*|"
    r"\binfiltrat\w*[^.;]{0,80}?\b(?:foiled|thwarted|repulsed|repelled|failed|picked up|engaged)\b|"
    # a crossing stopped, told without "infiltrate": "stopped a group of terrorists trying to cross the border"
    # (The News 301), "while stopping a group of terrorists from entering Pakistan" (Pakistan Today 221)
    r"\b(?:foil|thwart|repuls|repel|stop|intercept|prevent)\w*\s+(?:an?\s+(?:\w+\s+)?(?:group|party|band)\s+of\s+)?"
    r"(?:\w+\s+){0,2}?(?:terrorists|militants|khwarij|khawarij|insurgents|attackers)\s+"
    r"(?:(?:who\s+were\s+)?(?:trying|attempting|seeking)\s+to\s+(?:cross|enter|sneak|slip)|from\s+(?:entering|crossing))\b",
    re.IGNORECASE,
)

#: Proper names of the event's sentences: a province among them places the event in its country.
_NAMES = re.compile(r"(?<!^)(?<![.!?] )\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}")


#: The nouns of people at a civilian calling ("engineers", "drivers", "shepherds").
_CIVILIAN_NOUN = "|".join(pattern for pattern, target in TARGETS if target in CIVILIAN_TARGETS)
#: A force named by its own noun ("border guards", "policemen", "Levies", "FC", "soldiers", "customs officials"):
#: taken by the act's active as a civilian calling is ("gunmen abducted three policemen"; issue 14's grid). The
#: generic "servicemen", "personnel" and "security forces" stay out: whose men they were the seizure readings
#: settle by the force (92's "kidnapped 14 servicemen" is coded ``border_guards``).
_NAMED_FORCE = "|".join(
    [
        *(pattern for pattern, target in TARGETS if target in ("border_guards", "police", "government")),
        "soldiers?|troops|fc",
    ]
)
#: "fired on a group of 300 Afghan migrants", "attacked a convoy of police officers".
_ATTACKED = re.compile(
    r"\b(?:fired (?:on|at|upon)|opened (?:[\w\"“”'-]+\s+){0,4}?fire[\"”]?\s+(?:\w+\s+)?(?:on|at)|"
    # "gunmen abducted six engineers": people at a civilian calling taken are whom the act hit, as those fired on
    # are; a force's men taken ("kidnapped 14 servicemen") are left to the seizure readings, whose class the coders
    # settle by the force (border guards, Guards or police)
    r"attacked|targeted|ambushed|shot at|stormed|firing (?:on|at)|shooting (?:of|at)|"
    # "started pelting the border patrol with stones", "throwing stones at the servicemen", "beat the wounded
    # guard": stones and blows are aimed at someone as shots are (1news.az 804, ITAR-TASS 806, Arbu3 807); never a
    # force that "beat back" or "beat off" an attack
    # "tried to seize Kyrgyz border guards and take their weapons" (Sputnik 1194): a crowd's hands on the guards
    r"(?P<blows>pelt(?:ed|ing)|(?:threw|throw|throwing|hurled|hurl|hurling)\s+stones\s+at|beat(?:ing)?(?!\s+(?:back|off)\b)|"
    r"(?:tried|attempted)\s+to\s+(?:seize|grab|disarm))|"
    rf"(?:abducted|kidnapped)(?=\s+(?:[\w’'-]+\s+){{0,4}}?(?:{_CIVILIAN_NOUN}|{_NAMED_FORCE})\b))\s+"
    # "attacked at the same time the border forces' outpost …": an adverb of time between the act and whom it hit
    r"(?:(?:at\s+the\s+same\s+time|simultaneously|together)\s+)?"
    # "a large group of Afghan migrants": the group's size or kind told before it
    r"(?:an?\s+(?:[a-z]+\s+)?(?:group|convoy|party|team|patrol)\s+of\s+)?(?:an?\s+|the\s+)?(?:\d+\s+)?"
    rf"(?P<noun>(?:[A-Za-z’'-]+\s+){{0,3}}?(?:{VICTIM_NOUN}))\b|"
    # "Fourteen border guards, among them …, were kidnapped": who was taken, with no toll; "three traders were fired
    # on", "two policemen were shot at": the act's passive, whom it hit as its active's object is (issue 14's grid)
    rf"\b(?:{NUMBER}|an?)\s+(?P<taken>(?:[A-Za-z’'-]+\s+){{0,3}}?(?:{VICTIM_NOUN}))(?:,[^,;]{{1,80}},)?\s+"
    r"(?:were|was|had been|have been|has been)\s+(?:kidnapped|abducted|taken hostage|seized|"
    r"attacked|targeted|ambushed|fired\s+(?:on|at|upon)|shot\s+at)\b",
    re.IGNORECASE,
)

#: "… a retaliation for Pakistani air strikes on its territory": what follows is the other event's.
_RETALIATION = re.compile(
    r"\b(?:in\s+)?(?:retaliation|response|revenge|reprisal)\s+(?:for|to)\b|\bretaliating for\b|\bto avenge\b",
    re.IGNORECASE,
)

#: A later date starts another incident only when the text says it is another one.
_SEPARATE = re.compile(
    r"\b(?:in|on|during)\s+(?:a|another)\s+(?:separate|second|new|different|related)\b|\bin another\b|"
    r"\bseparately\b|\belsewhere\b|\bmeanwhile\b|\bthe second (?:incident|attack|strike|clash)\b|"
    r"\b(?:two|three|four) separate\b|"
    # "A second skirmish broke out on Sunday, November 20": a fight told as the second, happening on its own day
    r"^\s*(?:A|The)\s+(?:second|third|new|fresh)\s+(?:clash|skirmish|gunfight|firefight|exchange\s+of\s+fire)\s+"
    r"(?:broke\s+out|erupted|took\s+place|happened|occurred)\b",
    re.IGNORECASE,
)

#: "It was the second drone strike in the region within 24 hours.": the sentence after it, opening on its own day,
#: tells the other strike, not earlier news.
SECOND_WITHIN = re.compile(
    r"\bthe\s+second\s+(?:[\w-]+\s+){0,2}?(?:strike|attack|raid|bombing|incident|clash)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:within|in)\s+(?:the\s+(?:past|last)\s+)?(?:24|48|twenty-four|forty-eight)\s+hours\b|"
    r"\bthe\s+second\s+(?:[\w-]+\s+){0,2}?(?:strike|attack|raid|bombing|incident|clash)\s+(?:[\w-]+\s+){0,4}?"
    r"in\s+(?:two|as\s+many)\s+days\b",
    re.IGNORECASE,
)
#: "In a separate incident", "in another attack": another incident, even on the same day.
_ANOTHER = re.compile(
    r"\b(?:in|on|during)\s+(?:a|another)\s+(?:separate|different)\s+(?:incident|attack|strike|clash|ambush)\b|"
    r"\bin another (?:incident|attack|strike|clash|ambush)\b|"
    # "Separately, seven children were injured on Sunday …", "Also on Friday, troops fought off two bombers":
    # a sentence that opens by setting itself apart tells another incident of the day
    r"^\s*(?:Separately|Elsewhere),|^\s*Also\s+(?:on\s+)?(?:early\s+|late\s+)?\w+day\b",
    re.IGNORECASE,
)
#: "Also on September 22, …", "Earlier this month, …": an aside about another event, told after the lead.
_ASIDE = re.compile(r"\s*(?:Also|Earlier|Previously|Separately)\b[^.]{0,40}?\b(?:on|in|last|this)\b")
#: "In South Waziristan, …", "In the Razmak area of North Waziristan, …": a paragraph that opens on its place.
OPENS_ON_PLACE = re.compile(
    r"\s*In\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:\s+(?:area|district|tehsil|region|province))?"
    r"(?:\s+of\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?),"
)
#: "In the same district, …": a paragraph that opens on the place of the attack just told, for another one.
SAME_AREA = re.compile(
    r"\s*(?:In|Elsewhere in) the same (?:district|area|province|region|tehsil|village|town|sector)\b"
)
#: "The shooting began on Sunday": the day an event that went on for days started.
_BEGAN = re.compile(r"\b(?:began|begun|started|broke out|erupted|flared)\b", re.IGNORECASE)

#: A lead that sums up several events ("two attacks killed nine") is not any one of them.
_ROUNDUP = re.compile(
    r"\b(?:two|three|four|several|separate|series of|spate of|wave of)\s+(?:\w+\s+)?"
    r"(?:incidents|attacks|strikes|clashes|bombings)\b",
    re.IGNORECASE,
)

#: The counts "two separate attacks" announces, by word.
_COUNTS = ["one", "two", "three", "four"]
#: "Another 14 were shot dead on August 9": more dead on a day of their own, another incident.
_MORE_DEAD = re.compile(r"\s*(?:Another|A further)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b")
_OTHER = re.compile(r"\b(?:another|other|second|separate(?:ly)?)\b", re.IGNORECASE)


#: A label for the attackers that names no one: a later sentence that names their group says more.
_GENERIC = re.compile(
    r"(?:the\s+)?(?:armed\s+)?(?:terrorists|militants|khwarij|khawarij|gunmen|attackers|assailants|insurgents|"
    r"infiltrators|miscreants)",
    re.IGNORECASE,
)


#: "The attack came nine days after four militants were killed", "The attempt comes only days after …": what
#: follows "after" is an earlier event, told to set this one in time ("a day after" too, unlike in roles).
_CAME_AFTER = re.compile(
    r"\b(?:came|comes|come)\s+(?:only\s+|just\s+|barely\s+|less\s+than\s+|more\s+than\s+|nearly\s+|almost\s+)?"
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|few|several|some)\s+)?"
    r"(?:hours?|days?|weeks?|months?|fortnight)\s+after\b",
    re.IGNORECASE,
)
#: "… wounded in that assault", "Jaish al-Adl said it carried out that attack": an event told before, as
#: another one (a report calls its own "the attack"); not "that attack helicopters struck".
_THAT_EVENT = re.compile(
    r"\b[Tt]hat\s+(?:attack|assault|raid|clash|operation|incident|strike|ambush|bombing|shooting)\b"
    r"(?!\s+(?:helicopters?|aircraft|jets?|drones?|dogs?|boats?|teams?|units?|groups?)\b)"
)


#: The border's habit, not this event: "clashes … break out from time to time", "where many deadly clashes have
#: happened over the years", "Government forces have also fought Islamic militants in the area", a group's record
#: ("have attacked … many times in the past").
_HABIT_TOLD = re.compile(
    r"\bover the (?:years|decades|past (?:\w+ )?(?:years|decades))\b|\bfrom time to time\b|"
    r"\b(?:have|has) also (?:fought|clashed|battled)\b|"
    # "Fighters of the group have attacked Iranian forces many times in the past" (The Balochistan Post 713): the
    # group's record, not this attack's author (not "in the past 24 hours", a span up to the report)
    r"\bin the past\b(?=\s*[,.;]|\s+and\b)|"
    # "Gunfire and shelling across the border have killed a number of Afghans before" (817): a record, told in the
    # present perfect and closed by "before", whose weapons are not the shooting's
    r"\b(?:have|has)\s+(?:\w+\s+){0,2}?(?:killed|wounded|injured|claimed|hit)\b[^.;]*\bbefore\s*[.;]?\s*$",
    re.IGNORECASE,
)


def earlier_cut(text: str, cut: int | None, *, told_earlier: bool) -> int | None:
    """Where background begins in a sentence, with markers of another time added to ``cut`` (the markers of
    :func:`.roles.background_start`): what follows "came N days after"; a habit's clause ("from time to time");
    all of a sentence whose years are a running total's ("since 2000"); fire suffered as a habit (:mod:`.fire_habit`);
    and all of a sentence that speaks of "that attack" once the report has told an earlier event
    (``told_earlier``): before that, "that shooting" is the report's own ("the most recent exchange of fire …
    Three were wounded in that shooting")."""
    if told_earlier and _THAT_EVENT.search(text):
        return 0
    if cut and OTHER_EVENTS.search(text[cut:]):
        # "mines have killed 68 people and wounded 83 since 2000" (Asia-Plus 420, BBC Monitoring 421): the years
        # of a running total, cut away, would leave its counts as the incident's; the whole sentence is history
        return 0
    habit = _HABIT_TOLD.search(text)
    if habit is not None:  # from the start of its clause: "…, and clashes … break out from time to time"
        breaks = [m.end() for m in re.finditer(r"[,;:]\s*", text[: habit.start()])]
        start = breaks[-1] if breaks else 0
        cut = start if cut is None else min(cut, start)
    if (suffered := fire_habit_start(text)) is not None:  # "the base comes under rocket fire almost daily"
        cut = suffered if cut is None else min(cut, suffered)
    came = _CAME_AFTER.search(text)
    if came is None:
        return cut
    start = came.end() - len("after")  # "The incident on October 4 came a day after …": its own day stays
    return start if cut is None else min(cut, start)


def give_day(draft: Draft, date: FoundDate, sentence: Sentence) -> None:
    """Date an announced incident by the first day a sentence tells of it."""
    draft.set("event_date", date.start.isoformat(), sentence)
    draft.set("event_date_end", date.end.isoformat() if date.end else None, sentence)
    draft.set("date_precision", date.precision, sentence)


def _names_them(before: str, found: str) -> bool:
    """Whether ``found`` names the group that ``before`` only labelled ("militants" → "Fitna al-Khwarij"), or the
    men of the state that ``before`` told only as "the Tajik side" (:mod:`.the_side`)."""
    if re.fullmatch(r"the \w+ side", before) and _sides(found) == _sides(before) != set():
        return True
    # extract211: the label as the crossing gave it, its count and its clause aside ("some 250 militants", "militants
    # who crossed from Afghanistan"), and a group told by its men ("followers of Maulana Fazlullah")
    label = label_noun(_WHO_CLAUSE.sub("", before))
    named = found[:1].isupper() or bool(_MEN_OF_NAME.match(found))
    return bool(_GENERIC.fullmatch(label)) and named and not _GENERIC.fullmatch(found)


#: A label's clause after its noun, which :func:`_names_them` sets aside (its opening words go by
#: :func:`.came_across.label_noun`).
_WHO_CLAUSE = re.compile(r"\s+who\s.*$")
#: A group told by its men and its leader's or its own name: "followers of Maulana Fazlullah", "members of Jaish
#: al-Adl".
_MEN_OF_NAME = re.compile(r"(?:followers|members|fighters|men|supporters|loyalists)\s+of\s+(?:the\s+)?[A-Z]")


def _opposite_sides(before: object, found: Attribution) -> bool:
    """Whether a second allegation names a state side other than the one the first named."""
    first, second = _sides(str(before or "")), _sides(found.perpetrator or "")
    return bool(first and second and not first & second)


def _sides(phrase: str) -> set[str]:
    """The countries a phrase's demonyms name: "Tajik border guards" → {"TJ"}."""
    return {DEMONYMS[w.lower()] for w in re.findall(r"[\w-]+", phrase) if w.lower() in DEMONYMS}


_BARE_OFFICERS = re.compile(r"(?:[A-Z]\w+\s+)?(?:officers?|warrant officers?|commanders?)", re.IGNORECASE)
#: ("of the Jakigur border regiment", Sad Online 715, is a border unit;
#: not the Frontier Corps or Frontier Constabulary: Pakistan's paramilitary forces, coded ``military`` as 548's "FC
#: soldiers" are; "an officer was wounded" at "a Frontier Corps camp", Daily Pakistan 590)
_BORDER_SERVICE = re.compile(
    r"\bborder (?:guards?|troops|service|forces|police|post|patrol|regiment|company)|"
    r"\bfrontier\b(?!\s+(?:corps|constabulary)\b)",
    re.IGNORECASE,
)


#: Pakistan's paramilitary forces and its army, by name: an officer at their camp is a soldier, not a policeman.
_PARAMILITARY = re.compile(r"\b(?:Frontier\s+(?:Corps|Constabulary)|FC|[Aa]rmy)\b")


#: "the servicemen", "the wounded Uzbek serviceman": men of some force, told by no service of their own.
_BARE_SERVICEMEN = re.compile(r"(?:[\w’'-]+\s+){0,3}?servicem[ae]n", re.IGNORECASE)


def blows_aimed_at(target: str | None, victims: str | None, text: str) -> str | None:
    """Whom stones or blows were aimed at: servicemen are border guards where the sentence speaks of them ("ignored
    the border guards' demands … and began throwing stones at the servicemen", 172 and 464, coded so); with no
    service told, none (a crowd meets guards more often than soldiers, but the class is not the text's)."""
    if target == "military" and victims and _BARE_SERVICEMEN.fullmatch(victims.strip()):
        return "border_guards" if _BORDER_SERVICE.search(text) else None
    return target


def _service_of(target: str | None, victims: str | None, text: str) -> str | None:
    """An officer is of the service the sentence speaks of: "border guards … lost one of their officers", "tried to
    force their way into a Frontier Corps camp; … an officer was wounded" (Daily Pakistan 590)."""
    if target != "police" or not victims or not _BARE_OFFICERS.fullmatch(victims.strip()):
        return target
    if _BORDER_SERVICE.search(text):
        return "border_guards"
    return "military" if _PARAMILITARY.search(text) and not re.search(r"\bpolice\b", text, re.I) else target


def _opens_with_day(text: str, dates: list[FoundDate]) -> bool:
    """Whether a sentence opens with its day ("On May 8, …"): it is about that day's event, and so is
    the rest of its paragraph; a day told in passing ("…, where drones had struck on Tuesday") is not."""
    return any(d.precision == "day" and d.position <= 3 for d in dates)


def _just_before(earlier: Sentence, sentence: Sentence) -> bool:
    """Whether ``earlier`` is one of the two sentences just before ``sentence``, in the same paragraph: "on August
    15 a border patrol spotted two men" "The servicemen ordered them to stop …" "… forced the patrol to open fire"
    (Fergana 469; the next sentence, "Gunmen had just …", as before)."""
    return 1 <= sentence.index - earlier.index <= 2 and earlier.paragraph == sentence.paragraph


def after_second_within(previous: Sentence | None, sentence: Sentence) -> bool:
    """Whether the sentence just before, in the same paragraph, told this one's event as the second in a day or two
    ("It was the second drone strike in the region within 24 hours." "Yesterday, … a drone fired …")."""
    return (
        previous is not None
        and previous.paragraph == sentence.paragraph
        and sentence.index == previous.index + 1
        and SECOND_WITHIN.search(previous.text) is not None
    )
