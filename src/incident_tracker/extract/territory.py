"""Ground taken by an armed group: ACLED's Strategic developments → Non-state actor overtakes territory (issue 14).

"The Taliban have overrun the district", "insurgents captured the district centre", "the centre of the district fell to
the Taliban": a capture told with no attack word is an event all the same (``TAKEN_WORDS``, joined to
:data:`~.vocab.VIOLENCE`), and when the incident's own sentences tell a named armed group taking a district, a post or
an area, the incident is that capture, with weapons unknown (the corpus codes 720–722 and 873–875 so), whatever fighting
the report tells on the way to it. A state's forces taking ground back ("recaptured", "retook", "regained") are not
it, nor are people captured ("captured two soldiers": an abduction), nor is a city named only as taken in background
("after the Taliban took control of Kabul": no district, post or area noun).

Who took it is the actor: the group named before the verb, not the word for its men ("Taliban militants overran" →
the Taliban). The group's own word that it took the place ("the Taliban said their fighters had captured the
district", "Taliban spokesman X said … seized", "their spokesman said their fighters had taken") is the codebook's
``claimed``; on anyone else's word the group is ``alleged``. Those readings are :mod:`.who_took`'s, as is the actor of
ground taken back (:func:`.who_took.ground_retaken`, run after this).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .who_took import own_word, taker

if TYPE_CHECKING:
    from .draft import Draft
    from .sentences import Sentence

_ATTRIBUTION = ("perpetrator", "attributed_by")  # who told it is the claim's or the accuser's anew

_GROUP = r"(?:Taliban|militants|insurgents|rebels|Islamic\s+State|ISIS|ISIL|IS-K|Daesh)"
_GROUND = (
    r"(?:district(?:\s+(?:centre|center|headquarters))?|districts|(?:security\s+|police\s+|border\s+|army\s+)?"
    r"(?:posts?|outposts?|checkpoints?|check-posts?|stations?|bases?)|headquarters|centre|center|area)"
)
_WHICH = r"(?:(?:the|a|an|two|three|four|five|several|\d+|[A-Z][\w-]*)\s+){0,4}?"
#: "overran the district", "captured the district centre", "took 15 police stations", "the district fell", "the centre
#: of Khamab had fallen to the Taliban", "two posts fell to them"; never "fell quiet", "fell into", "fell ill".
TAKEN_WORDS = (
    rf"\b(?:overran|overrun|overrunning)\s+{_WHICH}{_GROUND}\b|"
    rf"\b(?:took|taken|captured|seized)\s+(?:control\s+of\s+)?{_WHICH}{_GROUND}\b|"
    rf"\b{_GROUND}(?:\s+of\s+[A-Z][\w-]+(?:\s+district)?)?\s+(?:had\s+|has\s+)?(?:fell|fallen)\b"
    r"(?!\s+(?:quiet|silent|calm|into|under|within|apart|asleep|ill|short|sharply|by))|"
    rf"\b(?:fell|fallen)\s+to\s+(?:the\s+)?(?:{_GROUP}|them)\b"
)
_TAKEN = re.compile(TAKEN_WORDS, re.IGNORECASE)
_BACK = re.compile(r"\b(?:recaptur\w*|retook|retaken|retake|regain\w*|recover\w*|took\s+back|taken\s+back)\b", re.I)
_TAKER = re.compile(rf"\b(?P<who>(?-i:{_GROUP}))\b")


def ground_taken(text: str) -> bool:
    """Whether a sentence tells a named group taking ground ("Militants have taken Sarvan district"): an incident,
    with or without a toll, as a dated one is."""
    found = _TAKEN.search(text)
    return found is not None and not _BACK.search(text) and _TAKER.search(text) is not None


def territory_taken(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Make a capture told in the incident's own sentences a non-state actor overtaking territory."""
    if draft.values.get("sub_event_type") == "Government regains territory":
        return  # the forces took it back (.retaken): how it had fallen is the setting
    told = None
    for sentence in draft.own_sentences(sentences, background):
        found = _TAKEN.search(sentence.text)
        if found is None or _BACK.search(sentence.text):
            continue
        # the group in the passive's own words ("fell to the Taliban"), else the last one named before the verb
        passive = re.search(r"\b(?:fell|fallen)\b", found.group())
        after = sentence.text[found.start() : found.end() + 25] if passive else found.group()
        takers = [*_TAKER.finditer(after)] or [*_TAKER.finditer(sentence.text[: found.start()])]
        if takers:  # "Taliban militants overran": the group named, not the word for its men (.who_took)
            told = (sentence, taker([t.group("who") for t in takers]))
            break
    if told is None:
        return
    sentence, who = told
    values = draft.values
    values["event_type"], values["sub_event_type"] = "Strategic developments", "Non-state actor overtakes territory"
    draft.evidence["event_type"] = draft.evidence["sub_event_type"] = sentence.text
    values.pop("weapons", None)  # what the fight on the way was fought with is not the capture's
    draft.evidence.pop("weapons", None)
    claim = own_word(sentences, background, who)  # the group or its spokesman telling it (.who_took)
    draft.forget(*_ATTRIBUTION)
    draft.set("attribution", "claimed" if claim else "alleged", claim or sentence, replace=True)
    draft.set("perpetrator", re.sub(r"\s+", " ", who), claim or sentence)
