"""One field's value, checked and canonicalised: the parser of each field of a record
(:data:`FIELD_CHECKS`, which :mod:`.checks` runs before the rules that span fields), and the refusal of a
value of a type no reading of the field takes (a dict as a place, bytes as a date, an int as a day), which
a Python caller can give and the CLI never does. The parsers themselves stay private: the table is the
module's surface, so one module owns which field is read how.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from typing import Any

from ..errors import ValidationError
from .casualties import DEATH_PARTS, MAX_COUNT, TOLL_FIELDS, TOLLS
from .country import parse_country
from .dates import check_date_range
from .record import BOOLEAN_FIELDS
from .text import refuse_article, refuse_nul
from .vocabularies import (
    parse_attribution,
    parse_bool,
    parse_date_precision,
    parse_event_clarity,
    parse_event_type,
    parse_geo_precision,
    parse_target_type,
    parse_weapon,
)

#: The free-text fields: stripped, empty is None. Public: the import's row plan reads them too.
TEXT_FIELDS = (
    "place",
    "location",
    "admin1",
    "admin2",
    "geocoder",
    "origin_place",
    "victims",
    "killed_text",
    "injured_text",
    "perpetrator",
    "attributed_by",
    "description",
    "notes",
)
#: The fields that are numbers with a fraction: a finite ``float`` of the text.
FLOAT_FIELDS = ("latitude", "longitude")
#: The whole-number fields: each toll's best, low and high (not its text), and the deaths by side.
COUNT_FIELDS = tuple(name for toll in TOLLS for name in TOLL_FIELDS[toll][:3]) + DEATH_PARTS


def with_its_type(value: object) -> str:
    """``value`` for a message about its type: ``'TJ' (a str)``, ``20251124 (an int)``, cut short."""
    shown = repr(value)
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    kind = type(value).__name__
    return f"{shown} ({'an' if kind[:1] in 'aeiou' else 'a'} {kind})"


def wrong_type(name: str, value: object, wanted: str) -> ValidationError:
    """The refusal of a value whose type no reading of the field takes (a dict as a place, bytes
    as a date): what the caller gave, named, rather than its ``repr`` stored or parsed as text."""
    return ValidationError(f"{name} must be {wanted}, got {with_its_type(value)}.", field=name)


def _iso_date(value: object, name: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        # A moment, not a day: which day it is depends on the zone (as 'tracker add --date' says).
        raise wrong_type(name, value, "a day (a datetime.date or YYYY-MM-DD text), not a moment with a time")
    if isinstance(value, dt.date):
        return check_date_range(value, name).isoformat()
    if not isinstance(value, str):  # 20251124 would be read as the day by fromisoformat's basic form
        raise wrong_type(name, value, "a day as YYYY-MM-DD text or a datetime.date")
    try:
        day = dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(f"{name} must be an ISO date (YYYY-MM-DD), got {value!r}.") from None
    return check_date_range(day, name).isoformat()


def _int_or_none(value: object, name: str) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or (isinstance(value, str) and "_" in value):
        # int("1_0") is 10 and int(True) is 1: neither is a number anyone wrote.
        raise ValidationError(f"{name} must be a whole number, got {value!r}.")
    try:
        number: int = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):  # OverflowError: a JSON Infinity
        raise ValidationError(f"{name} must be a whole number, got {value!r}.") from None
    if number != value and not isinstance(value, str):
        raise ValidationError(f"{name} must be a whole number, got {value!r}.")
    if number < 0:
        raise ValidationError(f"{name} cannot be negative ({number}).")
    if number > MAX_COUNT:
        raise ValidationError(
            f"{name} {number} is not a plausible count for one incident: at most {MAX_COUNT:,}. Check the figure."
        )
    return number


def _float_or_none(value: object, name: str) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, (bytes, bytearray)):  # float(b"37.5") is 37.5
        raise wrong_type(name, value, "a number")
    if isinstance(value, bool) or (isinstance(value, str) and "_" in value):
        raise ValidationError(f"{name} must be a number, got {value!r}.")  # float(True) is 1.0
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValidationError(f"{name} must be a number, got {value!r}.") from None
    if math.isnan(number) or math.isinf(number):
        raise ValidationError(f"{name} must be a finite number, got {value!r}.")
    return number


def _unique(items: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


def _text_value(value: Any, name: str) -> str | None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, (str, int, float))):
        # A dict, a list or bytes would be stored as its repr ("{'a': 1}", "b'Khorog'").
        raise wrong_type(name, value, "text")
    text = None if value is None else str(value).strip()
    return text or None


def _vocabulary(parse: Callable[[str], str]) -> Callable[[Any, str], str | None]:
    def normalise(value: Any, name: str) -> str | None:
        if value is None or value == "":
            return None
        if not isinstance(value, str):  # b'Battles' would be refused as "Unknown … \"b'Battles'\""
            raise wrong_type(name, value, "text")
        return parse(value)

    return normalise


def _country_value(value: Any, name: str) -> str | None:
    if value and not isinstance(value, str):
        raise wrong_type(name, value, "a country as text (TJ, Tajikistan)")
    return parse_country(value) if value else None


def _bool_value(value: Any, name: str) -> int | None:
    if value is None or value == "":
        return None
    if not isinstance(value, (bool, int, str)):
        raise wrong_type(name, value, "True or False")
    return int(parse_bool(value))


def _list_value(value: Any, name: str) -> list[Any]:
    """A list field must be a list (or tuple) of text: a string would be split into its letters."""
    if value is None:
        return []
    if not isinstance(value, (list, tuple)) or not all(isinstance(item, str) for item in value):
        raise ValidationError(f"{name} must be a list of text items, got {value!r}.")
    joined = "".join(value)
    if "\x00" in joined or not joined.isascii():  # the cheap test first; refuse_nul tells
        for item in value:
            refuse_nul(item, name)
    return list(value)


def _weapons_value(value: Any, name: str) -> list[str]:
    return _unique([parse_weapon(w) for w in _list_value(value, name)])


def _tags_value(value: Any, name: str) -> list[str]:
    return _unique([t.strip() for t in _list_value(value, name) if t.strip()])


#: How each editable field is checked and canonicalised (the value, the field's name → the stored value):
#: one lookup per field, so that an import validating a million rows does not walk a chain of tests for
#: each value.
FIELD_CHECKS: dict[str, Callable[[Any, str], Any]] = {
    **dict.fromkeys(TEXT_FIELDS, _text_value),
    **dict.fromkeys(COUNT_FIELDS, _int_or_none),
    **dict.fromkeys(("event_date", "event_date_end"), _iso_date),
    **dict.fromkeys(FLOAT_FIELDS, _float_or_none),
    **dict.fromkeys(("country", "origin_country", "victim_nationality"), _country_value),
    **dict.fromkeys(BOOLEAN_FIELDS, _bool_value),
    "weapons": _weapons_value,
    "tags": _tags_value,
    "date_precision": _vocabulary(parse_date_precision),
    "geo_precision": _vocabulary(parse_geo_precision),
    "event_type": _vocabulary(parse_event_type),
    "target_type": _vocabulary(parse_target_type),
    "attribution": _vocabulary(parse_attribution),
    "event_clarity": _vocabulary(parse_event_clarity),
    "sub_event_type": _vocabulary(str),
}


def refuse_wrong_arguments(
    *,
    texts: dict[str, object] | None = None,
    articles: dict[str, object] | None = None,
    optional_texts: dict[str, object] | None = None,
    numbers: dict[str, object] | None = None,
    days: dict[str, object] | None = None,
) -> None:
    """The guard at a library entry point (``extract_drafts``, ``locate``) against what a Python caller
    may give and the CLI never does: each of ``texts`` text, of ``optional_texts`` text or None, of
    ``numbers`` a number or None, of ``days`` a ``datetime.date`` (not a moment). Without it the value
    failed deep inside, in Python's words (``'int' object has no attribute 'strip'``), or a datetime
    became a draft's date with its time (``'2025-11-24T05:00:00'``). Each of ``articles`` is text that can be
    read as an article (:func:`.text.article_refusal`: no NUL, no number of thousands of digits, which stopped
    the reader with Python's ValueError); each of ``days`` one of a record's years (probe17)."""
    for name, value in (texts or {}).items():
        if not isinstance(value, str):
            raise wrong_type(name, value, "text")
    for name, value in (articles or {}).items():
        if not isinstance(value, str):
            raise wrong_type(name, value, "text")
        refuse_article(value, name)
    for name, value in (optional_texts or {}).items():
        if value is not None and not isinstance(value, str):
            raise wrong_type(name, value, "text")
    for name, value in (numbers or {}).items():
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
            raise wrong_type(name, value, "a number")
    for name, value in (days or {}).items():
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            raise wrong_type(name, value, "a day (a datetime.date)")
        check_date_range(value, name)  # the year 1 overflowed the reader's date arithmetic (OverflowError)
