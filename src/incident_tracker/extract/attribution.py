"""Who is said to be behind an incident, read from one sentence, with the codebook's statuses.

The order is the codebook's strength of statement: sides blaming each other
(``disputed``) outranks a group's own claim (``claimed``), which outranks one party
naming a perpetrator or an origin (``alleged``), which outranks an explicit "no group
has claimed" (``unattributed`` *read from the text*). A sentence that says none of
these gives nothing; the reader then marks ``unattributed`` as a default, so that a
reviewer can tell a statement from a gap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .vocab import ALLEGE, CLAIM, DEMONYMS, MUTUAL, NO_CLAIM, NUMBER, ORIGIN

_CAP = r"[A-Z][\w’'-]*"
#: Who makes an allegation: "the foreign ministry", "Pakistan's interior minister", "Tajik authorities".
_WHO = (
    rf"(?P<who>(?:[Tt]he\s+)?(?:{_CAP}\s+){{0,3}}(?:[a-z]+\s+)?"
    r"(?:authorities|officials?|government|ministry|minister|military|army|police|forces|border service|"
    r"spokesm[ae]n|spokesperson|sources|governor|commander|administration|office|committee|department|agency|"
    r"media|side))"
)
_PLACE = rf"(?P<where>{_CAP}(?:\s+{_CAP})*)"
_BLAME = re.compile(
    rf"{_WHO}(?:,\s+[a-z]+(?:\s+[a-z]+)?,)?\s+(?:has\s+|have\s+|had\s+|also\s+)?"
    r"(?:blamed|accused|put the blame on|laid the blame on)\s+"
    r"(?P<perp>(?!each\b|one another\b|the other\b|both\b)[^,.;]+?)"
    rf"(?:\s+(?:based\s+)?(?:in|from)\s+(?:neighbou?ring\s+)?(?:the\s+)?{_PLACE})?"
    r"(?=\s+(?:for|of|over)\b|\s*[,.;]|\s*$)"
)
_BEHIND = re.compile(
    rf"{_WHO}\s+(?:has\s+|have\s+|had\s+)?(?:said|say|says|alleged|claimed|insisted|stated)\s+(?:that\s+)?"
    r"(?P<perp>(?!the attack|it\b|this\b)[^,.;]+?)\s+(?:was|were|had been)\s+(?:behind|responsible)\b"
)
_PASSIVE = re.compile(
    r"\b(?:was|were|has been|had been)\s+blamed\s+on\s+(?P<perp>[^,.;]+?)"
    rf"(?:\s+(?:based\s+)?(?:in|from)\s+(?:neighbou?ring\s+)?(?:the\s+)?{_PLACE})?(?=\s+by\b|\s*[,.;]|\s*$)"
    rf"(?:\s+by\s+{_WHO})?"
)


#: A named actor: "Jaish al-Adl (Army of Justice)", "the Afghan Border Police".
_NAME = (
    r"(?:[A-Z][\w’'-]*|[a-z]{1,3}-[A-Z][\w’'-]*)(?:\s+(?:[A-Z][\w’'-]*|[a-z]{1,3}-[A-Z][\w’'-]*|of|al|el|ul|e|i|the))*"
    r"(?:\s+\([^)]{1,40}\))?"
)
_CLAIMED = re.compile(
    rf"(?P<who>{_NAME})(?:,[^.;]{{1,120}}?,)?\s+(?:has\s+|have\s+|had\s+|later\s+|quickly\s+|also\s+)?"
    r"(?:claimed responsibility|said it carried out|said it was behind|"
    r"claimed (?:it|the|this|that|[A-Z]\w+[’']s)\b)"
)
#: "Jaish al-Adl (Army of Justice), a Sunni armed group, said … that it had carried out the attack".
#: "The X terrorist group said it had carried out …", "X, …, said it was responsible for the attack".
_SAID_IT_DID = re.compile(
    rf"(?P<who>{_NAME})(?:\s+(?:[a-z-]+\s+){{0,2}}(?:group|organi[sz]ation|movement|outfit))?(?:,[^,]{{1,60}},)?"
    r"\s+(?:said|announced|stated|declared)\b[^.]{0,60}?\b(?:that\s+)?it "
    r"(?:had\s+)?(?:carried out|was behind|conducted|staged|was responsible for)\b"
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
_STATE_NOUNS = (
    r"forces|force|troops|soldiers|military|army|armed forces|aircraft|jets|Border Police|border police|border guards|"
    r"guards|air force|Forces|Troops|Army|Border Guards|Guards"
)
_ARMED_NOUNS = (
    r"smugglers|traffickers|militants|insurgents|gunmen|terrorists|bandits|infiltrators|fighters|Taliban|"
    r"terrorist groups?"
)
_ACTOR = (
    r"(?P<perp>(?:the\s+)?(?:armed\s+)?(?:[A-Z][\w’'-]*\s+){1,4}?(?:[a-z]+\s+){0,2}?"
    rf"(?:{_STATE_NOUNS}|{_ARMED_NOUNS}))"
)
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
#: "… that Iranian security forces are alleged to have carried out"; "believed to have" is suspected.
_SAID_TO_HAVE = re.compile(
    _ACTOR
    + r"\s+(?:are|is|were|was|have been|had been)\s+(?P<how>alleged|accused|said|reported|believed|suspected|thought)"
    r"\s+(?:of|to\s+have)\s+(?:carried out|killed|fired|attacked|opened fire|shot|launched|been behind|carrying out|"
    r"killing|firing|attacking)"
)
#: "Armed Afghan drug traffickers who tried to cross the river killed one border guard".
_WHO_DID = re.compile(
    _ACTOR.replace("(?:the\\s+)?", "(?:the\\s+|[Aa]rmed\\s+)?", 1)
    + r"\s+who\b[^.;]{0,120}?\b(?:killed|attacked|opened fire|fired on|shot|ambushed|abducted|kidnapped|seized)\b"
)
#: "killed in a gunfight with armed Afghan drug traffickers", "shot by Iranian border guards".
_AGAINST = re.compile(
    r"\b(?:gunfight|gun battle|clash|clashes|fighting|firefight|shootout|skirmish|exchange of fire|battle|encounter)"
    r"\s+(?:between\s+[^,.;]{1,60}?\s+and|with)\s+"
    rf"(?P<perp>(?:about\s+\d+\s+|a\s+group\s+of\s+|a\s+)?(?:[\w-]+\s+){{0,4}}?(?:{_ARMED_NOUNS}))\b|"
    # "killed … while fighting drug smugglers", "in fighting against armed bandits"
    rf"\b(?:while|when|in)\s+(?:fighting|battling|confronting|clashing with)\s+(?:against\s+)?"
    rf"(?P<perp3>(?:a\s+group\s+of\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_ARMED_NOUNS}))\b|"
    # "Gunfire by militants from across the border killed two soldiers", "an attack by terrorists"
    rf"\b(?i:gunfire|fire|firing|shelling|attacks?|ambush|assault|raid)\s+by\s+"
    rf"(?P<perp4>(?:the\s+)?(?:armed\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_ARMED_NOUNS}))\b|"
    rf"\b(?:killed|shot|shot dead|wounded|attacked|fired on|"
    rf"(?:shooting|killing|killings|murder) of [^,.;]{{1,40}}?)\s+by\s+"
    rf"(?P<perp2>(?:the\s+)?(?:armed\s+)?(?:[A-Z][\w’'-]*\s+){{0,3}}(?:[a-z]+\s+){{0,2}}(?:{_STATE_NOUNS}|{_ARMED_NOUNS}))\b"
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
#: The acting side's own officials owning the act: "Uzbek officials told Interfax that their border guards had
#: killed a 22-year-old Kyrgyz citizen" (the codebook's ``confirmed``: responsibility accepted).
_OWN_SIDE = re.compile(
    rf"\b(?P<side>{_CAP})\s+(?:officials|authorities|military|army|ministry|government|border service)\b[^.;]{{0,60}}?"
    r"\bthat\s+(?:their|its)\s+(?P<noun>border guards|border troops|forces|troops|soldiers|guards)\s+had\s+"
    r"(?:shot dead|shot|killed|fired on|fired at|opened fire|struck|hit)\b"
)
#: One side's account naming the other as the one who struck: "Afghan Border Police fired on FC troops," ISPR said.
_ACTED = re.compile(
    r"(?:"
    + _ACTOR[:-1]
    + r"(?:\s+and\s+(?:the\s+)?[^,.;]{1,50}?)?)"
    # "terrorists from Afghanistan", "militants operating from Pakistan": who, by where they came from
    + rf"|(?P<from>(?:{_ARMED_NOUNS})\s+(?:operating\s+|based\s+|coming\s+)?(?:from|in)\s+(?:neighbou?ring\s+)?"
    + rf"{_CAP}))"
    r"\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?(?:(?:were|was)\s+(?:again\s+|still\s+|once more\s+|also\s+)?firing\s+"
    r"(?:on|at|mortars?|rockets?|shells?)|"
    r"fired on|fired at|opened fire|attacked|launched|bombed|shelled|targeted|struck|"
    # "Uzbek border guards have shot dead a Kyrgyz man": the side that shot, as the subject
    r"shot dead|shot and killed|gunned down|"
    r"(?:began|started)\s+(?:shelling|firing|attacking)|"
    r"tried to cross|violated|carried out|started firing|opened\s+[\"“]?(?:[\w-]+\s+){0,3}(?:attacks?|fire)|"
    r"fired\s+(?!back\b|in\s+response\b)(?:[\w-]+\s+){0,4}?(?:shells?|rounds?|rockets?|mortars?|projectiles?|"
    r"missiles?|weapons|artillery|bullets|shots))\b"
)
#: A side's label for whoever struck, as the subject of the act: "terrorists fired on troops". Unlike
#: "gunmen", which only describes, "terrorists", "militants", "khawarij" say who the speaker holds responsible.
_LABELLED = re.compile(
    r"(?:^|[,;:]\s+|\bwhen\s+|\bafter\s+|\bas\s+)"
    # "a large band of well-armed terrorists carrying modern weapons attacked …": the label, counted and described
    r"(?:an?\s+(?:large\s+|small\s+|big\s+)?(?:band|group|number|party|gang|team)\s+of\s+)?(?:well-armed\s+)?"
    r"(?P<perp>(?:the\s+)?(?:heavily\s+)?(?:armed\s+)?"
    r"(?P<quote>[\"“])?(?:terrorists|militants|khawarij|khwarij|miscreants|insurgents)[\"”]?"
    r"(?:\s+(?:firing\s+|operating\s+|based\s+|coming\s+)?(?:from|based in|inside|in)\s+"
    r"(?:across\s+the\s+(?:border|frontier)|the\s+\w+\s+side|(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*))?)"
    r"(?:\s+(?:carrying|armed with|equipped with|wielding)(?:\s+[\w-]+){1,3}?)?"
    r"\s+(?:had\s+)?(?:fired|opened fire|attacked|ambushed|struck|stormed|targeted|hit)\b",
    re.IGNORECASE,
)
#: "Rockets launched from Afghanistan struck Termez, the ministry said": an origin told as fact by one side.
_FROM_THERE = re.compile(
    r"\b(?i:rockets?|missiles?|shells?|mortars?|projectiles?|fire|shots|gunfire)\s+(?:were\s+)?"
    r"(?:launched|fired|coming)\s+from\s+(?:across\s+the\s+border\s+in\s+)?(?:neighbou?ring\s+)?"
    rf"(?P<where>{_CAP}(?:\s+{_CAP})*)"
)
#: One side naming the attackers: "The ISPR called the attackers 'khawarij'", "officials identified the gunmen as
#: members of Jaish al-Adl".
_CALLED = re.compile(
    r"(?P<who>(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){0,3}(?:[A-Z][\w’'-]*|[a-z]+))\s+(?:has\s+|had\s+)?"
    r"(?:called|calling|described|termed|labelled|labeled|branded|identified|named)\s+(?:the\s+"
    r"(?:dead\s+|slain\s+)?(?:attackers|assailants|gunmen|militants|infiltrators|intruders|perpetrators|fighters|men|"
    r"raiders)|them)\s+"
    r"(?:as\s+)?(?:an?\s+)?"
    r"(?:members\s+of\s+)?(?:the\s+)?(?:[\"“'](?P<quoted>[^,.;\"”']{2,60}?)[\"”']|(?P<perp>[A-Z][^,.;\"”']{1,59}?))"
    r"(?=\s*[,.;]|\s+(?:who|and|for)\b|\s*$)"
)
#: Attackers told by where they came from: "an armed man who had come over from Afghanistan", "a group of
#: nine, armed to the teeth, who had crossed over from Afghanistan": the account of the side they hit.
_CAME_FROM = re.compile(
    r"(?P<perp>(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:man|men|group(?:\s+of\s+\w+)?|fighters?|gunm[ae]n|militants?|"
    r"terrorists?|smugglers?|intruders?|infiltrators?|raiders?|attackers?))(?:,[^,;.]{1,40},)?\s+who\s+had\s+"
    r"(?:come|crossed|infiltrated)(?:\s+over)?\s+(?:into\s+\w+\s+)?from\s+(?P<where>[A-Z][\w’'-]*(?:[’']s\s+[a-z]+\s+"
    r"[A-Z][\w’'-]*(?:\s+province)?)?)"
)
#: The speaker's name for the attackers, in passing: "the men, whom they called terrorists, had fired".
_WHOM_CALLED = re.compile(
    r"\bwhom\s+(?:they|it|officials|the\s+\w+(?:\s+\w+)?)\s+(?:called|described as|termed|branded|named as|"
    r"identified as)\s+(?:as\s+)?(?:an?\s+)?(?:members\s+of\s+(?:the\s+)?(?:outlawed\s+|banned\s+)?)?"
    r"[\"“']?(?P<quoted>[\w -]{2,40}?)[\"”']?(?=\s*[,.;])"
)
#: A state by its name as the subject of firing: "Pakistan fired the rockets on June 28", "Iran shelled the area".
_STATE_FIRED = re.compile(
    rf"(?:^|[,;:]\s+|\bthat\s+|\bsaid\s+)(?P<perp>{_CAP})\s+(?:had\s+|has\s+)?"
    r"(?:fired|launched|shelled|bombarded|bombed)\s+(?!back\b|in\s+response\b)"
)
#: Words shaped like a country's name that are not one.
_STATE_FIRED_NOT = re.compile(r"^(?:It|They|He|She|We|Police|Troops|Officials)$")
#: Civilians of one side acting against the other: "citizens of Tajikistan threw stones at a car",
#: "Tajik shepherds fired two shots at the guards".
_CIVILIANS_ACTED = re.compile(
    r"(?P<perp>(?:[A-Z][\w’'-]*\s+)?(?:citizens|residents|nationals|villagers|shepherds|herders)"
    r"(?:\s+of\s+[A-Z][\w’'-]*)?)\s+(?:\w+\s+)?(?:threw stones at|began throwing stones|attacked|beat|"
    r"fired (?:\w+\s+){0,3}(?:on|at|shots)|opened fire)\b"
)
#: "The ISPR said terrorists inside Afghanistan had opened fire": the label with where they were.
_SAID_FROM = re.compile(
    r"\bsaid\s+(?:that\s+)?(?P<perp>(?:terrorists|militants|khawarij|khwarij|insurgents)\s+(?:from|inside|in|based in|"
    r"operating from)\s+[A-Z][\w’'-]*)\s+(?:had\s+)?(?:fired|opened fire|attacked|targeted|ambushed)\b"
)
#: "a group of khwarij trying to cross the Afghan border", "terrorists who attempted to infiltrate from
#: Afghanistan": the side that stopped them names who they were and where they came from.
_INFILTRATING = re.compile(
    r"(?P<perp>(?:[Tt]he\s+)?[\"“]?(?:[A-Z][\w-]*\s+){0,3}(?i:khwarij|khawarij|terrorists|militants|infiltrators|"
    r"insurgents)[\"”]?)(?:,[^,;.]{1,60},)?\s+(?:who\s+(?:were\s+|had\s+)?)?"
    r"(?:trying|attempting|tried|attempted|seeking|sought)\s+to\s+(?:infiltrate|cross|sneak|enter)\b"
    r"(?P<rest>[^.;]{0,120})"
)
_CROSSING_FROM = re.compile(
    rf"\b(?:from|through\s+the|across\s+the|the)\s+(?:(?P<from>{_CAP})(?!-)\b(?:\s+border)?|"
    r"(?P<single>[A-Z][a-z]+)\s+border)"
)

#: "the clashes began after Taliban forces tried to raise their flag": the side whose act started the fighting.
_STARTED_BY = re.compile(
    r"\b(?:began|started|erupted|broke out|flared|were triggered|was triggered|were sparked|was sparked)\s+"
    r"(?:\w+\s+){0,2}?(?:after|when|as)\s+" + _ACTOR + r"\s+(?:had\s+)?(?:tried|attempted|opened|fired|attacked|began|"
    r"started|crossed|moved|entered|sought|wanted)\b"
)

#: "The two countries often accuse each other of …": a habit of the conflict, not this event's dispute.
_HABITUAL = re.compile(r"\b(?:often|frequently|regularly|routinely|repeatedly|have long|usually|always)\b", re.I)
_AT_EACH_OTHER = re.compile(r"\b(?:at|on|with)\s+(?:each other|one another)\b", re.IGNORECASE)
_SAYS = re.compile(r"\b(?:said|says|say|told|according to|claimed|alleged|accused|statement)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Attribution:
    """One sentence's statement about responsibility."""

    status: str
    perpetrator: str | None = None
    attributed_by: str | None = None
    origin_place: str | None = None
    origin_country: str | None = None

    def fields(self) -> dict[str, str]:
        """The codebook fields this statement fills (status aside)."""
        found = {
            "perpetrator": self.perpetrator,
            "attributed_by": self.attributed_by,
            "origin_place": self.origin_place,
            "origin_country": self.origin_country,
        }
        return {k: v for k, v in found.items() if v}


RANK = {"unattributed": 0, "alleged": 1, "suspected": 2, "claimed": 3, "confirmed": 4, "disputed": 5}


def _clean(phrase: str | None) -> str | None:
    if not phrase:
        return None
    phrase = re.sub(r"^(?:the|The)\s+", "", " ".join(phrase.split())).strip(" ,")
    owner = re.match(rf"({_CAP})[’']s\s+(?=[a-z])", phrase)
    if owner and (code := _country(owner.group(1))):
        # "Iran's border force" is the Iranian border force: the side by its adjective, as coders write it
        from .vocab import DEMONYMS

        demonym = next((word for word, c in DEMONYMS.items() if c == code), None)
        if demonym:
            phrase = f"{demonym.capitalize()} {phrase[owner.end() :]}"
    return phrase or None


def _country(name: str | None) -> str | None:
    from .draft import country_code

    return country_code(name) if name else None


def _origin(where: str | None) -> tuple[str | None, str | None]:
    """Origin place and country from "Afghanistan's Badakhshan province" or "Afghanistan"."""
    if not where:
        return None, None
    possessive = re.match(rf"({_CAP})[’']s\s+(.+)", where)
    if possessive and _country(possessive.group(1)):
        return re.sub(r"\s+(?:province|region|district)$", "", possessive.group(2)), _country(possessive.group(1))
    code = _country(where)
    return re.sub(r"\s+(?:province|region|district)$", "", where), code


def _actor_only(phrase: str, *, from_article: bool = True) -> str:
    """The actor's own words of a phrase read up to it: "killed an armed man" → "an armed man"."""
    words = phrase.split()
    articles = [i for i, w in enumerate(words) if w.lower() in ("a", "an", "the")]
    if articles and from_article:
        return " ".join(words[articles[-1] :])
    leading = ("then", "later", "also", "when", "as", "after", "while")
    while len(words) > 1 and (words[0].lower().endswith("ed") or words[0].lower() in leading):
        words = words[1:]
    return " ".join(words)


def read_attribution(text: str) -> Attribution | None:
    """The strongest statement about responsibility in a sentence, or None."""
    if MUTUAL.search(text) and not _HABITUAL.search(text):
        return Attribution("disputed")
    if _AT_EACH_OTHER.search(text):
        return None  # "Taliban and Pakistani forces fired at each other": two sides, nobody blamed
    own = _OWN_SIDE.search(text)
    if own and own.group("side").lower() in DEMONYMS:
        return Attribution("confirmed", perpetrator=f"{own.group('side')} {own.group('noun')}")
    for pattern in (_CONFIRMED_SELF, _CONFIRMED_THAT):
        confirmed = pattern.search(text)
        if confirmed:
            return Attribution("confirmed", perpetrator=_clean(confirmed.group("perp")))
    did = _SAID_IT_DID.search(text)
    if did and not NO_CLAIM.search(text):
        who = _clean(did.group("who"))
        state = who and _STATE.search(re.sub(r"\([^)]*\)", "", who)) and not _GROUP_NAME.search(who)
        return Attribution("confirmed" if state else "claimed", perpetrator=who)
    if not NO_CLAIM.search(text):
        claim = _first_claim(text) or CLAIM.search(text)
        if claim:
            return Attribution("claimed", perpetrator=_clean(claim.group("who")))
        by = _CLAIMED_BY.search(text)
        if by:
            return Attribution("claimed", perpetrator=_named(by.group("desc")))
        if re.search(r"\bclaimed responsibility\b", text):
            return Attribution("claimed")
    for pattern in (_BLAME, _PASSIVE, _BEHIND):
        match = pattern.search(text)
        if match is None:
            continue
        groups = match.groupdict()
        place, country = _origin(groups.get("where"))
        origin = ORIGIN.search(text)
        if origin and not place:
            place, country = _origin(origin.group("where").strip())
        return Attribution(
            "alleged",
            perpetrator=_clean(groups.get("perp")),
            attributed_by=_clean(groups.get("who")),
            origin_place=place,
            origin_country=country,
        )
    called = _CALLED.search(text)
    if called:
        # a name or the word they used, quoted; "described the gunmen only as armed thugs" names no one
        perp = called.group("quoted") or called.group("perp")
        who = called.group("who")
        pronoun = re.fullmatch(r"(?:It|They|He|She|We)", who.strip())
        return Attribution("alleged", perpetrator=_clean(perp), attributed_by=None if pronoun else _clean(who))
    allege = ALLEGE.search(text)
    if allege:
        place, country = (None, None)
        origin = ORIGIN.search(text)
        if origin:
            place, country = _origin(origin.group("where").strip())
        return Attribution(
            "alleged", attributed_by=_clean(allege.group("who")), origin_place=place, origin_country=country
        )
    if NO_CLAIM.search(text):
        return Attribution("unattributed")
    started = _STARTED_BY.search(text)
    if started and _names_a_side(started.group("perp")):
        return Attribution("alleged", perpetrator=_clean(_actor_only(started.group("perp"), from_article=False)))
    infiltrating = _INFILTRATING.search(text)
    if infiltrating:
        origin = _CROSSING_FROM.search(infiltrating.group("rest"))
        where = (origin.group("from") or origin.group("single")) if origin else None
        code = (_country(where) or DEMONYMS.get(where.lower())) if where else None
        perp = re.sub(rf"^(?:a\s+group\s+of\s+|(?:{NUMBER})\s+)", "", infiltrating.group("perp"), flags=re.IGNORECASE)
        return Attribution("alleged", perpetrator=_clean(perp.strip('"“”')), origin_country=code)
    acted = _ACTED.search(text)
    if acted and _names_a_side(acted.group("perp") or acted.group("from")):
        return Attribution(
            "alleged", perpetrator=_clean(_actor_only(acted.group("perp") or acted.group("from"), from_article=False))
        )
    by_name = _STATE_FIRED.search(text)
    if by_name and _country(by_name.group("perp")) and not _STATE_FIRED_NOT.search(by_name.group("perp")):
        return Attribution("alleged", perpetrator=by_name.group("perp"))
    civilians = _CIVILIANS_ACTED.search(text)
    if civilians and _names_a_side(civilians.group("perp")):
        return Attribution("alleged", perpetrator=_clean(civilians.group("perp")))
    said_from = _SAID_FROM.search(text)
    if said_from:
        return Attribution("alleged", perpetrator=_clean(said_from.group("perp")))
    labelled = _LABELLED.search(text)
    if labelled and (_SAYS.search(text) or labelled.group("quote")):
        # "terrorists fired on troops, the ISPR said": the label is the speaker's naming of who struck
        perp = re.sub(r"\s+(?:had|has|have)$", "", labelled.group("perp"))
        return Attribution("alleged", perpetrator=_clean(perp))
    from_there = _FROM_THERE.search(text)
    if from_there and _SAYS.search(text) and (_country(from_there.group("where")) or "across" in from_there.group(0)):
        place, country = _origin(from_there.group("where"))
        return Attribution("alleged", origin_place=place, origin_country=country)
    came = _CAME_FROM.search(text)
    if came and (_country(came.group("where")) or _origin(came.group("where"))[1]):
        place, country = _origin(came.group("where"))
        return Attribution(
            "alleged",
            perpetrator=_clean(_actor_only(came.group("perp"))),
            origin_place=place if place != came.group("where") else None,
            origin_country=country,
        )
    whom = _WHOM_CALLED.search(text)
    if whom:
        return Attribution("alleged", perpetrator=_clean(whom.group("quoted")))
    suspected = _SUSPECTED.search(text)
    if suspected:
        perp = suspected.group("perp") or suspected.group("perp2") or suspected.group("perp3")
        return Attribution("suspected", perpetrator=_clean(re.sub(r"^members of\s+", "", perp)))
    said_to = _SAID_TO_HAVE.search(text)
    if said_to and _names_a_side(said_to.group("perp")):
        status = "suspected" if said_to.group("how").lower() in ("believed", "suspected", "thought") else "alleged"
        return Attribution(status, perpetrator=_clean(said_to.group("perp")))
    who_did = _WHO_DID.search(text)
    if who_did and (_names_a_side(who_did.group("perp")) or re.search(rf"(?:{_ARMED_NOUNS})$", who_did.group("perp"))):
        return Attribution("alleged", perpetrator=_clean(who_did.group("perp")))
    against = _AGAINST.search(text)
    if against:
        perp = against.group("perp") or against.group("perp2") or against.group("perp3") or against.group("perp4")
        if re.search(rf"\b(?:{_ARMED_NOUNS})$", perp) or _names_a_side(perp):
            return Attribution("alleged", perpetrator=_clean(re.sub(r"^(?:a|about \d+)\s+", "", perp)))
    named = _group_did_it(text)
    if named:
        return Attribution("alleged", perpetrator=named)
    return None


_GROUP_ACT = (
    r"(?:attacked|kidnapped|abducted|captured|seized|took\s+(?:\w+\s+){0,3}hostage|carried out|ambushed|stormed|"
    r"killed|had entered|crossed)"
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
    from .groups import known_group

    name = known_group(text, non_state=True)
    if name is None or _ABOUT_GROUP.search(text):
        return None
    group = re.escape(name)
    ties = (
        # the act's participle, not a noun: "kidnapped by the Jaish al-Adl group", not "attacks … by"
        rf"\b(?:kidnapped|abducted|captured|seized|carried out|attacked|ambushed|killed|claimed|staged)"
        rf"(?:\s+[\w-]+){{0,3}}?\s+by\s+(?:the\s+)?{group}\b",
        rf"(?<![\w-]){group}{_FILLER}\s+(?:has\s+|had\s+|have\s+)?{_GROUP_ACT}\b",
        rf"(?<![\w-]){group}{_FILLER}\s+(?:was|were)\s+(?:behind|responsible)\b",
    )
    return name if any(re.search(tie, text) for tie in ties) else None


def _first_claim(text: str) -> re.Match[str] | None:
    """The first "X …, claimed the attack" whose X is not the outlet or official reporting it."""
    position = 0
    while (match := _CLAIMED.search(text, position)) is not None:
        if not _OUTLET.match(match.group("who")):
            return match
        position = match.start("who") + 1
    return None


def _named(description: str) -> str | None:
    """The name in "a Sunni jihadist group, Jaish al-Adl", or None when it only describes one."""
    words = description.split()
    capitals = [w for w in words if w[:1].isupper() and w.lower() not in _DESCRIPTIVE]
    return _clean(description) if capitals else None


def _names_a_side(actor: str) -> bool:
    """An actor phrase names a side by its nationality ("Afghan Border Police"), not just "Gunmen"."""
    from .draft import country_code
    from .groups import known_group
    from .vocab import DEMONYMS

    words = re.sub(r"^(?:the|The)\s+", "", actor).split()
    if any(w.lower().strip('"“') in DEMONYMS for w in words) or known_group(actor) is not None:
        return True
    return any(country_code(w) for w in words if w[:1].isupper())  # "Iran's border force", "… from Afghanistan"
