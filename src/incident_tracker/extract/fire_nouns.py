"""Fire told as a noun, by its kind or by whose it was, and guns told as what men fought with (issue 14, extract202).

"The guards answered the terrorists' heavy fire at once" (Iran Project 135), "the smugglers crossed under covering
fire from the neighbouring territory" (RIA 1320), "two rival groups fought with guns over a plot of land" (Dawn 319):
each tells shooting, as the ninth rulings' b asks of ``firearms`` (fire, a shot, a bullet or a gun told), but none is
a verb of firing or a phrase of :data:`~.vocab.WEAPON_PHRASES`, so the three incidents, all coded ``firearms``, were
drafted ``unknown``. Counted over dev before the rule (main ef7fd942): of the 30 reports with fire told so ("heavy",
"covering", "sniper" or "indiscriminate" fire, someone's fire, "their fire", "with guns"), every one coded with
``firearms`` has it unless a mortar, rocket, missile or artillery is named (318 and 97: "pounding … with heavy fire"
after mortar rounds, coded the mortar alone; 896: "the militants' fire" of the rockets).

So such fire is the guns' only where it stands as the words of fire that name no weapon always stand: beside a heavy
weapon named in the sentence or read before, it is that weapon's fire (:mod:`.weapons_read`'s ``_FIRING_ONLY`` and
``_FIRE_AGAIN``), and told before the heavy weapon it is dropped with the rest (:mod:`.heavy_fire`); in an air strike
it is the aircraft's (:mod:`.air_fire`). "Artillery fire", "mortar fire", "rocket fire" are not fire nouns here (the
heavy weapon is named), nor is a house "set on fire" or a "ceasefire".
"""

from __future__ import annotations

import re

#: The kinds of fire that tell shooting and name no heavy weapon.
_KIND = r"(?:heavy|covering|sniper|indiscriminate|intense|sustained)"

#: Fire told by its kind ("heavy fire", "covering fire", "sniper fire"), by whose it was ("the terrorists' heavy fire",
#: "the border guards' fire", "martyred by their fire"), and guns as what men fought with ("fought with guns",
#: "attacked the post with guns").
FIRE_NOUN = (
    rf"{_KIND}\s+fire(?![\"”]?\s+(?:of|with)\s+heavy)|"
    rf"[\w-]+s['’]\s+(?:{_KIND}\s+)?fire|their\s+(?:{_KIND}\s+)?fire|"
    r"with\s+(?:their\s+)?guns"
)

#: The phrases read as firearms, for :mod:`.weapons_read`'s list of weapon phrases.
FIRE_NOUN_PHRASES: tuple[tuple[str, tuple[str, ...]], ...] = ((FIRE_NOUN, ("firearms",)),)

#: The fire nouns that tell fire and no gun: all but the guns fought with.
_FIRE_ONLY = re.compile(rf"(?!with\b)(?:{FIRE_NOUN})", re.IGNORECASE)


def fire_noun_only(phrase: str) -> bool:
    """Whether ``phrase`` (one a firearms phrase matched) is fire told as a noun, naming no gun: the words that
    a heavy weapon's or an aircraft's fire may also be."""
    return bool(_FIRE_ONLY.fullmatch(phrase))
