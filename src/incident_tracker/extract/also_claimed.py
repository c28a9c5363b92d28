"""A group's claim of another attack of the same day, told after the report's own: its own incident.

"The group said it had set off the roadside bomb." then "Its spokesman also claimed an attack on a bus in Quetta on
Sunday night that killed the driver.": the claimant names a second attack, with the indefinite article ("an attack",
not "the attack") and a toll of its own. Told on the day of the incident already read, the reader used to read it
into that incident (its day told again), so the second attack was never drafted and its toll, place and target
could leak into the first. Such a sentence starts an incident of its own on that day (the hook is
``FeedSteps._dated_incident``, which starts a new draft on a day already read when this says so).

What it is not: "The group also claimed the attack" (the same attack, definite), a claim of another attack with no
toll told ("also claimed an attack on a checkpoint"), and a claim of attacks on another, earlier day ("also claimed
two bombings on Wednesday that wounded several police officers", in a report of Saturday's attack): that day is
earlier news, kept out as before, since this only decides on a day the reader has already drafted.

Who claimed it: the claimant of the attack being read, when the report's own claim was read already and the other
claim is told by the same speaker ("It also claimed", "The spokesman also said", or a name the first claim's sentence
gives: "Khurasani, who speaks for the group, said it had set off the bomb" then "Khurasani also claimed …"); another
group's claim ("The BLA also claimed an attack …", after the TTP's) takes nothing from it.
"""

from __future__ import annotations

import re

from .draft import Draft
from .sentences import Sentence

_EVENT = r"(?:attacks?|bombings?|ambush(?:es)?|shootings?|raids?|assaults?|blasts?|explosions?)"

#: "also claimed (responsibility for) an attack on …", "also said it was behind an attack on …", "also claimed a
#: Sunday night attack on …": the claimant's other attack, told with the indefinite article.
_ALSO_CLAIMED = re.compile(
    r"\balso\s+(?:claimed|said\s+(?:that\s+)?(?:it|they|the\s+group|the\s+militants)\s+(?:was|were|had\s+been)\s+"
    r"(?:behind|responsible\s+for))\s+(?:responsibility\s+for\s+)?(?:an?|another)\s+(?:[\w-]+\s+){0,3}?"
    rf"{_EVENT}\b(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)
#: A toll of the other attack's own, told after it: "that killed a technician", "in which two guards died".
_OWN_TOLL = re.compile(
    r"\b(?:that|which|in\s+which|killing|wounding|injuring)\b[^.;]{0,60}?"
    r"\b(?:killed|died|dead|wounded|injured|killing|wounding|injuring)\b",
    re.IGNORECASE,
)


def claims_another(text: str) -> bool:
    """Whether the sentence is a claimant's claim of another attack, with a toll of its own (see the module)."""
    found = _ALSO_CLAIMED.search(text)
    return found is not None and _OWN_TOLL.search(found.group("rest")) is not None


#: The speaker of "also claimed": the words just before it (a pronoun, "the spokesman", or a name).
_SPEAKER = re.compile(r"(?P<who>(?:\b[\w’'-]+\s+){1,2}?)also\s+(?:claimed|said)\b", re.IGNORECASE)
_SAME_SPEAKER = re.compile(
    r"^(?:it|he|she|they|(?:the|its|their)\s+(?:group|spokesm[ae]n|militants|outfit|organi[sz]ation))$", re.IGNORECASE
)


def claimed_too(draft: Draft, before: Draft | None, sentence: Sentence) -> None:
    """The claim of the attack being read (``before``) for its claimant's other attack (``draft``), when the same
    speaker tells both (see the module): ``claimed``, by the same group."""
    if before is None or before.values.get("attribution") != "claimed" or "perpetrator" not in before.values:
        return
    found = _SPEAKER.search(sentence.text)
    if found is None:
        return
    who = found.group("who").strip()
    first_claim = before.evidence.get("attribution", "")
    named = who[:1].isupper() and re.search(rf"\b{re.escape(who.split()[-1])}\b", first_claim) is not None
    if not (_SAME_SPEAKER.match(who) or named):
        return
    draft.read_attribution("claimed", sentence)
    draft.set("perpetrator", before.values["perpetrator"], sentence)
