"""Reading a context part: "the Kyrgyz city of X", "Iran's X", "X district of Y", "District Kech".

Apart from :mod:`.phrase` because it reads a part on its own, with no state of the query:
:func:`context_prefix` splits the words that say where a name is (a demonym, an owner, a
unit "of" an area) off its head, and :func:`context_parts` reads a whole context part as
(name, level) pieces, the finest first. :func:`.phrase.parse_query` calls both.
"""

from __future__ import annotations

import re

from .pack import strip_unit
from .phrase_declined import district_then_province, unit_before_name
from .phrase_patterns import (
    _BORDER_UNIT,
    _DEMONYM_PREFIX,
    _KIND_OF_AREA,
    _LEADING_WORDS,
    _LOST_APOSTROPHE,
    _NEUTRAL_SUFFIX,
    _OF_AREA,
    _OF_COMPASS,
    _PERSIAN_IN_BORDER_AREA,
    _PERSIAN_IN_UNIT,
    _PERSIAN_UNITS,
    _POSSESSIVE,
    _QUOTES,
    _UPPER_LOWER,
    _URDU_OF,
    _URDU_OF_COUNTRY,
)
from .phrase_unit_part import located_part, unit_part
from .scripts import has_arabic

_IN_THE = re.compile(r"^(?:in\s+)?(?:the\s+)?", re.IGNORECASE)
_DISTRICT_FIRST = re.compile(r"^district\s+", re.IGNORECASE)
#: "Budhber, on the outskirts of Peshawar" (batch 85's g8240, geo169): the part after the comma says in which town's
#: edge the name lies, so the town is its context, as in "Budhber, Peshawar" (a name the gazetteer lacks then has the
#: town's district stand in, which holds its outskirts); a name it holds ("Jamrud, …") is answered as before.
#: "the (northern) outskirts of ", "a suburb of ": the words, shared with :mod:`.outskirts_town`.
OUTSKIRTS_OF_WORDS = (
    r"(?:the\s+|an?\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?(?:outskirts|suburbs?)\s+of\s+"
)
_OUTSKIRTS_OF = re.compile(r"^(?:on\s+)?" + OUTSKIRTS_OF_WORDS + r"(?=[^\W\d_])", re.IGNORECASE)


def context_prefix(head: str) -> tuple[str, list[str], str | None]:
    """Read "the Kyrgyz city of X", "Iran's X" and "X district of Y": (head, context, level)."""
    context: list[str] = []
    level: str | None = None
    match = None
    if has_arabic(head):  # Urdu and Persian unit chains (geo/scripts.py: the script first)
        match = _URDU_OF_COUNTRY.match(head) or _URDU_OF.match(head) or _PERSIAN_UNITS.match(head)
        match = match or _PERSIAN_IN_UNIT.match(head) or _PERSIAN_IN_BORDER_AREA.match(head)  # "… در نقطه مرزی Y"
    if match:  # the finer owner first, then the country of an Urdu chain from the country down
        context.extend(part for part in (match.group("owner"), match.groupdict().get("country")) if part)
        head = match.group("rest")
    match = _DEMONYM_PREFIX.match(head)
    if match and match.end() < len(head):
        if match.group("people"):
            context.append(match.group("people"))
        noun = match.group("noun").lower()
        level = "admin2" if noun in ("district", "county") else "admin1" if noun in ("province", "region") else None
        head = head[match.end() :]
    else:
        match = _LEADING_WORDS.match(head)
        if match and match.end() < len(head) and match.end() > 0:
            if match.group("people"):
                context.append(match.group("people"))
            head = head[match.end() :]
    head = _LOST_APOSTROPHE.sub(r"\g<owner>'s ", head, count=1)
    match = _POSSESSIVE.match(head)
    if match and match.end() < len(head):
        context.append(match.group("owner"))
        head = head[match.end() :]
        # "Sistan and Baluchestan's provincial capital of Zahedan": the noun after the owner.
        match = _DEMONYM_PREFIX.match(head)
        if match and match.end() < len(head) and not match.group("people"):
            noun = match.group("noun").lower()
            level = level or ("admin2" if noun in ("district", "county") else None)
            head = head[match.end() :]
        else:
            # "Afghanistan's northern Kunduz province": the direction words after the owner.
            match = _LEADING_WORDS.match(head)
            if match and 0 < match.end() < len(head) and not match.group("people"):
                head = head[match.end() :]
    match = _OF_AREA.match(head) or _KIND_OF_AREA.match(head)
    if match:
        context.insert(0, match.group("area"))
        head = f"{match.group('name')} {match.group('noun')}"
    else:
        match = _OF_COMPASS.match(head)
        if match:
            context.insert(0, match.group("area"))
            head = match.group("name")
    return head, context, level


def context_parts(part: str) -> list[tuple[str, str | None]]:
    """A context part as (name, level) pieces: "Khatlon's Shamsiddin-Shohin district" →
    [("Shamsiddin-Shohin", "admin2"), ("Khatlon", None)] (the finest first)."""
    text = _QUOTES.sub("", part).strip()
    match = _IN_THE.match(text)
    text = _OUTSKIRTS_OF.sub("", text[match.end() :] if match else text)
    if located := located_part(text):  # "расположенном в анклаве Сох": geo/phrase_unit_part.py
        return [located]
    head, extra, implied = context_prefix(text)
    head = _DISTRICT_FIRST.sub("", head)  # "District Kech", as Pakistani papers write it
    match = _NEUTRAL_SUFFIX.search(head)
    if match and match.start() > 0:
        head = head[: match.start()]  # "a station in Mirjaveh city": the city is Mirjaveh
    match = _BORDER_UNIT.match(head)
    if match and match.end() == len(head):  # "the Shamsiddin Shohin border detachment": the district
        head, implied = match.group("unit"), "admin2"
    name, level = strip_unit(head)
    name, level = unit_before_name(name) or (name, level)  # "район Хамадони": see geo/phrase_declined.py
    if level is None and (read := unit_part(name)):  # "Сарыагашский район", "Ақсый ауданы": geo/phrase_unit_part.py
        name, level = read
    match = _UPPER_LOWER.match(name)
    whole = [(match.group("whole"), "admin2")] if match and (level or implied) in ("admin2", None) else []
    if level == "admin2" and not whole and (held := district_then_province(name, text)):
        return [*held, *map(strip_unit, extra)]  # "… در ولسوالی برمل پکتیکا": Barmal, Paktika
    # "Lower Kurram Agency": Kurram too; "Kok-Tash village of Batken region": Batken, a province
    return [(name, level or implied), *whole, *map(strip_unit, extra)]
