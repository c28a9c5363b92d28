"""The sentence patterns of a side owning an act: a group's claim ("X claimed responsibility", "X said it had
carried out"), a state confirming its forces struck or raided, a group named as the likely one, and no one
claiming it (:data:`NO_CLAIM`). Kept apart from :mod:`.attribution_patterns` (allegations, origins, who is
said to have acted), which they build on; the reading that tries them first is :func:`.claims_read.read_claim`.
"""

from __future__ import annotations

import re

from .attribution_patterns import _ACTOR, _CAP, DUTY
from .claim_negated import NEGATED_CLAIM

#: What a group says it did not do, or a claim already told as denied, is no claim of its own: the one list of
#: negations that :mod:`.group_said_it` looks for inside the group's saying and :mod:`.spokesman_claim` before the
#: act (a spokesman's clause can open on the denial: "denied … but a spokesman said its men had attacked").
NOT_OWN = re.compile(r"\b(?:not|never|denied|denies|deny|rejected|rejects)\b")
#: A named actor: "Jaish al-Adl (Army of Justice)", "the Afghan Border Police".
_NAME = (
    r"(?:[A-Z][\w’'-]*|[a-z]{1,3}-[A-Z][\w’'-]*)(?:\s+(?:[A-Z][\w’'-]*|[a-z]{1,3}-[A-Z][\w’'-]*|of|al|el|ul|e|i|the))*"
    r"(?:\s+\([^)]{1,40}\))?"
)
_CLAIMED = re.compile(
    # "The Jaish-ul-Adl group, which …, has said it was behind the kidnapping" (The Iran Project 480): the group's
    # noun after its name, as :data:`_SAID_IT_DID` has it; "The group also claimed" names no one
    rf"(?!(?:The|A|An|This|That|Another)\s+[a-z])(?P<who>{_NAME})"
    rf"(?:\s+(?:[a-z-]+\s+){{0,2}}(?:group|organi[sz]ation|movement|outfit))?(?:,[^.;]{{1,120}}?,)?\s+(?:has\s+|have\s+|had\s+|later\s+|quickly\s+|also\s+)?"
    # "took responsibility", "accepted responsibility": the wire's other words for a claim
    # "says it was behind the blast": a headline's or sub-heading's present tense (The News 641)
    # "owned responsibility", "owned the attack": Pakistani English's word for a claim; "admitted responsibility"
    r"(?:claimed responsibility|(?:took|taken|accepted|assumed|admitted|owned) responsibility|"
    r"(?:said|says) it (?:carried out|was behind)|claimed (?:it|the|this|that|[A-Z]\w+[’']s)\b|owned (?:it|the|this)\b)"
)
#: "Jaish al-Adl (Army of Justice), a Sunni armed group, said … that it had carried out the attack".
#: "The X terrorist group said it had carried out …", "X, …, said it was responsible for the attack"; a group
#: whose name is a plural says "they": "The Afghan Taliban said they were responsible for the attack" (UPI 673).
#: (Only "were responsible" or "were behind": "the Pakistani Taliban said they had carried out" in a lead, with a
#: faction's claim later, gave the claim to the first-named group in Mid-Day 647, coded the faction's.)
_SAID_IT_DID = re.compile(
    rf"(?P<who>{_NAME})(?:\s+(?:[a-z-]+\s+){{0,2}}(?:group|organi[sz]ation|movement|outfit))?(?:,[^,]{{1,60}},)?"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:said|says|say|announced|stated|declared)\b[^.]{0,60}?\b(?:that\s+)?"
    r"(?:it (?:had\s+)?(?:carried out|"
    # "said through its spokesman, X, that it had set off the bomb": a group owning the bomb is its claim
    rf"was behind|conducted|staged|was responsible for(?!\s+{DUTY})|"
    r"(?:set off|planted|detonated)\s+the\s+(?:bomb|device|mine|explosives?))|"
    rf"they\s+were\s+(?:behind|responsible\s+for(?!\s+{DUTY}))|"
    # "The Pakistani Taliban say their fighters carried out the raid" (The Guardian 692): the group's own men
    # "The BLA said its Majeed Brigade had carried out the attack": a unit the group names as its own
    r"(?:its|their)\s+(?:fighters|men|militants|members|mujahideen|(?:[A-Z][\w’'-]*\s+){1,3}(?:Brigade|Squad|Battalion|"
    r"[Uu]nit|[Ww]ing))\s+(?:had\s+)?carried\s+out|"
    # "said its fighters had attacked the convoy", "… that its fighters had killed the guards": the group's own men
    # doing the act is its claim, whatever verb tells the act (a state's "its troops" is not among these nouns)
    r"(?:its|their)\s+(?:fighters|militants|mujahideen|members)\s+(?:had\s+|have\s+)?(?:attacked|targeted|ambushed|"
    r"killed|struck|stormed))\b"
)
#: Whoever says "we did it" is a state, not a group: its acceptance confirms (the codebook's ``confirmed``).
_STATE = re.compile(r"\b(?:[Aa]rmy|[Mm]ilitary|armed forces|forces|[Gg]overnment|[Mm]inistry|air force|troops)\b")
#: "Army of Justice", "Liberation Front": a group's name, not a state's army.
_GROUP_NAME = re.compile(r"\b(?:Army|Front|Movement|Brigades?) of\b|\bLiberation\b")
#: Who reports a claim is not who claims: "According to Reuters, the TTP, …, claimed the ambush".
_OUTLET = re.compile(
    r"(?:According|Reuters|AFP|AP|Xinhua|IRNA|Tasnim|Fars|Mehr|Dawn|PTI|TOLOnews|Khaama|State|Officials|Police)\b"
)
_CLAIMED_BY = re.compile(r"\bclaimed by\s+(?:an?\s+|the\s+)?(?P<desc>[^,.;]{1,60})")
#: Words that describe a group without naming it ("a Sunni jihadist group").
_DESCRIPTIVE = frozenset({"sunni", "shia", "shiite", "baloch", "baluch", "islamist", "islamic", "the", "a", "an"})
#: A group named as likely, with no claim and no accuser: "militants thought to belong to Jaish al-Adl",
#: "did not exclude that members of Uyghur separatist groups were involved".
_SUSPECTED = re.compile(
    r"\b(?:thought|believed|suspected)\s+to\s+(?:belong\s+to|be\s+members?\s+of)\s+"
    r"(?P<perp>(?:the\s+)?[A-Z][^,.;]{2,60}?)(?=\s*(?:group\b|,|\.|;|$))|"
    r"\b(?:did not|could not|have not|has not)\s+(?:exclude|rule out)(?:d)?\s+that\s+"
    r"(?P<perp2>[^,.;]{3,80}?)\s+(?:were|was)\s+(?:involved|behind|responsible)|"
    # "officials believed that militants based in Kunar might be behind it"
    r"\b(?:believed|suspected|thought)\s+that\s+(?P<perp3>[^,.;]{3,80}?)\s+(?:might|may|could|were|was)\s+"
    r"(?:have\s+been\s+|be\s+)?(?:behind|responsible)\b"
)
#: A claim told in a relative clause of the attack: "died in the attack, which the banned Balochistan Liberation Army
#: (BLA), the group that hijacked a train last week, has claimed" (PTI 547).
_CLAIMED_WHICH = re.compile(
    # "The attack on a police post near Wana, which the TTP has claimed, …": where it struck may come between
    r"\b(?:attack|bombing|blast|assault|ambush)(?:\s+(?:on|in|near|at)\s+[^,;.]{1,80}?)?,?\s+which\s+(?:the\s+)?(?:banned\s+|outlawed\s+|proscribed\s+)?"
    r"(?P<who>[A-Z][^,;.]{2,80}?)(?:,[^,;.]{1,100},)?\s+(?:has|had|have)\s+(?:since\s+|already\s+)?claimed\b"
)
#: A group named as the one thought behind the attack: "though terror groups such as the Tehreek-e-Taliban Pakistan
#: (TTP) and its affiliates are thought to be behind it" (National Herald 543): a suspicion, even where no one claimed.
_THOUGHT_BEHIND = re.compile(
    r"(?:^|\bsuch\s+as\s+|,\s+(?:though\s+|but\s+)?)(?:the\s+)?(?P<perp>[A-Z][^,.;]{2,80}?)(?:\s+and\s+its\s+affiliates)?\s+"
    r"(?:is|are|was|were)\s+(?:widely\s+)?(?:thought|believed|suspected)\s+to\s+(?:be|have\s+been)\s+"
    r"(?:behind|responsible\s+for)\s+(?:it|the\s+(?:attack|bombing|blast|assault))\b"
)
#: A state accepting that its forces struck: "Pakistan's army confirmed that it had hit …".
_CONFIRMED_SELF = re.compile(
    rf"{_ACTOR}\s+(?:has\s+|had\s+)?(?:confirmed|acknowledged|admitted|said)\s+(?:that\s+)?it\s+(?:had\s+)?"
    r"(?:carried out|conducted|launched|hit|struck|bombed|targeted)\b"
)
#: Responsibility officially established: "… confirmed … that Pakistani forces had carried out the strike".
_CONFIRMED_THAT = re.compile(
    r"\bconfirmed\b[^.]{0,80}?\bthat\s+" + _ACTOR.replace("(?P<perp>", "(?P<perp>") + r"\s+had\s+"
    r"(?:carried out|conducted|launched|hit|struck|bombed)\b"
)
#: A state's forces raiding or breaking up a group ("security forces raided a hideout of terrorists", "Forces of the
#: Islamic Revolution Guards (IRG) have broken up a terrorist team"): the forces' own operation, told by their side,
#: is the codebook's ``confirmed`` with them as the actor, as the sixth round coded a raid.
_RAIDED = re.compile(
    r"(?P<perp>\b(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){0,4}(?:(?!where\b|when\b|as\b|and\b|that\b|which\b|who\b)[a-z]+\s+){0,2}?"
    r"(?:security forces|forces|troops|soldiers|border guards|Border Guards|guards|Guards|police|army|Army|IRGC|"
    r"Revolution Guards|Revolutionary Guards|Corps))(?:\s+\([A-Z]{2,6}\))?"
    r"\s+(?:have\s+|has\s+|had\s+)?(?:raided|stormed|broke\s+up|broken\s+up|dismantled|disbanded|busted)\s+"
    r"(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:hide-?outs?|cells?|teams?|dens?|compounds?|camps?)\b"
)
#: The acting side's own officials owning the act: "Uzbek officials told Interfax that their border guards had
#: killed a 22-year-old Kyrgyz citizen" (the codebook's ``confirmed``: responsibility accepted).
_OWN_SIDE = re.compile(
    rf"\b(?P<side>{_CAP})\s+(?:officials|authorities|military|army|ministry|government|border service)\b[^.;]{{0,60}}?"
    r"\bthat\s+(?:their|its)\s+(?P<noun>border guards|border troops|forces|troops|soldiers|guards)\s+had\s+"
    r"(?:shot dead|shot|killed|fired on|fired at|opened fire|struck|hit)\b"
)
#: A state's officials telling what their own guards did: "Border officials in Uzbekistan say their guards have shot
#: dead two men" (the codebook's ``confirmed``: the side accepts the act).
_OWN_SAID = re.compile(
    rf"\b(?:officials|authorities)\s+in\s+(?P<side>{_CAP})\s+(?:say|says|said)\s+(?:that\s+)?(?:their|its)\s+"
    r"(?P<noun>border guards|border troops|forces|troops|soldiers|guards)\s+(?:have|has|had)\s+"
    r"(?:shot dead|shot|killed|fired on|fired at|opened fire)\b"
)
#: A group told first by what it is, its name in apposition, then its claim: "A separatist group, Jaish al-Adl or
#: Army of Justice, has claimed the attack" (Pakistan Today 576); the name, without its other name after "or".
_APPOSED_CLAIM = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,3}?(?:group|organi[sz]ation|outfit|movement|alliance),\s+"
    rf"(?:the\s+)?(?P<who>{_NAME})(?:\s+or\s+{_NAME})?,\s+(?:has\s+|have\s+|had\s+|later\s+)?"
    r"(?:claimed responsibility|claimed (?:it|the|this)\b|(?:took|taken|accepted|assumed) responsibility)"
)
#: "no group has claimed" and the like: nobody names a perpetrator.
NO_CLAIM = re.compile(
    r"\b(?:no (?:group|one|organi[sz]ation)|nobody|none)(?:,[^,]{1,50},)?\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:yet\s+|so far\s+|immediately\s+)?(?:yet\s+)?(?:claimed|taken|accepted|owned)|"
    # "The TTP did not claim the attack": a group's own silence or denial is no claim
    r"\b(?:did|does|has|have|had)\s+not\s+(?:yet\s+)?claim(?:ed)?\b|"
    r"\bthere (?:was|has been|is) no (?:immediate )?claim|responsibility (?:was|has) not (?:yet )?been claimed|"
    r"\bit (?:was|is|remained) (?:not|un)clear who\b|"
    r"\b(?:no (?:group|one)|nobody) (?:has |had )?(?:yet )?said it was behind|"
    # "No group said at once that it had carried out the bombing": a negated speaker claims nothing
    r"\b(?:no (?:group|one|organi[sz]ation)|nobody) (?:has |had )?(?:yet |immediately |at once |so far )?"
    r"(?:said|announced|stated)\b[^.]{0,30}?\b(?:it|they) (?:had |has |have )?(?:carried out|been behind|was behind)|"
    r"\b(?:unidentified|unknown) (?:gunmen|assailants|attackers|men|armed men)|" + NEGATED_CLAIM,
    # "no person or group had claimed", "did not immediately claim", "has yet to claim" (see .claim_negated)
    re.IGNORECASE,
)
CLAIM = re.compile(
    r"(?P<who>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|al|el|e|i|the))*(?:\s+\([A-Z]+\))?)\s+"
    r"(?:has\s+|have\s+|later\s+)?(?:claimed responsibility|said it carried out|claimed the attack)",
)
