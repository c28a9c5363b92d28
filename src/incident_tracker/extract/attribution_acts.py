"""Who is behind an incident when no one blames in words: a side told acting, the speaker's label, the attackers.

The weaker readings of :func:`.attribution.read_attribution`, tried after every statement of blame has found
nothing, and the two helpers both kinds share (an origin's place and country, an actor's own words).
"""

from __future__ import annotations

import re

from .actors import label_origin, labelled_actor
from .after_act import after_side
from .armed_reply import answered_with_fire
from .attribution_patterns import (
    _ACTED,
    _AGAINST,
    _ARMED_NOUNS,
    _CAME_FROM,
    _CAP,
    _CIVILIANS_ACTED,
    _CROSSING_FROM,
    _FROM_THERE,
    _HAD_COME,
    _INFILTRATING,
    _LABELLED,
    _SAID_FROM,
    _SAYS,
    _STARTED_BY,
    _STATE_FIRED,
    _STATE_FIRED_NOT,
)
from .came_across import came_across, crossers_who_struck, crossing_label
from .coalition_acts import coalition_acted
from .crowd_actor import crowd_actor
from .lone_man import lone_man_acted
from .speaker_side import side_after_speaker
from .statement import Attribution, clean_side, country_of, names_a_side
from .the_side import side_told_acting
from .unmet_actors import men_of_group_acted
from .vocab import DEMONYMS, NUMBER

#: The other side of an alternative told just before the side that acted: "U.S. or NATO forces" (CBS 843).
_OR_BEFORE = re.compile(r"(?:^|\s)(?P<alt>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\s+or\s+$")


def origin_of(where: str | None, demonym: str | None = None) -> tuple[str | None, str | None]:
    """Origin place and country from "Afghanistan's Badakhshan province" or "Afghanistan"."""
    if not where:
        return None, None
    if where.lower() in DEMONYMS and not country_of(where):  # "fired from the Afghan side": a country, no place
        return None, DEMONYMS[where.lower()]
    possessive = re.match(rf"({_CAP})[’']s\s+(.+)", where)
    if possessive and country_of(possessive.group(1)):
        return re.sub(r"\s+(?:province|region|district)$", "", possessive.group(2)), country_of(possessive.group(1))
    code = country_of(where) or DEMONYMS.get((demonym or "").lower())  # "the neighbouring Afghan province of Kunar"
    return re.sub(r"\s+(?:province|region|district)$", "", where), code


def actor_only(phrase: str, *, from_article: bool = True) -> str:
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


#: The other party of a clash when it is a state's force or the Taliban's, not armed men the state fights.
_TWO_ARMIES = re.compile(r"^(?:the\s+)?(?:[A-Z][\w’'-]*\s+)*(?:Taliban|forces|troops|border guards|army|soldiers)$")

#: Attackers told as coming from across the border or from the other side: only the side they hit words it so.
_FROM_ACROSS = re.compile(r"\s+(?:firing\s+|coming\s+)?from\s+(?:across\b|the\s+\w+\s+side\b)")


def side_that_acted(text: str) -> Attribution | None:
    """No one blamed in words, but the sentence tells a side acting: it started, crossed, attacked or fired."""
    started = _STARTED_BY.search(text)
    if started and names_a_side(started.group("perp")):
        return Attribution("alleged", perpetrator=clean_side(actor_only(started.group("perp"), from_article=False)))
    infiltrating = _INFILTRATING.search(text)
    if infiltrating:
        origin = _CROSSING_FROM.search(infiltrating.group("rest"))
        where = (origin.group("from") or origin.group("single")) if origin else None
        code = (country_of(where) or DEMONYMS.get(where.lower())) if where else None
        perp = re.sub(rf"^(?:a\s+group\s+of\s+|(?:{NUMBER})\s+)", "", infiltrating.group("perp"), flags=re.IGNORECASE)
        return Attribution("alleged", perpetrator=clean_side(perp.strip('"“”')), origin_country=code)
    acted = _ACTED.search(text)
    told = side_after_speaker(acted.group("perp") or acted.group("from")) if acted else ""
    if acted and names_a_side(told):  # "The ISPR said the terrorists attacked": the terrorists (see .speaker_side)
        side = clean_side(actor_only(told, from_article=False))
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
    if man := lone_man_acted(text):  # "a Pakistani border scout opened fire" (see .lone_man)
        return Attribution("alleged", perpetrator=man)
    if side := side_told_acting(text):  # "the Tajik side opened fire" (see .the_side)
        return Attribution("alleged", perpetrator=side)
    if answered := answered_with_fire(text):  # "armed Afghan smugglers answered … with gunfire" (see .armed_reply)
        return answered
    return coalition_acted(text)  # "forces of the US-led coalition in Afghanistan killed …" (see .coalition_acts)


def labelled_or_from_across(text: str) -> Attribution | None:
    """The speaker's label for who struck ("terrorists fired on troops, the ISPR said"), or where they came from."""
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
        place, country = origin_of(from_there.group("where"))
        return Attribution("alleged", origin_place=place, origin_country=country)
    came = _CAME_FROM.search(text)
    if came and (country_of(came.group("where")) or origin_of(came.group("where"))[1]):
        place, country = origin_of(came.group("where"))
        return Attribution(
            "alleged",
            perpetrator=clean_side(actor_only(came.group("perp"))),
            origin_place=place if place != came.group("where") else None,
            origin_country=country,
        )
    had_come = _HAD_COME.search(text)  # "the militants had come from Afghanistan and attacked the checkposts"
    if had_come:
        code = country_of(had_come.group("where"))
        return Attribution("alleged", perpetrator=clean_side(had_come.group("perp")), origin_country=code)
    if crossers := crossers_who_struck(text):  # "Militants from Afghanistan came across … and attacked": the crossers
        return crossers
    if origin_code := came_across(text):  # "terrorists came into Iran from Pakistan": the label and its origin
        return Attribution("alleged", perpetrator=clean_side(crossing_label(text)), origin_country=origin_code)
    return None


def attackers(text: str) -> Attribution | None:
    """Who an attack was "by" or "against" when they are armed men or a side, else a known group tied to the act.

    "the clash between Iranian border guards and the Taliban" names two sides that fought: nobody is blamed.
    """
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
    if actor := labelled_actor(text):  # "Unidentified militants fired four missiles from Afghanistan": AF
        return Attribution("alleged", perpetrator=actor, origin_country=label_origin(text, actor))
    return None


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
        # (never a participle told of the men, "One of the TTP men killed was a commander": the strike's dead)
        rf"(?<![\w-]){group}{_FILLER}\s+(?:has\s+|had\s+|have\s+)?{_GROUP_ACT}\b(?!\s+(?:was|were|by)\b)",
        rf"(?<![\w-]){group}{_FILLER}\s+(?:was|were)\s+(?:behind|responsible)\b",
        # "a local TTP commander led the assault": one of its men leading or planning the act (not a former one)
        rf"(?<!former\s)(?<![\w-]){group}\s+(?:commanders?|leaders?|chiefs?|militants?|fighters?)\s+(?:had\s+|has\s+)?"
        r"(?:led|planned|masterminded|directed|organi[sz]ed)\s+the\s+(?:attack|assault|raid|ambush|bombing)\b",
    )
    return name if any(re.search(tie, text) for tie in ties) else None
