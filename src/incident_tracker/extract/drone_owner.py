"""The state a drone is told as belonging to: its owner, blamed for the strike.

"A pilotless U.S. aircraft fired a missile", "a drone believed to be American fired", "an American drone … fired a
missile" (Reuters, AP, Rediff, Sky TG24 on the Waziristan strike, 764–767): a report that names whose drone struck
names the state that struck, though nobody is quoted blaming it. The coders code that state as the actor:
``alleged`` when the report's own sentences cite anybody (officials, residents, "reports coming out of Pakistan"),
or when the outlet states the owner as fact in its own voice; ``suspected`` only for the outlet's own hedge ("a
drone believed to be American", "a suspected US missile strike") with nobody cited (:func:`owner_attribution`).
Only for a drafted air or drone
strike still left at the default attribution with no actor; the owner must be told in the draft's own sentences,
before the drone ("a U.S. drone") or as what it was believed to be ("a drone believed to be American"), never as the
target ("a drone shot down by Iranian forces" tells no owner).

extract170 added the owner's drones told with no article ("when U.S. drones fired", The Nation 1345), a strike told by
its weapon and its hedge ("a missile strike suspected to be the work of the U.S.", AP 1349; "killed … in a suspected US
missile strike", Reuters 1348) and the owner in an aside ("a pilotless aircraft, allegedly a U.S. one, fired",
Xinhua 1350): the coding notes' ruling of 2026-12-07 (third) codes such strikes ``alleged`` when officials,
residents or the media tell them, the hedge notwithstanding. extract179 followed the later ruling *The outlet's own
voice* (docs/extract.md): an outlet that names the owner as fact with no source is a single source's word,
``alleged`` (767, 1408, 1415 and 1469 are so coded, and were drafted ``suspected``). The state is written as the
actor dictionary names its forces ("Military Forces of the United States"), as every known actor is.
"""

from __future__ import annotations

import re

from ..models.country import country_name
from .actors import canonical_actor
from .draft import Draft, state_code
from .sentences import Sentence

#: extract173: "an American spy plane hit the house" (Daily Pakistan 1413, from the Urdu) is a drone too.
CRAFT = (
    r"(?:drones?|spy\s+planes?|pilotless\s+(?:aircraft|planes?)"
    r"|unmanned\s+(?:aerial\s+)?(?:aircraft|vehicles?|planes?))"
)
STATE = r"(?P<state>U\.S\.|US|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
#: A strike told by its weapon, not its platform: "a missile strike suspected to be the work of the U.S.".
_STRIKE_NOUN = r"(?:(?:missile|drone|air)\s+(?:strike|attack))"
#: "a U.S. drone", "an American drone", "a pilotless U.S. aircraft", "a United States drone"; an aside may follow
#: the craft ("an American drone, an aircraft with no pilot on board, fired").
_OWNED = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?:suspected\s+)?(?:(?P<pilotless>pilotless|unmanned)\s+)?{STATE}\s+"
    rf"(?(pilotless)(?:aircraft|planes?|drones?)|{CRAFT})(?:,[^,.;]{{1,50}},)?\s+(?:fired|struck|hit|launched|attacked|targeted|bombed)\b"
)
#: "when U.S. drones fired two missiles at a house" (The Nation 1345): the owner's drones, plural, with no article;
#: extract173: also opening the sentence or its main clause after a source ("According to a foreign news agency,
#: American drones fired eight missiles", Geo Urdu 1411; "U.S. drones struck there on Saturday", Xinhua 1347).
_OWNED_DRONES = re.compile(
    rf"(?:\b(?:when|as|after)\s+|^|,\s+){STATE}\s+drones\s+(?:fired|struck|hit|launched|attacked|targeted|bombed)\b"
)
#: "a drone believed to be American fired".
_BELIEVED = re.compile(
    rf"\b(?:{CRAFT}|{_STRIKE_NOUN})\s+(?:believed|thought|suspected|said)\s+to\s+(?:be|have\s+been)\s+"
    # "a missile strike suspected to be the work of the U.S. hit a house" (AP 1349)
    rf"(?:the\s+work\s+of\s+(?:the\s+)?)?{STATE}(?!\w)[^.;]{{0,40}}?\b"
    r"(?:fired|struck|hit|launched|attacked|targeted)\b"
)
#: "a pilotless aircraft, allegedly a U.S. one, fired a missile" (Xinhua 1350): the owner told in an aside.
_ASIDE = re.compile(
    rf"\b{CRAFT},\s+(?:allegedly|reportedly|apparently|believed\s+to\s+be|thought\s+to\s+be)\s+an?\s+{STATE}\s+one,\s+"
    r"(?:fired|struck|hit|launched|attacked|targeted)\b"
)
#: "at least 10 militants were killed in the American drone attack, he said": the strike named with its owner, as
#: the one told ("the"); "last year a Pakistani drone attack in Spera killed 20" is another strike (8am 365).
_STRIKE = re.compile(
    rf"\b[Tt]he\s+(?:suspected\s+)?{STATE}\s+(?:drone|missile|pilotless\s+aircraft)\s+"
    r"(?:attack|strike|raid)\b(?!s)"
)
#: "six people … were killed today in a suspected US missile strike" (Reuters 1348): the strike the toll fell in;
#: extract173 widened the gap to 120 characters for a toll told with its names first ("was killed along with his close
#: aide … and five others, Uzbek militants among them, in a US drone strike", Dawn 1410).
_STRIKE_IN = re.compile(
    rf"\b(?:killed|wounded|injured|hurt|died)\b[^.;]{{0,120}}?\bin\s+an?\s+(?:suspected\s+)?{STATE}\s+"
    r"(?:drone|missile)\s+(?:attack|strike)\b(?!s)"
)
#: extract174: "Missiles fired by what is thought to have been a pilotless U.S. drone aircraft killed" (Reuters 1407):
#: the craft as the agent of its weapon, a hedge allowed between ("what is thought to have been").
_FIRED_BY = re.compile(
    r"\b(?:[Mm]issiles?|[Rr]ockets?|[Bb]ombs?)\s+(?:fired|launched|dropped)\s+by\s+(?:what\s+(?:is|was)\s+(?:thought|believed|"
    rf"said|suspected|reported)\s+to\s+(?:have\s+been|be)\s+)?an?\s+(?:suspected\s+)?(?:(?:pilotless|unmanned)\s+)?"
    rf"{STATE}\s+{CRAFT}"
)
#: Somebody cited in the report: the owner is then told through a source.
#: extract173: "According to local sources, …" opens a sentence as often as not (Daily Pakistan 1413, Geo Urdu 1411).
_CITED = re.compile(r"\b(?:[Aa]ccording\s+to|said|says|say|told|reported|reports)\b")
#: The states' names the reports give in short.
_SHORT = {"U.S.": "US", "US": "US"}


#: Every way a sentence tells the drone's owner, the craft's own first.
OWNER_TOLD = (_OWNED, _OWNED_DRONES, _BELIEVED, _ASIDE, _STRIKE, _STRIKE_IN, _FIRED_BY)


def state_of(word: str) -> str | None:
    """The state's code for the owner's word as a report writes it ("U.S.", "US", "American")."""
    return _SHORT.get(word) or state_code(word)


def forces_of(word: str) -> str | None:
    """The owner's word as the actor dictionary names the state's forces, where it lists them ("Military Forces of
    the United States" for "U.S.", "US", "American"), as :func:`.finish._canonical_perpetrator` writes every known
    actor; else the state's name; None for no state."""
    code = state_of(word)
    name = country_name(code) if code else None
    return (canonical_actor(name) or name) if name else None


def owner_span(draft: Draft, sentences: list[Sentence], background: set[int]) -> list[Sentence]:
    """The sentences from the draft's first told one to its last, less ``background``: where its owner and its
    sources are told (a source's sentence may sit between the lead and the toll without having been read in)."""
    told = [i for i in draft.sentences if i < len(sentences) and i not in background]
    return [sentences[i] for i in range(min(told), max(told) + 1) if i not in background] if told else []


def cited_in(own: list[Sentence]) -> bool:
    """Whether any of the draft's own sentences cites somebody: the owner is then told through a source."""
    return any(_CITED.search(s.text) for s in own)


#: The outlet's own hedge on the owner it names: "a suspected US missile strike", "a drone believed to be American",
#: "allegedly a U.S. one", "what is thought to have been a pilotless U.S. drone".
_HEDGE = re.compile(r"\b(?:suspected|believed|thought|allegedly|reportedly|apparently|said\s+to)\b", re.IGNORECASE)


def owner_attribution(cited: bool, told: str) -> str:
    """The attribution of an owner the report names in ``told`` (the words that name it): ``alleged`` when the
    report cites anybody or the outlet states the owner as fact (a single source's word, docs/extract.md, *The outlet's
    own voice*), ``suspected`` only for the outlet's own hedge with nobody cited (the fourth ruling: a hedge is an
    assessment, no one's accusation)."""
    return "alleged" if cited or not _HEDGE.search(told) else "suspected"


def drone_owner(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Blame the state whose drone the report says struck (see the module)."""
    values = draft.values
    if values.get("sub_event_type") != "Air/drone strike" or values.get("perpetrator"):
        return
    if not draft.blame_unread:
        return
    own = owner_span(draft, sentences, background)
    for sentence in own:
        found = next((m for pattern in OWNER_TOLD if (m := pattern.search(sentence.text))), None)
        if not found:
            continue
        name = forces_of(found.group("state"))
        if not name:
            continue
        cited = cited_in(own)
        values["attribution"] = owner_attribution(cited, found.group(0))
        values["perpetrator"] = name
        draft.evidence["attribution"] = draft.evidence["perpetrator"] = sentence.text
        draft.defaults.remove("attribution")
        draft.notes.append(
            f"The drone is told as {found.group('state')}'s (by {'a source' if cited else 'the outlet'})."
        )
        return
