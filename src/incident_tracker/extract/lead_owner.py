"""The drone strike's owner told in shapes the earlier owner readings pass by.

:mod:`.drone_owner` reads the craft as the subject of a firing verb ("a U.S. drone fired") and :mod:`.owned_strike`
the strike as the subject of its toll within a short clause. The held-back round 108 (drone strikes on the
Afghan-Pakistani line, 2009-2013; extract190) and its kind on dev showed a strike coded as the named state's act,
``alleged``, drafted with no actor, in four more shapes, each of another outlet:

- the craft as the subject of the toll itself: "A US drone killed at least four militants in a missile strike"
  (The Express Tribune with AFP 1797), and a craft named "remotely-piloted" ("An American remotely-piloted aircraft
  struck", The Express Tribune 1795), a word :data:`.drone_owner.CRAFT` does not hold;
- the strike opening the lead as its subject with the place told at length before the verb ("A US drone strike on
  a vehicle in Machikhel village, in the Mir Ali subdivision of North Waziristan Agency, killed seven", The News
  1791), past :mod:`.owned_strike`'s 80 characters;
- the strike carried out by the owner's craft: "Two attacks thought to have been carried out by US drones"
  (Wikinews 1790);
- the lead naming the strike with its owner in its noun, whatever the verb: "Pakistan on Wednesday condemned a US
  drone strike deep inside its territory" (Dawn 1531), "The newest US drone strike on … is among the deadliest"
  (Antiwar.com 1560). Only the draft's first own sentence is read for this shape, and a strike whose clause tells
  another time before it ("a week after a US drone strike", "and last year a Pakistani drone attack … killed
  twenty") is an earlier one, not read.

extract204 added the craft named by its make, the owner before it, as the subject of the strike or its toll: "US
Predator strike aircraft hit a Taliban camp" (The Long War Journal 1644), "Unmanned US Predator or Reaper aircraft
killed four" (1914): the outlet's own voice naming the doer as fact, ``alleged`` (docs/extract.md, the tenth rulings'
*The outlet's own voice, for every actor*). With no article the make must open the sentence (or follow its dateline):
"US Predators have killed hundreds" is the campaign (no firing verb right after), and the owner only as the
operator in the background ("drones run by the CIA") is no make before a verb.

The attribution is :func:`.drone_owner.owner_attribution`'s (``alleged`` where anybody is cited or the outlet states
the owner as fact, ``suspected`` for the outlet's own hedge alone); a draft that already read a source's ``alleged``
keeps it and gains the owner, as :mod:`.owned_strike` does. Plural strikes told as the subject ("US drone strikes
are widely resented") are the campaign, and are not read.
"""

from __future__ import annotations

import re

from .draft import Draft
from .drone_owner import CRAFT, STATE, cited_in, forces_of, owner_span
from .owned_strike import DATELINE, awaits_owner, blame_owner
from .sentences import Sentence

#: A drone by a word :data:`.drone_owner.CRAFT` lacks: "a remotely-piloted aircraft".
_CRAFT = rf"(?:{CRAFT}|remotely[- ]piloted\s+(?:aircraft|vehicles?|planes?))"
#: "A US drone killed at least four militants", "An American remotely-piloted aircraft struck": the craft, singular,
#: as the subject of the toll or of the strike.
_CRAFT_ACTED = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?:suspected\s+)?{STATE}\s+{_CRAFT}(?<!s)\s+"
    r"(?:killed|destroyed|wounded|fired|struck|hit|launched|attacked|targeted|bombed)\b"
)
#: "A US drone strike on a vehicle in X village, in the Y subdivision of Z Agency, killed seven": the strike opening
#: the lead (or after its dateline) as the subject, its place told at length before the verb.
_STRIKE_OPENS = re.compile(
    rf"(?:^|{DATELINE})(?:[Aa]n?|[Tt]he)\s+(?:suspected\s+)?{STATE}\s+(?:drone|missile)\s+(?:strike|attack)\b(?!s)"
    r"[^.;]{0,160}?\b(?:killed|destroyed|wounded|hit|struck|targeted)\b"
)
#: "attacks thought to have been carried out by US drones", "a strike carried out by a US drone".
_CARRIED_OUT_BY = re.compile(
    r"\b(?:strikes?|attacks?|raids?)\s+(?:(?:thought|believed|said|suspected|reported)\s+to\s+have\s+been\s+)?"
    rf"carried\s+out\s+by\s+(?:an?\s+|the\s+)?(?:suspected\s+)?{STATE}\s+{_CRAFT}"
)
#: "condemned a US drone strike", "The newest US drone strike on …": the strike, singular, named with its owner.
_STRIKE_NAMED = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:(?:newest|latest|new|fresh|suspected)\s+)?"
    rf"{STATE}\s+drone\s+(?:strike|attack)\b(?!s)"
)
#: A strike whose clause tells another time before it is an earlier one: "weeks after a US drone strike killed …",
#: "and last year a Pakistani drone attack in the same valley killed twenty" (extract179's guard).
_EARLIER = re.compile(r"\b(?:after|since|before|following|than|last|earlier|previous|ago)\b", re.IGNORECASE)

#: The drones' makes the reports name: "a US Predator", "US Predator or Reaper aircraft", "US Reapers".
_MAKE = r"(?:Predator|Reaper)s?(?:\s+or\s+(?:Predator|Reaper)s?)?(?:\s+(?:strike\s+)?(?:aircraft|drones?|planes?))?"
#: "US Predator strike aircraft hit a camp", "Unmanned US Predator or Reaper aircraft killed four", "a US Reaper drone
#: fired": the craft by its make, its owner before it, as the subject of the strike or its toll (extract204).
_MAKE_ACTED = re.compile(
    rf"(?:^|{DATELINE}|\b(?:[Aa]n?|[Tt]he)\s+)(?:(?:[Uu]nmanned|[Pp]ilotless|[Ss]uspected)\s+)?{STATE}\s+{_MAKE}\s+"
    r"(?:killed|destroyed|wounded|fired|struck|hit|launched|attacked|targeted|bombed)\b"
)

_ANYWHERE = (_CRAFT_ACTED, _STRIKE_OPENS, _CARRIED_OUT_BY, _MAKE_ACTED)


def _named_in_lead(lead: Sentence) -> re.Match[str] | None:
    """The strike named with its owner in the draft's first own sentence, not after a word of an earlier time."""
    for found in _STRIKE_NAMED.finditer(lead.text):
        clause = re.split(r"[,;:]", lead.text[: found.start()])[-1]
        if not _EARLIER.search(clause):
            return found
    return None


def lead_owner(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Blame the state the strike's lead names as its drone's owner (see the module)."""
    source_told = awaits_owner(draft)
    if source_told is None:
        return
    own = owner_span(draft, sentences, background)
    for number, sentence in enumerate(own):
        found = next((m for pattern in _ANYWHERE if (m := pattern.search(sentence.text))), None)
        found = found or (_named_in_lead(sentence) if number == 0 else None)
        name = forces_of(found.group("state")) if found else None
        if found and name:
            blame_owner(draft, sentence, found, name, source_told or cited_in(own), "The strike's lead tells it as")
            return
