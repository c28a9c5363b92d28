"""Cyrillic place strings that name no event place: a dateline with a date in figures, a list, a person's office.

Split from :mod:`.phrase_cyrillic` (the unit-chain reader) by concern: these readings decide that a text names
no place at all, where that module rewrites a text that does.
"""

from __future__ import annotations

import re

from .scripts import has_cyrillic

__all__ = ["dateline_role"]

#: "и", "жана", "және", "ва", "va" (and): in a text of two or more commas, a list.
_LIST_AND = re.compile(r"\s(?:и|жана|және|ва|va)\s", re.IGNORECASE)
#: "Бишкек, 01.05.21.", "Душанбе, 3.12.2024": a city and a date in figures open a report.
_NUMERIC_DATELINE = re.compile(r"^[^\W\d_][\w -]*,\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}\.?(?:\s|$)")
#: People named by their office or home in Kyrgyz, Kazakh, Uzbek and Tajik: "Согди облусунун башчысы"
#: (the head of Sughd province), "Раисони Исфара" (the heads of Isfara), "тургундары" (residents).
_ROLE_WORDS = re.compile(
    r"(?:^(?=\S+\s+\S)|(?<=\s)(?-i:(?![А-ЯЁӨҮҲҚҶҒ])))(?:башчы|жетекчи|өкүл|аким|төраға|төрага|раис|раисон|сокин|тургун|тұрғын|жашоочу|ҳоким|вакил)\w*",
    re.IGNORECASE,
)


def dateline_role(text: str) -> str | None:
    """Why the text names no event place: a dateline with a date in figures, or a person's office or home."""
    flat = " ".join(text.split())
    if "," in flat and _NUMERIC_DATELINE.match(flat):
        return "a dateline: where the report was filed"
    if has_cyrillic(flat) and flat.count(",") >= 2 and _LIST_AND.search(flat):
        return "a list of places"  # "провинции Бадахшан - Хохон, Шикай, … и Султон Ишкашим"
    if has_cyrillic(flat) and _ROLE_WORDS.search(flat):
        return "a person's office or home, not the event's place"
    return None
