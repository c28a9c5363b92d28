"""Who is said to be behind an incident, read from one sentence, with the codebook's statuses.

The order is the codebook's strength of statement: sides blaming each other
(``disputed``) outranks a group's own claim (``claimed``), which outranks one party
naming a perpetrator or an origin (``alleged``), which outranks an explicit "no group
has claimed" (``unattributed`` *read from the text*). A sentence that says none of
these gives nothing; the reader then marks ``unattributed`` as a default, so that a
reviewer can tell a statement from a gap.
"""

from __future__ import annotations

import dataclasses
import re

from .actors import labelled_actor
from .after_act import after_side
from .attribution_patterns import (
    _ACCUSED_OF,
    _ACTED,
    _AGAINST,
    _ARMED_NOUNS,
    _AT_EACH_OTHER,
    _AT_THE_DOOR,
    _BEHIND,
    _BLAME,
    _BLAMED_ON,
    _CALLED,
    _CAME_FROM,
    _CAP,
    _CIVILIANS_ACTED,
    _CROSSING_FROM,
    _FROM_THERE,
    _HAD_COME,
    _INFILTRATING,
    _LABELLED,
    _PASSIVE,
    _SAID_FROM,
    _SAID_TO_HAVE,
    _SAYS,
    _STARTED_BY,
    _STATE_BLAME,
    _STATE_FIRED,
    _STATE_FIRED_NOT,
    _UNNAMED_FROM,
    _WERE_MEMBERS,
    _WHO,
    _WHO_DID,
    _WHOM_CALLED,
    COUNTER_ACCUSATIONS,
    HABITUAL,
    STANDING,
)
from .blame_frames import EARLIER_EVENT, framed_blame
from .came_across import came_across
from .claim_patterns import _SUSPECTED, _THOUGHT_BEHIND
from .claims_read import read_claim
from .crowd_actor import crowd_actor
from .groups import known_group
from .negated_side import demonym_origin, without_false_sides
from .statement import Attribution, clean_side, country_of, names_a_side
from .unmet_actors import acronym_named, blaming, men_of_group_acted
from .vocab import ALLEGE, DEMONYMS, MUTUAL, NO_CLAIM, NUMBER, ORIGIN

#: The other side of an alternative told just before the side that acted: "U.S. or NATO forces" (CBS 843).
_OR_BEFORE = re.compile(r"(?:^|\s)(?P<alt>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\s+or\s+$")
#: The accuser just before a verb of blame: "The governor blamed …", "Tajik officials have blamed …".
_WHO_BEFORE = re.compile(rf"(?:^|[,;:]\s+|\b(?:and|but)\s+){_WHO}\s+(?:has\s+|have\s+|had\s+|also\s+)?$")

RANK = {"unattributed": 0, "alleged": 1, "suspected": 2, "claimed": 3, "confirmed": 4, "disputed": 5}


#: What a blame is for, cut off: the sentence ends on "for", "of" or "over" (and an article), the rest read as
#: background.
_CUT_AFTER = re.compile(r"\s+(?:for|of|over)(?:\s+(?:the|an?|this|that|its|their))?\s*$")


def _origin(where: str | None, demonym: str | None = None) -> tuple[str | None, str | None]:
    """Origin place and country from "Afghanistan's Badakhshan province" or "Afghanistan"."""
    if not where:
        return None, None
    possessive = re.match(rf"({_CAP})[’']s\s+(.+)", where)
    if possessive and country_of(possessive.group(1)):
        return re.sub(r"\s+(?:province|region|district)$", "", possessive.group(2)), country_of(possessive.group(1))
    code = country_of(where) or DEMONYMS.get((demonym or "").lower())  # "the neighbouring Afghan province of Kunar"
    return re.sub(r"\s+(?:province|region|district)$", "", where), code


def _actor_only(phrase: str, *, from_article: bool = True) -> str:
    """The actor's own words of a phrase read up to it: "killed an armed man" → "an armed man"."""
    words = phrase.split()
    articles = [i for i, w in enumerate(words) if w.lower() in ("a", "an", "the")]
    if articles and from_article:
        return " ".join(words[articles[-1] :])
    leading = ("then", "later", "also", "when", "as", "after", "while")
    # "killed", "then": the clause's words before the actor; never "US-led" or "NATO-led", which name it
    while len(words) > 1 and ((words[0].lower().endswith("ed") and "-" not in words[0]) or words[0].lower() in leading):
        words = words[1:]
    return " ".join(words)


#: Who speaks, by the side they are of: "a Kyrgyz police official said", "the Uzbek side said" (468, 321).
_SPEAKER_SIDE = re.compile(
    r"\b(?P<side>[A-Z][a-z]+)\s+(?:[a-z]+\s+){0,2}(?:officials?|authorities|spokes(?:man|woman|person)|chief|"
    r"commander|ministry|service|government|side)\s+(?:has\s+|have\s+)?(?:said|says|told|confirmed|announced)\b|"
    r"\b(?:said|says|told|[Aa]ccording to)\s+(?:an?\s+|the\s+)?(?P<side2>[A-Z][a-z]+)\s+(?:[a-z]+\s+){0,2}"
    r"(?:officials?|authorities|spokes(?:man|woman|person)|chief|commander|ministry|service|government|side)\b"
)


#: The other party of a clash when it is a state's force or the Taliban's, not armed men the state fights.
_TWO_ARMIES = re.compile(r"^(?:the\s+)?(?:[A-Z][\w’'-]*\s+)*(?:Taliban|forces|troops|border guards|army|soldiers)$")

#: Attackers told as coming from across the border or from the other side: only the side they hit words it so.
_FROM_ACROSS = re.compile(r"\s+(?:firing\s+|coming\s+)?from\s+(?:across\b|the\s+\w+\s+side\b)")


def read_attribution(text: str) -> Attribution | None:
    """The strongest statement about responsibility in a sentence, or None.

    A side said to have acted by its own officials ("Kyrgyz border guards shot and wounded an Uzbek man, a
    Kyrgyz police official said") has accepted the act: the codebook's ``confirmed``, not ``alleged``.
    """
    found = without_false_sides(_read(text), text)
    if found is None and (origin := demonym_origin(text)) is not None:
        return origin
    if found is not None and found.status == "alleged" and _suspected_group(text, found.perpetrator):
        return dataclasses.replace(found, status="suspected")
    if found is None or found.status != "alleged" or not found.perpetrator:
        return found
    sides = {DEMONYMS[w.lower()] for w in found.perpetrator.split() if w.lower() in DEMONYMS}
    speaker = _SPEAKER_SIDE.search(text)
    said_by = (speaker.group("side") or speaker.group("side2")).lower() if speaker else ""
    if len(sides) == 1 and DEMONYMS.get(said_by) in sides:
        return Attribution("confirmed", perpetrator=found.perpetrator)
    return found


#: A group's men told as only suspected: "suspected TTP militants attacked …" (the reporter's hedge, GTD's
#: ``guncertain``), the group's name between the hedge and the men.
_SUSPECTED_MEN = re.compile(
    r"\b[Ss]uspected\s+(?P<name>(?:[\w’'-]+\s+){1,5}?)(?:militants|fighters|insurgents|members|terrorists|rebels)\b"
)


def _suspected_group(text: str, perpetrator: str | None) -> bool:
    """Whether the sentence tells the perpetrator, a group, only as suspected."""
    from .actors import canonical_actor

    if not perpetrator:
        return False
    for match in _SUSPECTED_MEN.finditer(text):
        name = match.group("name").strip()
        canonical = canonical_actor(name)
        if known_group(name, non_state=True) and (
            name in perpetrator or (canonical is not None and canonical in (perpetrator, canonical_actor(perpetrator)))
        ):
            return True
    return False


def _read(text: str) -> Attribution | None:
    """The strongest statement about responsibility in a sentence, as the sentence words it."""
    mutual = MUTUAL.search(text) or COUNTER_ACCUSATIONS.search(text)
    if mutual and not HABITUAL.search(text) and not STANDING.search(text):
        return Attribution("disputed")
    if _AT_EACH_OTHER.search(text):
        # "Taliban and Pakistani forces fired at each other": two sides, nobody blamed; unless the sentence
        # first names who attacked ("a patrol was suddenly attacked by border guards of Tajikistan, and the two
        # sides then fired at each other"): the exchange followed the attack
        agent = _AGAINST.search(text.split(" each other")[0])
        if agent and agent.group("perp2") and names_a_side(agent.group("perp2")):
            return Attribution("alleged", perpetrator=clean_side(agent.group("perp2")))
        return None
    claimed = read_claim(text)  # a group's claim, or a state owning the act (see .claims_read)
    if claimed is not None:
        return claimed
    door = _AT_THE_DOOR.search(text)  # "lay the attack at the door of the United States"
    if door:
        return Attribution(
            "alleged", perpetrator=clean_side(door.group("perp")), attributed_by=clean_side(door.group("who"))
        )
    if framed := framed_blame(text):  # any accuser, any verb frame: "Officials held the TTP responsible for the raid"
        return framed
    if participle := blaming(text):  # "…, the interior ministry said, blaming the Harkat Inqilab Sistan (HIS)"
        return Attribution("alleged", perpetrator=participle[0], attributed_by=participle[1])
    blamed = _BLAMED_ON.search(text)  # "laid the blame for the attack on … on the Jeish al-Adl group"
    if blamed and (names_a_side(blamed.group("perp")) or acronym_named(blamed.group("perp"))):
        before = _WHO_BEFORE.search(text[: blamed.start()])  # "The governor blamed …": the accuser, before the verb
        by = clean_side(before.group("who")) if before else None
        return Attribution("alleged", perpetrator=clean_side(blamed.group("perp")), attributed_by=by)
    for pattern in (_BLAME, _PASSIVE, _BEHIND):
        match = pattern.search(text)
        if match is None:
            continue
        if pattern is _BLAME and (EARLIER_EVENT.match(text, match.end()) or _CUT_AFTER.match(text, match.end())):
            # "Local officials blamed the TTP for last year's attack": another event's blame, whether the reader
            # still sees that event or has cut it off as background, leaving "… blamed the TTP for " behind
            continue
        groups = match.groupdict()
        place, country = _origin(groups.get("where"), groups.get("demonym"))
        origin = ORIGIN.search(text)
        if origin and not place:
            place, country = _origin(origin.group("where").strip())
        return Attribution(
            "alleged",
            perpetrator=clean_side(groups.get("perp")),
            attributed_by=clean_side(groups.get("who")),
            origin_place=place,
            origin_country=country,
        )
    accuser = _STATE_BLAME.search(text)
    # "Iran blamed Pakistani forces for …"; anyone blaming "the Harkat Inqilab Sistan (HIS)", a group by its initials
    if accuser and (
        (country_of(accuser.group("who")) and names_a_side(accuser.group("perp")))
        or acronym_named(accuser.group("perp"))
    ):
        return Attribution("alleged", perpetrator=clean_side(accuser.group("perp")), attributed_by=accuser.group("who"))
    accused = _ACCUSED_OF.search(text)
    if accused and (names_a_side(accused.group("perp")) or acronym_named(accused.group("perp"))):
        return Attribution("alleged", perpetrator=clean_side(accused.group("perp")))
    called = _CALLED.search(text)
    if called:
        # a name or the word they used, quoted; "described the gunmen only as armed thugs" names no one
        perp = called.group("quoted") or called.group("perp")
        who = called.group("who")
        pronoun = re.fullmatch(r"(?:It|They|He|She|We)", who.strip())
        return Attribution("alleged", perpetrator=clean_side(perp), attributed_by=None if pronoun else clean_side(who))
    members = _WERE_MEMBERS.search(text)
    if members and members.group("belong") and not known_group(members.group("perp") or "", non_state=True):
        members = None  # "the attackers belonged to Afghanistan", "to the same tribe": an origin or kin, no group
    if members:
        return Attribution("alleged", perpetrator=clean_side(members.group("quoted") or members.group("perp")))
    allege = ALLEGE.search(text)
    if allege:
        place, country = (None, None)
        origin = ORIGIN.search(text)
        if origin:
            place, country = _origin(origin.group("where").strip())
        return Attribution(
            "alleged",
            perpetrator=after_side(text),  # "officials say fighting broke out after Iranian forces fired"
            attributed_by=clean_side(allege.group("who")),
            origin_place=place,
            origin_country=country,
        )
    unnamed = _UNNAMED_FROM.search(text)
    if unnamed:
        where = unnamed.group("where") or unnamed.group("where2")
        code = country_of(where) if where else DEMONYMS.get(unnamed.group("adj").lower())
        if code:
            return Attribution("alleged", origin_country=code)
    thought = _THOUGHT_BEHIND.search(text)
    if thought and names_a_side(thought.group("perp")):
        return Attribution("suspected", perpetrator=clean_side(thought.group("perp")))
    if NO_CLAIM.search(text):
        return Attribution("unattributed")
    started = _STARTED_BY.search(text)
    if started and names_a_side(started.group("perp")):
        return Attribution("alleged", perpetrator=clean_side(_actor_only(started.group("perp"), from_article=False)))
    infiltrating = _INFILTRATING.search(text)
    if infiltrating:
        origin = _CROSSING_FROM.search(infiltrating.group("rest"))
        where = (origin.group("from") or origin.group("single")) if origin else None
        code = (country_of(where) or DEMONYMS.get(where.lower())) if where else None
        perp = re.sub(rf"^(?:a\s+group\s+of\s+|(?:{NUMBER})\s+)", "", infiltrating.group("perp"), flags=re.IGNORECASE)
        return Attribution("alleged", perpetrator=clean_side(perp.strip('"“”')), origin_country=code)
    acted = _ACTED.search(text)
    if acted and names_a_side(acted.group("perp") or acted.group("from")):
        side = clean_side(_actor_only(acted.group("perp") or acted.group("from"), from_article=False))
        alternative = _OR_BEFORE.search(text[: acted.start("perp")]) if acted.group("perp") else None
        # "U.S. or NATO forces, or both, attacked": no single side; the alternative as told, as the coding keeps it
        return Attribution("alleged", perpetrator=f"{alternative.group('alt')} or {side}" if alternative else side)
    by_name = _STATE_FIRED.search(text)
    if by_name and country_of(by_name.group("perp")) and not _STATE_FIRED_NOT.search(by_name.group("perp")):
        return Attribution("alleged", perpetrator=by_name.group("perp"))
    if after := after_side(text):  # "families fled after Pakistan fired more than 500 rockets"
        return Attribution("alleged", perpetrator=after)
    civilians = _CIVILIANS_ACTED.search(text)
    if civilians and names_a_side(civilians.group("perp")):
        return Attribution("alleged", perpetrator=clean_side(civilians.group("perp")))
    if crowd := crowd_actor(text):  # "some 100 residents of Tajikistan, who …, beat the builders" (see .crowd_actor)
        return Attribution("alleged", perpetrator=crowd)
    said_from = _SAID_FROM.search(text)
    if said_from:
        return Attribution("alleged", perpetrator=clean_side(said_from.group("perp")))
    labelled = _LABELLED.search(text)
    if labelled and _only_described(labelled):
        labelled = None  # "officials said armed militants attacked a checkpost": who they were, not who is blamed
    if labelled and (
        _SAYS.search(text) or labelled.group("quote") or _FROM_ACROSS.match(labelled.group("origin") or "")
    ):
        # "terrorists fired on troops, the ISPR said": the label is the speaker's naming of who struck
        perp = re.sub(r"\s+(?:had|has|have)$", "", labelled.group("perp"))
        return Attribution("alleged", perpetrator=clean_side(perp))
    from_there = _FROM_THERE.search(text)
    if from_there and _SAYS.search(text) and (country_of(from_there.group("where")) or "across" in from_there.group(0)):
        place, country = _origin(from_there.group("where"))
        return Attribution("alleged", origin_place=place, origin_country=country)
    came = _CAME_FROM.search(text)
    if came and (country_of(came.group("where")) or _origin(came.group("where"))[1]):
        place, country = _origin(came.group("where"))
        return Attribution(
            "alleged",
            perpetrator=clean_side(_actor_only(came.group("perp"))),
            origin_place=place if place != came.group("where") else None,
            origin_country=country,
        )
    had_come = _HAD_COME.search(text)  # "the militants had come from Afghanistan and attacked the checkposts"
    if had_come:
        code = country_of(had_come.group("where"))
        return Attribution("alleged", perpetrator=clean_side(had_come.group("perp")), origin_country=code)
    if origin_code := came_across(text):  # "terrorists came into Iran from Pakistan": an origin, no actor named
        return Attribution("alleged", origin_country=origin_code)
    whom = _WHOM_CALLED.search(text)
    if whom:
        return Attribution("alleged", perpetrator=clean_side(whom.group("quoted")))
    suspected = _SUSPECTED.search(text)
    if suspected:
        perp = suspected.group("perp") or suspected.group("perp2") or suspected.group("perp3")
        return Attribution("suspected", perpetrator=clean_side(re.sub(r"^members of\s+", "", perp)))
    said_to = _SAID_TO_HAVE.search(text)
    if said_to and names_a_side(said_to.group("perp")):
        status = "suspected" if said_to.group("how").lower() in ("believed", "suspected", "thought") else "alleged"
        return Attribution(status, perpetrator=clean_side(said_to.group("perp")))
    who_did = _WHO_DID.search(text)
    if who_did and (names_a_side(who_did.group("perp")) or re.search(rf"(?:{_ARMED_NOUNS})$", who_did.group("perp"))):
        return Attribution("alleged", perpetrator=clean_side(who_did.group("perp")))
    against = _AGAINST.search(text)
    if against:
        perp = against.group("perp") or against.group("perp2") or against.group("perp3") or against.group("perp4")
        perp = perp or against.group("perp5")
        between = re.search(r"\bbetween\s+(?P<first>.+?)\s+and\s*$", text[against.start() : against.start("perp")])
        if between and names_a_side(between.group("first")) and _TWO_ARMIES.search(perp):
            # "the clash between Iranian border guards and the Taliban": two named sides fought, nobody is blamed
            # (not "between Tajik border guards and armed Afghan drug traffickers": the traffickers are the other)
            perp = ""
        if perp and (re.search(rf"\b(?:{_ARMED_NOUNS})$", perp) or names_a_side(perp)):
            return Attribution("alleged", perpetrator=clean_side(re.sub(r"^(?:a|about \d+)\s+", "", perp)))
    named = _group_did_it(text) or men_of_group_acted(text)  # "Fighters of the Zainabiyoun Brigade attacked"
    if named:
        return Attribution("alleged", perpetrator=named)
    return Attribution("alleged", perpetrator=actor) if (actor := labelled_actor(text)) else None


def _only_described(labelled: re.Match[str]) -> bool:
    """Whether a reported "said militants attacked" only describes the attackers.

    "Terrorists", "khawarij", "miscreants" are the speaker's blame; "militants" is the reporter's word
    for armed men, after "said" or in a clause of what was said ("the military said twelve soldiers were
    martyred when militants attacked a check post", Daily Pakistan 541), unless the speaker hedges ("may
    have fired", "allegedly") or says where they came from, which is naming the side held responsible.
    """
    if labelled.group("hedge") or labelled.group("origin") or labelled.group("quote"):
        return False
    return re.search(r"\b(?:militants|insurgents)\b", labelled.group("perp"), re.IGNORECASE) is not None


_GROUP_ACT = (
    r"(?:attacked|kidnapped|abducted|captured|seized|took\s+(?:\w+\s+){0,3}hostage|carried out|ambushed|stormed|"
    r"targeted|killed|had entered|crossed)"
)
#: Up to three words between the group and its verb, none of them a passive's auxiliary.
_FILLER = r"(?:\s+(?!was\b|were\b|been\b|being\b|is\b|are\b)[a-z]+){0,3}"
_ABOUT_GROUP = re.compile(r"\b(?:formed|founded|designated|lists it|banned in|emerged)\b", re.IGNORECASE)


def _group_did_it(text: str) -> str | None:
    """A group the actor dictionary knows, tied to the act by the sentence's own structure.

    "kidnapped by the Jaish al-Adl group", "Jaish al-Adl forces attacked a border post",
    "the Jaysh al-Adl terrorist group was behind the attack". A sentence describing the
    group itself ("formed in 2012", "Iran lists it as terrorist") ties it to nothing.
    """
    from .first_blame import talk_of_a_group_in
    from .groups import known_group

    name = known_group(text, non_state=True)
    if name is None or _ABOUT_GROUP.search(text) or talk_of_a_group_in(text):
        return None  # "there was talk that the X group was behind it": suspected, read by .first_blame
    group = re.escape(name)
    ties = (
        # the act's participle, not a noun: "kidnapped by the Jaish al-Adl group", not "attacks … by"
        rf"\b(?:kidnapped|abducted|captured|seized|carried out|attacked|ambushed|killed|claimed|staged)"
        rf"(?:\s+[\w-]+){{0,3}}?\s+by\s+(?:the\s+)?{group}\b",
        rf"(?<![\w-]){group}{_FILLER}\s+(?:has\s+|had\s+|have\s+)?{_GROUP_ACT}\b",
        rf"(?<![\w-]){group}{_FILLER}\s+(?:was|were)\s+(?:behind|responsible)\b",
        # "a local TTP commander led the assault": one of its men leading or planning the act (not a former one)
        rf"(?<!former\s)(?<![\w-]){group}\s+(?:commanders?|leaders?|chiefs?|militants?|fighters?)\s+(?:had\s+|has\s+)?"
        r"(?:led|planned|masterminded|directed|organi[sz]ed)\s+the\s+(?:attack|assault|raid|ambush|bombing)\b",
    )
    return name if any(re.search(tie, text) for tie in ties) else None
