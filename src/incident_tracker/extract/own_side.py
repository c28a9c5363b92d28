"""A side's own officials telling what its forces did, in a sentence apart from the allegation.

One sentence names who acted ("Russian border guards … have shot dead a drug smuggler"), another lets
that side's own service speak of it ("A spokesman for the guards said the shooting took place on Tuesday
night", "The commander of Iran's border police said the guards had crossed into Pakistan", "The border
troops of Uzbekistan's State Security Service said the incident took place at about 7:30"). The side
has accepted the act: the codebook's ``confirmed``, not ``alleged``. :mod:`.attribution` reads this
within one sentence; here the two sentences are joined, narrowly: one draft in the report, one side
named as the actor, a speaker who is that side's service by name or by the very noun of the actor, and
words that tell the act without a denial or another side's forces.
"""

from __future__ import annotations

import re

from .draft import Draft, country_code
from .none_reported import none_reported
from .sentences import Sentence
from .vocab import DEMONYMS

_SERVICE = (
    r"(?:border\s+police|border\s+guards?|border\s+troops|border\s+service|forces|army|police|military|"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+Service)"
)
#: "The commander of Iran's border police said", "The border troops of Uzbekistan's State Security Service said".
_BY_COUNTRY = re.compile(
    r"\b(?:commander|chief|head|spokes(?:man|woman|person)|officials?|border\s+troops|border\s+guards)\s+of\s+"
    rf"(?:the\s+)?(?P<country>[A-Z][\w-]*)[’']s\s+(?:[\w-]+\s+){{0,2}}?{_SERVICE}\s+(?:has\s+|had\s+)?"
    r"(?:said|says|told|stated|confirmed)\b"
)
#: "A spokesman for the guards said": the actor's own service, by the noun the report gave it.
_FOR_THEM = re.compile(
    r"\bspokes(?:man|woman|person)\s+for\s+the\s+(?P<noun>guards|border\s+guards|troops|forces|border\s+troops)\s+"
    r"(?:has\s+|had\s+)?(?:said|says|told|stated|confirmed)\b"
)
#: "According to the Uzbek side, the guards fired" (24.kg 321), "the Uzbek side said" (Times of Central Asia 468).
_THEIR_SIDE = re.compile(r"\b(?:[Aa]ccording\s+to|said)\s+the\s+(?P<side>[A-Z][a-z]+)\s+side\b,?")
#: What the speaker tells: the act itself or its forces' part in it.
_ACT_TOLD = re.compile(
    r"\b(?:the|their|its)\s+(?:guards|border\s+guards|servicemen|troops|soldiers|forces)\s+(?:had\s+|have\s+|has\s+)?"
    r"(?:crossed|shot|fired|killed|opened fire|used)\b|"
    r"\b(?:the\s+)?(?:shooting|incident|clash|firing)\s+(?:had\s+)?(?:took place|happened|occurred)\b"
)
_DENIAL = re.compile(r"\b(?:den(?:y|ies|ied)|rejected|refuted|not|never|no|false)\b", re.IGNORECASE)


def own_side_accepts(drafts: list[Draft], sentences: list[Sentence], background: set[int]) -> None:
    """Mark the one draft ``confirmed`` when its alleged actor's own service tells the act (see module)."""
    for one in drafts:  # (called here, where every draft and the background are at hand)
        read_by_others = {i for other in drafts if other is not one for i in other.sentences}
        none_reported(one, sentences, background, read_by_others)
    if len(drafts) != 1:
        return
    draft = drafts[0]
    values = draft.values
    perpetrator = str(values.get("perpetrator") or "")
    if values.get("attribution") != "alleged" or not perpetrator:
        return
    sides = {DEMONYMS[w.lower()] for w in perpetrator.split() if w.lower() in DEMONYMS}
    if len(sides) != 1:
        return
    side = next(iter(sides))
    for sentence in sentences:
        if sentence.index in background or _DENIAL.search(sentence.text):
            continue
        text = sentence.text
        by_country = _BY_COUNTRY.search(text)
        for_them = _FOR_THEM.search(text)
        their_side = _THEIR_SIDE.search(text)
        if by_country and country_code(by_country.group("country")) == side:
            speaker = by_country
        elif their_side and DEMONYMS.get(their_side.group("side").lower()) == side:
            speaker = their_side
        elif for_them and perpetrator.lower().endswith(" ".join(for_them.group("noun").split())):
            speaker = for_them
        else:
            continue
        told = text[speaker.end() :]
        others = {DEMONYMS[w.lower()] for w in re.findall(r"[A-Z][a-z]+", told) if w.lower() in DEMONYMS}
        if others - {side} or not _ACT_TOLD.search(told):
            continue
        draft.set("attribution", "confirmed", sentence, replace=True)
        draft.set("attributed_by", " ".join(text[speaker.start() : speaker.end()].split()[:-1]), sentence, replace=True)
        return


#: The guards' fire as the acting side justifies it: "The border guards fired at the trespassers as they tried to run
#: away", "The soldiers then used their firearms", "which … forced the patrol to open fire", "so the guards of the
#: neighbouring country were forced to use their weapons", "Pakistani border forces opened fire on a group … trying to
#: force their way in". The subject is the state's own border unit, by its noun, with or without its article.
_GUARDS_FIRED = re.compile(
    r"(?:^|[,;:\"“]\s*|\band\s+|\bwhen\s+|\bso\s+)(?P<perp>(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[A-Z][a-z]+\s+)?"
    r"(?:border\s+|security\s+)?(?:guards|patrol|servicemen|soldiers|forces))"
    r"(?:\s+of\s+the\s+(?:neighbouring|neighboring|other)\s+(?:country|side|state))?"
    r"\s+(?:then\s+|first\s+)?(?:on\s+[A-Z][a-z]+day\s+)?(?:had\s+to\s+|were\s+forced\s+to\s+)?"
    r"(?:fired|opened\s+fire|open\s+fire|shot\s+dead|used\s+(?:their|its)\s+(?:firearms|weapons)|"
    r"use\s+(?:their|its)\s+(?:firearms|weapons))\b|"
    r"\bforced\s+(?P<perp2>the\s+(?:border\s+)?(?:guards|patrol|servicemen|soldiers))\s+to\s+"
    r"(?:open\s+fire|fire|use\s+(?:their|its)\s+(?:firearms|weapons))\b"
)
#: What only the side that fired tells: the people did not obey, ran, were warned first, or were forcing their way
#: across, or crossing without papers ("trying to force their way into the country", "tried to get across the border
#: illegally", "trying to cross … without papers").
_DISOBEYED = re.compile(
    # "whose drivers did not stop when told to", "fired once into the air as a warning" (24.kg 755)
    r"\b(?:did\s+not\s+(?:obey|stop|halt)\b|into\s+the\s+air\s+as\s+a\s+warning|disobeyed|ignored\s+(?:the\s+|their\s+)?(?:[\w’'-]+\s+){0,3}?(?:orders?|demands?|"
    r"warnings?|calls?)|refused\s+to\s+stop|tried\s+to\s+(?:run|flee|escape)|ran\s+away|warning\s+shots?|"
    r"(?:trying|tried|attempting|attempted)\s+to\s+force\s+(?:their|his|her|its)\s+way|"
    r"(?:trying|tried|attempting|attempted)\s+to\s+(?:cross|get\s+across|enter|get\s+in)\b[^.;]{0,40}?"
    r"\b(?:illegally|without\s+(?:papers|documents|permission|travel\s+documents)))",
    re.IGNORECASE,
)
#: Fire from both sides told: "an exchange of fire broke out between the two sides" (NIAT Khovar 1375), "the
#: smugglers fired back". The guards' fire is then one side of a clash, and the coding names the crossers who fought
#: as the actor (``alleged``), not the guards as owning a justified fire; the one out-of-sample ``confirmed`` this
#: reading still gave wrongly (extract170, ``bench/extract_first_scores.py --rounds 40-94``).
_EXCHANGED = re.compile(
    r"\b(?:exchange\s+of\s+fire|exchanged\s+fire|fired\s+back|returned\s+(?:the\s+)?fire|shoot-?out|gunfight|"
    r"fire\s*fight)\b",
    re.IGNORECASE,
)
#: A denial of the fire ("did not obey" is no denial, so not :data:`_DENIAL`).
_DENIED = re.compile(r"\b(?:den(?:y|ies|ied)|rejected|refuted|false(?:ly)?)\b", re.IGNORECASE)
#: A unit noun that names the border service; "soldiers" names no side's service and is not kept as the actor.
_UNIT = re.compile(r"\b(?:guards|patrol|servicemen)$")
#: A speaker of a side: "Afghan officials said", "the Kyrgyz border service says" (the demonym is read by group 1).
_SPEAKER = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:[\w-]+\s+){0,3}?(?:said|says|say|told|claimed|claims|accused|accuses|blamed|blames)\b"
)

#: Someone telling it: the justification is an account, not the outlet's narrative ("when Iranian border guards
#: opened fire on them as they tried to cross the border illegally", told by no one, stays ``alleged``).
_SPOKEN = re.compile(r"\b(?:said|says|say|told|tells|according\s+to)\b")


def _sides_in(text: str) -> set[str]:
    """The sides a text names by their demonym ("Pakistani border forces": PK)."""
    return {DEMONYMS[w.lower()] for w in re.findall(r"[A-Z][a-z]+", text) if w.lower() in DEMONYMS}


def force_justified(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """``confirmed`` for an incident told as the firing side justifies its fire.

    "They ignored the border guards' order to stop and a warning shot. The border guards fired at the
    trespassers as they tried to run away" (Asia-Plus 336, the Sughd police), "they did not obey. The soldiers
    then used their firearms" (Fergana 322), "the two kept moving towards the border, which, the SSS says,
    forced the patrol to open fire" (Fergana 469): orders ignored, warning shots, then the fire of the guards.
    Only the side that fired tells its fire so: it owns the act, the codebook's ``confirmed``. The actor is the
    unit by its noun (guards, patrol), never "soldiers", which names no service; a denial in the sentence is
    left alone.

    An incident already read as ``alleged`` against that very side, with no speaker of another side, is the
    same account ("Pakistani border forces opened fire on a group of Afghans trying to force their way into the
    country, officials said"; "the herder ignored their demand to stop, so the guards were forced to use their
    weapons"): the subject as the sentence names it read as an accusation, where it is the side's own
    justification (round 36's 529, 530, 536). Its actor, already read, is kept. The fire or what came before it
    must be someone's account ("officials said", "an officer … told", "the Uzbek border representatives say"):
    the outlet's own narrative of guards firing on people crossing illegally, told by nobody (The News 157,
    whose only speaker is an official of the victims' side), stays ``alleged``.
    """
    status = draft.values.get("attribution")
    if status not in (None, "alleged"):
        return
    side: str | None = None
    if status == "alleged":
        sides = _sides_in(str(draft.values.get("perpetrator") or ""))
        by = str(draft.values.get("attributed_by") or "")
        if len(sides) != 1 or _sides_in(by) - sides:
            return
        side = next(iter(sides))
    # the sentences between the draft's first and last are its story too ("The drivers ignored the order. The guards
    # first fired warning shots", told between the lead and "One citizen … was wounded as a result", Barometr 756)
    told = [i for i in draft.sentences if i < len(sentences)]
    own = [i for i in range(min(told), max(told) + 1) if i not in background] if told else []
    if any(_EXCHANGED.search(sentences[i].text) for i in own):
        return  # both sides fired: a clash, whose crossers the coding names (NIAT Khovar 1375), no fire justified
    for index in own:
        text = sentences[index].text
        fired = _GUARDS_FIRED.search(text)
        if fired is None or _DENIED.search(text):
            continue
        before = sentences[index - 1].text if index > 0 and index - 1 not in background else ""
        if not (_DISOBEYED.search(text) or _DISOBEYED.search(before)):
            continue
        perp = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", fired.group("perp") or fired.group("perp2"))
        if side is not None:
            speakers = {DEMONYMS.get(m.group(1).lower()) for m in _SPEAKER.finditer(f"{before} {text}")} - {None}
            if _sides_in(perp) - {side} or speakers - {side} or not _SPOKEN.search(f"{before} {text}"):
                continue  # the outlet's own narrative of the fire and the crossing is not the side's account
            draft.set("attribution", "confirmed", sentences[index], replace=True)
            return
        draft.set("attribution", "confirmed", sentences[index])
        if _UNIT.search(perp):
            draft.set("perpetrator", perp, sentences[index])
        return
