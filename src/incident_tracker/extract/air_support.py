"""Aircraft told as joining a ground fight, and buildings blown up: weapons the phrase list did not read (issue 14).

"The army has sent helicopter gunships into the fight", "helicopter gunships supported the troops on the ground"
(round 68's Bajaur and Upper Dir raids): a gunship is an armed aircraft, and one sent into a fight or backing the
troops in it struck from the air, so the weapon is ``airstrike`` as when it "struck" or "bombed". A helicopter that is
not a gunship is read only when it is sent into the fight itself ("helicopters were sent into the battle"), never
when it flew, carried or evacuated ("helicopters were sent to evacuate the wounded").

"They blew up a government school", "a girls' school was blown up": a building blown up is a blast, and the weapon is
``explosives`` (as :mod:`.infrastructure` reads a bridge or a pipeline blown up). "Blew up himself" is the bomber's
(:mod:`.bombers`), not a building.

Aircraft backing troops in a ground fight are the fight's weapon, not an event of their own: a draft whose only
``airstrike`` is such support is not typed an ``Air/drone strike`` for it (:func:`support_only`; the corpus codes the
Bajaur and Upper Dir raids fought with gunships ``Armed clash``), while gunships that "struck" or "bombed" still are.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .draft import Draft

_INTO_FIGHT = r"into\s+(?:the\s+)?(?:fight(?:ing)?|battle|combat|operation)"
_GUNSHIPS = r"(?:helicopter\s+)?gunships?"
_GROUND = r"(?:troops|soldiers|forces|security\s+forces|infantry|ground\s+(?:troops|forces))"
_BUILDING = (
    r"(?:schools?|school\s+buildings?|buildings?|houses?|homes?|shops?|mosques?|clinics?|health\s+cent(?:re|er)s?|"
    r"offices?|police\s+stations?|check-?posts?|posts?)"
)

#: Weapon phrases → weapon values, in the form of :data:`~.vocab.WEAPON_PHRASES` (read with them by
#: :func:`.weapons_read.read_weapons`).
AIR_SUPPORT_PHRASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    # "sent helicopter gunships into the fight", "deployed gunships", "helicopters were sent into the battle"
    (
        rf"(?:sent|deployed|called\s+in|brought\s+in|pressed)\s+(?:[\w-]+\s+){{0,2}}?{_GUNSHIPS}|"
        rf"{_GUNSHIPS}\s+(?:were|had\s+been|have\s+been)\s+(?:sent|deployed|called\s+in|brought\s+in)|"
        rf"(?:sent|deployed)\s+(?:[\w-]+\s+){{0,2}}?helicopters\s+{_INTO_FIGHT}|"
        rf"helicopters\s+(?:were|had\s+been|have\s+been)\s+(?:sent|deployed)\s+{_INTO_FIGHT}",
        ("airstrike",),
    ),
    # "helicopter gunships supported the troops on the ground", "gunships backed the soldiers"
    (
        rf"{_GUNSHIPS}\s+(?:also\s+)?(?:supported|backed(?:\s+up)?|joined|gave\s+cover\s+to|covered)\s+"
        rf"(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_GROUND}|fight(?:ing)?|battle|assault|operation)",
        ("airstrike",),
    ),
    # the same support told from the troops' side or by what the gunships gave: "troops supported by helicopter
    # gunships killed three of the militants" (Pakistan Link 887), "with helicopter gunships giving cover from the air"
    # (Pakistan Today 889)
    (
        rf"{_GROUND}\s+(?:were\s+|had\s+been\s+)?(?:supported|backed(?:\s+up)?|covered)\s+by\s+(?:[\w-]+\s+){{0,2}}?"
        rf"{_GUNSHIPS}|{_GUNSHIPS}\s+(?:were\s+)?(?:giving|providing|gave|provided)\s+(?:[\w-]+\s+)?(?:cover|support)",
        ("airstrike",),
    ),
    # "blew up a government school", "the school was blown up", "blew up two houses"
    (
        rf"blew\s+up\s+(?:a|an|the|two|three|several|\d+)\s+(?:[\w'’-]+\s+){{0,2}}?{_BUILDING}|"
        rf"{_BUILDING}\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+blown\s+(?:up|apart)",
        ("explosives",),
    ),
)


_SUPPORT = re.compile("|".join(pattern for pattern, weapons in AIR_SUPPORT_PHRASES if weapons == ("airstrike",)), re.I)


def mark_air_support(draft: Draft, pieces: list[tuple[str, tuple[str, ...]]]) -> None:
    """Note on ``draft`` whether each ``airstrike`` read (matched text, weapons) was air support or a strike."""
    for piece, weapons in pieces:
        if "airstrike" in weapons:
            draft.values["_air_support" if _SUPPORT.fullmatch(piece) else "_air_struck"] = True


def support_only(draft: Draft) -> bool:
    """Whether the draft's ``airstrike`` was read only from aircraft backing a ground fight, or the side on the ground
    called the aircraft in (:mod:`.air_called`: then what they struck with was that fight's support)."""
    if draft.values.get("_air_called"):
        return True
    return bool(draft.values.get("_air_support")) and not draft.values.get("_air_struck")
