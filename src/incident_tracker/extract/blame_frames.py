"""Who is blamed, read as an accuser, a verb frame and a named side: the common ways a report says so.

The older patterns of :mod:`.attribution_patterns` were each learnt from a dev report's wording, so they knew
"Police blamed" but not "Officials blamed", "blamed … for" but not "held … responsible for" (issue 14, *Who is
blamed: a grid of phrasings* in docs/extract.md). Here the two halves are tables: the classes of accuser reports
quote (police, officials, an officer, a ministry, a spokesman, the army's media wing, security sources, residents,
a governor, state media) and the verb frames that tie a side to the event ("blamed X for the attack", "blamed the
attack on X", "accused X of carrying out the attack", "held X responsible for", "said X was behind", "attributed
the attack to X", "suspected X of", "pointed the finger at X"). Any accuser with any frame is one party naming a
perpetrator, the codebook's ``alleged``.

What keeps it from blaming the wrong side: the side must be one the actor dictionary knows or one told by its
state (a generic "militants" is no perpetrator, by the coding's ruling on generic labels); the verb follows the
accuser with nothing but an auxiliary or a day between, so "did not blame" and "have not blamed" are not read;
the event is definite ("the attack", "Sunday's raid"), so "a similar attack last year" is not this incident; and a
question reads nothing.
"""

from __future__ import annotations

import re

from .statement import Attribution, clean_side, names_a_side

#: Who blames, by class. Each is a phrase a report opens the sentence (or a clause) with; a country's or a
#: demonym's word may stand before it ("Pakistani officials", "Iran's interior ministry").
ACCUSERS = (
    # police, by force or level: "Police", "local police", "the provincial police"
    r"(?:the\s+)?(?:local\s+|provincial\s+|district\s+|city\s+|border\s+)?police",
    # officials of any kind: "Officials", "local officials", "senior security officials"
    r"(?:(?:local|provincial|district|senior|security|government|military|army|police|border|intelligence|"
    r"state|top)\s+){0,2}officials",
    # one of them: "a police officer", "a senior security official", "a local commander"
    r"an?\s+(?:(?:senior|local|provincial|district|police|security|government|military|army|intelligence|border|"
    r"top)\s+){0,2}(?:officer|official|commander)",
    # a ministry: "the interior ministry", "the foreign ministry"
    r"(?:the\s+)?(?:interior|foreign|defen[cs]e|home|security|internal\s+affairs)\s+ministry",
    # a spokesman, perhaps for a body: "a spokesman for the provincial police", "the army spokesman"
    r"(?:an?|the)\s+(?:[\w’'-]+\s+){0,2}?spokes(?:man|woman|person)(?:\s+for\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?"
    r"(?:police|army|military|ministry|government|forces|guards|troops|service|department|administration|governor))?",
    # the army's media wing: "the army's media wing", "the ISPR"
    r"(?:the\s+)?(?:army|military)[’']s\s+media\s+(?:affairs\s+)?wing|"
    r"(?:the\s+)?(?:ISPR|Inter-Services Public Relations)",
    # sources: "security sources", "intelligence sources"
    r"(?:security|intelligence|police|military|official|local)\s+sources",
    # people of the place: "residents", "villagers", "tribal elders"
    r"(?:local\s+)?(?:residents|villagers|witnesses|(?:tribal\s+)?elders)",
    # a governor: "the provincial governor", "the district governor"
    r"(?:the\s+)?(?:(?:provincial|district|regional|deputy)\s+)?governor",
    # state media: "state media", "state television", "the state news agency"
    r"(?:the\s+)?state(?:-run)?\s+(?:media|television|TV|radio|news\s+agency)",
    # authorities: "the authorities", "local authorities"
    r"(?:the\s+)?(?:local\s+|provincial\s+)?authorities",
)
#: A country's or a demonym's word before the accuser: "Pakistani officials", "Iran's interior ministry".
_OF_STATE = r"(?:(?:[Tt]he\s+)?[A-Z][a-z]+(?:[’']s)?\s+)?"
_ACCUSER = rf"(?P<who>{_OF_STATE}(?i:{'|'.join(ACCUSERS)}))"
#: Between the accuser and the verb, only what does not change the statement: an auxiliary, "also", the day.
_BETWEEN = (
    r"(?:\s+(?:has|have|had|also|later|quickly|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))*"
)
#: The event, definite: "the attack", "Sunday's raid", "the deadly ambush" (never "a similar attack").
_EVENT = (
    r"(?:the|this|that|[A-Z][a-z]+day[’']s)\s+(?!(?:previous|earlier|last|similar|past|\d{4})\b)"
    r"(?:[\w-]+\s+){0,3}?(?:attacks?|raids?|ambush|blasts?|bombings?|killings?|firing|shelling|incident|assaults?|"
    r"strikes?|explosion|shooting|violence|deaths?|murders?)\b"
    r"(?!\s+(?:last\s+(?:year|month|week)|earlier\s+this|in\s+\d{4})\b)"
)
_PERP = r"(?P<perp>(?!each\b|one another\b|the other\b|both\b|it\b|them\b)[^,.;?\"“”]{2,60}?)"
#: A side said plainly runs to the clause's end, so no word may tie it to something else: "the TTP for last year's
#: attack", "the TTP over the killings", "the TTP as well" are not a bare frame's side.
_BARE_PERP = (
    r"(?P<perp>(?!each\b|one another\b|the other\b|both\b|it\b|them\b)"
    r"(?:(?!\b(?:for|over|after|because|since|as|with|on|at|during|when|despite|instead|not|too)\b)[^,.;?\"“”]){2,60}?)"
)
_CARRYING_OUT = r"(?:carrying\s+out|staging|launching|mounting|orchestrating|masterminding|being\s+behind)\s+"
#: The verb frames, each after the accuser: the side named, the event tied to it.
FRAMES = (
    rf"(?:blamed|blames|blame)\s+{_PERP}\s+for\s+{_EVENT}",
    rf"(?:blamed|blames|blame)\s+{_EVENT}(?:\s+[^,.;]{{0,60}}?)?\s+on\s+{_PERP}(?=\s*[,.;]|\s*$|\s+(?:for|who|which)\b)",
    rf"(?:accused|accuses|accuse)\s+{_PERP}\s+of\s+(?:{_CARRYING_OUT})?{_EVENT}",
    rf"(?:held|holds|hold)\s+{_PERP}\s+responsible\s+for\s+{_EVENT}",
    rf"(?:said|say|says|believed|believe|believes)\s+(?:that\s+)?{_PERP}\s+(?:was|were|is|are|had\s+been)\s+"
    rf"(?:behind|responsible\s+for)\s+{_EVENT}",
    rf"(?:attributed|attributes|attribute|ascribed)\s+{_EVENT}\s+to\s+{_PERP}(?=\s*[,.;]|\s*$)",
    rf"(?:suspected|suspects|suspect)\s+{_PERP}\s+of\s+(?:{_CARRYING_OUT})?{_EVENT}",
    rf"(?:pointed|points|point)\s+the\s+finger\s+(?:of\s+blame\s+)?at\s+{_PERP}(?:\s+for\s+{_EVENT}|(?=\s*[,.;]|\s*$))",
    # said plainly, the event left to the sentence before: "Officials blamed the TTP.", "suspected the TTP, who …",
    # "said they suspected the TTP" (see BARE_END)
    rf"(?:blamed|blames|blame|suspected|suspects|suspect)\s+{_BARE_PERP}{{end}}",
    rf"(?:said|say|says)\s+(?:that\s+)?(?:they|he|she|it)\s+(?:suspected|suspect|suspects|blamed|blame|blames)\s+"
    rf"{_BARE_PERP}{{end}}",
)
#: Where a bare frame's side must end: the sentence's or a clause's end, or a relative clause about the side ("the
#: TTP, who have attacked convoys before"). Anything else after the side ("for last year's attack", "for the
#: weather") is another frame's to read, or none's.
BARE_END = r"(?=\s*[.;!]?\s*$|\s*;|\s*,\s+(?:who|which|but|while|and)\b)"
_FRAMED = tuple(
    re.compile(rf"(?:^|[,;:]\s+|\b(?:and|but|while)\s+){_ACCUSER}{_BETWEEN}\s+{frame.replace('{end}', BARE_END)}")
    for frame in FRAMES
)
#: Suspicion told with no one holding it: "Suspicion fell on the TTP." (``suspected``, as "X is believed to be
#: behind the attack" is).
_SUSPICION_FELL = re.compile(
    rf"(?:^|[,;:]\s+|\b(?:and|but|while)\s+)(?i:suspicion)\s+(?:has\s+|had\s+|quickly\s+|immediately\s+)*"
    rf"(?:fell|fallen|falls|rested|centred|centered|focused)\s+on\s+{_BARE_PERP}"
    # who told it, after: "Suspicion fell on the TTP, police said."
    rf"(?:{BARE_END}|\s*,\s+{_ACCUSER}\s+(?:said|say|says|added)(?=\s*[.;!]?\s*$))"
)
#: A word every frame holds: a sentence without one blames no one by the tables.
_WORTH_A_LOOK = re.compile(r"blame|accus|responsible|behind|attribut|ascribed|suspect|finger|[Ss]uspicion")
#: The side first, the accuser after: "The TTP is believed to be behind the attack, police said".
_BELIEVED = re.compile(
    rf"(?:^|[,;:]\s+){_PERP}\s+(?:is|are|was|were)\s+(?:widely\s+)?(?:believed|thought|suspected)\s+to\s+"
    rf"(?:be|have\s+been)\s+behind\s+{_EVENT}\s*,\s+{_ACCUSER}\s+(?:said|say|says|told|added)\b"
)
#: Blame for another, earlier event, matched from just after the blamed side: "blamed the TTP for a similar attack",
#: "for the 2014 attack", "… last year".
EARLIER_EVENT = re.compile(
    r"[^.;]{0,80}?\bfor\s+(?:an?\s+(?:[\w-]+\s+)?(?:similar|earlier|previous|separate|other)\b|"
    r"(?:the|an?)\s+(?:\d{4}|previous|earlier|last|past)\b)|[^.;]{0,120}?\b(?:last\s+(?:year|month|week)|in\s+\d{4})\b"
)
#: A side told by where it is: "groups in neighbouring Afghanistan", "militants based in Kunar".
_FROM_WHERE = re.compile(r"\s(?:in|from|based|operating|across)\s")
#: Words around a group's name that only say what it is: "the Jaish ul-Adl group", "the terrorist group Jundullah",
#: "the banned TTP" are the group.
_WHAT_IT_IS = (
    r"(?:the|a|banned|outlawed|proscribed|militant|terrorist|armed|separatist|insurgent|extremist|jihadist|group|"
    r"organi[sz]ation|outfit|militants|fighters|terrorists)"
)
_GROUP_WORDS = re.compile(rf"^(?:{_WHAT_IT_IS}\s+)*(?P<name>.+?)(?:\s+{_WHAT_IT_IS})*$")


def framed_blame(text: str) -> Attribution | None:
    """An accuser blaming a named side for the event, by any frame of the tables (see the module), or None."""
    if text.rstrip().endswith("?") or not _WORTH_A_LOOK.search(text):
        return None  # most sentences say none of the frames' words: a cheap test spares the frames' search
    hits = [hit for frame in _FRAMED if (hit := frame.search(text))]
    found = min(hits, key=lambda hit: hit.start()) if hits else None
    status = "alleged"
    if found is None:
        found = _BELIEVED.search(text) or _SUSPICION_FELL.search(text)
        status = "suspected"
    if found is None:
        return None
    if _FROM_WHERE.search(found.group("perp")):
        return None  # "blamed criminal groups in neighbouring Afghanistan": an origin, which .attribution reads
    perp = _side(found.group("perp"))
    if perp is None:
        return None
    who = found.groupdict().get("who")
    return Attribution(status, perpetrator=perp, attributed_by=clean_side(who) if who else None)


def _side(phrase: str) -> str | None:
    """The side a frame names, as the dictionary writes it where it knows the name; None for a generic label."""
    from .actors import canonical_actor
    from .groups import known_group

    side = clean_side(phrase)
    if not side or not names_a_side(side):
        return None
    bare = _GROUP_WORDS.match(side)
    if canonical_actor(side) is None and bare and known_group(side) == bare.group("name"):
        return bare.group("name")
    return side
