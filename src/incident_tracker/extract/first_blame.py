"""Blame told before anyone claims the attack: the media's word, the police's first findings, talk of a group.

"Nobody claimed the attack at once … Iranian media at first blamed Ansar Furqan, a Sunni jihadi group" (Los Angeles
Times 602); "The provincial police said in a statement … The first findings, it said, pointed to the ISIL (ISIS)
group" (Al Jazeera 606). No claim is not no blame: the corpus codes the media's blaming and the police's first
findings as ``alleged``, the group named as the perpetrator and the media or the police as who alleged it
(:func:`first_blame`); "there was talk that the Islamic State group … was behind it" (CNews Live 596), with no one
alleging it, is ``suspected`` (:func:`talk_of_a_group`). Only an incident with no statement of its own (nothing, or
``unattributed`` from "no one claimed"), and only a group named by its proper name ("Ansar Furqan", "the ISIL (ISIS)
group"), never a generic word ("militants", "terrorists"). An allegation naming no one, read from a sentence that
tells only a suicide bomber ("investigators said a suicide bomber may have slipped in"), is the bombing's manner, not
its author (:func:`bomber_not_blame`).
"""

from __future__ import annotations

import re

from .blame_frames import EARLIER_EVENT
from .draft import ATTRIBUTION_FIELDS, Draft
from .sentences import Sentence

#: A group's proper name: capitalised words, an "al-" inside, an acronym in brackets.
_GROUP = r"(?P<group>(?-i:[A-Z][\w-]+)(?:\s+(?:al-)?(?-i:[A-Z][\w-]+)){0,3}(?:\s+\((?-i:[A-Z]{2,6})\))?)"
#: "Iranian media at first blamed Ansar Furqan": the media (or the police) blaming a named group.
_BLAMED = re.compile(
    rf"\b(?P<who>(?:(?-i:[A-Z][a-z]+)\s+)?(?:state\s+)?media|(?:the\s+)?(?:provincial\s+)?police)\s+"
    rf"(?:(?:at\s+first|first|initially|had|have|has)\s+)?blamed\s+(?:the\s+)?{_GROUP}",
    re.IGNORECASE,
)
#: "The first findings, it said, pointed to the ISIL (ISIS) group": a finding that points to a named group.
_FINDINGS = re.compile(
    rf"\b(?:first|initial|preliminary)\s+(?:findings|investigations?|inquiry)\b[^.;]{{0,30}}?\bpointed\s+to\s+"
    rf"(?:the\s+)?{_GROUP}\s+(?:group|militants|organi[sz]ation)\b",
    re.IGNORECASE,
)
#: Who speaks for the findings: the police, named in the sentence or the one before ("it said").
_POLICE = re.compile(r"\b(?:the\s+)?(?P<who>(?:provincial\s+)?police)\b", re.IGNORECASE)
#: "there was talk that the Islamic State group … was behind it": a group spoken of, no one alleging it.
_TALK = re.compile(
    rf"\b(?:there\s+(?:was|were)\s+(?:talk|speculation|suspicions?)|(?:it\s+was|is)\s+(?:speculated|suspected))\s+"
    rf"that\s+(?:the\s+)?{_GROUP}\s+group\b[^.;]{{0,80}}?\b(?:was|were|had\s+been)\s+behind\b",
    re.IGNORECASE,
)
#: A sentence about the bomber only: "Investigators said a suicide bomber may have slipped into the venue".
_BOMBER_ONLY = re.compile(r"\b(?:a|the)\s+suicide\s+bomber\b", re.IGNORECASE)
_GENERIC = re.compile(r"^(?:Militants?|Terrorists?|Insurgents?|Gunmen|The|Islamic)$")


def bomber_not_blame(draft: Draft) -> None:
    """An allegation naming no one, read from a sentence that tells only a suicide bomber ("Investigators said a
    suicide bomber may have slipped into the venue", CNews Live 596): the attack's manner, not its author. The
    allegation is dropped and the bombing is a suicide bombing."""
    evidence = draft.evidence.get("attribution", "")
    if draft.values.get("attribution") != "alleged" or draft.values.get("perpetrator"):
        return
    if not _BOMBER_ONLY.search(evidence):
        return
    draft.forget("attribution", *ATTRIBUTION_FIELDS)
    draft.values["_suicide"] = True
    draft.evidence["_suicide"] = evidence
    draft.notes.append("A suicide bomber told, no one blamed: the bombing's manner, not an allegation.")


def talk_of_a_group_in(text: str) -> bool:
    """Whether a sentence tells only talk of a group behind the act (:data:`_TALK`), which no one alleges."""
    return _TALK.search(text) is not None


def talk_of_a_group(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """``suspected`` against a group there "was talk" was behind the attack, where no one alleged or claimed it."""
    if not draft.nobody_blamed:
        return
    for sentence in sentences:
        found = None if sentence.index in background else _TALK.search(sentence.text)
        if found is None or _GENERIC.match(found.group("group")):
            continue
        draft.read_attribution("suspected", sentence)
        draft.set("perpetrator", found.group("group"), sentence)
        draft.notes.append(f"Talk that {found.group('group')} was behind it, no one alleging it: suspected.")
        return


def first_blame(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """``alleged`` against a group the media blamed or the police's first findings pointed to (see the module)."""
    if not draft.nobody_blamed:
        return
    for sentence in sentences:
        if sentence.index in background:
            continue
        found = _BLAMED.search(sentence.text)
        who = found.group("who") if found else None
        if found is None:
            found = _FINDINGS.search(sentence.text)
            before = sentences[sentence.index - 1].text if sentence.index > 0 else ""
            speaker = _POLICE.search(sentence.text) or _POLICE.search(before) if found else None
            who = speaker.group("who") if speaker else None
        if found is None or who is None or _GENERIC.match(found.group("group")):
            continue
        if EARLIER_EVENT.match(sentence.text, found.end()):
            continue  # "Police blamed the TTP for the 2014 attack on a school": another event's blame
        draft.read_attribution("alleged", sentence)
        draft.set("perpetrator", found.group("group"), sentence)
        draft.set("attributed_by", re.sub(r"^the\s+", "", who, flags=re.IGNORECASE), sentence)
        draft.notes.append(f"No claim, but {who} blamed {found.group('group')}: alleged.")
        return
