"""An air strike's fire told only as firing: the aircraft's, not guns of their own (issue 14, extract139).

"Two more soldiers were wounded when the coalition opened fire in the Shawal area", "coalition forces fired on a
border checkpost", then "its aircraft had dropped four bombs" (BBC 915, Blogger News 916): the words of firing name
no gun, and when the incident is an air strike they tell the aircraft's fire, which the corpus codes ``airstrike``
alone. On dev, the drafts typed ``Air/drone strike`` with ``firearms`` are six: the three whose firearms come only
from such words (915, 916, 486's "a shooting") are coded without firearms, the two that name guns ("automatic
rifles", 277; "gunfire", 616) are coded with them, and one more (487's "armed clashes") names a fight. So a gun named
anywhere in the incident keeps them, and so does air support backing a ground fight, which is typed as the fight.
"""

from __future__ import annotations

import re

from .draft import Draft
from .fire_nouns import fire_noun_only

#: Firing told with no gun named: "opened fire", "fired on", "firing", "shooting".
_FIRE_ONLY = re.compile(
    r"open(?:ed)?\s+fire|opened\s+(?:[\w\"“”']+\s+){1,2}fire|firing|fired\s+(?:on|at|upon)|shooting|"
    r"fire\s+(?:was|had\s+been)\s+opened",
    re.IGNORECASE,
)


def note_fire_words(draft: Draft, found: list[str]) -> None:
    """Remember whether the firearms a sentence gave were told only as firing (``found``: the phrases that named
    them); a gun named once marks the incident for good."""
    if not found:
        return
    if all(_FIRE_ONLY.fullmatch(phrase) or fire_noun_only(phrase) for phrase in found):  # "the enemy's fire"
        draft.values.setdefault("_fire_words_only", True)
    else:
        draft.values["_guns_named"] = True


def aircraft_fire(draft: Draft) -> None:
    """Drop the firearms of an air strike told only by words of firing (see the module); drop the marks either way."""
    values = draft.values
    fire_words_only = values.pop("_fire_words_only", False)
    guns_named = values.pop("_guns_named", False)
    weapons = values.get("weapons") or []
    if not fire_words_only or guns_named or values.get("sub_event_type") != "Air/drone strike":
        return
    if "firearms" not in weapons or not {"airstrike", "drone"} & set(weapons):
        return
    values["weapons"] = [weapon for weapon in weapons if weapon != "firearms"]
    draft.notes.append("Firearms left out: the firing told is the aircraft's in an air strike, no gun named.")
