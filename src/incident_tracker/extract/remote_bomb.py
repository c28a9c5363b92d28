"""A bomb told as set off by remote control: an improvised device, the codebook's ``ied``, not bare explosives.

The rulings code a bomb the report says was "planted, hidden, fixed to a motorcycle or set off by remote control" as
``ied`` (the Parachinar and Chaman rounds, 641-656); :mod:`.planted` reads the planted and hidden bomb of a report
told as one incident. A bomb set off by remote control is the device in any report, however many incidents it tells,
because the words name the weapon itself: "a bomb set off by remote control tore apart their vehicle" (VOA 1761, a
report of two incidents, its road bomb drafted ``explosives``), "the bomb had been set off by remote control" (The
News 641), "a remote-controlled bomb", "a remote-controlled improvised explosive device". Read as a weapon phrase, in
the form of :data:`~.vocab.WEAPON_PHRASES`, before them, so that the bare "bomb" inside it is not read again.

A car bomb set off so stays the car bomb's ``explosives`` (BBC 945: "the bomb planted in the car … set off by remote
control", coded ``explosives``): "car bomb" and "vehicle bomb" are not read here, nor a detonation by remote control
told of no bomb ("it was set off by remote control").
"""

from __future__ import annotations

#: The bomb or device and its remote trigger, next to each other.
REMOTE_BOMB_PHRASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        r"(?<!car\s)(?<!vehicle\s)bombs?\s+(?:(?:had|has|have)\s+been\s+|was\s+|were\s+)?"
        r"(?:set\s+off|detonated|triggered|exploded)\s+(?:by\s+remote(?:\s+control)?|remotely)|"
        r"remote(?:ly)?[- ](?:controlled|detonated|triggered)\s+(?:(?:improvised\s+)?explosive\s+devices?|"
        r"devices?|bombs?)",
        ("ied",),
    ),
)
