"""A named armed group told as the doer of the act in the incident's own sentence, by a verb the side readings lack.

The readings of a side acting (:mod:`.attribution_patterns`, :mod:`.actors`) take a group as the subject of "attacked",
"stormed" or "opened fire" where a clause opens on it. Dev reports of three outlets tell the doer in words they do
not take, each `alleged` to the group in its coding and drafted with no one behind it: the group as the subject of
ground taken ("after an hour of fighting, the Taliban captured the port", Kayhan/AFP 984), of a raid ("Hundreds of
Taliban fighters, members of … among them, raided two villages", The Long War Journal 1916, whose draft is typed a
strike from the air and stays unread, below), or told in a relative clause after the men the victims met ("ran into
what a spokesman called "former Taliban fighters", who opened fire", Orlando Sentinel 1704). A group the actor
dictionary knows as an armed group, the Taliban included (:func:`.group_own_word.claiming_group`), that is the
subject of raided, ambushed, assaulted, attacked, stormed, captured, seized, overran, opened fire or fired on (its
men's noun, "fighters", "militants", between; an aside between commas; "who" after a comma) is the one the report
names as the doer: the codebook's `alleged`, whoever tells it, the outlet included (the tenth rulings' *The outlet's
own voice, for every actor*).

Read only where no one is blamed yet (the `unattributed` default, or an abstention that emptied it) and in the draft's
own sentences less the background. Not read: a group after a word that makes it the object ("fought the Taliban",
"against", "by", "with"; "and", "or": one of two subjects) unless "who" follows it; "each other" after the verb (two
sides); a hedge ("suspected", "believed", "may have") or a denial or "not" in the sentence; ground taken told in a
clause of time ("since the Taliban seized Kabul"), which is the background; a draft of a strike from the air (no
group named here has aircraft: a raid drafted as a strike is a type to mend first, not an owner to give); a report
that says the doer is unknown.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .actors import canonical_actor
from .claim_patterns import NOT_OWN
from .group_own_word import claiming_group
from .groups import known_groups
from .unowned_fire import SIDE_UNKNOWN

if TYPE_CHECKING:
    from .draft import Draft
    from .sentences import Sentence

#: What may follow the group's name before its verb: its men's noun ("Taliban fighters"), a closing quote, an aside
#: between commas ("…, members of the TTP among them,"), "who" after a comma, a perfect and an adverb of sequence.
_DID = re.compile(
    r"(?P<men>(?:[’']s)?[\"”]?(?:\s+(?:fighters|militants|insurgents|guerrillas|rebels|forces|gunmen|men))?[\"”]?)"
    r"(?P<aside>,\s+(?!who\b)[^,.;\"“”]{1,80}?,)?"
    r"(?P<who>,?\s+who)?"
    r"\s+(?:had\s+|have\s+|has\s+)?(?:then\s+|also\s+|again\s+|first\s+)?"
    r"(?P<verb>raided|ambushed|assaulted|attacked|stormed|captured|seized|overran|overrun|opened\s+fire|"
    r"fired\s+(?:on|at|upon))\b"
)
#: A word that makes the group what was acted on, or one of two subjects: then only "who" makes it the doer.
_OBJECT_BEFORE = re.compile(
    r"\b(?:against|by|with|from|on|at|to|between|fought|fighting|fight|battled|engaged|and|or)\s+"
    r"(?:the\s+)?(?:(?:some|about|dozens|hundreds|scores|\d+)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
#: The teller's hedge on who acted, or a clause of time that tells the background ("since the Taliban took power").
_HEDGED = re.compile(
    r"\b(?:suspected|alleged|allegedly|believed|thought|possibly|apparently|reportedly|may\s+have|might\s+have|"
    r"presumably)\b",
    re.IGNORECASE,
)
_TIME_CLAUSE = re.compile(r"\b(?:since|until|before|when|after)\s+(?:the\s+)?[\w’'-]*\s*$", re.IGNORECASE)
_TWO_SIDES = re.compile(r"^\s+(?:each\s+other|one\s+another)\b")
_GROUND_TAKEN = frozenset({"captured", "seized", "overran", "overrun"})


def group_did(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """``alleged`` to a named armed group told as the doer of the act in one of the draft's sentences (see above)."""
    values = draft.values
    unblamed = draft.blame_unread or ("attribution" not in values and not values.get("perpetrator"))
    if not unblamed or values.get("sub_event_type") == "Air/drone strike":
        return
    own = draft.own_sentences(sentences, background)
    if any(SIDE_UNKNOWN.search(sentence.text) for sentence in own):
        return
    for sentence in own:
        found = _doer(sentence.text)
        if found is None:
            continue
        doer, group = found
        draft.read_attribution("alleged", sentence)
        # "TTP militants" and "the TTP's fighters" are the dictionary's one actor, as finish writes every known one
        draft.set("perpetrator", canonical_actor(doer) or canonical_actor(group) or doer, sentence)
        draft.notes.append(f"{doer!r} told as the doer of the act in the incident's own sentence: alleged.")
        return


def _doer(text: str) -> tuple[str, str] | None:
    """The armed group the sentence tells as the doer of the act, as the text writes it with its men's noun and as
    its name alone, or None."""
    if NOT_OWN.search(text) or _HEDGED.search(text):
        return None
    position = 0
    for name in known_groups(text):
        start = text.find(name, position)
        position = start + len(name)
        if claiming_group(name) is None:
            continue
        did = _DID.match(text, position)
        if did is None or _TWO_SIDES.match(text, did.end()):
            continue
        before = text[:start]
        if not did.group("who") and _OBJECT_BEFORE.search(before):
            continue
        if did.group("verb") in _GROUND_TAKEN and _TIME_CLAUSE.search(before):
            continue
        return name + did.group("men").rstrip('"”'), name
    return None
