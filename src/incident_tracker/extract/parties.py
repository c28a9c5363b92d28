"""Who the two parties of an incident are, read from the incident's sentences as a whole.

:mod:`.attribution` reads one sentence at a time, and a sentence often names only one party. Two
mechanisms look across the incident's own sentences (never its background):

- *the state's name for the party it fought* (:func:`foe_named_by_the_state`): a state's statement
  that its forces killed, engaged or stopped "terrorists", "khwarij" or "members of a terrorist group"
  names, by its own label, the side it holds responsible: the codebook's ``alleged``, with that label
  as the perpetrator — when the statement also tells where they came from or that they were crossing
  (the label alone, "troops killed three militants", is only a generic label, which the codebook leaves
  ``unattributed``; so is "unidentified terrorists"). Pakistan's state calls the TTP "Fitna
  al-Khawarij" and its men "khwarij": a report that uses that name names the group, so it replaces a
  generic label read elsewhere;
- *a claim whose group is named apart from it* (:func:`claim_of_the_group_named`): "A militant group
  has said it carried out the abduction" with "the terrorist group Jaish al-Adl has posted two photos"
  beside it, "The group also claimed the attack" after "Jaish al-Adl forces attacked a border post", "A
  spokesman of Jaish al-Adl said the group had captured more than ten people": the claim is the
  codebook's ``claimed``, and its group is the one armed group (the actor dictionary's non-state
  entries) the report of the event names — none, or two, and the claim names no one;
- *nationals hit by the state they crossed into* (:func:`crossed_into`): "Pakistani nationals were
  killed when Iranian border guards opened fire on them as they tried to cross the border into Iran",
  "Iranian forces opened fire on Afghan migrants trying to cross the border": the victims are not of
  the state whose forces shot them, and were entering it, so their nationality is the codebook's
  ``victim_nationality`` even when the country read for the event is their own (it is then their
  home, not the scene); the nationality is kept. Shells fired across the border at a neighbour's
  villages hit nationals in their own country, and stay as they were;
- *whom the act was aimed at* (:func:`target_of_the_act`): when no toll told who was hit, the object
  of the attacking side's act — "fired … in the direction of the Kyrgyz border guards", "opened fire
  on a police station", "killed four members of the Revolutionary Guard", "opened fire at the Kyrgyz
  servicemen" — gives the target type by its noun, as a toll's noun does. Fire that answers ("fired
  back at the militants") and the attackers themselves are never a target. A side told as the one the
  other opened fire on stays the target when the two then exchange fire (the coders code the side
  attacked, "a Tajik border detachment opened fire on an observation tower where Kyrgyz border guards
  were posted … the two detachments exchanged fire"), unless the sides blame each other.
"""

from __future__ import annotations

import re

from .draft import ATTRIBUTION_FIELDS, Draft
from .groups import known_group, known_groups
from .not_counts import answered_spans
from .sentences import Sentence
from .vocab import COUNTRY_NAMES, DEMONYMS, NUMBER, target_type

#: The state's own name for the TTP and its men ("Fitna al-Khwarij", "khwarij", "khawarij").
_STATE_NAME = re.compile(r"\b(?:Fitna[- ](?:al|ul|tul)[- ]Kh(?:a)?warij|kh(?:a)?warij)\b", re.IGNORECASE)

#: A state's forces, as the subject of what they did to the other party.
_FORCES = (
    r"(?:security forces|forces|troops|soldiers|border guards|guards|Guards|Corps|police|army|Army|IRGC|"
    r"Frontier Corps|FC|Levies|personnel|servicemen)"
)
#: What the forces did to the party they fought.
_DID = (
    r"(?:killed|eliminated|neutrali[sz]ed|engaged|intercepted|foiled|thwarted|stopped|repulsed|spotted|"
    r"surrounded|clashed with|fought|picked up the movement of|sent)"
)
#: The party, by the state's label: "six terrorists", "a group of khwarij", "four members of a terrorist group".
_LABELLED_FOE = re.compile(
    rf"\b{_FORCES}(?:\s+\([A-Z]{{2,6}}\))?\s+(?:(?:had|have|has|then|also)\s+)?{_DID}\s+"
    rf"(?:(?:all|the|a|an|\d+|{NUMBER})\s+)*(?:(?:group|band|team|party|number)\s+of\s+|"
    r"(?:members|fighters)\s+of\s+(?:an?\s+|the\s+)?|of\s+the\s+)?(?P<label>(?:armed\s+)?(?:"
    r"kh(?:a)?warij|terrorists|terrorist\s+(?:group|team|cell|outfit)|militants|insurgents))\b",
    re.IGNORECASE,
)
#: Where the party came from, or that it was crossing: what makes a label the state's allegation.
_CROSSING = re.compile(
    r"\b(?:tr(?:y|ied|ying)|attempt(?:ed|ing)?|planned|sought)\s+to\s+(?:cross|enter|infiltrate|sneak|slip)\b|"
    r"\b(?:from|across)\s+(?:the\s+)?(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+)?(?:border|frontier|Durand Line)\b|"
    r"\bfrom\s+(?:neighbou?ring\s+)?(?:Afghanistan|Pakistan|Iran|Tajikistan)\b|\binfiltrat\w+\b",
)
_UNKNOWN = re.compile(r"\b(?:unidentified|unknown)\s+(?:terrorists|militants|insurgents|gunmen)\b", re.IGNORECASE)
#: A generic label a more specific name may replace.
_GENERIC = re.compile(r"^(?:the\s+)?(?:armed\s+)?(?:terrorists|militants|insurgents)$", re.IGNORECASE)


def foe_named_by_the_state(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """The perpetrator a state's account names by its label for the party it fought (see the module)."""
    values = draft.values
    own = draft.own_sentences(sentences, background)
    if not own:
        return
    perpetrator = str(values.get("perpetrator") or "")
    told = " ".join(s.text for s in own)
    if values.get("attribution") == "alleged" and _GENERIC.match(perpetrator):
        named = next((s for s in own if _STATE_NAME.search(s.text)), None)
        if named is not None:
            # "terrorists … Five khwarij were killed": the state's own name for them names the group
            draft.set("perpetrator", _STATE_NAME.search(named.text).group(0), named, replace=True)  # type: ignore[union-attr]
        return
    if values.get("attribution") is not None or perpetrator:
        return
    # where they came from may be told in a sentence of the statement with no violence word ("the team had planned
    # to cross the border"), which is not the incident's own but is not background either
    article = " ".join(s.text for s in sentences if s.index not in background)
    # "khwarij" is the state's own name for the TTP (Fitna al-Khawarij): an allegation by itself, crossing or not
    # ("The security forces killed six Khwarij terrorists … an attempt by the Khwarij to get into the post", 542)
    if _UNKNOWN.search(told) or not (_CROSSING.search(article) or _STATE_NAME.search(told)):
        return
    for sentence in own:
        found = _LABELLED_FOE.search(sentence.text)
        if found is None:
            continue
        named = next((s for s in own if _STATE_NAME.search(s.text)), None)
        label = _STATE_NAME.search(named.text).group(0) if named else found.group("label")  # type: ignore[union-attr]
        draft.set("attribution", "alleged", sentence)
        draft.set("perpetrator", label, named or sentence)
        return


#: The act and its object: "opened fire at the Kyrgyz servicemen", "fired two shots in the direction of the
#: border guards", "attacked Kyrgyz border guards", "killed four members of Iran's elite Revolutionary Guard".
_AIMED = re.compile(
    r"\b(?:opened\s+fire|fired(?:\s+[\w-]+){0,4}?|shot|threw\s+stones)\s+(?:on|at|upon|towards|"
    r"in\s+the\s+direction\s+of)\s+|"
    r"\b(?:attacked|ambushed|targeted|stormed|raided|abducted|kidnapped|killed|wounded)\s+",
    re.IGNORECASE,
)
_OBJECT = re.compile(
    rf"(?:(?:an?|the|their|its|two|several|\d+|{NUMBER})\s+)?(?:(?:members|men)\s+of\s+)?"
    r"(?:(?:[A-Z][\w’'-]*|[a-z]+-[a-z]+)\s+){0,3}?(?:elite\s+)?"
    r"(?P<noun>border\s+(?:guards?|troops|police(?:men)?|patrols?|detachments?|squads?)|guards|"
    r"servicemen|soldiers|troops|police(?:men)?|police\s+(?:station|post|checkpoint|vehicles?|patrol)|"
    r"Revolutionary\s+Guards?|IRGC)\b"
)
_ANSWERED = re.compile(r"\b(?:fired back|returned fire|in response|retaliat\w*|warning shots?)\b", re.IGNORECASE)


#: Who serves where, told in the incident's sentences: an army's soldiers, or a state's border guards.
_ARMY = re.compile(r"\b(?:military|army|Army|soldiers?|sepoys?|Frontier Corps|FC|ISPR|IRGC|Basij)\b")
_BORDER = re.compile(r"\bborder\s+(?:guards?|troops|forces|service|detachments?|patrols?)\b", re.IGNORECASE)


def _holders(told: str) -> str | None:
    """ "Servicemen" and "troops" are border guards where the incident speaks only of border guards, soldiers
    where it speaks only of an army; both, or neither, and the noun says nothing (as for a post attacked)."""
    army, border = bool(_ARMY.search(told)), bool(_BORDER.search(told))
    if army == border:
        return None
    return "military" if army else "border_guards"


def target_of_the_act(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """The target type from the object of the attacking side's act, when no toll told it (see the module)."""
    values = draft.values
    if not values.get("perpetrator") or values.get("attribution") not in ("alleged", "suspected", "claimed"):
        return
    told = values.get("target_type")  # a toll's noun may have told it already: the act then says it was aimed
    for sentence in draft.own_sentences(sentences, background):
        if _ANSWERED.search(sentence.text):
            continue
        answered = answered_spans(sentence.text)
        for act in _AIMED.finditer(sentence.text):
            if any(start < act.start() < end for start, end in answered):
                continue  # "in answer to the bombing, which killed nine soldiers": the other event's act
            found = _OBJECT.match(sentence.text, act.end())
            if found is None:
                continue
            noun = " ".join(found.group("noun").lower().split())
            # a police station or vehicle is the police's: the noun of its holders
            kind = target_type(re.sub(r"\s+(?:station|post|checkpoint|vehicles?|patrol)$", "", noun))
            if noun in ("servicemen", "troops"):
                kind = _holders(" ".join(s.text for s in draft.own_sentences(sentences, background)))
            if kind is None or (told and kind != told):
                continue
            draft.set("target_type", kind, sentence)
            draft.set("_aimed", True, sentence)  # told as aimed at them: a target even if they fired back
            return


#: Victims entering another state: crossing the border, on its territory, illegally.
_ENTERING = re.compile(
    r"\b(?:cross(?:ed|ing)?|enter(?:ed|ing)?|slip(?:ped)?|sneak(?:ing)?|smuggl\w+)\b[^.;]{0,40}?\b(?:border|frontier|"
    r"into|territory)\b|\bon\s+(?:the\s+)?[A-Z][a-z]+\s+(?:territory|soil|side)\b|\billegally\b",
)
#: A crossing named only as what a fee or a bribe is for ("a quarrel over the fee for crossing the border"): no act.
_FEE_FOR = re.compile(r"\b(?:fees?|bribes?|payments?|charges?)\s+for\s+(?:the\s+)?crossing\b", re.IGNORECASE)


def _state_of(perpetrator: str) -> str | None:
    """The one state a perpetrator's words name ("Iranian border guards" → IR), or None."""
    codes = {DEMONYMS.get(w.lower()) or COUNTRY_NAMES.get(w.lower().rstrip("’'s")) for w in perpetrator.split()}
    codes.discard(None)
    return next(iter(codes)) if len(codes) == 1 else None


def crossed_into(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Mark a draft whose victims were shot by a foreign state's forces as they entered it (see the module)."""
    values = draft.values
    nationality, perpetrator = values.get("victim_nationality"), str(values.get("perpetrator") or "")
    if not nationality or values.get("target_type") not in ("civilians", None):
        return
    state = _state_of(perpetrator)
    if state is None or state == nationality:
        return
    own = draft.own_sentences(sentences, background)
    inside = {_country_word(m.group("where") or m.group("on")) for s in own for m in _INSIDE.finditer(s.text)}
    if nationality in inside:
        return  # "crossed three kilometres into Pakistani territory and shot dead a Pakistani": their own soil
    for sentence in own:
        if _ENTERING.search(_FEE_FOR.sub("", sentence.text)):
            draft.set("_crossed_into", True, sentence)
            return


#: Where a crossing led or the shooting was: "into Pakistani territory", "inside Pakistan", "on Kyrgyz territory".
_INSIDE = re.compile(
    r"\b(?:into|inside|within)\s+(?:the\s+)?(?P<where>[A-Z][a-z]+)(?:[’']s)?(?:\s+(?:territory|soil))?\b|"
    r"\bon\s+(?:the\s+)?(?P<on>[A-Z][a-z]+)(?:[’']s)?\s+(?:territory|soil)\b"
)


def _country_word(word: str) -> str | None:
    return DEMONYMS.get(word.lower()) or COUNTRY_NAMES.get(word.lower())


#: A claim told without the group's name: "A militant group has said it carried out the abduction", "The group
#: also claimed the attack", "a spokesman of Jaish al-Adl said the group had captured more than ten people".
_UNNAMED_CLAIM = re.compile(
    r"\b(?:[Aa]n?\s+(?:[a-z-]+\s+){0,2}group|[Tt]he\s+(?:[a-z-]+\s+)?group|[Tt]he\s+organi[sz]ation)\s+"
    r"(?:(?:has|had|also|later|quickly)\s+)*(?:claimed\s+(?:responsibility|the|it|this)\b|"
    r"said\s+(?:that\s+)?it\s+(?:had\s+)?(?:carried\s+out|was\s+behind|was\s+responsible|staged))|"
    r"\bspokes(?:man|woman|person)\s+(?:of|for)\s+(?P<group>[^,.;]{3,40}?)(?:,[^,.;]{1,60},)*\s+said\s+"
    r"(?:that\s+)?(?:the\s+group|it|they)\s+(?:had\s+)?(?:captured|attacked|carried\s+out|killed|abducted|"
    r"kidnapped|seized)\b|"
    # "militants who fled the valley in 2009, and who are said to live across the border, claimed to have killed 18
    # soldiers" (Dawn 689): fighters told by what they are, their group named apart (never a state's claim)
    r"\b(?:[Mm]ilitants|[Ff]ighters|[Ii]nsurgents|[Rr]ebels)\b(?:[^.;]{0,200}?,|\s+(?:who|that)\b[^.;,]{0,120}?)?\s+(?:(?:has|have|had|also|later)\s+)?"
    r"claimed\s+to\s+have\s+(?:killed|carried\s+out|attacked|captured|abducted|beheaded)\b"
)
_DENIED = re.compile(r"\b(?:denied|rejected|disowned)\b|\bno\s+group\b", re.IGNORECASE)


def claim_of_the_group_named(
    draft: Draft, sentences: list[Sentence], background: set[int], *, own_only: bool = False
) -> None:
    """A claim whose group the report names apart from it (see the module); ``own_only``: the claim and its group
    told in the draft's own sentences, never the lead's (another event set apart from the lead, see .set_apart)."""
    from .actors import canonical_actor

    if draft.values.get("attribution") in ("claimed", "confirmed", "disputed"):
        return
    own = draft.own_sentences(sentences, background)
    if not own:
        return
    # the claim may be the lead, told before the sentence that dates the event ("A militant group has said it
    # carried out the abduction …" then "… the forces abducted on October 16")
    lead = [] if own_only else [s for s in sentences[: own[0].index] if s.index not in background]
    claim = next((s for s in [*own, *lead] if _UNNAMED_CLAIM.search(s.text) and not _DENIED.search(s.text)), None)
    if claim is None:
        return
    groups: dict[str, str] = {}
    for sentence in own if _named_groups(own) else [*own, *lead]:
        for name in known_groups(sentence.text, non_state=True):
            groups.setdefault(canonical_actor(name) or name, name)
    if not groups and not own_only and claim.index + 1 < len(sentences) and claim.index + 1 not in background:
        # the claimants' group named by its spokesman just after the claim: "… claimed to have killed 18 soldiers.
        # X, spokesman for the Swat chapter of the TTP, told reporters …" (Dawn 689)
        for name in known_groups(sentences[claim.index + 1].text, non_state=True):
            groups.setdefault(canonical_actor(name) or name, name)
    if len(groups) != 1:
        return
    name = next(iter(groups.values()))
    draft.forget("attribution", *ATTRIBUTION_FIELDS)
    draft.set("attribution", "claimed", claim)
    draft.set("perpetrator", name, claim)


def _named_groups(told: list[Sentence]) -> bool:
    return any(known_group(s.text, non_state=True) for s in told)
