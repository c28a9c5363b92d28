"""The codebook's vocabularies (ACLED's event taxonomy, weapons, targets, attribution,
precisions, link kinds, clarity) and the parsers that read them as users type them."""

from __future__ import annotations

from functools import lru_cache

from ..errors import ValidationError
from .text import PARSE_CACHE, did_you_mean, fold, listed

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


@lru_cache(maxsize=PARSE_CACHE)
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
        f"Valid types: {listed(list(EVENT_TYPES))}."
    )


@lru_cache(maxsize=PARSE_CACHE)
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
            f"Unknown sub-event type {text!r}.{did_you_mean(text, valid)} Valid sub-types: {listed(valid)}."
        )
    if event_type and event_type != owner:
        raise ValidationError(
            f"Sub-event type {label!r} belongs to {owner!r}, not {event_type!r}. "
            f"Sub-types of {event_type!r}: {listed(EVENT_TYPES[event_type])}."
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
    raise ValidationError(f"Unknown {what} {text!r}.{did_you_mean(text, values)} Valid values: {listed(values)}.")


@lru_cache(maxsize=PARSE_CACHE)
def parse_weapon(text: str) -> str:
    return parse_vocab(text, WEAPONS, WEAPON_ALIASES, "weapon")


@lru_cache(maxsize=PARSE_CACHE)
def parse_target_type(text: str) -> str:
    return parse_vocab(text, TARGET_TYPES, {"border guards": "border_guards", "civilian": "civilians"}, "target type")


@lru_cache(maxsize=PARSE_CACHE)
def parse_attribution(text: str) -> str:
    return parse_vocab(text, ATTRIBUTION_STATUSES, {}, "attribution status")


@lru_cache(maxsize=PARSE_CACHE)
def parse_date_precision(text: str) -> str:
    return parse_vocab(text, DATE_PRECISIONS, {"exact": "day", "days range": "days"}, "date precision")


@lru_cache(maxsize=PARSE_CACHE)
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
