"""Fire told before the heavy weapons that made it: the shells' fire, not guns of their own (issue 14, extract154).

"Four civilians were killed in an exchange of fire overnight at the crossing …; residents spoke of hours of artillery
and mortar fire" (CNA 346, Khabar Asia 345), "Afghan and Pakistani forces traded fire on Monday …; both sides fired
artillery and mortar rounds" (AP 897), "the firing from across the border fell on the Bin Shahi area …; mortar shells
and heavy weapons were fired" (Express 1098): the words of fire name no weapon, and the weapon named next is a heavy
one. :mod:`.weapons_read` already leaves such words out when the heavy weapon comes in the same sentence or before
them (``_FIRING_ONLY``, ``_FIRE_AGAIN``); told first, in the lead, they had made ``firearms`` of their own, and the
coders kept the heavy weapons alone. Counted over all dev drafts (main 6e5bca8e) with firearms beside a mortar,
rocket, missile or artillery (37): those whose only words of fire are an exchange of fire, fire traded or exchanged,
"firing" or "came under fire" (or "fired on" in a sentence that names the heavy weapon), with no gun, rifle, bullet or
shot named in the incident's own sentences, are six: four coded without firearms (1098, 345, 346, 897), one with them
(187: "exchanged heavy fire", then a mortar round) and one `unknown` (347, wrong either way). "Opened fire", "fired
back" and "returned fire" are not taken: they tell one side's fire, and the drafts that have them (126, 147, 177, 670,
918, 1083) are coded with firearms.
"""

from __future__ import annotations

import re

from .draft import Draft
from .fire_nouns import FIRE_NOUN, fire_noun_only
from .sentences import Sentence
from .vocab import WEAPON_PHRASES

#: The heavy weapons whose firing the words of fire may tell.
HEAVY = frozenset({"mortar", "rocket", "missile", "artillery"})

#: Every phrase the reader takes as firearms (:data:`~.vocab.WEAPON_PHRASES`).
_FIREARMS = re.compile(
    r"\b(?:"
    + "|".join(f"(?:{pattern})" for pattern, weapons in WEAPON_PHRASES if "firearms" in weapons)
    + f"|(?:{FIRE_NOUN}))\\b",
    re.IGNORECASE,
)

#: Words of fire that name no weapon and no one side's act: fire between two sides, or "firing" alone.
_FIRE_ONLY = re.compile(
    r"exchanges? of fire|(?:exchanged|traded) (?:heavy |intense |sporadic )?fire|firing|c[ao]me under fire",
    re.IGNORECASE,
)

#: The phrases that name a heavy weapon; in their sentence, "firing", "fired on" and "shooting" are that weapon's
#: ("mortar shells and heavy weapons were fired on the civilian population"), as :mod:`.weapons_read` reads them.
_HEAVY_NAMED = re.compile(
    r"\b(?:" + "|".join(f"(?:{pattern})" for pattern, weapons in WEAPON_PHRASES if HEAVY & set(weapons)) + r")\b",
    re.IGNORECASE,
)
_HEAVY_VERB = re.compile(r"firing|fired (?:on|at|upon)|shooting", re.IGNORECASE)

#: A gun told by its name, which no phrase of firearms reads alone ("Kalashnikov fire and mortar shells").
_GUN = re.compile(r"\b(?:Kalashnikovs?|AK-47s?|guns?|pistols?|rifles?|bullets?|shots?)\b", re.IGNORECASE)


def heavy_fire_only(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Drop firearms told only by words of fire beside a heavy weapon, with no gun named (see the module)."""
    weapons = list(draft.values.get("weapons") or [])
    if "firearms" not in weapons or not HEAVY & set(weapons):
        return
    own = [sentence.text for sentence in draft.own_sentences(sentences, background)]
    if any(_GUN.search(text) for text in own):
        return
    told = [(match.group(0), text) for text in own for match in _FIREARMS.finditer(text)]
    if not told or not all(_fire_only(phrase, text) for phrase, text in told):
        return
    draft.values["weapons"] = [weapon for weapon in weapons if weapon != "firearms"]
    draft.notes.append("Firearms left out: the fire told names no gun, and the weapons named are heavy ones.")


def _fire_only(phrase: str, text: str) -> bool:
    """Whether ``phrase`` (a firearms phrase of the sentence ``text``) tells fire and no gun."""
    if _FIRE_ONLY.fullmatch(phrase) or fire_noun_only(phrase):  # .fire_nouns: "heavy fire", "their fire"
        return True
    return bool(_HEAVY_VERB.fullmatch(phrase) and _HEAVY_NAMED.search(text))
