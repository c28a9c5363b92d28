"""A state's guards or troops told by a witness as the doers of an attack on people: ``alleged``, the teller's word.

Of dev's actor misses, 22 are a state's or an alliance's forces (extract191's count); where the draft is an attack on
people and no doer was read, :mod:`.unowned_attack` leaves the attribution empty. One shape reads both fields as the
rulings say: a teller who is no side's office tells someone "that" the guards, troops or soldiers beat, tortured, shot
or fired at the victims ("a rights activist told the radio that the man died after border guards beat him"). The
codebook's ``alleged`` is one party naming a perpetrator; the teller's "told ... that" is that naming, and the
generic-label ruling takes the force's phrase as the text writes it, with its people's word when it has one. The
acting side's own word is not this shape (its service or spokesman owning the fire is ``confirmed``:
:mod:`.lawful_fire`, :mod:`.own_side`), so a teller whose words name a service, a ministry, a spokesman or a force
reads nothing, and neither does a force named only as the target ("shot at the border guards") or in a hedge.
"""

from __future__ import annotations

import re

from .draft import Draft
from .sentences import Sentence

#: "<teller> told <someone> that ... <force> <act> him": the teller (one to ten words, and the role told beside it
#: between commas), no denial on the way, the force with its people's word if any, and an act on people.
_TOLD_THAT = re.compile(
    r"(?:\b(?:But|And|Yet)\s+)?(?P<teller>\b[A-Z][\w'.-]*(?:\s+[\w'.-]+){0,9}?)(?:,(?P<role>[^,]{1,80}),)?"
    r"\s+told\s+(?:[\w/.-]+\s+){1,3}?that\s+"
    r"(?:(?!\b(?:not|never|no)\b)[^.;\"])*?\b(?P<force>(?:[A-Z][a-z]+\s+)?(?:border\s+)?"
    r"(?:guards|troops|soldiers|servicemen))\s+(?:had\s+)?"
    r"(?:beat|tortured|shot(?:\s+at)?|fired\s+(?:at|on)|opened\s+fire\s+on|killed)\s+"
    r"(?:him|her|them|a\b|an\b|the\b|two|three|four|\d)"
)
#: A teller who speaks for a side's office: its own word on its force is another ruling's (``confirmed``).
_OFFICE = re.compile(
    r"\b(?:service|ministry|spokes\w*|command\w*|officials?|government|army|military|guards?|police|forces?|"
    r"troops|statement|press)\b",
    re.IGNORECASE,
)


def guards_told(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Name the force a teller told of as the doer of an attack whose doer went unread (see the module)."""
    unread = "attribution" not in draft.values or draft.blame_unread
    if draft.values.get("sub_event_type") != "Attack" or draft.values.get("perpetrator") or not unread:
        return
    for sentence in draft.own_sentences(sentences, background):
        found = _TOLD_THAT.search(sentence.text)
        if found is None or _OFFICE.search(f"{found.group('teller')} {found.group('role') or ''}"):
            continue
        teller = found.group("teller")
        draft.forget("attribution")
        if "attribution" in draft.defaults:
            draft.defaults.remove("attribution")
        draft.set("attribution", "alleged", sentence)
        draft.set("perpetrator", found.group("force"), sentence)
        draft.set("attributed_by", teller, sentence)
        return
