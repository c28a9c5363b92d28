"""A group's claim told in other words than "claimed responsibility": the wire's relayed and reported claims.

A claim is often told second-hand: a group that "sent journalists a text message saying it had carried out the
attack", groups that "were reported to have claimed the attack", a faction that "was quick to claim the attack". The
corpus codes each as ``claimed``, with the group as the perpetrator, as it codes "X claimed responsibility"
(:data:`claim_patterns._CLAIMED`). Only a group named by capitalised words before the verb counts; a state's
forces saying they carried out a strike stay ``confirmed`` (:func:`claims_read.read_claim`), and a sentence saying no
one claimed it is read first as no claim.
"""

from __future__ import annotations

import re

from .claim_noun import claim_as_noun
from .claim_patterns import _NAME

#: The group's name with its noun after it: "The Hafiz Gul Bahadur group".
_WHO = rf"(?P<who>{_NAME}(?:\s+(?:[a-z-]+\s+){{0,2}}(?:group|organi[sz]ation|movement|outfit|faction))?)"
#: Two groups told as one claimant: "the Lashkar-i-Jhangvi al-Alami and the Ansarul Mujahideen".
_WHO_BOTH = rf"(?P<who>{_NAME}(?:\s+and\s+(?:the\s+)?{_NAME})?)"
#: "sent journalists a text message saying it had carried out the attack": a message relaying the group's claim;
#: "put out a statement of its own claiming the killing of the battalion commander" (982): the claim in the
#: participle, never "claiming the attack was …" (what the attack was) nor "claiming that …" (an assertion).
_MESSAGE = re.compile(
    rf"{_WHO}(?:,[^.;]{{1,160}}?,)?\s+(?:had\s+|has\s+|later\s+)?(?:sent|issued|released|emailed|put\s+out|published)\b"
    r"[^.;]{0,40}?\b(?:message|statement|e-?mail|video)(?:\s+of\s+its\s+own)?\s+(?:(?:saying|stating|announcing)\s+"
    r"(?:that\s+)?it\s+(?:had\s+)?(?:carried out|was behind|conducted|staged)\b|claiming\s+(?:responsibility\b|"
    r"(?:the|its)\s+(?:killing|murder|assassination|attack|bombing|ambush|abduction|kidnapping)\b(?!\s+(?:was|were|is|had)\b)))"
)
#: "were reported to have claimed the attack", "was said to have claimed responsibility": a claim the outlet relays.
_REPORTED = re.compile(
    rf"(?!(?:The|A|An|This|That)\s+[a-z]){_WHO_BOTH}\s+(?:was|were|is|are|has\s+been|had\s+been)\s+"
    r"(?:reported|said)\s+to\s+have\s+claimed\s+(?:responsibility|it|the|this)\b"
)
#: "was quick to claim the attack", "were swift to claim responsibility": the claim told by its speed.
_QUICK = re.compile(
    rf"(?!(?:The|A|An|This|That)\s+[a-z]){_WHO}(?:,[^.;]{{1,160}}?,)?\s+(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:quick|swift|fast|first)\s+to\s+claim\s+(?:responsibility|it|the|this)\b"
)

#: "X, who speaks for the outlawed Tehrik-e-Taliban Pakistan, said his group had carried out the bombing" (AP 738,
#: 739): the group's spokesman names it, and "his group" is that group, so the claim is the group's.
_SPOKESMAN = re.compile(
    r"\b(?:who\s+speaks\s+for|(?:a|the|chief)\s+spokes(?:man|person|woman)\s+(?:for|of))\s+(?:the\s+)?"
    rf"(?:(?:outlawed|banned|proscribed)\s+)?{_WHO},\s+(?:has\s+|had\s+)?(?:said|says|announced|stated)\b[^.;]{{0,40}}?"
    r"\b(?:his|her|the|its|their)\s+(?:group|organi[sz]ation|movement|outfit|fighters|men)\s+(?:had\s+|has\s+)?"
    r"(?:carried\s+out|was\s+behind|were\s+behind|conducted|staged|was\s+responsible\s+for)\b"
)


#: "BLA spokesman Jeeyand Baloch claimed responsibility", "X, a TTP spokesman, claimed the attack", "A TTP spokesman
#: said the group had carried out the attack": the group that titles the spokesman is the claimant, never the
#: spokesman's own name, which "X claimed" (:data:`claim_patterns._CLAIMED`) would take.
_TITLED = re.compile(
    r"(?:\b(?:[Aa]n?|[Tt]he)\s+)?(?:(?:outlawed|banned|proscribed)\s+)?"
    rf"(?P<who>{_NAME})(?:[’']s)?\s+(?:chief\s+|main\s+|official\s+)?spokes(?:man|person|woman)"
    r"(?:,?\s+(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)?,?\s+(?:has\s+|had\s+|later\s+)?"
    r"(?:claimed\s+responsibility|claimed\s+(?:it|the|this)\b|(?:took|taken|accepted|owned|admitted)\s+responsibility|"
    r"owned\s+(?:it|the|this)\b|(?:said|says|announced|stated)\b[^.;]{0,40}?\b(?:that\s+)?(?:the|its|his|their)\s+"
    r"(?:group(?:[’']s\s+fighters)?|organi[sz]ation|movement|outfit|fighters|men|militants|mujahideen)\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:carried\s+out|was\s+behind|were\s+behind|conducted|staged))"
)


def titled_claim(text: str) -> re.Match[str] | None:
    """The match of a claim told by the group's spokesman, its ``who`` the group that titles him; None when none."""
    return _TITLED.search(text)


def told_claim(text: str) -> re.Match[str] | None:
    """The match of a claim told second-hand or by its speed, its ``who`` the group; None when none is told."""
    for pattern in (_MESSAGE, _REPORTED, _QUICK, _SPOKESMAN):
        if found := pattern.search(text):
            return found
    return claim_as_noun(text)  # "rejected the Taliban's claim to have captured 14 checkpoints" (see .claim_noun)


def claim_across(text: str, cut: int | None) -> bool:
    """Whether a told claim runs across where background begins: "The X group, a faction with a record of deadly
    attacks in the region, was quick to claim the attack" (Indian Defense News 635). The aside about the group's past
    is background, but the group and its claim around it are this attack's: the whole sentence is read for it."""
    if not cut:
        return False
    found = told_claim(text)
    return found is not None and found.start("who") < cut < found.end()
