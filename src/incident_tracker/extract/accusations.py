"""Which side a sentence's speaker is of, and which other side it says acted: one side's accusation.

:mod:`.attribution` reads blame one sentence at a time, so it sees two sides blaming each other only when
one sentence tells both ("each side accused the other"). Wire reports often tell the two accounts apart:
"Kabul said Pakistani forces opened fire first." … "Islamabad said Afghan forces started the firing." Each
is one side's accusation against the other; the reader (:meth:`.reader.Reader.read_attribution`) keeps them
per incident, and an accusation by side A against side B with another by B against A makes the incident
the codebook's ``disputed``. Only states' sides count, named by demonym, country or capital; a side
blaming its own forces, or a force firing back, accuses no one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .attribution_patterns import HABITUAL, STANDING
from .draft import ATTRIBUTION_FIELDS, Draft
from .sentences import Sentence
from .speakers import TALIBAN, side_on, speaker_patterns, speaker_side
from .vocab import COUNTRY_NAMES, DEMONYMS

#: Capitals that wire reports use for their governments: "Kabul said", "Dushanbe tells the story differently".
CAPITALS = {
    "kabul": "AF",
    "islamabad": "PK",
    "tehran": "IR",
    "dushanbe": "TJ",
    "bishkek": "KG",
    "tashkent": "UZ",
    "ashgabat": "TM",
}
_SIDES = {**DEMONYMS, **COUNTRY_NAMES, **CAPITALS}
_SIDE = r"(?P<side>" + "|".join(sorted((w.capitalize() for w in _SIDES), key=len, reverse=True)) + r")(?:[’']s)?"

#: Who speaks: "Kyrgyzstan's State Border Service (SBS) told TASS", "the Afghan side said", "Kabul said",
#: "The press centre of the Border Troops of Tajikistan's State Committee … (SCNS) said", "According to the
#: Kyrgyz side".
_SPEAKER = re.compile(
    rf"\b{_SIDE}\s+(?:[\w’'-]+\s+){{0,5}}?(?:\([A-Z]{{2,6}}\)\s+)?(?:has\s+|have\s+|had\s+)?"
    r"(?:said|says|told|tells|accused|accuses|blamed|blames|alleged|alleges|insisted|insists|maintained|claimed|"
    r"put\s+the\s+blame)\b|"
    rf"\b(?:[Aa]ccording\s+to|[Bb]y)\s+(?:the\s+)?{_SIDE.replace('side>', 'side2>')}\s+(?:side|account|version)\b|"
    # Pakistan's military media wing, whose statements wire reports quote as the army's word: "the Director General
    # of the Inter-Services Public Relations (ISPR), Major General Asif Ghafoor, said"
    r"\b(?P<ispr>Inter-Services Public Relations|ISPR)(?:\s+\(ISPR\))?(?:,[^,.;]{1,60},)?\s+(?:has\s+)?"
    r"(?:said|says|told|accused|blamed)\b|"
    # the other government's answer placed by its capital: "In Kabul, the spokesman for the defence ministry blamed
    # Pakistan"; an official must speak ("In Kabul, residents said" is no side's account)
    rf"\b[Ii]n\s+(?P<side3>{'|'.join(w.capitalize() for w in CAPITALS)}),\s+(?:[^.;]{{0,120}}?\b)?"
    r"(?:spokes(?:man|woman|person)|ministry|minister|officials?|government|authorities)\b[^.;]{0,80}?\b"
    r"(?:said|says|told|accused|accuses|blamed|blames)\b"
)
#: The speakers :data:`_SPEAKER` does not read: a name set off by commas, "a spokesman for X", a Taliban speaker.
_MORE_SPEAKERS = speaker_patterns(_SIDE)
_FORCE = (
    r"side|forces|troops|soldiers|border guards|border troops|border service|guards|army|military|servicemen|"
    r"border police|border forces|patrol|border patrol"
)
#: The side said to have acted, as the subject of the act: "Pakistani forces opened fire first", "the Tajik side
#: used weapons", "Pakistan had begun", "the Kyrgyz side had brought 300 more men, who … opened fire". Never a
#: force firing back, and never one that something was done to ("Tajik soldiers were wounded").
_ACCUSED = re.compile(
    rf"\b{_SIDE}(?:\s+(?:[a-z]+\s+){{0,2}}?(?:{_FORCE}))?"
    r"(?P<gap>(?:(?!\b(?:were|was|been|being|by|is|are|after|when|because|returned|responded|retaliated)\b)[^.;]){0,100}?)\s+(?:had\s+|has\s+|have\s+)?(?:then\s+)?"
    r"(?:opened\s+fire|fired\s+(?!back\b|in\s+response\b)|used\s+(?:their\s+|its\s+)?weapons|"
    r"(?:started|began|begun|provoked)\b|"
    r"attacked|shelled)"
)
#: "accused Afghan forces of firing", "blamed the Tajik side for": the accused told as the object.
_ACCUSED_OBJECT = re.compile(
    rf"\b(?:accused|accuses|blamed|blames)\s+(?:the\s+)?{_SIDE}(?:\s+[\w’'-]+){{0,3}}?\s+(?:of|for)\s+(?:the\s+)?"
    # "accused the Kyrgyz border guards of stoking the crisis by firing on residents" (UPI 676)
    r"(?:firing|shelling|attacking|opening fire|killing|shooting|starting|provoking|stoking|inciting|carrying out|"
    r"attacks?|clash)\b|"
    # said plainly, the act left to the sentences before: "Afghan officials blamed Pakistani troops." (issue 14)
    rf"\b(?:accused|accuses|blamed|blames|suspected|suspects)\s+(?:the\s+)?{_SIDE.replace('side>', 'bare>')}"
    rf"(?:\s+(?:[a-z]+\s+)?(?:{_FORCE}))?(?=\s*[.;!]?\s*$|\s*;|\s*,\s+(?:who|which|but|while)\b)"
)
#: A speaker's charge against another state's citizens, told in a sentence of the wronged side's people: "dozens of
#: Kyrgyz citizens had been seized … in what he called the unlawful acts of citizens of Uzbekistan" (RFE/RL 674,
#: UPI 676). The accuser is the other side the sentence names (the citizens seized), the accused the state whose
#: citizens' acts are called unlawful; with the other side's blame in another sentence, the sides blame each other.
_CALLED_UNLAWFUL = re.compile(
    r"\bwhat\s+(?:he|she|they|it|the\s+[\w\s]{1,30}?)\s+called\s+(?:the\s+)?(?:unlawful|illegal|criminal|"
    r"provocative|hostile)\s+(?:acts|actions|conduct)\s+of\s+(?:the\s+)?(?:citizens|residents|nationals)\s+of\s+"
    + _SIDE.replace("side>", "called>")
)
_ANY_SIDE = re.compile(r"\b" + _SIDE)
#: Fire told by where it came from: "came under fire from the Afghan side", "rounds were fired at the gate from the
#: Afghan side". Never fire answered ("fired back from the Pakistani side").
_FIRE_FROM = re.compile(
    r"\b(?:fire|fired|firing|shelling|shells?|rockets?|rounds?|mortars?)\b"
    r"(?:(?!\b(?:back|response|retaliation|retaliated|answered)\b)[^.;]){0,60}?\bfrom\s+(?:the\s+)?"
    rf"{_SIDE}\s+(?:side|territory|soil|posts?|positions?|{_FORCE})\b"  # "… unprovoked fire from Tajik forces"
)
#: The accused named as a state's force, read from where the side is named: "Pakistani forces", "the Tajik border
#: guards"; a side named bare ("Pakistan had begun") names no perpetrator.
_NAMED_FORCE = re.compile(
    rf"{_SIDE.replace('(?P<side>', '(?:')}\s+(?:[a-z]+\s+){{0,2}}?(?:{_FORCE.removeprefix('side|')})\b"
)
#: The verb that ends a speaker's match: what is left names who speaks ("A Taliban spokesman").
_VERB = re.compile(r"(?:,?\s+(?:has|have|had))?,?\s+\w+$")
#: Where one account ends and another begins inside a sentence: "…, but security sources said …".
_ACCOUNTS = re.compile(r",\s+(?:but|while|whereas)\s+|;\s+")


@dataclass(frozen=True)
class Accusation:
    """One side's account saying the other side acted."""

    accuser: str
    accused: str
    #: The accused as the account names them ("Pakistani forces") and who speaks ("A Taliban spokesman"): what a
    #: one-sided account gives the incident as its perpetrator and accuser (:func:`weigh`); never compared.
    actor: str | None = field(default=None, compare=False)
    speaker: str | None = field(default=None, compare=False)


def _code(word: str) -> str:
    return _SIDES[word.lower()]


def _accuser(speaker: re.Match[str]) -> str:
    """The side a speaker's match speaks for: a state's code, or :data:`.speakers.TALIBAN` until the date decides."""
    if speaker.re is _MORE_SPEAKERS:
        side = speaker_side(speaker)
        return TALIBAN if side is None or side == TALIBAN else _code(side)
    if speaker.group("ispr"):
        return "PK"
    return _code(speaker.group("side") or speaker.group("side2") or speaker.group("side3"))


def speaks(text: str) -> bool:
    """Whether a sentence names a side's speaker or opens a side's quotation: it may hold an accusation."""
    spoken = _SPEAKER.search(text) is not None or _MORE_SPEAKERS.search(text) is not None
    return spoken or quoted_side(text) is not None or bool(_CALLED_UNLAWFUL.search(text))


def quoted_side(text: str) -> str | None:
    """The side a quotation opened and not closed in this sentence says acted ("\"The Tajik side used weapons").

    Its speaker is told after the quotation closes, in a later sentence (see :func:`accusations`).
    """
    stripped = text.lstrip()
    if stripped[:1] == '"':
        closed = stripped.count('"') % 2 == 0
    elif stripped[:1] == "“":
        closed = "”" in stripped
    else:
        return None
    if closed:
        return None
    hit = _ACCUSED.search(text)
    return _code(hit.group("side")) if hit else None


def accusations(text: str, quoted: str | None = None) -> list[Accusation]:
    """Each account in a sentence whose speaker's side says another side acted, in order.

    ``quoted``: the side a quotation opened in the sentence before says acted, when that quotation is closed
    here and its speaker named after it (\"… was killed,\" Kyrgyzstan's State Border Service told TASS).
    """
    found: list[Accusation] = []
    closed = re.search(r"[\"”][,.]?\s+(?:[Tt]he\s+)?", text) if quoted else None
    speaker = _SPEAKER.match(text, closed.end()) if quoted and closed else None
    if quoted and speaker and speaker.group("side") and (accuser := _code(speaker.group("side"))) != quoted:
        found.append(Accusation(accuser, quoted))
    if called := _CALLED_UNLAWFUL.search(text):
        charged = _code(called.group("called"))
        others = (_code(m.group("side")) for m in _ANY_SIDE.finditer(text) if m.start() != called.start("called"))
        if (charging := next((code for code in others if code != charged), None)) is not None:
            found.append(Accusation(charging, charged))
    for account in _ACCOUNTS.split(text):
        speaker = _SPEAKER.search(account) or _MORE_SPEAKERS.search(account)
        if speaker is None or HABITUAL.search(account) or STANDING.search(account):
            continue  # "Islamabad often accuses Kabul of sheltering militants": the standing quarrel, not this event
        accuser = _accuser(speaker)
        rest = account[: speaker.start()] + " " * (speaker.end() - speaker.start()) + account[speaker.end() :]
        # every side named as acting, overlapping: "Pakistani troops returned fire after Afghan forces opened fire"
        hits = [*_ACCUSED_OBJECT.finditer(account), *_FIRE_FROM.finditer(rest)]
        hits += [m for start in range(len(rest)) if (m := _ACCUSED.match(rest, start))]
        own = {accuser, "AF"} if accuser == TALIBAN else {accuser}  # a Taliban speaker's own forces are Afghan
        hit = next((m for m in hits if _code(m.group("side") or m.group("bare")) not in own), None)
        if hit is not None:
            side = hit.group("side") or hit.group("bare")
            actor = _NAMED_FORCE.match(hit.string, hit.start("side") if hit.group("side") else hit.start("bare"))
            who = _VERB.sub("", account[speaker.start() : speaker.end()]).strip(" ,")
            found.append(Accusation(accuser, _code(side), actor.group(0) if actor else None, who or None))
    return found


def weigh(draft: Draft, sentence: Sentence, told: list[Accusation]) -> None:
    """Keep a sentence's accusations on the incident; with one by each side against the other, it is disputed.

    The evidence is both sentences, the earlier side's first, so that a reviewer sees who said what.
    """
    if not told:
        return
    kept: list[tuple[Accusation, str]] = draft.values.setdefault("_accusations", [])
    for accusation in told:
        if (accuser := side_on(accusation.accuser, draft.values.get("event_date"))) is None:
            continue  # a Taliban speaker before they governed, or with no date: no state's account
        accusation = replace(accusation, accuser=accuser)
        reverse = Accusation(accusation.accused, accusation.accuser)
        answered = next((said for earlier, said in kept if earlier == reverse), None)
        kept.append((accusation, sentence.text))
        if answered is None:
            _one_side(draft, sentence, accusation)
            continue
        both = answered if answered == sentence.text else f"{answered} … {sentence.text}"
        if draft.values.get("attribution") == "disputed":
            if draft.evidence.get("attribution") == sentence.text:  # the reader's own rule, on this sentence
                draft.evidence["attribution"] = both
            continue
        draft.forget(*ATTRIBUTION_FIELDS)  # a one-sided statement's fields: the sides now blame each other
        draft.set("attribution", "disputed", sentence, replace=True)
        draft.evidence["attribution"] = both


def _one_side(draft: Draft, sentence: Sentence, accusation: Accusation) -> None:
    """One side's account, not answered: the codebook's ``alleged``, the accused force its perpetrator.

    "A Taliban spokesman said Pakistani forces had fired first" names the actor in that side's words; it fills only
    an empty perpetrator of an incident blamed on no one, or only alleged, and never a stronger statement's fields.
    """
    current = draft.values.get("attribution")
    if current not in (None, "unattributed", "alleged"):
        return
    if draft.values.get("perpetrator"):
        if draft.evidence.get("perpetrator") == sentence.text:  # another rule read the act, not who tells it
            _told_by(draft, sentence, accusation.speaker)
        return
    if accusation.actor is None:
        return
    if current != "alleged":
        draft.read_attribution("alleged", sentence)
    draft.set("perpetrator", accusation.actor, sentence)
    _told_by(draft, sentence, accusation.speaker)


def _told_by(draft: Draft, sentence: Sentence, speaker: str | None) -> None:
    """The account's speaker as the accuser; replacing the same speaker read in part by another rule from this
    sentence ("ministry" of "a spokesman for the Afghan defence ministry")."""
    by = str(draft.values.get("attributed_by") or "")
    fuller = by and speaker and draft.evidence.get("attributed_by") == sentence.text and by in speaker != by
    draft.set("attributed_by", speaker, sentence, replace=bool(fuller))
