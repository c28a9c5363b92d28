"""Weapons a bombing's report names that were not the attack's: the guards' fire on the bomber, a state's arsenal.

Two readings of the incident's own sentences, each dropping a weapon only when every sentence that named it is of
that kind:

- *the defenders' fire on the bomber* (:func:`fire_on_the_bomber`): in a suicide bombing, "officers blocked the car
  and opened fire on the driver, who then set off the explosives" (Los Angeles Times 602) or "the guards opened fire
  on him" (Iran Times 604) is the attacked side shooting at the attacker, not a weapon of the attack: the corpus codes
  the bombing's explosives alone. Gunmen who stormed in after the blast (NDTV 603) are the attackers' own fire and
  stay, as does any firearm told in another sentence;
- *a state's arsenal* (:func:`arsenal_named`): "citing in part Tehran's ballistic missiles" (602) names what a state
  holds, in the background of sanctions, not a missile fired: the possessive and "ballistic" (or a missile
  "programme") mark it.
"""

from __future__ import annotations

import re

from .draft import Draft
from .sentences import Sentence
from .weapons_read import read_weapons

#: The attacked side firing on the attacker: "officers … opened fire on the driver", "the guards opened fire on him".
_ON_THE_BOMBER = re.compile(
    r"\b(?:officers|guards|police(?:men)?|policemen|security\s+(?:forces|guards|personnel)|soldiers|sentries)\b"
    r"[^.;]{0,60}?\b(?:opened\s+fire|fired)\s+(?:on|at|upon)\s+(?:the\s+)?"
    r"(?:driver|him|her|bomber|attacker|car|vehicle)\b",
    re.IGNORECASE,
)
#: A state's missiles as what it holds: "Tehran's ballistic missiles", "its ballistic missile programme".
_ARSENAL = re.compile(
    r"\b(?:[A-Z][\w-]*['’]s|its|their)\s+(?:ballistic\s+missiles?|missile\s+(?:programme|program|arsenal|tests?))\b|"
    r"\bballistic\s+missile\s+(?:programme|program)\b",
)


def _weapons_of(sentence: Sentence) -> set[str]:
    """The weapons the reader names in one sentence, read afresh."""
    scratch = Draft()
    read_weapons(scratch, sentence, sentence.text)
    return set(scratch.values.get("weapons", []))


def _own(draft: Draft, sentences: list[Sentence]) -> list[Sentence]:
    return [sentences[i] for i in sorted(set(draft.sentences)) if i < len(sentences)]


def _drop_if_only(draft: Draft, weapon: str, told: list[Sentence], kind: re.Pattern[str], why: str) -> None:
    """Drop ``weapon`` when it is named and every sentence naming it is of ``kind``."""
    weapons = list(draft.values.get("weapons") or [])
    if weapon not in weapons or len(weapons) < 2:
        return
    naming = [s for s in told if weapon in _weapons_of(s)]
    if not naming or not all(kind.search(s.text) for s in naming):
        return
    draft.values["weapons"] = [w for w in weapons if w != weapon]
    draft.notes.append(f"{weapon} left out: {why} ({naming[0].text[:80]}…).")


def fire_on_the_bomber(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """A suicide bombing's firearms told only as the defenders' fire on the bomber: not the attack's (see module)."""
    if not draft.values.get("_suicide"):
        return
    told = [s for s in _own(draft, sentences) if s.index not in background]
    _drop_if_only(draft, "firearms", told, _ON_THE_BOMBER, "the defenders' fire on the bomber")


def arsenal_named(draft: Draft, sentences: list[Sentence]) -> None:
    """A missile named only as a state's arsenal: no weapon of the attack (see module)."""
    _drop_if_only(draft, "missile", _own(draft, sentences), _ARSENAL, "a state's arsenal, not a missile fired")
