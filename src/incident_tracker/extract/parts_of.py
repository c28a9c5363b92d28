"""A place told as the parts, areas or villages of a named unit: the unit is the scene.

Issue 14 (extract166): "at least 16 rockets … had come down in parts of Marawara district" (VOA Dari 1241), "fired
mortar shells at several villages of Sirkanay district" (KabulNow 1236), "in several parts of Barawal" (Pakistan Today
888): the scene is the named unit, told by its parts, and :func:`.place._after_a_preposition` reads only a capitalised
name after the preposition, so the draft took a background town (1241's Asadabad) or nothing. The coding keeps the
phrase whole ("parts of Marawara district", "several villages of Sirkanay district"), which the unit's own words
match. Shape on dev: 5 reports of 5 outlets (1236, 1241, 888, Daily Khabrain 466 "into several parts of Balochistan",
The Guardian 692 "in parts of Afghanistan", a country, which stays a mention).
"""

from __future__ import annotations

import re

from .draft import country_code

#: "in parts of Marawara district", "at several villages of Sirkanay district", "into several parts of Balochistan".
_PARTS_OF = re.compile(
    r"\b(?:in|on|into|at|across)\s+(?:several\s+|various\s+|some\s+|many\s+|different\s+|two\s+|three\s+)?"
    r"(?:parts|areas|villages|sections)\s+of\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?:\s+(?P<kind>district|province|tehsil|region|county|valley))?\b"
)


def parts_of(text: str) -> re.Match[str] | None:
    """The first "parts of <unit>" phrase of a sentence whose unit is no country (see the module)."""
    return next((m for m in _PARTS_OF.finditer(text) if not country_code(m.group("name"))), None)


def unit_of(found: re.Match[str]) -> str:
    """The unit a :func:`parts_of` match names: "Marawara district"."""
    return f"{found['name']} {found['kind']}" if found["kind"] else found["name"]
