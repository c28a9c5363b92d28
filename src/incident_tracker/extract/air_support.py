"""Aircraft told as joining a ground fight, and buildings blown up: weapons the phrase list did not read (issue 14).

"The army has sent helicopter gunships into the fight", "helicopter gunships supported the troops on the ground"
(round 68's Bajaur and Upper Dir raids): a gunship is an armed aircraft, and one sent into a fight or backing the
troops in it struck from the air, so the weapon is ``airstrike`` as when it "struck" or "bombed". A helicopter that is
not a gunship is read only when it is sent into the fight itself ("helicopters were sent into the battle"), never
when it flew, carried or evacuated ("helicopters were sent to evacuate the wounded").

"They blew up a government school", "a girls' school was blown up": a building blown up is a blast, and the weapon is
``explosives`` (as :mod:`.infrastructure` reads a bridge or a pipeline blown up). "Blew up himself" is the bomber's
(:mod:`.bombers`), not a building.
"""

from __future__ import annotations

_INTO_FIGHT = r"into\s+(?:the\s+)?(?:fight(?:ing)?|battle|combat|operation)"
_GUNSHIPS = r"(?:helicopter\s+)?gunships?"
_GROUND = r"(?:troops|soldiers|forces|security\s+forces|infantry|ground\s+(?:troops|forces))"
_BUILDING = (
    r"(?:schools?|school\s+buildings?|buildings?|houses?|homes?|shops?|mosques?|clinics?|health\s+cent(?:re|er)s?|"
    r"offices?|police\s+stations?|check-?posts?|posts?)"
)

#: Weapon phrases → weapon values, in the form of :data:`~.vocab.WEAPON_PHRASES` (read with them by
#: :func:`.fields.read_weapons`).
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
    # "blew up a government school", "the school was blown up", "blew up two houses"
    (
        rf"blew\s+up\s+(?:a|an|the|two|three|several|\d+)\s+(?:[\w'’-]+\s+){{0,2}}?{_BUILDING}|"
        rf"{_BUILDING}\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+blown\s+(?:up|apart)",
        ("explosives",),
    ),
)
