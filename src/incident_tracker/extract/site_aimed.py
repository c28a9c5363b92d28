"""Civilians killed by fire aimed at a force's site: the target is the force (issue 14, extract177).

"Four civilians … were killed when militants inside Pakistan fired rockets at NATO bases" (Rantburg 896), "a bomb
went off near a security post in the Razmak subdivision, killing a civilian" (News Riveting 195): the toll's noun
types the victims ``civilians``, but the sentence tells what the fire or the blast was aimed at, and the codebook's
target is that ("the target is what the strike was aimed at", docs/extract.md, *Drone strikes where witnesses count
locals among the dead*; "`military` when a post was hit or aimed at", *Shelling that hurts no one*). The coders code
both ``military``. :mod:`.people_hit` leaves a blast's "people" at a force's site untyped for the same reason; this
reads the toll that names civilians.

Only when the toll's own sentence tells the act and its object together: rockets, shells or fire "at" a force's
base, post or camp, a blast "near" or "outside" one, a rocket that "struck" or "hit" one; the force named by its
service word (army, military, security, NATO, ISAF, coalition: ``military``; police: ``police``). A border post or a
check post with no service word is left as it was (the corpus codes border posts' men by their country's service,
:mod:`.border_troops`), and so is a strike from the air (its target is the hideout or the compound, never typed from
the dead: :mod:`.people_hit`). "A confrontation at a border post" (228) tells where, not an aim, and stays.
"""

from __future__ import annotations

import re

from .draft import Draft
from .people_hit import from_the_air

#: The force's site, its service word first: "NATO bases", "a security post", "the army camp", "police headquarters".
_SITE = (
    r"(?:an?\s+|the\s+|two\s+|three\s+|its\s+|their\s+|one\s+of\s+the\s+|several\s+)?(?:[A-Z][\w-]*\s+)?"
    r"(?P<service>NATO|ISAF|coalition|army|military|security|police)\s+"
    r"(?:forward\s+|check\s+)?(?:bases?|posts?|outposts?|checkposts?|camps?|compounds?|headquarters|stations?)\b"
)
#: The act aimed at the site, in the toll's sentence: "fired rockets at NATO bases", "went off near a security post",
#: "a rocket struck one of the ISAF bases", "exploded outside the police headquarters".
_AIMED_AT_SITE = re.compile(
    r"\b(?:(?:fired|launched|lobbed)\s+(?:[\w-]+\s+){0,3}?(?:at|on|towards)|"
    r"(?:went\s+off|exploded|detonated|blew\s+up)\s+(?:near|outside|at|beside)|"
    r"(?:rockets?|shells?|missiles?|mortars?|bombs?)\s+(?:struck|hit|landed\s+(?:on|in)))\s+" + _SITE,
    re.IGNORECASE,
)


def civilians_at_a_site(draft: Draft) -> None:
    """Target ``civilians`` read from the toll's noun becomes the force whose site the toll's sentence tells aimed
    at (see the module)."""
    values = draft.values
    if values.get("target_type") != "civilians" or from_the_air(values):
        return
    told = draft.evidence.get("target_type", "")
    if told not in (draft.evidence.get("killed"), draft.evidence.get("injured")):
        return  # the civilians told by another sentence than the toll's: its aim is not read here
    found = _AIMED_AT_SITE.search(told)
    if found is None:
        return
    service = found.group("service").lower()
    values["target_type"] = "police" if service == "police" else "military"
    draft.notes.append("The toll's civilians were hit by fire aimed at a force's site: the target is the force.")
